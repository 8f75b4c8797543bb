"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rectsOverlap = void 0;
exports.checkSheetName = checkSheetName;
exports.addSheet = addSheet;
exports.getSheetOrThrow = getSheetOrThrow;
exports.deleteSheet = deleteSheet;
exports.renameSheet = renameSheet;
exports.setVisibility = setVisibility;
exports.setPosition = setPosition;
exports.setTabColor = setTabColor;
exports.activate = activate;
exports.protect = protect;
exports.unprotect = unprotect;
exports.rewriteSheetReferences = rewriteSheetReferences;
exports.findSheetOrNull = findSheetOrNull;
const address_1 = require("./address");
Object.defineProperty(exports, "rectsOverlap", { enumerable: true, get: function () { return address_1.rectsOverlap; } });
const errors_1 = require("./errors");
const state_1 = require("./state");
const formats_1 = require("./formats");
const styles_1 = require("./styles");
/** Worksheet semantics: names, visibility, order, deletion, protection. */
const FORBIDDEN = /[\\/?*[\]:]/;
function checkSheetName(state, name, self) {
    if (typeof name !== "string" || name.length === 0 || name.length > 31 || FORBIDDEN.test(name)) {
        throw (0, errors_1.richError)("InvalidArgument", `invalid sheet name: ${String(name)}`);
    }
    if (name.startsWith("'") || name.endsWith("'")) {
        throw (0, errors_1.richError)("InvalidArgument", `a sheet name cannot start or end with an apostrophe: ${name}`);
    }
    const other = (0, state_1.findSheet)(state, name);
    if (other && other !== self) {
        throw (0, errors_1.richError)("ItemAlreadyExists", `A resource with the same name or identifier already exists: ${name}`);
    }
    return name;
}
function defaultSheetName(state) {
    for (let n = state.sheets.length + 1;; n++) {
        if (!(0, state_1.findSheet)(state, `Sheet${n}`))
            return `Sheet${n}`;
    }
}
function addSheet(state, name) {
    const sheet = (0, state_1.createSheet)(state, checkSheetName(state, name ?? defaultSheetName(state)));
    state.sheets.push(sheet);
    state.structureVersion += 1;
    state.calcDirty = true;
    return sheet;
}
function getSheetOrThrow(state, name) {
    const sheet = (0, state_1.findSheet)(state, name);
    if (!sheet)
        throw (0, errors_1.richError)("ItemNotFound", `The requested resource doesn't exist: ${name}`);
    return sheet;
}
function visibleCount(state) {
    return state.sheets.filter((s) => s.visibility === "Visible").length;
}
/** Deleting a very hidden sheet or the last visible one fails (InvalidOperation). */
function deleteSheet(state, sheet) {
    if (sheet.visibility === "VeryHidden") {
        throw (0, errors_1.richError)("InvalidOperation", `Cannot delete a very hidden sheet (${sheet.name}); make it hidden first.`);
    }
    if (sheet.visibility === "Visible" && visibleCount(state) === 1) {
        throw (0, errors_1.richError)("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    state.sheets = state.sheets.filter((s) => s !== sheet);
    sheet.deleted = true;
    state.tables = state.tables.filter((t) => t.sheet !== sheet);
    for (const n of state.names) {
        if (n.ref?.sheet === sheet)
            n.ref = null;
    }
    rewriteSheetReferences(state, sheet.name, null);
    if (state.activeSheet === sheet)
        state.activeSheet = state.sheets.find((s) => s.visibility === "Visible") ?? null;
    if (state.selection?.sheet === sheet)
        state.selection = null;
    state.structureVersion += 1;
    state.calcDirty = true;
}
function renameSheet(state, sheet, name) {
    const newName = checkSheetName(state, name, sheet);
    const old = sheet.name;
    sheet.name = newName;
    rewriteSheetReferences(state, old, newName);
    state.structureVersion += 1;
    state.calcDirty = true;
}
const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"];
function setVisibility(state, sheet, value) {
    const v = (0, formats_1.oneOf)(value, VISIBILITIES, "visibility");
    if (v !== "Visible" && sheet.visibility === "Visible" && visibleCount(state) === 1) {
        throw (0, errors_1.richError)("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    sheet.visibility = v;
    if (v !== "Visible" && state.activeSheet === sheet) {
        state.activeSheet = state.sheets.find((s) => s.visibility === "Visible") ?? null;
    }
}
function setPosition(state, sheet, value) {
    if (typeof value !== "number" ||
        !Number.isInteger(value) ||
        value < 0 ||
        value >= state.sheets.length) {
        throw (0, errors_1.richError)("InvalidArgument", `invalid position ${String(value)}`);
    }
    state.sheets = state.sheets.filter((s) => s !== sheet);
    state.sheets.splice(value, 0, sheet);
}
function setTabColor(sheet, value) {
    if (value === "" || value === null) {
        sheet.tabColor = "";
        return;
    }
    const rgb = typeof value === "string" ? (0, styles_1.normalizeRgb)(value) : undefined;
    if (!rgb)
        throw (0, errors_1.richError)("InvalidArgument", `not a colour: ${String(value)}`);
    sheet.tabColor = rgb;
}
function activate(state, sheet) {
    if (sheet.visibility !== "Visible")
        throw (0, errors_1.richError)("InvalidOperation", `Cannot activate hidden sheet ${sheet.name}`);
    state.activeSheet = sheet;
}
/** protect() on a protected sheet is refused with AccessDenied (office-js#6784). */
function protect(sheet, options, password) {
    if (sheet.protection.protected)
        throw (0, errors_1.richError)("AccessDenied", `${sheet.name} is already protected.`);
    sheet.protection = {
        protected: true,
        options: { ...state_1.DEFAULT_PROTECTION_OPTIONS, ...(options ?? {}) },
        password: password || undefined,
    };
}
/** unprotect() on an unprotected sheet is refused (AccessDenied); a wrong password too (InvalidArgument). */
function unprotect(sheet, password) {
    const p = sheet.protection;
    if (!p.protected)
        throw (0, errors_1.richError)("AccessDenied", `${sheet.name} is not protected.`);
    const needs = p.hash !== undefined || p.password !== undefined;
    if (needs && (p.hash !== undefined || (password ?? "") !== p.password)) {
        throw (0, errors_1.richError)("InvalidArgument", "The password you supplied is not correct.");
    }
    sheet.protection = { protected: false, options: p.options };
}
/** Excel rewrites references to a renamed sheet, and to a deleted one as #REF!. */
function rewriteSheetReferences(state, oldName, newName) {
    const escaped = oldName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const quoted = new RegExp(`'${escaped.replace(/'/g, "''")}'!`, "gi");
    const bare = new RegExp(`(?<![\\p{L}\\p{N}_.'])${escaped}!`, "giu");
    const replacement = newName === null ? "#REF!" : `${quoteForFormula(newName)}!`;
    for (const sheet of state.sheets) {
        for (const [, , cell] of (0, state_1.storedCellsIn)(sheet, { r0: 0, c0: 0, r1: 1048575, c1: 16383 })) {
            if (!cell.formula || !cell.formula.toLowerCase().includes(oldName.toLowerCase()))
                continue;
            cell.formula = cell.formula.replace(quoted, replacement).replace(bare, replacement);
            if (newName === null)
                cell.formula = cell.formula.replace(/#REF!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?/g, "#REF!");
        }
    }
}
function quoteForFormula(name) {
    return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
function findSheetOrNull(state, name) {
    return (0, state_1.findSheet)(state, name) ?? null;
}

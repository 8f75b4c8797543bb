"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkDefinedName = checkDefinedName;
exports.findName = findName;
exports.parseRangeReference = parseRangeReference;
exports.addName = addName;
exports.deleteName = deleteName;
exports.nameView = nameView;
exports.nameRange = nameRange;
exports.absoluteRect = absoluteRect;
const address_1 = require("./address");
const errors_1 = require("./errors");
const state_1 = require("./state");
/** Workbook-scoped defined names. */
const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u;
function checkDefinedName(state, name, self) {
    const ok = typeof name === "string" &&
        name.length <= 255 &&
        NAME.test(name) &&
        !(0, address_1.parseA1)(name) &&
        !/^[Rr](\d+)?([Cc](\d+)?)?$/.test(name);
    if (!ok)
        throw (0, errors_1.richError)("InvalidArgument", `invalid name: ${String(name)}`);
    const lower = name.toLowerCase();
    const clash = state.names.find((n) => n.name.toLowerCase() === lower && n !== self) ??
        state.tables.find((t) => t.name.toLowerCase() === lower && t !== self);
    if (clash)
        throw (0, errors_1.richError)("ItemAlreadyExists", `A resource with the same name or identifier already exists: ${name}`);
    return name;
}
function findName(state, name) {
    const lower = name.toLowerCase();
    return state.names.find((n) => n.name.toLowerCase() === lower);
}
/** Resolves "=Sheet!$A$1", "'My sheet'!A1:B2" to a sheet and rectangle; undefined if no range. */
function parseRangeReference(state, reference) {
    const text = reference.startsWith("=") ? reference.slice(1) : reference;
    const { sheet, address } = (0, address_1.splitSheet)(text);
    if (!sheet)
        return undefined;
    const s = (0, state_1.findSheet)(state, sheet);
    const rect = (0, address_1.parseA1)(address);
    if (!s || !rect)
        return undefined;
    return { sheet: s, rect };
}
function addName(state, name, reference, comment = "") {
    const checked = checkDefinedName(state, name);
    const ref = typeof reference === "string" ? parseRangeReference(state, reference) : reference;
    if (!ref && (typeof reference !== "string" || !reference.startsWith("="))) {
        throw (0, errors_1.richError)("InvalidArgument", `not a reference: ${String(reference)}`);
    }
    const item = {
        name: checked,
        ref: ref ? { sheet: ref.sheet, rect: ref.rect } : null,
        formulaText: ref ? undefined : reference,
        comment,
        visible: true,
    };
    state.names.push(item);
    state.structureVersion += 1;
    state.calcDirty = true;
    return item;
}
function deleteName(state, item) {
    state.names = state.names.filter((n) => n !== item);
    state.structureVersion += 1;
    state.calcDirty = true;
}
/** NamedItem.type / value / formula as Excel reports them. */
function nameView(item) {
    if (item.ref) {
        const value = (0, address_1.qualified)(item.ref.sheet.name, item.ref.rect, true);
        return { type: "Range", value, formula: `=${value}` };
    }
    if (item.formulaText !== undefined) {
        const body = item.formulaText.slice(1);
        const n = Number(body);
        if (body !== "" && !Number.isNaN(n))
            return {
                type: Number.isInteger(n) ? "Integer" : "Double",
                value: n,
                formula: item.formulaText,
            };
        if (/^(TRUE|FALSE)$/i.test(body))
            return { type: "Boolean", value: /^TRUE$/i.test(body), formula: item.formulaText };
        if (/^".*"$/.test(body))
            return { type: "String", value: body.slice(1, -1), formula: item.formulaText };
        return { type: "Error", value: "#NAME?", formula: item.formulaText };
    }
    return { type: "Error", value: "#REF!", formula: "=#REF!" };
}
function nameRange(item) {
    return item.ref && !item.ref.sheet.deleted
        ? { sheet: item.ref.sheet, rect: item.ref.rect }
        : null;
}
function absoluteRect(rect) {
    return (0, address_1.rectA1)(rect, true);
}

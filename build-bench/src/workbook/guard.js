"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.guardProtection = guardProtection;
exports.deleteSheetOps = deleteSheetOps;
const port_1 = require("./port");
/** Ops that write into a sheet's cells or layout, which Excel refuses on a protected sheet. */
const WRITES_INTO = new Set([
    "cells",
    "merge",
    "columns",
    "rowHeights",
    "table",
    "listValidation",
    "freeze",
    "pageSetup",
    "mark",
    "unmark",
    "addNote",
    "deleteNote",
    "chart",
]);
const sheetOf = (op) => ("sheet" in op ? op.sheet : undefined);
/**
 * Excel refuses every write on a protected sheet, marks included: the sheets `ops` write into
 * are unprotected for the run and protected again with the same options. A sheet whose
 * password we do not know is left alone.
 */
function guardProtection(ops, read) {
    const touched = new Set();
    for (const op of ops) {
        const sheet = sheetOf(op);
        if (sheet && WRITES_INTO.has(op.op) && read.sheetState[sheet]?.protection)
            touched.add(sheet);
    }
    const locked = [...touched].filter((s) => read.sheetState[s]?.protection?.password === true);
    const opened = {};
    for (const s of touched) {
        const p = read.sheetState[s]?.protection;
        if (p && !locked.includes(s))
            opened[s] = (0, port_1.canonicalProtection)(p.options);
    }
    return {
        ops: ops.filter((op) => !(WRITES_INTO.has(op.op) && locked.includes(sheetOf(op) ?? ""))),
        open: Object.keys(opened).map((sheet) => ({ op: "unprotect", sheet })),
        close: Object.entries(opened).map(([sheet, options]) => ({
            op: "protect",
            sheet,
            options,
        })),
        opened,
        locked,
    };
}
/** Deletes a sheet if it exists; a very hidden one is made hidden first, as Excel requires. */
function deleteSheetOps(read, sheet, 
/** For a sheet this run adds, which the read does not know. */
added) {
    if (!added && !read.sheets.includes(sheet))
        return [];
    const hidden = (added ?? read.sheetState[sheet]?.visibility) === "veryHidden";
    return [
        ...(hidden ? [{ op: "setVisibility", sheet, visibility: "hidden" }] : []),
        { op: "deleteSheet", sheet },
    ];
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sheetOf = sheetOf;
exports.cellOf = cellOf;
exports.rejection = rejection;
const state_1 = require("./state");
const address_1 = require("./address");
/** Test helpers over the in-memory state. */
function sheetOf(state, name) {
    const s = (0, state_1.findSheet)(state, name);
    if (!s)
        throw new Error(`no sheet ${name}`);
    return s;
}
function cellOf(host, sheet, address) {
    const rect = (0, address_1.parseA1)(address);
    if (!rect)
        throw new Error(`bad address ${address}`);
    return (0, state_1.getCell)(sheetOf(host.state, sheet), rect.r0, rect.c0);
}
/** The error a promise rejects with (fails the test if it resolves). */
async function rejection(p) {
    try {
        await p;
    }
    catch (e) {
        return e;
    }
    throw new Error("expected a rejection");
}

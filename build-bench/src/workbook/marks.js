"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EMPTY_RECORD = exports.NOTE_PREFIX = void 0;
exports.marksOf = marksOf;
exports.markOps = markOps;
exports.noteOps = noteOps;
exports.undoOps = undoOps;
exports.reprotectOps = reprotectOps;
exports.parseRecord = parseRecord;
exports.freeName = freeName;
exports.keepUsersResultsSheet = keepUsersResultsSheet;
const results_1 = require("../layout/results");
const port_1 = require("./port");
const record_1 = require("./record");
const guard_1 = require("./guard");
/** Notes validate writes start with this, so only ours are ever removed. */
exports.NOTE_PREFIX = "【绩效自评助手】";
exports.EMPTY_RECORD = {
    version: 2,
    marks: [],
    notes: [],
    sheets: [],
    results: [],
    protection: {},
};
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
/** One mark per cell, with the most severe finding's colour and every message. */
function marksOf(findings, read) {
    const marks = new Map();
    for (const f of findings) {
        if (!f.sheet || !f.cell || f.sheet === results_1.RESULTS_SHEET || f.sheet === results_1.RECORD_SHEET)
            continue;
        if (!read.sheets.includes(f.sheet))
            continue;
        const key = (0, port_1.cellKey)(f.sheet, f.cell);
        const m = marks.get(key) ?? {
            at: { sheet: f.sheet, address: f.cell },
            severity: f.severity,
            messages: [],
        };
        if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[m.severity])
            m.severity = f.severity;
        m.messages.push(f.message);
        marks.set(key, m);
    }
    return [...marks.values()];
}
function groupBySheet(cells) {
    const out = new Map();
    for (const c of cells)
        out.set(c.sheet, [...(out.get(c.sheet) ?? []), c.address]);
    return out;
}
function markOps(marks) {
    const ops = [];
    for (const severity of ["error", "warning", "info"]) {
        const cells = marks.filter((m) => m.severity === severity).map((m) => m.at);
        for (const [sheet, addresses] of groupBySheet(cells))
            ops.push({ op: "mark", sheet, addresses, severity, fill: results_1.MARK_FILL[severity] });
    }
    return ops;
}
const isOurNote = (read, at) => read.notes?.[(0, port_1.cellKey)(at.sheet, at.address)]?.startsWith(exports.NOTE_PREFIX) === true;
/**
 * Notes where the host has them, only on cells without a note of the user's (a cell holds one
 * note); a note of ours from an earlier run is removed by the undo first.
 */
function noteOps(marks, read, previous) {
    if (!read.notes)
        return [];
    const ours = new Set(previous.notes.map((n) => (0, port_1.cellKey)(n.sheet, n.address)));
    return marks
        .filter((m) => {
        const key = (0, port_1.cellKey)(m.at.sheet, m.at.address);
        return read.notes[key] === undefined || (ours.has(key) && isOurNote(read, m.at));
    })
        .map((m) => ({
        op: "addNote",
        sheet: m.at.sheet,
        address: m.at.address,
        text: m.messages.map((t) => `${exports.NOTE_PREFIX}${t}`).join("\n"),
    }));
}
/**
 * Removes what a record says was written, as far as it is still there: a half-finished run or
 * a sheet deleted since is no error. The record sheet itself stays.
 */
function undoOps(record, read) {
    const exists = (c) => read.sheets.includes(c.sheet);
    const ops = [];
    for (const [sheet, addresses] of groupBySheet(record.marks.filter(exists)))
        ops.push({ op: "unmark", sheet, addresses });
    const leftNotes = [];
    for (const n of record.notes.filter(exists)) {
        if (!read.notes)
            leftNotes.push(n);
        else if (isOurNote(read, n))
            ops.push({ op: "deleteNote", sheet: n.sheet, address: n.address });
    }
    for (const [sheet, addresses] of groupBySheet(record.results.filter(exists)))
        ops.push({ op: "cells", sheet, cells: addresses.map((address) => ({ address, value: null })) });
    // Only sheets the record says validate added: a 校验结果 of the user's own is never deleted.
    for (const sheet of new Set(record.sheets))
        ops.push(...(0, guard_1.deleteSheetOps)(read, sheet));
    return { ops, leftNotes };
}
/** Sheets a broken run left unprotected are protected again. */
function reprotectOps(record, read) {
    return Object.entries(record.protection)
        .filter(([s]) => read.sheets.includes(s) && !read.sheetState[s]?.protection)
        .map(([sheet, options]) => ({ op: "protect", sheet, options }));
}
function parseRecord(read) {
    const r = (0, record_1.readRecord)(read, results_1.RECORD_SHEET);
    if (r?.version !== 2 || !Array.isArray(r.marks))
        return undefined;
    return { ...exports.EMPTY_RECORD, ...r };
}
/** A name not taken yet: "校验结果（修改1）", "（修改2）" … */
function freeName(base, taken) {
    for (let i = 1;; i++) {
        const name = `${base}（修改${i}）`;
        if (!taken.includes(name))
            return name;
    }
}
/**
 * A 校验结果 sheet that no record of ours claims is the user's: it is kept under a new name
 * before validate writes its own, never written over.
 */
function keepUsersResultsSheet(read, previous) {
    if (!read.sheets.includes(results_1.RESULTS_SHEET) || previous.sheets.includes(results_1.RESULTS_SHEET))
        return [];
    return [{ op: "renameSheet", sheet: results_1.RESULTS_SHEET, to: freeName(results_1.RESULTS_SHEET, read.sheets) }];
}

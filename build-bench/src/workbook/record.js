"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.deleteRecordOps = void 0;
exports.recordCells = recordCells;
exports.readRecord = readRecord;
exports.writeRecordOps = writeRecordOps;
const results_1 = require("../layout/results");
const port_1 = require("./port");
const guard_1 = require("./guard");
/**
 * A JSON record kept in a very hidden sheet, split over cells because one cell holds at most
 * 32,767 characters. Validate and report each keep one, to undo or compare what they wrote.
 */
function recordCells(sheet) {
    return Array.from({ length: results_1.RECORD_CELLS }, (_, i) => ({ sheet, address: (0, results_1.recordAddress)(i) }));
}
/** The record read back, or undefined when it is missing or unreadable. */
function readRecord(read, sheet) {
    const text = recordCells(sheet)
        .map((c) => read.cells[(0, port_1.cellKey)(c.sheet, c.address)]?.value)
        .map((v) => (typeof v === "string" ? v : ""))
        .join("");
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/**
 * Writes `value` as the record: every record cell is written (unused ones emptied), so a
 * record can be rewritten in place within one run without deleting its sheet.
 */
function writeRecordOps(read, sheet, value) {
    const json = JSON.stringify(value);
    const chunks = [];
    for (let i = 0; i < json.length; i += results_1.RECORD_CHUNK)
        chunks.push(json.slice(i, i + results_1.RECORD_CHUNK));
    if (chunks.length > results_1.RECORD_CELLS)
        throw new Error(`record ${sheet} too large`);
    const exists = read.sheets.includes(sheet);
    return [
        ...(exists ? [] : [{ op: "addSheet", sheet, visibility: "veryHidden" }]),
        {
            op: "cells",
            sheet,
            cells: recordCells(sheet).map((c, i) => ({
                address: c.address,
                value: chunks[i] ?? null,
                style: { numFmt: "@" },
            })),
        },
    ];
}
/** Removes the record sheet, if there is one. */
const deleteRecordOps = (read, sheet) => (0, guard_1.deleteSheetOps)(read, sheet);
exports.deleteRecordOps = deleteRecordOps;

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_COLS = exports.MAX_ROWS = void 0;
exports.columnLetters = columnLetters;
exports.columnIndex = columnIndex;
exports.cellA1 = cellA1;
exports.parseA1 = parseA1;
exports.parseA1OrThrow = parseA1OrThrow;
exports.splitSheet = splitSheet;
exports.rectA1 = rectA1;
exports.quoteSheetName = quoteSheetName;
exports.qualified = qualified;
exports.rectsOverlap = rectsOverlap;
exports.rectContains = rectContains;
exports.rectRows = rectRows;
exports.rectCols = rectCols;
exports.rectArea = rectArea;
const errors_1 = require("./errors");
/** Excel's grid: 1,048,576 rows by 16,384 columns. 0-based inclusive rectangles below. */
exports.MAX_ROWS = 1048576;
exports.MAX_COLS = 16384;
function columnLetters(col) {
    let n = col + 1;
    let s = "";
    while (n > 0) {
        const m = (n - 1) % 26;
        s = String.fromCharCode(65 + m) + s;
        n = Math.floor((n - 1) / 26);
    }
    return s;
}
function columnIndex(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase())
        n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
}
function cellA1(row, col) {
    return `${columnLetters(col)}${row + 1}`;
}
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;
function parseCorner(part) {
    const cell = CELL.exec(part);
    if (cell)
        return { col: columnIndex(cell[1]), row: Number(cell[2]) - 1 };
    const col = COL.exec(part);
    if (col)
        return { col: columnIndex(col[1]) };
    const row = ROW.exec(part);
    if (row)
        return { row: Number(row[1]) - 1 };
    return undefined;
}
/** "A1", "A1:C3", "A:C", "2:5" (with or without $) into a rectangle, or undefined if not an address. */
function parseA1(address) {
    const parts = address.trim().split(":");
    if (parts.length > 2)
        return undefined;
    const a = parseCorner(parts[0]);
    const b = parts.length === 2 ? parseCorner(parts[1]) : a;
    if (!a || !b)
        return undefined;
    const wholeColumns = a.row === undefined && b.row === undefined;
    const wholeRows = a.col === undefined && b.col === undefined;
    if ((a.row === undefined) !== (b.row === undefined) && !wholeColumns)
        return undefined;
    if (parts.length === 1 && (wholeColumns || wholeRows))
        return undefined;
    const rect = {
        r0: wholeColumns ? 0 : Math.min(a.row, b.row),
        r1: wholeColumns ? exports.MAX_ROWS - 1 : Math.max(a.row, b.row),
        c0: wholeRows ? 0 : Math.min(a.col, b.col),
        c1: wholeRows ? exports.MAX_COLS - 1 : Math.max(a.col, b.col),
    };
    if (rect.r1 >= exports.MAX_ROWS || rect.c1 >= exports.MAX_COLS || rect.r0 < 0 || rect.c0 < 0)
        return undefined;
    return rect;
}
function parseA1OrThrow(address, location) {
    const rect = parseA1(address);
    if (!rect)
        throw (0, errors_1.richError)("InvalidArgument", `not a range address: ${address}`, location);
    return rect;
}
/** Splits "Sheet!A1", "'My Sheet'!A1:B2" or "A1" into sheet and address. */
function splitSheet(ref) {
    const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
    if (!m)
        return { address: ref.trim() };
    return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: m[3] };
}
/** A1 text of a rectangle, as Range.address writes it ("A1", "A1:B2", "A:A", "3:3"). */
function rectA1(rect, absolute = false) {
    const d = absolute ? "$" : "";
    if (rect.r0 === 0 && rect.r1 === exports.MAX_ROWS - 1) {
        return `${d}${columnLetters(rect.c0)}:${d}${columnLetters(rect.c1)}`;
    }
    if (rect.c0 === 0 && rect.c1 === exports.MAX_COLS - 1)
        return `${d}${rect.r0 + 1}:${d}${rect.r1 + 1}`;
    const a = `${d}${columnLetters(rect.c0)}${d}${rect.r0 + 1}`;
    if (rect.r0 === rect.r1 && rect.c0 === rect.c1)
        return a;
    return `${a}:${d}${columnLetters(rect.c1)}${d}${rect.r1 + 1}`;
}
/** Excel quotes a sheet name in a reference unless it is a plain identifier that is no cell address. */
function quoteSheetName(name) {
    const plain = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name);
    const looksLikeRef = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
    return plain && !looksLikeRef ? name : `'${name.replace(/'/g, "''")}'`;
}
function qualified(sheet, rect, absolute = false) {
    return `${quoteSheetName(sheet)}!${rectA1(rect, absolute)}`;
}
function rectsOverlap(a, b) {
    return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}
function rectContains(outer, r, c) {
    return r >= outer.r0 && r <= outer.r1 && c >= outer.c0 && c <= outer.c1;
}
function rectRows(rect) {
    return rect.r1 - rect.r0 + 1;
}
function rectCols(rect) {
    return rect.c1 - rect.c0 + 1;
}
function rectArea(rect) {
    return rectRows(rect) * rectCols(rect);
}

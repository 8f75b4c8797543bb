"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VISIBILITY = exports.topLeft = exports.cellAddress = exports.quoteSheet = void 0;
exports.splitAddress = splitAddress;
exports.columnIndex = columnIndex;
exports.columnLetters = columnLetters;
exports.cellPosition = cellPosition;
exports.cellRead = cellRead;
exports.visibilityOf = visibilityOf;
exports.toOfficeProtection = toOfficeProtection;
exports.fromOfficeProtection = fromOfficeProtection;
exports.utf8Bytes = utf8Bytes;
/** Splits "'My Sheet'!$A$1:$B$2" or "Sheet!A1" into sheet and address (without $). */
function splitAddress(ref) {
    const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(ref);
    if (!m)
        return undefined;
    return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: m[3].replace(/\$/g, "") };
}
const quoteSheet = (sheet) => `'${sheet.replace(/'/g, "''")}'`;
exports.quoteSheet = quoteSheet;
function columnIndex(letters) {
    let n = 0;
    for (const ch of letters)
        n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
}
function columnLetters(index) {
    let n = index + 1;
    let s = "";
    while (n > 0) {
        const m = (n - 1) % 26;
        s = String.fromCharCode(65 + m) + s;
        n = Math.floor((n - 1) / 26);
    }
    return s;
}
/** Zero-based row and column of "B3". */
function cellPosition(address) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m)
        throw new Error(`not a cell address: ${address}`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}
const cellAddress = (row, col) => `${columnLetters(col)}${row + 1}`;
exports.cellAddress = cellAddress;
/** The top-left cell of "B3:D9" or "B3". */
const topLeft = (range) => cellPosition(range.split(":")[0]);
exports.topLeft = topLeft;
/** One cell of a loaded range, as the port describes it. */
function cellRead(sheet, address, value, formula, numberFormat, valueType) {
    let v;
    if (valueType === "Error")
        v = { error: String(value) };
    else if (valueType === "Empty" || value === "" || value === null || value === undefined)
        v = null;
    else if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
        v = value;
    else
        v = String(value);
    const read = { sheet, address, value: v };
    // A text cell holding "=x" reads back through `formulas` as "=x" (office-js#6687): a formula
    // is only what does not read back as that same text.
    if (typeof formula === "string" && formula.startsWith("=") && !(value === formula))
        read.formula = formula.slice(1);
    if (typeof numberFormat === "string" && numberFormat !== "General")
        read.numFmt = numberFormat;
    return read;
}
exports.VISIBILITY = {
    visible: "Visible",
    hidden: "Hidden",
    veryHidden: "VeryHidden",
};
function visibilityOf(v) {
    return v === "VeryHidden" ? "veryHidden" : v === "Hidden" ? "hidden" : "visible";
}
function toOfficeProtection(o) {
    return {
        allowFormatCells: o.formatCells,
        allowFormatColumns: o.formatColumns,
        allowFormatRows: o.formatRows,
        allowInsertColumns: o.insertColumns,
        allowInsertRows: o.insertRows,
        allowInsertHyperlinks: o.insertHyperlinks,
        allowDeleteColumns: o.deleteColumns,
        allowDeleteRows: o.deleteRows,
        allowSort: o.sort,
        allowAutoFilter: o.autoFilter,
        allowPivotTables: o.pivotTables,
        allowEditObjects: o.editObjects,
        allowEditScenarios: o.editScenarios,
        selectionMode: (o.selectLockedCells
            ? "Normal"
            : o.selectUnlockedCells
                ? "Unlocked"
                : "None"),
    };
}
function fromOfficeProtection(o) {
    const mode = String(o.selectionMode ?? "Normal");
    return {
        selectLockedCells: mode === "Normal",
        selectUnlockedCells: mode !== "None",
        formatCells: o.allowFormatCells === true,
        formatColumns: o.allowFormatColumns === true,
        formatRows: o.allowFormatRows === true,
        insertColumns: o.allowInsertColumns === true,
        insertRows: o.allowInsertRows === true,
        insertHyperlinks: o.allowInsertHyperlinks === true,
        deleteColumns: o.allowDeleteColumns === true,
        deleteRows: o.allowDeleteRows === true,
        sort: o.allowSort === true,
        autoFilter: o.allowAutoFilter === true,
        pivotTables: o.allowPivotTables === true,
        editObjects: o.allowEditObjects === true,
        editScenarios: o.allowEditScenarios === true,
    };
}
/** UTF-8 length, the unit of the web host's 5 MB request cap. */
function utf8Bytes(text) {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (c >= 0xd800 && c < 0xdc00) {
            n += 4;
            i++;
        }
        else
            n += 3;
    }
    return n;
}

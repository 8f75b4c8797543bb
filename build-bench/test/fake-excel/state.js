"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_PAGE_LAYOUT = exports.DEFAULT_PROTECTION_OPTIONS = void 0;
exports.cellKey = cellKey;
exports.keyRow = keyRow;
exports.keyCol = keyCol;
exports.newCell = newCell;
exports.createSheet = createSheet;
exports.createWorkbook = createWorkbook;
exports.findSheet = findSheet;
exports.getCell = getCell;
exports.touchCell = touchCell;
exports.storedCellsIn = storedCellsIn;
exports.isError = isError;
const address_1 = require("./address");
const styles_1 = require("./styles");
exports.DEFAULT_PROTECTION_OPTIONS = Object.freeze({
    allowAutoFilter: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    allowFormatCells: false,
    allowFormatColumns: false,
    allowFormatRows: false,
    allowInsertColumns: false,
    allowInsertHyperlinks: false,
    allowInsertRows: false,
    allowPivotTables: false,
    allowSort: false,
    selectionMode: "Normal",
});
exports.DEFAULT_PAGE_LAYOUT = Object.freeze({
    orientation: "Portrait",
    paperSize: "Letter",
    centerHorizontally: false,
    centerVertically: false,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    zoom: { scale: 100 },
    printTitleRows: null,
});
function cellKey(row, col) {
    return row * address_1.MAX_COLS + col;
}
function keyRow(key) {
    return Math.floor(key / address_1.MAX_COLS);
}
function keyCol(key) {
    return key % address_1.MAX_COLS;
}
function newCell() {
    return { numberFormat: "General", format: styles_1.DEFAULT_FORMAT };
}
function createSheet(state, name) {
    state.counters.sheet += 1;
    return {
        id: state.counters.sheet,
        name,
        visibility: "Visible",
        tabColor: "",
        protection: { protected: false, options: { ...exports.DEFAULT_PROTECTION_OPTIONS } },
        cells: new Map(),
        merges: [],
        columnWidths: new Map(),
        rowHeights: new Map(),
        freezeRows: 0,
        freezeColumns: 0,
        pageLayout: { ...exports.DEFAULT_PAGE_LAYOUT, zoom: { ...exports.DEFAULT_PAGE_LAYOUT.zoom } },
        validations: new Map(),
        conditionalFormats: [],
        charts: [],
        notes: new Map(),
        deleted: false,
    };
}
/** A workbook with the given sheets (default one "Sheet1"), the first active. */
function createWorkbook(sheetNames = ["Sheet1"]) {
    const state = {
        sheets: [],
        names: [],
        tables: [],
        activeSheet: null,
        selection: null,
        counters: { sheet: 0, table: 0, chart: 0, conditionalFormat: 0 },
        structureVersion: 0,
        calcDirty: true,
    };
    for (const n of sheetNames)
        state.sheets.push(createSheet(state, n));
    state.activeSheet = state.sheets[0] ?? null;
    return state;
}
function findSheet(state, name) {
    const lower = name.toLowerCase();
    return state.sheets.find((s) => s.name.toLowerCase() === lower);
}
function getCell(sheet, row, col) {
    return sheet.cells.get(cellKey(row, col));
}
/** The cell, created blank if absent (for writes). */
function touchCell(sheet, row, col) {
    const key = cellKey(row, col);
    let cell = sheet.cells.get(key);
    if (!cell) {
        cell = newCell();
        sheet.cells.set(key, cell);
    }
    return cell;
}
/** Stored cells inside a rectangle, without visiting the (possibly huge) empty rest. */
function* storedCellsIn(sheet, rect) {
    const area = (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
    if (area <= sheet.cells.size) {
        for (let r = rect.r0; r <= rect.r1; r++) {
            for (let c = rect.c0; c <= rect.c1; c++) {
                const cell = sheet.cells.get(cellKey(r, c));
                if (cell)
                    yield [r, c, cell];
            }
        }
        return;
    }
    for (const [key, cell] of sheet.cells) {
        const r = keyRow(key);
        const c = keyCol(key);
        if ((0, address_1.rectContains)(rect, r, c))
            yield [r, c, cell];
    }
}
/** Convenience for tests: a cell's value by A1 address ("" when blank). */
function isError(v) {
    return typeof v === "object" && v !== null && "error" in v;
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findTable = findTable;
exports.addTable = addTable;
exports.renameTable = renameTable;
exports.deleteTable = deleteTable;
exports.tableHeaders = tableHeaders;
exports.tableRange = tableRange;
const address_1 = require("./address");
const cells_1 = require("./cells");
const errors_1 = require("./errors");
const guards_1 = require("./guards");
const names_1 = require("./names");
const state_1 = require("./state");
/** Excel tables (ListObjects): a header row and a data body; no totals row in this fake. */
function findTable(state, name) {
    const lower = name.toLowerCase();
    return state.tables.find((t) => t.name.toLowerCase() === lower);
}
function defaultTableName(state) {
    for (let n = state.tables.length + 1;; n++) {
        if (!findTable(state, `Table${n}`))
            return `Table${n}`;
    }
}
/** Headers as Excel makes them: text, blanks become ColumnN, duplicates get a number. */
function makeHeaders(sheet, rect) {
    const seen = new Set();
    for (let c = rect.c0; c <= rect.c1; c++) {
        const cell = (0, state_1.touchCell)(sheet, rect.r0, c);
        const raw = cell.value === undefined ? "" : String((0, cells_1.apiValue)(cell.value));
        let header = raw === "" ? `Column${c - rect.c0 + 1}` : raw;
        for (let k = 2; seen.has(header.toLowerCase()); k++)
            header = `${raw || "Column"}${k}`;
        seen.add(header.toLowerCase());
        cell.value = header;
        delete cell.formula;
    }
}
function addTable(state, ref, hasHeaders) {
    if (!hasHeaders)
        throw (0, errors_1.notImplemented)("tables.add(address, false)");
    (0, guards_1.guardWrite)(ref.sheet, "tables");
    const rect = { ...ref.rect };
    if (rect.r0 === rect.r1)
        rect.r1 += 1;
    if (state.tables.some((t) => t.sheet === ref.sheet && (0, address_1.rectsOverlap)(t.rect, rect))) {
        throw (0, errors_1.richError)("InvalidOperation", "A table can't overlap another table.");
    }
    if (ref.sheet.merges.some((m) => (0, address_1.rectsOverlap)(m, rect))) {
        throw (0, errors_1.richError)("InvalidOperation", "A table can't overlap a range that contains merged cells.");
    }
    makeHeaders(ref.sheet, rect);
    state.counters.table += 1;
    const table = {
        id: state.counters.table,
        name: defaultTableName(state),
        sheet: ref.sheet,
        rect,
        style: "TableStyleMedium2",
        showFilterButton: true,
    };
    state.tables.push(table);
    state.structureVersion += 1;
    state.calcDirty = true;
    return table;
}
function renameTable(state, table, name) {
    table.name = (0, names_1.checkDefinedName)(state, name, table);
    state.structureVersion += 1;
    state.calcDirty = true;
}
/** Table.delete() removes the table with its cells' contents and formats (ListObject.Delete). */
function deleteTable(state, table) {
    (0, guards_1.guardWrite)(table.sheet, "tables");
    for (const [r, c] of [...(0, state_1.storedCellsIn)(table.sheet, table.rect)]) {
        table.sheet.cells.set(r * 16384 + c, (0, state_1.newCell)());
    }
    state.tables = state.tables.filter((t) => t !== table);
    state.structureVersion += 1;
    state.calcDirty = true;
}
function tableHeaders(table) {
    const out = [];
    for (let c = table.rect.c0; c <= table.rect.c1; c++) {
        const v = (0, state_1.getCell)(table.sheet, table.rect.r0, c)?.value;
        out.push(v === undefined ? "" : String((0, cells_1.apiValue)(v)));
    }
    return out;
}
function tableRange(table, part) {
    const { r0, r1, c0, c1 } = table.rect;
    if (part === "header")
        return { sheet: table.sheet, rect: { r0, r1: r0, c0, c1 } };
    if (part === "body")
        return { sheet: table.sheet, rect: { r0: r0 + 1, r1, c0, c1 } };
    return { sheet: table.sheet, rect: { r0, r1, c0, c1 } };
}

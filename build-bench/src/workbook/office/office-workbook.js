"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OfficeWorkbook = void 0;
const port_1 = require("../port");
const convert_1 = require("./convert");
const office_write_1 = require("./office-write");
const CELL_PROPS = ["values", "formulas", "numberFormat", "valueTypes"];
function cellsOf(sheet, range, origin) {
    const { row, col } = (0, convert_1.topLeft)(origin);
    return range.values.map((line, i) => line.map((value, j) => (0, convert_1.cellRead)(sheet, (0, convert_1.cellAddress)(row + i, col + j), value, range.formulas[i][j], range.numberFormat[i][j], range.valueTypes[i][j])));
}
/**
 * The WorkbookPort over Office.js: a read in two `context.sync()` calls (what exists, then the
 * cells), a write in as few as the ops' checkpoints and the request cap allow. Only this folder
 * calls the workbook API.
 */
class OfficeWorkbook {
    constructor(env) {
        this.env = env;
        this.capabilities = {
            notes: env.isSetSupported("ExcelApi", "1.18"),
            charts: true,
            undoGroup: env.isSetSupported("ExcelApi", "1.20"),
        };
    }
    get run() {
        return this.env.run ?? Excel.run;
    }
    async read(request) {
        return this.run(async (context) => {
            const wb = context.workbook;
            const pending = {
                sheets: wb.worksheets.load("items/name,items/visibility"),
                names: wb.names.load("items/name,items/type,items/value"),
                tables: wb.tables.load("items/name"),
                notes: request.notes && this.capabilities.notes ? wb.notes.load("items/content") : undefined,
            };
            await context.sync();
            try {
                return await this.readContent(context, request, pending, false);
            }
            catch (e) {
                // Excel on the web caps a response at 5 MB: read the tables again in parts.
                if (e.code !== "ResponsePayloadSizeLimitExceeded")
                    throw e;
                return this.readContent(context, request, pending, true);
            }
        });
    }
    async readContent(context, request, pending, inParts) {
        const sheets = pending.sheets.items.map((ws) => ws.name);
        const protections = pending.sheets.items.map((ws) => ws.protection.load("protected,options"));
        const formats = pending.sheets.items.map((ws) => ws.getRange().conditionalFormats.load("items/type,items/id"));
        const names = this.queueNames(context, request, pending, sheets);
        const tables = this.queueTables(request, pending, inParts);
        const cells = request.cells
            ?.filter((c) => sheets.includes(c.sheet))
            .map((c) => ({
            at: c,
            range: context.workbook.worksheets.getItem(c.sheet).getRange(c.address).load(CELL_PROPS),
        }));
        const used = (request.sheetValues ?? [])
            .filter((s) => sheets.includes(s))
            .map((s) => ({
            sheet: s,
            range: context.workbook.worksheets
                .getItem(s)
                .getUsedRangeOrNullObject(true)
                .load("address,values,valueTypes"),
        }));
        const notes = pending.notes?.items.map((n) => ({
            note: n,
            at: n.getLocation().load("address"),
        }));
        await context.sync();
        const sheetState = {};
        pending.sheets.items.forEach((ws, i) => {
            const p = protections[i];
            sheetState[ws.name] = {
                visibility: (0, convert_1.visibilityOf)(ws.visibility),
                protection: p.protected ? { options: (0, convert_1.fromOfficeProtection)(p.options) } : null,
            };
        });
        this.marks = new Map(pending.sheets.items.map((ws, i) => [
            ws.name,
            formats[i].items.map((f) => ({ id: f.id, type: String(f.type) })),
        ]));
        const result = {
            sheets,
            sheetState,
            definedNames: pending.names.items.map((n) => n.name),
            names: {},
            tables: {},
            cells: {},
        };
        for (const [name, { sheet, address, range }] of names)
            result.names[name] = cellsOf(sheet, range, address)[0][0];
        const tableRanges = inParts ? await readInParts(context, tables) : tables;
        for (const [name, range] of tableRanges)
            result.tables[name] = tableRead(name, range);
        for (const c of cells ?? [])
            result.cells[(0, port_1.cellKey)(c.at.sheet, c.at.address)] = cellsOf(c.at.sheet, c.range, c.at.address)[0][0];
        if (used.length)
            result.sheetValues = Object.fromEntries(used.map((u) => [u.sheet, usedValues(u.range)]));
        if (notes) {
            result.notes = {};
            for (const n of notes) {
                const at = (0, convert_1.splitAddress)(n.at.address);
                if (at)
                    result.notes[(0, port_1.cellKey)(at.sheet, at.address)] = n.note.content;
            }
        }
        return result;
    }
    /** Requested names that point at one cell of an existing sheet, queued for loading. */
    queueNames(context, request, pending, sheets) {
        const wanted = new Set(request.names);
        const out = new Map();
        for (const item of pending.names.items) {
            if (!wanted.has(item.name) || String(item.type) !== "Range")
                continue;
            const ref = (0, convert_1.splitAddress)(String(item.value));
            if (!ref || ref.address.includes(":") || !sheets.includes(ref.sheet))
                continue;
            const range = context.workbook.worksheets
                .getItem(ref.sheet)
                .getRange(ref.address)
                .load(CELL_PROPS);
            out.set(item.name, { ...ref, range });
        }
        return out;
    }
    queueTables(request, pending, addressOnly) {
        const wanted = new Set(request.tables);
        const out = new Map();
        for (const table of pending.tables.items) {
            if (!wanted.has(table.name))
                continue;
            out.set(table.name, table.getRange().load(addressOnly ? ["address"] : ["address", ...CELL_PROPS]));
        }
        return out;
    }
    async write(ops) {
        const writer = new office_write_1.OfficeWriter(this.capabilities, this.marks);
        this.marks = undefined;
        if (this.capabilities.undoGroup) {
            try {
                await this.run({ mergeUndoGroup: true }, (context) => writer.execute(context, ops));
                return;
            }
            catch (e) {
                // A host that reports 1.20 yet cannot group this run: write without grouping.
                if (e.code !== "UndoNotSupported")
                    throw e;
            }
        }
        await this.run((context) => writer.execute(context, ops));
    }
}
exports.OfficeWorkbook = OfficeWorkbook;
/** About what one cell of the four properties costs in a response, in bytes. */
const CELL_RESPONSE_BYTES = 120;
const RESPONSE_BUDGET = 4 * 1024 * 1024;
/**
 * Tables whose whole read would pass the response cap, read in row slices, as many slices a
 * sync as fit the budget: one more round trip per 4 MB.
 */
async function readInParts(context, tables) {
    const rowsPerSlice = (cols) => Math.max(1, Math.floor(RESPONSE_BUDGET / (cols * CELL_RESPONSE_BYTES)));
    const slices = [];
    for (const [name, whole] of tables) {
        const ref = (0, convert_1.splitAddress)(whole.address);
        const [from, to] = ref.address.split(":");
        const start = (0, convert_1.cellPosition)(from);
        const end = (0, convert_1.cellPosition)(to ?? from);
        const cols = end.col - start.col + 1;
        const ws = context.workbook.worksheets.getItem(ref.sheet);
        for (let r = start.row; r <= end.row; r += rowsPerSlice(cols)) {
            const rows = Math.min(rowsPerSlice(cols), end.row - r + 1);
            slices.push({
                name,
                range: ws.getRangeByIndexes(r, start.col, rows, cols),
                cells: rows * cols,
            });
        }
    }
    let budget = 0;
    for (const slice of slices) {
        if (budget > 0 && budget + slice.cells * CELL_RESPONSE_BYTES > RESPONSE_BUDGET) {
            // One sync per 4 MB of response: the cap, not a habit, makes this a loop.
            // eslint-disable-next-line office-addins/no-context-sync-in-loop
            await context.sync();
            budget = 0;
        }
        slice.range.load(CELL_PROPS);
        budget += slice.cells * CELL_RESPONSE_BYTES;
    }
    await context.sync();
    const out = new Map();
    for (const [name, whole] of tables) {
        const parts = slices.filter((s) => s.name === name).map((s) => s.range);
        out.set(name, {
            address: whole.address,
            values: parts.flatMap((p) => p.values),
            formulas: parts.flatMap((p) => p.formulas),
            numberFormat: parts.flatMap((p) => p.numberFormat),
            valueTypes: parts.flatMap((p) => p.valueTypes),
        });
    }
    return out;
}
function tableRead(name, range) {
    const ref = (0, convert_1.splitAddress)(range.address);
    const [header, ...rows] = cellsOf(ref.sheet, range, ref.address);
    return {
        name,
        sheet: ref.sheet,
        range: ref.address,
        headers: header.map((c) => (c.value === null ? "" : String(c.value))),
        rows,
    };
}
function usedValues(range) {
    const out = {};
    if (range.isNullObject)
        return out;
    const ref = (0, convert_1.splitAddress)(range.address);
    const { row, col } = (0, convert_1.topLeft)(ref.address);
    range.values.forEach((line, i) => line.forEach((value, j) => {
        if (value === "" || value === null)
            return;
        out[(0, convert_1.cellAddress)(row + i, col + j)] =
            range.valueTypes[i][j] === "Error" ? { error: String(value) } : value;
    }));
    return out;
}

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
            const result = await this.readContent(context, request, pending);
            return result;
        });
    }
    async readContent(context, request, pending) {
        const sheets = pending.sheets.items.map((ws) => ws.name);
        const protections = pending.sheets.items.map((ws) => ws.protection.load("protected,options"));
        const formats = pending.sheets.items.map((ws) => ws.getRange().conditionalFormats.load("items/type,items/id"));
        const names = this.queueNames(context, request, pending, sheets);
        const tables = this.queueTables(request, pending);
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
        for (const [name, range] of tables)
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
    queueTables(request, pending) {
        const wanted = new Set(request.tables);
        const out = new Map();
        for (const table of pending.tables.items) {
            if (!wanted.has(table.name))
                continue;
            out.set(table.name, table.getRange().load(["address", ...CELL_PROPS]));
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

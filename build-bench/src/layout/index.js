"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PLACEMENTS = exports.addr = exports.VERSION_NAME = exports.TEMPLATE_MARKER = exports.TEMPLATE_VERSION = exports.SHEETS = void 0;
exports.columnLetter = columnLetter;
exports.place = place;
exports.contentOf = contentOf;
exports.environment = environment;
exports.valueToRaw = valueToRaw;
exports.computedValues = computedValues;
exports.computedColumns = computedColumns;
exports.textLines = textLines;
exports.templateOps = templateOps;
exports.allNames = allNames;
const sheet_1 = require("../model/sheet");
const expr_1 = require("./expr");
const model_map_1 = require("./model-map");
const precision_1 = require("./precision");
const styles_1 = require("./styles");
const template_1 = require("./template");
const decimal_1 = require("../model/decimal");
__exportStar(require("./types"), exports);
var template_2 = require("./template");
Object.defineProperty(exports, "SHEETS", { enumerable: true, get: function () { return template_2.SHEETS; } });
Object.defineProperty(exports, "TEMPLATE_VERSION", { enumerable: true, get: function () { return template_2.TEMPLATE_VERSION; } });
Object.defineProperty(exports, "TEMPLATE_MARKER", { enumerable: true, get: function () { return template_2.TEMPLATE_MARKER; } });
Object.defineProperty(exports, "VERSION_NAME", { enumerable: true, get: function () { return template_2.VERSION_NAME; } });
function columnLetter(index) {
    let n = index + 1;
    let s = "";
    while (n > 0) {
        const m = (n - 1) % 26;
        s = String.fromCharCode(65 + m) + s;
        n = Math.floor((n - 1) / 26);
    }
    return s;
}
const addr = (col, row) => `${columnLetter(col)}${row}`;
exports.addr = addr;
/** Where everything sits: the only place that turns the layout into coordinates. */
function place(sheets = template_1.SHEETS) {
    const fields = new Map();
    const calcs = new Map();
    const results = new Map();
    const tables = new Map();
    for (const sheet of sheets) {
        let r = 1;
        for (const rowSpec of sheet.rows) {
            if ("tables" in rowSpec) {
                let height = 1;
                for (const { table, col } of rowSpec.tables) {
                    const n = (table.presetRows?.length ?? 0) + table.blankRows;
                    tables.set(table.name, { table, sheet: sheet.name, col, headerRow: r, templateRows: n });
                    height = Math.max(height, n + 1);
                }
                r += height;
                continue;
            }
            let c = 0;
            for (const cell of rowSpec.cells) {
                if (cell.t === "field") {
                    if (fields.has(cell.field.name))
                        throw new Error(`layout: name ${cell.field.name} placed twice`);
                    fields.set(cell.field.name, {
                        field: cell.field,
                        sheet: sheet.name,
                        address: (0, exports.addr)(c, r),
                    });
                }
                else if (cell.t === "result") {
                    if (results.has(cell.result.name))
                        throw new Error(`layout: name ${cell.result.name} placed twice`);
                    results.set(cell.result.name, {
                        result: cell.result,
                        sheet: sheet.name,
                        address: (0, exports.addr)(c, r),
                    });
                }
                else if (cell.t === "calc") {
                    if (calcs.has(cell.calc.name))
                        throw new Error(`layout: name ${cell.calc.name} placed twice`);
                    calcs.set(cell.calc.name, { calc: cell.calc, sheet: sheet.name, address: (0, exports.addr)(c, r) });
                }
                c += cell.t === "skip" ? 1 : (cell.span ?? 1);
            }
            r++;
        }
    }
    return { fields, calcs, results, tables };
}
exports.PLACEMENTS = place();
function contentOf(model, p = exports.PLACEMENTS) {
    const fields = new Map();
    const tables = new Map();
    for (const [n, fp] of p.fields) {
        if (n === template_1.VERSION_NAME)
            fields.set(n, `${template_1.TEMPLATE_MARKER} ${template_1.TEMPLATE_VERSION}`);
        else
            fields.set(n, model ? (0, model_map_1.fieldRaw)(model, fp.field) : null);
    }
    for (const [n, tp] of p.tables) {
        const objects = model ? (0, model_map_1.tableObjects)(model, tp.table) : (tp.table.presetRows ?? []);
        tables.set(n, objects.map((o) => (0, model_map_1.rowRaw)(o, tp.table.columns)));
    }
    return { fields, tables };
}
/**
 * An evaluation environment over cell contents: inputs read their raw value, computed names
 * evaluate their own expression (memoised), table columns read the rows.
 */
function environment(content, p = exports.PLACEMENTS) {
    const memo = new Map();
    const env = {
        name(n) {
            if (p.fields.has(n))
                return content.fields.get(n) ?? null;
            const cp = p.calcs.get(n);
            if (!cp)
                throw new Error(`layout: formula refers to unknown name ${n}`);
            let v = memo.get(n);
            if (v === undefined) {
                v = (0, expr_1.evaluate)(cp.calc.expr, env);
                memo.set(n, v);
            }
            return v;
        },
        column(table, column) {
            const tp = p.tables.get(table);
            if (!tp)
                throw new Error(`layout: formula refers to unknown table ${table}`);
            const i = tp.table.columns.findIndex((c) => c.header === column);
            if (i < 0)
                throw new Error(`layout: table ${table} has no column ${column}`);
            const rows = content.tables.get(table) ?? [];
            if (tp.table.columns[i].calc) {
                return rows.map((r) => valueToRaw((0, expr_1.evaluate)(tp.table.columns[i].calc, rowEnv(env, tp.table, r))));
            }
            return rows.map((r) => r[i] ?? null);
        },
    };
    return env;
}
function rowEnv(base, table, rowValues) {
    return {
        ...base,
        thisRow(t, column) {
            const i = table.columns.findIndex((c) => c.header === column);
            if (t !== table.name || i < 0)
                throw new Error(`layout: ${t}[${column}] is not a column of ${table.name}`);
            return rowValues[i] ?? null;
        },
    };
}
/** A formula result as a cell stores it. */
function valueToRaw(v) {
    if (v instanceof decimal_1.Decimal)
        return v.toNumber();
    return v;
}
/** The value each computed cell shows for this content, by name. */
function computedValues(content, p = exports.PLACEMENTS) {
    const env = environment(content, p);
    const out = new Map();
    for (const n of p.calcs.keys())
        out.set(n, valueToRaw(env.name(n)));
    return out;
}
/** Per-row results of a table's computed columns: header → values by row. */
function computedColumns(content, table, p = exports.PLACEMENTS) {
    const env = environment(content, p);
    const rows = content.tables.get(table.name) ?? [];
    const out = new Map();
    for (const c of table.columns) {
        if (c.calc)
            out.set(c.header, rows.map((r) => valueToRaw((0, expr_1.evaluate)(c.calc, rowEnv(env, table, r)))));
    }
    return out;
}
const LINE_HEIGHT = 14;
/**
 * Lines a wrapped text needs in a column `width` characters wide. Hosts such as LibreOffice do
 * not grow rows for wrapped text, so rows get explicit heights (a CJK character is two wide).
 */
function textLines(value, width) {
    if (typeof value !== "string" || value === "")
        return 1;
    let lines = 0;
    for (const para of value.split("\n")) {
        let w = 0;
        for (const ch of para)
            w += /[\u2e80-\uffef]/.test(ch) ? 1.8 : 1;
        lines += Math.max(1, Math.ceil(w / Math.max(1, width - 1)));
    }
    return lines;
}
function fitHeight(heights, row, lines) {
    if (lines <= 1)
        return;
    heights[row] = (0, sheet_1.rowHeight)(Math.max(heights[row] ?? 0, lines * LINE_HEIGHT + 4));
}
function columnStyle(c) {
    return c.calc ? (0, styles_1.calcStyle)(c.type === "rate" ? "rate" : "amount") : (0, styles_1.inputStyle)(c.type);
}
/**
 * The writes that lay out the whole template, filled with `model` when given: sheets, cells,
 * styles, merges, tables, names, dropdowns, freeze panes, print setup and protection.
 */
function templateOps(model, sheets = template_1.SHEETS) {
    const p = place(sheets);
    const content = contentOf(model, p);
    const calcValues = computedValues(content, p);
    const ops = [];
    for (const sheet of sheets) {
        ops.push({
            op: "addSheet",
            sheet: sheet.name,
            tabColor: sheet.tabColor,
            visibility: "visible",
        });
        ops.push((0, styles_1.columnsOp)(sheet.name, sheet.widths));
        const cells = [];
        const heights = {};
        let hasTable = false;
        let r = 1;
        for (const rowSpec of sheet.rows) {
            if ("tables" in rowSpec) {
                hasTable = true;
                let height = 1;
                for (const { table, col } of rowSpec.tables) {
                    const rows = content.tables.get(table.name) ?? [];
                    const n = Math.max(rows.length, model ? 1 : (table.presetRows?.length ?? 0) + table.blankRows);
                    const computedCols = computedColumns(content, table, p);
                    const stated = (0, precision_1.statedRows)(model, table);
                    const values = [];
                    for (let i = 0; i < n; i++) {
                        values.push(table.columns.map((c, j) => (c.calc ? null : (rows[i]?.[j] ?? null))));
                    }
                    const formulas = {};
                    for (const c of table.columns)
                        if (c.calc)
                            formulas[c.header] = (0, expr_1.toFormula)(c.calc);
                    ops.push({
                        op: "table",
                        sheet: sheet.name,
                        name: table.name,
                        topLeft: (0, exports.addr)(col, r),
                        headers: table.columns.map((c) => c.header),
                        rows: values,
                        formulas,
                        style: styles_1.TABLE_STYLE,
                    });
                    table.columns.forEach((c, j) => {
                        cells.push({ address: (0, exports.addr)(col + j, r), style: styles_1.STYLES.header });
                        for (let i = 0; i < n; i++) {
                            const a = (0, exports.addr)(col + j, r + 1 + i);
                            if (c.calc) {
                                const result = computedCols.get(c.header)?.[i] ?? "";
                                cells.push({
                                    address: a,
                                    formula: { text: (0, expr_1.toFormula)(c.calc), result },
                                    style: columnStyle(c),
                                });
                            }
                            else {
                                const style = (0, precision_1.withStatedFormat)(columnStyle(c), c.type, stated[i]?.[j]);
                                cells.push({ address: a, style });
                            }
                        }
                        if (c.choices) {
                            ops.push({
                                op: "listValidation",
                                sheet: sheet.name,
                                range: `${(0, exports.addr)(col + j, r + 1)}:${(0, exports.addr)(col + j, r + n)}`,
                                choices: c.choices,
                                ...styles_1.LIST_ERROR,
                            });
                        }
                    });
                    for (let i = 0; i < n; i++) {
                        const lines = Math.max(1, ...table.columns.map((c, j) => textLines(values[i][j], sheet.widths[col + j] ?? 10)));
                        if (lines > 1)
                            fitHeight(heights, r + 1 + i, lines);
                    }
                    height = Math.max(height, n + 1);
                }
                r += height;
                continue;
            }
            if (rowSpec.height)
                heights[r] = rowSpec.height;
            let c = 0;
            for (const cell of rowSpec.cells) {
                if (cell.t === "skip") {
                    c++;
                    continue;
                }
                const a = (0, exports.addr)(c, r);
                const span = cell.span ?? 1;
                if (span > 1)
                    ops.push({ op: "merge", sheet: sheet.name, range: `${a}:${(0, exports.addr)(c + span - 1, r)}` });
                if (cell.t === "text") {
                    cells.push({
                        address: a,
                        value: cell.text === "" ? null : cell.text,
                        style: { ...styles_1.STYLES[cell.style], numFmt: "@" },
                    });
                    for (let k = 1; k < span; k++)
                        cells.push({ address: (0, exports.addr)(c + k, r), style: styles_1.STYLES[cell.style] });
                }
                else if (cell.t === "field") {
                    const f = cell.field;
                    const style = f.system
                        ? { ...styles_1.STYLES.meta, numFmt: styles_1.NUMBER_FORMATS[f.type] }
                        : (0, precision_1.withStatedFormat)((0, styles_1.inputStyle)(f.type), f.type, model && (0, model_map_1.getPath)(model, f.path));
                    const value = content.fields.get(f.name) ?? null;
                    cells.push({ address: a, value, style });
                    const width = sheet.widths.slice(c, c + span).reduce((x, y) => x + y, 0);
                    fitHeight(heights, r, textLines(value, width));
                    for (let k = 1; k < span; k++)
                        cells.push({ address: (0, exports.addr)(c + k, r), style });
                    ops.push({ op: "defineName", name: f.name, sheet: sheet.name, address: a });
                    if (f.choices)
                        ops.push({
                            op: "listValidation",
                            sheet: sheet.name,
                            range: a,
                            choices: f.choices,
                            ...styles_1.LIST_ERROR,
                        });
                }
                else if (cell.t === "result") {
                    const style = cell.result.type === "text"
                        ? {
                            ...styles_1.STYLES.calc,
                            font: { ...styles_1.STYLES.calc.font, italic: false },
                            wrap: true,
                            numFmt: "@",
                        }
                        : (0, styles_1.calcStyle)(cell.result.type);
                    cells.push({ address: a, value: null, style });
                    for (let k = 1; k < span; k++)
                        cells.push({ address: (0, exports.addr)(c + k, r), style });
                    ops.push({ op: "defineName", name: cell.result.name, sheet: sheet.name, address: a });
                }
                else {
                    const k = cell.calc;
                    cells.push({
                        address: a,
                        formula: { text: (0, expr_1.toFormula)(k.expr), result: calcValues.get(k.name) ?? "" },
                        style: (0, styles_1.calcStyle)(k.type),
                    });
                    ops.push({ op: "defineName", name: k.name, sheet: sheet.name, address: a });
                }
                c += span;
            }
            r++;
        }
        ops.push({ op: "cells", sheet: sheet.name, cells });
        if (Object.keys(heights).length)
            ops.push({ op: "rowHeights", sheet: sheet.name, heights });
        if (sheet.freezeRows)
            ops.push({ op: "freeze", sheet: sheet.name, rows: sheet.freezeRows });
        ops.push((0, styles_1.pageSetupOp)(sheet.name, sheet.orientation, sheet.freezeRows ? [1, sheet.freezeRows] : undefined));
        // Excel cannot grow a table on a protected sheet, so only sheets without lists are locked.
        if (!hasTable)
            ops.push((0, styles_1.protectOp)(sheet.name));
    }
    return ops;
}
/** Every defined name of the template, inputs and computed cells. */
function allNames(p = exports.PLACEMENTS) {
    return [...p.fields.keys(), ...p.calcs.keys(), ...p.results.keys()];
}

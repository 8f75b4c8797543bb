"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recalculate = recalculate;
const hyperformula_1 = require("hyperformula");
const address_1 = require("./address");
const calc_functions_1 = require("./calc-functions");
const structured_refs_1 = require("./structured-refs");
const state_1 = require("./state");
const tables_1 = require("./tables");
/**
 * Formula results by HyperFormula (GPLv3, a test-only devDependency: never import it from src/).
 * Defined names become named expressions and structured references A1 references first.
 */
const CONFIG = {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    leapYear1900: true,
    smartRounding: false,
};
function tableMap(state) {
    const map = new Map();
    for (const t of state.tables) {
        map.set(t.name.toLowerCase(), {
            name: t.name,
            sheet: t.sheet.name,
            rect: t.rect,
            headers: (0, tables_1.tableHeaders)(t),
        });
    }
    return map;
}
function constantContent(v) {
    if (v === undefined)
        return null;
    if ((0, state_1.isError)(v))
        return `'${v.error}`;
    // A leading apostrophe keeps HyperFormula from parsing text as a number or a formula.
    if (typeof v === "string")
        return `'${v}`;
    return v;
}
function sheetContent(sheet, tables, names) {
    const rows = [];
    for (const [key, cell] of sheet.cells) {
        const r = (0, state_1.keyRow)(key);
        const c = (0, state_1.keyCol)(key);
        const content = cell.formula !== undefined
            ? (0, structured_refs_1.translateStructuredRefs)(cell.formula, tables, r, names)
            : constantContent(cell.value);
        if (content === null)
            continue;
        (rows[r] ?? (rows[r] = []))[c] = content;
    }
    for (let r = 0; r < rows.length; r++)
        rows[r] ?? (rows[r] = []);
    return rows;
}
function resultOf(v) {
    if (v === null || v === undefined)
        return 0;
    if (typeof v === "number" || typeof v === "string" || typeof v === "boolean")
        return v;
    const error = v.value ?? "#VALUE!";
    if (error === "#CYCLE!")
        return 0;
    if (error === "#ERROR!")
        return { error: "#NAME?" };
    return { error };
}
/** Range names, inlined into formulas as references (HyperFormula parses quoted sheet names only). */
function nameMap(state) {
    const map = new Map();
    for (const n of state.names) {
        if (n.formulaText !== undefined)
            continue;
        map.set(n.name.toLowerCase(), n.ref ? `'${n.ref.sheet.name.replace(/'/g, "''")}'!${(0, address_1.rectA1)(n.ref.rect, true)}` : "#REF!");
    }
    return map;
}
/** Constant and formula names stay named expressions. */
function namedExpressions(state) {
    return state.names
        .filter((n) => n.formulaText !== undefined)
        .map((n) => ({ name: n.name, expression: n.formulaText }));
}
/** Recomputes every formula cell of the workbook and stores the results as the cells' values. */
function recalculate(state) {
    (0, calc_functions_1.registerExcelFunctions)();
    const tables = tableMap(state);
    const names = nameMap(state);
    const hf = hyperformula_1.HyperFormula.buildEmpty(CONFIG);
    try {
        hf.batch(() => {
            for (const sheet of state.sheets)
                hf.addSheet(sheet.name);
            for (const n of namedExpressions(state)) {
                if (hf.isItPossibleToAddNamedExpression(n.name, n.expression))
                    hf.addNamedExpression(n.name, n.expression);
            }
            for (const sheet of state.sheets)
                hf.setSheetContent(hf.getSheetId(sheet.name), sheetContent(sheet, tables, names));
        });
        for (const sheet of state.sheets)
            storeResults(hf, sheet);
    }
    finally {
        hf.destroy();
    }
    state.calcDirty = false;
}
function storeResults(hf, sheet) {
    const id = hf.getSheetId(sheet.name);
    for (const [key, cell] of sheet.cells) {
        if (cell.formula === undefined)
            continue;
        cell.value = resultOf(hf.getCellValue({ sheet: id, row: (0, state_1.keyRow)(key), col: (0, state_1.keyCol)(key) }));
    }
}

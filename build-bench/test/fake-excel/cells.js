"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.gridOf = gridOf;
exports.writeContents = writeContents;
exports.writeNumberFormat = writeNumberFormat;
exports.apiValue = apiValue;
exports.readValues = readValues;
exports.readFormulas = readFormulas;
exports.readNumberFormat = readNumberFormat;
exports.readText = readText;
exports.readValueTypes = readValueTypes;
const address_1 = require("./address");
const errors_1 = require("./errors");
const guards_1 = require("./guards");
const state_1 = require("./state");
const display_1 = require("./display");
const typing_1 = require("./typing");
/** A 2-D input of the range's shape, or one value for every cell; InvalidArgument otherwise. */
function gridOf(ref, input, what) {
    const rows = (0, address_1.rectRows)(ref.rect);
    const cols = (0, address_1.rectCols)(ref.rect);
    if (!Array.isArray(input))
        return () => input;
    const shapeOk = input.length === rows && input.every((row) => Array.isArray(row) && row.length === cols);
    if (!shapeOk) {
        throw (0, errors_1.richError)("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range ${rows}x${cols}).`);
    }
    return (r, c) => input[r][c];
}
function forEachCell(ref, fn) {
    for (let r = ref.rect.r0; r <= ref.rect.r1; r++) {
        for (let c = ref.rect.c0; c <= ref.rect.c1; c++)
            fn(r, c, r - ref.rect.r0, c - ref.rect.c0);
    }
}
function applyTyped(cell, typed) {
    if (typed.kind === "blank") {
        delete cell.value;
        delete cell.formula;
    }
    else if (typed.kind === "formula") {
        cell.formula = typed.formula;
        delete cell.value;
    }
    else {
        cell.value = typed.value;
        delete cell.formula;
        if (typed.numberFormat && cell.numberFormat === "General")
            cell.numberFormat = typed.numberFormat;
    }
}
function typedOf(input, cell, env) {
    if (typeof input === "number") {
        if (!Number.isFinite(input))
            throw (0, errors_1.richError)("InvalidArgument", `not a finite number: ${input}`);
        return { kind: "value", value: input };
    }
    if (typeof input === "boolean")
        return { kind: "value", value: input };
    if (typeof input === "string")
        return (0, typing_1.parseTyped)(input, cell.numberFormat, env.currentYear);
    throw (0, errors_1.richError)("InvalidArgument", `cannot write ${JSON.stringify(input)} to a cell`);
}
/** Range.values / Range.formulas set: strings are parsed like typing unless the cell is "@". */
function writeContents(ref, input, what, env) {
    const at = gridOf(ref, input, what);
    (0, guards_1.guardWrite)(ref.sheet, "contents", ref.rect);
    const typed = [];
    forEachCell(ref, (row, col, i, j) => {
        const v = at(i, j);
        if (v === null || v === undefined)
            return;
        const cell = (0, state_1.touchCell)(ref.sheet, row, col);
        typed.push([cell, typedOf(v, cell, env)]);
    });
    for (const [cell, t] of typed)
        applyTyped(cell, t);
    env.markDirty();
}
/** Range.numberFormat set. */
function writeNumberFormat(ref, input) {
    const at = gridOf(ref, input, "numberFormat");
    (0, guards_1.guardWrite)(ref.sheet, "format", ref.rect);
    forEachCell(ref, (row, col, i, j) => {
        const v = at(i, j);
        if (v === null || v === undefined)
            return;
        if (typeof v !== "string")
            throw (0, errors_1.richError)("InvalidArgument", "numberFormat must be text");
        (0, state_1.touchCell)(ref.sheet, row, col).numberFormat = v;
    });
}
function grid(ref, fn) {
    const out = [];
    for (let r = ref.rect.r0; r <= ref.rect.r1; r++) {
        const row = [];
        for (let c = ref.rect.c0; c <= ref.rect.c1; c++)
            row.push(fn((0, state_1.getCell)(ref.sheet, r, c)));
        out.push(row);
    }
    return out;
}
/** What Range.values returns for one value: errors as their text, blank as "". */
function apiValue(v) {
    if (v === undefined)
        return "";
    if ((0, state_1.isError)(v))
        return v.error;
    return v;
}
function cellValue(cell) {
    if (!cell)
        return "";
    if (cell.formula !== undefined)
        return apiValue(cell.value ?? 0);
    return apiValue(cell.value);
}
function readValues(ref) {
    return grid(ref, cellValue);
}
/** Range.formulas: a formula where there is one, else the constant; a text "=x" reads "=x" (#6687). */
function readFormulas(ref) {
    return grid(ref, (cell) => (cell?.formula !== undefined ? cell.formula : cellValue(cell)));
}
function readNumberFormat(ref) {
    return grid(ref, (cell) => cell?.numberFormat ?? "General");
}
function readText(ref) {
    return grid(ref, (cell) => (0, display_1.formatDisplay)(cellValue(cell), cell?.numberFormat ?? "General"));
}
/** Excel.RangeValueType per cell. */
function readValueTypes(ref) {
    return grid(ref, (cell) => {
        const v = cell?.formula !== undefined ? (cell.value ?? 0) : cell?.value;
        if (v === undefined || v === "")
            return v === "" && cell?.formula ? "String" : "Empty";
        if ((0, state_1.isError)(v))
            return "Error";
        if (typeof v === "number")
            return "Double";
        if (typeof v === "boolean")
            return "Boolean";
        return "String";
    });
}

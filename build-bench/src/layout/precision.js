"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statedNumberFormat = statedNumberFormat;
exports.withStatedFormat = withStatedFormat;
exports.statedRows = statedRows;
const decimal_1 = require("../model/decimal");
const model_map_1 = require("./model-map");
/**
 * Stated precision survives fill (PRODUCT.md §3 "Stated and computed"): a cell's number format
 * fixes the decimals the reader takes it to be stated with, so a figure whose decimals differ
 * from its type's default format ("8" points in a 0.00 cell, a target "0.50" in a General
 * cell) gets a format of its own. Figures the default already reads back unchanged keep it, so
 * the template and the sample stay as they are.
 */
/** Decimals the default format of a type fixes (a rate's 0% is two decimals of the fraction). */
const DEFAULT_DECIMALS = {
    amount: 2,
    count: 0,
    year: 0,
    rate: 2,
};
const fixedFormat = (d) => (d === 0 ? "0" : `0.${"0".repeat(d)}`);
/** The number format that keeps `stated` as written; undefined where the default already does. */
function statedNumberFormat(type, stated) {
    if (typeof stated !== "string" || !decimal_1.DECIMAL_PATTERN.test(stated))
        return undefined;
    const d = (0, decimal_1.decimalsOf)(stated);
    if (type === "value") {
        // General reads a number back in its shortest form: 0.5 for "0.50".
        return (0, decimal_1.shortestDecimal)(Number(stated)) === stated ? undefined : fixedFormat(d);
    }
    const usual = DEFAULT_DECIMALS[type];
    if (usual === undefined || d === usual)
        return undefined;
    // A rate is stored as a fraction: 71.2% is "0.712", three decimals, shown as 0.0%.
    if (type === "rate" && d > 2)
        return `${fixedFormat(d - 2)}%`;
    return fixedFormat(d);
}
/** An input cell's style with the number format its stated figure needs. */
function withStatedFormat(style, type, stated) {
    const numFmt = statedNumberFormat(type, stated);
    return numFmt ? { ...style, numFmt } : style;
}
/** The stated values of a table's rows, by row and column, as the model holds them. */
function statedRows(model, table) {
    if (!model)
        return [];
    return (0, model_map_1.tableObjects)(model, table).map((o) => table.columns.map((c) => (c.key ? o[c.key] : undefined)));
}

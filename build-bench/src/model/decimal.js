"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Decimal = exports.dec = exports.DECIMAL_PATTERN = void 0;
exports.decimalsOf = decimalsOf;
exports.toDecimal = toDecimal;
exports.shortestDecimal = shortestDecimal;
exports.withDecimals = withDecimals;
exports.sumOf = sumOf;
const decimal_js_1 = __importDefault(require("decimal.js"));
exports.Decimal = decimal_js_1.default;
/**
 * Money, counts and rates travel through the model as decimal strings exactly as stated
 * ("15.70" keeps its two decimals), because the checks need the stated precision
 * (PRODUCT.md §4 "Rounding") and binary floats would print 125.94000000000001.
 */
exports.DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;
/** Decimal places a stated figure carries ("15.70" → 2, "8" → 0). */
function decimalsOf(stated) {
    const dot = stated.indexOf(".");
    return dot < 0 ? 0 : stated.length - dot - 1;
}
function toDecimal(stated) {
    return new decimal_js_1.default(stated);
}
/** Shortest decimal form of a stored double: 6.7 → "6.7", 0.1 + 0.2 → "0.30000000000000004". */
function shortestDecimal(value) {
    const d = new decimal_js_1.default(value);
    return d.toFixed();
}
/** A stored double shown with `decimals` places, the way a fixed number format displays it. */
function withDecimals(value, decimals) {
    return new decimal_js_1.default(value).toFixed(decimals, decimal_js_1.default.ROUND_HALF_UP);
}
/** A stated figure as a Decimal; blank stays blank. */
const dec = (v) => v === undefined ? undefined : new decimal_js_1.default(v);
exports.dec = dec;
/** Sum of the figures that are filled in; undefined when none is (blank is not zero). */
function sumOf(values) {
    const filled = values.filter((v) => v !== undefined);
    return filled.length ? filled.reduce((s, v) => s.plus(v), new decimal_js_1.default(0)) : undefined;
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dateSerial = dateSerial;
exports.parseTyped = parseTyped;
exports.parseFormulaInput = parseFormulaInput;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))\s*%$/;
const YMD = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/;
const MDY = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/;
const MD = /^(\d{1,2})[/-](\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const EPOCH = Date.UTC(1899, 11, 30);
/** Excel serial date for a calendar day, or undefined if the day does not exist. */
function dateSerial(year, month, day) {
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return undefined;
    const t = Date.UTC(year, month - 1, day);
    const d = new Date(t);
    if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
        return undefined;
    const serial = (t - EPOCH) / 86400000;
    // Excel counts 1900-02-29, which never was: serials from March 1900 on are one higher than days.
    return serial < 61 ? serial - 1 : serial;
}
function fourDigitYear(y) {
    const n = Number(y);
    if (y.length > 2)
        return n;
    return n < 30 ? 2000 + n : 1900 + n;
}
function parseDate(s, currentYear) {
    let m = YMD.exec(s);
    if (m)
        return dateValue(dateSerial(+m[1], +m[2], +m[3]), "m/d/yyyy");
    m = MDY.exec(s);
    if (m)
        return dateValue(dateSerial(fourDigitYear(m[3]), +m[1], +m[2]), "m/d/yyyy");
    m = MD.exec(s);
    if (m)
        return dateValue(dateSerial(currentYear, +m[1], +m[2]), "d-mmm");
    m = TIME.exec(s);
    if (m && +m[1] < 24 && +m[2] < 60 && +(m[3] ?? 0) < 60) {
        const value = (+m[1] * 3600 + +m[2] * 60 + +(m[3] ?? 0)) / 86400;
        return { kind: "value", value, numberFormat: m[3] ? "h:mm:ss" : "h:mm" };
    }
    return undefined;
}
function dateValue(serial, numberFormat) {
    return serial === undefined ? undefined : { kind: "value", value: serial, numberFormat };
}
function decimalsFormat(digits, base, decimalBase) {
    return digits.includes(".") ? decimalBase : base;
}
function parseNumber(s) {
    if (NUMBER.test(s))
        return { kind: "value", value: Number(s) };
    if (THOUSANDS.test(s)) {
        return {
            kind: "value",
            value: Number(s.replace(/,/g, "")),
            numberFormat: decimalsFormat(s, "#,##0", "#,##0.00"),
        };
    }
    const p = PERCENT.exec(s);
    if (p) {
        return {
            kind: "value",
            value: Number(p[1]) / 100,
            numberFormat: decimalsFormat(p[1], "0%", "0.00%"),
        };
    }
    return undefined;
}
/** Parses a typed string; `numberFormat` is the cell's format at the time of the write. */
function parseTyped(input, numberFormat, currentYear) {
    if (numberFormat === "@")
        return input === "" ? { kind: "blank" } : { kind: "value", value: input };
    if (input === "")
        return { kind: "blank" };
    if (input.startsWith("'"))
        return { kind: "value", value: input.slice(1) };
    const s = input.trim();
    if (input.startsWith("=") && input.length > 1)
        return { kind: "formula", formula: input };
    // Typing +x starts a formula, even +3 (=+3); -5 is a number, -x a formula.
    if (/^\+./.test(input))
        return { kind: "formula", formula: `=${input}` };
    const number = parseNumber(s);
    if (number)
        return number;
    if (/^-./.test(input))
        return { kind: "formula", formula: `=${input}` };
    // "@x" is Lotus notation for =x.
    if (/^@./.test(input))
        return { kind: "formula", formula: `=${input.slice(1)}` };
    const upper = s.toUpperCase();
    if (upper === "TRUE" || upper === "FALSE")
        return { kind: "value", value: upper === "TRUE" };
    return parseDate(s, currentYear) ?? { kind: "value", value: input };
}
/** A string written to Range.formulas: "=..." is a formula, anything else is typed. */
function parseFormulaInput(input, numberFormat, currentYear) {
    return parseTyped(input, numberFormat, currentYear);
}

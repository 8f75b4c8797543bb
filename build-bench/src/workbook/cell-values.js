"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatDecimals = formatDecimals;
exports.normaliseNumberText = normaliseNumberText;
exports.parseNumberText = parseNumberText;
exports.parseCell = parseCell;
const decimal_1 = require("../model/decimal");
const model_map_1 = require("../layout/model-map");
const NUMERIC = new Set(["amount", "count", "year", "rate"]);
/** Decimals a number format fixes: "0.00" → 2, "0%" → 0 (percent), "General" → undefined. */
function formatDecimals(numFmt) {
    if (!numFmt)
        return undefined;
    const section = numFmt
        .split(";")[0]
        .replace(/"[^"]*"/g, "")
        .replace(/\[[^\]]*\]/g, "")
        .replace(/\\./g, "")
        .replace(/_./g, "");
    if (/general|@/i.test(section) || !/[0#?]/.test(section))
        return undefined;
    const dot = section.indexOf(".");
    const decimals = dot < 0 ? 0 : (/^[0#?]*/.exec(section.slice(dot + 1))?.[0].length ?? 0);
    return { decimals, percent: section.includes("%") };
}
const FULL_WIDTH = {
    "．": ".",
    "，": ",",
    "－": "-",
    "−": "-",
    "＋": "+",
    "％": "%",
};
/** Full-width digits and signs to ASCII; all whitespace (incl. NBSP, ideographic space) removed. */
function normaliseNumberText(text) {
    return text
        .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
        .replace(/[．，－−＋％]/g, (c) => FULL_WIDTH[c])
        .replace(/[\s\u00a0\u3000]/g, "");
}
const UNIT_SUFFIX = /(万元|元|人次|人|个|批|次|分|户|年|%)$/;
/** A number written as text: "226.98万元", "２２６.９８", "1,234.5", " 12 ", "71%". */
function parseNumberText(text) {
    let t = normaliseNumberText(text).replace(/^[¥￥]/, "");
    const unit = UNIT_SUFFIX.exec(t)?.[1];
    if (unit)
        t = t.slice(0, -unit.length);
    if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t))
        t = t.replace(/,/g, "");
    if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t))
        return undefined;
    const d = new decimal_1.Decimal(t);
    const decimals = t.includes(".") ? t.length - t.indexOf(".") - 1 : 0;
    return { value: d.toFixed(decimals), percent: unit === "%" };
}
function numberFromCell(v, numFmt) {
    const f = formatDecimals(numFmt);
    if (!f)
        return (0, decimal_1.shortestDecimal)(v);
    // 71% is stored as the fraction 0.71: two more decimals than the percentage shows.
    return (0, decimal_1.withDecimals)(v, f.percent ? f.decimals + 2 : f.decimals);
}
/** Percent text in a rate field: "71%" → "0.71" keeping the stated precision. */
function percentToFraction(value) {
    return new decimal_1.Decimal(value).div(100).toFixed((0, decimal_1.decimalsOf)(value) + 2);
}
const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const SYMBOLS = {
    ">=": "≥",
    "＞＝": "≥",
    "≧": "≥",
    大于等于: "≥",
    不低于: "≥",
    "<=": "≤",
    "＜＝": "≤",
    "≦": "≤",
    小于等于: "≤",
    不高于: "≤",
    "＝": "=",
    等于: "=",
};
const FLAG_TRUE = new Set(["是", "y", "yes", "true", "√", "✓", "1"]);
const FLAG_FALSE = new Set(["否", "n", "no", "false", "×", "0"]);
function parseCell(raw, type, opts = {}) {
    if (raw === null || (typeof raw === "string" && raw.trim() === ""))
        return { kind: "blank" };
    if (typeof raw === "object")
        return { kind: "errorValue", text: raw.error };
    if (NUMERIC.has(type)) {
        if (typeof raw === "number")
            return { kind: "ok", value: numberFromCell(raw, opts.numFmt) };
        const text = String(raw);
        const n = parseNumberText(text);
        if (!n)
            return { kind: "notANumber", text };
        const value = type === "rate" && n.percent ? percentToFraction(n.value) : n.value;
        return { kind: "numberAsText", value, text };
    }
    if (type === "value") {
        if (typeof raw === "number")
            return { kind: "ok", value: numberFromCell(raw, opts.numFmt) };
        const text = String(raw).trim();
        const n = parseNumberText(text);
        // A 定性 target is text by nature; only text that is a number is flagged.
        return n ? { kind: "numberAsText", value: n.value, text } : { kind: "ok", value: text };
    }
    if (type === "date") {
        if (typeof raw === "number") {
            // Excel's dates run from serial 1 (1900-01-01) to 2958465 (9999-12-31); beyond is ####.
            if (raw >= 1 && raw < 2958466)
                return { kind: "ok", value: (0, model_map_1.serialToIsoDate)(raw) };
            return { kind: "invalidDate", text: (0, decimal_1.shortestDecimal)(raw) };
        }
        const text = String(raw).trim();
        const m = DATE_TEXT.exec(normaliseNumberText(text));
        if (!m)
            return { kind: "invalidDate", text };
        const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
        const iso = `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const check = new Date(Date.UTC(y, mo - 1, d));
        if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
            return { kind: "invalidDate", text };
        return { kind: "ok", value: iso };
    }
    if (type === "flag") {
        const t = String(raw).trim().toLowerCase();
        if (raw === true || FLAG_TRUE.has(t))
            return { kind: "ok", value: true };
        if (raw === false || FLAG_FALSE.has(t))
            return { kind: "ok", value: false };
        return { kind: "notInList", text: String(raw) };
    }
    const text = typeof raw === "number" ? (0, decimal_1.shortestDecimal)(raw) : String(raw);
    if (type === "choice" && opts.choices) {
        const t = text.trim();
        const v = SYMBOLS[t] ?? t;
        if (opts.choices.includes(v) || opts.accepts?.includes(v))
            return { kind: "ok", value: v };
        return { kind: "notInList", text };
    }
    return { kind: "ok", value: type === "longtext" ? text : text.trim() };
}

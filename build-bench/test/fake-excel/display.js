"use strict";
/** A small subset of Excel's number formatting, enough for Range.text of template cells. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatDisplay = formatDisplay;
function generalNumber(n) {
    if (Number.isInteger(n) && Math.abs(n) < 1e11)
        return String(n);
    const s = Number(n.toPrecision(10)).toString();
    return s.includes("e") ? n.toExponential(5).toUpperCase() : s;
}
function decimalsOf(section) {
    const m = /\.(0+)/.exec(section);
    return m ? m[1].length : 0;
}
function withThousands(fixed) {
    const [int, frac] = fixed.split(".");
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return frac === undefined ? grouped : `${grouped}.${frac}`;
}
function formatNumber(n, format) {
    const section = format.split(";")[0];
    if (section.includes("%"))
        return `${(n * 100).toFixed(decimalsOf(section))}%`;
    if (/^[#,]*0(\.0+)?$/.test(section)) {
        const fixed = n.toFixed(decimalsOf(section));
        return section.includes(",") ? withThousands(fixed) : fixed;
    }
    return generalNumber(n);
}
function formatDisplay(value, format) {
    if (typeof value === "boolean")
        return value ? "TRUE" : "FALSE";
    if (typeof value === "string")
        return value;
    if (format === "General" || format === "@")
        return generalNumber(value);
    return formatNumber(value, format);
}

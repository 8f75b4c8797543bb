"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_NUMBERS = void 0;
exports.amount = amount;
exports.percentage = percentage;
exports.chineseDate = chineseDate;
exports.chineseNumeral = chineseNumeral;
const decimal_1 = require("../model/decimal");
exports.DEFAULT_NUMBERS = { amounts: "trim", percentDecimals: 0 };
function amount(v, style = exports.DEFAULT_NUMBERS) {
    const d = new decimal_1.Decimal(v);
    return style.amounts === "fixed" ? d.toFixed(2) : d.toFixed();
}
/** A rate (fraction) as a percentage: 1.0200 → "102%". */
function percentage(rate, style = exports.DEFAULT_NUMBERS) {
    return `${rate.times(100).toDecimalPlaces(style.percentDecimals, decimal_1.Decimal.ROUND_HALF_UP).toFixed()}%`;
}
/** 2022-09-27 → 2022年9月27日 */
function chineseDate(iso) {
    const [y, m, d] = iso.split("-").map(Number);
    return `${y}年${m}月${d}日`;
}
const CN_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/** 1 → 一, 11 → 十一: for （一）-style headings. */
function chineseNumeral(n) {
    if (n <= 10)
        return CN_NUMERALS[n - 1];
    if (n < 20)
        return `十${CN_NUMERALS[n - 11]}`;
    return `${CN_NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 ? CN_NUMERALS[(n % 10) - 1] : ""}`;
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.interval = interval;
exports.exact = exact;
exports.sumIntervals = sumIntervals;
exports.overlaps = overlaps;
exports.sum = sum;
exports.sumHolds = sumHolds;
exports.divide = divide;
exports.quantity = quantity;
exports.ratioCheck = ratioCheck;
exports.ratioCheckOf = ratioCheckOf;
exports.exceeds = exceeds;
exports.surelyBelow = surelyBelow;
exports.sameFigure = sameFigure;
exports.atMost = atMost;
exports.decimalsOfAll = decimalsOfAll;
exports.fixed = fixed;
exports.show = show;
exports.percent = percent;
exports.statedPercent = statedPercent;
const decimal_1 = require("../../model/decimal");
function interval(stated) {
    const v = new decimal_1.Decimal(stated);
    const half = new decimal_1.Decimal(10).pow(-(0, decimal_1.decimalsOf)(stated)).div(2);
    return { lo: v.minus(half), hi: v.plus(half) };
}
function exact(v) {
    const d = new decimal_1.Decimal(v);
    return { lo: d, hi: d };
}
function sumIntervals(parts) {
    return parts.reduce((acc, p) => ({ lo: acc.lo.plus(p.lo), hi: acc.hi.plus(p.hi) }), {
        lo: new decimal_1.Decimal(0),
        hi: new decimal_1.Decimal(0),
    });
}
function overlaps(a, b) {
    return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}
/** Sum of stated figures, the exact sum of the values as stated. */
function sum(values) {
    return values.reduce((s, v) => s.plus(v), new decimal_1.Decimal(0));
}
/** Parts (stated, rounded) add up to a stated total. */
function sumHolds(parts, total) {
    return overlaps(sumIntervals(parts.map(interval)), interval(total));
}
/** The interval of a quotient of two non-negative intervals; undefined when the divisor may be 0. */
function divide(n, d) {
    if (d.lo.lte(0))
        return undefined;
    const candidates = [n.lo.div(d.lo), n.lo.div(d.hi), n.hi.div(d.lo), n.hi.div(d.hi)];
    return {
        lo: decimal_1.Decimal.min(...candidates),
        hi: decimal_1.Decimal.max(...candidates),
    };
}
function quantity(stated) {
    return { value: new decimal_1.Decimal(stated), interval: interval(stated) };
}
/** A stated rate (a fraction, e.g. "0.71") against numerator / denominator. */
function ratioCheck(numerator, denominator, statedRate) {
    return ratioCheckOf(quantity(numerator), quantity(denominator), statedRate);
}
/** ratioCheck for figures that may themselves be computed. */
function ratioCheckOf(numerator, denominator, statedRate) {
    if (denominator.value.isZero())
        return { kind: "cannotCompute" };
    const computed = numerator.value.div(denominator.value);
    const q = divide(numerator.interval, denominator.interval);
    if (!q)
        return { kind: "cannotCompute" };
    return overlaps(q, interval(statedRate))
        ? { kind: "holds", computed }
        : { kind: "differs", computed };
}
/**
 * a > b beyond rounding. Intervals that only touch count as exceeding: that happens only for
 * figures of the same decimals one unit apart (0.31 against 0.30), and one true value cannot
 * round to both, so the true a is above the true b under any rounding method.
 */
function exceeds(a, b) {
    return a.lo.gte(b.hi);
}
/** a < share · b beyond rounding (e.g. an execution rate surely below 90 %). */
function surelyBelow(a, b, share) {
    return a.hi.lt(b.lo.times(share));
}
/** The same figure stated twice agrees within its rounding. */
function sameFigure(a, b) {
    return overlaps(interval(a), interval(b));
}
/** a ≤ b allowing for rounding: fails only when a surely exceeds b (see exceeds). */
function atMost(a, b) {
    return !exceeds(interval(a), interval(b));
}
/**
 * Decimals for the figures of one message: the finest of the stated figures compared, so all
 * are written alike ("309.00 万元 + 36.00 万元", never "309 万元 + 36.00").
 */
function decimalsOfAll(stated) {
    return Math.max(0, ...stated.filter((s) => s !== undefined).map(decimal_1.decimalsOf));
}
/** A figure written with exactly `decimals` places, rounded half up. */
function fixed(d, decimals) {
    return new decimal_1.Decimal(d).toFixed(decimals, decimal_1.Decimal.ROUND_HALF_UP);
}
/** A Decimal written plainly with at most `decimals` places, trailing zeros trimmed. */
function show(d, decimals = 2) {
    return d.toDecimalPlaces(decimals, decimal_1.Decimal.ROUND_HALF_UP).toFixed();
}
/** A fraction as a percentage: 0.7119 → "71.2%". */
function percent(d, decimals = 1) {
    return `${d.times(100).toDecimalPlaces(decimals, decimal_1.Decimal.ROUND_HALF_UP).toFixed()}%`;
}
/** A stated rate as written, keeping its decimals: "0.71" → "71%", "0.712" → "71.2%". */
function statedPercent(rate) {
    return percent(new decimal_1.Decimal(rate), Math.max(0, (0, decimal_1.decimalsOf)(rate) - 2));
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.QUANTITATIVE_DIRECTIONS = void 0;
exports.isQuantitative = isQuantitative;
exports.figure = figure;
exports.quantity = quantity;
exports.completionRate = completionRate;
exports.isMet = isMet;
exports.tooLow = tooLow;
exports.indicatorLabel = indicatorLabel;
exports.withUnit = withUnit;
const decimal_1 = require("../../model/decimal");
const relations_1 = require("./relations");
/**
 * 绩效指标 (PRODUCT.md §3, §4 "Indicators"): what a quantitative indicator's figures say,
 * shared by the indicator rules and the scoring engine so that a finding and a score never
 * disagree about whether an indicator was met.
 */
exports.QUANTITATIVE_DIRECTIONS = ["≥", "≤", "="];
/** ≥, ≤ or =: the figures decide. 定性 and a blank direction are not quantitative. */
function isQuantitative(ind) {
    return exports.QUANTITATIVE_DIRECTIONS.includes(ind.direction ?? "");
}
/**
 * The reader has already turned number-like text ("4.5%", "3,821人") into a decimal string,
 * so anything else left in these free-text columns is text a 定性 indicator may hold.
 */
function figure(ind, key) {
    const v = ind[key]?.trim();
    if (v === undefined || v === "")
        return { kind: "blank" };
    if (!decimal_1.DECIMAL_PATTERN.test(v))
        return { kind: "text", text: v };
    return { kind: "number", quantity: { ...(0, relations_1.quantity)(v), stated: v } };
}
/** Target and actual of a quantitative indicator; undefined when either is blank or no number. */
/** Per indicator row: the rules, the score and the report ask for the same figures many times. */
const QUANTITIES = new WeakMap();
const RATES = new WeakMap();
function quantity(ind) {
    if (QUANTITIES.has(ind))
        return QUANTITIES.get(ind);
    const q = computeQuantity(ind);
    QUANTITIES.set(ind, q);
    return q;
}
function computeQuantity(ind) {
    if (!isQuantitative(ind))
        return undefined;
    const target = figure(ind, "target");
    const actual = figure(ind, "actual");
    if (target.kind !== "number" || actual.kind !== "number")
        return undefined;
    return { direction: ind.direction, target: target.quantity, actual: actual.quantity };
}
/** The fraction of a completion rate: ≥ and = actual / target; ≤ target / actual (smaller is better). */
function rateParts(q) {
    return q.direction === "≤" ? { num: q.target, den: q.actual } : { num: q.actual, den: q.target };
}
function completionRate(ind) {
    let rate = RATES.get(ind);
    if (!rate) {
        rate = computeRate(ind);
        RATES.set(ind, rate);
    }
    return rate;
}
function computeRate(ind) {
    if (ind.direction === "定性")
        return { kind: "qualitative" };
    const q = quantity(ind);
    if (!q)
        return { kind: "missing" };
    const { num, den } = rateParts(q);
    if (den.value.lte(0))
        return { kind: "cannotCompute" };
    const range = (0, relations_1.divide)(num.interval, den.interval);
    if (!range)
        return { kind: "cannotCompute" };
    return { kind: "rate", value: num.value.div(den.value), interval: range };
}
/**
 * Met or not by the interval rule, so rounding never fails an indicator: ≥ fails only when the
 * actual is surely below the target, ≤ only when it is surely above, = when the two cannot be
 * the same figure. Touching intervals (3745 against 3746) count as different, as in `exceeds`:
 * one true value cannot round to both. Undefined when the figures do not allow a verdict.
 */
function isMet(ind) {
    const q = quantity(ind);
    if (!q)
        return undefined;
    const t = q.target.interval;
    const a = q.actual.interval;
    switch (q.direction) {
        case "≥":
            return !(0, relations_1.exceeds)(t, a);
        case "≤":
            return !(0, relations_1.exceeds)(a, t);
        case "=":
            return !(0, relations_1.exceeds)(a, t) && !(0, relations_1.exceeds)(t, a);
    }
}
/**
 * The target was set too low: the actual reaches `ratio` × target (≥), or for a ≤ indicator the
 * target reaches `ratio` × actual. The bureau deducts on the figures the unit states, so this is
 * computed exactly on them — never on a rounded rate, which would cry wolf (129.6 % shows as
 * 130 % but is not 130 %) — and a borderline exactly at the ratio counts ("30% or more"). Growth
 * from zero has no rate, so it is never too low; = indicators have no "better".
 */
function tooLow(ind, ratio) {
    const q = quantity(ind);
    if (!q || q.direction === "=")
        return false;
    const { num, den } = rateParts(q);
    if (den.value.lte(0))
        return false;
    return num.value.gte(den.value.times(ratio));
}
/** How the report and the messages name an indicator: its 三级指标, else its row. */
function indicatorLabel(model, i) {
    const name = model.indicators[i]?.level3?.trim();
    return name
        ? { zh: `指标“${name}”`, en: `indicator “${name}”` }
        : { zh: `绩效指标表第 ${i + 1} 行的指标`, en: `the indicator in row ${i + 1}` };
}
/** A figure with its unit, as the report writes it: "4.5%", "3821 人", "4436 万元". */
function withUnit(value, unit) {
    const u = unit?.trim();
    if (!u)
        return value;
    return u === "%" || u === "‰" || u === "％" ? `${value}${u}` : `${value} ${u}`;
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pointsFor = pointsFor;
exports.gradeOf = gradeOf;
exports.score = score;
const decimal_1 = require("../../model/decimal");
const model_map_1 = require("../../layout/model-map");
const relations_1 = require("../core/relations");
const indicator_score_1 = require("./indicator-score");
const expenditure_1 = require("../core/expenditure");
const unit_slips_1 = require("../core/unit-slips");
const ZERO = new decimal_1.Decimal(0);
/** A stated total, else its parts; a budget total without basic expenditure is incomplete, not small. */
function effectiveExpenditure(m, row, col) {
    if (row === "total" && !(0, expenditure_1.effectiveTotal)(m, "basic", col))
        return undefined;
    return (0, expenditure_1.effectiveTotal)(m, row, col)?.value;
}
function threePublicTotal(m, year, measure) {
    const y = m.threePublic[year];
    return ((0, decimal_1.dec)(y.total[measure]) ??
        (0, decimal_1.sumOf)([y.abroad, y.vehiclePurchase, y.vehicleRunning, y.reception].map((i) => i[measure])));
}
function ratio(n, d, missing) {
    const lacking = [
        ...(n === undefined ? [missing[0]] : []),
        ...(d === undefined ? [missing[1]] : []),
    ];
    if (lacking.length)
        return { missing: lacking };
    if (d.isZero())
        return { missing: [`${missing[1]}为0，无法计算`] };
    return { rate: n.div(d) };
}
/** The rate each computed indicator is scored on. */
function measure(id, m, profile) {
    const x = m.expenditure.execution;
    switch (id) {
        case "staffControl": {
            const s = m.profile.staffing;
            const staff = (0, decimal_1.dec)(s.total) ?? (0, decimal_1.sumOf)([s.administrative, s.politicalLegal, s.institutional, s.worker]);
            return ratio((0, decimal_1.dec)(m.profile.people.active), staff, ["在职人数", "编制数"]);
        }
        case "threePublicChange": {
            const base = profile.threePublicBase;
            const label = base === "budget" ? "预算" : "实际";
            const cur = threePublicTotal(m, "current", base);
            const prev = threePublicTotal(m, "previous", base);
            if (cur !== undefined && prev !== undefined && prev.isZero()) {
                return cur.isZero()
                    ? { rate: ZERO }
                    : { missing: [`上年三公经费${label}为0，变动率无法计算`] };
            }
            const r = ratio(cur, prev, [`本年三公经费${label}`, `上年三公经费${label}`]);
            return "rate" in r ? { rate: r.rate.minus(1) } : r;
        }
        case "keySpending": {
            if (m.projects.length === 0)
                return { missing: ["项目支出（项目表为空）"] };
            if (m.projects.every((p) => p.key === undefined))
                return { missing: ["项目的“重点项目”标记"] };
            const all = (0, decimal_1.sumOf)(m.projects.map((p) => p.actual));
            const key = (0, decimal_1.sumOf)(m.projects.filter((p) => p.key).map((p) => p.actual)) ?? ZERO;
            return ratio(key, all, ["重点项目支出", "项目实际支出"]);
        }
        case "execution":
            return ratio(effectiveExpenditure(m, "total", "actual"), effectiveExpenditure(m, "total", "budgetAdjusted"), ["实际支出", "全年预算（含基本支出）"]);
        case "adjustment":
            return ratio((0, decimal_1.dec)(x.additions), effectiveExpenditure(m, "total", "budgetInitial"), [
                "本年追加/调整预算",
                "年初预算（含基本支出）",
            ]);
        case "threePublicControl": {
            const actual = threePublicTotal(m, "current", "actual");
            const budget = threePublicTotal(m, "current", "budget");
            if (budget?.isZero() && actual?.isZero())
                return { fixed: new decimal_1.Decimal(-1), note: "三公经费预算、实际均为0" };
            return ratio(actual, budget, ["本年三公经费实际", "本年三公经费预算"]);
        }
        case "procurement": {
            const actual = (0, decimal_1.dec)(x.procurementActual);
            const budget = (0, decimal_1.dec)(x.procurementBudget);
            if (budget?.isZero() && (actual === undefined || actual.isZero()))
                return { fixed: new decimal_1.Decimal(-1), note: "无政府采购预算" };
            return ratio(actual, budget, ["政府采购实际", "政府采购预算"]);
        }
        default:
            return { missing: [`未知的计算指标 ${id}`] };
    }
}
const pct = (r) => r.times(100);
/** Points for a measured rate by the indicator's method, floored at 0 and capped at its points. */
function pointsFor(method, points, rate) {
    let p;
    switch (method.kind) {
        case "penaltyAbove":
            p = points.minus(decimal_1.Decimal.max(ZERO, pct(rate).minus(pct(new decimal_1.Decimal(method.threshold)))).times(method.perPoint));
            break;
        case "penaltyBelow":
            p = points.minus(decimal_1.Decimal.max(ZERO, pct(new decimal_1.Decimal(method.threshold)).minus(pct(rate))).times(method.perPoint));
            break;
        case "bandsAtLeast":
            p = new decimal_1.Decimal(method.bands.find((b) => rate.gte(b.min))?.points ?? 0);
            break;
        case "bandsAtMost":
            p = new decimal_1.Decimal(method.bands.find((b) => rate.lte(b.max))?.points ?? method.otherwise);
            break;
        case "proportional":
            p = points.times(decimal_1.Decimal.min(rate, 1));
            break;
        default:
            throw new Error(`method ${method.kind} is not scored from a rate`);
    }
    return decimal_1.Decimal.min(points, decimal_1.Decimal.max(ZERO, p));
}
/** Model paths of the stated figures a computed indicator reads (as `measure` reads them). */
function figuresRead(id, m, profile) {
    const totals = (...cols) => cols.flatMap((c) => [
        ...((0, expenditure_1.effectiveTotal)(m, "total", c)?.figures ?? []),
        ...((0, expenditure_1.effectiveTotal)(m, "basic", c)?.figures ?? []),
    ]);
    const threePublic = (years, measures) => years.flatMap((y) => ["abroad", "vehiclePurchase", "vehicleRunning", "reception", "total"].flatMap((k) => measures.map((x) => `threePublic.${y}.${k}.${x}`)));
    switch (id) {
        case "threePublicChange":
            return threePublic(["current", "previous"], [profile.threePublicBase]);
        case "threePublicControl":
            return threePublic(["current"], ["budget", "actual"]);
        case "keySpending":
            return m.projects.map((_, i) => `projects.${i}.actual`);
        case "execution":
            return totals("actual", "budgetAdjusted").map((f) => f.path);
        case "adjustment":
            return ["expenditure.execution.additions", ...totals("budgetInitial").map((f) => f.path)];
        case "procurement":
            return ["expenditure.execution.procurementBudget", "expenditure.execution.procurementActual"];
        default:
            return [];
    }
}
/**
 * Scoring never awards points from a figure typed in 元 (amount-in-yuan reports it as an
 * error): the indicator stays unscored until the figure is fixed, and says which figure.
 */
function slipped(id, m, profile) {
    const slips = (0, unit_slips_1.slipPaths)(m);
    if (slips.size === 0)
        return [];
    return [...new Set(figuresRead(id, m, profile).filter((p) => slips.has(p)))].map((p) => (0, expenditure_1.amountLabel)(m, p).zh);
}
function scoreComputed(ind, m, profile) {
    const base = { id: ind.id, level1: ind.level1, name: ind.name, points: new decimal_1.Decimal(ind.points) };
    const slips = slipped(ind.id, m, profile);
    if (slips.length) {
        const what = slips.map((l) => `${l}（疑为按元填写，应改按万元）`);
        return { ...base, note: `不计分：${what.join("、")}`, missing: what };
    }
    if (ind.method.kind === "carryover") {
        const end = (0, decimal_1.dec)(m.expenditure.execution.carryoverEnd);
        const prior = (0, decimal_1.dec)(m.expenditure.execution.carryoverPrior);
        const method = ind.method;
        if (end === undefined)
            return { ...base, note: "缺少：年末结转结余", missing: ["年末结转结余"] };
        if (end.isZero())
            return { ...base, earned: new decimal_1.Decimal(method.none), note: "无年末结转结余", missing: [] };
        if (prior === undefined)
            return { ...base, note: "缺少：上年结转", missing: ["上年结转"] };
        const earned = new decimal_1.Decimal(end.lte(prior) ? method.withinPrior : method.otherwise);
        return {
            ...base,
            earned: decimal_1.Decimal.min(earned, base.points),
            note: `年末结转结余${(0, relations_1.show)(end)}万元，上年结转${(0, relations_1.show)(prior)}万元`,
            missing: [],
        };
    }
    const r = measure(ind.id, m, profile);
    if ("missing" in r)
        return { ...base, note: `缺少：${r.missing.join("、")}`, missing: r.missing };
    if ("fixed" in r)
        return { ...base, earned: base.points, note: r.note, missing: [] };
    const earned = pointsFor(ind.method, base.points, r.rate);
    return { ...base, earned, rate: r.rate, note: (0, relations_1.percent)(r.rate, 2), missing: [] };
}
function scoreAssessed(ind, m) {
    const base = { id: ind.id, level1: ind.level1, name: ind.name, points: new decimal_1.Decimal(ind.points) };
    const v = (0, model_map_1.getPath)(m, ind.method.path);
    if (typeof v !== "string")
        return { ...base, note: "缺少：单位自评得分", missing: [`${ind.name}的自评得分`] };
    const given = new decimal_1.Decimal(v);
    const earned = decimal_1.Decimal.min(base.points, decimal_1.Decimal.max(ZERO, given));
    const note = earned.eq(given)
        ? "单位自评"
        : `单位自评${(0, relations_1.show)(given)}分，按0至${(0, relations_1.show)(base.points)}分计`;
    return { ...base, earned, note, missing: [] };
}
/** 绩效指标 rows of a group, each weighted by its 分值 (blank: the average), scaled to the group. */
function scoreIndicators(ind, m, profile) {
    const base = { id: ind.id, level1: ind.level1, name: ind.name, points: new decimal_1.Decimal(ind.points) };
    const rows = m.indicators.filter((i) => i.level1 !== undefined && ind.method.level1.includes(i.level1));
    if (rows.length === 0) {
        const what = `${ind.method.level1.join("、")}（绩效指标表中没有此类指标）`;
        return { ...base, note: `缺少：${what}`, missing: [what] };
    }
    const given = rows
        .map((r) => (0, decimal_1.dec)(r.points))
        .filter((p) => p !== undefined && p.gt(0));
    const fallback = given.length
        ? given.reduce((a, b) => a.plus(b), ZERO).div(given.length)
        : new decimal_1.Decimal(1);
    const weights = rows.map((r) => ((0, decimal_1.dec)(r.points)?.gt(0) ? (0, decimal_1.dec)(r.points) : fallback));
    const scale = base.points.div(weights.reduce((a, b) => a.plus(b), ZERO));
    let earned = ZERO;
    const missing = [];
    let deducted = 0;
    const perRow = [];
    rows.forEach((r, i) => {
        const f = (0, indicator_score_1.indicatorFraction)(r, profile);
        const index = m.indicators.indexOf(r);
        const name = r.level3 ?? `第${index + 1}个指标`;
        const rowPoints = weights[i].times(scale);
        if (f.kind === "missing") {
            missing.push(`${name}的${f.what}`);
            perRow.push({ index, points: rowPoints });
            return;
        }
        let p = rowPoints.times(f.fraction);
        if (f.tooLow) {
            p = decimal_1.Decimal.max(ZERO, p.minus(profile.deductions.targetTooLow.points));
            deducted++;
        }
        perRow.push({ index, points: rowPoints, earned: p });
        earned = earned.plus(p);
    });
    if (missing.length)
        return { ...base, note: `缺少：${missing.join("、")}`, missing, rows: perRow };
    const note = `${rows.length}个指标${deducted ? `，其中${deducted}个目标值偏低各扣${profile.deductions.targetTooLow.points}分` : ""}`;
    return { ...base, earned: decimal_1.Decimal.min(base.points, earned), note, missing: [], rows: perRow };
}
function gradeOf(score, profile) {
    const bands = [...profile.grades].sort((a, b) => b.min - a.min);
    return (bands.find((b) => score.gte(b.min)) ?? bands[bands.length - 1]).grade;
}
function score(m, profile) {
    const indicators = profile.indicators.map((ind) => {
        if (ind.method.kind === "assessed")
            return scoreAssessed(ind, m);
        if (ind.method.kind === "indicators")
            return scoreIndicators(ind, m, profile);
        return scoreComputed(ind, m, profile);
    });
    const levels = [...new Set(indicators.map((i) => i.level1))].map((level1) => {
        const list = indicators.filter((i) => i.level1 === level1);
        return {
            level1,
            points: list.reduce((s, i) => s.plus(i.points), ZERO),
            earned: list.reduce((s, i) => s.plus(i.earned ?? ZERO), ZERO),
            complete: list.every((i) => i.earned !== undefined),
        };
    });
    const earned = indicators.reduce((s, i) => s.plus(i.earned ?? ZERO), ZERO);
    const missing = indicators.flatMap((i) => i.missing.map((w) => `${i.name}：${w}`));
    const complete = missing.length === 0;
    const exec = measure("execution", m, profile);
    let cap;
    if (profile.deductions.executionCaps.enabled &&
        "rate" in exec &&
        slipped("execution", m, profile).length === 0) {
        const band = profile.deductions.executionCaps.bands.find((b) => exec.rate.gte(b.atLeast) && exec.rate.lt(b.below));
        if (band)
            cap = { cap: band.cap, rate: exec.rate };
    }
    const capped = cap ? decimal_1.Decimal.min(earned, cap.cap) : earned;
    return {
        indicators,
        levels,
        earned,
        cap,
        complete,
        total: complete ? capped : undefined,
        grade: complete ? gradeOf(capped, profile) : undefined,
        missing,
    };
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const decimal_1 = require("../model/decimal");
const rule_1 = require("./core/rule");
const helpers_1 = require("./core/helpers");
const relations_1 = require("./core/relations");
const indicators_1 = require("./core/indicators");
/**
 * The bureaus' own systems deduct points when an actual beats its target by 30 % or more: the
 * target was set too low (PRODUCT.md §4 deductions; seed: 2300→4405, 360→2366, 250→628,
 * 4436→19179). Warned here so the preparer sees it before the bureau does.
 */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "indicator-target-too-low",
        category: "indicator",
        severity: "warning",
        description: "When the scoring profile's targetTooLow deduction is on: an actual at or beyond ratio × target (≥ indicators; for ≤ indicators a target at or beyond ratio × actual) means the target was set too low, and the bureau deducts points. Computed on the figures as stated; a rate exactly at the ratio counts.",
        messages: {
            tooLow: {
                zh: "{{indicator}}目标值 {{target}}，实际完成 {{actual}}，完成率 {{rate}}，达到或超过 {{threshold}}，说明目标值定得偏低。按评分方案，财政局将对该指标扣 {{points}} 分。请核对目标值是否按年初申报填写；如确系超额完成，请在“偏差原因”栏说明。",
                en: "{{indicatorEn}}: target {{target}}, actual {{actual}}, completion {{rate}}, at or above {{threshold}}, so the target was set too low; the bureau deducts {{points}} points. Check the target against the one planned; if it was truly exceeded, explain in 偏差原因.",
            },
            tooLoose: {
                zh: "{{indicator}}越小越好（≤），目标值 {{target}}，实际为 {{actual}}，完成率（目标值 ÷ 实际值）{{rate}}，达到或超过 {{threshold}}，实际远好于目标，说明目标值定得过于宽松。按评分方案，财政局将对该指标扣 {{points}} 分。请核对目标值是否按年初申报填写；如确系远超目标，请在“偏差原因”栏说明。",
                en: "{{indicatorEn}} (≤, smaller is better): target {{target}}, actual {{actual}}, completion (target / actual) {{rate}}, at or above {{threshold}}: far better than the target, so the target was set too loose; the bureau deducts {{points}} points. Check the target; if it was truly beaten, explain in 偏差原因.",
            },
        },
    },
    check({ model, profile, at, report }) {
        const deduction = profile.deductions.targetTooLow;
        if (!deduction.enabled)
            return;
        const threshold = (0, relations_1.percent)(new decimal_1.Decimal(deduction.ratio));
        model.indicators.forEach((ind, i) => {
            const q = (0, indicators_1.quantity)(ind);
            const rate = (0, indicators_1.completionRate)(ind);
            if (!q || rate.kind !== "rate" || !(0, indicators_1.tooLow)(ind, deduction.ratio))
                return;
            const label = (0, indicators_1.indicatorLabel)(model, i);
            const computed = (0, relations_1.percent)(rate.value);
            report({
                messageId: q.direction === "≤" ? "tooLoose" : "tooLow",
                data: {
                    indicator: label.zh,
                    indicatorEn: (0, helpers_1.capitalized)(label.en),
                    target: (0, indicators_1.withUnit)(q.target.stated, ind.unit),
                    actual: (0, indicators_1.withUnit)(q.actual.stated, ind.unit),
                    rate: computed,
                    threshold,
                    points: deduction.points,
                },
                cells: [at(`indicators.${i}.target`), at(`indicators.${i}.actual`)],
                expected: `< ${threshold}`,
                actual: computed,
            });
        });
    },
});

import { Decimal } from "../model/decimal";
import { figuresOf } from "./core/figures";
import { defineRule } from "./core/rule";
import { capitalized } from "./core/helpers";
import { percent } from "./core/relations";
import { indicatorLabel, withUnit } from "./core/indicators";

/**
 * The bureaus' own systems deduct points when an actual beats its target by 30 % or more: the
 * target was set too low (PRODUCT.md §4 deductions; seed: 2300→4405, 360→2366, 250→628,
 * 4436→19179). Warned here so the preparer sees it before the bureau does.
 */
export default defineRule({
  meta: {
    id: "indicator-target-too-low",
    category: "indicator",
    severity: "warning",
    description:
      "When the scoring profile's targetTooLow deduction is on: an actual at or beyond ratio × target (≥ indicators; for ≤ indicators a target at or beyond ratio × actual) means the target was set too low, and the bureau deducts points. Computed on the figures as stated; a rate exactly at the ratio counts.",
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
    if (!deduction.enabled) return;
    const threshold = percent(new Decimal(deduction.ratio));
    const derived = figuresOf(model).indicators;
    model.indicators.forEach((ind, i) => {
      const row = derived[i];
      const { quantity: q, rate } = row;
      if (!q || rate.kind !== "rate" || !row.tooLow(deduction.ratio)) return;
      const label = indicatorLabel(model, i);
      const computed = rate.percent();
      report({
        messageId: q.direction === "≤" ? "tooLoose" : "tooLow",
        data: {
          indicator: label.zh,
          indicatorEn: capitalized(label.en),
          target: withUnit(q.target.stated, ind.unit),
          actual: withUnit(q.actual.stated, ind.unit),
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

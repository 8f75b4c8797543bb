import { figuresOf } from "./core/figures";
import { defineRule } from "./core/rule";
import { capitalized } from "./core/helpers";
import { indicatorLabel, withUnit } from "./core/indicators";

/**
 * An indicator not met needs a 偏差原因 (PRODUCT.md §4 deductions): the bureau asks for it, and
 * the report's 存在问题 draws on it. Met is judged by the interval rule, so a figure that only
 * rounds below its target is not called a failure (seed: 城镇登记失业率 ≤ 4.5, actual 4.3, met).
 */
export default defineRule({
  meta: {
    id: "indicator-not-met",
    category: "indicator",
    severity: "warning",
    description:
      "An indicator not met — ≥: actual surely below the target; ≤: actual surely above it; =: not the same figure, all by the interval rule — has its 偏差原因 (reason for deviation) filled in.",
    blanks:
      "An indicator with a blank target or actual is neither met nor missed: indicator-values reports the blank.",
    messages: {
      reasonMissing: {
        zh: "{{indicator}}未完成目标：目标 {{direction}} {{target}}，实际为 {{actual}}。请在“偏差原因”栏说明未完成的原因。",
        en: "{{indicatorEn}} was not met: target {{direction}} {{target}}, actual {{actual}}. Give the reason in the 偏差原因 (reason for deviation) column.",
      },
    },
  },
  check({ model, at, report }) {
    const derived = figuresOf(model).indicators;
    model.indicators.forEach((ind, i) => {
      const { quantity: q, met } = derived[i];
      if (!q || met !== false || ind.deviationReason?.trim()) return;
      const label = indicatorLabel(model, i);
      const target = withUnit(q.target.stated, ind.unit);
      const actual = withUnit(q.actual.stated, ind.unit);
      report({
        messageId: "reasonMissing",
        data: {
          indicator: label.zh,
          indicatorEn: capitalized(label.en),
          direction: q.direction,
          target,
          actual,
        },
        cells: [
          at(`indicators.${i}.deviationReason`),
          at(`indicators.${i}.target`),
          at(`indicators.${i}.actual`),
        ],
        expected: `${q.direction} ${target}`,
        actual,
      });
    });
  },
});

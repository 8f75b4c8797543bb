import { figuresOf } from "./core/figures";
import { defineRule } from "./core/rule";
import { capitalized } from "./core/helpers";
import { statedPercent } from "./core/relations";
import { indicatorLabel, withUnit } from "./core/indicators";

/**
 * The completion rate the report states against the figures (seed: 3821 / 3746 = 102.0 %, stated
 * 102 %). ≥ and =: actual / target; ≤: target / actual, since smaller is better there.
 */
export default defineRule({
  meta: {
    id: "indicator-rate",
    category: "indicator",
    severity: "error",
    description:
      "A stated completion rate matches the figures by the interval rule: actual / target for ≥ and = indicators, target / actual for ≤ indicators. A zero denominator cannot be computed (growth from zero is never 100 %).",
    blanks:
      "A blank target or actual gives no rate: a stated rate beside it is not judged (indicator-values reports the blank figure).",
    messages: {
      differs: {
        zh: "{{indicator}}填报完成率 {{stated}}，但实际值 {{actual}} ÷ 目标值 {{target}} = {{computed}}，两者不符。请核对完成率、目标值和实际值。",
        en: "{{indicatorEn}}: the stated completion rate {{stated}} does not match actual {{actual}} / target {{target}} = {{computed}}.",
      },
      differsAtMost: {
        zh: "{{indicator}}填报完成率 {{stated}}；该指标越小越好（≤），完成率应为目标值 {{target}} ÷ 实际值 {{actual}} = {{computed}}，两者不符。请核对完成率、目标值和实际值。",
        en: "{{indicatorEn}}: the stated completion rate {{stated}} does not match target {{target}} / actual {{actual}} = {{computed}} (a ≤ indicator: smaller is better).",
      },
      cannotCompute: {
        zh: "{{indicator}}目标值为 {{target}}，无法计算完成率（从零起步的增长不能算作 100%），填报的完成率 {{stated}} 无从核对。请核对目标值，或不填完成率。",
        en: "{{indicatorEn}}: the target is {{target}}, so no completion rate can be computed (growth from zero is never 100 %); the stated {{stated}} cannot be checked.",
      },
      cannotComputeAtMost: {
        zh: "{{indicator}}越小越好（≤），实际值为 {{actual}}，按目标值 ÷ 实际值无法计算完成率，填报的完成率 {{stated}} 无从核对。",
        en: "{{indicatorEn}}: a ≤ indicator with actual {{actual}}, so target / actual cannot be computed; the stated {{stated}} cannot be checked.",
      },
    },
  },
  check({ model, at, report }) {
    const derived = figuresOf(model).indicators;
    model.indicators.forEach((ind, i) => {
      const stated = ind.statedRate;
      const { quantity: q, rate } = derived[i];
      // Without both figures there is nothing to compute; indicator-values says what is missing.
      if (stated === undefined || !q) return;
      // Most rows agree: the message's figures are written only for a row that is reported.
      const differs = rate.kind === "rate" && !rate.agrees(stated);
      if (rate.kind !== "cannotCompute" && !differs) return;
      const label = indicatorLabel(model, i);
      const atMost = q.direction === "≤";
      const data = {
        indicator: label.zh,
        indicatorEn: capitalized(label.en),
        stated: statedPercent(stated),
        target: withUnit(q.target.stated, ind.unit),
        actual: withUnit(q.actual.stated, ind.unit),
      };
      const cells = [
        at(`indicators.${i}.statedRate`),
        at(`indicators.${i}.target`),
        at(`indicators.${i}.actual`),
      ];
      if (rate.kind === "cannotCompute") {
        report({
          messageId: atMost ? "cannotComputeAtMost" : "cannotCompute",
          severity: "info",
          data,
          cells,
        });
        return;
      }
      if (rate.kind !== "rate") return;
      const computed = rate.percent();
      report({
        messageId: atMost ? "differsAtMost" : "differs",
        data: { ...data, computed },
        cells,
        expected: computed,
        actual: data.stated,
      });
    });
  },
});

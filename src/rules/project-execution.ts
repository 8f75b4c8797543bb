import { Decimal } from "../model/decimal";
import { defineRule } from "./core/rule";
import { decimalsOfAll, exceeds, fixed, interval, percent, surelyBelow } from "./core/relations";
import { COLUMN_LABEL, capitalized } from "./core/helpers";
import { projectLabel } from "./core/expenditure";

/** Each project's execution: 实际支出 against 全年预算 (年初预算 when no adjusted budget is given). */
export default defineRule({
  meta: {
    id: "project-execution",
    category: "consistency",
    severity: "warning",
    description:
      "A project's 实际支出 against its 全年预算 (else 年初预算): above 100 % it was overspent; below 90 % the 实施成效 or 资金用途 should say why.",
    blanks: "A project without 实际支出, or without both budgets, is not rated.",
    messages: {
      overspent: {
        zh: "{{project}}实际支出 {{actual}} 万元超出{{budgetLabel}} {{budget}} 万元（执行率 {{rate}}）。请核对实际支出和预算，或补充预算调整情况。",
        en: "{{projectEn}}: actual {{actual}} exceeds the {{budgetLabelEn}} {{budget}} (execution {{rate}}). Check both figures or record the budget adjustment.",
      },
      reasonMissing: {
        zh: "{{project}}执行率为 {{rate}}（实际支出 {{actual}} 万元 ÷ {{budgetLabel}} {{budget}} 万元），低于 90%，请在“实施成效”或“资金用途”中说明原因。",
        en: "{{projectEn}}: execution is {{rate}} (actual {{actual}} / {{budgetLabelEn}} {{budget}}), below 90 %; explain why under Results or Use of funds.",
      },
      cannotCompute: {
        zh: "{{project}}{{budgetLabel}}为 0，但实际支出 {{actual}} 万元，无法计算执行率。请核对预算是否漏填。",
        en: "{{projectEn}}: the {{budgetLabelEn}} is 0 but {{actual}} was spent, so the execution rate cannot be computed. Check the budget.",
      },
    },
  },
  check({ model, at, report }) {
    model.projects.forEach((p, i) => {
      const col = p.budgetAdjusted !== undefined ? "budgetAdjusted" : "budgetInitial";
      const budget = p[col];
      if (budget === undefined || p.actual === undefined || new Decimal(budget).isNegative())
        return;
      const label = projectLabel(model, i);
      const data = {
        project: label.zh,
        projectEn: capitalized(label.en),
        budgetLabel: COLUMN_LABEL[col].zh,
        budgetLabelEn: COLUMN_LABEL[col].en,
        // Both figures written alike: "8.00 … 7.50", never "8 … 7.50".
        budget: fixed(budget, decimalsOfAll([budget, p.actual])),
        actual: fixed(p.actual, decimalsOfAll([budget, p.actual])),
      };
      const cells = [at(`projects.${i}.actual`), at(`projects.${i}.${col}`)];
      if (new Decimal(budget).isZero()) {
        if (new Decimal(p.actual).gt(0))
          report({ messageId: "cannotCompute", severity: "info", data, cells });
        return;
      }
      const rate = percent(new Decimal(p.actual).div(budget));
      if (exceeds(interval(p.actual), interval(budget))) {
        report({
          messageId: "overspent",
          data: { ...data, rate },
          cells,
          expected: "≤ 100%",
          actual: rate,
        });
      } else if (
        surelyBelow(interval(p.actual), interval(budget), "0.9") &&
        !p.result?.trim() &&
        !p.purpose?.trim()
      ) {
        report({
          messageId: "reasonMissing",
          data: { ...data, rate },
          cells: [at(`projects.${i}.result`), ...cells],
          expected: "≥ 90%",
          actual: rate,
        });
      }
    });
  },
});

import { defineRule } from "./core/rule";
import { decimalsOfAll, exceeds, fixed, percent, surelyBelow } from "./core/relations";
import { effectiveTotal, rateTotal } from "./core/expenditure";

/** 预算执行率 = 支出总计（实际）/ 支出总计（全年预算）, read as the scoring reads it. */
export default defineRule({
  meta: {
    id: "budget-execution",
    category: "consistency",
    severity: "warning",
    description:
      "预算执行率 = 实际支出 / 全年预算 of total expenditure: above 100 % the budget was overspent; below 90 % a reason is required. Computed on the stated 支出总计 where the unit gives only totals (no 基本/项目 split); a budget computed from its parts needs 基本支出, since projects alone are incomplete.",
    blanks:
      "No rate from a blank: without a 全年预算 (stated or from its parts, with 基本支出's known) or an 实际支出 the rate is not computed, and the scoring says which figure is missing.",
    messages: {
      overspent: {
        zh: "预算执行率为 {{rate}}：支出总计实际支出 {{actual}} 万元超出全年预算 {{budget}} 万元。超出全年预算的支出应有预算调整依据，请核对实际支出和全年预算。",
        en: "Budget execution is {{rate}}: actual expenditure {{actual}} exceeds the adjusted budget {{budget}}. Spending beyond the budget needs an adjustment; check both figures.",
      },
      reasonMissing: {
        zh: "预算执行率为 {{rate}}（实际支出 {{actual}} 万元 ÷ 全年预算 {{budget}} 万元），低于 90%，请在“预算执行率低于90%的原因”中说明原因。",
        en: "Budget execution is {{rate}} (actual {{actual}} / adjusted budget {{budget}}), below 90 %; give the reason in “Reason for execution below 90%”.",
      },
      cannotCompute: {
        zh: "全年预算为 0，无法计算预算执行率（实际支出 {{actual}} 万元）。请核对全年预算是否漏填。",
        en: "The adjusted budget is 0, so the execution rate cannot be computed (actual {{actual}}). Check the budget.",
      },
    },
  },
  check({ model, at, report }) {
    const budget = rateTotal(model, "budgetAdjusted");
    const actual = effectiveTotal(model, "total", "actual");
    if (!budget || !actual || budget.suspect || actual.suspect || budget.value.isNegative()) return;
    const cells = [...actual.figures, ...budget.figures].map((f) => at(f.path));
    const dp = decimalsOfAll([...actual.figures, ...budget.figures].map((f) => f.value));
    const data = { actual: fixed(actual.value, dp), budget: fixed(budget.value, dp) };
    if (budget.value.isZero()) {
      report({ messageId: "cannotCompute", severity: "info", data, cells });
      return;
    }
    const rate = percent(actual.value.div(budget.value));
    if (exceeds(actual.interval, budget.interval)) {
      report({
        messageId: "overspent",
        data: { ...data, rate },
        cells,
        expected: "≤ 100%",
        actual: rate,
      });
    } else if (
      surelyBelow(actual.interval, budget.interval, "0.9") &&
      !model.expenditure.execution.executionReason?.trim()
    ) {
      report({
        messageId: "reasonMissing",
        data: { ...data, rate },
        cells: [at("expenditure.execution.executionReason"), ...cells],
        expected: "≥ 90%",
        actual: rate,
      });
    }
  },
});

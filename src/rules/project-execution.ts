import { Decimal } from "../model/decimal";
import { defineRule } from "./core/rule";
import { decimalsOfAll, exceeds, fixed, interval, percent, surelyBelow } from "./core/relations";
import { COLUMN_LABEL, capitalized } from "./core/helpers";
import { projectLabel } from "./core/expenditure";
import type { Evaluation } from "../model/evaluation";

/** What a sentence must name to speak of the execution: the rate, money carried, not paid. */
const EXECUTION = /执行率|执行进度|支出进度|结转|结余|未支付|未拨付|未执行|未使用|未完成支付/;
/** …and a cause. */
const CAUSE = /因|跨年度|由于|原因|导致|致使|受.{0,12}影响|尚未|延期|推迟|滞后|未能|暂缓|未到位/;

/**
 * A low execution rate is explained only by a sentence that names the execution and a cause
 * ("因项目验收延期，资金结转下年使用"), not by any text at all (issue 25 item 6).
 */
export function explainsLowExecution(texts: (string | undefined)[]): boolean {
  return texts.some((t) =>
    (t ?? "").split(/[。；;！!？?\n]/).some((s) => EXECUTION.test(s) && CAUSE.test(s))
  );
}

/** The 文字材料 sentences a reason may stand in: 部门整体支出管理, 工作成效, 存在问题. */
function narrativeTexts(model: Evaluation): (string | undefined)[] {
  const n = model.narrative;
  return [n.management, n.goalCompletion, ...n.achievements.map((a) => a.text), ...n.problems];
}

/** Each project's execution: 实际支出 against 全年预算 (年初预算 when no adjusted budget is given). */
export default defineRule({
  meta: {
    id: "project-execution",
    category: "consistency",
    severity: "warning",
    description:
      "A project's 实际支出 against its 全年预算 (else 年初预算): above 100 % it was overspent; below 90 % a reason is needed. Only a reason counts (issue 25 item 6): a sentence of the project's 实施成效 or 资金用途, or of the 文字材料, that names the execution (执行率, 结转, 结余, 未支付, 支出进度 …) and gives a cause (因, 由于, 原因, 导致, 受…影响, 尚未, 延期 …); an explanation written beside this finding on 校验结果 also answers it. Any other text (“项目按计划实施，效果良好”) does not.",
    blanks: "A project without 实际支出, or without both budgets, is not rated.",
    messages: {
      overspent: {
        zh: "{{project}}实际支出 {{actual}} 万元超出{{budgetLabel}} {{budget}} 万元（执行率 {{rate}}）。请核对实际支出和预算，或补充预算调整情况。",
        en: "{{projectEn}}: actual {{actual}} exceeds the {{budgetLabelEn}} {{budget}} (execution {{rate}}). Check both figures or record the budget adjustment.",
      },
      reasonMissing: {
        zh: "{{project}}执行率为 {{rate}}（实际支出 {{actual}} 万元 ÷ {{budgetLabel}} {{budget}} 万元），低于 90%，请在“实施成效”或“资金用途”中说明原因（写明执行率低或资金结转的原因，如“因……未支付，资金结转下年”），或在校验结果的“说明”栏说明。",
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
        !explainsLowExecution([p.result, p.purpose, ...narrativeTexts(model)])
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

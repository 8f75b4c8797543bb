import { Decimal, decimalsOf } from "../model/decimal";
import { defineRule } from "./core/rule";
import { divide, interval, overlaps, percent, statedPercent } from "./core/relations";
import { COLUMN_LABEL, capitalized } from "./core/helpers";
import { projectLabel } from "./core/labels";
import { reportUnverifiable, UNVERIFIABLE_MESSAGE } from "./core/blanks";
import { statedRateInterval } from "./core/year-on-year";

/**
 * A project's 执行率 as the report states it (template 1.5, “项目执行率96.5%”) against 实际支出 ÷
 * 全年预算 (年初预算 where no adjusted budget is given, as project-execution and the 执行率 column
 * take it).
 */
export default defineRule({
  meta: {
    id: "project-stated-rate",
    category: "ratio",
    severity: "error",
    description:
      "A project's stated 执行率 matches 实际支出 ÷ 全年预算 (else 年初预算) at the precision stated: either the rounding or the truncation of the computed rate, by the interval rule.",
    blanks:
      "A stated rate beside a blank 实际支出 or budget cannot be checked: one info finding at the blank. A budget of 0 gives no rate: a rate stated on it is an error.",
    messages: {
      differs: {
        zh: "{{project}}执行率填报 {{stated}}，按实际支出 {{actual}} 万元 ÷ {{budgetLabel}} {{budget}} 万元计算为 {{computed}}。",
        en: "{{projectEn}}: the execution rate is stated as {{stated}}, but actual {{actual}} / {{budgetLabelEn}} {{budget}} gives {{computed}}.",
      },
      cannotCompute: {
        zh: "{{project}}{{budgetLabel}}为 0，无法计算执行率，但填报了 {{stated}}。",
        en: "{{projectEn}}: the {{budgetLabelEn}} is 0, so no execution rate can be computed, yet {{stated}} is stated.",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
    },
  },
  check(ctx) {
    ctx.model.projects.forEach((p, i) => {
      if (p.statedRate === undefined) return;
      const col = p.budgetAdjusted !== undefined ? "budgetAdjusted" : "budgetInitial";
      const budget = p[col];
      const path = (k: string) => `projects.${i}.${k}`;
      const label = projectLabel(ctx.model, i);
      if (budget === undefined || p.actual === undefined) {
        reportUnverifiable(ctx, {
          blanks: [p.actual === undefined ? path("actual") : path("budgetAdjusted")],
          relation: { zh: `${label.zh}的执行率`, en: `the execution rate of ${label.en}` },
          others: [path("statedRate")],
        });
        return;
      }
      const data = {
        project: label.zh,
        projectEn: capitalized(label.en),
        budgetLabel: COLUMN_LABEL[col].zh,
        budgetLabelEn: COLUMN_LABEL[col].en,
        stated: statedPercent(p.statedRate),
        actual: p.actual,
        budget,
      };
      const cells = [path("statedRate"), path("actual"), path(col)].map((x) => ctx.at(x));
      const range = new Decimal(budget).isZero()
        ? undefined
        : divide(interval(p.actual), interval(budget));
      if (!range) {
        ctx.report({ messageId: "cannotCompute", data, cells });
        return;
      }
      if (overlaps(range, statedRateInterval(p.statedRate))) return;
      const computed = percent(
        new Decimal(p.actual).div(budget),
        Math.max(1, decimalsOf(p.statedRate) - 2)
      );
      ctx.report({
        messageId: "differs",
        data: { ...data, computed },
        cells,
        expected: computed,
        actual: statedPercent(p.statedRate),
      });
    });
  },
});

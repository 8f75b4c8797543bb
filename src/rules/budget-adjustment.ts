import { Decimal } from "../model/decimal";
import { defineRule } from "./core/rule";
import { decimalsOfAll, fixed, interval, overlaps, sumIntervals } from "./core/relations";
import { rateTotal } from "./core/expenditure";
import { reportUnverifiable, UNVERIFIABLE_MESSAGE } from "./core/blanks";

const ADDITIONS = "expenditure.execution.additions";

/** 年初预算 + 本年追加/调整 = 全年预算, on the expenditure total (issue 15 item 3). */
export default defineRule({
  meta: {
    id: "budget-adjustment",
    category: "arithmetic",
    severity: "error",
    description:
      "年初预算 + 本年追加/调整预算 = 全年预算 of total expenditure (stated, else from its parts including 基本支出), by the interval rule. An adjustment may be negative (a cut).",
    blanks:
      "本年追加/调整 may be negative, so a blank one could close any gap: with 年初预算 and 全年预算 different and the adjustment blank, one info finding at the adjustment; with the two equal, nothing (no adjustment). A blank budget leaves nothing to check.",
    messages: {
      mismatch: {
        zh: "年初预算 {{initial}} 万元 + 本年追加/调整 {{additions}} 万元 = {{computed}} 万元，而全年预算为 {{adjusted}} 万元（相差 {{difference}} 万元）。",
        en: "Initial budget {{initial}} plus in-year adjustments {{additions}} make {{computed}}, but the adjusted budget is {{adjusted}} (difference {{difference}} 万元).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
    },
  },
  check(ctx) {
    const initial = rateTotal(ctx.model, "budgetInitial");
    const adjusted = rateTotal(ctx.model, "budgetAdjusted");
    if (!initial || !adjusted || initial.suspect || adjusted.suspect) return;
    const additions = ctx.model.expenditure.execution.additions;
    const figures = [...initial.figures, ...adjusted.figures];
    if (additions === undefined) {
      if (overlaps(initial.interval, adjusted.interval)) return;
      reportUnverifiable(ctx, {
        blanks: [ADDITIONS],
        relation: {
          zh: "年初预算 + 本年追加/调整 = 全年预算",
          en: "initial budget + adjustments = adjusted budget",
        },
        others: figures.map((f) => f.path),
      });
      return;
    }
    const left = sumIntervals([initial.interval, interval(additions)]);
    if (overlaps(left, adjusted.interval)) return;
    const dp = decimalsOfAll([additions, ...figures.map((f) => f.value)]);
    const computed = initial.value.plus(additions);
    ctx.report({
      messageId: "mismatch",
      data: {
        initial: fixed(initial.value, dp),
        additions: fixed(additions, dp),
        computed: fixed(computed, dp),
        adjusted: fixed(adjusted.value, dp),
        difference: fixed(new Decimal(computed).minus(adjusted.value), dp),
      },
      cells: [ADDITIONS, ...figures.map((f) => f.path)].map((p) => ctx.at(p)),
      expected: fixed(adjusted.value.minus(initial.value), dp),
      actual: additions,
    });
  },
});

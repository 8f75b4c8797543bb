import { defineRule } from "./core/rule";
import { blankPaths, checkSum, figures, valueAt } from "./core/helpers";
import {
  ROUNDING_UNLIKELY_MESSAGE,
  IMPLIED_BLANK_MESSAGE,
  IMPLIED_IMPOSSIBLE_MESSAGE,
  UNVERIFIABLE_MESSAGE,
} from "./core/blanks";

/** The sources of 本年支出 as 部门决算 gives them (template 1.5). */
export const FUND_SOURCES = [
  "fiscalGeneral",
  "fiscalFund",
  "fiscalStateCapital",
  "fiscalSpecial",
  "other",
] as const;
const paths = (keys: readonly string[]) => keys.map((k) => `expenditure.byFund.${k}`);

/** 本年支出 by source of funds = 本年支出合计 (支出总计，实际支出). */
export default defineRule({
  meta: {
    id: "expenditure-by-fund",
    category: "arithmetic",
    severity: "error",
    description:
      "本年支出 by the source of the funds (template 1.5: 一般公共预算、政府性基金、国有资本经营预算财政拨款支出, 财政专户管理资金支出, 其他资金支出) adds up to the stated 本年支出合计 (支出汇总's 支出总计, 实际支出 column), by the interval rule.",
    messages: {
      roundingUnlikely: ROUNDING_UNLIKELY_MESSAGE,
      mismatch: {
        zh: "支出总计（实际支出）填报 {{stated}} 万元，但按资金来源的各项支出相加为 {{computed}} 万元（相差 {{difference}} 万元）。",
        en: "Total expenditure (actual) is stated as {{stated}}, but the spending by source of funds adds up to {{computed}} (difference {{difference}} 万元).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
      impliedBlank: IMPLIED_BLANK_MESSAGE,
      impliedImpossible: IMPLIED_IMPOSSIBLE_MESSAGE,
    },
    blanks:
      "Checked only when 本年支出合计 is stated and at least one source is filled. A blank source may be any amount ≥ 0: the sum fails only when the filled sources already exceed the total; otherwise an info finding at the blank source (one blank with the rest stated: its implied value).",
  },
  check(ctx) {
    const total = ctx.model.expenditure.stated.total.actual;
    if (total === undefined) return;
    const get = (p: string) => valueAt(ctx.model, p);
    const all = paths(FUND_SOURCES);
    checkSum(ctx, {
      total: { path: "expenditure.stated.total.actual", value: total },
      parts: figures(ctx, get, all),
      blanks: blankPaths(get, all),
      relation: {
        zh: "本年支出合计与按资金来源的各项支出之和",
        en: "total expenditure against its sources of funds",
      },
    });
  },
});

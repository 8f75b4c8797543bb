import { defineRule } from "./core/rule";
import { blankPaths, checkSum, figures, valueAt } from "./core/helpers";
import {
  ROUNDING_UNLIKELY_MESSAGE,
  IMPLIED_BLANK_MESSAGE,
  IMPLIED_IMPOSSIBLE_MESSAGE,
  UNVERIFIABLE_MESSAGE,
} from "./core/blanks";

const FISCAL = ["fiscalGeneral", "fiscalFund", "fiscalStateCapital"].map(
  (k) => `expenditure.byFund.${k}`
);

/** 一般公共预算 + 政府性基金 + 国有资本经营预算财政拨款支出 = 支出总计（财政拨款）. */
export default defineRule({
  meta: {
    id: "fiscal-expenditure-by-fund",
    category: "arithmetic",
    severity: "error",
    description:
      "The three 财政拨款支出 by fund (template 1.5, as 财政拨款收入支出决算总表 gives them) add up to the stated 支出总计 in the 其中：财政拨款 column of 支出汇总, by the interval rule.",
    messages: {
      roundingUnlikely: ROUNDING_UNLIKELY_MESSAGE,
      mismatch: {
        zh: "支出总计（其中财政拨款）填报 {{stated}} 万元，但一般公共预算、政府性基金、国有资本经营预算财政拨款支出相加为 {{computed}} 万元（相差 {{difference}} 万元）。",
        en: "Total expenditure from appropriations is stated as {{stated}}, but the three appropriations spent add up to {{computed}} (difference {{difference}} 万元).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
      impliedBlank: IMPLIED_BLANK_MESSAGE,
      impliedImpossible: IMPLIED_IMPOSSIBLE_MESSAGE,
    },
    blanks:
      "Checked only when 支出总计（财政拨款） is stated and at least one of the three is filled. A blank one may be any amount ≥ 0: the sum fails only when the filled ones already exceed the total; otherwise an info finding at the blank (one blank with the rest stated: its implied value).",
  },
  check(ctx) {
    const total = ctx.model.expenditure.stated.total.fiscal;
    if (total === undefined) return;
    const get = (p: string) => valueAt(ctx.model, p);
    checkSum(ctx, {
      total: { path: "expenditure.stated.total.fiscal", value: total },
      parts: figures(ctx, get, FISCAL),
      blanks: blankPaths(get, FISCAL),
      relation: {
        zh: "支出总计（财政拨款）与三项财政拨款支出之和",
        en: "expenditure from appropriations against the three appropriations",
      },
    });
  },
});

import { AMOUNT_COLUMNS } from "../model/evaluation";
import { defineRule } from "./core/rule";
import { ROUNDING_UNLIKELY_MESSAGE } from "./core/blanks";
import { COLUMN_LABEL, checkSum } from "./core/helpers";
import { figuresOf } from "./core/figures";

/** 公用支出 items add up to the stated 公用支出 (seed: 10.8 + 6.35 + … + 3.3 = 101.04). */
export default defineRule({
  meta: {
    id: "public-items-total",
    category: "arithmetic",
    severity: "error",
    description:
      "The 公用支出 rows of 支出明细 add up to the stated 公用支出合计, column by column. A sum that holds only within the worst case of rounding but beyond what rounding plausibly gives (a gap over 3 standard deviations of the figures' rounding, 3·h·√((n+1)/3): 0.03 for 11 two-decimal items, which hide 0.05 from the worst-case bound) is a warning at the total (roundingUnlikely).",
    blanks:
      "Rows are a list: a row with no figure in a column is no part of that column's sum. Silent when no row is filled.",
    messages: {
      roundingUnlikely: ROUNDING_UNLIKELY_MESSAGE,
      mismatch: {
        zh: "公用支出合计（{{column}}）填报 {{stated}} 万元，支出明细中公用支出各项相加为 {{computed}} 万元（相差 {{difference}} 万元）。",
        en: "Public expenditure ({{columnEn}}) is stated as {{stated}}, but its items add up to {{computed}} (difference {{difference}} 万元).",
      },
    },
  },
  check(ctx) {
    for (const col of AMOUNT_COLUMNS) {
      const total = ctx.model.expenditure.stated.public[col];
      if (total === undefined) continue;
      checkSum(ctx, {
        total: { path: `expenditure.stated.public.${col}`, value: total },
        parts: figuresOf(ctx.model).computed.public[col] ?? [],
        data: { column: COLUMN_LABEL[col].zh, columnEn: COLUMN_LABEL[col].en },
      });
    }
  },
});

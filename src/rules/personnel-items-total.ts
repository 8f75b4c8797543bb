import { AMOUNT_COLUMNS } from "../model/evaluation";
import { defineRule } from "./core/rule";
import { ROUNDING_UNLIKELY_MESSAGE } from "./core/blanks";
import { COLUMN_LABEL, checkSum } from "./core/helpers";
import { figuresOf } from "./core/figures";

/** 人员支出 items add up to the stated 人员支出 (seed: 36.9 + 22.76 + … + 10.94 = 125.94). */
export default defineRule({
  meta: {
    id: "personnel-items-total",
    category: "arithmetic",
    severity: "error",
    description:
      "The 人员支出 rows of 支出明细 add up to the stated 人员支出合计, column by column. A sum that holds only within the worst case of rounding but beyond what rounding plausibly gives (a gap over 3 standard deviations of the figures' rounding, 3·h·√((n+1)/3): 0.03 for 11 two-decimal items, which hide 0.05 from the worst-case bound) is a warning at the total (roundingUnlikely).",
    blanks:
      "Rows are a list: a row with no figure in a column is no part of that column's sum (the preset 经济分类 rows the unit does not use stay empty). Silent when no row is filled.",
    messages: {
      roundingUnlikely: ROUNDING_UNLIKELY_MESSAGE,
      mismatch: {
        zh: "人员支出合计（{{column}}）填报 {{stated}} 万元，支出明细中人员支出各项相加为 {{computed}} 万元（相差 {{difference}} 万元）。",
        en: "Personnel expenditure ({{columnEn}}) is stated as {{stated}}, but its items add up to {{computed}} (difference {{difference}} 万元).",
      },
    },
  },
  check(ctx) {
    for (const col of AMOUNT_COLUMNS) {
      const total = ctx.model.expenditure.stated.personnel[col];
      if (total === undefined) continue;
      checkSum(ctx, {
        total: { path: `expenditure.stated.personnel.${col}`, value: total },
        parts: figuresOf(ctx.model).computed.personnel[col] ?? [],
        data: { column: COLUMN_LABEL[col].zh, columnEn: COLUMN_LABEL[col].en },
      });
    }
  },
});

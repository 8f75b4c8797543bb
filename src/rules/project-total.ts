import { AMOUNT_COLUMNS } from "../model/evaluation";
import { defineRule } from "./core/rule";
import { ROUNDING_UNLIKELY_MESSAGE } from "./core/blanks";
import { COLUMN_LABEL, checkSum } from "./core/helpers";
import { figuresOf } from "./core/figures";

/** The projects add up to the stated 项目支出 (seed: 8 = 8). */
export default defineRule({
  meta: {
    id: "project-total",
    category: "arithmetic",
    severity: "error",
    description:
      "The rows of the 项目 table add up to the stated 项目支出合计, column by column. A sum that holds only within the worst case of rounding but beyond what rounding plausibly gives (a gap over 3 standard deviations of the figures' rounding, 3·h·√((n+1)/3): 0.03 for 11 two-decimal items, which hide 0.05 from the worst-case bound) is a warning at the total (roundingUnlikely).",
    blanks:
      "Rows are a list: a project with no figure in a column is no part of that column's sum. Silent when no row is filled.",
    messages: {
      roundingUnlikely: ROUNDING_UNLIKELY_MESSAGE,
      mismatch: {
        zh: "项目支出合计（{{column}}）填报 {{stated}} 万元，项目表各项目相加为 {{computed}} 万元（相差 {{difference}} 万元）。",
        en: "Project expenditure ({{columnEn}}) is stated as {{stated}}, but the projects add up to {{computed}} (difference {{difference}} 万元).",
      },
    },
  },
  check(ctx) {
    for (const col of AMOUNT_COLUMNS) {
      const total = ctx.model.expenditure.stated.project[col];
      if (total === undefined) continue;
      checkSum(ctx, {
        total: { path: `expenditure.stated.project.${col}`, value: total },
        parts: figuresOf(ctx.model).computed.project[col] ?? [],
        data: { column: COLUMN_LABEL[col].zh, columnEn: COLUMN_LABEL[col].en },
      });
    }
  },
});

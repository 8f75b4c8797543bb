import { AMOUNT_COLUMNS } from "../model/evaluation";
import { defineRule, type RuleContext } from "./core/rule";
import { decimalsOfAll, exceeds, fixed, interval } from "./core/relations";
import { looksLikeYuan, type Amount, type Figure } from "./core/amounts";
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
      partialExceeds: {
        zh: "项目表为部分列示，但所列项目（{{column}}）相加为 {{computed}} 万元，已超过项目支出合计 {{stated}} 万元（超出 {{difference}} 万元）。部分项目之和不能大于合计，请核对。",
        en: "The projects are listed in part, yet those listed ({{columnEn}}) add up to {{computed}}, more than the project total {{stated}} (by {{difference}} 万元). A part cannot exceed its whole.",
      },
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
      const parts = figuresOf(ctx.model).computed.project[col];
      const data = { column: COLUMN_LABEL[col].zh, columnEn: COLUMN_LABEL[col].en };
      const totalFigure = { path: `expenditure.stated.project.${col}`, value: total };
      if (ctx.model.expenditure.projectsPartial) checkPartial(ctx, totalFigure, parts, data);
      else checkSum(ctx, { total: totalFigure, parts: parts ?? [], data });
    }
  },
});

/** A list marked 部分列示: its sum may not surely exceed the total; nothing more is claimed. */
function checkPartial(
  ctx: RuleContext,
  total: Figure,
  parts: Amount | undefined,
  data: Record<string, string>
): void {
  if (!parts || parts.suspect || !exceeds(parts.interval, interval(total.value))) return;
  if (looksLikeYuan(total.value, parts.value)) return; // amount-in-yuan reports it
  const dp = decimalsOfAll([total.value, ...parts.figures.map((f) => f.value)]);
  ctx.report({
    messageId: "partialExceeds",
    data: {
      ...data,
      stated: fixed(total.value, dp),
      computed: fixed(parts.value, dp),
      difference: fixed(parts.value.minus(total.value), dp),
    },
    cells: [total.path, ...parts.figures.map((f) => f.path)].map((p) => ctx.at(p)),
    expected: `≤ ${total.value}`,
    actual: fixed(parts.value, dp),
  });
}

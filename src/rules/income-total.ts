import { defineRule } from "./core/rule";
import { blankPaths, checkSum, valueAt } from "./core/helpers";
import {
  ROUNDING_UNLIKELY_MESSAGE,
  IMPLIED_BLANK_MESSAGE,
  IMPLIED_IMPOSSIBLE_MESSAGE,
  UNVERIFIABLE_MESSAGE,
} from "./core/blanks";

import { INCOME_SOURCES, INCOME_SOURCES_1_5, incomeSources } from "./core/income";
import { inVersion } from "../layout";
import { SINCE_1_5 } from "../layout/versions";

/**
 * 一般公共预算 + 政府性基金 + 国有资本经营预算财政拨款 (+ 财政专户管理资金、事业收入、经营收入,
 * template 1.5) + 其他收入 = 本年收入合计.
 */
export default defineRule({
  meta: {
    id: "income-total",
    category: "arithmetic",
    severity: "error",
    description:
      "The stated 本年收入合计 equals the 财政拨款收入 by source plus 财政专户管理资金收入, 事业收入, 经营收入 (template 1.5; a workbook of an older version has no cells for them) and 其他收入. A sum that holds only within the worst case of rounding but beyond what rounding plausibly gives (a gap over 3 standard deviations of the figures' rounding, 3·h·√((n+1)/3): 0.03 for 11 two-decimal items, which hide 0.05 from the worst-case bound) is a warning at the total (roundingUnlikely).",
    messages: {
      roundingUnlikely: ROUNDING_UNLIKELY_MESSAGE,
      mismatch: {
        zh: "本年收入合计填报 {{stated}} 万元，但各项财政拨款收入与其他收入相加为 {{computed}} 万元（相差 {{difference}} 万元）。",
        en: "Total income is stated as {{stated}}, but the appropriations by source and other income add up to {{computed}} (difference {{difference}} 万元).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
      impliedBlank: IMPLIED_BLANK_MESSAGE,
      impliedImpossible: IMPLIED_IMPOSSIBLE_MESSAGE,
    },
    blanks:
      "A blank source may be any amount ≥ 0: the total fails only when the filled sources already exceed it; otherwise an info finding at the blank source. Exactly one blank part with the total and the other parts stated is pinned down (issue 25): a warning names its implied value (按合计应为 … ——如为 0 请填 0), an error where that value is impossible.",
  },
  check(ctx) {
    const total = ctx.model.income.total;
    if (total === undefined) return;
    checkSum(ctx, {
      total: { path: "income.total", value: total },
      parts: incomeSources(ctx.model),
      blanks: blankPaths(
        (p) => valueAt(ctx.model, p),
        // A workbook older than 1.5 has no cells for the newer sources: absent, not blank.
        INCOME_SOURCES.filter(
          (k) => inVersion(SINCE_1_5, ctx.model.templateVersion) || !INCOME_SOURCES_1_5.includes(k)
        ).map((k) => `income.${k}`)
      ),
      relation: { zh: "本年收入合计与各项收入之和", en: "total income against its sources" },
    });
  },
});

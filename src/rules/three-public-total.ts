import { defineRule } from "./core/rule";
import { blankPaths, checkSum, figures, valueAt } from "./core/helpers";
import {
  ROUNDING_UNLIKELY_MESSAGE,
  IMPLIED_BLANK_MESSAGE,
  IMPLIED_IMPOSSIBLE_MESSAGE,
  UNVERIFIABLE_MESSAGE,
} from "./core/blanks";

import { MEASURE_LABEL, TP_ITEMS, TP_MEASURES, TP_YEARS, YEAR_LABEL } from "./core/three-public";

/** 因公出国(境) + 公务用车购置 + 公务用车运行 + 公务接待 = 三公经费合计, per year, budget and actual. */
export default defineRule({
  meta: {
    id: "three-public-total",
    category: "arithmetic",
    severity: "error",
    description:
      "The stated 三公经费合计 equals 因公出国(境) + 公务用车购置 + 公务用车运行维护 + 公务接待, for this and the previous year, budget and actual. A sum that holds only within the worst case of rounding but beyond what rounding plausibly gives (a gap over 3 standard deviations of the figures' rounding, 3·h·√((n+1)/3): 0.03 for 11 two-decimal items, which hide 0.05 from the worst-case bound) is a warning at the total (roundingUnlikely).",
    messages: {
      roundingUnlikely: ROUNDING_UNLIKELY_MESSAGE,
      mismatch: {
        zh: "三公经费合计（{{year}}{{measure}}）填报 {{stated}} 万元，但因公出国(境)、公务用车购置、公务用车运行维护、公务接待四项相加为 {{computed}} 万元（相差 {{difference}} 万元）。",
        en: "Three public expenses ({{yearEn}}, {{measureEn}}) are stated as {{stated}}, but the four items add up to {{computed}} (difference {{difference}} 万元).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
      impliedBlank: IMPLIED_BLANK_MESSAGE,
      impliedImpossible: IMPLIED_IMPOSSIBLE_MESSAGE,
    },
    blanks:
      "A blank item may be any amount ≥ 0 (the template asks for 0 where there was none): the total fails only when the filled items already exceed it; otherwise an info finding at the blank item. Exactly one blank part with the total and the other parts stated is pinned down (issue 25): a warning names its implied value (按合计应为 … ——如为 0 请填 0), an error where that value is impossible.",
  },
  check(ctx) {
    for (const y of TP_YEARS) {
      for (const m of TP_MEASURES) {
        const total = ctx.model.threePublic[y].total[m];
        if (total === undefined) continue;
        const paths = TP_ITEMS.map((k) => `threePublic.${y}.${k}.${m}`);
        checkSum(ctx, {
          total: { path: `threePublic.${y}.total.${m}`, value: total },
          parts: figures(ctx, (p) => valueAt(ctx.model, p), paths),
          blanks: blankPaths((p) => valueAt(ctx.model, p), paths),
          relation: {
            zh: `三公经费合计（${YEAR_LABEL[y].zh}${MEASURE_LABEL[m].zh}）与四项之和`,
            en: `the three public total (${YEAR_LABEL[y].en}, ${MEASURE_LABEL[m].en}) against its items`,
          },
          data: {
            year: YEAR_LABEL[y].zh,
            yearEn: YEAR_LABEL[y].en,
            measure: MEASURE_LABEL[m].zh,
            measureEn: MEASURE_LABEL[m].en,
          },
        });
      }
    }
  },
});

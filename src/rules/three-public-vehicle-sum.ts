import { defineRule } from "./core/rule";
import { blankPaths, checkSum, figures, valueAt } from "./core/helpers";
import {
  ROUNDING_UNLIKELY_MESSAGE,
  IMPLIED_BLANK_MESSAGE,
  IMPLIED_IMPOSSIBLE_MESSAGE,
  UNVERIFIABLE_MESSAGE,
} from "./core/blanks";
import { MEASURE_LABEL, TP_MEASURES, TP_YEARS, YEAR_LABEL } from "./core/three-public";

/**
 * 公务用车购置及运行费 = 公务用车购置费 + 公务用车运行维护费 (template 1.4), as reports state it:
 * “公务用车购置及运行费12.60万元，其中：公务用车购置费0万元、公务用车运行费12.60万元”.
 */
export default defineRule({
  meta: {
    id: "three-public-vehicle-sum",
    category: "arithmetic",
    severity: "error",
    description:
      "The stated 公务用车购置及运行费 equals 公务用车购置费 + 公务用车运行维护费, for this and the previous year, budget and actual (the statement “公务用车购置及运行费X万元，其中购置费Y万元、运行费Z万元”). Within rounding of the stated figures; a gap beyond what rounding plausibly gives is a warning (roundingUnlikely).",
    messages: {
      roundingUnlikely: ROUNDING_UNLIKELY_MESSAGE,
      mismatch: {
        zh: "公务用车购置及运行费（{{year}}{{measure}}）填报 {{stated}} 万元，但公务用车购置费与运行维护费相加为 {{computed}} 万元（相差 {{difference}} 万元）。",
        en: "Official vehicles, purchase and running ({{yearEn}}, {{measureEn}}) are stated as {{stated}}, but purchase and running add up to {{computed}} (difference {{difference}} 万元).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
      impliedBlank: IMPLIED_BLANK_MESSAGE,
      impliedImpossible: IMPLIED_IMPOSSIBLE_MESSAGE,
    },
    blanks:
      "Checked only where 公务用车购置及运行费 is stated. A blank part may be any amount ≥ 0: the sum fails only when the filled part already exceeds the stated figure; one blank part is pinned down by the other (a warning names its implied value, an error where that value is impossible).",
  },
  check(ctx) {
    for (const y of TP_YEARS) {
      for (const m of TP_MEASURES) {
        const stated = ctx.model.threePublic[y].vehicle?.[m];
        if (stated === undefined) continue;
        const paths = (["vehiclePurchase", "vehicleRunning"] as const).map(
          (k) => `threePublic.${y}.${k}.${m}`
        );
        checkSum(ctx, {
          total: { path: `threePublic.${y}.vehicle.${m}`, value: stated },
          parts: figures(ctx, (p) => valueAt(ctx.model, p), paths),
          blanks: blankPaths((p) => valueAt(ctx.model, p), paths),
          relation: {
            zh: `公务用车购置及运行费（${YEAR_LABEL[y].zh}${MEASURE_LABEL[m].zh}）与购置费、运行维护费之和`,
            en: `official vehicles (${YEAR_LABEL[y].en}, ${MEASURE_LABEL[m].en}) against purchase and running`,
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

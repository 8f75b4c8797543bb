import { defineRule } from "./core/rule";
import { checkSum, figures, valueAt } from "./core/helpers";
import { MEASURE_LABEL, TP_ITEMS, TP_MEASURES, TP_YEARS, YEAR_LABEL } from "./core/three-public";

/** 因公出国(境) + 公务用车购置 + 公务用车运行 + 公务接待 = 三公经费合计, per year, budget and actual. */
export default defineRule({
  meta: {
    id: "three-public-total",
    category: "arithmetic",
    severity: "error",
    description:
      "The stated 三公经费合计 equals 因公出国(境) + 公务用车购置 + 公务用车运行维护 + 公务接待, for this and the previous year, budget and actual.",
    messages: {
      mismatch: {
        zh: "三公经费合计（{{year}}{{measure}}）填报 {{stated}} 万元，但因公出国(境)、公务用车购置、公务用车运行维护、公务接待四项相加为 {{computed}} 万元（相差 {{difference}} 万元）。",
        en: "Three public expenses ({{yearEn}}, {{measureEn}}) are stated as {{stated}}, but the four items add up to {{computed}} (difference {{difference}} 万元).",
      },
    },
  },
  check(ctx) {
    for (const y of TP_YEARS) {
      for (const m of TP_MEASURES) {
        const total = ctx.model.threePublic[y].total[m];
        if (total === undefined) continue;
        checkSum(ctx, {
          total: { path: `threePublic.${y}.total.${m}`, value: total },
          parts: figures(
            ctx,
            (p) => valueAt(ctx.model, p),
            TP_ITEMS.map((k) => `threePublic.${y}.${k}.${m}`)
          ),
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

import { defineRule } from "./core/rule";
import { atMost } from "./core/relations";
import { capitalized } from "./core/helpers";
import { TP_ITEMS, TP_LABEL, TP_YEARS, YEAR_LABEL } from "./core/three-public";

/** 三公经费 within budget, item by item and in total (the 三公经费控制率 of the scoring). */
export default defineRule({
  meta: {
    id: "three-public-within-budget",
    category: "consistency",
    severity: "warning",
    description:
      "Each 三公经费 item and the total keep within their budget, this year and the previous year. A total over budget is reported once, naming the items over budget.",
    blanks:
      "An item with a blank budget or a blank actual is not compared (a blank budget is no budget of 0).",
    messages: {
      overBudget: {
        zh: "{{item}}（{{year}}）实际支出 {{actual}} 万元超过预算 {{budget}} 万元{{detail}}。三公经费应控制在预算以内，请核对数字或说明超支原因。",
        en: "{{itemEn}} ({{yearEn}}): actual {{actual}} exceeds the budget {{budget}}{{detailEn}}. Three public expenses must keep within budget; check the figures or explain.",
      },
    },
  },
  check({ model, at, report }) {
    for (const y of TP_YEARS) {
      const tp = model.threePublic[y];
      const over = (k: (typeof TP_ITEMS)[number] | "total") => {
        const { budget, actual } = tp[k];
        return budget !== undefined && actual !== undefined && !atMost(actual, budget);
      };
      const items = TP_ITEMS.filter(over);
      // One overspending is one finding: a total over budget carries the items that caused it.
      const rows = over("total") ? (["total"] as const) : items;
      for (const k of rows) {
        const folded = k === "total" ? items : [];
        const list = (lang: "zh" | "en") =>
          folded.map((i) => `${TP_LABEL[i][lang]} ${tp[i].actual} / ${tp[i].budget}`);
        report({
          messageId: "overBudget",
          data: {
            item: TP_LABEL[k].zh,
            itemEn: capitalized(TP_LABEL[k].en),
            year: YEAR_LABEL[y].zh,
            yearEn: YEAR_LABEL[y].en,
            actual: tp[k].actual!,
            budget: tp[k].budget!,
            detail: folded.length
              ? `，其中超出预算的有：${list("zh").join("、")}（实际 / 预算）`
              : "",
            detailEn: folded.length
              ? `; over budget: ${list("en").join(", ")} (actual / budget)`
              : "",
          },
          cells: [k, ...folded].flatMap((i) =>
            (["actual", "budget"] as const).map((m) => at(`threePublic.${y}.${i}.${m}`))
          ),
          expected: `≤ ${tp[k].budget!}`,
          actual: tp[k].actual!,
        });
      }
    }
  },
});

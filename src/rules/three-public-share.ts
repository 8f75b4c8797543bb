import { defineRule } from "./core/rule";
import { percent, quantity, ratioCheckOf, show } from "./core/relations";
import { Decimal, decimalsOf } from "../model/decimal";
import { amountOf, effective, type Amount } from "./core/amounts";
import type { Evaluation } from "../model/evaluation";
import { TP_ITEMS, TP_LABEL, TP_YEARS, YEAR_LABEL } from "./core/three-public";

type Year = (typeof TP_YEARS)[number];

/** A stated share as the report writes it, its decimals kept: "0.1320" → "13.20%". */
const asWritten = (rate: string) =>
  `${new Decimal(rate).times(100).toFixed(Math.max(0, decimalsOf(rate) - 2))}%`;

/** The total 实际 a share is of: stated, else the four items when all are filled. */
function totalActual(model: Evaluation, y: Year): Amount | undefined {
  const tp = model.threePublic[y];
  const items = TP_ITEMS.map((i) => ({
    path: `threePublic.${y}.${i}.actual`,
    value: tp[i].actual,
  }));
  // A blank item may hold anything: the filled ones alone are no total to divide by.
  const parts = items.every((f) => f.value !== undefined)
    ? amountOf(items.map((f) => ({ path: f.path, value: f.value! })))
    : undefined;
  return effective(`threePublic.${y}.total.actual`, tp.total.actual, parts);
}

/**
 * An item's share of 三公经费 as stated against 该项实际 ÷ 三公经费合计（实际） (template 1.4), as
 * reports state it: “公务接待费3.96万元，占三公经费支出的14.63%”.
 */
export default defineRule({
  meta: {
    id: "three-public-share",
    category: "ratio",
    severity: "error",
    description:
      "Each 三公 item's stated share of the total (占三公经费比重) equals its 实际 ÷ 三公经费合计 (实际: stated, else the four items), this and the previous year, within the rounding of the stated figures.",
    blanks:
      "Compared only when the share and the item's 实际 are stated and the total is known: stated, or all four items filled (a blank item is no 0). A total of 0 cannot be divided by: an info finding.",
    messages: {
      differs: {
        zh: "{{item}}占三公经费比重（{{year}}）填报 {{stated}}，但 {{actual}} 万元 ÷ 三公经费合计 {{total}} 万元 = {{computed}}，两者不符。",
        en: "{{itemEn}}'s share of the three public expenses ({{yearEn}}) is stated as {{stated}}, but {{actual}} / {{total}} = {{computed}}.",
      },
      cannotCompute: {
        zh: "{{item}}占三公经费比重（{{year}}）填报 {{stated}}，但三公经费合计（实际）为 0，无法计算比重。",
        en: "{{itemEn}}'s share ({{yearEn}}) is stated as {{stated}}, but the total is 0: it cannot be computed.",
      },
    },
  },
  check({ model, at, report }) {
    for (const y of TP_YEARS) {
      const total = totalActual(model, y);
      for (const i of TP_ITEMS) {
        const { share, actual } = model.threePublic[y][i];
        if (share === undefined || actual === undefined || !total || total.suspect) continue;
        const data = {
          item: TP_LABEL[i].zh,
          itemEn: TP_LABEL[i].en,
          year: YEAR_LABEL[y].zh,
          yearEn: YEAR_LABEL[y].en,
          stated: asWritten(share),
        };
        const cells = [
          at(`threePublic.${y}.${i}.share`),
          at(`threePublic.${y}.${i}.actual`),
          ...total.figures.map((f) => at(f.path)),
        ];
        const check = ratioCheckOf(quantity(actual), total, share);
        if (check.kind === "cannotCompute")
          report({ messageId: "cannotCompute", severity: "info", data, cells });
        else if (check.kind === "differs")
          report({
            messageId: "differs",
            data: {
              ...data,
              actual,
              total: show(total.value),
              computed: percent(check.computed, 2),
            },
            cells,
            expected: percent(check.computed, 2),
            actual: asWritten(share),
          });
      }
    }
  },
});

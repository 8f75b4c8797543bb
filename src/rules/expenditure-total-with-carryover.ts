import { Decimal } from "../model/decimal";
import { defineRule } from "./core/rule";
import { balanceWithBlanks, decimalsOfAll, fixed, interval, sumIntervals } from "./core/relations";
import { effectiveTotal } from "./core/expenditure";
import { reportUnverifiable, UNVERIFIABLE_MESSAGE } from "./core/blanks";

const END = "expenditure.execution.carryoverEnd";
const TOTAL = "expenditure.byFund.totalWithCarryover";

/** 支出总计（含年末结转结余）= 本年支出合计 + 年末结转结余 (template 1.5). */
export default defineRule({
  meta: {
    id: "expenditure-total-with-carryover",
    category: "arithmetic",
    severity: "error",
    description:
      "决算's 支出总计 includes 年末结转和结余 beside the 本年支出合计 that does not (template 1.5): the former equals 支出汇总's 支出总计 (实际支出, stated or from its parts) plus 年末结转结余, by the interval rule.",
    blanks:
      "A blank 年末结转结余 may be any amount ≥ 0: the relation fails only when 本年支出合计 already exceeds the 支出总计; otherwise one info finding at 年末结转结余. Without 本年支出合计 nothing is checked.",
    messages: {
      mismatch: {
        zh: "支出总计（含年末结转结余）填报 {{stated}} 万元，但本年支出合计 {{spent}} 万元 + 年末结转结余 {{end}} = {{computed}} 万元（相差 {{difference}} 万元）。",
        en: "Total expenditure including year-end balances is stated as {{stated}}, but expenditure {{spent}} plus year-end balances {{endEn}} make {{computed}} (difference {{difference}} 万元).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
    },
  },
  check(ctx) {
    const { model } = ctx;
    const stated = model.expenditure.byFund?.totalWithCarryover;
    if (stated === undefined) return;
    const spent = effectiveTotal(model, "total", "actual");
    if (!spent || spent.suspect) return;
    const end = model.expenditure.execution.carryoverEnd;
    const parts = [spent.interval, ...(end === undefined ? [] : [interval(end)])];
    const verdict = balanceWithBlanks(
      sumIntervals(parts),
      end === undefined ? 1 : 0,
      interval(stated),
      0
    );
    if (verdict === "holds") return;
    const spentCells = spent.figures.map((f) => f.path);
    if (verdict === "unverifiable") {
      reportUnverifiable(ctx, {
        blanks: [END],
        relation: {
          zh: "支出总计（含年末结转结余）= 本年支出合计 + 年末结转结余",
          en: "total expenditure incl. balances = expenditure + year-end balances",
        },
        others: [TOTAL, ...spentCells],
      });
      return;
    }
    const dp = decimalsOfAll([stated, end, ...spent.figures.map((f) => f.value)]);
    const computed = spent.value.plus(end ?? 0);
    ctx.report({
      messageId: "mismatch",
      data: {
        stated: fixed(stated, dp),
        spent: fixed(spent.value, dp),
        end: end === undefined ? "未填" : `${fixed(end, dp)} 万元`,
        endEn: end === undefined ? "blank" : fixed(end, dp),
        computed: fixed(computed, dp),
        difference: fixed(new Decimal(stated).minus(computed), dp),
      },
      cells: [TOTAL, ...spentCells, END].map((p) => ctx.at(p)),
      expected: fixed(computed, dp),
      actual: stated,
    });
  },
});

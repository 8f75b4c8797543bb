import { Decimal } from "../model/decimal";
import { defineRule } from "./core/rule";
import { balanceWithBlanks, decimalsOfAll, fixed, interval, sumIntervals } from "./core/relations";
import { amountOf, effective } from "./core/expenditure";
import { incomeSources } from "./core/income";
import { reportUnverifiable, UNVERIFIABLE_MESSAGE } from "./core/blanks";

const PRIOR = "expenditure.execution.carryoverPrior";
const TOTAL = "income.totalWithCarryover";

/** 收入总计（含上年结转）= 本年收入合计 + 上年结转 (issue 15 item 4). */
export default defineRule({
  meta: {
    id: "income-total-with-carryover",
    category: "arithmetic",
    severity: "error",
    description:
      "Many reports give a 收入总计 that includes 上年结转 beside the 本年收入合计 that does not: the former equals the latter plus 上年结转, by the interval rule. Typed where 本年收入合计 belongs, it would unbalance the books; here it has its own field.",
    blanks:
      "A blank 上年结转 may be any amount ≥ 0: the relation fails only when 本年收入合计 already exceeds the 收入总计; otherwise one info finding at 上年结转. Without 本年收入合计 (stated or from its sources) nothing is checked.",
    messages: {
      mismatch: {
        zh: "收入总计（含上年结转）填报 {{stated}} 万元，但本年收入合计 {{income}} 万元 + 上年结转 {{prior}} = {{computed}} 万元（相差 {{difference}} 万元）。",
        en: "Total income including carry-over is stated as {{stated}}, but income {{income}} plus carried over {{priorEn}} make {{computed}} (difference {{difference}} 万元).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
    },
  },
  check(ctx) {
    const { model } = ctx;
    const stated = model.income.totalWithCarryover;
    if (stated === undefined) return;
    const income = effective("income.total", model.income.total, amountOf(incomeSources(model)));
    if (!income || income.suspect) return;
    const prior = model.expenditure.execution.carryoverPrior;
    const parts = [income.interval, ...(prior === undefined ? [] : [interval(prior)])];
    const verdict = balanceWithBlanks(
      sumIntervals(parts),
      prior === undefined ? 1 : 0,
      interval(stated),
      0
    );
    if (verdict === "holds") return;
    const incomeCells = income.figures.map((f) => f.path);
    if (verdict === "unverifiable") {
      reportUnverifiable(ctx, {
        blanks: [PRIOR],
        relation: {
          zh: "收入总计（含上年结转）= 本年收入合计 + 上年结转",
          en: "total income incl. carry-over = income + carried over",
        },
        others: [TOTAL, ...incomeCells],
      });
      return;
    }
    const dp = decimalsOfAll([stated, prior, ...income.figures.map((f) => f.value)]);
    const computed = income.value.plus(prior ?? 0);
    const priorShown = prior === undefined ? "未填" : `${fixed(prior, dp)} 万元`;
    ctx.report({
      messageId: "mismatch",
      data: {
        stated: fixed(stated, dp),
        income: fixed(income.value, dp),
        prior: priorShown,
        priorEn: prior === undefined ? "blank" : fixed(prior, dp),
        computed: fixed(computed, dp),
        difference: fixed(new Decimal(stated).minus(computed), dp),
      },
      cells: [TOTAL, ...incomeCells, PRIOR].map((p) => ctx.at(p)),
      expected: fixed(computed, dp),
      actual: stated,
    });
  },
});

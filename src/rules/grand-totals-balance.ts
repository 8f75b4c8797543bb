import { Decimal } from "../model/decimal";
import { defineRule } from "./core/rule";
import { decimalsOfAll, fixed, interval, overlaps } from "./core/relations";

const INCOME = "income.totalWithCarryover";
const SPENT = "expenditure.byFund.totalWithCarryover";

/** 收入总计 = 支出总计: the two sides of 决算's 收入支出决算总表 balance (template 1.5). */
export default defineRule({
  meta: {
    id: "grand-totals-balance",
    category: "arithmetic",
    severity: "error",
    description:
      "部门决算's 收入支出决算总表 balances: 收入总计 (本年收入合计 + 上年结转, on 收入) equals 支出总计 (本年支出合计 + 年末结转结余, template 1.5, on 支出汇总), by the interval rule. A report that states both with different figures has a slip in one of them.",
    blanks:
      "Checked only when both totals are stated; a blank one is not derived here (income-total-with-carryover and expenditure-total-with-carryover tie each to its parts).",
    messages: {
      mismatch: {
        zh: "收入总计 {{income}} 万元与支出总计 {{spent}} 万元不等（相差 {{difference}} 万元）；决算收支总表两方应相等。",
        en: "Total income incl. carry-over {{income}} differs from total expenditure incl. balances {{spent}} (difference {{difference}} 万元); the two sides of the final accounts balance.",
      },
    },
  },
  check(ctx) {
    const income = ctx.model.income.totalWithCarryover;
    const spent = ctx.model.expenditure.byFund?.totalWithCarryover;
    if (income === undefined || spent === undefined) return;
    if (overlaps(interval(income), interval(spent))) return;
    const dp = decimalsOfAll([income, spent]);
    ctx.report({
      messageId: "mismatch",
      data: {
        income: fixed(income, dp),
        spent: fixed(spent, dp),
        difference: fixed(new Decimal(income).minus(spent), dp),
      },
      cells: [INCOME, SPENT].map((p) => ctx.at(p)),
      expected: fixed(income, dp),
      actual: spent,
    });
  },
});

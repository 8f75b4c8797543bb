import rule from "../../src/rules/carryover-rate";
import { evaluation, ruleTester } from "./rule-tester";

/**
 * Issue 25 item 7. The statement pattern: "预算执行率为96.6%，结转结余率为3.4%" — the two rates of
 * the 过程 indicators written side by side in §四 of 部门整体支出绩效自评 reports (the 预算执行率
 * and 结转结余 lines of the scoring table, PRODUCT.md §4), where a unit can slip one of them.
 */
const rates = (execution: string | undefined, carryover: string) =>
  evaluation({ statedRates: { execution, carryover } });

/** 全年预算 of basic 90.00 + project 10.00 = 100.00, spent 96.60, carried forward 3.40. */
const figures = (carryover: string, end?: string) =>
  evaluation({
    expenditure: {
      stated: {
        basic: { budgetAdjusted: "90.00" },
        total: { budgetAdjusted: "100.00", actual: "96.60" },
      },
      execution: { carryoverEnd: end },
    },
    statedRates: { carryover },
  });

ruleTester(rule, {
  valid: [
    { name: "nothing stated", model: evaluation() },
    { name: "执行率 96.6%, 结转结余率 3.4%", model: rates("0.966", "0.034") },
    { name: "truncated: 执行率 96.66%, 结转结余率 3.33%", model: rates("0.9666", "0.0333") },
    { name: "no stated 执行率: 1 − 96.60 ÷ 100.00 = 3.4%", model: figures("0.034") },
    {
      name: "结转结余 ÷ 预算 where the unit computes it so: 5.00 ÷ 100.00 = 5%",
      model: figures("0.05", "5.00"),
    },
  ],
  invalid: [
    {
      name: "执行率 96.6% beside 结转结余率 4.3% (digits swapped): an error",
      model: rates("0.966", "0.043"),
      errors: [
        {
          messageId: "differs",
          severity: "error",
          expected: "3.4%",
          actual: "4.3%",
          says: ["结转结余率填报 4.3%，但1 − 预算执行率 96.6% = 3.4%"],
          paths: ["statedRates.carryover", "statedRates.execution"],
        },
      ],
    },
    {
      name: "against the figures: 1 − 96.60 ÷ 100.00 = 3.4%, stated 6.6%",
      model: figures("0.066"),
      errors: [
        {
          messageId: "differs",
          expected: "3.4%",
          paths: [
            "statedRates.carryover",
            "expenditure.stated.total.actual",
            "expenditure.stated.total.budgetAdjusted",
          ],
        },
      ],
    },
    {
      name: "nothing to check it against: info at the blank 执行率",
      model: rates(undefined, "0.034"),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          paths: ["statedRates.execution", "statedRates.carryover"],
        },
      ],
    },
  ],
});

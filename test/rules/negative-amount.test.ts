import rule from "../../src/rules/negative-amount";
import { evaluation, ruleTester } from "./rule-tester";

ruleTester(rule, {
  valid: [
    {
      name: "no negative figure",
      model: evaluation({
        expenditure: {
          items: [{ category: "人员支出", actual: "36.90" }],
          stated: { total: { actual: "226.98" } },
        },
        threePublic: { current: { abroad: { actual: "0.00", groups: "0" } } },
      }),
    },
    {
      name: "a budget cut is a negative adjustment",
      model: evaluation({ expenditure: { execution: { additions: "-5.00" } } }),
    },
    { name: "nothing filled", model: evaluation() },
  ],
  invalid: [
    {
      name: "negatives everywhere, each at its cell",
      model: evaluation({
        expenditure: {
          items: [{ category: "人员支出", code: "30101", name: "基本工资", actual: "-36.90" }],
          stated: { basic: { fiscal: "-1" } },
          execution: { carryoverEnd: "-0.5" },
        },
        projects: [{ name: "扩面", budgetAdjusted: "-8" }],
        threePublic: { previous: { reception: { actual: "-0.31" } } },
        income: { other: "-2" },
      }),
      errors: [
        {
          messageId: "negative",
          severity: "warning",
          expected: "≥ 0",
          actual: "-36.90",
          says: ["支出明细“30101 基本工资”的实际支出填为负数 -36.90"],
          paths: ["expenditure.items.0.actual"],
        },
        {
          messageId: "negative",
          says: ["项目“扩面”的全年预算"],
          paths: ["projects.0.budgetAdjusted"],
        },
        {
          messageId: "negative",
          says: ["基本支出合计（其中财政拨款）"],
          paths: ["expenditure.stated.basic.fiscal"],
        },
        {
          messageId: "negative",
          says: ["公务接待费（上年实际）"],
          paths: ["threePublic.previous.reception.actual"],
        },
        { messageId: "negative", says: ["其他收入"], paths: ["income.other"] },
        {
          messageId: "negative",
          says: ["年末结转结余"],
          paths: ["expenditure.execution.carryoverEnd"],
        },
      ],
    },
  ],
});

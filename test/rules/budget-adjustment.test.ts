import rule from "../../src/rules/budget-adjustment";
import type { AmountColumns } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const model = (total: AmountColumns, additions?: string, basic: AmountColumns = {}) =>
  evaluation({ expenditure: { stated: { basic, total }, execution: { additions } } });

const PATHS = [
  "expenditure.execution.additions",
  "expenditure.stated.total.budgetInitial",
  "expenditure.stated.total.budgetAdjusted",
];

ruleTester(rule, {
  valid: [
    { name: "seed: no budgets", model: model({ actual: "226.98" }) },
    {
      name: "228.00 + 6.98 = 234.98",
      model: model({ budgetInitial: "228.00", budgetAdjusted: "234.98" }, "6.98"),
    },
    {
      name: "a cut: 250.00 − 15.02 = 234.98",
      model: model({ budgetInitial: "250.00", budgetAdjusted: "234.98" }, "-15.02"),
    },
    {
      name: "no adjustment stated and none needed",
      model: model({ budgetInitial: "234.98", budgetAdjusted: "234.98" }),
    },
    { name: "no adjusted budget", model: model({ budgetInitial: "228.00" }, "6.98") },
  ],
  invalid: [
    {
      name: "228.00 + 6.98 stated against 240.00",
      model: model({ budgetInitial: "228.00", budgetAdjusted: "240.00" }, "6.98"),
      errors: [
        {
          messageId: "mismatch",
          severity: "error",
          expected: "12.00",
          actual: "6.98",
          says: ["年初预算 228.00 万元 + 本年追加/调整 6.98 万元 = 234.98 万元", "240.00"],
          paths: PATHS,
        },
      ],
    },
    {
      name: "blank adjustment with the budgets apart: info, not an error",
      model: model({ budgetInitial: "228.00", budgetAdjusted: "240.00" }),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          says: ["未能核对：本年追加/调整预算未填"],
          paths: PATHS,
        },
      ],
    },
  ],
});

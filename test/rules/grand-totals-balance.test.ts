import rule from "../../src/rules/grand-totals-balance";
import { evaluation, ruleTester } from "./rule-tester";

const model = (income?: string, spent?: string) =>
  evaluation({
    income: { totalWithCarryover: income },
    expenditure: { byFund: { totalWithCarryover: spent } },
  });

ruleTester(rule, {
  valid: [
    { name: "收入总计 438.98 = 支出总计 438.98", model: model("438.98", "438.98") },
    { name: "only one side stated", model: model("438.98") },
    { name: "seed: neither", model: evaluation() },
  ],
  invalid: [
    {
      name: "digits swapped: 438.98 against 438.89",
      model: model("438.98", "438.89"),
      errors: [
        {
          messageId: "mismatch",
          expected: "438.98",
          actual: "438.89",
          says: ["收入总计 438.98 万元与支出总计 438.89 万元不等", "相差 0.09"],
          paths: ["income.totalWithCarryover", "expenditure.byFund.totalWithCarryover"],
        },
      ],
    },
  ],
});

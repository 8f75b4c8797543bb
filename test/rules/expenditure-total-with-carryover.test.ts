import rule from "../../src/rules/expenditure-total-with-carryover";
import { evaluation, ruleTester } from "./rule-tester";

const model = (grand: string, carryoverEnd?: string, actual = "429.30") =>
  evaluation({
    expenditure: {
      stated: { total: { actual } },
      execution: { carryoverEnd },
      byFund: { totalWithCarryover: grand },
    },
  });

ruleTester(rule, {
  valid: [
    { name: "seed: not stated", model: evaluation() },
    { name: "429.30 + 9.68 = 438.98", model: model("438.98", "9.68") },
    { name: "nothing carried forward, none stated", model: model("429.30") },
    {
      name: "no 本年支出合计 to compare with",
      model: evaluation({ expenditure: { byFund: { totalWithCarryover: "438.98" } } }),
    },
  ],
  invalid: [
    {
      name: "429.30 + 9.68 stated as 439.98",
      model: model("439.98", "9.68"),
      errors: [
        {
          messageId: "mismatch",
          expected: "438.98",
          actual: "439.98",
          says: ["本年支出合计 429.30 万元 + 年末结转结余 9.68 万元 = 438.98 万元"],
          paths: [
            "expenditure.byFund.totalWithCarryover",
            "expenditure.stated.total.actual",
            "expenditure.execution.carryoverEnd",
          ],
        },
      ],
    },
    {
      name: "a gap only the blank 年末结转结余 could fill: info",
      model: model("438.98"),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          paths: [
            "expenditure.execution.carryoverEnd",
            "expenditure.byFund.totalWithCarryover",
            "expenditure.stated.total.actual",
          ],
        },
      ],
    },
  ],
});

import rule from "../../src/rules/income-total-with-carryover";
import type { Expenditure, Income } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const model = (income: Income, execution: Expenditure["execution"] = {}) =>
  evaluation({ income, expenditure: { execution } });

ruleTester(rule, {
  valid: [
    { name: "not stated", model: model({ total: "230.00" }) },
    {
      name: "230.00 + 10.00 = 240.00",
      model: model({ total: "230.00", totalWithCarryover: "240.00" }, { carryoverPrior: "10.00" }),
    },
    {
      name: "equal to the income with no carry-over stated: none needed",
      model: model({ fiscalGeneral: "230.00", totalWithCarryover: "230.00" }),
    },
    { name: "no income to compare with", model: model({ totalWithCarryover: "240.00" }) },
  ],
  invalid: [
    {
      name: "230.00 + 10.00 stated as 245.00",
      model: model({ total: "230.00", totalWithCarryover: "245.00" }, { carryoverPrior: "10.00" }),
      errors: [
        {
          messageId: "mismatch",
          expected: "240.00",
          actual: "245.00",
          says: ["本年收入合计 230.00 万元 + 上年结转 10.00 万元 = 240.00 万元"],
          paths: [
            "income.totalWithCarryover",
            "income.total",
            "expenditure.execution.carryoverPrior",
          ],
        },
      ],
    },
    {
      name: "income already above the 收入总计: an error whatever the blank carry-over",
      model: model({ total: "250.00", totalWithCarryover: "240.00" }),
      errors: [
        {
          messageId: "mismatch",
          says: ["上年结转 未填"],
          paths: [
            "income.totalWithCarryover",
            "income.total",
            "expenditure.execution.carryoverPrior",
          ],
        },
      ],
    },
    {
      name: "a gap only the blank carry-over could fill: info",
      model: model({ total: "230.00", totalWithCarryover: "240.00" }),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          says: ["未能核对：上年结转未填"],
          paths: [
            "expenditure.execution.carryoverPrior",
            "income.totalWithCarryover",
            "income.total",
          ],
        },
      ],
    },
  ],
});

import rule from "../../src/rules/income-balance";
import type { Expenditure, Income } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const model = (
  income: Income,
  spent: string | undefined,
  execution: Expenditure["execution"] = {}
) => evaluation({ income, expenditure: { stated: { total: { actual: spent } }, execution } });

ruleTester(rule, {
  valid: [
    { name: "seed: no income section", model: model({}, "226.98") },
    {
      name: "10 + 230 = 234.98 + 5.02",
      model: model({ total: "230.00" }, "234.98", {
        carryoverPrior: "10.00",
        carryoverEnd: "5.02",
      }),
    },
    {
      name: "blank carry-overs count as 0: 234.98 = 234.98",
      model: model({ fiscalGeneral: "230.00", other: "4.98" }, "234.98"),
    },
    { name: "rounding: 235.0 against 234.98", model: model({ total: "235.0" }, "234.98") },
    { name: "only the previous year's total", model: model({ previousTotal: "300" }, "234.98") },
    { name: "no expenditure", model: model({ total: "230" }, undefined) },
  ],
  invalid: [
    {
      name: "10 + 230 ≠ 234.98 + 0",
      model: model({ total: "230.00" }, "234.98", { carryoverPrior: "10.00" }),
      errors: [
        {
          messageId: "unbalanced",
          severity: "error",
          expected: "234.98",
          actual: "240.00",
          says: [
            "上年结转 10.00 万元",
            "本年收入 230.00 万元 = 240.00 万元", // all figures written alike (issue 12)
            "年末结转结余 未填（按 0 计）",
            "相差 5.02 万元",
          ],
          paths: [
            "income.total",
            "expenditure.execution.carryoverPrior",
            "expenditure.stated.total.actual",
            "expenditure.execution.carryoverEnd",
          ],
        },
      ],
    },
    {
      name: "income from its sources, blank carry-over said to count as 0",
      model: model({ fiscalGeneral: "200.00", other: "4.98" }, "234.98", { carryoverEnd: "0" }),
      errors: [
        {
          messageId: "unbalanced",
          says: ["上年结转 未填（按 0 计）", "204.98"],
          paths: [
            "income.fiscalGeneral",
            "income.other",
            "expenditure.execution.carryoverPrior",
            "expenditure.stated.total.actual",
            "expenditure.execution.carryoverEnd",
          ],
        },
      ],
    },
  ],
});

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
      name: "blank carry-overs, the filled figures already balance: 234.98 = 234.98",
      model: model({ fiscalGeneral: "230.00", other: "4.98" }, "234.98"),
    },
    { name: "rounding: 235.0 against 234.98", model: model({ total: "235.0" }, "234.98") },
    { name: "only the previous year's total", model: model({ previousTotal: "300" }, "234.98") },
    { name: "no expenditure", model: model({ total: "230" }, undefined) },
    {
      name: "only 收入总计（含上年结转）: 240.00 = 234.98 + 5.02",
      model: model({ totalWithCarryover: "240.00" }, "234.98", { carryoverEnd: "5.02" }),
    },
    {
      name: "only 收入总计（含上年结转）, end balance blank: 234.98 ≤ 234.98 + (≥ 0)",
      model: model({ totalWithCarryover: "234.98" }, "234.98"),
    },
    {
      name: "本年收入 given: the balance uses it, not 收入总计（含上年结转）",
      model: model({ total: "234.98", totalWithCarryover: "999.00" }, "234.98"),
    },
  ],
  invalid: [
    {
      name: "10 + 230 < 234.98 + (blank, at least 0): no end balance can close it",
      model: model({ total: "230.00" }, "234.98", { carryoverPrior: "3.00" }),
      errors: [
        {
          messageId: "unbalanced",
          severity: "error",
          expected: "234.98",
          actual: "233.00",
          says: [
            "上年结转 3.00 万元",
            "本年收入 230.00 万元 = 233.00 万元", // all figures written alike (issue 12)
            "年末结转结余 未填（至少为 0）",
            "相差 -1.98 万元",
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
      name: "both carry-overs filled and unbalanced",
      model: model({ fiscalGeneral: "200.00", other: "4.98" }, "234.98", {
        carryoverPrior: "20.00",
        carryoverEnd: "0",
      }),
      errors: [
        {
          messageId: "unbalanced",
          says: ["上年结转 20.00 万元", "224.98", "相差 -10.00 万元"],
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
    {
      // Issue 25 item 3: 收入 against 支出 with 上年结转 the one blank — the carry-over is pinned.
      name: "blank 上年结转 is not 0 — income short of expenditure names the implied carry-over",
      model: model({ fiscalGeneral: "200.00", other: "4.98" }, "234.98", { carryoverEnd: "0" }),
      errors: [
        {
          messageId: "impliedBlank",
          severity: "warning",
          expected: "30.00",
          says: ["上年结转未填；按收支平衡", "应为 30.00 万元——如为 0 请填 0"],
          paths: [
            "expenditure.execution.carryoverPrior",
            "income.fiscalGeneral",
            "income.other",
            "expenditure.stated.total.actual",
            "expenditure.execution.carryoverEnd",
          ],
        },
      ],
    },
    {
      // Both carry-overs blank: only a least value is implied, so info, naming it.
      name: "both carry-overs blank and income above expenditure: info naming at least 15.02",
      model: model({ total: "250.00" }, "234.98"),
      errors: [
        {
          messageId: "impliedAtLeast",
          severity: "info",
          expected: "≥ 15.02",
          says: ["年末结转结余未填；按收支平衡", "至少应为 15.02 万元（上年结转未填"],
          paths: [
            "expenditure.execution.carryoverEnd",
            "income.total",
            "expenditure.stated.total.actual",
          ],
        },
      ],
    },
    {
      name: "only 收入总计（含上年结转）, below expenditure: no end balance can close it",
      model: model({ totalWithCarryover: "230.00" }, "234.98"),
      errors: [
        {
          messageId: "unbalancedWithCarryover",
          severity: "error",
          expected: "234.98",
          actual: "230.00",
          says: [
            "收入总计（含上年结转）230.00 万元",
            "年末结转结余 未填（至少为 0）",
            "相差 -4.98 万元",
          ],
          paths: [
            "income.totalWithCarryover",
            "expenditure.stated.total.actual",
            "expenditure.execution.carryoverEnd",
          ],
        },
      ],
    },
    {
      // Issue 25 item 3: 收入总计（含上年结转） against 支出 pins the one blank, 年末结转结余.
      name: "only 收入总计（含上年结转）, above expenditure, end balance blank: implied 15.02",
      model: model({ totalWithCarryover: "250.00" }, "234.98"),
      errors: [
        {
          messageId: "impliedBlank",
          severity: "warning",
          expected: "15.02",
          says: ["年末结转结余未填；按收支平衡", "应为 15.02 万元"],
          paths: [
            "expenditure.execution.carryoverEnd",
            "income.totalWithCarryover",
            "expenditure.stated.total.actual",
          ],
        },
      ],
    },
  ],
});

import rule from "../../src/rules/income-total";
import type { Income } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const income = (i: Income) => evaluation({ income: i });

ruleTester(rule, {
  valid: [
    { name: "seed: no income section", model: evaluation() },
    {
      name: "400 + 20 + 0 + 6.98 = 426.98",
      model: income({
        fiscalGeneral: "400.00",
        fiscalFund: "20.00",
        fiscalStateCapital: "0",
        other: "6.98",
        total: "426.98",
      }),
    },
    { name: "no total stated", model: income({ fiscalGeneral: "400.00" }) },
  ],
  invalid: [
    {
      name: "issue 15: 400 + 6.98 against 416.98, two sources blank: unverifiable, not an error",
      model: income({ fiscalGeneral: "400.00", other: "6.98", total: "416.98" }),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          says: ["未能核对：政府性基金预算财政拨款收入、国有资本经营预算财政拨款收入未填"],
          paths: [
            "income.fiscalFund",
            "income.fiscalStateCapital",
            "income.total",
            "income.fiscalGeneral",
            "income.other",
          ],
        },
      ],
    },
    {
      name: "400 + 0 + 0 + 6.98 stated as 416.98",
      model: income({
        fiscalGeneral: "400.00",
        fiscalFund: "0",
        fiscalStateCapital: "0",
        other: "6.98",
        total: "416.98",
      }),
      errors: [
        {
          messageId: "mismatch",
          expected: "406.98",
          actual: "416.98",
          says: ["本年收入合计填报 416.98 万元", "406.98", "相差 10"],
          paths: [
            "income.total",
            "income.fiscalGeneral",
            "income.fiscalFund",
            "income.fiscalStateCapital",
            "income.other",
          ],
        },
      ],
    },
  ],
});

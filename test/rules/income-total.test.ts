import rule from "../../src/rules/income-total";
import type { Income } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const income = (i: Income) => evaluation({ income: i });
/** A workbook of template 1.4: no cells for the fund types 1.5 added (absent, not blank). */
const income14 = (i: Income) => evaluation({ templateVersion: "1.4", income: i });
const ALL_1_5: Income = {
  fiscalGeneral: "400.00",
  fiscalFund: "20.00",
  fiscalStateCapital: "0",
  fiscalSpecial: "12.50",
  service: "30.00",
  business: "5.00",
  other: "6.98",
};

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
    {
      name: "template 1.5: all seven fund types, 474.48",
      model: income({ ...ALL_1_5, total: "474.48" }),
    },
    {
      name: "template 1.4: the four sources add up; the 1.5 fund types are absent, not blank",
      model: income14({
        fiscalGeneral: "400.00",
        fiscalFund: "0",
        fiscalStateCapital: "0",
        other: "6.98",
        total: "406.98",
      }),
    },
  ],
  invalid: [
    {
      name: "issue 15: 400 + 6.98 against 416.98, two sources blank: unverifiable, not an error",
      model: income14({ fiscalGeneral: "400.00", other: "6.98", total: "416.98" }),
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
      name: "template 1.4: 400 + 0 + 0 + 6.98 stated as 416.98",
      model: income14({
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
    {
      name: "template 1.5: 事业收入 left out of the stated total (444.48 for 474.48)",
      model: income({ ...ALL_1_5, total: "444.48" }),
      errors: [
        {
          messageId: "mismatch",
          expected: "474.48",
          actual: "444.48",
          says: ["本年收入合计填报 444.48 万元", "474.48", "相差 -30"],
          paths: [
            "income.total",
            "income.fiscalGeneral",
            "income.fiscalFund",
            "income.fiscalStateCapital",
            "income.fiscalSpecial",
            "income.service",
            "income.business",
            "income.other",
          ],
        },
      ],
    },
    {
      name: "template 1.5: a shortfall the blank fund types could fill is info at them",
      model: income({
        fiscalGeneral: "400.00",
        fiscalFund: "0",
        fiscalStateCapital: "0",
        other: "6.98",
        total: "416.98",
      }),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          paths: [
            "income.fiscalSpecial",
            "income.service",
            "income.business",
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

import rule from "../../src/rules/expenditure-by-fund";
import type { Expenditure } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

/** 本年支出合计 429.30 as a 决算 gives it: 一般公共预算财政拨款 423.30 and 其他资金 6.00. */
const model = (byFund: NonNullable<Expenditure["byFund"]>, total = "429.30") =>
  evaluation({ expenditure: { stated: { total: { actual: total } }, byFund } });
const FULL = {
  fiscalGeneral: "423.30",
  fiscalFund: "0",
  fiscalStateCapital: "0",
  fiscalSpecial: "0",
  other: "6.00",
};

ruleTester(rule, {
  valid: [
    { name: "seed: nothing by fund", model: evaluation() },
    { name: "423.30 + 0 + 0 + 0 + 6.00 = 429.30", model: model(FULL) },
    {
      name: "no stated total: nothing to check against",
      model: evaluation({ expenditure: { byFund: FULL } }),
    },
  ],
  invalid: [
    {
      name: "其他资金 typed as 16.00: 439.30 against 429.30",
      model: model({ ...FULL, other: "16.00" }),
      errors: [
        {
          messageId: "mismatch",
          expected: "439.3",
          actual: "429.30",
          says: ["支出总计（实际支出）填报 429.30 万元", "439.30"],
          paths: [
            "expenditure.stated.total.actual",
            "expenditure.byFund.fiscalGeneral",
            "expenditure.byFund.fiscalFund",
            "expenditure.byFund.fiscalStateCapital",
            "expenditure.byFund.fiscalSpecial",
            "expenditure.byFund.other",
          ],
        },
      ],
    },
    {
      name: "a shortfall the one blank source fills: its implied value",
      model: model({ ...FULL, other: undefined }),
      errors: [
        {
          messageId: "impliedBlank",
          severity: "warning",
          says: ["6.00"],
          paths: [
            "expenditure.byFund.other",
            "expenditure.stated.total.actual",
            "expenditure.byFund.fiscalGeneral",
            "expenditure.byFund.fiscalFund",
            "expenditure.byFund.fiscalStateCapital",
            "expenditure.byFund.fiscalSpecial",
          ],
        },
      ],
    },
  ],
});

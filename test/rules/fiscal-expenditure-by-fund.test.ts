import rule from "../../src/rules/fiscal-expenditure-by-fund";
import type { Expenditure } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const model = (byFund: NonNullable<Expenditure["byFund"]>, fiscal = "423.30") =>
  evaluation({ expenditure: { stated: { total: { fiscal } }, byFund } });

ruleTester(rule, {
  valid: [
    { name: "seed: nothing by fund", model: evaluation() },
    {
      name: "420.00 + 3.30 + 0 = 423.30",
      model: model({ fiscalGeneral: "420.00", fiscalFund: "3.30", fiscalStateCapital: "0" }),
    },
    {
      name: "财政专户 and 其他资金 are no 财政拨款",
      model: model({
        fiscalGeneral: "423.30",
        fiscalFund: "0",
        fiscalStateCapital: "0",
        fiscalSpecial: "5.00",
        other: "6.00",
      }),
    },
  ],
  invalid: [
    {
      name: "政府性基金 counted twice: 426.60 against 423.30",
      model: model({ fiscalGeneral: "423.30", fiscalFund: "3.30", fiscalStateCapital: "0" }),
      errors: [
        {
          messageId: "mismatch",
          expected: "426.6",
          actual: "423.30",
          says: ["支出总计（其中财政拨款）填报 423.30 万元", "426.60"],
          paths: [
            "expenditure.stated.total.fiscal",
            "expenditure.byFund.fiscalGeneral",
            "expenditure.byFund.fiscalFund",
            "expenditure.byFund.fiscalStateCapital",
          ],
        },
      ],
    },
  ],
});

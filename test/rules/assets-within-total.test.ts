import rule from "../../src/rules/assets-within-total";
import type { Assets } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const model = (assets: Assets) => evaluation({ assets });

/** “年末资产总额1,520.40万元，其中固定资产1,235.60万元”. */
ruleTester(rule, {
  valid: [
    { name: "1235.60 ≤ 1520.40", model: model({ total: "1520.40", fixed: "1235.60" }) },
    {
      // 原值 before depreciation may exceed the book total: not compared.
      name: "固定资产原值 above 资产总额",
      model: model({ basis: "原值", total: "1520.40", fixed: "2100.00" }),
    },
    { name: "no 资产总额 stated", model: model({ fixed: "1235.60" }) },
  ],
  invalid: [
    {
      name: "固定资产 (账面价值 by default) 1235.60 against a 资产总额 typed 123.56",
      model: model({ total: "123.56", fixed: "1235.60" }),
      errors: [
        {
          messageId: "fixedExceeds",
          severity: "error",
          expected: "≤ 123.56",
          actual: "1235.60",
          paths: ["assets.fixed", "assets.total"],
        },
      ],
    },
    {
      name: "车辆账面价值 above 资产总额, whatever the basis",
      model: model({ basis: "原值", total: "40.00", fixed: "2100.00", vehiclesBook: "45.30" }),
      errors: [{ messageId: "vehiclesExceed", paths: ["assets.vehiclesBook", "assets.total"] }],
    },
  ],
});

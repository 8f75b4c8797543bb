import rule from "../../src/rules/assets-fixed-change";
import type { Assets } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const model = (assets: Assets) => evaluation({ assets });

/** “年末固定资产1,235.60万元，较上年增加35.60万元” (上年1,200.00万元). */
ruleTester(rule, {
  valid: [
    { name: "no change stated", model: model({ fixed: "1235.60", previousFixed: "1200.00" }) },
    {
      name: "1235.60 − 1200.00 = 35.60",
      model: model({ fixed: "1235.60", previousFixed: "1200.00", fixedChange: "35.60" }),
    },
    {
      name: "a decrease as a negative figure: 1180.00 − 1200.00 = −20.00",
      model: model({ fixed: "1180.00", previousFixed: "1200.00", fixedChange: "-20.00" }),
    },
  ],
  invalid: [
    {
      name: "较上年增加53.60 against 1235.60 − 1200.00 = 35.60",
      model: model({ fixed: "1235.60", previousFixed: "1200.00", fixedChange: "53.60" }),
      errors: [
        {
          messageId: "differs",
          severity: "error",
          expected: "35.60",
          actual: "53.60",
          says: ["固定资产较上年增减额填报 53.60 万元", "计算为 35.60 万元"],
          paths: ["assets.fixedChange", "assets.fixed", "assets.previousFixed"],
        },
      ],
    },
    {
      name: "a change stated with last year blank: one info at the blank",
      model: model({ fixed: "1235.60", fixedChange: "35.60" }),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          paths: ["assets.previousFixed", "assets.fixedChange"],
        },
      ],
    },
  ],
});

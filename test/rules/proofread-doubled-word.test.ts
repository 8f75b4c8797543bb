import rule from "../../src/rules/narrative/proofread-doubled-word";
import { evaluation, ruleTester } from "./rule-tester";
import { PARAGRAPH, prose } from "../narrative/cases";

// The seed's own slip (2021 双清区人社局, 工作成效 on 失业保险): "参保单位单位发放稳岗返还".
ruleTester(rule, {
  valid: [
    {
      name: "written once",
      model: prose("对17个符合失业保险稳岗返还条件的参保单位发放稳岗返还。"),
    },
    {
      name: "doubled single characters are Chinese, not slips",
      model: prose("为步步高新天地召开招聘会，保障农民工工资支付，在职职工4411人。"),
    },
    { name: "repeated with words between", model: prose("单位缴费部分减免，单位参保人数增加。") },
    { name: "no prose", model: evaluation() },
  ],
  invalid: [
    {
      name: "the seed's 单位单位",
      model: prose("对17个符合失业保险稳岗返还条件的参保单位单位发放稳岗返还19.64万余元。"),
      errors: [
        {
          messageId: "slip",
          paths: [PARAGRAPH],
          severity: "info",
          data: { quotes: "“件的参保单位单位发放稳岗”", count: 1 },
          expected: "单位",
          actual: "单位单位",
        },
      ],
    },
    {
      name: "in a 存在问题 line, marked there",
      model: prose("全年完成培训任务。", "资金使用使用效益有待进一步提高。"),
      errors: [{ messageId: "slip", paths: ["narrative.problems.0"], actual: "使用使用" }],
    },
  ],
});

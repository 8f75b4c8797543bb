import rule from "../../src/rules/indicator-assessment";
import type { Indicator } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";
import { sampleModel } from "../helpers/workbooks";

const 服务: Indicator = {
  level1: "满意度指标",
  level3: "服务对象满意度",
  direction: "定性",
  target: "逐步提高",
  actual: "明显提高",
};
const 就业: Indicator = {
  level1: "产出指标",
  level3: "城镇新增就业人员",
  unit: "人",
  direction: "≥",
  target: "3746",
  actual: "3821",
};
const model = (...indicators: Indicator[]) => evaluation({ indicators });

ruleTester(rule, {
  valid: [
    { name: "seed: quantitative, no bands", model: model(...sampleModel().indicators) },
    { name: "定性 with its band", model: model({ ...服务, assessment: "部分达成(80%-60%)" }) },
    {
      name: "no direction: cell-required says so",
      model: model({ ...服务, direction: undefined }),
    },
  ],
  invalid: [
    {
      name: "定性 without a band",
      model: model(就业, 服务),
      errors: [
        {
          messageId: "missing",
          severity: "warning",
          says: ["指标“服务对象满意度”是定性指标，“定性评价”未选，无法计分", "部分达成"],
          paths: ["indicators.1.assessment"],
        },
      ],
    },
    {
      name: "a band on a ≥ indicator is ignored",
      model: model({ ...就业, assessment: "达成(100%-80%)" }),
      errors: [
        {
          messageId: "ignored",
          severity: "info",
          actual: "达成(100%-80%)",
          says: [
            "是定量指标（方向“≥”），按目标值和实际值计分，所选定性评价“达成(100%-80%)”不参与计分",
          ],
          paths: ["indicators.0.assessment"],
        },
      ],
    },
  ],
});

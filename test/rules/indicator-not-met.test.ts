import rule from "../../src/rules/indicator-not-met";
import type { Indicator } from "../../src/model/evaluation";
import { isMet } from "../../src/rules/core/indicators";
import { evaluation, ruleTester } from "./rule-tester";
import { sampleModel } from "../helpers/workbooks";

const 就业: Indicator = {
  level1: "产出指标",
  level3: "城镇新增就业人员",
  unit: "人",
  direction: "≥",
  target: "3746",
  actual: "3821",
};
const 失业率: Indicator = {
  level1: "产出指标",
  level3: "城镇登记失业率",
  unit: "%",
  direction: "≤",
  target: "4.5",
  actual: "4.3",
};
const 缴费率: Indicator = {
  level3: "参保缴费率",
  unit: "%",
  direction: "=",
  target: "20",
  actual: "20",
};
const model = (...indicators: Indicator[]) => evaluation({ indicators });
const PATHS = ["indicators.0.deviationReason", "indicators.0.target", "indicators.0.actual"];

ruleTester(rule, {
  valid: [
    { name: "seed: all met (城镇登记失业率 4.3 ≤ 4.5)", model: model(...sampleModel().indicators) },
    { name: "≥ met exactly", model: model({ ...就业, actual: "3746" }) },
    { name: "≥ 3745.6 may round to the target 3746", model: model({ ...就业, actual: "3745.6" }) },
    { name: "≤ 4.54 may round to the target 4.5", model: model({ ...失业率, actual: "4.54" }) },
    { name: "= 20.0 against 20", model: model({ ...缴费率, actual: "20.0" }) },
    {
      name: "not met, with the reason given",
      model: model({ ...就业, actual: "3700", deviationReason: "受疫情影响，部分企业延迟复工" }),
    },
    { name: "actual blank: no verdict", model: model({ ...就业, actual: undefined }) },
    {
      name: "issue 15: 5 stated to whole units (typed text, fixed format) may round to ≤ 4.5",
      model: model({ ...失业率, actual: "5" }),
    },

    {
      name: "定性",
      model: model({ level3: "服务质量", direction: "定性", target: "提高", actual: "下降" }),
    },
  ],
  invalid: [
    {
      name: "issue 15: 5.0 typed into General (stored as 5) against ≤ 4.5 takes the target's decimals",
      model: model({ ...失业率, actual: "5", decimalsOpen: ["actual"] }),
      errors: [
        {
          messageId: "reasonMissing",
          severity: "warning",
          says: ["目标 ≤ 4.5%，实际为 5%"],
          paths: PATHS,
        },
      ],
    },
    {
      name: "issue 15: a target of 4 in General takes the actual's decimals: 4.3 ≤ 4.0 is a miss",
      model: model({ ...失业率, target: "4", actual: "4.3", decimalsOpen: ["target"] }),
      errors: [{ messageId: "reasonMissing", says: ["目标 ≤ 4%，实际为 4.3%"], paths: PATHS }],
    },
    {
      name: "≥ 3700 against 3746, no reason",
      model: model({ ...就业, actual: "3700" }),
      errors: [
        {
          messageId: "reasonMissing",
          severity: "warning",
          expected: "≥ 3746 人",
          actual: "3700 人",
          says: ["指标“城镇新增就业人员”未完成目标：目标 ≥ 3746 人，实际为 3700 人", "偏差原因"],
          paths: PATHS,
        },
      ],
    },
    {
      name: "≥ one short: 3745 cannot round to 3746",
      model: model({ ...就业, actual: "3745" }),
      errors: [
        {
          messageId: "reasonMissing",
          data: {
            indicator: "指标“城镇新增就业人员”",
            indicatorEn: "Indicator “城镇新增就业人员”",
            direction: "≥",
            target: "3746 人",
            actual: "3745 人",
          },
          actual: "3745 人",
          paths: PATHS,
        },
      ],
    },
    {
      name: "≤ 4.6 above 4.5",
      model: model({ ...失业率, actual: "4.6" }),
      errors: [
        {
          messageId: "reasonMissing",
          expected: "≤ 4.5%",
          actual: "4.6%",
          says: ["目标 ≤ 4.5%，实际为 4.6%"],
          paths: PATHS,
        },
      ],
    },
    {
      name: "= 18 against 20, and a reason of spaces is blank",
      model: model({ ...缴费率, actual: "18", deviationReason: "  " }),
      errors: [
        {
          messageId: "reasonMissing",
          data: {
            indicator: "指标“参保缴费率”",
            indicatorEn: "Indicator “参保缴费率”",
            direction: "=",
            target: "20%",
            actual: "18%",
          },
          expected: "= 20%",
          actual: "18%",
          paths: PATHS,
        },
      ],
    },
    {
      name: "= 21 above 20",
      model: model(就业, { ...缴费率, actual: "21" }),
      errors: [
        {
          messageId: "reasonMissing",
          data: {
            indicator: "指标“参保缴费率”",
            indicatorEn: "Indicator “参保缴费率”",
            direction: "=",
            target: "20%",
            actual: "21%",
          },
          paths: ["indicators.1.deviationReason", "indicators.1.target", "indicators.1.actual"],
        },
      ],
    },
  ],
});

describe("isMet", () => {
  test("by the interval rule, undefined without figures", () => {
    expect(isMet(就业)).toBe(true);
    expect(isMet({ ...就业, actual: "3745" })).toBe(false);
    expect(isMet(失业率)).toBe(true);
    expect(isMet({ ...失业率, actual: "4.6" })).toBe(false);
    expect(isMet({ ...缴费率, actual: "19" })).toBe(false);
    expect(isMet({ ...缴费率, actual: "19.6" })).toBe(true);
    expect(isMet({ ...就业, target: "逐步提高" })).toBeUndefined();
    expect(isMet({ direction: "定性", target: "提高", actual: "提高" })).toBeUndefined();
  });
});

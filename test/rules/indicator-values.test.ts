import rule from "../../src/rules/indicator-values";
import type { Indicator } from "../../src/model/evaluation";
import { figure, quantity } from "../../src/rules/core/indicators";
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
const model = (...indicators: Indicator[]) => evaluation({ indicators });

ruleTester(rule, {
  valid: [
    { name: "seed: all thirteen filled with numbers", model: model(...sampleModel().indicators) },
    {
      name: "定性 with text",
      model: model({
        level3: "服务质量",
        direction: "定性",
        target: "逐步提高",
        actual: "明显提高",
      }),
    },
    { name: "定性 left blank", model: model({ level3: "服务质量", direction: "定性" }) },
    {
      name: "no direction: cell-required says so, not this rule",
      model: model({ ...就业, direction: undefined, target: "逐步提高" }),
    },
    {
      name: "= with decimals and negatives",
      model: model({ ...就业, direction: "=", target: "-1.50", actual: "0" }),
    },
  ],
  invalid: [
    {
      name: "a ≥ target in words",
      model: model({ ...就业, target: "逐步提高" }),
      errors: [
        {
          messageId: "notANumber",
          severity: "error",
          expected: "数字",
          actual: "逐步提高",
          says: [
            "指标“城镇新增就业人员”的方向为“≥”，是定量指标，目标值应填数字，现为“逐步提高”",
            "改为“定性”",
          ],
          paths: ["indicators.0.target"],
        },
      ],
    },
    {
      name: "a ≤ actual in words",
      model: model({ ...就业, direction: "≤", actual: "已完成" }),
      errors: [
        {
          messageId: "notANumber",
          says: ["实际值应填数字，现为“已完成”"],
          paths: ["indicators.0.actual"],
        },
      ],
    },
    {
      name: "actual blank",
      model: model(就业, { ...就业, actual: undefined }),
      errors: [
        {
          messageId: "blank",
          severity: "warning",
          says: [
            "指标“城镇新增就业人员”是定量指标（方向“≥”），实际值未填，无法判断是否完成，也无法计分",
          ],
          paths: ["indicators.1.actual"],
        },
      ],
    },
    {
      name: "both blank (spaces are blank): one finding marking both",
      model: model({ ...就业, target: " ", actual: undefined }),
      errors: [
        {
          messageId: "blank",
          says: ["目标值和实际值未填"],
          paths: ["indicators.0.target", "indicators.0.actual"],
        },
      ],
    },
    {
      name: "text target and blank actual",
      model: model({ ...就业, level3: undefined, target: "较上年增长", actual: undefined }),
      errors: [
        {
          messageId: "notANumber",
          severity: "error",
          says: ["绩效指标表第 1 行的指标"],
          paths: ["indicators.0.target"],
        },
        {
          data: {
            indicator: "绩效指标表第 1 行的指标",
            indicatorEn: "The indicator in row 1",
            direction: "≥",
            fields: "实际值",
            fieldsEn: "actual is",
          },
          messageId: "blank",
          severity: "warning",
          paths: ["indicators.0.actual"],
        },
      ],
    },
  ],
});

describe("figure and quantity", () => {
  test("numbers keep their stated decimals; text and blanks are told apart", () => {
    const f = figure({ ...就业, target: "4.50" }, "target");
    expect(f.kind === "number" && [f.quantity.stated, f.quantity.interval.lo.toFixed()]).toEqual([
      "4.50",
      "4.495",
    ]);
    expect(figure({ ...就业, target: "逐步提高" }, "target")).toEqual({
      kind: "text",
      text: "逐步提高",
    });
    expect(figure({ ...就业, actual: "" }, "actual")).toEqual({ kind: "blank" });
  });

  test("quantity only for ≥, ≤ and = with both figures numbers", () => {
    expect(quantity(就业)?.direction).toBe("≥");
    expect(quantity({ ...就业, direction: "定性" })).toBeUndefined();
    expect(quantity({ ...就业, actual: "多" })).toBeUndefined();
  });
});

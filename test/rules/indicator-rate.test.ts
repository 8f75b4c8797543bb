import rule from "../../src/rules/indicator-rate";
import type { Indicator } from "../../src/model/evaluation";
import { completionRate } from "../../src/rules/core/indicators";
import { evaluation, ruleTester } from "./rule-tester";
import { sampleModel } from "../helpers/workbooks";

const seed = sampleModel().indicators;
const 就业: Indicator = {
  level1: "产出指标",
  level3: "城镇新增就业人员",
  unit: "人",
  direction: "≥",
  target: "3746",
  actual: "3821",
  statedRate: "1.02",
};
const 失业率: Indicator = {
  level1: "产出指标",
  level3: "城镇登记失业率",
  unit: "%",
  direction: "≤",
  target: "4.5",
  actual: "4.3",
};
const model = (...indicators: Indicator[]) => evaluation({ indicators });

ruleTester(rule, {
  valid: [
    {
      name: "seed: all nine stated rates hold (3821/3746 102% … 355/355 100%)",
      model: model(...seed),
    },
    {
      name: "≤: 4.5 / 4.3 = 104.7 % stated 105 %",
      model: model({ ...失业率, statedRate: "1.05" }),
    },
    {
      // Whole counts are stated to 0 decimals, so 4404.5 / 2300.5 = 191.46 % is within reach.
      name: "4405 / 2300 = 191.5 % stated 191 %: the interval rule allows it",
      model: model(...seed.map((s, i) => (i === 5 ? { ...s, statedRate: "1.91" } : s))),
    },
    { name: "stated to a tenth of a percent", model: model({ ...就业, statedRate: "1.020" }) },
    {
      name: "=: 20 of 20 stated 100 %",
      model: model({
        level3: "参保缴费率",
        unit: "%",
        direction: "=",
        target: "20",
        actual: "20",
        statedRate: "1",
      }),
    },
    { name: "no stated rate", model: model({ ...就业, statedRate: undefined }) },
    {
      name: "target is text: indicator-values says so",
      model: model({ ...就业, target: "逐步提高" }),
    },
    {
      name: "actual blank: indicator-values says so",
      model: model({ ...就业, actual: undefined }),
    },
    {
      name: "定性 with a stated rate",
      model: model({
        level3: "服务质量",
        direction: "定性",
        target: "提高",
        actual: "有所提高",
        statedRate: "1",
      }),
    },
  ],
  invalid: [
    {
      name: "3821 / 3746 = 102.0 % stated 103 %",
      model: model({ ...就业, statedRate: "1.03" }),
      errors: [
        {
          messageId: "differs",
          severity: "error",
          expected: "102%",
          actual: "103%",
          says: ["指标“城镇新增就业人员”填报完成率 103%", "实际值 3821 人 ÷ 目标值 3746 人 = 102%"],
          paths: ["indicators.0.statedRate", "indicators.0.target", "indicators.0.actual"],
        },
      ],
    },
    {
      name: "4405 / 2300 = 191.5 % stated 190 %",
      model: model(...seed.map((s, i) => (i === 5 ? { ...s, statedRate: "1.90" } : s))),
      errors: [
        {
          messageId: "differs",
          data: {
            indicator: "指标“政府补贴性职业技能培训”",
            indicatorEn: "Indicator “政府补贴性职业技能培训”",
            stated: "190%",
            target: "2300 人",
            actual: "4405 人",
            computed: "191.5%",
          },
          expected: "191.5%",
          actual: "190%",
          paths: ["indicators.5.statedRate", "indicators.5.target", "indicators.5.actual"],
        },
      ],
    },
    {
      name: "≤ computed the wrong way round: 4.3 / 4.5 = 95.6 % stated 96 %",
      model: model({ ...失业率, statedRate: "0.96" }),
      errors: [
        {
          paths: ["indicators.0.statedRate", "indicators.0.target", "indicators.0.actual"],
          messageId: "differsAtMost",
          expected: "104.7%",
          actual: "96%",
          says: ["越小越好（≤）", "目标值 4.5% ÷ 实际值 4.3% = 104.7%"],
        },
      ],
    },
    {
      name: "growth from zero stated 100 %",
      model: model({ ...就业, target: "0", actual: "12", statedRate: "1.00" }),
      errors: [
        {
          messageId: "cannotCompute",
          severity: "info",
          says: ["目标值为 0 人，无法计算完成率", "100%"],
          paths: ["indicators.0.statedRate", "indicators.0.target", "indicators.0.actual"],
        },
      ],
    },
    {
      name: "≤ with actual 0",
      model: model({ ...失业率, actual: "0", statedRate: "1" }),
      errors: [
        {
          paths: ["indicators.0.statedRate", "indicators.0.target", "indicators.0.actual"],
          messageId: "cannotComputeAtMost",
          severity: "info",
          says: ["实际值为 0%"],
        },
      ],
    },
    {
      name: "an unnamed indicator is named by its row",
      model: model(就业, { ...就业, level3: undefined, statedRate: "1.2" }),
      errors: [
        {
          messageId: "differs",
          says: ["绩效指标表第 2 行的指标填报完成率 120%"],
          paths: ["indicators.1.statedRate", "indicators.1.target", "indicators.1.actual"],
        },
      ],
    },
  ],
});

describe("completionRate", () => {
  test("by direction, from the stated figures", () => {
    const r = completionRate(就业);
    expect(r.kind === "rate" && r.value.toDecimalPlaces(4).toFixed()).toBe("1.02");
    const l = completionRate(失业率);
    expect(l.kind === "rate" && l.value.toDecimalPlaces(4).toFixed()).toBe("1.0465");
  });

  test("zero denominators, qualitative, missing", () => {
    expect(completionRate({ ...就业, target: "0" }).kind).toBe("cannotCompute");
    expect(completionRate({ ...失业率, actual: "0.0" }).kind).toBe("cannotCompute");
    expect(completionRate({ direction: "定性", target: "提高" }).kind).toBe("qualitative");
    expect(completionRate({ ...就业, actual: undefined }).kind).toBe("missing");
    expect(completionRate({ ...就业, target: "逐步提高" }).kind).toBe("missing");
    expect(completionRate({ ...就业, direction: undefined }).kind).toBe("missing");
  });
});

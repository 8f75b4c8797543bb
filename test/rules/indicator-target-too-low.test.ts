import rule from "../../src/rules/indicator-target-too-low";
import type { Indicator } from "../../src/model/evaluation";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { runRules } from "../../src/rules/core/engine";
import { tooLow } from "../../src/rules/core/indicators";
import { evaluation, ruleTester } from "./rule-tester";
import { sampleModel } from "../helpers/workbooks";

const seed = sampleModel().indicators;
const 培训: Indicator = {
  level1: "产出指标",
  level3: "政府补贴性职业技能培训",
  unit: "人",
  direction: "≥",
  target: "2300",
  actual: "4405",
  statedRate: "1.92",
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
const at = (i: number) => [`indicators.${i}.target`, `indicators.${i}.actual`];

ruleTester(rule, {
  valid: [
    {
      name: "the seed without its four: 102 %, 113 %, 100 % …",
      model: model(...seed.filter((_, i) => ![5, 6, 7, 10].includes(i))),
    },
    { name: "129 % is not 130 %", model: model({ ...培训, target: "100", actual: "129" }) },
    {
      name: "129.96 % shows as 130.0 % but is below it",
      model: model({ ...培训, target: "100", actual: "129.96" }),
    },
    { name: "≤ 4.5 against 4.3 (104.7 %)", model: model(失业率) },
    { name: "= has no better", model: model({ ...培训, direction: "=" }) },
    { name: "growth from zero has no rate", model: model({ ...培训, target: "0" }) },
    { name: "≤ with actual 0 has no rate", model: model({ ...失业率, actual: "0" }) },
    { name: "text target", model: model({ ...培训, target: "逐步提高" }) },
  ],
  invalid: [
    {
      name: "seed: exactly four — 2300→4405, 360→2366, 250→628, 4436→19179",
      model: model(...seed),
      errors: [
        {
          messageId: "tooLow",
          severity: "warning",
          expected: "< 130%",
          actual: "191.5%",
          says: [
            "指标“政府补贴性职业技能培训”目标值 2300 人，实际完成 4405 人，完成率 191.5%，达到或超过 130%，说明目标值定得偏低",
            "财政局将对该指标扣 2 分",
          ],
          paths: at(5),
        },
        { messageId: "tooLow", actual: "657.2%", says: ["农村转移就业劳动者培训"], paths: at(6) },
        { messageId: "tooLow", actual: "251.2%", says: ["贫困劳动力培训"], paths: at(7) },
        {
          messageId: "tooLow",
          actual: "432.3%",
          says: ["目标值 4436 万元，实际完成 19179 万元"],
          paths: at(10),
        },
      ],
    },
    {
      name: "a borderline exactly 130 % counts",
      model: model({ ...培训, target: "100", actual: "130" }),
      errors: [
        {
          data: {
            indicator: "指标“政府补贴性职业技能培训”",
            indicatorEn: "Indicator “政府补贴性职业技能培训”",
            target: "100 人",
            actual: "130 人",
            rate: "130%",
            threshold: "130%",
            points: 2,
          },
          messageId: "tooLow",
          actual: "130%",
          paths: at(0),
        },
      ],
    },
    {
      name: "≤: target 4.5 against actual 3 is 150 %",
      model: model({ ...失业率, actual: "3" }),
      errors: [
        {
          messageId: "tooLoose",
          actual: "150%",
          says: ["越小越好（≤），目标值 4.5%，实际为 3%", "过于宽松", "扣 2 分"],
          paths: at(0),
        },
      ],
    },
  ],
});

describe("the profile's switch and ratio", () => {
  const deduction = (d: Partial<typeof DEFAULT_PROFILE.deductions.targetTooLow>) => ({
    ...DEFAULT_PROFILE,
    deductions: {
      ...DEFAULT_PROFILE.deductions,
      targetTooLow: { ...DEFAULT_PROFILE.deductions.targetTooLow, ...d },
    },
  });

  test("switched off, the seed has none", () => {
    expect(runRules(model(...seed), [rule], undefined, deduction({ enabled: false }))).toEqual([]);
  });

  test("ratio and points come from the profile", () => {
    const f = runRules(model(...seed), [rule], undefined, deduction({ ratio: 2, points: 3 }));
    expect(f.map((x) => x.actual)).toEqual(["657.2%", "251.2%", "432.3%"]);
    expect(f[0].message).toContain("达到或超过 200%");
    expect(f[0].message).toContain("扣 3 分");
  });

  test("tooLow on the stated figures", () => {
    expect(tooLow({ ...培训, target: "100", actual: "130" }, 1.3)).toBe(true);
    expect(tooLow({ ...培训, target: "100", actual: "129.99" }, "1.3")).toBe(false);
    expect(tooLow({ ...失业率, actual: "3.4" }, 1.3)).toBe(true);
    expect(tooLow({ ...失业率, actual: "3.5" }, 1.3)).toBe(false);
    expect(tooLow({ ...培训, target: "0" }, 1.3)).toBe(false);
  });
});

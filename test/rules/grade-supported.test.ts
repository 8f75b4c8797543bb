import rule from "../../src/rules/grade-supported";
import { completedSample, sampleModel } from "../helpers/workbooks";
import { ruleTester } from "./rule-tester";
import { runRules } from "../../src/rules";

const withGrade = (grade: "优秀" | "良好" | "良" | "中等" | undefined, scoreText?: string) => {
  const m = completedSample(); // scores 89.49, 良
  m.profile.statedGrade = grade;
  m.profile.statedScore = scoreText;
  return m;
};

ruleTester(rule, {
  valid: [
    { name: "良好 for 89.49 points", model: withGrade("良好") },
    { name: "良 is 良好", model: withGrade("良") },
    { name: "stated score 89.5 (rounded) for 89.49", model: withGrade("良好", "89.5") },
    { name: "stated score 89 stands for 88.5–89.5", model: withGrade("良好", "89") },
    { name: "nothing stated", model: withGrade(undefined) },
  ],
  invalid: [
    {
      name: "seed: 良好 stated while the score is incomplete",
      model: sampleModel(),
      errors: [
        {
          messageId: "incomplete",
          severity: "warning",
          paths: ["profile.statedGrade"],
          says: ["良好", "预算执行率", "效益指标（含满意度）", "27"],
        },
      ],
    },
    {
      name: "优秀 for 89.49 points",
      model: withGrade("优秀"),
      errors: [
        {
          paths: ["profile.statedGrade"],
          messageId: "gradeDiffers",
          severity: "error",
          expected: "良",
          actual: "优秀",
          says: ["89.49", "良"],
        },
      ],
    },
    {
      name: "stated score 92 for 89.49 points",
      model: withGrade("良好", "92"),
      errors: [
        {
          data: { stated: "92", score: "89.49" },
          messageId: "scoreDiffers",
          severity: "warning",
          paths: ["profile.statedScore"],
          expected: "89.49",
        },
      ],
    },
  ],
});

describe("English plurals (issue 12)", () => {
  const incomplete = (m: ReturnType<typeof completedSample>) =>
    runRules(m, [rule]).find((f) => f.messageId === "incomplete")!.messageEn;
  test("one indicator lacks data; twelve indicators lack data", () => {
    const one = withGrade("良好");
    one.expenditure.execution.carryoverEnd = undefined;
    expect(incomplete(one)).toContain(": 1 indicator lacks data (");
    expect(incomplete(sampleModel())).toMatch(/: 12 indicators lack data \(/);
  });
});

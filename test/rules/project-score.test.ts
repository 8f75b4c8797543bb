import rule from "../../src/rules/project-score";
import type { Project } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const model = (p: Project) => evaluation({ projects: [{ name: "就业专项资金", ...p }] });

/** The statement pattern “项目自评得分95分，评价等级为优”. */
ruleTester(rule, {
  valid: [
    { name: "95 分, 优", model: model({ score: "95", grade: "优" }) },
    { name: "95 分, 优秀 (the same grade)", model: model({ score: "95", grade: "优秀" }) },
    { name: "80 分 is 良 (80–<90)", model: model({ score: "80", grade: "良好" }) },
    { name: "a score without a grade", model: model({ score: "72.5" }) },
    { name: "a grade without a score", model: model({ grade: "良" }) },
  ],
  invalid: [
    {
      name: "“项目自评得分95分” written as 955",
      model: model({ score: "955", grade: "优" }),
      errors: [
        {
          messageId: "outOfRange",
          severity: "error",
          actual: "955",
          says: ["项目“就业专项资金”自评得分填报 955 分"],
          paths: ["projects.0.score"],
        },
      ],
    },
    {
      name: "89 分 stated 优",
      model: model({ score: "89", grade: "优" }),
      errors: [
        {
          messageId: "gradeDiffers",
          expected: "良",
          actual: "优",
          says: ["自评得分 89 分，应为“良”"],
          paths: ["projects.0.grade", "projects.0.score"],
        },
      ],
    },
  ],
});

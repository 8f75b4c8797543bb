import rule from "../../src/rules/project-total";
import { evaluation, ruleTester } from "./rule-tester";

const model = (actuals: string[], stated?: string) =>
  evaluation({
    expenditure: { stated: { project: { actual: stated } } },
    projects: actuals.map((actual, i) => ({ name: `项目${i + 1}`, actual })),
  });

ruleTester(rule, {
  valid: [
    { name: "seed: 8 = 8", model: model(["8.00"], "8.00") },
    { name: "two projects, 5.5 + 2.5 stated 8", model: model(["5.5", "2.5"], "8") },
    { name: "no total stated", model: model(["8.00"]) },
    { name: "no project filled", model: model([], "8.00") },
  ],
  invalid: [
    {
      name: "5.50 + 2.40 stated as 8.00",
      model: model(["5.50", "2.40"], "8.00"),
      errors: [
        {
          messageId: "mismatch",
          expected: "7.9",
          actual: "8.00",
          says: ["项目支出合计（实际支出）填报 8.00 万元", "7.9", "0.1"],
          paths: ["expenditure.stated.project.actual", "projects.0.actual", "projects.1.actual"],
        },
      ],
    },
  ],
});

import rule from "../../src/rules/project-count";
import type { Project } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const rows = (n: number): Project[] =>
  Array.from({ length: n }, (_, i) => ({ name: `项目${i + 1}`, actual: "10.00" }));
const model = (count: string | undefined, listed: number, partial?: boolean) =>
  evaluation({
    expenditure: {
      projectCount: count,
      ...(partial === undefined ? {} : { projectsPartial: partial }),
    },
    projects: rows(listed),
  });

/** The statement pattern “共实施项目5个”, with the 项目 table listing them all or the main ones. */
ruleTester(rule, {
  valid: [
    { name: "no count stated", model: model(undefined, 3) },
    { name: "“共实施项目5个” with five rows", model: model("5", 5) },
    { name: "partial list: five projects, the three main ones listed", model: model("5", 3, true) },
    { name: "partial list holding all five", model: model("5", 5, true) },
  ],
  invalid: [
    {
      // The seed's kind of slip: a count carried over from last year's report.
      name: "“共实施项目5个” with four rows and the list not marked partial",
      model: model("5", 4),
      errors: [
        {
          messageId: "differs",
          severity: "error",
          expected: "4",
          actual: "5",
          says: ["项目个数填报 5 个，项目表列了 4 个项目", "部分列示"],
          paths: ["expenditure.projectCount"],
        },
      ],
    },
    {
      name: "partial list of six against a stated five",
      model: model("5", 6, true),
      errors: [
        {
          messageId: "moreListed",
          expected: "≥ 6",
          says: ["所列项目 6 个已多于填报的项目个数 5 个"],
          paths: ["expenditure.projectCount", "expenditure.projectsPartial"],
        },
      ],
    },
  ],
});

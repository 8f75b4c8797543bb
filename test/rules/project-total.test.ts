import rule from "../../src/rules/project-total";
import { evaluation, ruleTester } from "./rule-tester";

const model = (actuals: string[], stated?: string) =>
  evaluation({
    expenditure: { stated: { project: { actual: stated } } },
    projects: actuals.map((actual, i) => ({ name: `项目${i + 1}`, actual })),
  });

/**
 * Issue 25 item 8, 南县政协 2024: "项目支出包括委员活动经费40万元，…信息中心工作运行经费专项5万元，
 * 信息网络运行经费7万元，综合活动经费13万元，调研协商经费31万元等5个项目" beside 项目支出182.35万元:
 * a list the unit gives in part (等), marked 部分列示.
 */
const NANXIAN = ["40", "5", "7", "13", "31"];
const partial = (stated: string) =>
  evaluation({
    expenditure: { stated: { project: { actual: stated } }, projectsPartial: true },
    projects: NANXIAN.map((actual, i) => ({ name: `项目${i + 1}`, actual })),
  });

ruleTester(rule, {
  valid: [
    { name: "seed: 8 = 8", model: model(["8.00"], "8.00") },
    { name: "two projects, 5.5 + 2.5 stated 8", model: model(["5.5", "2.5"], "8") },
    { name: "no total stated", model: model(["8.00"]) },
    {
      name: "南县政协 2024: five listed projects (96) 部分列示 under 182.35",
      model: partial("182.35"),
    },
    {
      // Issue 25 item 4: "30" written without decimals beside two-decimal siblings, as
      // 南县政协 2024 lists its projects (委员活动经费40万元 …) beside totals such as 182.35.
      name: "12.37 + 30 + 5.16 stated 47.54: a gap of 0.01 is rounding",
      model: model(["12.37", "30", "5.16"], "47.54"),
    },
    { name: "no project filled", model: model([], "8.00") },
  ],
  invalid: [
    {
      name: "南县政协 2024 unmarked: the same list summed as if complete is a mismatch",
      model: model(NANXIAN, "182.35"),
      errors: [
        {
          messageId: "mismatch",
          expected: "96",
          actual: "182.35",
          paths: [
            "expenditure.stated.project.actual",
            ...NANXIAN.map((_, i) => `projects.${i}.actual`),
          ],
        },
      ],
    },
    {
      name: "a 部分列示 list above its total (96 against 90.00) is still an error",
      model: partial("90.00"),
      errors: [
        {
          messageId: "partialExceeds",
          severity: "error",
          expected: "≤ 90.00",
          actual: "96.00",
          says: ["项目表为部分列示", "相加为 96.00 万元，已超过项目支出合计 90.00 万元"],
          paths: [
            "expenditure.stated.project.actual",
            ...NANXIAN.map((_, i) => `projects.${i}.actual`),
          ],
        },
      ],
    },
    {
      // Issue 25 item 4: read at its siblings' precision, "30" forgives no more than 30.00 does.
      name: "12.37 + 30 + 5.16 stated 47.55: 30 read as 30.00, the gap 0.02 is a warning",
      model: model(["12.37", "30", "5.16"], "47.55"),
      errors: [
        {
          messageId: "roundingUnlikely",
          severity: "warning",
          actual: "0.02",
          paths: [
            "expenditure.stated.project.actual",
            "projects.0.actual",
            "projects.1.actual",
            "projects.2.actual",
          ],
        },
      ],
    },
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

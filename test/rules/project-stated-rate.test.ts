import rule from "../../src/rules/project-stated-rate";
import type { Project } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const model = (p: Project) => evaluation({ projects: [{ name: "劳动保障扩面工作经费", ...p }] });

/** The statement pattern “项目全年预算8.00万元，实际支出7.72万元，项目执行率96.5%”. */
ruleTester(rule, {
  valid: [
    { name: "no rate stated", model: model({ budgetAdjusted: "8.00", actual: "7.72" }) },
    {
      name: "7.72 ÷ 8.00 = 96.5%",
      model: model({ budgetAdjusted: "8.00", actual: "7.72", statedRate: "0.965" }),
    },
    {
      // 7.75 ÷ 8.00 = 96.875%: written 96.8% by truncation, as reports often do.
      name: "96.875% truncated to 96.8%",
      model: model({ budgetAdjusted: "8.00", actual: "7.75", statedRate: "0.968" }),
    },
    {
      name: "年初预算 where no 全年预算 is given: 8.00 ÷ 8.00 = 100%",
      model: model({ budgetInitial: "8.00", actual: "8.00", statedRate: "1" }),
    },
  ],
  invalid: [
    {
      name: "96.5% stated against 7.52 ÷ 8.00 = 94%",
      model: model({ budgetAdjusted: "8.00", actual: "7.52", statedRate: "0.965" }),
      errors: [
        {
          messageId: "differs",
          severity: "error",
          expected: "94%",
          actual: "96.5%",
          says: ["项目“劳动保障扩面工作经费”执行率填报 96.5%", "计算为 94%"],
          paths: ["projects.0.statedRate", "projects.0.actual", "projects.0.budgetAdjusted"],
        },
      ],
    },
    {
      name: "a rate stated beside a blank 实际支出 is not checked: one info at the blank",
      model: model({ budgetAdjusted: "8.00", statedRate: "0.965" }),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          paths: ["projects.0.actual", "projects.0.statedRate"],
        },
      ],
    },
    {
      name: "a rate stated on a budget of 0",
      model: model({ budgetAdjusted: "0.00", actual: "8.00", statedRate: "1" }),
      errors: [
        {
          messageId: "cannotCompute",
          paths: ["projects.0.statedRate", "projects.0.actual", "projects.0.budgetAdjusted"],
        },
      ],
    },
  ],
});

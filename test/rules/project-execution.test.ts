import rule from "../../src/rules/project-execution";
import type { Project } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const model = (p: Project) => evaluation({ projects: [{ name: "劳动保障扩面工作经费", ...p }] });

ruleTester(rule, {
  valid: [
    {
      name: "seed: 8 of 8",
      model: model({ budgetAdjusted: "8.00", actual: "8.00", purpose: "用于劳动保障扩面工作经费" }),
    },
    { name: "95 %", model: model({ budgetAdjusted: "10", actual: "9.5" }) },
    {
      name: "50 % with results written",
      model: model({ budgetAdjusted: "10", actual: "5", result: "项目跨年度实施，余款结转下年" }),
    },
    {
      // Issue 25 item 6: a reason in the narrative, naming 结转 and its cause.
      name: "50 % explained by a 文字材料 sentence naming 结转 and a cause",
      model: evaluation({
        projects: [{ name: "劳动保障扩面工作经费", budgetAdjusted: "10", actual: "5" }],
        narrative: {
          problems: ["部分项目因验收延期，资金未能按时支付，结转下年使用。"],
        },
      }),
    },
    { name: "no budget", model: model({ actual: "8" }) },
    { name: "zero budget, nothing spent", model: model({ budgetAdjusted: "0", actual: "0" }) },
  ],
  invalid: [
    {
      // Issue 25 item 6, the seed's own 资金用途 text (用于劳动保障扩面工作经费) and a 实施成效 in
      // the seed's style: they describe the project and give no reason for a low execution.
      name: "50 % with a use and results that give no reason: still a warning",
      model: model({
        budgetAdjusted: "10",
        actual: "5",
        purpose: "用于劳动保障扩面工作经费",
        result: "扩面工作顺利推进，参保人数稳步增长。",
      }),
      errors: [
        {
          messageId: "reasonMissing",
          actual: "50%",
          paths: ["projects.0.result", "projects.0.actual", "projects.0.budgetAdjusted"],
        },
      ],
    },
    {
      name: "50 % with “见说明” in 资金用途: not a reason",
      model: model({ budgetAdjusted: "10", actual: "5", purpose: "见说明" }),
      errors: [
        {
          messageId: "reasonMissing",
          paths: ["projects.0.result", "projects.0.actual", "projects.0.budgetAdjusted"],
        },
      ],
    },
    {
      name: "a narrative sentence naming 结转 without a cause does not count",
      model: evaluation({
        projects: [{ name: "劳动保障扩面工作经费", budgetAdjusted: "10", actual: "5" }],
        narrative: { problems: ["年末结转资金5万元。"] },
      }),
      errors: [
        {
          messageId: "reasonMissing",
          paths: ["projects.0.result", "projects.0.actual", "projects.0.budgetAdjusted"],
        },
      ],
    },
    {
      name: "over the adjusted budget",
      model: model({ budgetAdjusted: "8.00", actual: "9.00" }),
      errors: [
        {
          messageId: "overspent",
          actual: "112.5%",
          says: ["项目“劳动保障扩面工作经费”实际支出 9.00 万元超出全年预算 8.00 万元"],
          paths: ["projects.0.actual", "projects.0.budgetAdjusted"],
        },
      ],
    },
    {
      name: "the initial budget when no adjusted budget is given",
      model: model({ budgetInitial: "8.00", actual: "9.00" }),
      errors: [
        {
          messageId: "overspent",
          says: ["年初预算 8.00"],
          paths: ["projects.0.actual", "projects.0.budgetInitial"],
        },
      ],
    },
    {
      name: "below 90 % with neither results nor use written",
      model: model({ budgetAdjusted: "10", actual: "5" }),
      errors: [
        {
          messageId: "reasonMissing",
          actual: "50%",
          says: ["50%", "实施成效"],
          paths: ["projects.0.result", "projects.0.actual", "projects.0.budgetAdjusted"],
        },
      ],
    },
    {
      name: "spent without a budget",
      model: model({ budgetAdjusted: "0", actual: "3" }),
      errors: [
        {
          paths: ["projects.0.actual", "projects.0.budgetAdjusted"],
          data: {
            project: "项目“劳动保障扩面工作经费”",
            projectEn: "Project “劳动保障扩面工作经费”",
            budgetLabel: "全年预算",
            budgetLabelEn: "adjusted budget",
            budget: "0",
            actual: "3",
          },
          messageId: "cannotCompute",
          severity: "info",
        },
      ],
    },
  ],
});

import rule from "../../src/rules/budget-execution";
import type { AmountColumns } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const model = (basic: AmountColumns, total: AmountColumns, executionReason?: string) =>
  evaluation({ expenditure: { stated: { basic, total }, execution: { executionReason } } });

ruleTester(rule, {
  valid: [
    { name: "seed: no budgets", model: model({ actual: "226.98" }, { actual: "226.98" }) },
    {
      name: "95 % executed",
      model: model({ budgetAdjusted: "200" }, { budgetAdjusted: "250", actual: "237.5" }),
    },
    {
      name: "exactly 100 %",
      model: model({ budgetAdjusted: "200" }, { budgetAdjusted: "250.00", actual: "250.00" }),
    },
    {
      name: "rounding: 250.004 within 250.00",
      model: model({ budgetAdjusted: "200" }, { budgetAdjusted: "250.00", actual: "250.004" }),
    },
    {
      name: "80 % with a reason given",
      model: model(
        { budgetAdjusted: "200" },
        { budgetAdjusted: "250", actual: "200" },
        "疫情影响，部分项目延期"
      ),
    },
    {
      name: "a budget computed from projects alone is incomplete, not small",
      model: evaluation({
        expenditure: {
          stated: { total: { actual: "226.98" } },
          execution: {},
        },
        projects: [{ name: "扩面经费", budgetAdjusted: "8.00", actual: "8.00" }],
      }),
    },
    {
      name: "no actual expenditure",
      model: model({ budgetAdjusted: "200" }, { budgetAdjusted: "250" }),
    },
  ],
  invalid: [
    {
      name: "issue 15 item 5: only the totals stated (no split): the rate uses them",
      model: model({}, { budgetAdjusted: "250.00", actual: "200.00" }),
      errors: [
        {
          messageId: "reasonMissing",
          actual: "80%",
          paths: [
            "expenditure.execution.executionReason",
            "expenditure.stated.total.actual",
            "expenditure.stated.total.budgetAdjusted",
          ],
        },
      ],
    },
    {
      name: "over the adjusted budget",
      model: model({ budgetAdjusted: "200" }, { budgetAdjusted: "250.00", actual: "260.00" }),
      errors: [
        {
          messageId: "overspent",
          severity: "warning",
          actual: "104%",
          says: ["104%", "260", "250", "超出全年预算"],
          paths: ["expenditure.stated.total.actual", "expenditure.stated.total.budgetAdjusted"],
        },
      ],
    },
    {
      name: "80 % without a reason",
      model: model({ budgetAdjusted: "200" }, { budgetAdjusted: "250", actual: "200" }),
      errors: [
        {
          messageId: "reasonMissing",
          actual: "80%",
          says: ["80%", "低于 90%", "原因"],
          paths: [
            "expenditure.execution.executionReason",
            "expenditure.stated.total.actual",
            "expenditure.stated.total.budgetAdjusted",
          ],
        },
      ],
    },
    {
      name: "the budget total stands in by basic + project",
      model: evaluation({
        expenditure: {
          stated: {
            basic: { budgetAdjusted: "200" },
            project: { budgetAdjusted: "10" },
            total: { actual: "220" },
          },
        },
      }),
      errors: [
        {
          paths: [
            "expenditure.stated.total.actual",
            "expenditure.stated.basic.budgetAdjusted",
            "expenditure.stated.project.budgetAdjusted",
          ],
          messageId: "overspent",
          says: ["104.8%", "210"],
        },
      ],
    },
    {
      name: "a zero budget cannot give a rate",
      model: model({ budgetAdjusted: "0" }, { budgetAdjusted: "0.00", actual: "5.00" }),
      errors: [
        {
          paths: ["expenditure.stated.total.actual", "expenditure.stated.total.budgetAdjusted"],
          messageId: "cannotCompute",
          severity: "info",
          says: ["无法计算"],
        },
      ],
    },
  ],
});

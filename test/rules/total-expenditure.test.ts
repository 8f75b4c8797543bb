import rule from "../../src/rules/total-expenditure";
import type { AmountColumns, Project } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const model = (
  basic: AmountColumns,
  project: AmountColumns,
  total: AmountColumns,
  projects: Project[] = []
) => evaluation({ expenditure: { stated: { basic, project, total } }, projects });

ruleTester(rule, {
  valid: [
    {
      name: "226.98 + 8.00 = 234.98",
      model: model({ actual: "226.98" }, { actual: "8.00" }, { actual: "234.98" }),
    },
    {
      name: "a blank project total stands in by the projects",
      model: model({ actual: "226.98" }, {}, { actual: "234.98" }, [
        { name: "A", actual: "5.00" },
        { name: "B", actual: "3.00" },
      ]),
    },
    {
      name: "a blank basic total stands in by personnel + public",
      model: evaluation({
        expenditure: {
          stated: {
            personnel: { actual: "125.94" },
            public: { actual: "101.04" },
            project: { actual: "8" },
            total: { actual: "234.98" },
          },
        },
      }),
    },
    { name: "no total stated", model: model({ actual: "226.98" }, { actual: "8.00" }, {}) },
    { name: "nothing filled", model: evaluation() },
  ],
  invalid: [
    {
      // Issue 25 item 3: 财政拨款 of 项目支出 left blank, pinned to 73.02 by 支出总计 300.00 −
      // 基本 226.98 — impossible, since 其中：财政拨款 cannot exceed the project's 实际 8.00.
      name: "an implied blank fiscal part above its own actual: an error",
      model: model(
        { actual: "226.98", fiscal: "226.98" },
        { actual: "8.00" },
        { actual: "234.98", fiscal: "300.00" }
      ),
      errors: [
        {
          messageId: "impliedImpossible",
          severity: "error",
          expected: "≤ 8.00",
          actual: "73.02",
          says: ["项目支出合计（其中财政拨款）未填；按", "应为 73.02 万元，但它不能超过"],
          paths: [
            "expenditure.stated.project.fiscal",
            "expenditure.stated.total.fiscal",
            "expenditure.stated.basic.fiscal",
            "expenditure.stated.project.actual",
          ],
        },
      ],
    },
    {
      name: "an implied blank fiscal part within its actual: a warning naming it",
      model: model(
        { actual: "226.98", fiscal: "226.98" },
        { actual: "8.00" },
        { actual: "234.98", fiscal: "232.98" }
      ),
      errors: [
        {
          messageId: "impliedBlank",
          severity: "warning",
          expected: "6.00",
          paths: [
            "expenditure.stated.project.fiscal",
            "expenditure.stated.total.fiscal",
            "expenditure.stated.basic.fiscal",
          ],
        },
      ],
    },
    {
      name: "seed: 226.98 stated, but 226.98 + 8.00 = 234.98",
      model: model(
        { actual: "226.98", fiscal: "421.30" },
        { budgetAdjusted: "8.00", actual: "8.00" },
        { actual: "226.98" }
      ),
      errors: [
        {
          messageId: "mismatch",
          expected: "234.98",
          actual: "226.98",
          says: [
            "支出总计（实际支出）填报 226.98 万元",
            "基本支出 226.98 万元 + 项目支出 8.00 万元 = 234.98 万元",
            "相差 -8.00 万元", // unit and the compared figures' decimals (issue 12)
          ],
          paths: [
            "expenditure.stated.total.actual",
            "expenditure.stated.basic.actual",
            "expenditure.stated.project.actual",
          ],
        },
      ],
    },
    {
      name: "a blank basic is computed from personnel + public and says so",
      model: evaluation({
        expenditure: {
          stated: {
            personnel: { budgetInitial: "100" },
            public: { budgetInitial: "50" },
            project: { budgetInitial: "10" },
            total: { budgetInitial: "150" },
          },
        },
      }),
      errors: [
        {
          messageId: "mismatch",
          expected: "160",
          says: ["年初预算", "基本支出 150 万元（按人员、公用支出合计）"],
          paths: [
            "expenditure.stated.total.budgetInitial",
            "expenditure.stated.personnel.budgetInitial",
            "expenditure.stated.public.budgetInitial",
            "expenditure.stated.project.budgetInitial",
          ],
        },
      ],
    },
  ],
});

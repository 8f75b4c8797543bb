import rule from "../../src/rules/budget-adjustment";
import type { AmountColumns } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const model = (total: AmountColumns, additions?: string, basic: AmountColumns = {}) =>
  evaluation({ expenditure: { stated: { basic, total }, execution: { additions } } });

const PATHS = [
  "expenditure.execution.additions",
  "expenditure.stated.total.budgetInitial",
  "expenditure.stated.total.budgetAdjusted",
];

/** Budgets by level (template 1.2): 基本 180 → 182.98, 项目 48 → 52, 总计 228 → 234.98. */
const BASIC = { budgetInitial: "180.00", budgetAdjusted: "182.98" };
const PROJECT = { budgetInitial: "48.00", budgetAdjusted: "52.00" };
const TOTAL = { budgetInitial: "228.00", budgetAdjusted: "234.98" };
const byLevel = (
  additions: { total?: string; basic?: string; project?: string },
  totals: { basic?: AmountColumns; project?: AmountColumns; total?: AmountColumns } = {}
) =>
  evaluation({
    expenditure: {
      stated: {
        basic: totals.basic ?? BASIC,
        project: totals.project ?? PROJECT,
        total: totals.total ?? TOTAL,
      },
      execution: {
        additions: additions.total,
        additionsBasic: additions.basic,
        additionsProject: additions.project,
      },
    },
  });

const BASIC_PATHS = [
  "expenditure.execution.additionsBasic",
  "expenditure.stated.basic.budgetInitial",
  "expenditure.stated.basic.budgetAdjusted",
];
const PARTS_PATHS = [
  "expenditure.execution.additions",
  "expenditure.execution.additionsBasic",
  "expenditure.execution.additionsProject",
];

ruleTester(rule, {
  valid: [
    { name: "seed: no budgets", model: model({ actual: "226.98" }) },
    {
      name: "228.00 + 6.98 = 234.98",
      model: model({ budgetInitial: "228.00", budgetAdjusted: "234.98" }, "6.98"),
    },
    {
      name: "a cut: 250.00 − 15.02 = 234.98",
      model: model({ budgetInitial: "250.00", budgetAdjusted: "234.98" }, "-15.02"),
    },
    {
      name: "no adjustment stated and none needed",
      model: model({ budgetInitial: "234.98", budgetAdjusted: "234.98" }),
    },
    { name: "no adjusted budget", model: model({ budgetInitial: "228.00" }, "6.98") },
    {
      name: "every level adds up: 180 + 2.98, 48 + 4, total 6.98",
      model: byLevel({ total: "6.98", basic: "2.98", project: "4.00" }),
    },
    {
      name: "a rounded part still passes: 2.980 stated as 3.0 (± 0.05) beside 4.00 and 6.98",
      model: byLevel({ total: "6.98", basic: "3.0", project: "4.00" }),
    },
    {
      name: "total adjustment blank, both parts stated: their sum closes the total",
      model: byLevel({ basic: "2.98", project: "4.00" }),
    },
    {
      name: "only the basic part beside the total, and it is all of it (the blank 0 fits)",
      model: byLevel(
        { total: "2.98", basic: "2.98" },
        {
          project: { budgetInitial: "48.00", budgetAdjusted: "48.00" },
          total: { budgetInitial: "228.00", budgetAdjusted: "230.98" },
        }
      ),
    },
  ],
  invalid: [
    {
      name: "228.00 + 6.98 stated against 240.00",
      model: model({ budgetInitial: "228.00", budgetAdjusted: "240.00" }, "6.98"),
      errors: [
        {
          messageId: "mismatch",
          severity: "error",
          expected: "12.00",
          actual: "6.98",
          says: [
            "支出总计：年初预算 228.00 万元 + 本年追加/调整 6.98 万元 = 234.98 万元",
            "240.00",
          ],
          paths: PATHS,
        },
      ],
    },
    {
      name: "blank adjustment with the budgets apart: info, not an error",
      model: model({ budgetInitial: "228.00", budgetAdjusted: "240.00" }),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          says: ["未能核对：本年追加/调整预算未填"],
          paths: PATHS,
        },
      ],
    },
    {
      name: "basic adjustment wrong (3.98 for 2.98): one finding at the basic level, no cascade",
      model: byLevel({ total: "6.98", basic: "3.98", project: "4.00" }),
      errors: [
        {
          messageId: "mismatch",
          severity: "error",
          expected: "2.98",
          actual: "3.98",
          says: [
            "基本支出：年初预算 180.00 万元 + 本年追加/调整 3.98 万元 = 183.98 万元",
            "182.98",
          ],
          paths: BASIC_PATHS,
        },
      ],
    },
    {
      name: "total adjustment wrong (7.98) with both levels right: one finding, the parts sum",
      model: byLevel({ total: "7.98", basic: "2.98", project: "4.00" }),
      errors: [
        {
          messageId: "partsMismatch",
          severity: "error",
          expected: "6.98",
          actual: "7.98",
          says: ["基本支出追加/调整 2.98 万元 + 项目支出追加/调整 4.00 万元 = 6.98 万元", "7.98"],
          paths: PARTS_PATHS,
        },
      ],
    },
    {
      name: "project level wrong against its budgets, the total stated right: the project level only",
      model: byLevel(
        { total: "6.98", basic: "2.98", project: "4.00" },
        { project: { budgetInitial: "48.00", budgetAdjusted: "53.00" } }
      ),
      errors: [
        {
          messageId: "mismatch",
          expected: "5.00",
          actual: "4.00",
          says: ["项目支出：年初预算 48.00 万元"],
          paths: [
            "expenditure.execution.additionsProject",
            "expenditure.stated.project.budgetInitial",
            "expenditure.stated.project.budgetAdjusted",
          ],
        },
      ],
    },
    {
      name: "total blank, parts stated, but they do not close the total: at the total level",
      model: byLevel(
        { basic: "2.98", project: "4.00" },
        { basic: {}, project: {}, total: { budgetInitial: "228.00", budgetAdjusted: "240.00" } }
      ),
      errors: [
        {
          messageId: "mismatch",
          severity: "error",
          expected: "12.00",
          actual: "6.98",
          says: ["支出总计"],
          paths: [
            "expenditure.execution.additionsBasic",
            "expenditure.execution.additionsProject",
            "expenditure.stated.total.budgetInitial",
            "expenditure.stated.total.budgetAdjusted",
          ],
        },
      ],
    },
    {
      name: "only the basic part beside a different total: info at the blank project part",
      model: byLevel({ total: "6.98", basic: "2.98" }, { project: {} }),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          says: ["未能核对：项目支出追加/调整未填"],
          paths: [
            "expenditure.execution.additionsProject",
            "expenditure.execution.additions",
            "expenditure.execution.additionsBasic",
          ],
        },
      ],
    },
  ],
});

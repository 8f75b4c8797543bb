import rule from "../../src/rules/stated-rate";
import type { StatedRates } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

/** Totals only: 226.98 spent of 234.98 (96.595 %), 6.98 added to 228.00 (3.06 %). */
const model = (statedRates: StatedRates) =>
  evaluation({
    profile: { staffing: { total: "11" }, people: { active: "10" } },
    expenditure: {
      stated: {
        total: { budgetInitial: "228.00", budgetAdjusted: "234.98", actual: "226.98" },
      },
      execution: { additions: "6.98", procurementBudget: "10.00", procurementActual: "9.50" },
    },
    threePublic: { current: { reception: { budget: "0.50", actual: "0.31" } } },
    statedRates,
  });

/** The total adjustment blank, the basic and project ones stated (template 1.2). */
const byParts = (adjustment: string, project?: string) =>
  evaluation({
    expenditure: {
      stated: { total: { budgetInitial: "228.00", budgetAdjusted: "234.98" } },
      execution: { additionsBasic: "2.98", additionsProject: project },
    },
    statedRates: { adjustment },
  });

/** 基本 421.30 of 422.00 (99.83 %), 项目 8.00 of 10.00 (80 %): template 1.5's stated rates. */
const byLevel = (statedRates: StatedRates) =>
  evaluation({
    expenditure: {
      stated: {
        basic: { budgetAdjusted: "422.00", actual: "421.30" },
        project: { budgetAdjusted: "10.00", actual: "8.00" },
      },
    },
    statedRates,
  });

ruleTester(rule, {
  valid: [
    {
      name: "基本支出预算执行率 99.83 %, 项目支出预算执行率 80 % (template 1.5)",
      model: byLevel({ basicExecution: "0.9983", projectExecution: "0.80" }),
    },
    {
      name: "调整率 3.06 % from 基本 2.98 + 项目 4.00 on 228.00",
      model: byParts("0.0306", "4.00"),
    },
    { name: "nothing stated", model: model({}) },
    {
      name: "each as the figures give it: 96.60 %, 3.06 %, 90.91 %, 62 %, 95 %",
      model: model({
        execution: "0.9660",
        adjustment: "0.0306",
        staffControl: "0.9091",
        threePublicControl: "0.62",
        procurement: "0.95",
      }),
    },
    { name: "truncated, as reports often do: 96.59 %", model: model({ execution: "0.9659" }) },
    { name: "rounded to whole percent: 97 %", model: model({ execution: "0.97" }) },
  ],
  invalid: [
    {
      name: "调整率 5 % against 基本 2.98 + 项目 4.00 on 228.00 (3.06 %)",
      model: byParts("0.05", "4.00"),
      errors: [
        {
          messageId: "differs",
          severity: "error",
          paths: [
            "statedRates.adjustment",
            "expenditure.execution.additionsBasic",
            "expenditure.execution.additionsProject",
            "expenditure.stated.total.budgetInitial",
          ],
        },
      ],
    },
    {
      name: "with only the basic adjustment it is not the total: info at the total adjustment",
      model: byParts("0.05"),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          says: ["未能核对：本年追加/调整预算未填"],
          paths: ["expenditure.execution.additions", "statedRates.adjustment"],
        },
      ],
    },
    {
      name: "a rate that is neither rounding nor truncation: 98 % for 96.6 %",
      model: model({ execution: "0.98" }),
      errors: [
        {
          messageId: "differs",
          severity: "error",
          actual: "98%",
          expected: "96.6%",
          says: ["预算执行率填报 98%，按数据计算为 96.6%（226.98 ÷ 234.98）"],
          paths: [
            "statedRates.execution",
            "expenditure.stated.total.actual",
            "expenditure.stated.total.budgetAdjusted",
          ],
        },
      ],
    },
    {
      name: "在职人员控制率 stated 100 % for 10 of 11 (counts are exact)",
      model: model({ staffControl: "1.00" }),
      errors: [
        {
          messageId: "differs",
          paths: ["statedRates.staffControl", "profile.people.active", "profile.staffing.total"],
        },
      ],
    },
    {
      name: "项目支出预算执行率 stated 100 % for 8.00 of 10.00 (template 1.5)",
      model: byLevel({ projectExecution: "1.00" }),
      errors: [
        {
          messageId: "differs",
          expected: "80%",
          paths: [
            "statedRates.projectExecution",
            "expenditure.stated.project.actual",
            "expenditure.stated.project.budgetAdjusted",
          ],
        },
      ],
    },
    {
      name: "a rate beside a blank figure: info at the blank",
      model: evaluation({ statedRates: { procurement: "0.95" } }),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          says: ["未能核对：政府采购实际未填"],
          paths: ["expenditure.execution.procurementActual", "statedRates.procurement"],
        },
      ],
    },
  ],
});

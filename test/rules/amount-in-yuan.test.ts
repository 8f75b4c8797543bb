import rule from "../../src/rules/amount-in-yuan";
import type { Evaluation, ExpenditureItem } from "../../src/model/evaluation";
import { RULES, runRules } from "../../src/rules";
import { evaluation, ruleTester } from "./rule-tester";

const PERSONNEL = ["36.90", "22.76", "24.72", "12.64", "15.70", "2.28", "10.94"];
const personnel = (actuals: string[], stated?: string, extra: ExpenditureItem[] = []) =>
  evaluation({
    expenditure: {
      items: [...actuals.map((actual) => ({ category: "人员支出" as const, actual })), ...extra],
      stated: { personnel: { actual: stated } },
    },
  });
const withSlip = [...PERSONNEL.slice(0, 2), "247200", ...PERSONNEL.slice(3)];

ruleTester(rule, {
  valid: [
    { name: "seed's items", model: personnel(PERSONNEL, "125.94") },
    { name: "a large but plausible figure", model: personnel([...PERSONNEL, "300.00"]) },
    { name: "too few figures to judge", model: personnel(["1.00", "24720"]) },
    {
      name: "categories are judged apart, as their sums are",
      model: personnel(["1.00", "2.00"], undefined, [
        { category: "公用支出", actual: "10000" },
        { category: "公用支出", actual: "15000" },
      ]),
    },
  ],
  invalid: [
    {
      name: "24.72 typed as 247200 元",
      model: personnel(withSlip, "125.94"),
      errors: [
        {
          messageId: "cellInYuan",
          severity: "error",
          expected: "24.72",
          actual: "247200",
          says: ["支出明细第 3 行的实际支出填报 247200", "应为 24.72 万元"],
          paths: ["expenditure.items.2.actual"],
        },
      ],
    },
    {
      name: "a stated total in 元",
      model: personnel(PERSONNEL, "1259400"),
      errors: [
        {
          messageId: "totalInYuan",
          severity: "error",
          expected: "125.94",
          says: [
            "人员支出合计（实际支出）填报 1259400",
            "各分项合计 125.94 万元",
            "应为 125.94 万元",
          ],
          paths: [
            "expenditure.stated.personnel.actual",
            ...PERSONNEL.map((_, i) => `expenditure.items.${i}.actual`),
          ],
        },
      ],
    },
    {
      name: "parts in 元 under a total in 万元",
      model: evaluation({
        expenditure: {
          stated: {
            personnel: { actual: "1259400" },
            public: { actual: "1010400" },
            basic: { actual: "226.98" },
          },
        },
      }),
      errors: [
        {
          paths: [
            "expenditure.stated.basic.actual",
            "expenditure.stated.personnel.actual",
            "expenditure.stated.public.actual",
          ],
          messageId: "partsInYuan",
          says: ["基本支出合计（实际支出）填报 226.98 万元", "2269800", "合计应为 226.98 万元"],
        },
      ],
    },
    {
      name: "三公 and income groups",
      model: evaluation({
        threePublic: {
          current: {
            abroad: { actual: "1.20" },
            vehicleRunning: { actual: "2.50" },
            reception: { actual: "3100" },
          },
        },
        income: { fiscalGeneral: "400", fiscalFund: "20", other: "6.98", total: "4269800" },
      }),
      errors: [
        {
          messageId: "cellInYuan",
          data: {
            label: "公务接待费（本年实际）",
            labelEn: "Official reception, this year actual",
            value: "3100",
            other: "1.20",
            otherLabel: "因公出国(境)费（本年实际）",
            otherLabelEn: "Official travel abroad, this year actual",
            suggested: "0.31",
          },
          paths: ["threePublic.current.reception.actual"],
          expected: "0.31",
        },
        {
          paths: ["income.total", "income.fiscalGeneral", "income.fiscalFund", "income.other"],
          data: {
            label: "本年收入合计",
            labelEn: "Total income",
            value: "4269800",
            other: "426.98",
            otherLabel: "一般公共预算财政拨款收入",
            otherLabelEn: "General budget appropriation",
            suggested: "426.98",
          },
          messageId: "totalInYuan",
          expected: "426.98",
        },
      ],
    },
    {
      name: "a project's 实际支出 in 元 against its own budget (the issue: 8 typed as 80000)",
      model: evaluation({
        projects: [{ name: "扩面经费", budgetAdjusted: "8.00", actual: "80000" }],
        expenditure: { stated: { project: { budgetAdjusted: "8.00", actual: "8.00" } } },
      }),
      errors: [
        {
          messageId: "rowInYuan",
          severity: "error",
          paths: ["projects.0.actual", "projects.0.budgetAdjusted"],
          expected: "8",
          actual: "80000",
          says: ["项目“扩面经费”的实际支出填报 80000", "同一行全年预算 8.00 万元", "应为 8 万元"],
        },
      ],
    },
    {
      name: "支出总计 in 元 against 基本 + 项目 (234.98 typed as 2349800)",
      model: evaluation({
        expenditure: {
          stated: {
            basic: { actual: "226.98" },
            project: { actual: "8.00" },
            total: { actual: "2349800" },
          },
        },
      }),
      errors: [
        {
          messageId: "totalInYuan",
          paths: [
            "expenditure.stated.total.actual",
            "expenditure.stated.basic.actual",
            "expenditure.stated.project.actual",
          ],
          expected: "234.98",
          says: ["应为 234.98 万元", "各分项合计 234.98 万元"],
        },
      ],
    },
    {
      name: "a 三公 figure in 元 against last year's",
      model: evaluation({
        threePublic: {
          current: { reception: { actual: "3100" } },
          previous: { reception: { actual: "0.35" } },
        },
      }),
      errors: [
        {
          messageId: "previousInYuan",
          paths: ["threePublic.current.reception.actual", "threePublic.previous.reception.actual"],
          expected: "0.31",
          says: ["0.35 万元", "应为 0.31 万元"],
        },
      ],
    },
  ],
});

describe("what is not a unit slip", () => {
  test.each([
    ["a project overspent fivefold", { budgetAdjusted: "8.00", actual: "40.00" }],
    ["a small figure 10,000 times a tiny budget", { budgetAdjusted: "0.01", actual: "100.00" }],
    ["a budget with nothing spent yet", { budgetAdjusted: "8000", actual: "0.00" }],
  ])("%s", (_n, project) => {
    expect(runRules(evaluation({ projects: [project] }), [rule])).toEqual([]);
  });
});

/** One slip, one finding: the sum rules stay silent where this rule speaks. */
describe("amount-in-yuan with the whole catalog", () => {
  const only = (m: Evaluation) => runRules(m, RULES).map((f) => `${f.ruleId} ${f.messageId}`);
  test.each([
    ["an item in 元", personnel(withSlip, "125.94")],
    ["a stated total in 元", personnel(PERSONNEL, "1259400")],
  ])("%s", (_n, m) => {
    expect(only(m)).toHaveLength(1);
    expect(only(m)[0]).toMatch(/^amount-in-yuan /);
  });

  test("a project's 实际支出 in 元: no 执行率 1000000 %, no sum mismatch, one error", () => {
    const m = evaluation({
      projects: [{ name: "扩面经费", budgetAdjusted: "8.00", actual: "80000" }],
      expenditure: {
        stated: {
          basic: { actual: "226.98", budgetAdjusted: "230.00" },
          project: { budgetAdjusted: "8.00", actual: "8.00" },
          total: { actual: "234.98", budgetAdjusted: "238.00" },
        },
      },
    });
    expect(only(m)).toEqual(["amount-in-yuan rowInYuan"]);
    expect(runRules(m, RULES)[0].severity).toBe("error");
  });

  test("支出总计 in 元 beside its budget: one error, no absurd execution rate", () => {
    const m = evaluation({
      expenditure: {
        stated: {
          basic: { actual: "226.98", budgetAdjusted: "230.00" },
          project: { actual: "8.00", budgetAdjusted: "8.00" },
          total: { actual: "2349800", budgetAdjusted: "238.00" },
        },
      },
    });
    expect(only(m)).toEqual(["amount-in-yuan rowInYuan"]);
    expect(runRules(m, RULES)[0].message).toContain("应为 234.98 万元");
  });

  test("a basic total in 元 under good parts: one finding", () => {
    const m = evaluation({
      expenditure: {
        stated: {
          personnel: { actual: "125.94" },
          public: { actual: "101.04" },
          basic: { actual: "2269800" },
          project: { actual: "8" },
          total: { actual: "234.98" },
        },
      },
    });
    expect(only(m)).toEqual(["amount-in-yuan totalInYuan"]);
  });
});

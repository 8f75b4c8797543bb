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
          severity: "warning",
          expected: "24.72",
          actual: "247200",
          says: ["支出明细第 3 行的实际支出为 247200", "应填 24.72 万元"],
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
          expected: "125.94",
          says: ["人员支出合计（实际支出）填报 1259400", "125.94"],
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
        { messageId: "partsInYuan", says: ["基本支出合计（实际支出）填报 226.98 万元", "2269800"] },
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
        { paths: ["threePublic.current.reception.actual"], expected: "0.31" },
        { messageId: "totalInYuan", expected: "426.98" },
      ],
    },
  ],
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

import rule from "../../src/rules/fiscal-within-actual";
import type { AmountColumns } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

type Stated = Partial<
  Record<"personnel" | "public" | "basic" | "project" | "total", AmountColumns>
>;
const stated = (s: Stated) => evaluation({ expenditure: { stated: s } });

const SEED: Stated = {
  personnel: { actual: "125.94", fiscal: "299.95" },
  public: { actual: "101.04", fiscal: "121.35" },
  basic: { actual: "226.98", fiscal: "421.30" },
  project: { actual: "8.00" },
  total: { actual: "226.98" },
};

ruleTester(rule, {
  valid: [
    {
      name: "fiscal within actual on every row",
      model: stated({
        basic: { actual: "226.98", fiscal: "200.00" },
        total: { actual: "234.98", fiscal: "234.98" },
      }),
    },
    {
      name: "rounding: 226.98 against 227.0 (one decimal)",
      model: stated({ basic: { actual: "227.0", fiscal: "226.98" } }),
    },
    {
      name: "a blank side is not compared",
      model: stated({ basic: { fiscal: "421.30" }, project: { actual: "8" } }),
    },
    {
      name: "items and projects within",
      model: evaluation({
        expenditure: {
          items: [{ category: "人员支出", code: "30101", actual: "36.90", fiscal: "36.90" }],
        },
        projects: [{ name: "A", actual: "8", fiscal: "6" }],
      }),
    },
  ],
  invalid: [
    {
      name: "seed: basic 421.30 > 226.98 is one finding, its parts folded in",
      model: stated(SEED),
      errors: [
        {
          messageId: "exceeds",
          expected: "≤ 226.98",
          actual: "421.30",
          says: [
            "基本支出中财政拨款 421.30 万元（人员 299.95、公用 121.35）超过实际支出 226.98 万元（人员 125.94、公用 101.04）",
          ],
          paths: [
            "expenditure.stated.basic.fiscal",
            "expenditure.stated.basic.actual",
            "expenditure.stated.personnel.fiscal",
            "expenditure.stated.personnel.actual",
            "expenditure.stated.public.fiscal",
            "expenditure.stated.public.actual",
          ],
        },
      ],
    },
    {
      name: "a faulty total carries basic and project",
      model: stated({
        ...SEED,
        project: { actual: "8.00", fiscal: "9.00" },
        total: { actual: "234.98", fiscal: "430.30" },
      }),
      errors: [
        {
          messageId: "exceeds",
          says: [
            "支出总计中财政拨款 430.30 万元（基本 421.30、项目 9.00）超过实际支出 234.98 万元（基本 226.98、项目 8.00）",
          ],
          paths: [
            "expenditure.stated.total.fiscal",
            "expenditure.stated.total.actual",
            "expenditure.stated.basic.fiscal",
            "expenditure.stated.basic.actual",
            "expenditure.stated.project.fiscal",
            "expenditure.stated.project.actual",
          ],
        },
      ],
    },
    {
      name: "personnel alone when basic holds; project on its own",
      model: stated({
        personnel: { actual: "100", fiscal: "120" },
        basic: { actual: "300", fiscal: "250" },
        project: { actual: "8", fiscal: "10" },
      }),
      errors: [
        {
          messageId: "exceeds",
          says: ["人员支出中财政拨款 120 万元超过实际支出 100 万元"],
          paths: ["expenditure.stated.personnel.fiscal", "expenditure.stated.personnel.actual"],
        },
        {
          messageId: "exceeds",
          says: ["项目支出中财政拨款 10 万元"],
          paths: ["expenditure.stated.project.fiscal", "expenditure.stated.project.actual"],
        },
      ],
    },
    {
      name: "items and projects row by row",
      model: evaluation({
        expenditure: {
          items: [
            {
              category: "人员支出",
              code: "30101",
              name: "基本工资",
              actual: "36.90",
              fiscal: "40.00",
            },
            { category: "公用支出", actual: "1.00", fiscal: "1.20" },
          ],
        },
        projects: [{ name: "劳动保障扩面工作经费", actual: "8.00", fiscal: "8.50" }],
      }),
      errors: [
        {
          messageId: "exceeds",
          says: ["支出明细“30101 基本工资”中财政拨款 40.00 万元超过实际支出 36.90 万元"],
          paths: ["expenditure.items.0.fiscal", "expenditure.items.0.actual"],
        },
        {
          messageId: "exceeds",
          paths: ["expenditure.items.1.fiscal", "expenditure.items.1.actual"],
          says: ["支出明细第 2 行"],
        },
        {
          messageId: "exceeds",
          says: ["项目“劳动保障扩面工作经费”"],
          paths: ["projects.0.fiscal", "projects.0.actual"],
        },
      ],
    },
  ],
});

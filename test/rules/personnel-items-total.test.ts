import rule from "../../src/rules/personnel-items-total";
import type { ExpenditureItem } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const SEED = ["36.90", "22.76", "24.72", "12.64", "15.70", "2.28", "10.94"];
const model = (actuals: string[], stated: string, extra: ExpenditureItem[] = []) =>
  evaluation({
    expenditure: {
      items: [...actuals.map((actual) => ({ category: "人员支出" as const, actual })), ...extra],
      stated: { personnel: { actual: stated } },
    },
  });

ruleTester(rule, {
  valid: [
    { name: "seed: seven items = 125.94", model: model(SEED, "125.94") },
    {
      name: "public items are not counted",
      model: model(SEED, "125.94", [{ category: "公用支出", actual: "10.80" }]),
    },
    ...["6.66", "6.67", "6.68"].map((t) => ({
      name: `1.11 + 2.22 + 3.34 stated ${t} (rounding)`,
      model: model(["1.11", "2.22", "3.34"], t),
    })),
    { name: "no items filled", model: model([], "125.94") },
  ],
  invalid: [
    // Issue 25 item 4: 6.65 and 6.69 stay within the worst case (4 × 0.005 = 0.02), so no error,
    // but a gap of 0.02 needs all four roundings near their extremes (3σ is 0.017): a warning.
    ...["6.65", "6.69"].map((t) => ({
      name: `1.11 + 2.22 + 3.34 stated ${t}: no error, but beyond plausible rounding`,
      model: model(["1.11", "2.22", "3.34"], t),
      errors: [
        {
          messageId: "roundingUnlikely",
          severity: "warning" as const,
          expected: "± 0.017",
          paths: [
            "expenditure.stated.personnel.actual",
            ...[0, 1, 2].map((i) => `expenditure.items.${i}.actual`),
          ],
        },
      ],
    })),
    ...["6.64", "6.70"].map((t) => ({
      name: `1.11 + 2.22 + 3.34 stated ${t}`,
      model: model(["1.11", "2.22", "3.34"], t),
      errors: [
        {
          messageId: "mismatch",
          expected: "6.67",
          actual: t,
          paths: [
            "expenditure.stated.personnel.actual",
            ...[0, 1, 2].map((i) => `expenditure.items.${i}.actual`),
          ],
        },
      ],
    })),
    {
      name: "seed items against 126.94",
      model: model(SEED, "126.94"),
      errors: [
        {
          messageId: "mismatch",
          says: ["126.94", "125.94", "实际支出"],
          paths: [
            "expenditure.stated.personnel.actual",
            ...SEED.map((_, i) => `expenditure.items.${i}.actual`),
          ],
        },
      ],
    },
    {
      name: "each column on its own",
      model: evaluation({
        expenditure: {
          items: [{ category: "人员支出", budgetInitial: "10.00", fiscal: "5.00" }],
          stated: { personnel: { budgetInitial: "11.00", fiscal: "5.00" } },
        },
      }),
      errors: [
        {
          messageId: "mismatch",
          says: ["年初预算"],
          paths: [
            "expenditure.stated.personnel.budgetInitial",
            "expenditure.items.0.budgetInitial",
          ],
        },
      ],
    },
  ],
});

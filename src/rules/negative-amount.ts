import { Decimal } from "../model/decimal";
import { AMOUNT_COLUMNS } from "../model/evaluation";
import { defineRule } from "./core/rule";
import { capitalized, valueAt } from "./core/helpers";
import { amountLabel, TOTAL_KEYS } from "./core/expenditure";
import { INCOME_SOURCES } from "./core/income";

/** 本年追加/调整 is left out: a budget cut is a negative adjustment. */
const SCALARS = [
  ...INCOME_SOURCES.map((k) => `income.${k}`),
  "income.total",
  "income.previousTotal",
  ...["carryoverPrior", "carryoverEnd", "procurementBudget", "procurementActual"].map(
    (k) => `expenditure.execution.${k}`
  ),
];

/** Expenditure, budgets, income and 三公 figures are never negative. */
export default defineRule({
  meta: {
    id: "negative-amount",
    category: "consistency",
    severity: "warning",
    description:
      "No negative figure among expenditure rows, projects, stated totals, 三公经费, income and the execution figures (本年追加/调整 may be negative).",
    messages: {
      negative: {
        zh: "{{label}}填为负数 {{value}}。此项不应为负，请核对是否录入有误（如多了负号）。",
        en: "{{labelEn}} is negative ({{value}}); it cannot be. Check the entry.",
      },
    },
  },
  check({ model, at, report }) {
    const rows = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => AMOUNT_COLUMNS.map((c) => `${prefix}.${i}.${c}`)).flat();
    const threePublic = (["current", "previous"] as const).flatMap((y) =>
      Object.entries(model.threePublic[y]).flatMap(([k, v]) =>
        Object.keys(v).map((f) => `threePublic.${y}.${k}.${f}`)
      )
    );
    const paths = [
      ...rows("expenditure.items", model.expenditure.items.length),
      ...rows("projects", model.projects.length),
      ...TOTAL_KEYS.flatMap((t) => AMOUNT_COLUMNS.map((c) => `expenditure.stated.${t}.${c}`)),
      ...threePublic,
      ...SCALARS,
    ];
    for (const path of paths) {
      const value = valueAt(model, path);
      if (value === undefined || !new Decimal(value).isNegative()) continue;
      const label = amountLabel(model, path);
      report({
        messageId: "negative",
        data: { label: label.zh, labelEn: capitalized(label.en), value },
        cells: [at(path)],
        expected: "≥ 0",
        actual: value,
      });
    }
  },
});

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const decimal_1 = require("../model/decimal");
const evaluation_1 = require("../model/evaluation");
const rule_1 = require("./core/rule");
const helpers_1 = require("./core/helpers");
const expenditure_1 = require("./core/expenditure");
const income_1 = require("./core/income");
/** 本年追加/调整 is left out: a budget cut is a negative adjustment. */
const SCALARS = [
    ...income_1.INCOME_SOURCES.map((k) => `income.${k}`),
    "income.total",
    "income.previousTotal",
    ...["carryoverPrior", "carryoverEnd", "procurementBudget", "procurementActual"].map((k) => `expenditure.execution.${k}`),
];
/** Expenditure, budgets, income and 三公 figures are never negative. */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "negative-amount",
        category: "consistency",
        severity: "warning",
        description: "No negative figure among expenditure rows, projects, stated totals, 三公经费, income and the execution figures (本年追加/调整 may be negative).",
        messages: {
            negative: {
                zh: "{{label}}填为负数 {{value}}。此项不应为负，请核对是否录入有误（如多了负号）。",
                en: "{{labelEn}} is negative ({{value}}); it cannot be. Check the entry.",
            },
        },
    },
    check({ model, at, report }) {
        const rows = (prefix, n) => Array.from({ length: n }, (_, i) => evaluation_1.AMOUNT_COLUMNS.map((c) => `${prefix}.${i}.${c}`)).flat();
        const threePublic = ["current", "previous"].flatMap((y) => Object.entries(model.threePublic[y]).flatMap(([k, v]) => Object.keys(v).map((f) => `threePublic.${y}.${k}.${f}`)));
        const paths = [
            ...rows("expenditure.items", model.expenditure.items.length),
            ...rows("projects", model.projects.length),
            ...expenditure_1.TOTAL_KEYS.flatMap((t) => evaluation_1.AMOUNT_COLUMNS.map((c) => `expenditure.stated.${t}.${c}`)),
            ...threePublic,
            ...SCALARS,
        ];
        for (const path of paths) {
            const value = (0, helpers_1.valueAt)(model, path);
            if (value === undefined || !new decimal_1.Decimal(value).isNegative())
                continue;
            const label = (0, expenditure_1.amountLabel)(model, path);
            report({
                messageId: "negative",
                data: { label: label.zh, labelEn: (0, helpers_1.capitalized)(label.en), value },
                cells: [at(path)],
                expected: "≥ 0",
                actual: value,
            });
        }
    },
});

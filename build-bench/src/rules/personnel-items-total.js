"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const evaluation_1 = require("../model/evaluation");
const rule_1 = require("./core/rule");
const helpers_1 = require("./core/helpers");
const expenditure_1 = require("./core/expenditure");
/** 人员支出 items add up to the stated 人员支出 (seed: 36.9 + 22.76 + … + 10.94 = 125.94). */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "personnel-items-total",
        category: "arithmetic",
        severity: "error",
        description: "The 人员支出 rows of 支出明细 add up to the stated 人员支出合计, column by column.",
        messages: {
            mismatch: {
                zh: "人员支出合计（{{column}}）填报 {{stated}} 万元，支出明细中人员支出各项相加为 {{computed}} 万元（相差 {{difference}} 万元）。",
                en: "Personnel expenditure ({{columnEn}}) is stated as {{stated}}, but its items add up to {{computed}} (difference {{difference}} 万元).",
            },
        },
    },
    check(ctx) {
        for (const col of evaluation_1.AMOUNT_COLUMNS) {
            const total = ctx.model.expenditure.stated.personnel[col];
            if (total === undefined)
                continue;
            (0, helpers_1.checkSum)(ctx, {
                total: { path: `expenditure.stated.personnel.${col}`, value: total },
                parts: (0, expenditure_1.categoryItems)(ctx.model, "人员支出", col),
                data: { column: helpers_1.COLUMN_LABEL[col].zh, columnEn: helpers_1.COLUMN_LABEL[col].en },
            });
        }
    },
});

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const evaluation_1 = require("../model/evaluation");
const rule_1 = require("./core/rule");
const helpers_1 = require("./core/helpers");
const expenditure_1 = require("./core/expenditure");
/** The projects add up to the stated 项目支出 (seed: 8 = 8). */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "project-total",
        category: "arithmetic",
        severity: "error",
        description: "The rows of the 项目 table add up to the stated 项目支出合计, column by column.",
        messages: {
            mismatch: {
                zh: "项目支出合计（{{column}}）填报 {{stated}} 万元，项目表各项目相加为 {{computed}} 万元（相差 {{difference}} 万元）。",
                en: "Project expenditure ({{columnEn}}) is stated as {{stated}}, but the projects add up to {{computed}} (difference {{difference}} 万元).",
            },
        },
    },
    check(ctx) {
        for (const col of evaluation_1.AMOUNT_COLUMNS) {
            const total = ctx.model.expenditure.stated.project[col];
            if (total === undefined)
                continue;
            (0, helpers_1.checkSum)(ctx, {
                total: { path: `expenditure.stated.project.${col}`, value: total },
                parts: (0, expenditure_1.projectFigures)(ctx.model, col),
                data: { column: helpers_1.COLUMN_LABEL[col].zh, columnEn: helpers_1.COLUMN_LABEL[col].en },
            });
        }
    },
});

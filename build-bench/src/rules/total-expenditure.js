"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const evaluation_1 = require("../model/evaluation");
const rule_1 = require("./core/rule");
const expenditure_1 = require("./core/expenditure");
/** 基本支出 + 项目支出 = 支出总计 (seed: 226.98 stated, but 226.98 + 8.00 = 234.98). */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "total-expenditure",
        category: "arithmetic",
        severity: "error",
        description: "The stated 支出总计 equals 基本支出 + 项目支出, column by column (a blank total stands in by what its parts give).",
        messages: {
            mismatch: {
                zh: "支出总计（{{column}}）填报 {{stated}} 万元，但基本支出 {{basic}} + 项目支出 {{project}} = {{computed}} 万元（相差 {{difference}} 万元）。支出总计应等于基本支出与项目支出之和。",
                en: "Total expenditure ({{columnEn}}) is stated as {{stated}}, but basic {{basicEn}} plus projects {{projectEn}} make {{computed}} (difference {{difference}} 万元).",
            },
        },
    },
    check(ctx) {
        for (const col of evaluation_1.AMOUNT_COLUMNS)
            (0, expenditure_1.checkComposite)(ctx, "total", col);
    },
});

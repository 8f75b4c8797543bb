"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("./core/rule");
const helpers_1 = require("./core/helpers");
const income_1 = require("./core/income");
/** 一般公共预算 + 政府性基金 + 国有资本经营预算财政拨款 + 其他收入 = 本年收入合计. */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "income-total",
        category: "arithmetic",
        severity: "error",
        description: "The stated 本年收入合计 equals the 财政拨款收入 by source plus 其他收入.",
        messages: {
            mismatch: {
                zh: "本年收入合计填报 {{stated}} 万元，但各项财政拨款收入与其他收入相加为 {{computed}} 万元（相差 {{difference}} 万元）。",
                en: "Total income is stated as {{stated}}, but the appropriations by source and other income add up to {{computed}} (difference {{difference}} 万元).",
            },
        },
    },
    check(ctx) {
        const total = ctx.model.income.total;
        if (total === undefined)
            return;
        (0, helpers_1.checkSum)(ctx, {
            total: { path: "income.total", value: total },
            parts: (0, income_1.incomeSources)(ctx.model),
        });
    },
});

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const decimal_1 = require("../model/decimal");
const rule_1 = require("./core/rule");
const relations_1 = require("./core/relations");
const expenditure_1 = require("./core/expenditure");
const income_1 = require("./core/income");
const BLANK_AS_ZERO = { zh: "未填（按 0 计）", en: "blank (taken as 0)" };
/** 收支平衡: 上年结转 + 本年收入 = 支出总计（实际）+ 年末结转结余. */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "income-balance",
        category: "consistency",
        severity: "error",
        description: "Where the 收入 section is filled: 上年结转 + 本年收入 = 支出总计（实际支出）+ 年末结转结余, allowing for rounding. A blank 上年结转 or 年末结转结余 counts as 0 here, and the message says so.",
        messages: {
            unbalanced: {
                zh: "收支不平衡：上年结转 {{prior}} + 本年收入 {{income}} 万元 = {{left}} 万元，而支出总计（实际支出）{{spent}} 万元 + 年末结转结余 {{end}} = {{right}} 万元（相差 {{difference}} 万元）。应满足：上年结转 + 本年收入 = 支出 + 年末结转结余。",
                en: "Income and expenditure do not balance: carried over {{priorEn}} plus income {{income}} make {{left}}, but actual expenditure {{spent}} plus carried forward {{endEn}} make {{right}} (difference {{difference}} 万元).",
            },
        },
    },
    check({ model, at, report }) {
        const income = (0, expenditure_1.effective)("income.total", model.income.total, (0, expenditure_1.amountOf)((0, income_1.incomeSources)(model)));
        const spent = (0, expenditure_1.effectiveTotal)(model, "total", "actual");
        if (!income || !spent || income.suspect || spent.suspect)
            return;
        const { carryoverPrior: prior, carryoverEnd: end } = model.expenditure.execution;
        const zeroIfBlank = (v) => v === undefined ? { value: new decimal_1.Decimal(0), interval: (0, relations_1.exact)(0) } : (0, relations_1.quantity)(v);
        const left = [zeroIfBlank(prior), income];
        const right = [spent, zeroIfBlank(end)];
        const total = (qs) => qs.reduce((s, q) => s.plus(q.value), new decimal_1.Decimal(0));
        if ((0, relations_1.overlaps)((0, relations_1.sumIntervals)(left.map((q) => q.interval)), (0, relations_1.sumIntervals)(right.map((q) => q.interval))))
            return;
        const dp = (0, relations_1.decimalsOfAll)([
            prior,
            end,
            ...income.figures.map((f) => f.value),
            ...spent.figures.map((f) => f.value),
        ]);
        const show = (d) => (0, relations_1.fixed)(d, dp);
        const shown = (v, lang) => v === undefined ? BLANK_AS_ZERO[lang] : lang === "zh" ? `${(0, relations_1.fixed)(v, dp)} 万元` : (0, relations_1.fixed)(v, dp);
        report({
            messageId: "unbalanced",
            data: {
                prior: shown(prior, "zh"),
                priorEn: shown(prior, "en"),
                end: shown(end, "zh"),
                endEn: shown(end, "en"),
                income: show(income.value),
                spent: show(spent.value),
                left: show(total(left)),
                right: show(total(right)),
                difference: show(total(left).minus(total(right))),
            },
            cells: [
                ...income.figures.map((f) => at(f.path)),
                at("expenditure.execution.carryoverPrior"),
                ...spent.figures.map((f) => at(f.path)),
                at("expenditure.execution.carryoverEnd"),
            ],
            expected: show(total(right)),
            actual: show(total(left)),
        });
    },
});

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const decimal_1 = require("../model/decimal");
const rule_1 = require("./core/rule");
/** The self-evaluation of a year is written after that year (seed: 2022-09-27 for 2021). */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "report-date-year",
        category: "consistency",
        severity: "warning",
        description: "The report date falls in a year after the evaluation year.",
        messages: {
            tooEarly: {
                zh: "报告日期为 {{date}}，不晚于评价年度 {{year}} 年。年度自评报告在评价年度结束后出具，请核对报告日期或评价年度。",
                en: "The report is dated {{isoDate}}, not after the evaluation year {{year}}; a year's self-evaluation is written after it ends. Check the date or the year.",
            },
        },
    },
    check({ model, at, report }) {
        const { reportDate, year } = model.profile;
        if (reportDate === undefined || year === undefined)
            return;
        const [y, m, d] = reportDate.split("-").map(Number);
        if (new decimal_1.Decimal(y).gt(year))
            return;
        report({
            messageId: "tooEarly",
            data: { date: `${y}年${m}月${d}日`, isoDate: reportDate, year },
            cells: [at("profile.reportDate"), at("profile.year")],
            expected: `${new decimal_1.Decimal(year).plus(1).toFixed()} 年或以后`,
            actual: reportDate,
        });
    },
});

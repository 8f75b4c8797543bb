"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INCOME_SOURCES = void 0;
exports.incomeSources = incomeSources;
/** 财政拨款收入 by source and 其他收入: the parts of 本年收入合计. */
exports.INCOME_SOURCES = [
    "fiscalGeneral",
    "fiscalFund",
    "fiscalStateCapital",
    "other",
];
/** The filled income sources (blank is not zero). */
function incomeSources(model) {
    return exports.INCOME_SOURCES.flatMap((k) => {
        const value = model.income[k];
        return value === undefined ? [] : [{ path: `income.${k}`, value }];
    });
}

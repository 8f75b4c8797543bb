"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const decimal_1 = require("../model/decimal");
const rule_1 = require("./core/rule");
const relations_1 = require("./core/relations");
const helpers_1 = require("./core/helpers");
const expenditure_1 = require("./core/expenditure");
/** Each project's execution: 实际支出 against 全年预算 (年初预算 when no adjusted budget is given). */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "project-execution",
        category: "consistency",
        severity: "warning",
        description: "A project's 实际支出 against its 全年预算 (else 年初预算): above 100 % it was overspent; below 90 % the 实施成效 or 资金用途 should say why.",
        messages: {
            overspent: {
                zh: "{{project}}实际支出 {{actual}} 万元超出{{budgetLabel}} {{budget}} 万元（执行率 {{rate}}）。请核对实际支出和预算，或补充预算调整情况。",
                en: "{{projectEn}}: actual {{actual}} exceeds the {{budgetLabelEn}} {{budget}} (execution {{rate}}). Check both figures or record the budget adjustment.",
            },
            reasonMissing: {
                zh: "{{project}}执行率为 {{rate}}（实际支出 {{actual}} 万元 ÷ {{budgetLabel}} {{budget}} 万元），低于 90%，请在“实施成效”或“资金用途”中说明原因。",
                en: "{{projectEn}}: execution is {{rate}} (actual {{actual}} / {{budgetLabelEn}} {{budget}}), below 90 %; explain why under Results or Use of funds.",
            },
            cannotCompute: {
                zh: "{{project}}{{budgetLabel}}为 0，但实际支出 {{actual}} 万元，无法计算执行率。请核对预算是否漏填。",
                en: "{{projectEn}}: the {{budgetLabelEn}} is 0 but {{actual}} was spent, so the execution rate cannot be computed. Check the budget.",
            },
        },
    },
    check({ model, at, report }) {
        model.projects.forEach((p, i) => {
            const col = p.budgetAdjusted !== undefined ? "budgetAdjusted" : "budgetInitial";
            const budget = p[col];
            if (budget === undefined || p.actual === undefined || new decimal_1.Decimal(budget).isNegative())
                return;
            const label = (0, expenditure_1.projectLabel)(model, i);
            const data = {
                project: label.zh,
                projectEn: (0, helpers_1.capitalized)(label.en),
                budgetLabel: helpers_1.COLUMN_LABEL[col].zh,
                budgetLabelEn: helpers_1.COLUMN_LABEL[col].en,
                // Both figures written alike: "8.00 … 7.50", never "8 … 7.50".
                budget: (0, relations_1.fixed)(budget, (0, relations_1.decimalsOfAll)([budget, p.actual])),
                actual: (0, relations_1.fixed)(p.actual, (0, relations_1.decimalsOfAll)([budget, p.actual])),
            };
            const cells = [at(`projects.${i}.actual`), at(`projects.${i}.${col}`)];
            if (new decimal_1.Decimal(budget).isZero()) {
                if (new decimal_1.Decimal(p.actual).gt(0))
                    report({ messageId: "cannotCompute", severity: "info", data, cells });
                return;
            }
            const rate = (0, relations_1.percent)(new decimal_1.Decimal(p.actual).div(budget));
            if ((0, relations_1.exceeds)((0, relations_1.interval)(p.actual), (0, relations_1.interval)(budget))) {
                report({
                    messageId: "overspent",
                    data: { ...data, rate },
                    cells,
                    expected: "≤ 100%",
                    actual: rate,
                });
            }
            else if ((0, relations_1.surelyBelow)((0, relations_1.interval)(p.actual), (0, relations_1.interval)(budget), "0.9") &&
                !p.result?.trim() &&
                !p.purpose?.trim()) {
                report({
                    messageId: "reasonMissing",
                    data: { ...data, rate },
                    cells: [at(`projects.${i}.result`), ...cells],
                    expected: "≥ 90%",
                    actual: rate,
                });
            }
        });
    },
});

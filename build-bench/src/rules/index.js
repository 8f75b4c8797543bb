"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.runRules = exports.ALL_METAS = exports.RULES = void 0;
const reading_1 = require("./core/reading");
const engine_1 = require("./core/engine");
const writing_1 = require("./core/writing");
const host_1 = require("./core/host");
const active_within_staffing_1 = __importDefault(require("./active-within-staffing"));
const amount_in_yuan_1 = __importDefault(require("./amount-in-yuan"));
const basic_total_1 = __importDefault(require("./basic-total"));
const budget_execution_1 = __importDefault(require("./budget-execution"));
const fiscal_within_actual_1 = __importDefault(require("./fiscal-within-actual"));
const grade_supported_1 = __importDefault(require("./grade-supported"));
const income_balance_1 = __importDefault(require("./income-balance"));
const income_total_1 = __importDefault(require("./income-total"));
const indicator_assessment_1 = __importDefault(require("./indicator-assessment"));
const indicator_not_met_1 = __importDefault(require("./indicator-not-met"));
const indicator_rate_1 = __importDefault(require("./indicator-rate"));
const indicator_target_too_low_1 = __importDefault(require("./indicator-target-too-low"));
const indicator_values_1 = __importDefault(require("./indicator-values"));
const internal_body_count_1 = __importDefault(require("./internal-body-count"));
const item_category_code_1 = __importDefault(require("./item-category-code"));
const negative_amount_1 = __importDefault(require("./negative-amount"));
const people_total_1 = __importDefault(require("./people-total"));
const personnel_items_total_1 = __importDefault(require("./personnel-items-total"));
const project_execution_1 = __importDefault(require("./project-execution"));
const project_total_1 = __importDefault(require("./project-total"));
const public_items_total_1 = __importDefault(require("./public-items-total"));
const report_date_year_1 = __importDefault(require("./report-date-year"));
const share_ratio_1 = __importDefault(require("./share-ratio"));
const shares_sum_1 = __importDefault(require("./shares-sum"));
const staffing_total_1 = __importDefault(require("./staffing-total"));
const three_public_total_1 = __importDefault(require("./three-public-total"));
const three_public_within_budget_1 = __importDefault(require("./three-public-within-budget"));
const total_expenditure_1 = __importDefault(require("./total-expenditure"));
/** Every rule of the catalog, in the order findings are listed: as the workbook reads, sheet by sheet. */
exports.RULES = [
    // 基本信息
    staffing_total_1.default,
    people_total_1.default,
    internal_body_count_1.default,
    active_within_staffing_1.default,
    report_date_year_1.default,
    // 支出明细, 项目 and 支出汇总
    personnel_items_total_1.default,
    public_items_total_1.default,
    basic_total_1.default,
    project_total_1.default,
    total_expenditure_1.default,
    fiscal_within_actual_1.default,
    amount_in_yuan_1.default,
    negative_amount_1.default,
    item_category_code_1.default,
    share_ratio_1.default,
    shares_sum_1.default,
    budget_execution_1.default,
    project_execution_1.default,
    // 收入
    income_total_1.default,
    income_balance_1.default,
    // 三公经费
    three_public_total_1.default,
    three_public_within_budget_1.default,
    // 绩效指标
    indicator_values_1.default,
    indicator_rate_1.default,
    indicator_not_met_1.default,
    indicator_target_too_low_1.default,
    indicator_assessment_1.default,
    // 评分
    grade_supported_1.default,
];
/** Metadata of everything that can produce a finding: reader, rules, engine. */
exports.ALL_METAS = [
    ...reading_1.READING_RULES,
    ...exports.RULES.map((r) => r.meta),
    writing_1.COMPUTED_OVERWRITTEN,
    host_1.SHEET_LOCKED,
    engine_1.ENGINE_ERROR,
];
var engine_2 = require("./core/engine");
Object.defineProperty(exports, "runRules", { enumerable: true, get: function () { return engine_2.runRules; } });

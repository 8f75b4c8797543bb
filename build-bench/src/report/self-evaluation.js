"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.selfEvaluationBlocks = selfEvaluationBlocks;
const decimal_1 = require("../model/decimal");
const figures_1 = require("./figures");
const numbers_1 = require("./numbers");
const c = (text, more = {}) => ({ text, ...more });
const h = (text, span) => ({ text, span, bold: true, align: "center" });
const pts = (d) => (d === undefined ? "" : d.toDecimalPlaces(2).toFixed());
/** The standard 部门整体支出绩效自评表: funds, overall goal, indicator grid, total (PRODUCT.md §6). */
function selfEvaluationBlocks(m, scored, n) {
    const A = (d) => (d === undefined ? "" : (0, numbers_1.amount)(d, n));
    const execution = scored.indicators.find((i) => i.id === "execution");
    const rows = [];
    rows.push([
        h("单位名称", 2),
        c(m.profile.name ?? "", { span: 3 }),
        h("评价年度", 1),
        c(m.profile.year ?? "", { span: 2 }),
    ]);
    rows.push([
        h("年度资金（万元）", 2),
        h("年初预算数"),
        h("全年预算数"),
        h("全年执行数"),
        h("分值"),
        h("执行率"),
        h("得分"),
    ]);
    // A budget total without basic expenditure is incomplete, not small: leave it blank.
    const budgetOf = (row, col) => row === "total" && !(0, figures_1.effectiveTotal)(m, "basic", col) ? undefined : (0, figures_1.effectiveTotal)(m, row, col);
    const funds = (label, row, withScore) => {
        const budget = budgetOf(row, "budgetAdjusted");
        const actual = (0, figures_1.effectiveTotal)(m, row, "actual");
        const rate = budget && actual && !budget.isZero()
            ? (0, numbers_1.percentage)(actual.div(budget), { ...n, percentDecimals: 2 })
            : "";
        rows.push([
            c(label, { span: 2 }),
            c(A(budgetOf(row, "budgetInitial")), { align: "right" }),
            c(A(budget), { align: "right" }),
            c(A(actual), { align: "right" }),
            c(withScore && execution ? pts(execution.points) : "", { align: "center" }),
            c(rate, { align: "right" }),
            c(withScore && execution ? pts(execution.earned) : "", { align: "center" }),
        ]);
    };
    funds("年度资金总额", "total", true);
    funds("其中：基本支出", "basic", false);
    funds("项目支出", "project", false);
    rows.push([h("年度总体目标", 4), h("实际完成情况", 4)]);
    rows.push([
        c(m.narrative.overallGoal ?? "", { span: 4 }),
        c(m.narrative.goalCompletion ?? "", { span: 4 }),
    ]);
    rows.push([
        h("一级指标"),
        h("二级指标"),
        h("三级指标"),
        h("年度指标值"),
        h("实际完成值"),
        h("分值"),
        h("得分"),
        h("偏差原因分析及改进措施"),
    ]);
    const perRow = new Map(scored.indicators.flatMap((i) => i.rows ?? []).map((r) => [r.index, r]));
    m.indicators.forEach((ind, i) => {
        const dir = ind.direction && ind.direction !== "定性" && ind.direction !== "=" ? ind.direction : "";
        const u = ind.unit ?? "";
        const s = perRow.get(i);
        rows.push([
            c(ind.level1 ?? ""),
            c(ind.level2 ?? ""),
            c(ind.level3 ?? ""),
            c(ind.target !== undefined ? `${dir}${ind.target}${u}` : ""),
            c(ind.actual !== undefined ? `${ind.actual}${u}` : ""),
            c(pts(s?.points), { align: "center" }),
            c(pts(s?.earned), { align: "center" }),
            c(ind.deviationReason ?? ""),
        ]);
    });
    const totalPoints = scored.levels.reduce((a, l) => a.plus(l.points), new decimal_1.Decimal(0));
    rows.push([
        h("总分", 5),
        c(pts(totalPoints), { align: "center", bold: true }),
        c(scored.total !== undefined ? pts(scored.total) : `${pts(scored.earned)}（不完整）`, {
            align: "center",
            bold: true,
        }),
        c(scored.grade ? `等级：${scored.grade}` : "评分不完整，未定等级", { bold: true }),
    ]);
    return [{ kind: "table", table: { header: [], rows, widths: [8, 10, 18, 11, 11, 7, 8, 20] } }];
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INDENT = void 0;
exports.reportSheetOps = reportSheetOps;
exports.selfEvaluationSheetOps = selfEvaluationSheetOps;
exports.summarySheetOps = summarySheetOps;
const finding_1 = require("../model/finding");
const sheet_1 = require("../model/sheet");
const layout_1 = require("../layout");
const results_1 = require("../layout/results");
const styles_1 = require("../layout/styles");
const indicators_1 = require("../rules/core/indicators");
const figures_1 = require("./figures");
const numbers_1 = require("./numbers");
/** Two full-width spaces open every body paragraph, as Chinese official documents do. */
exports.INDENT = "\u3000\u3000";
const BODY = "仿宋";
const REPORT_WIDTH = 68;
const text = (style) => ({
    ...style,
    numFmt: "@",
    wrap: true,
    vertical: "top",
});
const BLOCK_STYLE = {
    title: text({ font: { name: "方正小标宋简体", size: 18, bold: true }, horizontal: "center" }),
    addressee: text({ font: { name: BODY, size: 12 } }),
    notice: text({ font: { name: BODY, size: 12, bold: true, color: "C00000" } }),
    heading: text({ font: { name: "黑体", size: 12 } }),
    paragraph: text({ font: { name: BODY, size: 12 } }),
    signature: text({ font: { name: BODY, size: 12 }, horizontal: "right" }),
};
const HEADING_FONT = { 1: "黑体", 2: "楷体", 3: BODY };
/** The 报告 sheet: one wide column, wrapped text with explicit row heights, A4 portrait. */
function reportSheetOps(doc) {
    const sheet = results_1.REPORT_SHEET;
    const cells = [];
    const heights = {};
    let r = 1;
    const put = (value, style, lineHeight = 20) => {
        cells.push({ address: (0, layout_1.addr)(0, r), value, style });
        heights[r] = (0, sheet_1.rowHeight)(Math.max(1, (0, layout_1.textLines)(value, REPORT_WIDTH / 1.1)) * lineHeight + 6);
        r++;
    };
    for (const b of doc.blocks) {
        switch (b.kind) {
            case "title":
                put(b.text, BLOCK_STYLE.title, 30);
                r++;
                break;
            case "heading":
                put(b.text, {
                    ...BLOCK_STYLE.heading,
                    font: { name: HEADING_FONT[b.level], size: 12, bold: b.level === 3 },
                });
                break;
            case "paragraph":
                put(`${exports.INDENT}${b.text}`, BLOCK_STYLE.paragraph);
                break;
            case "signature":
                r++;
                for (const line of b.lines)
                    put(line, BLOCK_STYLE.signature);
                break;
            case "table":
                break;
            default:
                put(b.text, BLOCK_STYLE[b.kind]);
        }
    }
    if (doc.attachment) {
        r++;
        put(`${doc.attachment.title}（见“${results_1.SELF_EVAL_SHEET}”工作表）`, BLOCK_STYLE.addressee);
    }
    return [
        { op: "addSheet", sheet, tabColor: "1F4E79", visibility: "visible" },
        (0, styles_1.columnsOp)(sheet, [REPORT_WIDTH]),
        { op: "cells", sheet, cells },
        { op: "rowHeights", sheet, heights },
        (0, styles_1.pageSetupOp)(sheet, "portrait"),
    ];
}
const border = {
    border: styles_1.BORDER,
    wrap: true,
    vertical: "middle",
    numFmt: "@",
    font: { name: BODY, size: 10 },
};
/** A table block as cells from row `top`, with merges for spans and heights for wrapped text. */
function tableOps(sheet, t, top, widths) {
    const cells = [];
    const ops = [];
    const heights = {};
    let r = top;
    for (const row of [...t.header, ...t.rows]) {
        let c = 0;
        let lines = 1;
        for (const cell of row) {
            const span = cell.span ?? 1;
            const style = {
                ...border,
                horizontal: cell.align,
                font: { name: BODY, size: 10, bold: cell.bold },
                ...(cell.bold ? { fill: styles_1.STYLES.header.fill } : {}),
            };
            cells.push({ address: (0, layout_1.addr)(c, r), value: cell.text, style });
            for (let k = 1; k < span; k++)
                cells.push({ address: (0, layout_1.addr)(c + k, r), style });
            if (span > 1)
                ops.push({ op: "merge", sheet, range: `${(0, layout_1.addr)(c, r)}:${(0, layout_1.addr)(c + span - 1, r)}` });
            const width = widths.slice(c, c + span).reduce((a, b) => a + b, 0);
            lines = Math.max(lines, (0, layout_1.textLines)(cell.text, width));
            c += span;
        }
        heights[r] = (0, sheet_1.rowHeight)(lines * 14 + 6);
        r++;
    }
    return { ops, cells, heights, next: r };
}
/** The 自评表 sheet: the attachment's table, landscape A4. */
function selfEvaluationSheetOps(doc) {
    const sheet = results_1.SELF_EVAL_SHEET;
    const table = doc.attachment?.blocks.find((b) => b.kind === "table")?.table;
    if (!table)
        return [];
    const widths = table.widths.map((w) => w * 1.5);
    const title = {
        address: "A1",
        value: doc.attachment.title,
        style: text({ font: { name: "黑体", size: 14 }, horizontal: "center" }),
    };
    const t = tableOps(sheet, table, 3, widths);
    return [
        { op: "addSheet", sheet, tabColor: "1F4E79", visibility: "visible" },
        (0, styles_1.columnsOp)(sheet, widths),
        { op: "merge", sheet, range: `A1:${(0, layout_1.addr)(widths.length - 1, 1)}` },
        ...t.ops,
        { op: "cells", sheet, cells: [title, ...t.cells] },
        { op: "rowHeights", sheet, heights: { 1: 28, ...t.heights } },
        (0, styles_1.pageSetupOp)(sheet, "landscape"),
    ];
}
/** The 汇总 sheet: key figures, score by level, findings by severity, indicator completion. */
function summarySheetOps(m, findings, scored, n = numbers_1.DEFAULT_NUMBERS, charts = false) {
    const sheet = results_1.SUMMARY_SHEET;
    const A = (row, col) => {
        const v = (0, figures_1.effectiveTotal)(m, row, col);
        return v === undefined ? "" : (0, numbers_1.amount)(v, n);
    };
    const sections = [
        {
            title: "主要数字（万元）",
            table: {
                header: [
                    [
                        { text: "项目", bold: true },
                        { text: "实际支出", bold: true },
                        { text: "其中财政拨款", bold: true },
                    ],
                ],
                rows: [
                    ["支出总计", "total"],
                    ["基本支出", "basic"],
                    ["　人员支出", "personnel"],
                    ["　公用支出", "public"],
                    ["项目支出", "project"],
                ].map(([label, row]) => [
                    { text: label },
                    { text: A(row, "actual"), align: "right" },
                    { text: A(row, "fiscal"), align: "right" },
                ]),
                widths: [24, 16, 16],
            },
        },
        {
            title: "评分",
            table: {
                header: [
                    [
                        { text: "一级指标", bold: true },
                        { text: "分值", bold: true },
                        { text: "得分", bold: true },
                    ],
                ],
                rows: [
                    ...scored.levels.map((l) => [
                        { text: l.level1 },
                        { text: l.points.toFixed(), align: "right" },
                        {
                            text: `${l.earned.toDecimalPlaces(2).toFixed()}${l.complete ? "" : "（不完整）"}`,
                            align: "right",
                        },
                    ]),
                    [
                        { text: "总分", bold: true },
                        {
                            text: scored.levels.reduce((a, l) => a + l.points.toNumber(), 0).toString(),
                            align: "right",
                        },
                        {
                            text: scored.total ? scored.total.toDecimalPlaces(2).toFixed() : "不完整",
                            align: "right",
                            bold: true,
                        },
                    ],
                    [
                        { text: "等级", bold: true },
                        { text: "" },
                        { text: scored.grade ?? "—", align: "right" },
                    ],
                ],
                widths: [24, 16, 16],
            },
        },
        {
            title: "校验结果",
            table: {
                header: [
                    [
                        { text: "级别", bold: true },
                        { text: "个数", bold: true },
                        { text: "", bold: true },
                    ],
                ],
                rows: ["error", "warning", "info"].map((s) => [
                    { text: finding_1.SEVERITY_LABEL[s] },
                    {
                        text: String(findings.filter((f) => f.severity === s).length),
                        align: "right",
                    },
                    { text: "" },
                ]),
                widths: [24, 16, 16],
            },
        },
        {
            title: "绩效指标完成率",
            table: {
                header: [
                    [
                        { text: "指标", bold: true },
                        { text: "完成率", bold: true },
                        { text: "方向", bold: true },
                    ],
                ],
                rows: m.indicators.map((i) => {
                    const r = (0, indicators_1.completionRate)(i);
                    return [
                        { text: i.level3 ?? "" },
                        { text: r.kind === "rate" ? (0, numbers_1.percentage)(r.value, n) : "", align: "right" },
                        { text: i.direction ?? "" },
                    ];
                }),
                widths: [24, 16, 16],
            },
        },
    ];
    const widths = [30, 16, 16, 3, 16, 12];
    const cells = [
        { address: "A1", value: "汇总", style: text({ ...styles_1.STYLES.title, horizontal: "left" }) },
        {
            address: "A2",
            value: charts
                ? "右侧两表为支出结构和各一级指标得分，图表据此绘制。"
                : "右侧两表为支出结构和各一级指标得分（图表数据）。本工作簿在 Excel 之外生成，不含图表；可选中右侧的表，通过“插入 > 图表”绘制。",
            style: text({ ...styles_1.STYLES.hint }),
        },
    ];
    const chartData = summaryCharts(sheet, m, scored);
    const ops = [];
    let heights = { 1: 28, 2: 32 };
    let r = 4;
    for (const s of sections) {
        cells.push({ address: (0, layout_1.addr)(0, r), value: s.title, style: text({ ...styles_1.STYLES.section }) });
        const t = tableOps(sheet, s.table, r + 1, widths);
        ops.push(...t.ops);
        cells.push(...t.cells);
        heights = { ...heights, ...t.heights };
        r = t.next + 1;
    }
    return [
        { op: "addSheet", sheet, tabColor: "1F4E79", visibility: "visible" },
        (0, styles_1.columnsOp)(sheet, widths),
        { op: "merge", sheet, range: "A2:F2" },
        ...ops,
        { op: "cells", sheet, cells: [...cells, ...chartData.cells] },
        ...(charts ? chartData.charts : []),
        { op: "rowHeights", sheet, heights },
        (0, styles_1.pageSetupOp)(sheet, "portrait"),
    ];
}
/**
 * Numbers for the 汇总 charts, beside the tables (charts need numbers, the tables hold text):
 * expenditure by kind and points by level-1 indicator, with a chart of each where the host
 * draws charts.
 */
function summaryCharts(sheet, m, scored) {
    const label = text({ ...border });
    const head = text({
        ...border,
        font: { name: BODY, size: 10, bold: true },
        fill: styles_1.STYLES.header.fill,
    });
    const number = { ...border, numFmt: "0.00", horizontal: "right" };
    const spending = [
        ["人员支出", "personnel"],
        ["公用支出", "public"],
        ["项目支出", "project"],
    ].flatMap(([name, row]) => {
        const v = (0, figures_1.effectiveTotal)(m, row, "actual");
        return v === undefined ? [] : [[name, v.toNumber()]];
    });
    const points = scored.levels.map((l) => [l.level1, l.earned.toDecimalPlaces(2).toNumber()]);
    const cells = [];
    const block = (top, title, rows) => {
        cells.push({ address: (0, layout_1.addr)(4, top), value: title[0], style: head });
        cells.push({ address: (0, layout_1.addr)(5, top), value: title[1], style: head });
        rows.forEach(([name, v], i) => {
            cells.push({ address: (0, layout_1.addr)(4, top + 1 + i), value: name, style: label });
            cells.push({ address: (0, layout_1.addr)(5, top + 1 + i), value: v, style: number });
        });
        return `${(0, layout_1.addr)(4, top)}:${(0, layout_1.addr)(5, top + rows.length)}`;
    };
    const spendingRange = block(4, ["支出结构", "万元"], spending);
    const pointsTop = 6 + spending.length;
    const pointsRange = block(pointsTop, ["一级指标", "得分"], points);
    const below = pointsTop + points.length + 2;
    const charts = [];
    if (spending.length)
        charts.push({
            op: "chart",
            sheet,
            name: "支出结构图",
            kind: "pie",
            title: "支出结构（万元）",
            data: spendingRange,
            from: (0, layout_1.addr)(4, below),
            to: (0, layout_1.addr)(9, below + 14),
        });
    if (points.length)
        charts.push({
            op: "chart",
            sheet,
            name: "指标得分图",
            kind: "barClustered",
            title: "各一级指标得分",
            data: pointsRange,
            from: (0, layout_1.addr)(4, below + 16),
            to: (0, layout_1.addr)(9, below + 30),
        });
    return { cells, charts };
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MARK_FONT = exports.MARK_FILL = exports.recordAddress = exports.RECORD_CELLS = exports.RECORD_CHUNK = exports.RECORD_SHEET = exports.REPORT_RECORD_SHEET = exports.SUMMARY_SHEET = exports.SELF_EVAL_SHEET = exports.REPORT_SHEET = exports.RESULTS_SHEET = void 0;
exports.sortFindings = sortFindings;
exports.linkFormula = linkFormula;
exports.summaryText = summaryText;
exports.resultsSheetOps = resultsSheetOps;
const finding_1 = require("../model/finding");
const sheet_1 = require("../model/sheet");
const index_1 = require("./index");
const styles_1 = require("./styles");
/** The sheet validate writes its findings to (PRODUCT.md §5). */
exports.RESULTS_SHEET = "校验结果";
/** The sheets 生成报告 writes (PRODUCT.md §6) and its record of what it wrote. */
exports.REPORT_SHEET = "报告";
exports.SELF_EVAL_SHEET = "自评表";
exports.SUMMARY_SHEET = "汇总";
exports.REPORT_RECORD_SHEET = "_jixiao_report";
/** A very hidden sheet recording what validate wrote, so the next run and clear undo exactly that. */
exports.RECORD_SHEET = "_jixiao_record";
/** Cells of the record: JSON split into chunks (a cell holds at most 32,767 characters). */
exports.RECORD_CHUNK = 30000;
exports.RECORD_CELLS = 40;
const recordAddress = (i) => (0, index_1.addr)(0, i + 1);
exports.recordAddress = recordAddress;
/**
 * A marked cell's look, by severity: dark fills with white text, so a mark stands out from the
 * pale input (FFF2CC) and computed (DDEBF7) fills; contrasts are in docs/marks.md (warning B45309: white text 5.0 : 1).
 */
exports.MARK_FILL = {
    error: "C00000",
    warning: "B45309",
    info: "2F75B5",
};
exports.MARK_FONT = "FFFFFF";
const SEVERITY_ORDER = ["error", "warning", "info"];
const HEADERS = ["序号", "级别", "位置", "问题", "应为", "实为", "规则"];
const WIDTHS = [6, 7, 22, 80, 14, 14, 24];
/**
 * Findings in reading order: severity, then the template's sheet order, then row and column;
 * or sheet first, for a report grouped by sheet.
 */
function sortFindings(findings, by = "severity") {
    const sheetRank = (s) => {
        const i = index_1.SHEETS.findIndex((x) => x.name === s);
        return i < 0 ? index_1.SHEETS.length : i;
    };
    const pos = (c) => {
        const m = /^([A-Z]+)(\d+)$/.exec(c ?? "");
        return m ? Number(m[2]) * 1000 + m[1].length * 100 + m[1].charCodeAt(0) : 0;
    };
    const severity = (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity);
    const sheet = (a, b) => sheetRank(a.sheet) - sheetRank(b.sheet);
    const [first, second] = by === "severity" ? [severity, sheet] : [sheet, severity];
    return [...findings].sort((a, b) => first(a, b) || second(a, b) || pos(a.cell) - pos(b.cell));
}
const quoteSheet = (s) => `'${s.replace(/'/g, "''")}'`;
const formulaString = (s) => `"${s.replace(/"/g, '""')}"`;
/** A HYPERLINK formula to a finding's cell, with the text it shows. */
function linkFormula(sheet, cell) {
    const shown = `${sheet}!${cell}`;
    return {
        text: `HYPERLINK(${formulaString(`#${quoteSheet(sheet)}!${cell}`)},${formulaString(shown)})`,
        shown,
    };
}
function summaryText(findings) {
    const n = (s) => findings.filter((f) => f.severity === s).length;
    return `错误 ${n("error")} 个，警告 ${n("warning")} 个，提示 ${n("info")} 个。点击“位置”可跳到对应单元格；修改后请重新校验。`;
}
/** The whole 校验结果 sheet (on a workbook without one): title, summary, a row per finding. */
function resultsSheetOps(findings) {
    const sheet = exports.RESULTS_SHEET;
    const text = { ...styles_1.STYLES.label, numFmt: "@", vertical: "top" };
    const cells = [
        { address: "A1", value: "校验结果", style: { ...styles_1.STYLES.title, horizontal: "left" } },
        { address: "A2", value: summaryText(findings), style: { ...styles_1.STYLES.hint, numFmt: "@" } },
        ...HEADERS.map((h, j) => ({ address: (0, index_1.addr)(j, 3), value: h, style: styles_1.STYLES.header })),
    ];
    const heights = {};
    sortFindings(findings).forEach((f, i) => {
        const r = 4 + i;
        const fill = {
            ...text,
            fill: exports.MARK_FILL[f.severity],
            font: { ...styles_1.STYLES.label.font, color: exports.MARK_FONT, bold: true },
        };
        cells.push({ address: (0, index_1.addr)(0, r), value: String(i + 1), style: text });
        cells.push({ address: (0, index_1.addr)(1, r), value: finding_1.SEVERITY_LABEL[f.severity], style: fill });
        if (f.sheet && f.cell) {
            const link = linkFormula(f.sheet, f.cell);
            cells.push({
                address: (0, index_1.addr)(2, r),
                formula: { text: link.text, result: link.shown },
                // A cell formatted as text before a formula is entered keeps the formula as text.
                style: { ...text, numFmt: "General", font: { ...styles_1.STYLES.label.font, color: "0563C1" } },
            });
        }
        else {
            cells.push({ address: (0, index_1.addr)(2, r), value: f.sheet ?? "", style: text });
        }
        cells.push({
            address: (0, index_1.addr)(3, r),
            value: `${f.message}\n${f.messageEn}`,
            style: { ...text, wrap: true },
        });
        cells.push({ address: (0, index_1.addr)(4, r), value: f.expected ?? "", style: text });
        cells.push({ address: (0, index_1.addr)(5, r), value: f.actual ?? "", style: text });
        cells.push({ address: (0, index_1.addr)(6, r), value: f.ruleId, style: text });
        const lines = Math.ceil((f.message.length * 2) / (WIDTHS[3] - 2)) +
            Math.ceil(f.messageEn.length / (WIDTHS[3] - 2));
        heights[r] = (0, sheet_1.rowHeight)(Math.max(2, lines) * 14 + 4);
    });
    return [
        { op: "addSheet", sheet, tabColor: "C00000", visibility: "visible" },
        (0, styles_1.columnsOp)(sheet, WIDTHS),
        { op: "merge", sheet, range: "A1:G1" },
        { op: "merge", sheet, range: "A2:G2" },
        { op: "cells", sheet, cells },
        { op: "rowHeights", sheet, heights },
        { op: "freeze", sheet, rows: 3 },
        (0, styles_1.pageSetupOp)(sheet, "landscape", [3, 3]),
    ];
}

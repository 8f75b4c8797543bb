"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.counts = counts;
exports.summaryLine = summaryLine;
exports.humanReport = humanReport;
exports.jsonFindings = jsonFindings;
const finding_1 = require("../model/finding");
const results_1 = require("../layout/results");
function counts(findings) {
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of findings)
        c[f.severity]++;
    return c;
}
function summaryLine(findings) {
    const c = counts(findings);
    const en = (n, one) => `${n} ${n === 1 ? one : `${one}s`}`;
    return `错误 ${c.error} 个，警告 ${c.warning} 个，提示 ${c.info} 个（${en(c.error, "error")}, ${en(c.warning, "warning")}, ${c.info} info）`;
}
/** Findings grouped by sheet, in Chinese, for a terminal. */
function humanReport(file, findings) {
    const lines = [`${file}：${summaryLine(findings)}`];
    const bySheet = new Map();
    for (const f of (0, results_1.sortFindings)(findings, "sheet")) {
        const k = f.sheet ?? "（工作簿）";
        bySheet.set(k, [...(bySheet.get(k) ?? []), f]);
    }
    for (const [sheet, list] of bySheet) {
        lines.push("", `【${sheet}】`);
        for (const f of list) {
            const where = f.cell ? `${f.cell} ` : "";
            lines.push(`  ${finding_1.SEVERITY_LABEL[f.severity]} ${where}${f.message}  [${f.ruleId}]`);
        }
    }
    return lines.join("\n");
}
/** The JSON form of PRODUCT.md §7. */
function jsonFindings(file, findings) {
    return findings.map((f) => ({
        file,
        ruleId: f.ruleId,
        severity: f.severity,
        sheet: f.sheet ?? null,
        cell: f.cell ?? null,
        cells: f.cells.map((c) => (c.cell ? `${c.sheet}!${c.cell}` : c.sheet)),
        message: f.message,
        messageEn: f.messageEn,
        expected: f.expected ?? null,
        actual: f.actual ?? null,
    }));
}

import { SEVERITY_LABEL, type Finding, type Severity } from "../model/finding";
import { rowHeight, type CellWrite, type WriteOp } from "../model/sheet";
import { addr, SHEETS } from "./index";
import { STYLES, columnsOp, pageSetupOp } from "./styles";

/** The sheet validate writes its findings to (PRODUCT.md §5). */
export const RESULTS_SHEET = "校验结果";
/** The sheets 生成报告 writes (PRODUCT.md §6) and its record of what it wrote. */
export const REPORT_SHEET = "报告";
export const SELF_EVAL_SHEET = "自评表";
export const SUMMARY_SHEET = "汇总";
export const REPORT_RECORD_SHEET = "_jixiao_report";

/** A very hidden sheet recording what validate wrote, so the next run and clear undo exactly that. */
export const RECORD_SHEET = "_jixiao_record";
/** Cells of the record: JSON split into chunks (a cell holds at most 32,767 characters). */
export const RECORD_CHUNK = 30000;
export const RECORD_CELLS = 40;
export const recordAddress = (i: number) => addr(0, i + 1);

/**
 * A marked cell's look, by severity: dark fills with white text, so a mark stands out from the
 * pale input (FFF2CC) and computed (DDEBF7) fills; contrasts are in docs/marks.md (warning B45309: white text 5.0 : 1).
 */
export const MARK_FILL: Record<Severity, string> = {
  error: "C00000",
  warning: "B45309",
  info: "2F75B5",
};
export const MARK_FONT = "FFFFFF";

const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

const HEADERS = ["序号", "级别", "位置", "问题", "应为", "实为", "规则"];
const WIDTHS = [6, 7, 22, 80, 14, 14, 24];

/**
 * Findings in reading order: severity, then the template's sheet order, then row and column;
 * or sheet first, for a report grouped by sheet.
 */
export function sortFindings(
  findings: Finding[],
  by: "severity" | "sheet" = "severity"
): Finding[] {
  const sheetRank = (s?: string) => {
    const i = SHEETS.findIndex((x) => x.name === s);
    return i < 0 ? SHEETS.length : i;
  };
  const pos = (c?: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(c ?? "");
    return m ? Number(m[2]) * 1000 + m[1].length * 100 + m[1].charCodeAt(0) : 0;
  };
  const severity = (a: Finding, b: Finding) =>
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity);
  const sheet = (a: Finding, b: Finding) => sheetRank(a.sheet) - sheetRank(b.sheet);
  const [first, second] = by === "severity" ? [severity, sheet] : [sheet, severity];
  return [...findings].sort((a, b) => first(a, b) || second(a, b) || pos(a.cell) - pos(b.cell));
}

const quoteSheet = (s: string) => `'${s.replace(/'/g, "''")}'`;
const formulaString = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A HYPERLINK formula to a finding's cell, with the text it shows. */
export function linkFormula(sheet: string, cell: string): { text: string; shown: string } {
  const shown = `${sheet}!${cell}`;
  return {
    text: `HYPERLINK(${formulaString(`#${quoteSheet(sheet)}!${cell}`)},${formulaString(shown)})`,
    shown,
  };
}

export function summaryText(findings: Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `错误 ${n("error")} 个，警告 ${n("warning")} 个，提示 ${n("info")} 个。点击“位置”可跳到对应单元格；修改后请重新校验。`;
}

/** The whole 校验结果 sheet (on a workbook without one): title, summary, a row per finding. */
export function resultsSheetOps(findings: Finding[]): WriteOp[] {
  const sheet = RESULTS_SHEET;
  const text = { ...STYLES.label, numFmt: "@", vertical: "top" as const };
  const cells: CellWrite[] = [
    { address: "A1", value: "校验结果", style: { ...STYLES.title, horizontal: "left" } },
    { address: "A2", value: summaryText(findings), style: { ...STYLES.hint, numFmt: "@" } },
    ...HEADERS.map((h, j) => ({ address: addr(j, 3), value: h, style: STYLES.header })),
  ];
  const heights: Record<number, number> = {};
  sortFindings(findings).forEach((f, i) => {
    const r = 4 + i;
    const fill = {
      ...text,
      fill: MARK_FILL[f.severity],
      font: { ...STYLES.label.font, color: MARK_FONT, bold: true },
    };
    cells.push({ address: addr(0, r), value: String(i + 1), style: text });
    cells.push({ address: addr(1, r), value: SEVERITY_LABEL[f.severity], style: fill });
    if (f.sheet && f.cell) {
      const link = linkFormula(f.sheet, f.cell);
      cells.push({
        address: addr(2, r),
        formula: { text: link.text, result: link.shown },
        // A cell formatted as text before a formula is entered keeps the formula as text.
        style: { ...text, numFmt: "General", font: { ...STYLES.label.font, color: "0563C1" } },
      });
    } else {
      cells.push({ address: addr(2, r), value: f.sheet ?? "", style: text });
    }
    cells.push({
      address: addr(3, r),
      value: `${f.message}\n${f.messageEn}`,
      style: { ...text, wrap: true },
    });
    cells.push({ address: addr(4, r), value: f.expected ?? "", style: text });
    cells.push({ address: addr(5, r), value: f.actual ?? "", style: text });
    cells.push({ address: addr(6, r), value: f.ruleId, style: text });
    const lines =
      Math.ceil((f.message.length * 2) / (WIDTHS[3] - 2)) +
      Math.ceil(f.messageEn.length / (WIDTHS[3] - 2));
    heights[r] = rowHeight(Math.max(2, lines) * 14 + 4);
  });
  return [
    { op: "addSheet", sheet, tabColor: "C00000", visibility: "visible" },
    columnsOp(sheet, WIDTHS),
    { op: "merge", sheet, range: "A1:G1" },
    { op: "merge", sheet, range: "A2:G2" },
    { op: "cells", sheet, cells },
    { op: "rowHeights", sheet, heights },
    { op: "freeze", sheet, rows: 3 },
    pageSetupOp(sheet, "landscape", [3, 3]),
  ];
}

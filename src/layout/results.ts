import {
  SEVERITY_LABEL,
  explainable,
  fingerprint,
  type Explanation,
  type Finding,
  type Severity,
} from "../model/finding";
import {
  rowHeight,
  type CellStyle,
  type CellValue,
  type CellWrite,
  type WriteOp,
} from "../model/sheet";
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

/** Columns of 校验结果: 说明 is the preparer's, 指纹 ties it to its finding (PRODUCT.md §5). */
export const RESULTS_COLUMNS = {
  index: "A",
  severity: "B",
  where: "C",
  message: "D",
  expected: "E",
  actual: "F",
  rule: "G",
  explanation: "H",
  fingerprint: "I",
} as const;
const HEADERS = ["序号", "级别", "位置", "问题", "应为", "实为", "规则", "说明（可填写）", "指纹"];
const WIDTHS = [6, 9, 22, 70, 14, 14, 22, 36, 18];
/** First row of findings. */
export const RESULTS_FIRST_ROW = 4;
/** The 级别 an explained finding shows: apart from the unexplained ones. */
export const EXPLAINED_SUFFIX = "（已说明）";
/** The 级别 of an explanation that no longer applies, and of one typed beside an error. */
export const STALE_LABEL = "已失效";
export const NOT_EXPLAINABLE_LABEL = "不可说明";
/** Explained findings are shown in grey: seen, accounted for. */
export const EXPLAINED_FILL = "7F7F7F";

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

export function summaryText(findings: Finding[], stale = 0): string {
  const open = findings.filter((f) => !f.explanation);
  const n = (s: Severity) => open.filter((f) => f.severity === s).length;
  const explained = findings.length - open.length;
  const apart = explained ? `，已说明 ${explained} 个` : "";
  const old = stale ? `，已失效说明 ${stale} 条（见表末）` : "";
  return `错误 ${n("error")} 个，警告 ${n("warning")} 个，提示 ${n("info")} 个${apart}${old}。点击“位置”可跳到对应单元格；修改后请重新校验。警告和提示可在“说明”列写明原因，下次校验时保留。`;
}

/** Where a finding is, as the 位置 column shows it. */
export const whereOf = (f: Pick<Finding, "sheet" | "cell">): string =>
  f.sheet && f.cell ? `${f.sheet}!${f.cell}` : (f.sheet ?? "");

const TEXT_STYLE: CellStyle = { ...STYLES.label, numFmt: "@", vertical: "top" };
const EXPLANATION_STYLE: CellStyle = { ...STYLES.inputText };

function messageHeight(message: string, messageEn: string): number {
  const width = WIDTHS[3] - 2;
  const lines = Math.ceil((message.length * 2) / width) + Math.ceil(messageEn.length / width);
  return rowHeight(Math.max(2, lines) * 14 + 4);
}

/** The looks of findings' rows: made once per sheet, each object shared by the rows that use it. */
interface RowLooks {
  /** 级别 by its fill: a severity's, or grey for an explained finding. */
  level: (fill: string) => CellStyle;
  link: CellStyle;
  message: CellStyle;
  print: CellStyle;
}

function rowLooks(): RowLooks {
  const levels = new Map<string, CellStyle>();
  const level = (fill: string): CellStyle => {
    let style = levels.get(fill);
    if (!style)
      levels.set(
        fill,
        (style = {
          ...TEXT_STYLE,
          fill,
          font: { ...STYLES.label.font, color: MARK_FONT, bold: true },
        })
      );
    return style;
  };
  return {
    level,
    // A cell formatted as text before a formula is entered keeps the formula as text.
    link: { ...TEXT_STYLE, numFmt: "General", font: { ...STYLES.label.font, color: "0563C1" } },
    message: { ...TEXT_STYLE, wrap: true },
    print: { ...TEXT_STYLE, font: HINT_FONT },
  };
}

/** One finding's row, appended to `cells`: explained ones grey and labelled apart. */
function findingRow(f: Finding, index: number, r: number, looks: RowLooks, cells: CellWrite[]) {
  const at = String(r);
  const label = SEVERITY_LABEL[f.severity] + (f.explanation ? EXPLAINED_SUFFIX : "");
  cells.push(
    { address: `A${at}`, value: String(index), style: TEXT_STYLE },
    {
      address: `B${at}`,
      value: label,
      style: looks.level(f.explanation ? EXPLAINED_FILL : MARK_FILL[f.severity]),
    }
  );
  if (f.sheet && f.cell) {
    const link = linkFormula(f.sheet, f.cell);
    cells.push({
      address: `C${at}`,
      formula: { text: link.text, result: link.shown },
      style: looks.link,
    });
  } else {
    cells.push({ address: `C${at}`, value: f.sheet ?? "", style: TEXT_STYLE });
  }
  cells.push(
    { address: `D${at}`, value: `${f.message}\n${f.messageEn}`, style: looks.message },
    { address: `E${at}`, value: f.expected ?? "", style: TEXT_STYLE },
    { address: `F${at}`, value: f.actual ?? "", style: TEXT_STYLE },
    { address: `G${at}`, value: f.ruleId, style: TEXT_STYLE },
    // Errors cannot be explained: their 说明 cell is not offered as an input.
    {
      address: `H${at}`,
      value: f.explanation ?? "",
      style: explainable(f) ? EXPLANATION_STYLE : TEXT_STYLE,
    },
    { address: `I${at}`, value: fingerprint(f), style: looks.print }
  );
}

const HINT_FONT = { name: STYLES.label.font?.name, size: 8, color: "808080" };

/**
 * 已失效说明 below the findings: explanations whose figures changed, or typed beside an error,
 * kept visible and never deleted (PRODUCT.md §5). Returns the cells and the rows it used.
 */
function staleRows(stale: StaleExplanation[], top: number): CellWrite[] {
  if (!stale.length) return [];
  const cells: CellWrite[] = [
    {
      address: addr(0, top),
      value:
        "已失效说明：以下说明所对应的问题已不存在或数字已变化（或该问题为错误，不能以说明了结）。如仍适用，请抄到对应问题的“说明”列；不需要时可删除整行。",
      style: { ...STYLES.hint, numFmt: "@" },
    },
  ];
  stale.forEach((e, i) => {
    const r = top + 1 + i;
    const label = e.notExplainable ? NOT_EXPLAINABLE_LABEL : STALE_LABEL;
    const values: [number, string][] = [
      [1, label],
      [2, e.where],
      [3, e.message],
      [6, e.ruleId],
      [8, e.fingerprint],
    ];
    for (const [c, value] of values)
      cells.push({ address: addr(c, r), value, style: { ...TEXT_STYLE, wrap: c === 3 } });
    cells.push({ address: addr(7, r), value: e.text, style: EXPLANATION_STYLE });
  });
  return cells;
}

/** An explanation that no longer matches a finding it may explain. */
export interface StaleExplanation extends Explanation {
  /** It was typed beside an error, which cannot be explained away. */
  notExplainable?: boolean;
}

/** Unexplained findings first, then the explained ones, each in reading order. */
export function resultsOrder(findings: Finding[]): Finding[] {
  return [
    ...sortFindings(findings.filter((f) => !f.explanation)),
    ...sortFindings(findings.filter((f) => f.explanation)),
  ];
}

/** The whole 校验结果 sheet (on a workbook without one): title, summary, a row per finding. */
export function resultsSheetOps(findings: Finding[], stale: StaleExplanation[] = []): WriteOp[] {
  const sheet = RESULTS_SHEET;
  const cells: CellWrite[] = [
    { address: "A1", value: "校验结果", style: { ...STYLES.title, horizontal: "left" } },
    {
      address: "A2",
      value: summaryText(findings, stale.length),
      style: { ...STYLES.hint, numFmt: "@", wrap: true },
    },
    ...HEADERS.map((h, j) => ({ address: addr(j, 3), value: h, style: STYLES.header })),
  ];
  const heights: Record<number, number> = { 2: rowHeight(30) };
  const looks = rowLooks();
  resultsOrder(findings).forEach((f, i) => {
    const r = RESULTS_FIRST_ROW + i;
    findingRow(f, i + 1, r, looks, cells);
    heights[r] = messageHeight(f.message, f.messageEn);
  });
  const staleTop = RESULTS_FIRST_ROW + findings.length + 1;
  cells.push(...staleRows(stale, staleTop));
  stale.forEach((e, i) => (heights[staleTop + 1 + i] = messageHeight(e.message, "")));
  const merges: WriteOp[] = stale.length
    ? [{ op: "merge", sheet, range: `A${staleTop}:I${staleTop}` }]
    : [];
  return [
    { op: "addSheet", sheet, tabColor: "C00000", visibility: "visible" },
    columnsOp(sheet, WIDTHS),
    { op: "merge", sheet, range: "A1:I1" },
    { op: "merge", sheet, range: "A2:I2" },
    ...merges,
    { op: "cells", sheet, cells },
    { op: "rowHeights", sheet, heights },
    { op: "freeze", sheet, rows: 3 },
    pageSetupOp(sheet, "landscape", [3, 3]),
  ];
}

const cellText = (v: CellValue | undefined): string =>
  typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : "";

/**
 * The explanations on a 校验结果 sheet as read back: every row, findings and 已失效说明 alike,
 * whose 说明 holds text and whose 指纹 says which finding it belongs to.
 */
export function explanationsOnSheet(values: Record<string, CellValue>): Explanation[] {
  const rows = new Set<number>();
  for (const address of Object.keys(values)) {
    const m = /^H(\d+)$/.exec(address);
    if (m && Number(m[1]) >= RESULTS_FIRST_ROW) rows.add(Number(m[1]));
  }
  const out: Explanation[] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const at = (column: string) => cellText(values[`${column}${r}`]).trim();
    const text = at(RESULTS_COLUMNS.explanation);
    const print = at(RESULTS_COLUMNS.fingerprint);
    if (!text || !print) continue;
    out.push({
      fingerprint: print,
      ruleId: at(RESULTS_COLUMNS.rule),
      where: at(RESULTS_COLUMNS.where),
      message: at(RESULTS_COLUMNS.message).split("\n")[0],
      text,
    });
  }
  return out;
}

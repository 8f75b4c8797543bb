import type { Evaluation } from "../model/evaluation";
import type { Finding } from "../model/finding";
import { SEVERITY_LABEL } from "../model/finding";
import { rowHeight, type CellStyle, type CellWrite, type WriteOp } from "../model/sheet";
import { addr, columnLetter } from "../layout";
import { SELF_EVAL_WIDTHS } from "./self-evaluation";
import { REPORT_SHEET, SELF_EVAL_SHEET, SUMMARY_SHEET } from "../layout/results";
import { BORDER, STYLES, columnsOp, pageSetupOp } from "../layout/styles";
import type { ScoreResult } from "../rules/scoring/score";
import type { Block, ReportDocument, Table } from "./document";
import { effectiveTotal, indicatorFigures } from "./figures";
import { amount, percentage, type NumberStyle, DEFAULT_NUMBERS } from "./numbers";
import { fundsSummaryTable } from "./funds-summary";

/** Two full-width spaces open every body paragraph, as Chinese official documents do. */
export const INDENT = "\u3000\u3000";
const BODY = "仿宋";
const REPORT_WIDTH = 68;
const text = (style: CellStyle): CellStyle => ({
  ...style,
  numFmt: "@",
  wrap: true,
  vertical: "top",
});

/**
 * Lines a wrapped text takes in a column `width` characters wide (Excel's unit: a "0" of the
 * 11 pt default font, about 7 px) at `size` pt: a CJK character is as wide as its size, a Latin
 * character or digit about half.
 */
export function wrappedLines(value: string, width: number, size: number): number {
  const room = Math.max(1, width * 7 - 8);
  const cjk = (size * 4) / 3;
  const latin = cjk * 0.55;
  let lines = 0;
  let w = 0;
  // By char code in one pass, paragraph by paragraph ("\n"): the 自评表 wraps some 100,000 cells.
  // A surrogate pair is one character, counted as CJK (its first unit is in the range), as is a
  // lone surrogate.
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 10) {
      lines += Math.max(1, Math.ceil(w / room));
      w = 0;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    w += code >= 0x2e80 && code <= 0xffef ? cjk : latin;
  }
  return lines + Math.max(1, Math.ceil(w / room));
}

/** Row height in points for `lines` of `size` pt text, with a little air. */
const fitted = (lines: number, size: number) => rowHeight(lines * size * 1.35 + 4);

const BLOCK_STYLE: Record<Exclude<Block["kind"], "table" | "heading">, CellStyle> = {
  title: text({ font: { name: "方正小标宋简体", size: 18, bold: true }, horizontal: "center" }),
  addressee: text({ font: { name: BODY, size: 12 } }),
  paragraph: text({ font: { name: BODY, size: 12 } }),
  attachmentNote: text({ font: { name: BODY, size: 12 } }),
  signature: text({ font: { name: BODY, size: 12 }, horizontal: "right" }),
};
const HEADING_FONT = { 1: "黑体", 2: "楷体", 3: BODY } as const;

/**
 * The 报告 sheet: one wide column, wrapped text with row heights that fit it, A4 portrait. Its
 * text is what `jixiao docx` reads back (see from-sheets.ts): paragraphs open with INDENT,
 * headings and closing lines do not.
 */
export function reportSheetOps(doc: ReportDocument): WriteOp[] {
  const sheet = REPORT_SHEET;
  const cells: CellWrite[] = [];
  const heights: Record<number, number> = {};
  let r = 1;
  const put = (value: string, style: CellStyle) => {
    const size = style.font?.size ?? 12;
    cells.push({ address: addr(0, r), value, style });
    heights[r] = fitted(wrappedLines(value, REPORT_WIDTH, size), size);
    r++;
  };
  for (const b of doc.blocks) {
    switch (b.kind) {
      case "title":
        put(b.text, BLOCK_STYLE.title);
        r++;
        break;
      case "heading":
        put(b.text, {
          ...BLOCK_STYLE.paragraph,
          font: { name: HEADING_FONT[b.level], size: 12, bold: b.level === 3 },
        });
        break;
      case "paragraph":
        put(`${INDENT}${b.text}`, BLOCK_STYLE.paragraph);
        break;
      case "attachmentNote":
        r++;
        put(`${INDENT}${b.text}`, BLOCK_STYLE.attachmentNote);
        break;
      case "signature":
        r++;
        for (const line of b.lines) put(line, BLOCK_STYLE.signature);
        break;
      case "table":
        break;
      default:
        put(b.text, BLOCK_STYLE[b.kind]);
    }
  }
  return [
    { op: "addSheet", sheet, tabColor: "1F4E79", visibility: "visible" },
    columnsOp(sheet, [REPORT_WIDTH]),
    { op: "cells", sheet, cells },
    { op: "rowHeights", sheet, heights },
    pageSetupOp(sheet, "portrait"),
  ];
}

const border: CellStyle = {
  border: BORDER,
  wrap: true,
  vertical: "middle",
  numFmt: "@",
  font: { name: BODY, size: 10 },
};

/** Decimals of a number cell's text ("8.50" → 2), which its fixed format shows. */
function decimalsShown(text: string): number {
  const dot = text.indexOf(".");
  return dot >= 0 ? text.length - dot - 1 : 0;
}

/** The fixed format that shows `decimals` places: 2 → 0.00. */
const numberFormat = (decimals: number) => (decimals ? `0.${"0".repeat(decimals)}` : "0");

/**
 * A table cell's style; one object per distinct look, shared (a table may have 100,000 cells),
 * found by alignment, weight and (for a number) decimals without a key string per cell.
 */
function tableCellStyle(cell: Table["rows"][number][number]): CellStyle {
  const weight = cell.bold === undefined ? 0 : cell.bold ? 1 : 2;
  if (cell.number === undefined) {
    let looks = TEXT_STYLES.get(cell.align);
    if (!looks) TEXT_STYLES.set(cell.align, (looks = []));
    return (looks[weight] ??= lookStyle(cell, undefined));
  }
  let looks = NUMBER_STYLES.get(cell.align);
  if (!looks) NUMBER_STYLES.set(cell.align, (looks = []));
  const byDecimals = (looks[weight] ??= []);
  const decimals = decimalsShown(cell.text);
  return (byDecimals[decimals] ??= lookStyle(cell, numberFormat(decimals)));
}

/** Text cells' styles by alignment, then by bold undefined, true, false. */
const TEXT_STYLES = new Map<string | undefined, (CellStyle | undefined)[]>();
/** Number cells' styles by alignment, then by bold as above, then by decimals. */
const NUMBER_STYLES = new Map<string | undefined, (CellStyle | undefined)[][]>();

function lookStyle(cell: Table["rows"][number][number], numFmt: string | undefined): CellStyle {
  return {
    ...border,
    horizontal: cell.align,
    font: { name: BODY, size: 10, bold: cell.bold },
    ...(cell.bold ? { fill: STYLES.header.fill } : {}),
    ...(numFmt !== undefined ? { numFmt } : {}),
  };
}

/** Width of `span` columns from `c` (added in column order, as a reduce would). */
function spanWidth(widths: number[], c: number, span: number): number {
  let width = 0;
  for (let k = c; k < c + span && k < widths.length; k++) width += widths[k];
  return width;
}

/** What tableOps appends to: a sheet's cells, merges and row heights. */
interface SheetParts {
  sheet: string;
  cells: CellWrite[];
  ops: WriteOp[];
  heights: Record<number, number>;
}

/**
 * A table block as cells from row `top`, with merges for column and row spans, numbers where a
 * cell carries one (with its text's decimals) and heights for wrapped text, appended to `into`;
 * returns the row after it. A column covered by a row span from above is skipped until the
 * span's last row (`coveredTo`); column letters are found once per column of the table.
 */
function tableOps(into: SheetParts, t: Table, top: number, widths: number[]): number {
  const { sheet, cells } = into;
  const letters: string[] = [];
  const letter = (c: number) => (letters[c] ??= columnLetter(c));
  const coveredTo: number[] = [];
  let r = top;
  const row = (cellsOfRow: Table["rows"][number]) => {
    let c = 0;
    let lines = 1;
    const at = String(r);
    for (const cell of cellsOfRow) {
      while (coveredTo[c] >= r) c++;
      const span = cell.span ?? 1;
      const down = cell.rowSpan ?? 1;
      const style = tableCellStyle(cell);
      cells.push({ address: letter(c) + at, value: cell.number ?? cell.text, style });
      for (let dr = 0; dr < down; dr++)
        for (let k = 0; k < span; k++)
          if (dr > 0 || k > 0) cells.push({ address: letter(c + k) + (r + dr), style });
      if (down > 1)
        for (let k = 0; k < span; k++)
          coveredTo[c + k] = Math.max(coveredTo[c + k] ?? 0, r + down - 1);
      if (span > 1 || down > 1)
        into.ops.push({
          op: "merge",
          sheet,
          range: `${letter(c)}${r}:${letter(c + span - 1)}${r + down - 1}`,
        });
      // An empty cell takes one line, the least a row has.
      if (down === 1 && cell.text !== "")
        lines = Math.max(lines, wrappedLines(cell.text, spanWidth(widths, c, span), 10));
      c += span;
    }
    into.heights[r] = fitted(lines, 10);
    r++;
  };
  for (const cellsOfRow of t.header) row(cellsOfRow);
  for (const cellsOfRow of t.rows) row(cellsOfRow);
  return r;
}

/** Sheet column widths (characters) of the 自评表. */
export const SELF_EVAL_SHEET_WIDTHS = SELF_EVAL_WIDTHS.map((w) => w * 1.5);

/** The 自评表 sheet: the attachment's tables one under the other, landscape A4. */
export function selfEvaluationSheetOps(doc: ReportDocument): WriteOp[] {
  const sheet = SELF_EVAL_SHEET;
  const tables = (doc.attachment?.blocks ?? []).filter(
    (b): b is Extract<Block, { kind: "table" }> => b.kind === "table"
  );
  if (!tables.length) return [];
  const widths = SELF_EVAL_SHEET_WIDTHS;
  const title: CellWrite = {
    address: "A1",
    value: doc.attachment!.title,
    style: text({ font: { name: "黑体", size: 14 }, horizontal: "center", vertical: "middle" }),
  };
  const ops: WriteOp[] = [];
  const cells: CellWrite[] = [title];
  const heights: Record<number, number> = { 1: 28 };
  const into = { sheet, cells, ops, heights };
  let top = 3;
  let repeat: [number, number] | undefined;
  for (const { table } of tables) {
    const next = tableOps(into, table, top, widths);
    if (table.header.length && !repeat) repeat = [top, top + table.header.length - 1];
    top = next;
  }
  return [
    { op: "addSheet", sheet, tabColor: "1F4E79", visibility: "visible" },
    columnsOp(sheet, widths),
    { op: "merge", sheet, range: `A1:${addr(widths.length - 1, 1)}` },
    ...ops,
    { op: "cells", sheet, cells },
    { op: "rowHeights", sheet, heights },
    pageSetupOp(sheet, "landscape", repeat),
  ];
}

interface Section {
  title: string;
  table: Table;
}

/** 主要数字: 支出 by kind, actual and 财政拨款, from the derived figures. */
function keyFiguresSection(m: Evaluation, n: NumberStyle): Section {
  const A = (
    row: Parameters<typeof effectiveTotal>[1],
    col: Parameters<typeof effectiveTotal>[2]
  ) => {
    const v = effectiveTotal(m, row, col);
    return v === undefined ? "" : amount(v, n);
  };
  return {
    title: "主要数字（万元）",
    table: {
      header: [
        [
          { text: "项目", bold: true },
          { text: "实际支出", bold: true },
          { text: "其中财政拨款", bold: true },
        ],
      ],
      rows: (
        [
          ["支出总计", "total"],
          ["基本支出", "basic"],
          ["　人员支出", "personnel"],
          ["　公用支出", "public"],
          ["项目支出", "project"],
        ] as const
      ).map(([label, row]) => [
        { text: label },
        { text: A(row, "actual"), align: "right" as const },
        { text: A(row, "fiscal"), align: "right" as const },
      ]),
      widths: [24, 16, 16],
    },
  };
}

/**
 * 三公经费 as stated (template 1.4): 合计 实际 and 预算, 公务用车保有量; a row only where its
 * figures are filled (blank is not zero), no section where none is.
 */
function threePublicSection(m: Evaluation, n: NumberStyle): Section | undefined {
  const tp = m.threePublic.current;
  const cell = (v: string | undefined) => ({
    text: v === undefined ? "" : amount(v, n),
    align: "right" as const,
  });
  const rows = [
    tp.total.actual !== undefined || tp.total.budget !== undefined
      ? [{ text: "三公经费合计（万元）" }, cell(tp.total.actual), cell(tp.total.budget)]
      : undefined,
    tp.vehicleRunning.fleet !== undefined
      ? [
          { text: "公务用车保有量（辆）" },
          { text: tp.vehicleRunning.fleet, align: "right" as const },
          { text: "" },
        ]
      : undefined,
  ].filter((r) => r !== undefined);
  if (!rows.length) return undefined;
  return {
    title: "三公经费",
    table: {
      header: [
        [
          { text: "项目", bold: true },
          { text: "实际", bold: true },
          { text: "预算", bold: true },
        ],
      ],
      rows,
      widths: [24, 16, 16],
    },
  };
}

/** 评分: points and earned by level-1 indicator, the total and the grade. */
function scoreSection(scored: ScoreResult): Section {
  const unscoredIn = (level1: string) =>
    scored.indicators.filter((i) => i.level1 === level1 && i.earned === undefined).length;
  return {
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
          { text: l.points.toFixed(), align: "right" as const },
          {
            text: `${l.earned.toDecimalPlaces(2).toFixed()}${l.complete ? "" : `（${unscoredIn(l.level1)}项未评分）`}`,
            align: "right" as const,
          },
        ]),
        [
          { text: "总分", bold: true },
          {
            text: scored.levels.reduce((a, l) => a + l.points.toNumber(), 0).toString(),
            align: "right" as const,
          },
          {
            text: scored.total
              ? scored.total.toDecimalPlaces(2).toFixed()
              : `${scored.earned.toDecimalPlaces(2).toFixed()}（未完成评分）`,
            align: "right" as const,
            bold: true,
          },
        ],
        [
          { text: "等级", bold: true },
          { text: "" },
          { text: scored.grade ?? "—", align: "right" as const },
        ],
      ],
      widths: [24, 16, 16],
    },
  };
}

/** 校验结果: findings counted by severity. */
function findingsSection(findings: Finding[]): Section {
  return {
    title: "校验结果",
    table: {
      header: [
        [
          { text: "级别", bold: true },
          { text: "个数", bold: true },
          { text: "", bold: true },
        ],
      ],
      rows: (["error", "warning", "info"] as const).map((s) => [
        { text: SEVERITY_LABEL[s] },
        {
          text: String(findings.filter((f) => f.severity === s).length),
          align: "right" as const,
        },
        { text: "" },
      ]),
      widths: [24, 16, 16],
    },
  };
}

/** 绩效指标完成率: each row's completion rate, as the checks have it. */
function completionSection(m: Evaluation, n: NumberStyle): Section {
  return {
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
        const r = indicatorFigures(m, i).rate;
        return [
          { text: i.level3 ?? "" },
          { text: r.kind === "rate" ? percentage(r.value, n) : "", align: "right" as const },
          { text: i.direction ?? "" },
        ];
      }),
      widths: [24, 16, 16],
    },
  };
}

/** The 汇总 sheet: key figures, score by level, findings by severity, indicator completion. */
export function summarySheetOps(
  m: Evaluation,
  findings: Finding[],
  scored: ScoreResult,
  n: NumberStyle = DEFAULT_NUMBERS,
  charts = false
): WriteOp[] {
  const sheet = SUMMARY_SHEET;
  const threePublic = threePublicSection(m, n);
  // 收支 (template 1.5, issue 26): src/report/funds-summary.ts.
  const funds = fundsSummaryTable(m, n);
  const sections: Section[] = [
    keyFiguresSection(m, n),
    ...(funds ? [{ title: "收支（万元）", table: funds }] : []),
    ...(threePublic ? [threePublic] : []),
    scoreSection(scored),
    findingsSection(findings),
    completionSection(m, n),
  ];
  const widths = [30, 16, 16, 3, 16, 12];
  const cells: CellWrite[] = [
    { address: "A1", value: "汇总", style: text({ ...STYLES.title, horizontal: "left" }) },
    {
      address: "A2",
      value: charts
        ? "右侧两表为支出结构和各一级指标得分，图表据此绘制。"
        : "右侧两表为支出结构和各一级指标得分。",
      style: text({ ...STYLES.hint }),
    },
  ];
  const chartData = summaryCharts(sheet, m, scored);
  const ops: WriteOp[] = [];
  // The note spans A:F; its row is as tall as its wrapped text, so the title above stays clear.
  const noteWidth = widths.reduce((a, b) => a + b, 0);
  const heights: Record<number, number> = {
    1: 28,
    2: fitted(wrappedLines(String(cells[1].value), noteWidth, STYLES.hint.font?.size ?? 10), 10),
  };
  const into = { sheet, cells, ops, heights };
  let r = 4;
  for (const s of sections) {
    cells.push({ address: addr(0, r), value: s.title, style: text({ ...STYLES.section }) });
    r = tableOps(into, s.table, r + 1, widths) + 1;
  }
  for (const c of chartData.cells) cells.push(c);
  return [
    { op: "addSheet", sheet, tabColor: "1F4E79", visibility: "visible" },
    columnsOp(sheet, widths),
    { op: "merge", sheet, range: "A2:F2" },
    ...ops,
    { op: "cells", sheet, cells },
    ...(charts ? chartData.charts : []),
    { op: "rowHeights", sheet, heights },
    pageSetupOp(sheet, "portrait"),
  ];
}

type ChartRow = readonly [string, number];

/** The figures the two charts draw: expenditure by kind (stated or computed) and points by level 1. */
function chartFigures(
  m: Evaluation,
  scored: ScoreResult
): { spending: ChartRow[]; points: ChartRow[] } {
  const kinds = [
    ["人员支出", "personnel"],
    ["公用支出", "public"],
    ["项目支出", "project"],
  ] as const;
  const spending = kinds.flatMap(([name, row]) => {
    const v = effectiveTotal(m, row, "actual");
    return v === undefined ? [] : [[name, v.toNumber()] as const];
  });
  const points = scored.levels.map(
    (l) => [l.level1, l.earned.toDecimalPlaces(2).toNumber()] as const
  );
  return { spending, points };
}

/** A titled two-column block of numbers at column D from row `top`; returns its range. */
function numberBlock(
  cells: CellWrite[],
  top: number,
  title: [string, string],
  rows: readonly ChartRow[]
): string {
  const label = text({ ...border });
  const head = text({
    ...border,
    font: { name: BODY, size: 10, bold: true },
    fill: STYLES.header.fill,
  });
  const number = { ...border, numFmt: "0.00", horizontal: "right" as const };
  cells.push({ address: addr(4, top), value: title[0], style: head });
  cells.push({ address: addr(5, top), value: title[1], style: head });
  rows.forEach(([name, v], i) => {
    cells.push({ address: addr(4, top + 1 + i), value: name, style: label });
    cells.push({ address: addr(5, top + 1 + i), value: v, style: number });
  });
  return `${addr(4, top)}:${addr(5, top + rows.length)}`;
}

/**
 * Numbers for the 汇总 charts, beside the tables (charts need numbers, the tables hold text):
 * expenditure by kind and points by level-1 indicator, with a chart of each where the host
 * draws charts.
 */
function summaryCharts(
  sheet: string,
  m: Evaluation,
  scored: ScoreResult
): { cells: CellWrite[]; charts: WriteOp[] } {
  const { spending, points } = chartFigures(m, scored);
  const cells: CellWrite[] = [];
  const spendingRange = numberBlock(cells, 4, ["支出结构", "万元"], spending);
  const pointsTop = 6 + spending.length;
  const pointsRange = numberBlock(cells, pointsTop, ["一级指标", "得分"], points);
  const below = pointsTop + points.length + 2;
  const chart = (
    name: string,
    kind: "pie" | "barClustered",
    title: string,
    data: string,
    top: number
  ): WriteOp => ({
    op: "chart",
    sheet,
    name,
    kind,
    title,
    data,
    from: addr(4, top),
    to: addr(9, top + 14),
  });
  const charts: WriteOp[] = [];
  if (spending.length)
    charts.push(chart("支出结构图", "pie", "支出结构（万元）", spendingRange, below));
  if (points.length)
    charts.push(chart("指标得分图", "barClustered", "各一级指标得分", pointsRange, below + 16));
  return { cells, charts };
}

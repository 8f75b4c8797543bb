import type { CellValue } from "../model/sheet";
import { cellPosition } from "../layout";
import { shortestDecimal } from "../model/decimal";
import type { Block, ReportDocument, Table, TableCell } from "./document";
import { GRID_HEADER, SELF_EVAL_WIDTHS } from "./self-evaluation";

/**
 * The report as the user left it on the 报告 and 自评表 sheets (PRODUCT.md §6, `jixiao docx`):
 * the sheets' text, edits included, read back into the document model. Reading goes by the
 * text's form, so inserted, deleted and rewritten rows all come through: a line opening with
 * two full-width spaces is a paragraph, "一、" / "（一）" / "1．" open headings, "附件：" is the
 * 附件说明, and the unindented lines that end the sheet are the 落款.
 */
type Values = Record<string, CellValue>;

const HEADING: [RegExp, 1 | 2 | 3][] = [
  [/^[一二三四五六七八九十]+、/u, 1],
  [/^[（(][一二三四五六七八九十]+[)）]/u, 2],
  [/^\d+\s*[．.、]\s*\S/u, 3],
];
const INDENTED = /^(?:\u3000|\s{2,})/u;
const ATTACHMENT = /^附件\s*\d*\s*[：:]/u;

function cellText(v: CellValue | undefined): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "number") return shortestDecimal(v);
  return String(v);
}

/** Non-empty cells of one column (or all columns) by row: row → column → text. */
function grid(values: Values): Map<number, Map<number, string>> {
  const rows = new Map<number, Map<number, string>>();
  for (const [address, v] of Object.entries(values)) {
    if (!/^[A-Z]+\d+$/.test(address)) continue;
    const { row: r, col } = cellPosition(address);
    const text = cellText(v);
    if (!text.trim()) continue;
    const row = rows.get(r + 1) ?? new Map<number, string>();
    row.set(col, text);
    rows.set(r + 1, row);
  }
  return new Map([...rows.entries()].sort((a, b) => a[0] - b[0]));
}

type Line = Block | { kind: "closing"; text: string };

function classify(text: string, seenHeading: boolean): Line {
  const bare = text.replace(/^[\u3000\s]+/u, "").trimEnd();
  if (ATTACHMENT.test(bare)) return { kind: "attachmentNote", text: bare };
  if (INDENTED.test(text)) return { kind: "paragraph", text: bare };
  for (const [pattern, level] of HEADING)
    if (pattern.test(bare)) return { kind: "heading", level, text: bare };
  if (!seenHeading && /[：:]$/u.test(bare)) return { kind: "addressee", text: bare };
  return { kind: "closing", text: bare };
}

/** The 报告 sheet's column A as blocks; its first line is the title. */
export function reportBlocksFromSheet(values: Values): { title: string; blocks: Block[] } {
  const texts = [...grid(values).values()].map((r) => r.get(0) ?? "").filter((t) => t.trim());
  const title = (texts.shift() ?? "").trim();
  const lines: Line[] = [];
  let seenHeading = false;
  for (const t of texts) {
    const line = classify(t, seenHeading);
    if (line.kind === "heading") seenHeading = true;
    lines.push(line);
  }
  // The unindented lines that end the sheet are the 落款; one met earlier is body text.
  let end = lines.length;
  while (end > 0 && lines[end - 1].kind === "closing") end--;
  const blocks: Block[] = [{ kind: "title", text: title }];
  for (const line of lines.slice(0, end))
    blocks.push(line.kind === "closing" ? { kind: "paragraph", text: line.text } : line);
  const closing = lines.slice(end).map((l) => (l.kind === "closing" ? l.text : ""));
  if (closing.length) blocks.push({ kind: "signature", lines: closing });
  return { title, blocks };
}

/** Column spans of the funds-and-goal rows, by the label that opens them (see fundsTable). */
const FUNDS_SPANS: [RegExp, number[]][] = [
  [/^单位名称$/u, [2, 3, 2, 1]],
  [/^年度总体目标$/u, [4, 4]],
];
const FUNDS_ROW = [2, 1, 1, 1, 3];
const LABELS = new Set([
  "单位名称",
  "评价年度",
  "年度资金（万元）",
  "年初预算数",
  "全年预算数",
  "全年执行数",
  "执行率",
  "年度总体目标",
  "实际完成情况",
  "合计",
]);

function spannedRow(row: Map<number, string>, spans: number[]): TableCell[] {
  let col = 0;
  return spans.map((span) => {
    const text = row.get(col) ?? "";
    col += span;
    return {
      text,
      span: span > 1 ? span : undefined,
      bold: LABELS.has(text) || undefined,
      align: LABELS.has(text) ? "center" : undefined,
    };
  });
}

/** 分值 and 得分 (columns F, G) read back as numbers are written with two decimals. */
function pointsText(row: Map<number, string>, col: number): string {
  const t = row.get(col) ?? "";
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t).toFixed(2) : t;
}

function gridRows(rows: Map<number, string>[]): TableCell[][] {
  const out: TableCell[][] = [];
  /** The cell now spanning down in column 0 and 1, to extend over blank cells below it. */
  let open: [TableCell | undefined, TableCell | undefined] = [undefined, undefined];
  for (const row of rows) {
    if (row.get(0) === "合计") {
      out.push([
        { text: "合计", span: 5, bold: true, align: "center" },
        { text: pointsText(row, 5), align: "center", bold: true },
        { text: pointsText(row, 6), align: "center", bold: true },
        { text: row.get(7) ?? "", bold: true },
      ]);
      open = [undefined, undefined];
      continue;
    }
    const cells: TableCell[] = [];
    let newLevel1 = false;
    for (const col of [0, 1] as const) {
      const text = row.get(col) ?? "";
      // A merged cell reads back blank below its first row (Excel) or repeats it (ExcelJS).
      const continues =
        open[col] !== undefined && (text === "" || text === open[col]!.text) && !newLevel1;
      if (!continues) {
        if (col === 0) newLevel1 = true;
        const cell: TableCell = { text, align: "center" };
        cells.push(cell);
        open[col] = cell;
      } else {
        open[col]!.rowSpan = (open[col]!.rowSpan ?? 1) + 1;
      }
    }
    cells.push(
      { text: row.get(2) ?? "" },
      { text: row.get(3) ?? "", align: "center" },
      { text: row.get(4) ?? "", align: "center" },
      { text: pointsText(row, 5), align: "center" },
      { text: pointsText(row, 6), align: "center" },
      { text: row.get(7) ?? "" }
    );
    out.push(cells);
  }
  return out;
}

/** The 自评表 sheet as its two tables; the first row is the attachment's title. */
export function selfEvaluationFromSheet(values: Values): { title: string; blocks: Block[] } {
  const rows = grid(values);
  const entries = [...rows.entries()];
  const title = entries.length ? (entries[0][1].get(0) ?? "") : "";
  const body = entries.slice(1);
  const headerAt = body.findIndex(([, r]) => r.get(0) === GRID_HEADER[0]);
  const fundsRows = (headerAt < 0 ? body : body.slice(0, headerAt)).map(([, r]) => r);
  const funds: TableCell[][] = [];
  let afterGoal = false;
  for (const r of fundsRows) {
    const first = r.get(0) ?? "";
    const known = FUNDS_SPANS.find(([p]) => p.test(first));
    funds.push(spannedRow(r, known ? known[1] : afterGoal ? [4, 4] : FUNDS_ROW));
    afterGoal = /^年度总体目标$/u.test(first);
  }
  // Goals the unit has not written yet leave their row blank, and a blank row reads as nothing.
  if (afterGoal) funds.push(spannedRow(new Map(), [4, 4]));
  const blocks: Block[] = [];
  const table = (header: TableCell[][], body: TableCell[][]): Table => ({
    header,
    rows: body,
    widths: SELF_EVAL_WIDTHS,
  });
  if (funds.length) blocks.push({ kind: "table", table: table([], funds) });
  if (headerAt >= 0) {
    const header = GRID_HEADER.map((_, c) => ({
      text: body[headerAt][1].get(c) ?? "",
      bold: true,
      align: "center" as const,
    }));
    const rest = body.slice(headerAt + 1).map(([, r]) => r);
    blocks.push({ kind: "table", table: table([header], gridRows(rest)) });
  }
  return { title, blocks };
}

/** The report document from both sheets as they stand (no draft part: the caller adds it). */
export function documentFromSheets(report: Values, selfEvaluation?: Values): ReportDocument {
  const { title, blocks } = reportBlocksFromSheet(report);
  const attachment = selfEvaluation ? selfEvaluationFromSheet(selfEvaluation) : undefined;
  return {
    title,
    blocks,
    attachment: attachment && attachment.blocks.length ? attachment : undefined,
  };
}

import type { Evaluation } from "../model/evaluation";
import type { CellValue } from "../model/sheet";
import type { Finding } from "../model/finding";
import { toFinding } from "../rules/core/meta";
import { extractFigures, type Figure } from "../rules/narrative/figures";
import { checkPassage } from "../rules/narrative/all";
import { EDITED_REPORT } from "../rules/narrative/proofread-edited-report";
import { cellPosition } from "../layout";
import type { Block, ReportDocument, Table, TableCell } from "./document";
import { GRID_HEADER } from "./self-evaluation";

/**
 * The report as the user edited it against the report the data give now (PRODUCT.md §6,
 * `jixiao docx`): each edit that changes a figure the data hold is a warning for the 校验情况
 * page. Wording may change freely; figures must still be the workbook's.
 */
export interface EditedSheets {
  report: ReportDocument;
  reportSheet: string;
  reportValues: Record<string, CellValue>;
  selfEvalSheet: string;
  selfEvalValues?: Record<string, CellValue>;
}

/** A figure as a comparable value with its unit: "226.98万元" and "226.98 万元" alike. */
const keyOf = (f: Figure) => `${f.value.times(f.factor).toFixed()}${f.dimension}`;
const figureKeys = (text: string) => extractFigures(text).map(keyOf);

/** Where a text sits in a sheet: the first cell whose text contains it. */
function addressOf(values: Record<string, CellValue>, text: string): string | undefined {
  const hit = Object.entries(values).find(
    ([a, v]) => /^[A-Z]+\d+$/.test(a) && typeof v === "string" && v.includes(text)
  );
  return hit?.[0];
}

const textOf = (b: Block): string | undefined =>
  b.kind === "paragraph" || b.kind === "heading" ? b.text : undefined;

/** The figures of `a` not matched one for one by figures of `b` (a multiset difference). */
function unmatched(a: Figure[], b: Figure[]): Figure[] {
  const left = b.map(keyOf);
  return a.filter((f) => {
    const k = left.indexOf(keyOf(f));
    if (k < 0) return true;
    left.splice(k, 1);
    return false;
  });
}

/** "改写为 236.98万元，按数据为 226.98万元": the figures the edit changed, as written. */
function changedFigures(edited: string, fresh: string): string | undefined {
  const a = extractFigures(edited);
  const b = extractFigures(fresh);
  const now = unmatched(a, b);
  const was = unmatched(b, a);
  if (!was.length || !now.length) return undefined;
  const written = (fs: Figure[]) => fs.map((f) => f.written).join("、");
  return `改写为 ${written(now)}，按数据为 ${written(was)}`;
}

function reportFindings(
  edited: EditedSheets,
  fresh: ReportDocument,
  model: Evaluation,
  out: Finding[]
): void {
  const freshTexts = new Set(fresh.blocks.map(textOf).filter(Boolean));
  // Blocks line up one for one when the user rewrote text but added or removed no line.
  const aligned =
    edited.report.blocks.length === fresh.blocks.length &&
    edited.report.blocks.every((b, i) => b.kind === fresh.blocks[i].kind);
  edited.report.blocks.forEach((b, i) => {
    const text = textOf(b);
    if (text === undefined || freshTexts.has(text)) return;
    const counterpart = aligned ? textOf(fresh.blocks[i]) : undefined;
    const details = [
      ...(counterpart ? [changedFigures(text, counterpart)] : []),
      ...checkPassage(text, model)
        .filter((r) => !r.holds)
        .map((r) => r.arithmetic),
    ].filter((d): d is string => Boolean(d));
    if (!details.length) return;
    const address = addressOf(edited.reportValues, text);
    out.push(
      toFinding(EDITED_REPORT, {
        messageId: "editedText",
        data: {
          quote: text.length > 60 ? `${text.slice(0, 60)}…` : text,
          detail: details.join("；"),
        },
        cells: [{ sheet: edited.reportSheet, cell: address }],
      })
    );
  });
}

/** The figure columns of the indicator grid, by index, and the funds table's. */
const GRID_FIGURES = [3, 4, 5, 6];
const FUNDS_COLUMNS = ["年初预算数", "全年预算数", "全年执行数", "执行率"];

/** A table's rows keyed by their label: the 三级指标 of the grid, the first cell of the funds. */
function byLabel(table: Table, label: (row: TableCell[]) => string | undefined) {
  const out = new Map<string, TableCell[]>();
  for (const row of table.rows) {
    const key = label(row)?.trim();
    if (key && !out.has(key)) out.set(key, row);
  }
  return out;
}

/** Two cell texts say the same figure: "8.00" and "8", "≥3746人" and "≥3746 人". */
function sameFigure(a: string, b: string): boolean {
  const norm = (t: string) => t.replace(/\s+/g, "");
  if (norm(a) === norm(b)) return true;
  const fa = figureKeys(a);
  const fb = figureKeys(b);
  return (
    fa.length > 0 &&
    fa.join() === fb.join() &&
    norm(a).replace(/[\d.,]/g, "") === norm(b).replace(/[\d.,]/g, "")
  );
}

function selfEvalFindings(edited: EditedSheets, fresh: ReportDocument, out: Finding[]): void {
  const tables = (d: ReportDocument) =>
    (d.attachment?.blocks ?? []).flatMap((b) => (b.kind === "table" ? [b.table] : []));
  const [editedFunds, editedGrid] = tables(edited.report);
  const [freshFunds, freshGrid] = tables(fresh);
  if (!editedGrid || !freshGrid || !edited.selfEvalValues) return;
  // Rows under merged 一级/二级 cells are shorter: count the 三级指标 from the row's end.
  const level3 = (row: TableCell[]) => row.at(-6)?.text;
  const want = byLabel(freshGrid, level3);
  const compare = (row: string, column: string, was: string, now: string) => {
    if (sameFigure(was, now)) return;
    const address =
      addressOf(edited.selfEvalValues!, now) ?? addressOf(edited.selfEvalValues!, row);
    out.push(
      toFinding(EDITED_REPORT, {
        messageId: "editedCell",
        data: { row, column, edited: now || "（空白）", computed: was || "（空白）" },
        cells: [{ sheet: edited.selfEvalSheet, cell: address }],
        expected: was,
        actual: now,
      })
    );
  };
  for (const [name, row] of byLabel(editedGrid, level3)) {
    const fresh = want.get(name);
    if (!fresh) continue;
    for (const c of GRID_FIGURES) {
      const k = c - GRID_HEADER.length; // from the end: rows with merged cells are shorter
      compare(name, GRID_HEADER[c], fresh.at(k)?.text ?? "", row.at(k)?.text ?? "");
    }
  }
  const total = (t: Table) => t.rows.find((r) => r[0]?.text === "合计");
  const [editedTotal, freshTotal] = [total(editedGrid), total(freshGrid)];
  if (editedTotal && freshTotal)
    for (const [j, column] of [
      [1, "分值"],
      [2, "得分"],
    ] as const)
      compare("合计", column, freshTotal[j]?.text ?? "", editedTotal[j]?.text ?? "");
  if (!editedFunds || !freshFunds) return;
  const fundsWant = byLabel(freshFunds, (r) => r[0]?.text);
  for (const [label, row] of byLabel(editedFunds, (r) => r[0]?.text)) {
    const fresh = fundsWant.get(label);
    if (!fresh || !/支出|资金总额/.test(label)) continue;
    FUNDS_COLUMNS.forEach((column, j) =>
      compare(label, column, fresh[j + 1]?.text ?? "", row[j + 1]?.text ?? "")
    );
  }
}

/** Warnings for each edit of the report sheets that the data contradict. */
export function editedReportFindings(
  edited: EditedSheets,
  fresh: ReportDocument,
  model: Evaluation
): Finding[] {
  const out: Finding[] = [];
  reportFindings(edited, fresh, model, out);
  selfEvalFindings(edited, fresh, out);
  return out.sort((a, b) => order(a) - order(b));
}

/** Sheet by sheet, top to bottom. */
function order(f: Finding): number {
  if (!f.cell) return 0;
  const { row } = cellPosition(f.cell);
  return (f.ruleId === EDITED_REPORT.id && f.messageId === "editedCell" ? 1e6 : 0) + row;
}

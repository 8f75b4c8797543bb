import type { Finding, Severity } from "../model/finding";
import { PLACEMENTS, allNames, computedValues, type Content, type Placements } from "../layout";
import { evaluate, toFormula, type Raw } from "../layout/expr";
import { valueToRaw } from "../layout";
import { MARK_FILL, RECORD_SHEET, RESULTS_SHEET, resultsSheetOps } from "../layout/results";
import type { TableDef } from "../layout/types";
import { RULES, runRules } from "../rules";
import { DEFAULT_PROFILE, type ScoringProfile } from "../model/scoring-profile";
import { score, type ScoreResult } from "../rules/scoring/score";
import { scoreCells } from "../rules/scoring/cells";
import { toFinding } from "../rules/core/meta";
import { TEMPLATE_DAMAGED } from "../rules/core/reading";
import { COMPUTED_OVERWRITTEN } from "../rules/core/writing";
import { readFrom, type ReadOutcome } from "./reader";
import { readRecord, recordCells, writeRecordOps } from "./record";
import {
  cellKey,
  type CellAt,
  type CellRead,
  type CellWrite,
  type ReadResult,
  type WorkbookPort,
  type WriteOp,
} from "./port";

/** A marked cell's format before validate marked it. */
export interface MarkRecord {
  sheet: string;
  address: string;
  fill: string | null;
  note: string | null;
}

/** What validate wrote, kept in the workbook so the next run and clear undo exactly that. */
export interface WriteRecord {
  version: 1;
  marks: MarkRecord[];
  sheets: string[];
  /** Result cells (scores) validate filled; clear empties them. */
  results?: CellAt[];
}

export interface ValidateOptions {
  profile?: ScoringProfile;
  /** Notes need ExcelApi 1.18; without them the marks, results sheet and pane list remain. */
  notes?: boolean;
}

export interface ValidateResult extends ReadOutcome {
  /** Reader, formula and rule findings together. */
  all: Finding[];
  score: ScoreResult;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function parseRecord(read: ReadResult): WriteRecord | undefined {
  const r = readRecord<WriteRecord>(read, RECORD_SHEET);
  return r?.version === 1 && Array.isArray(r.marks) ? r : undefined;
}

/** Puts every marked cell back as it was and removes the sheets validate added. */
function undoOps(record: WriteRecord | undefined): WriteOp[] {
  if (!record) return [{ op: "deleteSheet", sheet: RESULTS_SHEET }];
  const bySheet = new Map<string, CellWrite[]>();
  for (const m of record.marks) {
    bySheet.set(m.sheet, [
      ...(bySheet.get(m.sheet) ?? []),
      { address: m.address, style: { fill: m.fill }, note: m.note },
    ]);
  }
  for (const r of record.results ?? []) {
    bySheet.set(r.sheet, [...(bySheet.get(r.sheet) ?? []), { address: r.address, value: null }]);
  }
  return [
    ...[...bySheet].map(([sheet, cells]): WriteOp => ({ op: "cells", sheet, cells })),
    ...[...new Set([...record.sheets, RESULTS_SHEET])].map((sheet): WriteOp => ({
      op: "deleteSheet",
      sheet,
    })),
    { op: "deleteSheet", sheet: RECORD_SHEET },
  ];
}

/** Cell contents as the layout's formulas see them, from what was read (tables by header). */
export function contentFromRead(read: ReadResult, p: Placements = PLACEMENTS): Content {
  const fields = new Map<string, Raw>();
  for (const n of p.fields.keys()) fields.set(n, read.names[n]?.value ?? null);
  const tables = new Map<string, Raw[][]>();
  for (const [n, tp] of p.tables) {
    const t = read.tables[n];
    if (!t) continue;
    const index = tp.table.columns.map((c) => t.headers.findIndex((h) => h.trim() === c.header));
    tables.set(
      n,
      t.rows.map((cells) => index.map((i) => (i >= 0 ? (cells[i]?.value ?? null) : null)))
    );
  }
  return { fields, tables };
}

/** Excel may respace or prefix a formula when it saves; compare what it means, not its bytes. */
export function sameFormula(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const norm = (f: string) =>
    f
      .replace(/^=/, "")
      .replace(/_xlfn\./gi, "")
      .replace(/"[^"]*"|\s+/g, (m) => (m.startsWith('"') ? m : ""))
      .replace(/"[^"]*"|[^"]+/g, (m) => (m.startsWith('"') ? m : m.toUpperCase()));
  return norm(a) === norm(b);
}

function tableRowEnv(content: Content, table: TableDef, row: Raw[]) {
  return (t: string, column: string): Raw => {
    const i = table.columns.findIndex((c) => c.header === column);
    if (t !== table.name || i < 0)
      throw new Error(`${t}[${column}] is not a column of ${table.name}`);
    return row[i] ?? null;
  };
}

/**
 * Computed cells back to their live formulas with fresh cached results; a formula overwritten
 * by a typed value is reported (PRODUCT.md §5).
 */
function computedWrites(
  read: ReadResult,
  outcome: ReadOutcome,
  p: Placements
): { ops: WriteOp[]; findings: Finding[] } {
  const content = contentFromRead(read, p);
  const values = computedValues(content, p);
  const findings: Finding[] = [];
  const bySheet = new Map<string, CellWrite[]>();
  const put = (cell: CellRead, text: string, result: CellWrite["value"]) => {
    if (cell.formula === undefined && cell.value !== null) {
      findings.push(
        toFinding(COMPUTED_OVERWRITTEN, {
          messageId: "overwritten",
          data: {
            text: String(
              typeof cell.value === "object" && cell.value ? cell.value.error : cell.value
            ),
          },
          cells: [{ sheet: cell.sheet, cell: cell.address }],
          expected: `=${text}`,
          actual: String(cell.value),
        })
      );
    } else if (cell.formula !== undefined && !sameFormula(cell.formula, text)) {
      findings.push(
        toFinding(COMPUTED_OVERWRITTEN, {
          messageId: "replaced",
          data: { text: `=${cell.formula}` },
          cells: [{ sheet: cell.sheet, cell: cell.address }],
          expected: `=${text}`,
          actual: `=${cell.formula}`,
        })
      );
    }
    bySheet.set(cell.sheet, [
      ...(bySheet.get(cell.sheet) ?? []),
      { address: cell.address, formula: { text, result: result ?? "" } },
    ]);
  };
  const missingSheets = new Set(
    outcome.findings.filter((f) => f.messageId === "sheetMissing").map((f) => f.sheet)
  );
  for (const [n, cp] of p.calcs) {
    const cell = read.names[n];
    if (cell) put(cell, toFormula(cp.calc.expr), values.get(n) ?? "");
    else if (!missingSheets.has(cp.sheet)) {
      findings.push(
        toFinding(TEMPLATE_DAMAGED, {
          messageId: "nameMissing",
          data: { name: n, label: cp.calc.label, labelEn: cp.calc.en },
          cells: [{ sheet: cp.sheet }],
        })
      );
    }
  }
  const env = { name: () => null, column: () => [] };
  for (const [n, tp] of p.tables) {
    const t = read.tables[n];
    const rows = content.tables.get(n);
    if (!t || !rows) continue;
    tp.table.columns.forEach((c) => {
      if (!c.calc) return;
      const j = t.headers.findIndex((h) => h.trim() === c.header);
      if (j < 0) return;
      const text = toFormula(c.calc);
      t.rows.forEach((cells, i) => {
        const result = valueToRaw(
          evaluate(c.calc!, { ...env, thisRow: tableRowEnv(content, tp.table, rows[i]) })
        );
        put(cells[j], text, result);
      });
    });
  }
  return {
    ops: [...bySheet].map(([sheet, cells]): WriteOp => ({ op: "cells", sheet, cells })),
    findings,
  };
}

/**
 * 校验: read → model → rules → write back (computed cells, marks, notes, 校验结果, record).
 * Two reads and one write through the port; input cells' values are never written.
 */
export async function validate(
  port: WorkbookPort,
  options: ValidateOptions = {},
  p: Placements = PLACEMENTS
): Promise<ValidateResult> {
  const read = await port.read({
    names: allNames(p),
    tables: [...p.tables.keys()],
    cells: recordCells(RECORD_SHEET),
  });
  const outcome = readFrom(read, p);
  const record = parseRecord(read);
  const computed = computedWrites(read, outcome, p);
  const profile = options.profile ?? DEFAULT_PROFILE;
  const scored = score(outcome.model, profile);
  const all = [
    ...outcome.findings,
    ...computed.findings,
    ...runRules(outcome.model, RULES, outcome.where, profile),
  ];
  const resultWrites = new Map<string, CellWrite[]>();
  const resultCells: CellAt[] = [];
  for (const [n, value] of scoreCells(scored, profile)) {
    const cell = read.names[n];
    if (!cell) continue;
    resultCells.push({ sheet: cell.sheet, address: cell.address });
    resultWrites.set(cell.sheet, [
      ...(resultWrites.get(cell.sheet) ?? []),
      { address: cell.address, value },
    ]);
  }

  const marks = new Map<string, { at: CellAt; severity: Severity; notes: string[] }>();
  for (const f of all) {
    if (!f.sheet || !f.cell || f.sheet === RESULTS_SHEET || f.sheet === RECORD_SHEET) continue;
    const key = cellKey(f.sheet, f.cell);
    const m = marks.get(key) ?? {
      at: { sheet: f.sheet, address: f.cell },
      severity: f.severity,
      notes: [],
    };
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[m.severity]) m.severity = f.severity;
    m.notes.push(f.message);
    marks.set(key, m);
  }
  const previous = new Map((record?.marks ?? []).map((m) => [cellKey(m.sheet, m.address), m]));
  const unknown = [...marks.values()]
    .map((m) => m.at)
    .filter((a) => !previous.has(cellKey(a.sheet, a.address)));
  const formats = unknown.length
    ? (await port.read({ names: [], tables: [], cells: unknown })).cells
    : {};

  const newRecord: WriteRecord = {
    version: 1,
    marks: [],
    sheets: [RESULTS_SHEET],
    results: resultCells,
  };
  const markWrites = new Map<string, CellWrite[]>();
  for (const [key, m] of marks) {
    const before = previous.get(key) ?? formats[key];
    if (!before) continue; // the cell's sheet is gone
    newRecord.marks.push({
      sheet: m.at.sheet,
      address: m.at.address,
      fill: before.fill ?? null,
      note: before.note ?? null,
    });
    const write: CellWrite = { address: m.at.address, style: { fill: MARK_FILL[m.severity] } };
    if (options.notes !== false) write.note = m.notes.map((n) => `【绩效自评助手】${n}`).join("\n");
    markWrites.set(m.at.sheet, [...(markWrites.get(m.at.sheet) ?? []), write]);
  }

  await port.write([
    ...undoOps(record),
    ...computed.ops,
    ...[...resultWrites].map(([sheet, cells]): WriteOp => ({ op: "cells", sheet, cells })),
    ...[...markWrites].map(([sheet, cells]): WriteOp => ({ op: "cells", sheet, cells })),
    ...resultsSheetOps(all),
    ...writeRecordOps(RECORD_SHEET, newRecord),
  ]);
  return { ...outcome, all, score: scored };
}

/** 清除标记: removes exactly what validate wrote and restores each marked cell's format. */
export async function clearMarks(port: WorkbookPort): Promise<boolean> {
  const read = await port.read({ names: [], tables: [], cells: recordCells(RECORD_SHEET) });
  const record = parseRecord(read);
  const hadResults = read.sheets.includes(RESULTS_SHEET) || read.sheets.includes(RECORD_SHEET);
  if (!record && !hadResults) return false;
  await port.write(undoOps(record));
  return true;
}

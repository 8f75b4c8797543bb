import type { Explanation, Finding, Severity } from "../model/finding";
import { MARK_FILL, RECORD_SHEET, RESULTS_SHEET } from "../layout/results";
import {
  cellKey,
  isMarkFormula,
  type CellAt,
  type ProtectionOptions,
  type ReadResult,
  type WriteOp,
} from "./port";
import { readRecord } from "./record";
import { deleteSheetOps } from "./guard";

/** Notes validate writes start with this, so only ours are ever removed. */
export const NOTE_PREFIX = "【绩效自评助手】";

/** What validate wrote, kept in the workbook so the next run and clear undo exactly that. */
export interface WriteRecord {
  version: 2;
  /** Cells carrying a mark (a conditional format; the cell's own format is never touched). */
  marks: CellAt[];
  /** Notes validate added (only on cells that had none). */
  notes: CellAt[];
  /** Sheets validate added. */
  sheets: string[];
  /** Result cells (scores) validate filled; clear empties them. */
  results: CellAt[];
  /** Protected sheets validate opened, with their options, to be protected again. */
  protection: Record<string, ProtectionOptions>;
  /**
   * The preparer's explanations, matched and stale: kept here too, so they survive 清除标记
   * (which removes 校验结果) and come back with the next validate.
   */
  explanations: Explanation[];
}

export const EMPTY_RECORD: WriteRecord = {
  version: 2,
  marks: [],
  notes: [],
  sheets: [],
  results: [],
  protection: {},
  explanations: [],
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface Mark {
  at: CellAt;
  severity: Severity;
  messages: string[];
}

/** One mark per cell, with the most severe finding's colour and every message. */
export function marksOf(findings: Finding[], read: ReadResult): Mark[] {
  const marks = new Map<string, Mark>();
  for (const f of findings) {
    // An explained finding is accounted for: it is listed on 校验结果, not marked in the cell.
    if (f.explanation) continue;
    if (!f.sheet || !f.cell || f.sheet === RESULTS_SHEET || f.sheet === RECORD_SHEET) continue;
    if (!read.sheets.includes(f.sheet)) continue;
    const key = cellKey(f.sheet, f.cell);
    const m = marks.get(key) ?? {
      at: { sheet: f.sheet, address: f.cell },
      severity: f.severity,
      messages: [],
    };
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[m.severity]) m.severity = f.severity;
    m.messages.push(f.message);
    marks.set(key, m);
  }
  return [...marks.values()];
}

/** Appended in place: copying a sheet's list at every cell was quadratic in the marks. */
export function groupBySheet(cells: CellAt[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of cells) {
    const list = out.get(c.sheet);
    if (list) list.push(c.address);
    else out.set(c.sheet, [c.address]);
  }
  return out;
}

export function markOps(marks: Mark[]): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const severity of ["error", "warning", "info"] as const) {
    const cells = marks.filter((m) => m.severity === severity).map((m) => m.at);
    for (const [sheet, addresses] of groupBySheet(cells))
      ops.push({ op: "mark", sheet, addresses, severity, fill: MARK_FILL[severity] });
  }
  return ops;
}

const isOurNote = (read: ReadResult, at: CellAt) =>
  read.notes?.[cellKey(at.sheet, at.address)]?.startsWith(NOTE_PREFIX) === true;

/**
 * Notes where the host has them, only on cells without a note of the user's (a cell holds one
 * note); a note of ours from an earlier run is removed by the undo first.
 */
export function noteOps(marks: Mark[], read: ReadResult, previous: WriteRecord): WriteOp[] {
  if (!read.notes) return [];
  const ours = new Set(previous.notes.map((n) => cellKey(n.sheet, n.address)));
  return marks
    .filter((m) => {
      const key = cellKey(m.at.sheet, m.at.address);
      return read.notes![key] === undefined || (ours.has(key) && isOurNote(read, m.at));
    })
    .map((m) => ({
      op: "addNote",
      sheet: m.at.sheet,
      address: m.at.address,
      text: m.messages.map((t) => `${NOTE_PREFIX}${t}`).join("\n"),
    }));
}

export interface Undo {
  ops: WriteOp[];
  /** Notes of ours the host cannot remove (no notes API): kept in the record for later. */
  leftNotes: CellAt[];
}

/**
 * Removes what a record says was written, as far as it is still there: a half-finished run or
 * a sheet deleted since is no error. The record sheet itself stays.
 */
export function undoOps(record: WriteRecord, read: ReadResult): Undo {
  const exists = (c: CellAt) => read.sheets.includes(c.sheet);
  const ops: WriteOp[] = [];
  for (const sheet of groupBySheet(record.marks.filter(exists)).keys())
    ops.push({ op: "unmark", sheet });
  const leftNotes: CellAt[] = [];
  for (const n of record.notes.filter(exists)) {
    if (!read.notes) leftNotes.push(n);
    else if (isOurNote(read, n)) ops.push({ op: "deleteNote", sheet: n.sheet, address: n.address });
  }
  for (const [sheet, addresses] of groupBySheet(record.results.filter(exists)))
    ops.push({ op: "cells", sheet, cells: addresses.map((address) => ({ address, value: null })) });
  // Only sheets the record says validate added: a 校验结果 of the user's own is never deleted.
  for (const sheet of new Set(record.sheets)) ops.push(...deleteSheetOps(read, sheet));
  return { ops, leftNotes };
}

/** Sheets a broken run left unprotected are protected again. */
export function reprotectOps(record: WriteRecord, read: ReadResult): WriteOp[] {
  return Object.entries(record.protection)
    .filter(([s]) => read.sheets.includes(s) && !read.sheetState[s]?.protection)
    .map(([sheet, options]): WriteOp => ({ op: "protect", sheet, options }));
}

export function parseRecord(read: ReadResult): WriteRecord | undefined {
  const r = readRecord<Partial<WriteRecord>>(read, RECORD_SHEET);
  if (r?.version !== 2 || !Array.isArray(r.marks)) return undefined;
  const explanations = Array.isArray(r.explanations)
    ? r.explanations.filter(
        (e) => typeof e?.fingerprint === "string" && typeof e.text === "string" && e.text.trim()
      )
    : [];
  return { ...EMPTY_RECORD, ...r, explanations } as WriteRecord;
}

/** A conditional format as the host lists it, in priority order (position 0 on top). */
export interface FormatSeen {
  type: string;
  /** The custom rule's formula; null where the format is not a custom one. */
  formula: string | null;
}

/**
 * Which formats are ours, as positions to delete, highest first: deleting one moves every
 * format below it up, so going upwards leaves the positions still to delete where they were.
 * Ours are known by their formula; a custom format without one is a mark a broken run added
 * and never finished (Excel's own dialogs cannot make one).
 */
export function marksToDelete(formats: readonly FormatSeen[]): number[] {
  const ours = (f: FormatSeen) =>
    f.formula !== null && (isMarkFormula(f.formula) || f.formula.replace(/^=/, "").trim() === "");
  return formats.flatMap((f, i) => (ours(f) ? [i] : [])).reverse();
}

/** A name not taken yet: "校验结果（修改1）", "（修改2）" … */
export function freeName(base: string, taken: readonly string[]): string {
  for (let i = 1; ; i++) {
    const name = `${base}（修改${i}）`;
    if (!taken.includes(name)) return name;
  }
}

/**
 * A 校验结果 sheet that no record of ours claims is the user's: it is kept under a new name
 * before validate writes its own, never written over.
 */
export function keepUsersResultsSheet(read: ReadResult, previous: WriteRecord): WriteOp[] {
  if (!read.sheets.includes(RESULTS_SHEET) || previous.sheets.includes(RESULTS_SHEET)) return [];
  return [{ op: "renameSheet", sheet: RESULTS_SHEET, to: freeName(RESULTS_SHEET, read.sheets) }];
}

/** What validate's marks and notes take in one run: the previous run's undone, this run's set. */
export interface Marking {
  undo: Undo;
  marks: Mark[];
  /** The marks' conditional formats, by severity and sheet. */
  markOps: WriteOp[];
  notes: WriteOp[];
  /** A 校验结果 of the user's own, kept under a new name. */
  keepUsers: WriteOp[];
  /** Sheets a broken run left unprotected, protected again. */
  reprotect: WriteOp[];
}

export function marking(
  found: Finding[],
  read: ReadResult,
  previous: WriteRecord,
  withNotes: boolean
): Marking {
  const marks = marksOf(found, read);
  return {
    undo: undoOps(previous, read),
    marks,
    markOps: markOps(marks),
    notes: withNotes ? noteOps(marks, read, previous) : [],
    keepUsers: keepUsersResultsSheet(read, previous),
    reprotect: reprotectOps(previous, read),
  };
}

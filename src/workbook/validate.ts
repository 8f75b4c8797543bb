import type { Finding } from "../model/finding";
import { PLACEMENTS, addr, allNames, type Placements } from "../layout";
import { SCORE_NAMES } from "../layout/template";
import {
  RECORD_SHEET,
  RESULTS_SHEET,
  resultsSheetOps,
  type StaleExplanation,
} from "../layout/results";
import { applyExplanations, knownExplanations } from "./explanations";
import {
  DEFAULT_PROFILE,
  type ProfileSummary,
  type ScoringProfile,
} from "../model/scoring-profile";
import type { ScoreResult } from "../rules/scoring/score";
import { judge, type Verdict } from "../rules";
import { toFinding } from "../rules/core/meta";
import { type ReadOutcome } from "./reader";
import { SHEET_LOCKED } from "../rules/core/host";
import { recordCells, writeRecordOps } from "./record";
import { deleteSheetOps, guardProtection } from "./guard";
import { interpret, type Interpreted, type ValidateOptions } from "./interpret";
import {
  EMPTY_RECORD,
  marking,
  parseRecord,
  reprotectOps,
  undoOps,
  type WriteRecord,
} from "./marks";
import {
  SheetLockedError,
  type Capabilities,
  type CellAt,
  type CellValue,
  type CellWrite,
  type ReadRequest,
  type ReadResult,
  type WorkbookPort,
  type WriteOp,
  StructureProtectedError,
} from "./port";

export type { WriteRecord } from "./marks";
export { sameFormula } from "./formula-meaning";
export { parseRecord } from "./marks";
export { contentFromRead } from "./computed";

export type { ValidateOptions } from "./interpret";

export interface ValidateResult extends ReadOutcome {
  /** Reader, formula and rule findings together. */
  all: Finding[];
  score: ScoreResult;
  /** The scoring profile the score used, and where it came from. */
  profile: ProfileSummary;
}

export interface ValidatePlan extends ValidateResult {
  /** Explanations that match no finding any more (已失效说明). */
  stale: StaleExplanation[];
  ops: WriteOp[];
  record: WriteRecord;
}

/** What validate reads: every name and table, its record, and the notes where the host has them. */
export function validateRequest(
  capabilities: Capabilities,
  p: Placements = PLACEMENTS
): ReadRequest {
  return {
    names: allNames(p),
    tables: [...p.tables.keys()],
    cells: recordCells(RECORD_SHEET),
    notes: capabilities.notes,
    // The preparer's explanations typed on 校验结果 since the last run.
    sheetValues: [RESULTS_SHEET],
  };
}

function cellsOps(writes: [string, CellWrite][]): WriteOp[] {
  const bySheet = new Map<string, CellWrite[]>();
  for (const [sheet, w] of writes) {
    const list = bySheet.get(sheet);
    if (list) list.push(w);
    else bySheet.set(sheet, [w]);
  }
  return [...bySheet].map(([sheet, cells]): WriteOp => ({ op: "cells", sheet, cells }));
}

function scoreWrites(
  read: ReadResult,
  verdict: Verdict,
  profile: ScoringProfile
): { ops: WriteOp[]; cells: CellAt[] } {
  const writes: [string, CellWrite][] = [];
  const cells: CellAt[] = [];
  const put = (sheet: string, w: CellWrite) => {
    cells.push({ sheet, address: w.address });
    writes.push([sheet, w]);
  };
  const values = new Map(verdict.scoreCells);
  const inProfile = new Set(profile.indicators.map((i) => i.id));
  for (const id of DEFAULT_PROFILE.indicators.map((i) => i.id).filter((i) => !inProfile.has(i)))
    values.set(SCORE_NAMES.note(id), "本次评分方案不含此指标");
  for (const [n, value] of values) {
    const cell = read.names[n];
    if (cell) put(cell.sheet, { address: cell.address, value });
  }
  for (const [sheet, w] of otherIndicatorRows(read, verdict.score)) put(sheet, w);
  return { ops: cellsOps(writes), cells };
}

/**
 * A profile's indicators that the 评分 sheet has no row for (a bureau's own profile) are listed
 * below it, so every indicator scored is shown where the total is.
 */
function otherIndicatorRows(read: ReadResult, scored: ScoreResult): [string, CellWrite][] {
  const others = scored.indicators.filter((i) => !read.names[SCORE_NAMES.points(i.id)]);
  const anchor = read.names[SCORE_NAMES.grade];
  if (!others.length || !anchor) return [];
  const top = Number(/\d+$/.exec(anchor.address)![0]) + 3;
  const out: [string, CellWrite][] = [];
  const row = (r: number, values: CellValue[]) =>
    values.forEach((value, c) => {
      if (value !== null) out.push([anchor.sheet, { address: addr(c, r), value }]);
    });
  row(top, ["评分方案中的其他指标", "指标", "分值", null, null, "计算值", "得分", "说明"]);
  others.forEach((i, k) =>
    row(top + 1 + k, [
      i.level1,
      i.name,
      i.points.toNumber(),
      null,
      null,
      i.rate === undefined ? null : i.rate.toDecimalPlaces(4).toNumber(),
      i.earned === undefined ? null : i.earned.toDecimalPlaces(2).toNumber(),
      i.note,
    ])
  );
  return out;
}

export const lockedFindings = (locked: string[]): Finding[] =>
  locked.map((sheet) =>
    toFinding(SHEET_LOCKED, { messageId: "locked", data: { sheet }, cells: [{ sheet }] })
  );

/** Records compare equal run after run: keys in a fixed order. */
const sortedKeys = <T>(o: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

function union(a: WriteRecord, b: WriteRecord): WriteRecord {
  return {
    version: 2,
    marks: [...a.marks, ...b.marks],
    notes: [...a.notes, ...b.notes],
    sheets: [...new Set([...a.sheets, ...b.sheets])],
    results: [...a.results, ...b.results],
    protection: sortedKeys({ ...a.protection, ...b.protection }),
    explanations: b.explanations.length ? b.explanations : a.explanations,
  };
}

/** Where notes were added: the next run deletes exactly these. */
const addedNotes = (ops: WriteOp[]): CellAt[] =>
  ops.flatMap((o) => (o.op === "addNote" ? [{ sheet: o.sheet, address: o.address }] : []));

/** What this run wrote, for the next run and 清除标记; a locked sheet took none of it. */
function runRecord(run: {
  locked: string[];
  marks: { at: CellAt }[];
  notes: CellAt[];
  results: CellAt[];
  opened: WriteRecord["protection"];
  explanations: WriteRecord["explanations"];
}): WriteRecord {
  const written = (c: CellAt) => !run.locked.includes(c.sheet);
  return {
    version: 2,
    marks: run.marks.map((m) => m.at).filter(written),
    notes: run.notes.filter(written),
    sheets: [RESULTS_SHEET],
    results: run.results.filter(written),
    protection: sortedKeys(run.opened),
    explanations: run.explanations,
  };
}

/**
 * The whole validate as a pure plan, in three stages: what the workbook holds (read once), the
 * domain's verdict on it, and the writes that show the verdict.
 */
export function planValidate(
  read: ReadResult,
  options: ValidateOptions = {},
  p: Placements = PLACEMENTS
): ValidatePlan {
  const state = interpret(read, options, p);
  const verdict = judge(state.outcome.model, state.outcome.where, state.inUse.profile);
  return planWrites(read, state, verdict, options);
}

/**
 * The record of everything the run may change first (so clear can undo a run that broke off),
 * then the undo of the previous run, computed formulas, scores, marks, notes and the 校验结果
 * sheet, protected sheets opened and closed around them, and the record of what this run wrote
 * last.
 */
function planWrites(
  read: ReadResult,
  state: Interpreted,
  verdict: Verdict,
  options: ValidateOptions
): ValidatePlan {
  const { outcome, previous, inUse, computed } = state;
  const profile = inUse.profile;
  const explained = applyExplanations(
    [...outcome.findings, ...inUse.findings, ...computed.findings, ...verdict.findings],
    state.known
  );
  const found = explained.findings;
  const results = scoreWrites(read, verdict, profile);
  const shown = marking(found, read, previous, options.notes !== false);
  const { undo, notes } = shown;
  const content = guardProtection(
    [...undo.ops, ...computed.ops, ...results.ops, ...shown.markOps, ...notes],
    read
  );
  const all = [...found, ...lockedFindings(content.locked)];
  const record = runRecord({
    locked: content.locked,
    marks: shown.marks,
    notes: [...undo.leftNotes, ...addedNotes(notes)],
    results: results.cells,
    opened: content.opened,
    explanations: explained.kept,
  });
  const ops: WriteOp[] = [
    ...writeRecordOps(read, RECORD_SHEET, union(previous, record)),
    { op: "checkpoint" },
    ...shown.keepUsers,
    ...content.open,
    ...content.ops,
    ...resultsSheetOps(all, explained.stale),
    ...content.close,
    ...shown.reprotect,
    // Replaced last: the sheet is deleted and laid out anew, outside the protection guard.
    ...inUse.ops,
    // Every sheet opened is closed again by now: the record keeps none to re-protect, so a
    // sheet the user unprotects after this run stays as she leaves it.
    ...writeRecordOps({ ...read, sheets: [...read.sheets, RECORD_SHEET] }, RECORD_SHEET, {
      ...record,
      protection: {},
    }),
    ...(options.activate ? [{ op: "activate", sheet: RESULTS_SHEET } as const] : []),
  ];
  const summary = { name: profile.name, source: inUse.source, digest: inUse.digest };
  return {
    ...outcome,
    all,
    score: verdict.score,
    profile: summary,
    ops,
    record,
    stale: explained.stale,
  };
}

/** Marks sheets the host refused to unprotect as locked by a password. */
function withLocked(read: ReadResult, locked: string[]): ReadResult {
  const sheetState = { ...read.sheetState };
  for (const sheet of locked) {
    const state = sheetState[sheet];
    if (!state?.protection) throw new SheetLockedError(sheet);
    sheetState[sheet] = { ...state, protection: { ...state.protection, password: true } };
  }
  return { ...read, sheetState };
}

/** What Excel refuses while the workbook's structure is protected. */
const STRUCTURE_OPS: ReadonlySet<WriteOp["op"]> = new Set([
  "addSheet",
  "deleteSheet",
  "renameSheet",
  "setVisibility",
]);

export { STRUCTURE_PROTECTED, StructureProtectedError } from "./port";

/** Whether a plan needs what a structure-protected workbook refuses. */
export const refusedByStructure = (read: ReadResult, ops: WriteOp[]): boolean =>
  read.structureProtected === true && ops.some((op) => STRUCTURE_OPS.has(op.op));

/**
 * Reads, plans and writes; a sheet whose protection turns out to have a password is planned
 * around and the run made again from a fresh read (the record comes first, so what the broken
 * attempt wrote is undone by the next).
 */
export async function execute<T extends { ops: WriteOp[] }>(
  port: WorkbookPort,
  request: ReadRequest,
  plan: (read: ReadResult) => T
): Promise<T> {
  const locked: string[] = [];
  for (;;) {
    const read = withLocked(await port.read(request), locked);
    const planned = plan(read);
    // Read first: a plan that needs a sheet the workbook will not take writes nothing at all.
    if (refusedByStructure(read, planned.ops)) throw new StructureProtectedError();
    try {
      await port.write(planned.ops);
      return planned;
    } catch (e) {
      if (!(e instanceof SheetLockedError) || locked.includes(e.sheet)) throw e;
      locked.push(e.sheet);
    }
  }
}

/**
 * 校验: read → model → rules → write back (computed cells, marks, notes, 校验结果, record).
 * One read and one write through the port; input cells' values are never written.
 */
export async function validate(
  port: WorkbookPort,
  options: ValidateOptions = {},
  p: Placements = PLACEMENTS
): Promise<ValidateResult> {
  const plan = await execute(port, validateRequest(port.capabilities, p), (r) =>
    planValidate(r, { notes: port.capabilities.notes, ...options }, p)
  );
  return plan;
}

export interface ClearPlan {
  ops: WriteOp[];
  /** Whether validate had written anything. */
  found: boolean;
  /** What the host could not remove, e.g. notes where it has no notes API ("sheet!A1"). */
  left: string[];
}

/** 清除标记 as a plan: undo the record, re-protect, and remove the record itself. */
export function planClear(read: ReadResult): ClearPlan {
  const record = parseRecord(read);
  // A 校验结果 sheet without our record is the user's: nothing of ours to clear there.
  const found = record !== undefined || read.sheets.includes(RECORD_SHEET);
  if (!found) return { ops: [], found, left: [] };
  const undo = undoOps(record ?? EMPTY_RECORD, read);
  const guarded = guardProtection(undo.ops, read);
  const explanations = knownExplanations(read, record ?? EMPTY_RECORD);
  // Explanations outlive 清除标记: the record keeps them for the next validate.
  const keepRecord = undo.leftNotes.length > 0 || explanations.length > 0;
  const rest: WriteRecord = { ...EMPTY_RECORD, notes: undo.leftNotes, explanations };
  const ops: WriteOp[] = [
    ...guarded.open,
    ...guarded.ops,
    ...guarded.close,
    ...reprotectOps(record ?? EMPTY_RECORD, read),
    ...(keepRecord ? writeRecordOps(read, RECORD_SHEET, rest) : deleteSheetOps(read, RECORD_SHEET)),
  ];
  return {
    ops,
    found,
    left: [
      ...undo.leftNotes.map((n) => `${n.sheet}!${n.address}`),
      ...guarded.locked.map((s) => s),
    ],
  };
}

export const clearRequest = (capabilities: Capabilities): ReadRequest => ({
  names: [],
  tables: [],
  cells: recordCells(RECORD_SHEET),
  notes: capabilities.notes,
  sheetValues: [RESULTS_SHEET],
});

/** 清除标记: removes exactly what validate wrote; says what the host could not remove. */
export async function clearWorkbook(port: WorkbookPort): Promise<ClearPlan> {
  return execute(port, clearRequest(port.capabilities), planClear);
}

/** 清除标记, answering whether there was anything to clear. */
export async function clearMarks(port: WorkbookPort): Promise<boolean> {
  return (await clearWorkbook(port)).found;
}

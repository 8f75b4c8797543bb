import { PLACEMENTS, allNames, type Placements } from "../layout";
import {
  REPORT_RECORD_SHEET,
  REPORT_SHEET,
  SELF_EVAL_SHEET,
  SUMMARY_SHEET,
} from "../layout/results";
import type { ScoringProfile } from "../model/scoring-profile";
import { profileInUse } from "./profile";
import type { Finding } from "../model/finding";
import { judge } from "../rules";
import { reportFieldFindings } from "../rules/narrative/proofread-report-fields";
import type { ScoreResult } from "../rules/scoring/score";
import type { ReportDocument } from "../report/document";
import { buildReport, type ReportOptions } from "../report/narrative";
import { reportSheetOps, selfEvaluationSheetOps, summarySheetOps } from "../report/sheets";
import { documentFromSheets } from "../report/from-sheets";
import { editedReportFindings } from "../report/edited";
import { WATERMARK, draftPart } from "../report/draft";
import { readFrom, type ReadOutcome } from "./reader";
import { readRecord, recordCells, writeRecordOps } from "./record";
import { deleteSheetOps, guardProtection } from "./guard";
import { execute, lockedFindings } from "./validate";
import { freeName } from "./marks";
import type {
  Capabilities,
  CellValue,
  ReadRequest,
  ReadResult,
  WorkbookPort,
  WriteOp,
} from "./port";

export const GENERATED_SHEETS = [REPORT_SHEET, SELF_EVAL_SHEET, SUMMARY_SHEET];

export interface ReportResult extends ReadOutcome {
  document: ReportDocument;
  all: Finding[];
  score: ScoreResult;
  /** Generated sheets the user had edited, kept under these names. */
  kept: string[];
}

/**
 * A small string hash (cyrb53) fed piece by piece: the text "k=v;k=v…" of a sheet is hashed
 * without being joined, nor each "k=v" built (a sheet may hold 100,000 cells).
 */
class Cyrb53 {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  private length = 0;

  text(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    this.length += text.length;
  }

  /**
   * JSON.stringify(value) as text: a string that JSON writes as it is, between quotes (no
   * quote, backslash, control character or surrogate to escape), is hashed from the string.
   */
  json(value: CellValue | undefined): void {
    if (typeof value !== "string") {
      this.text(`${JSON.stringify(value)}`);
      return;
    }
    let h1 = Math.imul(this.h1 ^ 34, 2654435761);
    let h2 = Math.imul(this.h2 ^ 34, 1597334677);
    for (let i = 0; i < value.length; i++) {
      const ch = value.charCodeAt(i);
      if (ch < 0x20 || ch === 34 || ch === 92 || (ch >= 0xd800 && ch <= 0xdfff)) {
        this.text(JSON.stringify(value));
        return;
      }
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = Math.imul(h1 ^ 34, 2654435761);
    this.h2 = Math.imul(h2 ^ 34, 1597334677);
    this.length += value.length + 2;
  }

  digest(): string {
    const h1 =
      Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^
      Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 =
      Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const hex = (h: number) => (h >>> 0).toString(16).padStart(8, "0");
    return `${hex(h2)}${hex(h1)}:${this.length}`;
  }
}

/**
 * What a generated sheet holds, as a fingerprint changed by any edit to its values: a hash of
 * "k=v;k=v…" (addresses in order, values as JSON). cyrb53 keeps this free of Node's crypto, so
 * the task pane can run it too.
 */
export function fingerprint(values: Record<string, CellValue> | Map<string, CellValue>): string {
  const map = values instanceof Map ? values : new Map(Object.entries(values));
  const hash = new Cyrb53();
  const keys = [...map.keys()].sort();
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) hash.text(";");
    hash.text(keys[i]);
    hash.text("=");
    hash.json(map.get(keys[i]));
  }
  return hash.digest();
}

/** The values a plan writes into one sheet, by address (a later write wins, as in the sheet). */
function writtenValues(ops: WriteOp[], sheet: string): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const op of ops) {
    if (op.op !== "cells" || op.sheet !== sheet) continue;
    for (const c of op.cells)
      if (c.value !== undefined && c.value !== null && c.value !== "") out.set(c.address, c.value);
  }
  return out;
}

export type ReportRunOptions = ReportOptions & {
  profile?: ScoringProfile;
  /** Show the 报告 sheet at the end (the ribbon command's way to show what it wrote). */
  activate?: boolean;
  /** Draw the 汇总 charts (where the host can). */
  charts?: boolean;
};

export interface ReportPlan extends ReportResult {
  ops: WriteOp[];
}

export function reportRequest(
  _capabilities: Capabilities,
  p: Placements = PLACEMENTS
): ReadRequest {
  return {
    names: allNames(p),
    tables: [...p.tables.keys()],
    cells: recordCells(REPORT_RECORD_SHEET),
    sheetValues: GENERATED_SHEETS,
  };
}

/** Generated sheets the user edited are renamed and kept; the others make way. */
function makeWay(read: ReadResult, previous: Record<string, string>) {
  const kept: string[] = [];
  const ops: WriteOp[] = [];
  const taken = [...read.sheets];
  for (const sheet of GENERATED_SHEETS) {
    const current = read.sheetValues?.[sheet];
    if (!current) continue;
    // An edit is a difference from what was written; a sheet of that name never written by us is the user's own.
    const edited = previous[sheet] === undefined || previous[sheet] !== fingerprint(current);
    if (edited) {
      const to = freeName(sheet, taken);
      taken.push(to);
      kept.push(to);
      ops.push({ op: "renameSheet", sheet, to });
    } else {
      ops.push(...deleteSheetOps(read, sheet));
    }
  }
  return { kept, ops };
}

/** 生成报告 as a pure plan over what was read. */
export function planReport(
  read: ReadResult,
  options: ReportRunOptions = {},
  p: Placements = PLACEMENTS
): ReportPlan {
  const outcome = readFrom(read, p);
  const inUse = profileInUse(read, options.profile);
  const profile = inUse.profile;
  const verdict = judge(outcome.model, outcome.where, profile);
  const scored = verdict.score;
  const checked = [...outcome.findings, ...inUse.findings, ...verdict.findings];
  const all = [...checked, ...reportFieldFindings(outcome.model, outcome.where, checked)];
  const document = buildReport(outcome.model, all, scored, {
    ...options,
    locations: outcome.where,
  });
  const previous = readRecord<Record<string, string>>(read, REPORT_RECORD_SHEET) ?? {};
  const content = [
    ...reportSheetOps(document),
    ...selfEvaluationSheetOps(document),
    ...summarySheetOps(outcome.model, all, scored, options.numbers, options.charts),
  ];
  const way = makeWay(read, previous);
  const fingerprints = Object.fromEntries(
    GENERATED_SHEETS.map((s) => [s, fingerprint(writtenValues(content, s))])
  );
  const guarded = guardProtection([...way.ops, ...content], read);
  const ops: WriteOp[] = [
    ...writeRecordOps(read, REPORT_RECORD_SHEET, fingerprints),
    { op: "checkpoint" },
    ...guarded.open,
    ...guarded.ops,
    ...guarded.close,
    ...inUse.ops,
    ...(options.activate ? [{ op: "activate", sheet: REPORT_SHEET } as const] : []),
  ];
  return {
    ...outcome,
    document,
    all: [...all, ...lockedFindings(guarded.locked)],
    score: scored,
    kept: way.kept,
    ops,
  };
}

/**
 * 生成报告: the 报告, 自评表 and 汇总 sheets from the workbook's figures. Regenerating
 * replaces them; a generated sheet the user edited since is kept under a new name, not lost.
 */
export async function generateReport(
  port: WorkbookPort,
  options: ReportRunOptions = {},
  p: Placements = PLACEMENTS
): Promise<ReportResult> {
  return execute(port, reportRequest(port.capabilities, p), (read) =>
    planReport(read, { charts: port.capabilities.charts, ...options }, p)
  );
}

export interface WordExport {
  /** The .docx file's bytes. */
  bytes: Uint8Array;
  document: ReportDocument;
  /** Findings on the workbook as it stands, listed on the draft page. */
  all: Finding[];
}

/** The 报告 sheet is missing: generate the report first. */
export class NoReportSheetError extends Error {
  readonly zh = `工作簿中没有“${REPORT_SHEET}”工作表，请先生成报告。`;
  readonly en = `The workbook has no “${REPORT_SHEET}” sheet; generate the report first.`;
  constructor() {
    super(`no ${REPORT_SHEET} sheet`);
  }
}

export function wordRequest(p: Placements = PLACEMENTS): ReadRequest {
  return {
    names: allNames(p),
    tables: [...p.tables.keys()],
    sheetValues: [REPORT_SHEET, SELF_EVAL_SHEET],
  };
}

/**
 * The Word document from the 报告 and 自评表 sheets as they stand, user edits included (pure):
 * the body and attachment are the sheets' text; the draft part and watermark come from
 * checking the workbook's data now.
 */
export function planWord(
  read: ReadResult,
  options: ReportRunOptions = {},
  p: Placements = PLACEMENTS
): { document: ReportDocument; all: Finding[] } {
  const report = read.sheetValues?.[REPORT_SHEET];
  if (!report) throw new NoReportSheetError();
  const outcome = readFrom(read, p);
  // Word writes nothing into the workbook: --profile scores the draft page only.
  const inUse = profileInUse(read, options.profile, { write: false });
  const profile = inUse.profile;
  const verdict = judge(outcome.model, outcome.where, profile);
  const scored = verdict.score;
  const checked = [...outcome.findings, ...inUse.findings, ...verdict.findings];
  const edited = documentFromSheets(report, read.sheetValues?.[SELF_EVAL_SHEET]);
  // What the data give now, to find the edits that contradict them (listed on 校验情况).
  const fresh = buildReport(outcome.model, checked, scored, {
    ...options,
    profile,
    locations: outcome.where,
  });
  const all = [
    ...checked,
    ...editedReportFindings(
      {
        report: edited,
        reportSheet: REPORT_SHEET,
        reportValues: report,
        selfEvalSheet: SELF_EVAL_SHEET,
        selfEvalValues: read.sheetValues?.[SELF_EVAL_SHEET],
      },
      fresh,
      outcome.model
    ),
  ];
  const document: ReportDocument = {
    ...edited,
    draft: draftPart(all, scored),
    watermark: all.some((f) => f.severity === "error") ? WATERMARK : undefined,
  };
  return { document, all };
}

/**
 * The Word renderer (docx, jszip) is most of the pane's weight and the button most users press
 * last: loaded on first use, it is a chunk of its own in the browser bundles.
 */
export async function renderWord(document: ReportDocument): Promise<Uint8Array> {
  const { renderDocx } = await import(/* webpackChunkName: "word" */ "../report/docx");
  return renderDocx(document);
}

/**
 * 导出 Word: reads the workbook through the port (writes nothing) and renders the .docx from
 * the sheets as edited. Browser-safe, bytes out: the task pane and `jixiao docx` share it.
 */
export async function exportWord(
  port: WorkbookPort,
  options: ReportRunOptions = {},
  p: Placements = PLACEMENTS
): Promise<WordExport> {
  const { document, all } = planWord(await port.read(wordRequest(p)), options, p);
  return { bytes: await renderWord(document), document, all };
}

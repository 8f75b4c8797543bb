import type { Rect } from "./address";
import { rectArea, rectsOverlap } from "./address";
import type { RangeRef } from "./cells";
import { richError } from "./errors";
import { guardWrite } from "./guards";
import type {
  ChartState,
  ConditionalFormatState,
  NoteState,
  SheetState,
  ValidationState,
  WorkbookState,
} from "./state";
import { cellKey } from "./state";

/** Notes (1.18), conditional formats (1.6), data validation (1.8) and charts. */

export interface NoteRef {
  sheet: SheetState;
  row: number;
  col: number;
}

export function noteAt(ref: RangeRef): NoteRef {
  if (rectArea(ref.rect) !== 1) throw richError("InvalidArgument", "A note belongs to one cell.");
  return { sheet: ref.sheet, row: ref.rect.r0, col: ref.rect.c0 };
}

export function getNote(at: NoteRef): NoteState | undefined {
  return at.sheet.notes.get(cellKey(at.row, at.col));
}

/** notes.add on a cell that already has a note is refused. */
export function addNote(at: NoteRef, content: unknown, author = "fake-excel"): NoteRef {
  if (typeof content !== "string") throw richError("InvalidArgument", "note content must be text");
  guardWrite(at.sheet, "notes");
  const key = cellKey(at.row, at.col);
  if (at.sheet.notes.has(key)) throw richError("InvalidArgument", "The cell already has a note.");
  at.sheet.notes.set(key, { content, author });
  return at;
}

export function noteOrThrow(at: NoteRef): NoteState {
  const note = getNote(at);
  if (!note) throw richError("ItemNotFound", "The note does not exist.");
  return note;
}

export function setNoteContent(at: NoteRef, content: unknown): void {
  if (typeof content !== "string") throw richError("InvalidArgument", "note content must be text");
  guardWrite(at.sheet, "notes");
  noteOrThrow(at).content = content;
}

export function deleteNote(at: NoteRef): void {
  noteOrThrow(at);
  guardWrite(at.sheet, "notes");
  at.sheet.notes.delete(cellKey(at.row, at.col));
}

export function notesOf(sheets: SheetState[]): NoteRef[] {
  const out: NoteRef[] = [];
  for (const sheet of sheets) {
    const keys = [...sheet.notes.keys()].sort((a, b) => a - b);
    for (const k of keys) out.push({ sheet, row: Math.floor(k / 16_384), col: k % 16_384 });
  }
  return out;
}

export interface CfRef {
  sheet: SheetState;
  cf: ConditionalFormatState;
}

/**
 * ConditionalFormatCollection.add puts the new format "at the first/top priority": every other
 * format's priority, and so its id, moves down by one.
 * Ref: https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)
 */
export function addConditionalFormat(
  ref: { sheet: SheetState; rects: Rect[] },
  type: unknown
): CfRef {
  if (type !== "Custom")
    throw richError(
      "NotImplemented",
      `fake-excel models only custom conditional formats, not ${String(type)}`
    );
  guardWrite(ref.sheet, "conditionalFormats");
  const cf: ConditionalFormatState = {
    type: "Custom",
    ranges: ref.rects,
    formula: "",
    fill: null,
    fontColor: null,
    priority: 0,
    stopIfTrue: false,
  };
  ref.sheet.conditionalFormats.unshift(cf);
  renumber(ref.sheet);
  return { sheet: ref.sheet, cf };
}

/** Priorities are positions: 0 is the top, and a gap closes at once. */
function renumber(sheet: SheetState): void {
  sheet.conditionalFormats.forEach((c, i) => (c.priority = i));
}

/** `ConditionalFormat.id`: "the priority of the conditional format in the current collection". */
export const cfId = (cf: ConditionalFormatState): string => String(cf.priority);

export function conditionalFormatsIn(ref: RangeRef): ConditionalFormatState[] {
  return ref.sheet.conditionalFormats.filter((cf) =>
    cf.ranges.some((r) => rectsOverlap(r, ref.rect))
  );
}

/**
 * The format at a position (an id) when the request runs, not the one that was there when the
 * id was read: Excel addresses conditional formats by priority.
 */
export function cfAt(sheet: SheetState, id: string): CfRef {
  const cf = /^\d+$/.test(id) ? sheet.conditionalFormats[Number(id)] : undefined;
  if (!cf || sheet.deleted) throw richError("ItemNotFound", `No conditional format ${id}`);
  return { sheet, cf };
}

/** Deleting a format moves every lower-priority format up by one. */
export function deleteConditionalFormat(at: CfRef): void {
  guardWrite(at.sheet, "conditionalFormats");
  at.sheet.conditionalFormats = at.sheet.conditionalFormats.filter((c) => c !== at.cf);
  renumber(at.sheet);
}

export function cfGone(at: CfRef): boolean {
  return at.sheet.deleted || !at.sheet.conditionalFormats.includes(at.cf);
}

export const DEFAULT_ERROR_ALERT: ValidationState["errorAlert"] = {
  showAlert: true,
  style: "Stop",
  title: "",
  message: "",
};
const DEFAULT_PROMPT: ValidationState["prompt"] = { showPrompt: false, title: "", message: "" };

function validationsIn(ref: RangeRef): (ValidationState | undefined)[] {
  const out: (ValidationState | undefined)[] = [];
  for (let r = ref.rect.r0; r <= ref.rect.r1; r++) {
    for (let c = ref.rect.c0; c <= ref.rect.c1; c++)
      out.push(ref.sheet.validations.get(cellKey(r, c)));
  }
  return out;
}

/** The validation every cell of the range shares; "mixed" when they differ. */
export function sharedValidation(ref: RangeRef): ValidationState | undefined | "mixed" {
  const all = validationsIn(ref);
  return all.every((v) => v === all[0]) ? all[0] : "mixed";
}

const RULE_KINDS = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"];

export function setValidationRule(ref: RangeRef, rule: unknown): void {
  const keys =
    rule && typeof rule === "object"
      ? Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined)
      : [];
  if (keys.length !== 1 || !RULE_KINDS.includes(keys[0])) {
    throw richError("InvalidArgument", "A data validation rule needs exactly one kind.");
  }
  guardWrite(ref.sheet, "validation");
  updateValidations(ref, (old) => ({
    rule: structuredClone(rule) as ValidationState["rule"],
    errorAlert: old?.errorAlert ?? { ...DEFAULT_ERROR_ALERT },
    prompt: old?.prompt ?? { ...DEFAULT_PROMPT },
    ignoreBlanks: old?.ignoreBlanks ?? true,
  }));
}

export function setValidationPart(
  ref: RangeRef,
  part: "errorAlert" | "prompt" | "ignoreBlanks",
  value: unknown
): void {
  guardWrite(ref.sheet, "validation");
  updateValidations(ref, (old) => {
    const base: ValidationState = old ?? {
      rule: {},
      errorAlert: { ...DEFAULT_ERROR_ALERT },
      prompt: { ...DEFAULT_PROMPT },
      ignoreBlanks: true,
    };
    if (part === "ignoreBlanks") return { ...base, ignoreBlanks: Boolean(value) };
    return { ...base, [part]: { ...base[part], ...(value as object) } };
  });
}

export function clearValidation(ref: RangeRef): void {
  guardWrite(ref.sheet, "validation");
  for (let r = ref.rect.r0; r <= ref.rect.r1; r++) {
    for (let c = ref.rect.c0; c <= ref.rect.c1; c++) ref.sheet.validations.delete(cellKey(r, c));
  }
}

/** Cells sharing a validation keep sharing the updated one. */
function updateValidations(
  ref: RangeRef,
  change: (old: ValidationState | undefined) => ValidationState
): void {
  const replaced = new Map<ValidationState | undefined, ValidationState>();
  for (let r = ref.rect.r0; r <= ref.rect.r1; r++) {
    for (let c = ref.rect.c0; c <= ref.rect.c1; c++) {
      const key = cellKey(r, c);
      const old = ref.sheet.validations.get(key);
      if (!replaced.has(old)) replaced.set(old, change(old));
      ref.sheet.validations.set(key, replaced.get(old)!);
    }
  }
}

export function validationType(v: ValidationState | undefined | "mixed"): string {
  if (v === "mixed") return "Inconsistent";
  if (!v || Object.keys(v.rule).length === 0) return "None";
  const kind = Object.keys(v.rule)[0];
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

export function addChart(
  state: WorkbookState,
  sheet: SheetState,
  type: unknown,
  source: RangeRef,
  seriesBy: unknown
): ChartState {
  guardWrite(sheet, "objects");
  if (typeof type !== "string") throw richError("InvalidArgument", "chart type");
  state.counters.chart += 1;
  const chart: ChartState = {
    id: state.counters.chart,
    name: `Chart ${state.counters.chart}`,
    type,
    source: source.rect,
    seriesBy: typeof seriesBy === "string" ? seriesBy : "Auto",
    title: "",
    position: null,
  };
  sheet.charts.push(chart);
  return chart;
}

export function rectOf(ref: RangeRef): Rect {
  return ref.rect;
}

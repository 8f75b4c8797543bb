import type { Rect } from "./address";
import { rectArea, rectsOverlap } from "./address";
import type { RangeRef } from "./cells";
import { richError } from "./errors";
import type { WriteKind } from "./guards";
import { guardWrite } from "./guards";
import type { CellState, SheetState } from "./state";
import { storedCellsIn, touchCell } from "./state";
import type { BorderEdge, BorderSide, CellFormat, Color, Fill } from "./styles";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FORMAT,
  DEFAULT_ROW_HEIGHT,
  baseRgb,
  fillView,
  normalizeRgb,
  ooxmlPattern,
} from "./styles";

/**
 * A property of many cells reads as its value when every cell agrees and as null otherwise,
 * like Office.js RangeFormat / RangeFill / RangeFont.
 */
export function uniform<V>(ref: RangeRef, read: (format: CellFormat) => V): V | null {
  let first: { value: V; json: string } | undefined;
  let stored = 0;
  const same = (v: V): boolean => {
    const json = JSON.stringify(v);
    if (!first) first = { value: v, json };
    return first.json === json;
  };
  for (const [, , cell] of storedCellsIn(ref.sheet, ref.rect)) {
    stored += 1;
    if (!same(read(cell.format))) return null;
  }
  if (stored < rectArea(ref.rect) && !same(read(DEFAULT_FORMAT))) return null;
  return first ? first.value : null;
}

/** Applies a format change to every cell of the range (formats are shared, replaced on change). */
export function updateFormat(
  ref: RangeRef,
  kind: WriteKind,
  change: (format: CellFormat) => CellFormat
): void {
  guardWrite(ref.sheet, kind, ref.rect);
  for (let r = ref.rect.r0; r <= ref.rect.r1; r++) {
    for (let c = ref.rect.c0; c <= ref.rect.c1; c++) {
      const cell: CellState = touchCell(ref.sheet, r, c);
      cell.format = change(cell.format);
    }
  }
}

export function rgbOrThrow(value: unknown): string {
  const rgb = typeof value === "string" ? normalizeRgb(value) : undefined;
  if (!rgb) throw richError("InvalidArgument", `not a colour: ${String(value)}`);
  return rgb;
}

export function readFill(ref: RangeRef): ReturnType<typeof fillView> | null {
  return uniform(ref, (f) => fillView(f.fill));
}

export function setFillColor(ref: RangeRef, value: unknown): void {
  const rgb = rgbOrThrow(value);
  updateFormat(ref, "format", (f) => ({ ...f, fill: { type: "solid", color: { rgb } } }));
}

function withTint(color: Color, tint: number): Color {
  return tint === 0 ? stripTint(color) : { ...color, tint };
}

function stripTint(color: Color): Color {
  return "rgb" in color ? { rgb: color.rgb } : { theme: color.theme };
}

export function setFillTint(ref: RangeRef, value: unknown): void {
  if (typeof value !== "number" || value < -1 || value > 1) {
    throw richError("InvalidArgument", "tintAndShade must be between -1 and 1");
  }
  updateFormat(ref, "format", (f) => {
    if (f.fill.type === "solid")
      return { ...f, fill: { ...f.fill, color: withTint(f.fill.color, value) } };
    if (f.fill.type === "pattern" && f.fill.bg) {
      return { ...f, fill: { ...f.fill, bg: withTint(f.fill.bg, value) } };
    }
    return f;
  });
}

function fillColorOf(fill: Fill): Color | undefined {
  if (fill.type === "solid") return fill.color;
  if (fill.type === "pattern") return fill.bg;
  return undefined;
}

export function setFillPattern(ref: RangeRef, value: unknown): void {
  const pattern = typeof value === "string" ? ooxmlPattern(value) : undefined;
  if (!pattern) throw richError("InvalidArgument", `not a fill pattern: ${String(value)}`);
  updateFormat(ref, "format", (f) => {
    const color = fillColorOf(f.fill) ?? { rgb: "#FFFFFF" };
    if (pattern === "none") return { ...f, fill: { type: "none" } };
    if (pattern === "solid") return { ...f, fill: { type: "solid", color } };
    const fg = f.fill.type === "pattern" ? f.fill.fg : { rgb: "#000000" };
    return { ...f, fill: { type: "pattern", pattern, fg, bg: color } };
  });
}

export function readPatternColor(ref: RangeRef): string | null {
  return uniform(ref, (f) => (f.fill.type === "pattern" && f.fill.fg ? baseRgb(f.fill.fg) : null));
}

export function setPatternColor(ref: RangeRef, value: unknown): void {
  const rgb = rgbOrThrow(value);
  updateFormat(ref, "format", (f) =>
    f.fill.type === "pattern" ? { ...f, fill: { ...f.fill, fg: { rgb } } } : f
  );
}

export function clearFill(ref: RangeRef): void {
  updateFormat(ref, "format", (f) => ({ ...f, fill: { type: "none" } }));
}

const H_ALIGN = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];

export function oneOf(value: unknown, allowed: string[], what: string): string {
  const hit = allowed.find(
    (a) => typeof value === "string" && a.toLowerCase() === value.toLowerCase()
  );
  if (!hit)
    throw richError(
      "InvalidArgument",
      `${what}: ${String(value)} is not one of ${allowed.join(", ")}`
    );
  return hit;
}

export function setAlignment(
  ref: RangeRef,
  which: "horizontal" | "vertical",
  value: unknown
): void {
  const v = oneOf(value, which === "horizontal" ? H_ALIGN : V_ALIGN, `${which}Alignment`);
  updateFormat(ref, "format", (f) =>
    which === "horizontal" ? { ...f, horizontalAlignment: v } : { ...f, verticalAlignment: v }
  );
}

export function setBoolean(
  ref: RangeRef,
  kind: WriteKind,
  value: unknown,
  apply: (f: CellFormat, v: boolean) => CellFormat
): void {
  if (typeof value !== "boolean") throw richError("InvalidArgument", "expected true or false");
  updateFormat(ref, kind, (f) => apply(f, value));
}

export type FontKey = "name" | "size" | "bold" | "italic" | "color";

export function readFont(ref: RangeRef, key: FontKey): unknown {
  return uniform(ref, (f) => (key === "color" ? baseRgb(f.font.color) : f.font[key]));
}

export function setFont(ref: RangeRef, key: FontKey, value: unknown): void {
  const ok =
    (key === "name" && typeof value === "string" && value !== "") ||
    (key === "size" && typeof value === "number" && value >= 1 && value <= 409) ||
    ((key === "bold" || key === "italic") && typeof value === "boolean") ||
    key === "color";
  if (!ok) throw richError("InvalidArgument", `font.${key}: ${String(value)}`);
  const v = key === "color" ? { rgb: rgbOrThrow(value) } : value;
  updateFormat(ref, "format", (f) => ({ ...f, font: { ...f.font, [key]: v } }));
}

/** The cells and sides an Excel.BorderIndex addresses within the range. */
function borderTargets(rect: Rect, index: string): { rect: Rect; side: BorderEdge }[] {
  const { r0, r1, c0, c1 } = rect;
  switch (index) {
    case "EdgeTop":
      return [{ rect: { r0, r1: r0, c0, c1 }, side: "top" }];
    case "EdgeBottom":
      return [{ rect: { r0: r1, r1, c0, c1 }, side: "bottom" }];
    case "EdgeLeft":
      return [{ rect: { r0, r1, c0, c1: c0 }, side: "left" }];
    case "EdgeRight":
      return [{ rect: { r0, r1, c0: c1, c1 }, side: "right" }];
    case "InsideHorizontal":
      return r0 === r1
        ? []
        : [
            { rect: { r0, r1: r1 - 1, c0, c1 }, side: "bottom" },
            { rect: { r0: r0 + 1, r1, c0, c1 }, side: "top" },
          ];
    case "InsideVertical":
      return c0 === c1
        ? []
        : [
            { rect: { r0, r1, c0, c1: c1 - 1 }, side: "right" },
            { rect: { r0, r1, c0: c0 + 1, c1 }, side: "left" },
          ];
    default:
      throw richError("InvalidArgument", `border index ${index} is not modelled by fake-excel`);
  }
}

const NO_BORDER: BorderSide = { style: "None", weight: "Thin", color: "#000000" };

export function readBorder(ref: RangeRef, index: string, key: keyof BorderSide): string | null {
  const targets = borderTargets(ref.rect, index);
  const values = targets.map((t) =>
    uniform({ sheet: ref.sheet, rect: t.rect }, (f) => (f.borders[t.side] ?? NO_BORDER)[key])
  );
  return values.length && values.every((v) => v !== null && v === values[0]) ? values[0] : null;
}

const BORDER_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
];
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

export function setBorder(
  ref: RangeRef,
  index: string,
  key: keyof BorderSide,
  value: unknown
): void {
  const v =
    key === "style"
      ? oneOf(value, BORDER_STYLES, "border style")
      : key === "weight"
        ? oneOf(value, BORDER_WEIGHTS, "border weight")
        : rgbOrThrow(value);
  guardWrite(ref.sheet, "format", ref.rect);
  for (const t of borderTargets(ref.rect, index)) {
    updateFormat({ sheet: ref.sheet, rect: t.rect }, "format", (f) => {
      const side: BorderSide = { ...(f.borders[t.side] ?? NO_BORDER), [key]: v };
      const borders = { ...f.borders };
      if (side.style === "None") delete borders[t.side];
      else borders[t.side] = side;
      return { ...f, borders };
    });
  }
}

function uniformOf<T>(values: T[]): T | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

function span(a: number, b: number, cap: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= Math.min(b, a + cap); i++) out.push(i);
  return out;
}

export function readColumnWidth(ref: RangeRef): number | null {
  const cols = span(ref.rect.c0, ref.rect.c1, 16_384);
  return uniformOf(cols.map((c) => ref.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH));
}

export function readRowHeight(ref: RangeRef): number | null {
  const rows = span(ref.rect.r0, ref.rect.r1, 1_048_576);
  return uniformOf(rows.map((r) => ref.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT));
}

export function setColumnWidth(ref: RangeRef, value: unknown): void {
  if (typeof value !== "number" || value < 0) throw richError("InvalidArgument", "columnWidth");
  guardWrite(ref.sheet, "columns");
  for (let c = ref.rect.c0; c <= ref.rect.c1; c++) ref.sheet.columnWidths.set(c, value);
}

export function setRowHeight(ref: RangeRef, value: unknown): void {
  if (typeof value !== "number" || value < 0 || value > 409)
    throw richError("InvalidArgument", "rowHeight");
  guardWrite(ref.sheet, "rows");
  for (let r = ref.rect.r0; r <= ref.rect.r1; r++) ref.sheet.rowHeights.set(r, value);
}

export function readRowHidden(ref: RangeRef): boolean | null {
  const rows = span(ref.rect.r0, ref.rect.r1, 1_048_576);
  return uniformOf(rows.map((r) => ref.sheet.hiddenRows.has(r)));
}

/** Hiding rows is formatting rows: refused on a protected sheet unless formatRows is allowed. */
export function setRowHidden(ref: RangeRef, value: unknown): void {
  if (typeof value !== "boolean") throw richError("InvalidArgument", "rowHidden");
  guardWrite(ref.sheet, "rows");
  for (let r = ref.rect.r0; r <= ref.rect.r1; r++) {
    if (value) ref.sheet.hiddenRows.add(r);
    else ref.sheet.hiddenRows.delete(r);
  }
}

/** Range.merge(across): keeps the top-left value of each merged area, like Excel. */
export function merge(ref: RangeRef, across: boolean, tablesOnSheet: Rect[]): void {
  guardWrite(ref.sheet, "merge");
  if (tablesOnSheet.some((t) => rectsOverlap(t, ref.rect))) {
    throw richError("InvalidOperation", "Cannot merge cells in a table.");
  }
  const { r0, r1, c0, c1 } = ref.rect;
  const areas: Rect[] = across
    ? span(r0, r1, r1 - r0).map((r) => ({ r0: r, r1: r, c0, c1 }))
    : [ref.rect];
  ref.sheet.merges = ref.sheet.merges.filter((m) => !rectsOverlap(m, ref.rect));
  for (const area of areas) {
    if (rectArea(area) === 1) continue;
    for (const [r, c, cell] of storedCellsIn(ref.sheet, area)) {
      if (r === area.r0 && c === area.c0) continue;
      delete cell.value;
      delete cell.formula;
    }
    ref.sheet.merges.push(area);
  }
}

export function unmerge(ref: RangeRef): void {
  guardWrite(ref.sheet, "merge");
  ref.sheet.merges = ref.sheet.merges.filter((m) => !rectsOverlap(m, ref.rect));
}

/** Bounding box of the used cells (values only, or anything not default), or null. */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
  let box: Rect | null = null;
  for (const [key, cell] of sheet.cells) {
    const used =
      cell.value !== undefined ||
      cell.formula !== undefined ||
      (!valuesOnly && (cell.format !== DEFAULT_FORMAT || cell.numberFormat !== "General"));
    if (!used) continue;
    const r = Math.floor(key / 16_384);
    const c = key % 16_384;
    box = box
      ? {
          r0: Math.min(box.r0, r),
          r1: Math.max(box.r1, r),
          c0: Math.min(box.c0, c),
          c1: Math.max(box.c1, c),
        }
      : { r0: r, r1: r, c0: c, c1: c };
  }
  return box;
}

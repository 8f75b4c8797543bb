import type { Rect } from "./address";
import { rectCols, rectRows } from "./address";
import { richError } from "./errors";
import { guardWrite } from "./guards";
import type { CellState, CellValue, SheetState } from "./state";
import { getCell, isError, touchCell } from "./state";
import { formatDisplay } from "./display";
import type { Typed } from "./typing";
import { parseTyped } from "./typing";
import type { TableAt } from "./formula-form";
import { excelForm, refuseMissingTables } from "./formula-form";

/** A range as the host sees it: a rectangle on a sheet. */
export interface RangeRef {
  sheet: SheetState;
  rect: Rect;
}

export interface WriteEnv {
  currentYear: number;
  markDirty(): void;
  /** The workbook's tables now: a formula naming another is refused. */
  tables(): TableAt[];
}

/** A 2-D input of the range's shape, or one value for every cell; InvalidArgument otherwise. */
export function gridOf(
  ref: RangeRef,
  input: unknown,
  what: string
): (r: number, c: number) => unknown {
  const rows = rectRows(ref.rect);
  const cols = rectCols(ref.rect);
  if (!Array.isArray(input)) return () => input;
  const shapeOk =
    input.length === rows && input.every((row) => Array.isArray(row) && row.length === cols);
  if (!shapeOk) {
    throw richError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range ${rows}x${cols}).`
    );
  }
  return (r, c) => (input as unknown[][])[r][c];
}

function forEachCell(
  ref: RangeRef,
  fn: (row: number, col: number, i: number, j: number) => void
): void {
  for (let r = ref.rect.r0; r <= ref.rect.r1; r++) {
    for (let c = ref.rect.c0; c <= ref.rect.c1; c++) fn(r, c, r - ref.rect.r0, c - ref.rect.c0);
  }
}

function applyTyped(cell: CellState, typed: Typed): void {
  if (typed.kind === "blank") {
    delete cell.value;
    delete cell.formula;
  } else if (typed.kind === "formula") {
    cell.formula = typed.formula;
    delete cell.value;
  } else {
    cell.value = typed.value;
    delete cell.formula;
    if (typed.numberFormat && cell.numberFormat === "General")
      cell.numberFormat = typed.numberFormat;
  }
}

function typedOf(input: unknown, cell: CellState, env: WriteEnv): Typed {
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw richError("InvalidArgument", `not a finite number: ${input}`);
    return { kind: "value", value: input };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input === "string") return parseTyped(input, cell.numberFormat, env.currentYear);
  throw richError("InvalidArgument", `cannot write ${JSON.stringify(input)} to a cell`);
}

/** Range.values / Range.formulas set: strings are parsed like typing unless the cell is "@". */
export function writeContents(ref: RangeRef, input: unknown, what: string, env: WriteEnv): void {
  const at = gridOf(ref, input, what);
  guardWrite(ref.sheet, "contents", ref.rect);
  const typed: [CellState, Typed][] = [];
  forEachCell(ref, (row, col, i, j) => {
    const v = at(i, j);
    if (v === null || v === undefined) return;
    const cell = touchCell(ref.sheet, row, col);
    const t = typedOf(v, cell, env);
    if (t.kind === "formula") refuseMissingTables(t.formula, env.tables());
    typed.push([cell, t]);
  });
  for (const [cell, t] of typed) applyTyped(cell, t);
  env.markDirty();
}

/** Range.numberFormat set. */
export function writeNumberFormat(ref: RangeRef, input: unknown): void {
  const at = gridOf(ref, input, "numberFormat");
  guardWrite(ref.sheet, "format", ref.rect);
  forEachCell(ref, (row, col, i, j) => {
    const v = at(i, j);
    if (v === null || v === undefined) return;
    if (typeof v !== "string") throw richError("InvalidArgument", "numberFormat must be text");
    touchCell(ref.sheet, row, col).numberFormat = v;
  });
}

function grid<V>(ref: RangeRef, fn: (cell: CellState | undefined) => V): V[][] {
  const out: V[][] = [];
  for (let r = ref.rect.r0; r <= ref.rect.r1; r++) {
    const row: V[] = [];
    for (let c = ref.rect.c0; c <= ref.rect.c1; c++) row.push(fn(getCell(ref.sheet, r, c)));
    out.push(row);
  }
  return out;
}

/** What Range.values returns for one value: errors as their text, blank as "". */
export function apiValue(v: CellValue | undefined): number | string | boolean {
  if (v === undefined) return "";
  if (isError(v)) return v.error;
  return v;
}

function cellValue(cell: CellState | undefined): number | string | boolean {
  if (!cell) return "";
  if (cell.formula !== undefined) return apiValue(cell.value ?? 0);
  return apiValue(cell.value);
}

export function readValues(ref: RangeRef): (number | string | boolean)[][] {
  return grid(ref, cellValue);
}

/** Range.formulas: a formula where there is one, else the constant; a text "=x" reads "=x" (#6687). */
export function readFormulas(ref: RangeRef, tables: TableAt[]): (number | string | boolean)[][] {
  let r = ref.rect.r0;
  let c = ref.rect.c0 - 1;
  return grid(ref, (cell) => {
    if (++c > ref.rect.c1) [r, c] = [r + 1, ref.rect.c0];
    return cell?.formula !== undefined
      ? excelForm(cell.formula, tables, ref.sheet, r, c)
      : cellValue(cell);
  });
}

export function readNumberFormat(ref: RangeRef): string[][] {
  return grid(ref, (cell) => cell?.numberFormat ?? "General");
}

export function readText(ref: RangeRef): string[][] {
  return grid(ref, (cell) => formatDisplay(cellValue(cell), cell?.numberFormat ?? "General"));
}

/** Excel.RangeValueType per cell. */
export function readValueTypes(ref: RangeRef): string[][] {
  return grid(ref, (cell) => {
    const v = cell?.formula !== undefined ? (cell.value ?? 0) : cell?.value;
    if (v === undefined || v === "") return v === "" && cell?.formula ? "String" : "Empty";
    if (isError(v)) return "Error";
    if (typeof v === "number") return "Double";
    if (typeof v === "boolean") return "Boolean";
    return "String";
  });
}

import type { Rect } from "../fake-excel/address";
import { cellA1, rectA1, rectArea, rectCols, rectRows } from "../fake-excel/address";
import type { RangeRef } from "../fake-excel/cells";
import { formatDisplay } from "../fake-excel/display";
import { excelForm, refuseMissingTables } from "../fake-excel/formula-form";
import { guardWrite, type WriteKind } from "../fake-excel/guards";
import type { CellState, CellValue, SheetState } from "../fake-excel/state";
import { getCell, isError, touchCell } from "../fake-excel/state";
import type { CellFormat, Fill } from "../fake-excel/styles";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "../fake-excel/styles";
import { pointsFromChars } from "../../src/model/sheet";
import { XL, errorScode } from "./enums";
import { asWps, refused } from "./errors";
import { parseWpsTyping } from "./typing";
import type { FakeWps } from "./host";
import { Comment, FormatConditions, Validation } from "./range-parts";

/** A scalar as COM hands it to script: blank is VT_EMPTY (undefined), an error its SCODE. */
export type Variant = number | string | boolean | undefined;

/** "#RRGGBB" from a colour number, which VBA writes as blue-green-red (RGB(r,g,b) = r + g·256 + b·65536). */
export const rgbOfBgr = (bgr: number): string => {
  const hex = (n: number) => n.toString(16).padStart(2, "0").toUpperCase();
  return `#${hex(bgr & 0xff)}${hex((bgr >> 8) & 0xff)}${hex((bgr >> 16) & 0xff)}`;
};
export const bgrOfRgb = (rgb: string): number => {
  const n = parseInt(rgb.replace("#", ""), 16);
  return ((n >> 16) & 0xff) + (n & 0xff00) + ((n & 0xff) << 16);
};

/**
 * Range, VBA-shaped (https://airsheet.wps.cn/docs/apiV2/excel/workbook/Range/ and the VBA
 * reference it follows): a multi-cell read is a 2-D array of rows, a one-cell read a scalar;
 * properties that differ across the cells read null (NumberFormat, Text); every property
 * access and method call crosses the bridge once (counted by the host).
 */
export class WpsRange {
  constructor(
    readonly host: FakeWps,
    readonly sheet: SheetState,
    readonly areas: Rect[]
  ) {}

  get rect(): Rect {
    return this.areas[0];
  }
  private get ref(): RangeRef {
    return { sheet: this.sheet, rect: this.rect };
  }
  private cells(): [row: number, col: number][] {
    const out: [number, number][] = [];
    for (const a of this.areas)
      for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) out.push([r, c]);
    return out;
  }
  private grid<V>(fn: (cell: CellState | undefined, r: number, c: number) => V): V[][] {
    const { r0, r1, c0, c1 } = this.rect;
    const out: V[][] = [];
    for (let r = r0; r <= r1; r++) {
      const row: V[] = [];
      for (let c = c0; c <= c1; c++) row.push(fn(getCell(this.sheet, r, c), r, c));
      out.push(row);
    }
    return out;
  }
  /** One cell: the scalar; more: the 2-D array (the kancloud/CSDN JS-macro notes show [[...]] rows). */
  private shape<V>(grid: V[][]): V | V[][] {
    return rectArea(this.rect) === 1 ? grid[0][0] : grid;
  }
  private guard(kind: WriteKind): void {
    asWps(() => guardWrite(this.sheet, kind, this.rect));
  }

  Address(): string {
    this.host.cross("Range.Address");
    return this.areas.map((a) => rectA1(a, true)).join(",");
  }
  get Row(): number {
    this.host.cross("Range.Row");
    return this.rect.r0 + 1;
  }
  get Column(): number {
    this.host.cross("Range.Column");
    return this.rect.c0 + 1;
  }
  get Count(): number {
    this.host.cross("Range.Count");
    return this.areas.reduce((n, a) => n + rectArea(a), 0);
  }
  get Rows(): { Count: number } {
    this.host.cross("Range.Rows");
    return { Count: rectRows(this.rect) };
  }
  get Columns(): { Count: number } {
    this.host.cross("Range.Columns");
    return { Count: rectCols(this.rect) };
  }
  get Areas(): { Count: number; Item(i: number): WpsRange } {
    this.host.cross("Range.Areas");
    return {
      Count: this.areas.length,
      Item: (i: number) => {
        const a = this.areas[i - 1];
        if (!a) throw refused(`Areas.Item(${i}): no such area`);
        return new WpsRange(this.host, this.sheet, [a]);
      },
    };
  }
  get Worksheet(): unknown {
    return this.host.worksheetOf(this.sheet);
  }

  // ---- contents ----

  get Value2(): Variant | Variant[][] {
    this.host.cross("Range.Value2");
    this.host.beforeRead();
    return this.shape(this.grid((cell) => value2Of(cell)));
  }
  set Value2(input: unknown) {
    this.host.cross("Range.Value2=");
    this.writeContents(input);
  }
  /** Formula: the formula where there is one, else what Value2 reads; a blank reads "". */
  get Formula(): Variant | Variant[][] {
    this.host.cross("Range.Formula");
    this.host.beforeRead();
    const tables = this.host.state.tables;
    return this.shape(
      this.grid((cell, r, c) => {
        if (cell?.formula !== undefined) return excelForm(cell.formula, tables, this.sheet, r, c);
        if (cell?.value === undefined) return "";
        return isError(cell.value) ? cell.value.error : (cell.value as Variant);
      })
    );
  }
  set Formula(input: unknown) {
    this.host.cross("Range.Formula=");
    this.writeContents(input);
  }
  get NumberFormat(): string | null {
    this.host.cross("Range.NumberFormat");
    const all = this.grid((cell) => cell?.numberFormat ?? "General").flat();
    return all.every((f) => f === all[0]) ? all[0] : null;
  }
  set NumberFormat(format: unknown) {
    this.host.cross("Range.NumberFormat=");
    if (typeof format !== "string") throw refused("NumberFormat takes one format text");
    this.guard("format");
    for (const [r, c] of this.cells()) touchCell(this.sheet, r, c).numberFormat = format;
  }
  get Text(): string | null {
    this.host.cross("Range.Text");
    this.host.beforeRead();
    const all = this.grid((cell) => {
      const v = value2Of(cell);
      const shown = cell?.value !== undefined && isError(cell.value) ? cell.value.error : v;
      return shown === undefined ? "" : formatDisplay(shown, cell?.numberFormat ?? "General");
    }).flat();
    return all.every((t) => t === all[0]) ? all[0] : null;
  }

  /**
   * Value2/Formula set: one value for every cell, or an array of the range's shape (a 1-D array
   * is one row). As in VBA, a smaller array leaves #N/A in the cells it does not reach, and an
   * empty element (null/undefined, VT_EMPTY) clears its cell: nothing means "leave it".
   */
  private writeContents(input: unknown): void {
    this.guard("contents");
    const rows = rectRows(this.rect);
    const cols = rectCols(this.rect);
    let at: (i: number, j: number) => unknown;
    if (!Array.isArray(input)) at = () => input;
    else {
      const grid = (Array.isArray(input[0]) ? input : [input]) as unknown[][];
      at = (i, j) => (i < grid.length && j < grid[i].length ? grid[i][j] : { error: "#N/A" });
    }
    const tables = this.host.state.tables;
    const pending: [CellState, ReturnType<typeof parseWpsTyping>][] = [];
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        const cell = touchCell(this.sheet, this.rect.r0 + i, this.rect.c0 + j);
        const typed = typedOf(at(i, j), cell, this.host.currentYear);
        if (typed.kind === "formula") asWps(() => refuseMissingTables(typed.formula, tables));
        pending.push([cell, typed]);
      }
    for (const [cell, typed] of pending) {
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
    this.host.markDirty();
  }

  /**
   * SpecialCells(xlCellTypeFormulas | xlCellTypeConstants, xlErrors): the cells of that kind, as
   * areas; "no cells were found" is an error (VBA error 1004), and on a one-cell range Excel
   * searches the whole used range instead (a VBA quirk this fake copies).
   */
  SpecialCells(type: number, value?: number): WpsRange {
    this.host.cross("Range.SpecialCells");
    this.host.beforeRead();
    const scope =
      rectArea(this.rect) === 1 && this.areas.length === 1
        ? [this.host.usedRect(this.sheet)]
        : this.areas;
    const found: Rect[] = [];
    for (const a of scope)
      for (let r = a.r0; r <= a.r1; r++)
        for (let c = a.c0; c <= a.c1; c++) {
          const cell = getCell(this.sheet, r, c);
          if (!cell || (cell.value === undefined && cell.formula === undefined)) continue;
          const isFormula = cell.formula !== undefined;
          if (type === XL.xlCellTypeFormulas ? !isFormula : isFormula) continue;
          if (value === XL.xlErrors && !(cell.value !== undefined && isError(cell.value))) continue;
          found.push({ r0: r, r1: r, c0: c, c1: c });
        }
    if (!found.length) throw refused("No cells were found.");
    return new WpsRange(this.host, this.sheet, found);
  }

  // ---- formats ----

  private setFormat(kind: WriteKind, patch: (f: CellFormat, r: number, c: number) => CellFormat) {
    this.guard(kind);
    for (const [r, c] of this.cells()) {
      const cell = touchCell(this.sheet, r, c);
      cell.format = patch(cell.format, r, c);
    }
  }
  get Interior(): { Color: number | null; ColorIndex: number } {
    this.host.cross("Range.Interior");
    // The returned object's accessors act on this range; arrow functions cannot be accessors.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    return {
      get Color() {
        self.host.cross("Interior.Color");
        const fills = self.grid((c): Fill => c?.format.fill ?? { type: "none" }).flat();
        const rgb = fills.map((f) => (f.type === "solid" && "rgb" in f.color ? f.color.rgb : ""));
        if (!rgb.every((x) => x === rgb[0])) return null;
        return rgb[0] ? bgrOfRgb(rgb[0]) : 0xffffff;
      },
      set Color(bgr: number | null) {
        self.host.cross("Interior.Color=");
        self.setFormat("format", (f) => ({
          ...f,
          fill: { type: "solid", color: { rgb: rgbOfBgr(bgr!) } },
        }));
      },
      get ColorIndex() {
        return 0;
      },
      set ColorIndex(index: number) {
        self.host.cross("Interior.ColorIndex=");
        if (index !== XL.xlNone) throw refused("only ColorIndex = xlNone is modelled");
        self.setFormat("format", (f) => ({ ...f, fill: { type: "none" } }));
      },
    };
  }
  get Font(): Record<string, unknown> {
    this.host.cross("Range.Font");
    const set = (patch: (font: CellFormat["font"]) => CellFormat["font"]) =>
      this.setFormat("format", (f) => ({ ...f, font: patch(f.font) }));
    const host = this.host;
    return {
      set Name(v: string) {
        host.cross("Font.Name=");
        set((font) => ({ ...font, name: v }));
      },
      set Size(v: number) {
        host.cross("Font.Size=");
        set((font) => ({ ...font, size: v }));
      },
      set Bold(v: boolean) {
        host.cross("Font.Bold=");
        set((font) => ({ ...font, bold: v }));
      },
      set Italic(v: boolean) {
        host.cross("Font.Italic=");
        set((font) => ({ ...font, italic: v }));
      },
      set Color(bgr: number) {
        host.cross("Font.Color=");
        set((font) => ({ ...font, color: { rgb: rgbOfBgr(bgr) } }));
      },
    };
  }
  set HorizontalAlignment(v: number) {
    this.host.cross("Range.HorizontalAlignment=");
    const name = { [XL.xlLeft]: "Left", [XL.xlCenter]: "Center", [XL.xlRight]: "Right" }[v];
    if (!name) throw refused(`HorizontalAlignment ${v}`);
    this.setFormat("format", (f) => ({ ...f, horizontalAlignment: name }));
  }
  set VerticalAlignment(v: number) {
    this.host.cross("Range.VerticalAlignment=");
    const name = { [XL.xlTop]: "Top", [XL.xlCenter]: "Center", [XL.xlBottom]: "Bottom" }[v];
    if (!name) throw refused(`VerticalAlignment ${v}`);
    this.setFormat("format", (f) => ({ ...f, verticalAlignment: name }));
  }
  set WrapText(v: boolean) {
    this.host.cross("Range.WrapText=");
    this.setFormat("format", (f) => ({ ...f, wrapText: v }));
  }
  /** Locking a cell on a protected sheet is refused like any format change. */
  set Locked(v: boolean) {
    this.host.cross("Range.Locked=");
    this.setFormat("locked", (f) => ({ ...f, locked: v }));
  }
  get Borders(): { Item(index: number): { LineStyle: number; Color: number } } {
    this.host.cross("Range.Borders");
    return { Item: (index) => this.border(index) };
  }
  private border(index: number): { LineStyle: number; Color: number } {
    const { r0, r1, c0, c1 } = this.rect;
    const sides: Record<number, (r: number, c: number) => ("top" | "bottom" | "left" | "right")[]> =
      {
        [XL.xlEdgeTop]: (r) => (r === r0 ? ["top"] : []),
        [XL.xlEdgeBottom]: (r) => (r === r1 ? ["bottom"] : []),
        [XL.xlEdgeLeft]: (_r, c) => (c === c0 ? ["left"] : []),
        [XL.xlEdgeRight]: (_r, c) => (c === c1 ? ["right"] : []),
        [XL.xlInsideHorizontal]: (r) => [
          ...(r > r0 ? ["top" as const] : []),
          ...(r < r1 ? ["bottom" as const] : []),
        ],
        [XL.xlInsideVertical]: (_r, c) => [
          ...(c > c0 ? ["left" as const] : []),
          ...(c < c1 ? ["right" as const] : []),
        ],
      };
    const which = sides[index];
    if (!which) throw refused(`Borders.Item(${index})`);
    const state = { style: XL.xlContinuous as number, color: 0 };
    const apply = () =>
      this.setFormat("format", (f, r, c) => {
        const borders = { ...f.borders };
        for (const side of which(r, c))
          borders[side] = { style: "Continuous", weight: "Thin", color: rgbOfBgr(state.color) };
        return { ...f, borders };
      });
    const host = this.host;
    return {
      get LineStyle() {
        return state.style;
      },
      set LineStyle(v: number) {
        host.cross("Border.LineStyle=");
        if (v !== XL.xlContinuous) throw refused(`LineStyle ${v} is not modelled`);
        state.style = v;
        apply();
      },
      get Color() {
        return state.color;
      },
      set Color(v: number) {
        host.cross("Border.Color=");
        state.color = v;
        apply();
      },
    };
  }

  // ---- rows, columns, merge, selection ----

  /** ColumnWidth is in characters of the default font (VBA); Width, read-only, is points. */
  set ColumnWidth(chars: number) {
    this.host.cross("Range.ColumnWidth=");
    this.guard("columns");
    // The template states widths in points; the fake keeps points, as the xlsx writer does.
    for (let c = this.rect.c0; c <= this.rect.c1; c++)
      this.sheet.columnWidths.set(c, pointsFromChars(chars));
  }
  set RowHeight(points: number) {
    this.host.cross("Range.RowHeight=");
    this.guard("rows");
    if (points > 409) throw refused("RowHeight above 409 points");
    for (let r = this.rect.r0; r <= this.rect.r1; r++) this.sheet.rowHeights.set(r, points);
  }
  get EntireRow(): { Hidden: boolean } {
    this.host.cross("Range.EntireRow");
    // The returned object's accessors act on this range; arrow functions cannot be accessors.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    return {
      get Hidden() {
        return self.sheet.hiddenRows.has(self.rect.r0);
      },
      set Hidden(v: boolean) {
        self.host.cross("EntireRow.Hidden=");
        self.guard("rows");
        for (let r = self.rect.r0; r <= self.rect.r1; r++)
          if (v) self.sheet.hiddenRows.add(r);
          else self.sheet.hiddenRows.delete(r);
      },
    };
  }
  get Left(): number {
    this.host.cross("Range.Left");
    let x = 0;
    for (let c = 0; c < this.rect.c0; c++)
      x += this.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
    return x;
  }
  get Top(): number {
    this.host.cross("Range.Top");
    let y = 0;
    for (let r = 0; r < this.rect.r0; r++) y += this.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
    return y;
  }
  Merge(): void {
    this.host.cross("Range.Merge");
    this.guard("merge");
    this.sheet.merges.push({ ...this.rect });
  }
  /** Select works on the active sheet only (VBA: "Select method of Range class failed"). */
  Select(): void {
    this.host.cross("Range.Select");
    if (this.host.state.activeSheet !== this.sheet)
      throw refused(`Range.Select on ${this.sheet.name}, which is not the active sheet`);
    this.host.state.selection = { sheet: this.sheet, rect: { ...this.rect } };
  }

  // ---- comments, conditional formats, validation ----

  /** AddComment on a cell that has one fails (VBA error 1004); a range adds to its first cell. */
  AddComment(text: string): Comment {
    this.host.cross("Range.AddComment");
    this.guard("notes");
    const key = this.host.key(this.rect.r0, this.rect.c0);
    if (this.sheet.notes.has(key))
      throw refused(`${cellA1(this.rect.r0, this.rect.c0)} already has a comment`);
    this.sheet.notes.set(key, { content: text, author: "WPS" });
    return new Comment(this.host, this.sheet, this.rect.r0, this.rect.c0);
  }
  get Comment(): Comment | null {
    this.host.cross("Range.Comment");
    const has = this.sheet.notes.has(this.host.key(this.rect.r0, this.rect.c0));
    return has ? new Comment(this.host, this.sheet, this.rect.r0, this.rect.c0) : null;
  }
  get FormatConditions(): FormatConditions {
    this.host.cross("Range.FormatConditions");
    return new FormatConditions(this.host, this.sheet, this.rect, this.ref);
  }
  get Validation(): Validation {
    this.host.cross("Range.Validation");
    return new Validation(this.host, this.sheet, this.rect);
  }
}

function value2Of(cell: CellState | undefined): Variant {
  if (!cell) return undefined;
  const v: CellValue | undefined = cell.formula !== undefined ? (cell.value ?? 0) : cell.value;
  if (v === undefined) return undefined;
  return isError(v) ? errorScode(v.error) : v;
}

function typedOf(input: unknown, cell: CellState, year: number): ReturnType<typeof parseWpsTyping> {
  if (input === null || input === undefined) return { kind: "blank" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw refused(`not a finite number: ${input}`);
    return { kind: "value", value: input };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input === "string") return parseWpsTyping(input, cell.numberFormat, year);
  if (typeof input === "object" && "error" in input)
    return { kind: "value", value: input as { error: string } };
  throw refused(`cannot write ${JSON.stringify(input)} to a cell`);
}

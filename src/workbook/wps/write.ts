import type { CellStyle, CellWrite, ProtectionOptions, WorkbookOpName, WriteOp } from "../port";
import { SheetLockedError, charsFromPoints, markFormula } from "../port";
import { marksToDelete } from "../marks";
import { cellPosition, columnLetter } from "../../layout";
import { XL } from "./enums";
import { a1, rectangles, type Box } from "./grid";
import type { Variant, WpsApplication, WpsWorkbook, WpsWorksheet } from "./host";

type Op<K extends WriteOp["op"]> = Extract<WriteOp, { op: K }>;

const POINTS_PER_INCH = 72;

/** VBA colours are numbers in blue-green-red order: RGB(r, g, b) = r + g·256 + b·65536. */
export const bgr = (rgb: string): number => {
  const n = parseInt(rgb.replace("#", ""), 16);
  return ((n >> 16) & 0xff) + (n & 0xff00) + ((n & 0xff) << 16);
};

const H_ALIGN = { left: XL.xlLeft, center: XL.xlCenter, right: XL.xlRight } as const;
const V_ALIGN = { top: XL.xlTop, middle: XL.xlCenter, bottom: XL.xlBottom } as const;
const EDGES = [
  XL.xlEdgeTop,
  XL.xlEdgeBottom,
  XL.xlEdgeLeft,
  XL.xlEdgeRight,
  XL.xlInsideVertical,
  XL.xlInsideHorizontal,
];
const VISIBLE = {
  visible: XL.xlSheetVisible,
  hidden: XL.xlSheetHidden,
  veryHidden: XL.xlSheetVeryHidden,
};
const CHART_TYPES = {
  pie: XL.xlPie,
  barClustered: XL.xlBarClustered,
  columnClustered: XL.xlColumnClustered,
};

/** Runs of equal values over consecutive keys: [first, last, value]. */
function runs<V>(entries: [number, V][]): [number, number, V][] {
  const out: [number, number, V][] = [];
  for (const [k, v] of [...entries].sort(([a], [b]) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === k - 1 && last[2] === v) last[1] = k;
    else out.push([k, k, v]);
  }
  return out;
}

/**
 * Executes write ops in order over WPS's object model. Every call is applied at once (the
 * model is synchronous), so a checkpoint needs no flush; each op writes whole ranges.
 */
export class WpsWriter {
  constructor(
    private readonly app: WpsApplication,
    private readonly wb: WpsWorkbook
  ) {}

  private sheet(name: string): WpsWorksheet {
    return this.wb.Sheets.Item(name);
  }

  execute(ops: WriteOp[]): void {
    for (const op of ops) this.apply(op);
  }

  private apply(op: WriteOp): void {
    switch (op.op) {
      case "checkpoint":
        return;
      case "addSheet":
        return this.addSheet(op);
      case "deleteSheet":
        return this.sheet(op.sheet).Delete();
      case "setVisibility":
        this.sheet(op.sheet).Visible = VISIBLE[op.visibility];
        return;
      case "renameSheet":
        this.sheet(op.sheet).Name = op.to;
        return;
      case "defineName":
        this.wb.Names.Add(op.name, `='${op.sheet.replace(/'/g, "''")}'!${absolute(op.address)}`);
        return;
      case "deleteName":
        return this.wb.Names.Item(op.name).Delete();
      case "protect":
        return protect(this.sheet(op.sheet), op.options);
      case "unprotect":
        return unprotect(this.sheet(op.sheet), op.sheet);
      case "activate":
        return this.sheet(op.sheet).Activate();
      case "select": {
        // Range.Select works on the active sheet only.
        const ws = this.sheet(op.sheet);
        ws.Activate();
        return ws.Range(op.address).Select();
      }
      case "freeze":
        return this.freeze(op);
      default:
        return applyToSheet(this.sheet(op.sheet), op);
    }
  }

  /** Sheets.Add makes the new sheet active: the user's sheet is made active again after. */
  private addSheet(op: Op<"addSheet">): void {
    const sheets = this.wb.Sheets;
    const active = this.app.ActiveSheet;
    const ws = sheets.Add(undefined, sheets.Item(sheets.Count));
    try {
      ws.Name = op.sheet;
    } catch (e) {
      // A sheet the host added but refused to name stays as "Sheet16", which clear cannot know
      // for the add-in's: take it away again (alerts are off while writing).
      ws.Delete();
      throw e;
    }
    if (op.tabColor) ws.Tab.Color = bgr(op.tabColor);
    if (active) active.Activate();
    if (op.visibility !== "visible") ws.Visible = VISIBLE[op.visibility];
  }

  /** Freeze panes belong to the window: the sheet is shown for it, then the user's sheet again. */
  private freeze(op: Op<"freeze">): void {
    const active = this.app.ActiveSheet;
    this.sheet(op.sheet).Activate();
    const window = this.app.ActiveWindow;
    window.SplitColumn = 0;
    window.SplitRow = op.rows;
    window.FreezePanes = op.rows > 0;
    if (active) active.Activate();
  }
}

/** Ops that write into one sheet; WPS freezes panes through the window, as the workbook does. */
type SheetOp = Exclude<WriteOp, { op: WorkbookOpName | "freeze" }>;

function applyToSheet(ws: WpsWorksheet, op: SheetOp): void {
  switch (op.op) {
    case "columns":
      for (const [c0, c1, w] of runs(op.widths.map((w, i) => [i, w])))
        ws.Range(`${columnLetter(c0)}1:${columnLetter(c1)}1`).ColumnWidth = charsFromPoints(w);
      return;
    case "rowHeights":
      for (const [r0, r1, h] of runs(Object.entries(op.heights).map(([r, h]) => [Number(r), h])))
        ws.Range(`A${r0}:A${r1}`).RowHeight = h;
      for (const [r0, r1] of runs((op.hidden ?? []).map((r) => [r, true])))
        ws.Range(`A${r0}:A${r1}`).EntireRow.Hidden = true;
      return;
    case "cells":
      return writeCells(ws, op.cells);
    case "merge":
      return ws.Range(op.range).Merge();
    case "table":
      return addTable(ws, op);
    case "listValidation":
      return addListValidation(ws, op);
    case "pageSetup":
      return setPage(ws, op);
    case "mark":
      return addMarks(ws, op);
    case "unmark":
      return unmark(ws);
    case "addNote":
      ws.Range(op.address).AddComment(op.text);
      return;
    case "deleteNote":
      return ws.Range(op.address).Comment?.Delete();
    case "chart":
      return addChart(ws, op);
  }
}

const absolute = (address: string) => address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

/**
 * Protect(Password, DrawingObjects, Contents, Scenarios, UserInterfaceOnly, AllowFormattingCells,
 * AllowFormattingColumns, AllowFormattingRows, AllowInsertingColumns, AllowInsertingRows,
 * AllowInsertingHyperlinks, AllowDeletingColumns, AllowDeletingRows, AllowSorting,
 * AllowFiltering, AllowUsingPivotTables), then what may be selected.
 */
function protect(ws: WpsWorksheet, o: ProtectionOptions): void {
  ws.Protect(
    undefined,
    !o.editObjects,
    true,
    !o.editScenarios,
    false,
    o.formatCells,
    o.formatColumns,
    o.formatRows,
    o.insertColumns,
    o.insertRows,
    o.insertHyperlinks,
    o.deleteColumns,
    o.deleteRows,
    o.sort,
    o.autoFilter,
    o.pivotTables
  );
  ws.EnableSelection = o.selectLockedCells
    ? XL.xlNoRestrictions
    : o.selectUnlockedCells
      ? XL.xlUnlockedCells
      : XL.xlNoSelection;
}

/** A sheet WPS will not unprotect without a password is locked to us: say so, not a raw error. */
function unprotect(ws: WpsWorksheet, name: string): void {
  try {
    ws.Unprotect();
  } catch (e) {
    if (ws.ProtectContents) throw new SheetLockedError(name);
    throw e;
  }
}

/** The cell's content as written through Formula: formulas with "=", text as typed, "" clears. */
function contentOf(c: CellWrite): Variant | typeof SKIP {
  if (c.formula) return `=${c.formula.text}`;
  if (c.value === null) return "";
  if (c.value === undefined || typeof c.value === "object") return SKIP;
  return c.value;
}
const SKIP = Symbol("leave the cell as it is");

/**
 * Cells by rectangles that hold only the op's cells (a VBA array write clears whatever it
 * covers): text cells are formatted "@" first so WPS stores them as typed, never parsed; then
 * the contents, one 2-D Formula write per rectangle; then the number formats and styles, each
 * a whole rectangle of cells that share it.
 */
function writeCells(ws: WpsWorksheet, cells: CellWrite[]): void {
  const isText = (c: CellWrite) => !c.formula && typeof c.value === "string";
  for (const rect of rectangles(cells.filter(isText).map((c) => c.address)))
    ws.Range(a1(rect)).NumberFormat = "@";
  const content = new Map<string, Variant>();
  for (const c of cells) {
    const v = contentOf(c);
    if (v !== SKIP) content.set(c.address, v);
  }
  for (const rect of rectangles([...content.keys()])) {
    const grid: Variant[][] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row: Variant[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) row.push(content.get(`${columnLetter(c)}${r + 1}`));
      grid.push(row);
    }
    ws.Range(a1(rect)).Formula = grid;
  }
  const byFormat = groupBy(
    cells.filter((c) => !isText(c) && c.style?.numFmt),
    (c) => c.style!.numFmt!
  );
  for (const [format, group] of byFormat)
    for (const rect of rectangles(group.map((c) => c.address)))
      ws.Range(a1(rect)).NumberFormat = format;
  writeStyles(ws, cells);
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) out.set(key(t), [...(out.get(key(t)) ?? []), t]);
  return out;
}

function writeStyles(ws: WpsWorksheet, cells: CellWrite[]): void {
  const styled = cells.flatMap((c) => {
    if (!c.style) return [];
    const { numFmt: _numFmt, ...rest } = c.style;
    void _numFmt;
    return Object.keys(rest).length ? [{ address: c.address, style: rest }] : [];
  });
  for (const group of groupBy(styled, (c) => JSON.stringify(c.style)).values())
    for (const rect of rectangles(group.map((c) => c.address)))
      applyStyle(ws, rect, group[0].style);
}

function applyStyle(ws: WpsWorksheet, rect: Box, s: CellStyle): void {
  const range = ws.Range(a1(rect));
  if (s.font) {
    const font = range.Font;
    if (s.font.name !== undefined) font.Name = s.font.name;
    if (s.font.size !== undefined) font.Size = s.font.size;
    if (s.font.bold !== undefined) font.Bold = s.font.bold;
    if (s.font.italic !== undefined) font.Italic = s.font.italic;
    if (s.font.color !== undefined) font.Color = bgr(s.font.color);
  }
  if (s.fill) range.Interior.Color = bgr(s.fill);
  else if (s.fill === null) range.Interior.ColorIndex = XL.xlNone;
  if (s.horizontal) range.HorizontalAlignment = H_ALIGN[s.horizontal];
  if (s.vertical) range.VerticalAlignment = V_ALIGN[s.vertical];
  if (s.wrap !== undefined) range.WrapText = s.wrap;
  if (s.border) {
    const borders = range.Borders;
    for (const edge of EDGES) {
      const b = borders.Item(edge);
      b.LineStyle = XL.xlContinuous;
      b.Color = bgr(s.border.color);
    }
  }
  if (s.locked !== undefined) range.Locked = s.locked;
}

/** Header and rows written as ranges first (text cells "@"), then the table over them. */
function addTable(ws: WpsWorksheet, op: Op<"table">): void {
  const start = cellPosition(op.topLeft);
  const width = op.headers.length;
  const header = ws.Range(
    a1({ r0: start.row, r1: start.row, c0: start.col, c1: start.col + width - 1 })
  );
  header.NumberFormat = "@";
  header.Value2 = [op.headers];
  if (op.rows.length) {
    const text: string[] = [];
    op.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v === "string") text.push(`${columnLetter(start.col + j)}${start.row + 2 + i}`);
      })
    );
    for (const rect of rectangles(text)) ws.Range(a1(rect)).NumberFormat = "@";
    ws.Range(
      a1({
        r0: start.row + 1,
        r1: start.row + op.rows.length,
        c0: start.col,
        c1: start.col + width - 1,
      })
    ).Value2 = op.rows.map((r) => r.map((v) => (v === null || typeof v === "object" ? null : v)));
  }
  const all = a1({
    r0: start.row,
    r1: start.row + Math.max(1, op.rows.length),
    c0: start.col,
    c1: start.col + width - 1,
  });
  const table = ws.ListObjects.Add(XL.xlSrcRange, ws.Range(all), undefined, XL.xlYes);
  table.Name = op.name;
  table.TableStyle = op.style;
}

function addListValidation(ws: WpsWorksheet, op: Op<"listValidation">): void {
  const v = ws.Range(op.range).Validation;
  v.Delete(); // Add fails where a rule exists
  v.Add(XL.xlValidateList, XL.xlValidAlertWarning, XL.xlBetween, op.choices.join(","));
  v.InCellDropdown = true;
  v.ErrorTitle = op.errorTitle;
  v.ErrorMessage = op.errorMessage;
}

function setPage(ws: WpsWorksheet, op: Op<"pageSetup">): void {
  const page = ws.PageSetup;
  page.Orientation = op.orientation === "landscape" ? XL.xlLandscape : XL.xlPortrait;
  page.PaperSize = XL.xlPaperA4;
  page.LeftMargin = op.margins.left * POINTS_PER_INCH;
  page.RightMargin = op.margins.right * POINTS_PER_INCH;
  page.TopMargin = op.margins.top * POINTS_PER_INCH;
  page.BottomMargin = op.margins.bottom * POINTS_PER_INCH;
  page.HeaderMargin = op.margins.header * POINTS_PER_INCH;
  page.FooterMargin = op.margins.footer * POINTS_PER_INCH;
  page.CenterHorizontally = op.centerHorizontally;
  if (op.fitToWidth) {
    page.Zoom = false;
    page.FitToPagesWide = 1;
    page.FitToPagesTall = op.fitToHeight ? 1 : false;
  }
  if (op.printTitleRows) page.PrintTitleRows = `$${op.printTitleRows[0]}:$${op.printTitleRows[1]}`;
}

/** One expression format per rectangle, found again by its formula. */
function addMarks(ws: WpsWorksheet, op: Op<"mark">): void {
  for (const rect of rectangles(op.addresses)) {
    const cf = ws
      .Range(a1(rect))
      .FormatConditions.Add(XL.xlExpression, undefined, `=${markFormula(op.severity)}`);
    cf.Interior.Color = bgr(op.fill);
    cf.Font.Color = bgr("FFFFFF");
    cf.Font.Bold = true;
  }
}

/** Our marks, found by formula among the sheet's formats and deleted from the last up (1-based). */
function unmark(ws: WpsWorksheet): void {
  const formats = ws.Cells.FormatConditions;
  const seen = [];
  for (let i = 1, count = formats.Count; i <= count; i++) {
    const f = formats.Item(i);
    seen.push({
      type: f.Type === XL.xlExpression ? "Custom" : String(f.Type),
      formula: f.Type === XL.xlExpression ? f.Formula1 : null,
    });
  }
  for (const i of marksToDelete(seen)) formats.Item(i + 1).Delete();
}

/** A chart placed over the cells from..to: ChartObjects.Add takes points, read from the cells. */
function addChart(ws: WpsWorksheet, op: Op<"chart">): void {
  const from = ws.Range(op.from);
  const to = ws.Range(op.to);
  const [left, top] = [from.Left, from.Top];
  const chart = ws.ChartObjects().Add(left, top, to.Left - left, to.Top - top);
  chart.Name = op.name;
  const c = chart.Chart;
  c.SetSourceData(ws.Range(op.data));
  c.ChartType = CHART_TYPES[op.kind];
  c.HasTitle = true;
  c.ChartTitle.Text = op.title;
}

import { columnLetter } from "../../layout";
import type { Capabilities, CellStyle, CellWrite, WorkbookOpName, WriteOp } from "../port";
import { SheetLockedError, markFormula } from "../port";
import { marksToDelete } from "../marks";
import { REQUEST_LIMIT, halve, splitLarge, wireBytes } from "../batching";
import { VISIBILITY, cellAddress, cellPosition, toOfficeProtection } from "./convert";

const POINTS_PER_INCH = 72;

type Op<K extends WriteOp["op"]> = Extract<WriteOp, { op: K }>;
type SheetOp = Exclude<WriteOp, { op: WorkbookOpName }>;

/**
 * Cells as few rectangles: runs along each row, stacked where consecutive rows have the same
 * run. Plain ranges work on every host (range areas need ExcelApi 1.9 and more requests).
 */
export function rectangles(addresses: string[]): string[] {
  const byRow = new Map<number, number[]>();
  for (const a of new Set(addresses)) {
    const { row, col } = cellPosition(a);
    byRow.set(row, [...(byRow.get(row) ?? []), col]);
  }
  const runs: { row: number; c0: number; c1: number }[] = [];
  for (const [row, cols] of [...byRow].sort(([x], [y]) => x - y)) {
    cols.sort((x, y) => x - y);
    let start = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i < cols.length && cols[i] === cols[i - 1] + 1) continue;
      runs.push({ row, c0: start, c1: cols[i - 1] });
      start = cols[i];
    }
  }
  const open = new Map<string, { r0: number; r1: number; c0: number; c1: number }>();
  const done: { r0: number; r1: number; c0: number; c1: number }[] = [];
  for (const run of runs) {
    const key = `${run.c0}:${run.c1}`;
    const rect = open.get(key);
    if (rect && rect.r1 === run.row - 1) rect.r1 = run.row;
    else {
      if (rect) done.push(rect);
      open.set(key, { r0: run.row, r1: run.row, c0: run.c0, c1: run.c1 });
    }
  }
  done.push(...open.values());
  return done.map((r) =>
    r.r0 === r.r1 && r.c0 === r.c1
      ? cellAddress(r.r0, r.c0)
      : `${cellAddress(r.r0, r.c0)}:${cellAddress(r.r1, r.c1)}`
  );
}

const hex = (rgb: string) => `#${rgb}`;

function applyFormat(format: Excel.RangeFormat, s: CellStyle): void {
  if (s.font) {
    if (s.font.name !== undefined) format.font.name = s.font.name;
    if (s.font.size !== undefined) format.font.size = s.font.size;
    if (s.font.bold !== undefined) format.font.bold = s.font.bold;
    if (s.font.italic !== undefined) format.font.italic = s.font.italic;
    if (s.font.color !== undefined) format.font.color = hex(s.font.color);
  }
  if (s.fill) format.fill.color = hex(s.fill);
  else if (s.fill === null) format.fill.clear();
  if (s.horizontal)
    format.horizontalAlignment = {
      left: "Left",
      center: "Center",
      right: "Right",
    }[s.horizontal] as Excel.HorizontalAlignment;
  if (s.vertical)
    format.verticalAlignment = {
      top: "Top",
      middle: "Center",
      bottom: "Bottom",
    }[s.vertical] as Excel.VerticalAlignment;
  if (s.wrap !== undefined) format.wrapText = s.wrap;
  if (s.border) {
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ]) {
      const b = format.borders.getItem(edge as Excel.BorderIndex);
      b.style = "Continuous" as Excel.BorderLineStyle;
      b.color = hex(s.border.color);
    }
  }
  if (s.locked !== undefined) format.protection.locked = s.locked;
}

const isCode = (e: unknown, code: string) => (e as { code?: unknown } | null)?.code === code;

/** A sheet's conditional formats, loaded in the run that deletes ours. */
interface SheetFormats {
  sheet: string;
  formats: Excel.ConditionalFormatCollection;
}

/**
 * Executes write ops in order over one request context, syncing at each checkpoint and before
 * a request would pass the cap. It decides nothing: each op says what to do.
 */
export class OfficeWriter {
  private bytes = 0;
  /** Ops queued since the last sync: what a refused request is made of. */
  private batch: WriteOp[] = [];
  private lookups: SheetFormats[] = [];
  private lookupsLoaded = false;
  private all: WriteOp[] = [];
  private unprotecting: string[] = [];

  constructor(private readonly capabilities: Capabilities) {}

  async execute(context: Excel.RequestContext, ops: WriteOp[]): Promise<void> {
    this.all = splitLarge(ops);
    this.queueMarkLookups(context, this.all);
    for (const op of this.all) await this.step(context, op);
    if (this.bytes > 0) await this.flush(context);
  }

  /** Queues one op, sending what is queued first where a checkpoint or the budget says so. */
  private async step(context: Excel.RequestContext, op: WriteOp): Promise<void> {
    if (op.op === "checkpoint") {
      await this.flush(context);
      return;
    }
    const size = wireBytes(op);
    if (this.bytes > 0 && this.bytes + size > REQUEST_LIMIT) await this.flush(context);
    // Old marks are deleted by positions read in this run: the formats must be loaded first.
    if (op.op === "unmark" && !this.lookupsLoaded) await this.flush(context);
    if (this.bytes === 0) this.begin(context);
    this.bytes += size;
    this.batch.push(op);
    this.apply(context, op);
  }

  /**
   * Sends the queued ops. A request over the host's cap is refused whole, so it is safe to
   * send again in two halves, in order.
   */
  private async flush(context: Excel.RequestContext): Promise<void> {
    const ops = this.batch;
    try {
      await this.sync(context);
    } catch (e) {
      const halves = isCode(e, "RequestPayloadSizeLimitExceeded") ? halve(ops) : undefined;
      if (!halves) throw e;
      if (!this.lookupsLoaded) this.queueMarkLookups(context, this.all);
      for (const half of halves) {
        for (const op of half) await this.step(context, op);
        await this.flush(context);
      }
    }
  }

  private begin(context: Excel.RequestContext): void {
    // Formulas recalculate once, after the batch, not after every write.
    context.application.suspendApiCalculationUntilNextSync();
  }

  private async sync(context: Excel.RequestContext): Promise<void> {
    try {
      await context.sync();
      this.lookupsLoaded = true;
    } catch (e) {
      if (!isCode(e, "RequestPayloadSizeLimitExceeded")) await this.explainRefusal(context);
      throw e;
    } finally {
      this.bytes = 0;
      this.batch = [];
      this.unprotecting = [];
    }
  }

  /** A sheet Excel would not unprotect has a password: say so, rather than a raw AccessDenied. */
  private async explainRefusal(context: Excel.RequestContext): Promise<void> {
    if (!this.unprotecting.length) return;
    const states = this.unprotecting.map((s) => ({
      sheet: s,
      p: context.workbook.worksheets.getItem(s).protection.load("protected"),
    }));
    try {
      await context.sync();
    } catch {
      return;
    }
    const locked = states.find((s) => s.p.protected);
    if (locked) throw new SheetLockedError(locked.sheet);
  }

  /**
   * Old marks are found by their formula in this run's own read of the formats (a format's id
   * is its position, which any add or delete moves: never one read in an earlier run).
   */
  private queueMarkLookups(context: Excel.RequestContext, ops: WriteOp[]): void {
    this.lookups = [];
    const sheets = new Set(ops.flatMap((o) => (o.op === "unmark" ? [o.sheet] : [])));
    for (const sheet of sheets) {
      const formats = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
      formats.load("items/type,items/customOrNullObject/rule/formula");
      this.lookups.push({ sheet, formats });
    }
  }

  private apply(context: Excel.RequestContext, op: WriteOp): void {
    const wb = context.workbook;
    switch (op.op) {
      case "addSheet": {
        const ws = wb.worksheets.add(op.sheet);
        if (op.tabColor) ws.tabColor = hex(op.tabColor);
        if (op.visibility !== "visible") ws.visibility = VISIBILITY[op.visibility];
        return;
      }
      case "deleteSheet":
        wb.worksheets.getItem(op.sheet).delete();
        return;
      case "setVisibility":
        wb.worksheets.getItem(op.sheet).visibility = VISIBILITY[op.visibility];
        return;
      case "renameSheet":
        wb.worksheets.getItem(op.sheet).name = op.to;
        return;
      case "defineName":
        wb.names.add(op.name, wb.worksheets.getItem(op.sheet).getRange(op.address));
        return;
      case "deleteName":
        wb.names.getItem(op.name).delete();
        return;
      case "protect":
        wb.worksheets.getItem(op.sheet).protection.protect(toOfficeProtection(op.options));
        return;
      case "unprotect":
        this.unprotecting.push(op.sheet);
        wb.worksheets.getItem(op.sheet).protection.unprotect();
        return;
      case "activate":
        wb.worksheets.getItem(op.sheet).activate();
        return;
      case "select":
        wb.worksheets.getItem(op.sheet).getRange(op.address).select();
        return;
      case "checkpoint":
        return;
      default:
        this.applyToSheet(wb.worksheets.getItem(op.sheet), op);
    }
  }

  private applyToSheet(ws: Excel.Worksheet, op: SheetOp): void {
    switch (op.op) {
      case "columns":
        op.widths.forEach((w, i) => {
          const c = columnLetter(i);
          ws.getRange(`${c}:${c}`).format.columnWidth = w;
        });
        return;
      case "rowHeights":
        for (const [r, h] of Object.entries(op.heights))
          ws.getRange(`${r}:${r}`).format.rowHeight = h;
        for (const r of op.hidden ?? []) ws.getRange(`${r}:${r}`).rowHidden = true;
        return;
      case "cells":
        writeCells(ws, op.cells);
        return;
      case "merge":
        ws.getRange(op.range).merge(false);
        return;
      case "table":
        addTable(ws, op);
        return;
      case "listValidation":
        addListValidation(ws, op);
        return;
      case "freeze":
        ws.freezePanes.freezeRows(op.rows);
        return;
      case "pageSetup":
        setPage(ws, op);
        return;
      case "mark":
        addMarks(ws, op);
        return;
      case "unmark":
        this.unmark(op);
        return;
      case "addNote":
        ws.notes.add(op.address, op.text);
        return;
      case "deleteNote":
        ws.notes.getItem(op.address).delete();
        return;
      case "chart":
        addChart(ws, op);
        return;
    }
  }

  /** Deletes every mark of ours on the sheet in this batch, lowest priority first. */
  private unmark(op: Op<"unmark">): void {
    const seen = this.lookups.find((x) => x.sheet === op.sheet);
    if (!seen) throw new Error(`unmark on ${op.sheet} without this run's read of its formats`);
    const items = seen.formats.items;
    const positions = marksToDelete(
      items.map((f) => ({
        type: String(f.type),
        formula: f.customOrNullObject.isNullObject ? null : f.customOrNullObject.rule.formula,
      }))
    );
    for (const i of positions) items[i].delete();
  }
}

type Grid = (string | number | boolean | null)[][];

/**
 * Cells as 2-D arrays over their bounding box (null leaves a cell as it is): text cells are
 * formatted "@" before any value is written, so Excel stores them as typed, never parsed.
 */
function writeCells(ws: Excel.Worksheet, cells: CellWrite[]): void {
  if (!cells.length) return;
  const pos = cells.map((c) => cellPosition(c.address));
  const top = Math.min(...pos.map((p) => p.row));
  const left = Math.min(...pos.map((p) => p.col));
  const rows = Math.max(...pos.map((p) => p.row)) - top + 1;
  const cols = Math.max(...pos.map((p) => p.col)) - left + 1;
  const grid = (): Grid => Array.from({ length: rows }, () => Array<null>(cols).fill(null));
  const text = grid();
  const content = grid();
  const formats = grid();
  let hasText = false;
  let hasContent = false;
  let hasFormats = false;
  cells.forEach((c, k) => {
    const i = pos[k].row - top;
    const j = pos[k].col - left;
    const isText = !c.formula && typeof c.value === "string";
    if (isText) {
      text[i][j] = "@";
      hasText = true;
    } else if (c.style?.numFmt) {
      formats[i][j] = c.style.numFmt;
      hasFormats = true;
    }
    if (c.formula) content[i][j] = `=${c.formula.text}`;
    else if (c.value === null) content[i][j] = "";
    else if (c.value !== undefined && typeof c.value !== "object") content[i][j] = c.value;
    if (content[i][j] !== null) hasContent = true;
  });
  const box = ws.getRangeByIndexes(top, left, rows, cols);
  if (hasText) box.numberFormat = text;
  if (hasContent) box.formulas = content;
  if (hasFormats) box.numberFormat = formats;
  writeStyles(ws, cells);
}

/** Cells sharing a style are formatted together, as range areas. */
function writeStyles(ws: Excel.Worksheet, cells: CellWrite[]): void {
  const groups = new Map<string, { style: CellStyle; addresses: string[] }>();
  for (const c of cells) {
    if (!c.style) continue;
    const { numFmt: _numFmt, ...rest } = c.style;
    void _numFmt;
    if (!Object.keys(rest).length) continue;
    const key = JSON.stringify(rest);
    const g = groups.get(key) ?? { style: rest, addresses: [] as string[] };
    g.addresses.push(c.address);
    groups.set(key, g);
  }
  for (const { style, addresses } of groups.values())
    for (const rect of rectangles(addresses)) applyFormat(ws.getRange(rect).format, style);
}

function addTable(ws: Excel.Worksheet, op: Op<"table">): void {
  const { row, col } = cellPosition(op.topLeft);
  const width = op.headers.length;
  const height = Math.max(1, op.rows.length);
  const header = ws.getRangeByIndexes(row, col, 1, width);
  header.numberFormat = [op.headers.map(() => "@")];
  header.values = [op.headers];
  if (op.rows.length) {
    const body = ws.getRangeByIndexes(row + 1, col, op.rows.length, width);
    body.numberFormat = op.rows.map((r) => r.map((v) => (typeof v === "string" ? "@" : null)));
    body.values = op.rows.map((r) =>
      r.map((v) => (v === null || typeof v === "object" ? null : v))
    ) as Grid;
  }
  const range = ws.getRangeByIndexes(row, col, 1 + height, width);
  const table = ws.tables.add(range, true);
  table.name = op.name;
  table.style = op.style;
}

function setPage(ws: Excel.Worksheet, op: Op<"pageSetup">): void {
  const page = ws.pageLayout;
  page.orientation = (
    op.orientation === "landscape" ? "Landscape" : "Portrait"
  ) as Excel.PageOrientation;
  page.paperSize = "A4" as Excel.PaperType;
  page.leftMargin = op.margins.left * POINTS_PER_INCH;
  page.rightMargin = op.margins.right * POINTS_PER_INCH;
  page.topMargin = op.margins.top * POINTS_PER_INCH;
  page.bottomMargin = op.margins.bottom * POINTS_PER_INCH;
  page.headerMargin = op.margins.header * POINTS_PER_INCH;
  page.footerMargin = op.margins.footer * POINTS_PER_INCH;
  page.centerHorizontally = op.centerHorizontally;
  if (op.fitToWidth)
    page.zoom = { horizontalFitToPages: 1, verticalFitToPages: op.fitToHeight ? 1 : 0 };
  if (op.printTitleRows)
    page.setPrintTitleRows(`$${op.printTitleRows[0]}:$${op.printTitleRows[1]}`);
}

function addListValidation(ws: Excel.Worksheet, op: Op<"listValidation">): void {
  const dv = ws.getRange(op.range).dataValidation;
  dv.rule = { list: { inCellDropDown: true, source: op.choices.join(",") } };
  dv.errorAlert = {
    showAlert: true,
    style: "Warning" as Excel.DataValidationAlertStyle,
    title: op.errorTitle,
    message: op.errorMessage,
  };
}

/** Our marks: one custom conditional format per rectangle, recognised later by its formula. */
function addMarks(ws: Excel.Worksheet, op: Op<"mark">): void {
  for (const rect of rectangles(op.addresses)) {
    const cf = ws.getRange(rect).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    cf.custom.rule.formula = `=${markFormula(op.severity)}`;
    cf.custom.format.fill.color = hex(op.fill);
    cf.custom.format.font.color = "#FFFFFF";
    cf.custom.format.font.bold = true;
  }
}

const CHART_TYPES = {
  pie: "Pie",
  barClustered: "BarClustered",
  columnClustered: "ColumnClustered",
} as const;

function addChart(ws: Excel.Worksheet, op: Op<"chart">): void {
  const chart = ws.charts.add(
    CHART_TYPES[op.kind] as Excel.ChartType,
    ws.getRange(op.data),
    "Auto" as Excel.ChartSeriesBy
  );
  chart.name = op.name;
  chart.title.text = op.title;
  chart.setPosition(op.from, op.to);
}

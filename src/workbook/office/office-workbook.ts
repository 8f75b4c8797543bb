import type {
  Capabilities,
  CellRead,
  CellValue,
  ReadRequest,
  ReadResult,
  SheetState,
  TableRead,
  WorkbookPort,
  WriteOp,
} from "../port";
import { cellKey } from "../port";
import {
  cellAddress,
  cellPosition,
  cellRead,
  fromOfficeProtection,
  splitAddress,
  topLeft,
  visibilityOf,
} from "./convert";
import { OfficeWriter } from "./office-write";

/** `Excel.run`, or a host that behaves like it (the fake Excel in tests). */
export type ExcelRun = typeof Excel.run;

export interface OfficeEnv {
  /** `Office.context.requirements.isSetSupported`, passed in by the host glue. */
  isSetSupported(set: string, version: string): boolean;
  run?: ExcelRun;
  /** The Excel namespace of the loaded client (default the page's `Excel`): feature detection. */
  excel?: typeof Excel;
}

/**
 * Notes need ExcelApi 1.18 on the host and a client that has the API: a host can report 1.18
 * while the office.js it loaded predates notes (`@microsoft/office-js` 1.1.110 has no
 * NoteCollection), and `workbook.notes` is then undefined.
 */
function clientHasNotes(env: OfficeEnv): boolean {
  const excel = env.excel ?? (typeof Excel === "undefined" ? undefined : Excel);
  return excel === undefined || "NoteCollection" in excel;
}

const CELL_PROPS = ["values", "formulas", "numberFormat", "valueTypes"];

type Loaded = Excel.Range;

function cellsOf(
  sheet: string,
  range: Pick<TableCells, "values" | "formulas" | "numberFormat" | "valueTypes">,
  origin: string
): CellRead[][] {
  const { row, col } = topLeft(origin);
  return range.values.map((line, i) =>
    line.map((value, j) =>
      cellRead(
        sheet,
        cellAddress(row + i, col + j),
        value,
        range.formulas[i][j],
        range.numberFormat[i][j],
        range.valueTypes[i][j]
      )
    )
  );
}

interface Pending {
  sheets: Excel.WorksheetCollection;
  /** Structure protection, where the host has it (ExcelApi 1.7). */
  structure?: Excel.WorkbookProtection;
  names: Excel.NamedItemCollection;
  tables: Excel.TableCollection;
  notes?: Excel.NoteCollection;
}

/**
 * The WorkbookPort over Office.js: a read in two `context.sync()` calls (what exists, then the
 * cells), a write in as few as the ops' checkpoints and the request cap allow. Only this folder
 * calls the workbook API.
 */
export class OfficeWorkbook implements WorkbookPort {
  readonly capabilities: Capabilities;

  constructor(private readonly env: OfficeEnv) {
    this.capabilities = {
      notes: env.isSetSupported("ExcelApi", "1.18") && clientHasNotes(env),
      charts: true,
      undoGroup: env.isSetSupported("ExcelApi", "1.20"),
    };
  }

  /**
   * Excel.run with the options this host has: wait while the user is typing in a cell
   * (delayForCellEdit, ExcelApi 1.11) instead of failing with InvalidOperationInCellEditMode.
   */
  private runBatch<T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    options: Excel.RunOptions = {}
  ): Promise<T> {
    const wait = this.env.isSetSupported("ExcelApi", "1.11") ? { delayForCellEdit: true } : {};
    return this.run({ ...wait, ...options }, batch);
  }

  private get run(): ExcelRun {
    return this.env.run ?? Excel.run;
  }

  async read(request: ReadRequest): Promise<ReadResult> {
    return this.runBatch(async (context) => {
      const wb = context.workbook;
      const pending: Pending = {
        sheets: wb.worksheets.load("items/name,items/visibility"),
        structure: this.env.isSetSupported("ExcelApi", "1.7")
          ? wb.protection.load("protected")
          : undefined,
        names: wb.names.load("items/name,items/type,items/value"),
        tables: wb.tables.load("items/name"),
        notes:
          request.notes && this.capabilities.notes ? wb.notes.load("items/content") : undefined,
      };
      await context.sync();
      try {
        return await this.readContent(context, request, pending, false);
      } catch (e) {
        // Excel on the web caps a response at 5 MB: read the tables again in parts.
        if ((e as { code?: string }).code !== "ResponsePayloadSizeLimitExceeded") throw e;
        return this.readContent(context, request, pending, true);
      }
    });
  }

  private async readContent(
    context: Excel.RequestContext,
    request: ReadRequest,
    pending: Pending,
    inParts: boolean
  ): Promise<ReadResult> {
    const sheets = pending.sheets.items.map((ws) => ws.name);
    const protections = pending.sheets.items.map((ws) => ws.protection.load("protected,options"));
    const names = this.queueNames(context, request, pending, sheets);
    const tables = this.queueTables(request, pending, inParts);
    const cells = request.cells
      ?.filter((c) => sheets.includes(c.sheet))
      .map((c) => ({
        at: c,
        range: context.workbook.worksheets.getItem(c.sheet).getRange(c.address).load(CELL_PROPS),
      }));
    const used = (request.sheetValues ?? [])
      .filter((s) => sheets.includes(s))
      .map((s) => ({
        sheet: s,
        range: context.workbook.worksheets
          .getItem(s)
          .getUsedRangeOrNullObject(true)
          .load("address,values,valueTypes"),
      }));
    const notes = pending.notes?.items.map((n) => ({
      note: n,
      at: n.getLocation().load("address"),
    }));
    await context.sync();

    const result: ReadResult = {
      sheets,
      sheetState: sheetStates(pending.sheets.items, protections),
      ...(pending.structure ? { structureProtected: pending.structure.protected } : {}),
      definedNames: pending.names.items.map((n) => n.name),
      names: {},
      tables: {},
      cells: {},
    };
    for (const [name, { sheet, address, range }] of names)
      result.names[name] = cellsOf(sheet, range, address)[0][0];
    const tableRanges = inParts ? await readInParts(context, tables) : tables;
    for (const [name, range] of tableRanges) result.tables[name] = tableRead(name, range);
    for (const c of cells ?? [])
      result.cells[cellKey(c.at.sheet, c.at.address)] = cellsOf(
        c.at.sheet,
        c.range,
        c.at.address
      )[0][0];
    if (used.length)
      result.sheetValues = Object.fromEntries(used.map((u) => [u.sheet, usedValues(u.range)]));
    if (notes) result.notes = notesByCell(notes);
    return result;
  }

  /** Requested names that point at one cell of an existing sheet, queued for loading. */
  private queueNames(
    context: Excel.RequestContext,
    request: ReadRequest,
    pending: Pending,
    sheets: string[]
  ): Map<string, { sheet: string; address: string; range: Loaded }> {
    const wanted = new Set(request.names);
    const out = new Map<string, { sheet: string; address: string; range: Loaded }>();
    for (const item of pending.names.items) {
      if (!wanted.has(item.name) || String(item.type) !== "Range") continue;
      const ref = splitAddress(String(item.value));
      if (!ref || ref.address.includes(":") || !sheets.includes(ref.sheet)) continue;
      const range = context.workbook.worksheets
        .getItem(ref.sheet)
        .getRange(ref.address)
        .load(CELL_PROPS);
      out.set(item.name, { ...ref, range });
    }
    return out;
  }

  private queueTables(
    request: ReadRequest,
    pending: Pending,
    addressOnly: boolean
  ): Map<string, Loaded> {
    const wanted = new Set(request.tables);
    const out = new Map<string, Loaded>();
    for (const table of pending.tables.items) {
      if (!wanted.has(table.name)) continue;
      out.set(
        table.name,
        table.getRange().load(addressOnly ? ["address"] : ["address", ...CELL_PROPS])
      );
    }
    return out;
  }

  async write(ops: WriteOp[]): Promise<void> {
    const execute = (context: Excel.RequestContext) =>
      new OfficeWriter(this.capabilities).execute(context, ops);
    if (this.capabilities.undoGroup) {
      try {
        await this.runBatch(execute, { mergeUndoGroup: true });
        return;
      } catch (e) {
        // A host that reports 1.20 yet lacks undo grouping: write without grouping.
        if ((e as { code?: string }).code !== "ApiNotFound") throw e;
      }
    }
    await this.runBatch(execute);
  }
}

/** A loaded table, or its rows read in parts: the same shape either way. */
interface TableCells {
  address: string;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

/** About what one cell of the four properties costs in a response, in bytes. */
const CELL_RESPONSE_BYTES = 120;
const RESPONSE_BUDGET = 4 * 1024 * 1024;

/**
 * Tables whose whole read would pass the response cap, read in row slices, as many slices a
 * sync as fit the budget: one more round trip per 4 MB.
 */
async function readInParts(
  context: Excel.RequestContext,
  tables: Map<string, Loaded>
): Promise<Map<string, TableCells>> {
  const rowsPerSlice = (cols: number) =>
    Math.max(1, Math.floor(RESPONSE_BUDGET / (cols * CELL_RESPONSE_BYTES)));
  const slices: { name: string; range: Loaded; cells: number }[] = [];
  for (const [name, whole] of tables) {
    const ref = splitAddress(whole.address)!;
    const [from, to] = ref.address.split(":");
    const start = cellPosition(from);
    const end = cellPosition(to ?? from);
    const cols = end.col - start.col + 1;
    const ws = context.workbook.worksheets.getItem(ref.sheet);
    for (let r = start.row; r <= end.row; r += rowsPerSlice(cols)) {
      const rows = Math.min(rowsPerSlice(cols), end.row - r + 1);
      slices.push({
        name,
        range: ws.getRangeByIndexes(r, start.col, rows, cols),
        cells: rows * cols,
      });
    }
  }
  let budget = 0;
  for (const slice of slices) {
    if (budget > 0 && budget + slice.cells * CELL_RESPONSE_BYTES > RESPONSE_BUDGET) {
      // One sync per 4 MB of response: the cap, not a habit, makes this a loop.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      budget = 0;
    }
    slice.range.load(CELL_PROPS);
    budget += slice.cells * CELL_RESPONSE_BYTES;
  }
  await context.sync();
  const out = new Map<string, TableCells>();
  for (const [name, whole] of tables) {
    const parts = slices.filter((s) => s.name === name).map((s) => s.range);
    out.set(name, {
      address: whole.address,
      values: parts.flatMap((p) => p.values),
      formulas: parts.flatMap((p) => p.formulas),
      numberFormat: parts.flatMap((p) => p.numberFormat),
      valueTypes: parts.flatMap((p) => p.valueTypes),
    });
  }
  return out;
}

function tableRead(name: string, range: TableCells): TableRead {
  const ref = splitAddress(range.address)!;
  const [header, ...rows] = cellsOf(ref.sheet, range, ref.address);
  return {
    name,
    sheet: ref.sheet,
    range: ref.address,
    headers: header.map((c) => (c.value === null ? "" : String(c.value))),
    rows,
  };
}

function usedValues(range: Excel.Range): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  if (range.isNullObject) return out;
  const ref = splitAddress(range.address)!;
  const { row, col } = topLeft(ref.address);
  range.values.forEach((line, i) =>
    line.forEach((value, j) => {
      if (value === "" || value === null) return;
      out[cellAddress(row + i, col + j)] =
        range.valueTypes[i][j] === "Error" ? { error: String(value) } : (value as CellValue);
    })
  );
  return out;
}

/** Each sheet's visibility and protection, from the loaded sheets and their protections. */
function sheetStates(
  sheets: Excel.Worksheet[],
  protections: Excel.WorksheetProtection[]
): Record<string, SheetState> {
  const states: Record<string, SheetState> = {};
  sheets.forEach((ws, i) => {
    const p = protections[i];
    states[ws.name] = {
      visibility: visibilityOf(ws.visibility),
      protection: p.protected ? { options: fromOfficeProtection(p.options) } : null,
    };
  });
  return states;
}

function notesByCell(notes: { note: Excel.Note; at: Excel.Range }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of notes) {
    const at = splitAddress(n.at.address);
    if (at) out[cellKey(at.sheet, at.address)] = n.note.content;
  }
  return out;
}

import type {
  CellRead,
  CellValue,
  ProtectionOptions,
  ReadRequest,
  ReadResult,
  SheetState,
  TableRead,
  Visibility,
} from "../port";
import { cellKey } from "../port";
import { addr, cellPosition } from "../../layout";
import { XL, errorText } from "./enums";
import { a1, boxAround, boxOf, rectangles, rowsOf, type Box } from "./grid";
import type { Variant, WpsRange, WpsWorkbook, WpsWorksheet } from "./host";

/** WPS names the General format "G/通用格式" in Chinese builds; both mean General. */
const GENERAL = new Set(["General", "G/通用格式"]);

/** What a box of cells holds, read by whole ranges: values, formulas, formats, error texts. */
interface BoxRead {
  box: Box;
  values: Variant[][];
  formulas: Variant[][];
  /** Per cell; undefined where it was not asked for. */
  formats: (string | undefined)[][];
  /** Error text by "row,col" offset within the box. */
  errors: Map<string, string>;
}

/**
 * Cells holding an error: their Value2 is an SCODE, a plain number, so they are found by
 * SpecialCells (formulas, then constants) — two calls for the whole box, not one per cell.
 * Only areas inside the box count: on a one-cell range SpecialCells searches the used range.
 */
function errorCells(ws: WpsWorksheet, box: Box): Map<string, string> {
  const out = new Map<string, string>();
  const range = ws.Range(a1(box));
  for (const type of [XL.xlCellTypeFormulas, XL.xlCellTypeConstants]) {
    let found: WpsRange;
    try {
      found = range.SpecialCells(type, XL.xlErrors);
    } catch {
      continue; // "no cells were found" is an error in VBA
    }
    const areas = found.Areas;
    for (let i = 1, count = areas.Count; i <= count; i++) {
      const area = areas.Item(i);
      const b = boxOf(area.Address());
      if (b.r1 < box.r0 || b.r0 > box.r1 || b.c1 < box.c0 || b.c0 > box.c1) continue;
      const values = rowsOf(area.Value2);
      for (let r = Math.max(b.r0, box.r0); r <= Math.min(b.r1, box.r1); r++)
        for (let c = Math.max(b.c0, box.c0); c <= Math.min(b.c1, box.c1); c++) {
          const v = values[r - b.r0][c - b.c0];
          const text = typeof v === "number" ? errorText(v) : undefined;
          out.set(
            `${r - box.r0},${c - box.c0}`,
            text ?? ws.Range(addr(c, r + 1)).Text ?? "#VALUE!"
          );
        }
    }
  }
  return out;
}

/**
 * Number formats of the wanted cells. A range's NumberFormat reads null when its cells differ
 * (VBA), so a box is split — by columns first, as a table's formats go by column — until each
 * part reads one format; parts without a wanted cell are never asked.
 */
function numberFormats(ws: WpsWorksheet, box: Box, parts: Box[]): (string | undefined)[][] {
  const out: (string | undefined)[][] = Array.from({ length: box.r1 - box.r0 + 1 }, () =>
    Array<string | undefined>(box.c1 - box.c0 + 1).fill(undefined)
  );
  const visit = (b: Box): void => {
    const format = ws.Range(a1(b)).NumberFormat;
    if (format !== null) {
      for (let r = b.r0; r <= b.r1; r++)
        for (let c = b.c0; c <= b.c1; c++) out[r - box.r0][c - box.c0] = format;
      return;
    }
    if (b.c0 < b.c1) {
      const mid = Math.floor((b.c0 + b.c1) / 2);
      visit({ ...b, c1: mid });
      visit({ ...b, c0: mid + 1 });
    } else if (b.r0 < b.r1) {
      const mid = Math.floor((b.r0 + b.r1) / 2);
      visit({ ...b, r1: mid });
      visit({ ...b, r0: mid + 1 });
    }
  };
  for (const part of parts) visit(part);
  return out;
}

/**
 * A box read whole; its number formats asked part by part (a table's header row and body; the
 * few rectangles scattered named cells make), so one odd cell does not split the whole box.
 */
function readBox(ws: WpsWorksheet, box: Box, parts: Box[]): BoxRead {
  const range = ws.Range(a1(box));
  return {
    box,
    values: rowsOf(range.Value2),
    formulas: rowsOf(range.Formula),
    formats: numberFormats(ws, box, parts),
    errors: errorCells(ws, box),
  };
}

/** One cell of a box read, as the port describes it. */
function cellOf(sheet: string, read: BoxRead, r: number, c: number): CellRead {
  const [i, j] = [r - read.box.r0, c - read.box.c0];
  const raw = read.values[i][j];
  const error = read.errors.get(`${i},${j}`);
  let value: CellValue;
  if (error !== undefined) value = { error };
  else if (raw === undefined || raw === null || raw === "") value = null;
  else value = raw;
  const out: CellRead = { sheet, address: addr(c, r + 1), value };
  const formula = read.formulas[i][j];
  // A text cell holding "=x" reads back through Formula as "=x": a formula is only what does not.
  if (typeof formula === "string" && formula.startsWith("=") && raw !== formula)
    out.formula = formula.slice(1);
  const format = read.formats[i][j];
  if (format !== undefined && !GENERAL.has(format)) out.numFmt = format;
  return out;
}

const VISIBILITY: Record<number, Visibility> = {
  [XL.xlSheetVisible]: "visible",
  [XL.xlSheetHidden]: "hidden",
  [XL.xlSheetVeryHidden]: "veryHidden",
};

function protectionOf(ws: WpsWorksheet): ProtectionOptions {
  const p = ws.Protection;
  const selection = ws.EnableSelection;
  return {
    selectLockedCells: selection === XL.xlNoRestrictions,
    selectUnlockedCells: selection !== XL.xlNoSelection,
    formatCells: p.AllowFormattingCells === true,
    formatColumns: p.AllowFormattingColumns === true,
    formatRows: p.AllowFormattingRows === true,
    insertColumns: p.AllowInsertingColumns === true,
    insertRows: p.AllowInsertingRows === true,
    insertHyperlinks: p.AllowInsertingHyperlinks === true,
    deleteColumns: p.AllowDeletingColumns === true,
    deleteRows: p.AllowDeletingRows === true,
    sort: p.AllowSorting === true,
    autoFilter: p.AllowFiltering === true,
    pivotTables: p.AllowUsingPivotTables === true,
    editObjects: !ws.ProtectDrawingObjects,
    editScenarios: !ws.ProtectScenarios,
  };
}

/** Splits "='My Sheet'!$A$1" into sheet and address. */
export function splitRef(ref: string): { sheet: string; address: string } | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(ref);
  if (!m) return undefined;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: m[3].replace(/\$/g, "") };
}

/** A cell the read wants: a defined name's cell, or a requested cell (by its "sheet!A1" key). */
interface Wanted {
  key: string;
  name?: string;
  row: number;
  col: number;
}

/** Every sheet with its visibility and protection, in tab order. */
function readSheets(wb: WpsWorkbook): {
  worksheets: Map<string, WpsWorksheet>;
  sheetState: Record<string, SheetState>;
} {
  const worksheets = new Map<string, WpsWorksheet>();
  const sheetState: Record<string, SheetState> = {};
  const all = wb.Sheets;
  for (let i = 1, count = all.Count; i <= count; i++) {
    const ws = all.Item(i);
    const name = ws.Name;
    worksheets.set(name, ws);
    sheetState[name] = {
      visibility: VISIBILITY[ws.Visible] ?? "visible",
      protection: ws.ProtectContents ? { options: protectionOf(ws) } : null,
    };
  }
  return { worksheets, sheetState };
}

/**
 * Every workbook-scoped name, and the cells of the wanted ones that point at one cell of an
 * existing sheet. The object model has no bulk read of names: three calls a name.
 */
function readNames(
  wb: WpsWorkbook,
  wanted: Set<string>,
  exists: (sheet: string) => boolean
): { definedNames: string[]; cells: { sheet: string; cell: Wanted }[] } {
  const definedNames: string[] = [];
  const cells: { sheet: string; cell: Wanted }[] = [];
  const names = wb.Names;
  for (let i = 1, count = names.Count; i <= count; i++) {
    const item = names.Item(i);
    const name = item.Name;
    if (name.includes("!")) continue; // sheet-scoped (Print_Titles and the like)
    definedNames.push(name);
    if (!wanted.has(name)) continue;
    const ref = splitRef(item.RefersTo);
    if (ref && !ref.address.includes(":") && exists(ref.sheet))
      cells.push({ sheet: ref.sheet, cell: { key: "", name, ...cellPosition(ref.address) } });
  }
  return { definedNames, cells };
}

/** A whole read: what exists, then each sheet's wanted cells and tables as whole boxes. */
export function readWorkbook(wb: WpsWorkbook, request: ReadRequest): ReadResult {
  const { worksheets, sheetState } = readSheets(wb);
  const named = readNames(wb, new Set(request.names), (s) => worksheets.has(s));
  const result: ReadResult = {
    sheets: [...worksheets.keys()],
    sheetState,
    structureProtected: wb.ProtectStructure,
    definedNames: named.definedNames,
    names: {},
    tables: {},
    cells: {},
  };
  const wanted = new Map<string, Wanted[]>();
  const want = (sheet: string, cell: Wanted) =>
    wanted.set(sheet, [...(wanted.get(sheet) ?? []), cell]);
  for (const { sheet, cell } of named.cells) want(sheet, cell);
  for (const c of request.cells ?? [])
    if (worksheets.has(c.sheet))
      want(c.sheet, { key: cellKey(c.sheet, c.address), ...cellPosition(c.address) });
  for (const [sheet, cells] of wanted) {
    const parts = rectangles(cells.map((p) => addr(p.col, p.row + 1)));
    const read = readBox(worksheets.get(sheet)!, boxAround(cells), parts);
    for (const p of cells) {
      const cell = cellOf(sheet, read, p.row, p.col);
      if (p.name) result.names[p.name] = cell;
      else result.cells[p.key] = cell;
    }
  }
  readTables(worksheets, new Set(request.tables), result);
  if (request.sheetValues?.length)
    result.sheetValues = readSheetValues(worksheets, request.sheetValues);
  if (request.notes) result.notes = readNotes(worksheets);
  return result;
}

function readTables(
  worksheets: Map<string, WpsWorksheet>,
  wanted: Set<string>,
  result: ReadResult
): void {
  if (!wanted.size) return;
  for (const [sheet, ws] of worksheets) {
    const list = ws.ListObjects;
    for (let i = 1, count = list.Count; i <= count; i++) {
      const table = list.Item(i);
      const name = table.Name;
      if (!wanted.has(name)) continue;
      const box = boxOf(table.Range.Address());
      const headerRow = { ...box, r1: box.r0 };
      const bodyRows = { ...box, r0: box.r0 + 1 };
      const read = readBox(ws, box, box.r1 > box.r0 ? [headerRow, bodyRows] : [headerRow]);
      const rows: CellRead[][] = [];
      for (let r = box.r0; r <= box.r1; r++) {
        const row: CellRead[] = [];
        for (let c = box.c0; c <= box.c1; c++) row.push(cellOf(sheet, read, r, c));
        rows.push(row);
      }
      const [header, ...body] = rows;
      const tableRead: TableRead = {
        name,
        sheet,
        range: a1(box),
        headers: header.map((c) => (c.value === null ? "" : String(c.value))),
        rows: body,
      };
      result.tables[name] = tableRead;
    }
  }
}

function readSheetValues(
  worksheets: Map<string, WpsWorksheet>,
  wanted: string[]
): Record<string, Record<string, CellValue>> {
  const out: Record<string, Record<string, CellValue>> = {};
  for (const sheet of wanted) {
    const ws = worksheets.get(sheet);
    if (!ws) continue;
    const used = ws.UsedRange;
    const box = boxOf(used.Address());
    const values = rowsOf(used.Value2);
    const errors = errorCells(ws, box);
    const cells: Record<string, CellValue> = {};
    values.forEach((line, i) =>
      line.forEach((v, j) => {
        const error = errors.get(`${i},${j}`);
        if (error !== undefined) cells[addr(box.c0 + j, box.r0 + i + 1)] = { error };
        else if (v !== undefined && v !== null && v !== "")
          cells[addr(box.c0 + j, box.r0 + i + 1)] = v;
      })
    );
    out[sheet] = cells;
  }
  return out;
}

function readNotes(worksheets: Map<string, WpsWorksheet>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [sheet, ws] of worksheets) {
    const comments = ws.Comments;
    for (let i = 1, count = comments.Count; i <= count; i++) {
      const comment = comments.Item(i);
      out[cellKey(sheet, comment.Parent.Address().replace(/\$/g, ""))] = comment.Text();
    }
  }
  return out;
}

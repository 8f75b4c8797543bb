import type ExcelJS from "exceljs";
// The in-memory Workbook alone: ExcelJS's entry point also loads its streaming reader and writer,
// which the adapter never uses (about 11 MB of every command's resident memory).
import Workbook from "exceljs/lib/doc/workbook";
import JSZip from "jszip";
import type {
  Capabilities,
  CellRead,
  CellValue,
  ProtectionOptions,
  ReadRequest,
  ReadResult,
  SheetState,
  TableRead,
  Visibility,
  WorkbookPort,
  WriteOp,
} from "../port";
import { SheetLockedError, cellKey, charsFromPoints } from "../port";
import { beforeLoad, repairWrittenPart } from "./exceljs-defects";
import {
  argb,
  noteText,
  removeNote,
  toCellValue,
  toExcelValue,
  type StyleCache,
} from "./cell-codec";
import { addListValidation, addMarks, removeMarks, setPage, writeCell } from "./sheet-writes";
import { writeWorkbook } from "./write";

const UNSUPPORTED: [RegExp, string][] = [
  [/^xl\/charts\//, "图表 charts"],
  [/^xl\/pivotTables\//, "数据透视表 pivot tables"],
  [/^xl\/slicers?\//, "切片器 slicers"],
  [/^xl\/timelines?\//, "日程表 timelines"],
  [/^xl\/vbaProject\.bin$/, "宏 macros"],
  [/^xl\/externalLinks\//, "外部链接 external links"],
  [/^xl\/drawings\/drawing\d+\.xml$/, "图形、图片 drawings and pictures"],
  [/^xl\/ctrlProps\//, "表单控件 form controls"],
];

/** What a workbook holds that ExcelJS cannot carry through a save (PRODUCT.md §5). */
export function unsupportedParts(zip: JSZip): string[] {
  const names = Object.keys(zip.files);
  return UNSUPPORTED.filter(([re]) => names.some((n) => re.test(n))).map(([, label]) => label);
}

/**
 * ExcelJS has no API to remove a note: a cell keeps it in _comment, and a loaded cell also in
 * its value model, from which it would be written again.
 */
interface TableModel {
  name: string;
  ref: string;
  tableRef?: string;
}

/** The typings omit the loaded tables' model, which is where a read table keeps its range. */
function tablesOf(ws: ExcelJS.Worksheet): { table: TableModel }[] {
  return Object.values(
    (ws as unknown as { tables: Record<string, { table: TableModel }> }).tables ?? {}
  );
}

/** Parses "'My Sheet'!$A$1" or "Sheet!$A$1:$B$2". */
function parseRef(ref: string): { sheet: string; address: string } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(ref);
  if (!m) return undefined;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: m[3].replace(/\$/g, "") };
}

function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function absolute(address: string): string {
  return address
    .split(":")
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}

/** Options ExcelJS's model holds as "allowed" flags under the same names as ours. */
const ALLOW_KEYS = [
  "formatCells",
  "formatColumns",
  "formatRows",
  "insertColumns",
  "insertRows",
  "insertHyperlinks",
  "deleteColumns",
  "deleteRows",
  "sort",
  "autoFilter",
  "pivotTables",
] as const;

interface ProtectionModel extends Partial<Record<(typeof ALLOW_KEYS)[number], boolean>> {
  sheet?: boolean;
  selectLockedCells?: boolean;
  selectUnlockedCells?: boolean;
  /** false: objects (scenarios) are protected; absent: editing them is allowed. */
  objects?: boolean;
  scenarios?: boolean;
  hashValue?: string;
  password?: string;
}

function protectionOptions(model: ProtectionModel): ProtectionOptions {
  const options = {
    selectLockedCells: model.selectLockedCells !== false,
    selectUnlockedCells: model.selectUnlockedCells !== false,
    editObjects: model.objects !== false,
    editScenarios: model.scenarios !== false,
  } as ProtectionOptions;
  for (const k of ALLOW_KEYS) options[k] = model[k] === true;
  return options;
}

function protectionModel(o: ProtectionOptions): Record<string, boolean> {
  const model: Record<string, boolean> = {
    selectLockedCells: o.selectLockedCells,
    selectUnlockedCells: o.selectUnlockedCells,
  };
  for (const k of ALLOW_KEYS) model[k] = o[k];
  if (!o.editObjects) model.objects = false;
  if (!o.editScenarios) model.scenarios = false;
  return model;
}

function sheetState(ws: ExcelJS.Worksheet): SheetState {
  const model = (ws as unknown as { sheetProtection?: ProtectionModel | null }).sheetProtection;
  const visibility: Visibility =
    ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible";
  if (!model?.sheet) return { visibility, protection: null };
  return {
    visibility,
    protection: {
      options: protectionOptions(model),
      password: Boolean(model.hashValue || model.password),
    },
  };
}

/** Excel's refusal of a write on a protected sheet, mirrored so tests catch what Excel would. */
function refuseIfProtected(ws: ExcelJS.Worksheet, what: string): void {
  if (sheetState(ws).protection)
    throw new Error(`AccessDenied: ${what} on protected sheet ${ws.name}`);
}

/** Ops that write into one sheet, as opposed to the workbook's sheets, names and views. */
type SheetOp = Extract<
  WriteOp,
  {
    op:
      | "columns"
      | "rowHeights"
      | "cells"
      | "merge"
      | "table"
      | "listValidation"
      | "freeze"
      | "pageSetup"
      | "mark"
      | "unmark"
      | "addNote"
      | "deleteNote";
  }
>;

/** Excel refuses to protect a protected sheet (office-js#6784): so does this adapter. */
function protect(ws: ExcelJS.Worksheet, options: ProtectionOptions): void {
  if (sheetState(ws).protection) throw new Error(`AccessDenied: ${ws.name} is protected`);
  void ws.protect("", protectionModel(options));
}

function unprotect(ws: ExcelJS.Worksheet): void {
  const state = sheetState(ws).protection;
  if (!state) throw new Error(`AccessDenied: ${ws.name} is not protected`);
  if (state.password) throw new SheetLockedError(ws.name);
  ws.unprotect();
}

function addNote(ws: ExcelJS.Worksheet, address: string, text: string): void {
  const cell = ws.getCell(address);
  if (noteText(cell.note) !== null)
    throw new Error(`InvalidArgument: ${ws.name}!${address} already has a note`);
  cell.note = text;
}

function deleteNote(ws: ExcelJS.Worksheet, address: string): void {
  const cell = ws.getCell(address);
  if (noteText(cell.note) === null)
    throw new Error(`ItemNotFound: ${ws.name}!${address} has no note`);
  removeNote(cell);
}

/** The WorkbookPort over an ExcelJS workbook: the CLI's and the tests' host. */
export class XlsxWorkbook implements WorkbookPort {
  /** Calculated-column formulas by table, written into the table parts on save. */
  private readonly tableFormulas = new Map<string, Record<string, string>>();
  /** Styles this adapter has made, shared by the cells that take the same (cell-codec.ts). */
  private readonly styles: StyleCache = new Map();

  readonly capabilities: Capabilities = { notes: true, charts: false, undoGroup: false };

  constructor(readonly workbook: ExcelJS.Workbook) {}

  /** Calculated-column formulas by table and header (kept outside ExcelJS's model). */
  calculatedColumns(): Record<string, Record<string, string>> {
    return Object.fromEntries(this.tableFormulas);
  }

  static create(): XlsxWorkbook {
    const wb = new Workbook();
    wb.creator = "绩效自评助手";
    wb.created = new Date(0);
    wb.modified = new Date(0);
    wb.calcProperties.fullCalcOnLoad = false;
    return new XlsxWorkbook(wb);
  }

  static async load(data: Buffer | ArrayBuffer): Promise<XlsxWorkbook> {
    return XlsxWorkbook.fromZip(await JSZip.loadAsync(data));
  }

  /** Parts of the loaded file that ExcelJS drops on save, named for the user. */
  lost: string[] = [];

  static async fromZip(zip: JSZip): Promise<XlsxWorkbook> {
    const lost = unsupportedParts(zip);
    const formulas = await beforeLoad(zip);
    const wb = new Workbook();
    await wb.xlsx.load((await zip.generateAsync({ type: "nodebuffer" })) as unknown as ArrayBuffer);
    const x = new XlsxWorkbook(wb);
    for (const [t, f] of formulas) x.tableFormulas.set(t, f);
    x.lost = lost;
    return x;
  }

  /** The package, written once with ExcelJS's defects repaired part by part as it is zipped. */
  async toBuffer(): Promise<Buffer> {
    return writeWorkbook(this.workbook, (path, xml) =>
      repairWrittenPart(path, xml, this.tableFormulas)
    );
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  }

  private readCell(ws: ExcelJS.Worksheet, address: string): CellRead {
    const cell = ws.getCell(address);
    const formula = cell.formula;
    // A formula cell's value object drops falsy cached results (0, ""); cell.result keeps them.
    // ExcelJS also reads an empty cached string (<v></v>) as no result at all.
    const value = formula
      ? toCellValue((cell.result ?? "") as ExcelJS.CellValue)
      : toCellValue(cell.value);
    const read: CellRead = { sheet: ws.name, address, value };
    if (formula) read.formula = formula;
    if (cell.numFmt) read.numFmt = cell.numFmt;
    return read;
  }

  async read(request: ReadRequest): Promise<ReadResult> {
    const result: ReadResult = {
      sheets: this.workbook.worksheets.map((w) => w.name),
      sheetState: Object.fromEntries(this.workbook.worksheets.map((w) => [w.name, sheetState(w)])),
      definedNames: this.definedNames(),
      names: {},
      tables: {},
      cells: {},
    };
    for (const name of request.sheetValues ?? []) {
      const ws = this.workbook.getWorksheet(name);
      if (!ws) continue;
      const values: Record<string, CellValue> = {};
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          // A merged range holds its value once, in its top-left cell; ExcelJS echoes it in the others.
          if (cell.isMerged && cell.master.address !== cell.address) return;
          const v = cell.formula
            ? toCellValue((cell.result ?? "") as ExcelJS.CellValue)
            : toCellValue(cell.value);
          if (v !== null && v !== "") values[cell.address] = v;
        })
      );
      (result.sheetValues ??= {})[name] = values;
    }
    for (const at of request.cells ?? []) {
      const ws = this.workbook.getWorksheet(at.sheet);
      if (!ws) continue;
      result.cells[cellKey(at.sheet, at.address)] = this.readCell(ws, at.address);
    }
    if (request.notes) result.notes = this.readNotes();
    for (const n of request.names) {
      const ranges = this.workbook.definedNames.getRanges(n).ranges;
      const ref = ranges.length === 1 ? parseRef(ranges[0]) : undefined;
      const ws = ref && this.workbook.getWorksheet(ref.sheet);
      result.names[n] =
        ws && ref && !ref.address.includes(":") ? this.readCell(ws, ref.address) : undefined;
    }
    const wanted = new Set(request.tables);
    for (const ws of this.workbook.worksheets) {
      for (const t of tablesOf(ws)) {
        const model = t.table;
        if (!wanted.has(model.name)) continue;
        result.tables[model.name] = this.readTable(ws, model.name, model.tableRef ?? model.ref);
      }
    }
    return result;
  }

  private definedNames(): string[] {
    const model = this.workbook.definedNames.model as { name: string }[];
    return [...new Set(model.map((n) => n.name))];
  }

  private readNotes(): Record<string, string> {
    const notes: Record<string, string> = {};
    for (const ws of this.workbook.worksheets) {
      // A note sits as often on an empty cell (a field left blank) as on a filled one.
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const text = noteText(cell.note);
          if (text !== null) notes[cellKey(ws.name, cell.address)] = text;
        })
      );
    }
    return notes;
  }

  private readTable(ws: ExcelJS.Worksheet, name: string, range: string): TableRead {
    const [tl, br] = range.split(":");
    const top = ws.getCell(tl);
    const bottom = ws.getCell(br ?? tl);
    const firstCol = Number(top.col);
    const lastCol = Number(bottom.col);
    const headerRow = Number(top.row);
    const lastRow = Number(bottom.row);
    const headers: string[] = [];
    for (let c = firstCol; c <= lastCol; c++)
      headers.push(String(toCellValue(ws.getCell(headerRow, c).value) ?? ""));
    const rows: CellRead[][] = [];
    for (let r = headerRow + 1; r <= lastRow; r++) {
      const cells: CellRead[] = [];
      for (let c = firstCol; c <= lastCol; c++)
        cells.push(this.readCell(ws, ws.getCell(r, c).address));
      rows.push(cells);
    }
    return { name, sheet: ws.name, range, headers, rows };
  }

  async write(ops: WriteOp[]): Promise<void> {
    for (const op of ops) this.apply(op);
  }

  private apply(op: WriteOp): void {
    switch (op.op) {
      case "addSheet":
        if (this.workbook.getWorksheet(op.sheet)) throw new Error(`sheet ${op.sheet} exists`);
        this.workbook.addWorksheet(op.sheet, {
          properties: op.tabColor ? { tabColor: { argb: argb(op.tabColor) } } : {},
          state: op.visibility,
          // ExcelJS reads a missing firstPageNumber as 1 and then writes it: state it from the start.
          pageSetup: { firstPageNumber: 1 },
        });
        return;
      case "setVisibility":
        this.sheet(op.sheet).state = op.visibility;
        return;
      case "renameSheet":
        this.sheet(op.sheet).name = op.to;
        return;
      case "deleteSheet": {
        const ws = this.sheet(op.sheet);
        if (ws.state === "veryHidden")
          throw new Error(`InvalidOperation: very hidden sheet ${op.sheet} cannot be deleted`);
        this.workbook.removeWorksheet(ws.id);
        return;
      }
      case "protect":
        protect(this.sheet(op.sheet), op.options);
        return;
      case "unprotect":
        unprotect(this.sheet(op.sheet));
        return;
      case "checkpoint":
        return;
      case "activate":
        this.workbook.views = [
          { ...(this.workbook.views?.[0] ?? {}), activeTab: this.sheetIndex(op.sheet) },
        ] as ExcelJS.WorkbookView[];
        return;
      case "select": {
        const ws = this.sheet(op.sheet);
        ws.views = [{ ...(ws.views?.[0] ?? {}), activeCell: op.address }];
        return;
      }
      case "chart":
        throw new Error("charts are not supported by the ExcelJS adapter");
      case "defineName":
        this.defineName(op.name, op.sheet, op.address);
        return;
      case "deleteName":
        this.deleteName(op.name);
        return;
      default:
        this.applyToSheet(op, this.sheet(op.sheet));
    }
  }

  private defineName(name: string, sheet: string, address: string): void {
    if (this.definedNames().includes(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
    this.workbook.definedNames.add(`${quoteSheet(sheet)}!${absolute(address)}`, name);
  }

  private deleteName(name: string): void {
    if (!this.definedNames().includes(name)) throw new Error(`ItemNotFound: name ${name}`);
    // ExcelJS has no API to remove a name; its names live in this map.
    delete (this.workbook.definedNames as unknown as { matrixMap: Record<string, unknown> })
      .matrixMap[name];
  }

  private sheetIndex(name: string): number {
    return this.workbook.worksheets.findIndex((w) => w.name === name);
  }

  /** Ops that write into a sheet: refused on a protected sheet, as Excel refuses them. */
  private applyToSheet(op: SheetOp, ws: ExcelJS.Worksheet): void {
    refuseIfProtected(ws, op.op);
    switch (op.op) {
      case "columns":
        op.widths.forEach((w, i) => (ws.getColumn(i + 1).width = charsFromPoints(w)));
        return;
      case "rowHeights":
        for (const [r, h] of Object.entries(op.heights)) ws.getRow(Number(r)).height = h;
        for (const r of op.hidden ?? []) ws.getRow(r).hidden = true;
        return;
      case "cells":
        for (const c of op.cells) writeCell(ws, c, this.styles);
        return;
      case "merge":
        ws.mergeCells(op.range);
        return;
      case "table":
        this.addTable(ws, op);
        return;
      case "listValidation":
        addListValidation(ws, op);
        return;
      case "freeze":
        ws.views = [{ state: "frozen", ySplit: op.rows, xSplit: 0 }];
        return;
      case "pageSetup":
        setPage(ws, op);
        return;
      case "mark":
        addMarks(ws, op);
        return;
      case "unmark":
        removeMarks(ws);
        return;
      case "addNote":
        addNote(ws, op.address, op.text);
        return;
      case "deleteNote":
        deleteNote(ws, op.address);
        return;
    }
  }

  private addTable(ws: ExcelJS.Worksheet, op: Extract<WriteOp, { op: "table" }>): void {
    ws.addTable({
      name: op.name,
      displayName: op.name,
      ref: op.topLeft,
      headerRow: true,
      style: { theme: op.style, showRowStripes: false },
      columns: op.headers.map((h) => ({ name: h, filterButton: true })),
      rows: op.rows.map((r) => r.map(toExcelValue)),
    } as ExcelJS.TableProperties);
    if (op.formulas && Object.keys(op.formulas).length)
      this.tableFormulas.set(op.name, op.formulas);
  }
}

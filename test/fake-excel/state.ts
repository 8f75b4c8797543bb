import type { Rect } from "./address";
import { MAX_COLS, rectContains } from "./address";
import type { CellFormat, Color } from "./styles";
import { DEFAULT_FORMAT } from "./styles";

/** The in-memory workbook behind the fake host: what tests set up and assert on. */

export type ErrorValue = { error: string };
export type CellValue = number | string | boolean | ErrorValue;

export interface CellState {
  /** Constant, or a formula's last computed result; undefined = blank. */
  value?: CellValue;
  /** With the leading "=". */
  formula?: string;
  numberFormat: string;
  format: CellFormat;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** Excel.WorksheetProtectionOptions, every flag explicit. */
export interface ProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: string;
}

export const DEFAULT_PROTECTION_OPTIONS: ProtectionOptions = Object.freeze({
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
});

export interface ProtectionState {
  protected: boolean;
  options: ProtectionOptions;
  /** The password set through the fake; a file's password hash cannot be reversed. */
  password?: string;
  /** A file's password hash (kept for saving): no password unprotects it in the fake. */
  hash?: Record<string, string | number>;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  centerHorizontally: boolean;
  centerVertically: boolean;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** "$1:$3" or null. */
  printTitleRows: string | null;
}

export const DEFAULT_PAGE_LAYOUT: PageLayoutState = Object.freeze({
  orientation: "Portrait",
  paperSize: "Letter",
  centerHorizontally: false,
  centerVertically: false,
  leftMargin: 50.4,
  rightMargin: 50.4,
  topMargin: 54,
  bottomMargin: 54,
  headerMargin: 21.6,
  footerMargin: 21.6,
  zoom: { scale: 100 },
  printTitleRows: null,
}) as PageLayoutState;

export interface ValidationState {
  rule: { list?: { inCellDropDown: boolean; source: string } } & Record<string, unknown>;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
  ignoreBlanks: boolean;
}

/**
 * A conditional format. It has no identity of its own: Excel's `ConditionalFormat.id` is its
 * priority, i.e. its position in the sheet's list (index 0 is the top priority).
 */
export interface ConditionalFormatState {
  type: "Custom";
  ranges: Rect[];
  formula: string;
  fill: Color | null;
  fontColor: string | null;
  /** Bold text where the format applies (not kept in .xlsx by the fake's writer). */
  fontBold?: boolean | null;
  priority: number;
  stopIfTrue: boolean;
}

export interface ChartState {
  id: number;
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title: string;
  position: { start: string; end?: string } | null;
}

export interface NoteState {
  content: string;
  author: string;
}

export interface SheetState {
  id: number;
  name: string;
  visibility: Visibility;
  tabColor: string;
  protection: ProtectionState;
  cells: Map<number, CellState>;
  merges: Rect[];
  /** Points, by 0-based column / row; absent = default. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  /** 0-based rows hidden (Range.rowHidden). */
  hiddenRows: Set<number>;
  freezeRows: number;
  freezeColumns: number;
  pageLayout: PageLayoutState;
  /** By cell key; cells that share a rule share the object. */
  validations: Map<number, ValidationState>;
  conditionalFormats: ConditionalFormatState[];
  charts: ChartState[];
  notes: Map<number, NoteState>;
  deleted: boolean;
}

export interface NameState {
  name: string;
  /** A range reference, or null when its sheet was deleted (#REF!). */
  ref: { sheet: SheetState; rect: Rect } | null;
  /** A constant or formula name kept as text ("=0.5"), when ref is absent on purpose. */
  formulaText?: string;
  comment: string;
  visible: boolean;
}

export interface TableState {
  id: number;
  name: string;
  sheet: SheetState;
  /** Header row included; no totals row. */
  rect: Rect;
  style: string;
  showFilterButton: boolean;
  /** Calculated-column formulas by header, as a file carries them (round trip only). */
  calculatedColumns?: Record<string, string>;
}

export interface WorkbookState {
  /** In tab order: position = index. */
  sheets: SheetState[];
  names: NameState[];
  tables: TableState[];
  activeSheet: SheetState | null;
  selection: { sheet: SheetState; rect: Rect } | null;
  counters: { sheet: number; table: number; chart: number; conditionalFormat: number };
  /** Bumped on any change formulas depend on beyond cell contents (sheets, names, tables). */
  structureVersion: number;
  /** Cell contents changed since the last calculation. */
  calcDirty: boolean;
  /** Workbook structure protection (审阅 → 保护工作簿): null when off; the password if any. */
  structureProtection?: { password?: string } | null;
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLS);
}

export function keyCol(key: number): number {
  return key % MAX_COLS;
}

export function newCell(): CellState {
  return { numberFormat: "General", format: DEFAULT_FORMAT };
}

export function createSheet(state: WorkbookState, name: string): SheetState {
  state.counters.sheet += 1;
  return {
    id: state.counters.sheet,
    name,
    visibility: "Visible",
    tabColor: "",
    protection: { protected: false, options: { ...DEFAULT_PROTECTION_OPTIONS } },
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    freezeRows: 0,
    freezeColumns: 0,
    pageLayout: { ...DEFAULT_PAGE_LAYOUT, zoom: { ...DEFAULT_PAGE_LAYOUT.zoom } },
    validations: new Map(),
    conditionalFormats: [],
    charts: [],
    notes: new Map(),
    deleted: false,
  };
}

/** A workbook with the given sheets (default one "Sheet1"), the first active. */
export function createWorkbook(sheetNames: string[] = ["Sheet1"]): WorkbookState {
  const state: WorkbookState = {
    sheets: [],
    names: [],
    tables: [],
    activeSheet: null,
    selection: null,
    counters: { sheet: 0, table: 0, chart: 0, conditionalFormat: 0 },
    structureVersion: 0,
    calcDirty: true,
  };
  for (const n of sheetNames) state.sheets.push(createSheet(state, n));
  state.activeSheet = state.sheets[0] ?? null;
  return state;
}

export function findSheet(state: WorkbookState, name: string): SheetState | undefined {
  const lower = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function getCell(sheet: SheetState, row: number, col: number): CellState | undefined {
  return sheet.cells.get(cellKey(row, col));
}

/** The cell, created blank if absent (for writes). */
export function touchCell(sheet: SheetState, row: number, col: number): CellState {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = newCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Stored cells inside a rectangle, without visiting the (possibly huge) empty rest. */
export function* storedCellsIn(
  sheet: SheetState,
  rect: Rect
): Generator<[row: number, col: number, cell: CellState]> {
  const area = (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
  if (area <= sheet.cells.size) {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const cell = sheet.cells.get(cellKey(r, c));
        if (cell) yield [r, c, cell];
      }
    }
    return;
  }
  for (const [key, cell] of sheet.cells) {
    const r = keyRow(key);
    const c = keyCol(key);
    if (rectContains(rect, r, c)) yield [r, c, cell];
  }
}

/** Convenience for tests: a cell's value by A1 address ("" when blank). */
export function isError(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && "error" in v;
}

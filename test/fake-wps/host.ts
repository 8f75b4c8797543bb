import type { Rect } from "../fake-excel/address";
import { MAX_COLS, MAX_ROWS, parseA1, qualified, rectA1 } from "../fake-excel/address";
import { recalculate } from "../fake-excel/calc";
import { addName, deleteName, findName, parseRangeReference } from "../fake-excel/names";
import { addChart } from "../fake-excel/objects";
import {
  activate,
  addSheet,
  deleteSheet,
  guardStructure,
  renameSheet,
  setVisibility,
} from "../fake-excel/sheets";
import type { SheetState, TableState, Visibility, WorkbookState } from "../fake-excel/state";
import {
  cellKey,
  createWorkbook,
  DEFAULT_PROTECTION_OPTIONS,
  findSheet,
  keyCol,
  keyRow,
} from "../fake-excel/state";
import { addTable, findTable, renameTable } from "../fake-excel/tables";
import { guardWrite } from "../fake-excel/guards";
import { XL } from "./enums";
import { FakeWpsError, OUT_OF_RANGE, asWps, refused } from "./errors";
import { WpsRange, rgbOfBgr } from "./range";
import { Comment } from "./range-parts";

export interface FakeWpsOptions {
  state?: WorkbookState;
  /** Year for typed dates without one ("9月27日"). */
  currentYear?: number;
}

const VISIBILITY: Record<number, Visibility> = {
  [XL.xlSheetVisible]: "Visible",
  [XL.xlSheetHidden]: "Hidden",
  [XL.xlSheetVeryHidden]: "VeryHidden",
};

/**
 * A fake WPS 表格 host: an in-memory workbook (the fake Excel's state, so files load and save
 * the same way) behind WPS's synchronous, VBA-shaped JS object model — `Application`,
 * `ActiveWorkbook.Sheets.Item(…)`, `Range(…).Value2` — with 1-based collections, BGR colours,
 * VBA enum values, and errors where WPS refuses. Every property access and call is one crossing
 * of the add-in bridge, counted in `calls` (the adapter is held to whole-range work by it).
 */
export class FakeWps {
  state: WorkbookState;
  readonly currentYear: number;
  calls = 0;
  /** Names of the calls made, in order (for tests that pin what the adapter does). */
  readonly trace: string[] = [];
  screenUpdating = true;
  calculation: number = XL.xlCalculationAutomatic;
  displayAlerts = true;
  readonly storage = new Map<string, unknown>();
  readonly taskPanes: TaskPane[] = [];
  readonly dialogs: {
    url: string;
    title: string;
    width: number;
    height: number;
    modal: boolean;
  }[] = [];
  private failure: { countdown: number } | null = null;
  readonly Application: Application;

  constructor(options: FakeWpsOptions = {}) {
    this.state = options.state ?? createWorkbook();
    this.currentYear = options.currentYear ?? new Date().getFullYear();
    this.Application = new Application(this);
  }

  /** The n-th bridge call from now (1-based) fails, as a call refused by the host would. */
  failAt(n: number): void {
    this.failure = { countdown: n };
  }

  cross(what: string): void {
    this.calls += 1;
    this.trace.push(what);
    if (this.failure && --this.failure.countdown === 0) {
      this.failure = null;
      throw refused(`fake-wps: injected failure at ${what}`);
    }
  }

  key(row: number, col: number): number {
    return cellKey(row, col);
  }

  markDirty(): void {
    this.state.calcDirty = true;
  }

  /** Formulas recalculate before a read unless calculation is manual (then reads are stale). */
  beforeRead(): void {
    if (this.state.calcDirty && this.calculation === XL.xlCalculationAutomatic)
      recalculate(this.state);
  }

  range(sheet: SheetState, rect: Rect): WpsRange {
    return new WpsRange(this, sheet, [rect]);
  }

  worksheetOf(sheet: SheetState): Worksheet {
    return new Worksheet(this, sheet);
  }

  /** The bounding box of every stored cell (contents or format): VBA's UsedRange. */
  usedRect(sheet: SheetState): Rect {
    if (!sheet.cells.size) return { r0: 0, r1: 0, c0: 0, c1: 0 };
    let r0 = MAX_ROWS,
      r1 = 0,
      c0 = MAX_COLS,
      c1 = 0;
    for (const key of sheet.cells.keys()) {
      const r = keyRow(key);
      const c = keyCol(key);
      [r0, r1, c0, c1] = [Math.min(r0, r), Math.max(r1, r), Math.min(c0, c), Math.max(c1, c)];
    }
    return { r0, r1, c0, c1 };
  }
}

/** The Application object a WPS add-in page sees as `window.Application`. */
export class Application {
  constructor(private readonly host: FakeWps) {}

  get ActiveWorkbook(): Workbook {
    this.host.cross("Application.ActiveWorkbook");
    return new Workbook(this.host);
  }
  get ActiveSheet(): Worksheet | null {
    this.host.cross("Application.ActiveSheet");
    const s = this.host.state.activeSheet;
    return s ? new Worksheet(this.host, s) : null;
  }
  get Selection(): WpsRange | null {
    this.host.cross("Application.Selection");
    const sel = this.host.state.selection;
    return sel ? this.host.range(sel.sheet, sel.rect) : null;
  }
  get ScreenUpdating(): boolean {
    this.host.cross("Application.ScreenUpdating");
    return this.host.screenUpdating;
  }
  set ScreenUpdating(v: boolean) {
    this.host.cross("Application.ScreenUpdating=");
    this.host.screenUpdating = Boolean(v);
  }
  get Calculation(): number {
    this.host.cross("Application.Calculation");
    return this.host.calculation;
  }
  /** Back to automatic recalculates what changed meanwhile, as Excel does. */
  set Calculation(v: number) {
    this.host.cross("Application.Calculation=");
    if (
      ![XL.xlCalculationAutomatic, XL.xlCalculationManual, XL.xlCalculationSemiautomatic].includes(
        v as never
      )
    )
      throw refused(`Calculation ${v}`);
    this.host.calculation = v;
    this.host.beforeRead();
  }
  get DisplayAlerts(): boolean {
    this.host.cross("Application.DisplayAlerts");
    return this.host.displayAlerts;
  }
  set DisplayAlerts(v: boolean) {
    this.host.cross("Application.DisplayAlerts=");
    this.host.displayAlerts = Boolean(v);
  }
  /** Freeze panes live on the window of the active sheet (VBA: ActiveWindow.SplitRow/FreezePanes). */
  get ActiveWindow(): { SplitRow: number; SplitColumn: number; FreezePanes: boolean } {
    this.host.cross("Application.ActiveWindow");
    const host = this.host;
    const sheet = () => {
      const s = host.state.activeSheet;
      if (!s) throw refused("no active sheet");
      return s;
    };
    let split = sheet().freezeRows;
    return {
      get SplitRow() {
        return split;
      },
      set SplitRow(n: number) {
        host.cross("Window.SplitRow=");
        split = n;
      },
      SplitColumn: 0,
      get FreezePanes() {
        return sheet().freezeRows > 0;
      },
      set FreezePanes(v: boolean) {
        host.cross("Window.FreezePanes=");
        sheet().freezeRows = v ? split : 0;
      },
    };
  }
  /** CreateTaskPane(url) → a pane with ID and Visible (wpsjs templates: dialog.js/ribbon.js). */
  CreateTaskPane(url: string): TaskPane {
    this.host.cross("Application.CreateTaskPane");
    const pane = new TaskPane(String(this.host.taskPanes.length + 1), url);
    this.host.taskPanes.push(pane);
    return pane;
  }
  GetTaskPane(id: string): TaskPane {
    this.host.cross("Application.GetTaskPane");
    const pane = this.host.taskPanes.find((p) => p.ID === id);
    if (!pane) throw refused(`no task pane ${id}`);
    return pane;
  }
  ShowDialog(url: string, title: string, width: number, height: number, modal: boolean): void {
    this.host.cross("Application.ShowDialog");
    this.host.dialogs.push({ url, title, width, height, modal });
  }
  /** PluginStorage: setItem/getItem shared by the add-in's pages (wpsjs ribbon.js templates). */
  get PluginStorage(): { setItem(k: string, v: unknown): void; getItem(k: string): unknown } {
    const store = this.host.storage;
    return {
      setItem: (k, v) => void store.set(k, v),
      getItem: (k) => store.get(k),
    };
  }
  get Enum(): typeof XL {
    return XL;
  }
}

export class TaskPane {
  Visible = false;
  DockPosition = 0;
  constructor(
    readonly ID: string,
    readonly url: string
  ) {}
}

function itemOf<T>(list: T[], index: number | string, byName: (t: T) => string, what: string): T {
  const found =
    typeof index === "number"
      ? list[index - 1]
      : list.find((t) => byName(t).toLowerCase() === String(index).toLowerCase());
  // VBA's "subscript out of range" (error 9) for a missing item, by position or by name.
  if (!found)
    throw new FakeWpsError(OUT_OF_RANGE, `${what}.Item(${JSON.stringify(index)}): 下标越界`);
  return found;
}

export class Workbook {
  constructor(private readonly host: FakeWps) {}
  get Name(): string {
    return "工作簿1";
  }
  get Sheets(): Sheets {
    this.host.cross("Workbook.Sheets");
    return new Sheets(this.host);
  }
  get Worksheets(): Sheets {
    return this.Sheets;
  }
  get Names(): Names {
    this.host.cross("Workbook.Names");
    return new Names(this.host);
  }
  /** True while the structure is protected (审阅 → 保护工作簿). */
  get ProtectStructure(): boolean {
    this.host.cross("Workbook.ProtectStructure");
    return Boolean(this.host.state.structureProtection);
  }
  Protect(password?: string, structure = true): void {
    this.host.cross("Workbook.Protect");
    if (structure) this.host.state.structureProtection = password ? { password } : {};
  }
  Unprotect(password?: string): void {
    this.host.cross("Workbook.Unprotect");
    const p = this.host.state.structureProtection;
    if (p?.password !== undefined && p.password !== password) throw refused("wrong password");
    this.host.state.structureProtection = null;
  }
}

/** Workbook.Sheets: 1-based, by position or name; Add puts the new sheet before the active one unless told. */
export class Sheets {
  constructor(private readonly host: FakeWps) {}
  get Count(): number {
    this.host.cross("Sheets.Count");
    return this.host.state.sheets.length;
  }
  Item(index: number | string): Worksheet {
    this.host.cross("Sheets.Item");
    return new Worksheet(
      this.host,
      itemOf(this.host.state.sheets, index, (s) => s.name, "Sheets")
    );
  }
  /** Add(Before, After): the new sheet becomes the active one (VBA). */
  Add(before?: Worksheet, after?: Worksheet): Worksheet {
    this.host.cross("Sheets.Add");
    const state = this.host.state;
    const sheet = asWps(() => addSheet(state));
    state.sheets = state.sheets.filter((s) => s !== sheet);
    const anchor = after?.sheet ?? before?.sheet ?? state.activeSheet;
    const at = anchor ? state.sheets.indexOf(anchor) + (after ? 1 : 0) : state.sheets.length;
    state.sheets.splice(at, 0, sheet);
    state.activeSheet = sheet;
    return new Worksheet(this.host, sheet);
  }
}

export class Names {
  constructor(private readonly host: FakeWps) {}
  get Count(): number {
    this.host.cross("Names.Count");
    return this.host.state.names.length;
  }
  Item(index: number | string): Name {
    this.host.cross("Names.Item");
    return new Name(
      this.host,
      itemOf(this.host.state.names, index, (n) => n.name, "Names")
    );
  }
  /** Add(Name, RefersTo): RefersTo "='Sheet'!$A$1". */
  Add(name: string, refersTo: string): Name {
    this.host.cross("Names.Add");
    const state = this.host.state;
    const existing = findName(state, name);
    if (existing) deleteName(state, existing); // VBA's Names.Add redefines an existing name
    const ref = parseRangeReference(state, refersTo);
    if (!ref) throw refused(`RefersTo ${refersTo} is no reference`);
    return new Name(
      this.host,
      asWps(() => addName(state, name, ref))
    );
  }
}

export class Name {
  constructor(
    private readonly host: FakeWps,
    private readonly item: WorkbookState["names"][number]
  ) {}
  get Name(): string {
    this.host.cross("Name.Name");
    return this.item.name;
  }
  /** "='Sheet'!$A$1", or "=#REF!" once its sheet is gone. */
  get RefersTo(): string {
    this.host.cross("Name.RefersTo");
    if (this.item.ref && !this.item.ref.sheet.deleted)
      return `=${qualified(this.item.ref.sheet.name, this.item.ref.rect, true)}`;
    return this.item.formulaText ?? "=#REF!";
  }
  Delete(): void {
    this.host.cross("Name.Delete");
    deleteName(this.host.state, this.item);
  }
}

export class Worksheet {
  constructor(
    private readonly host: FakeWps,
    readonly sheet: SheetState
  ) {}
  get Name(): string {
    this.host.cross("Worksheet.Name");
    return this.sheet.name;
  }
  set Name(name: string) {
    this.host.cross("Worksheet.Name=");
    asWps(() => renameSheet(this.host.state, this.sheet, name));
  }
  get Index(): number {
    this.host.cross("Worksheet.Index");
    return this.host.state.sheets.indexOf(this.sheet) + 1;
  }
  /** Visible: xlSheetVisible (-1), xlSheetHidden (0), xlSheetVeryHidden (2); true/false too. */
  get Visible(): number {
    this.host.cross("Worksheet.Visible");
    return {
      Visible: XL.xlSheetVisible,
      Hidden: XL.xlSheetHidden,
      VeryHidden: XL.xlSheetVeryHidden,
    }[this.sheet.visibility];
  }
  set Visible(v: number | boolean) {
    this.host.cross("Worksheet.Visible=");
    const to = v === true ? "Visible" : v === false ? "Hidden" : VISIBILITY[v];
    if (!to) throw refused(`Visible ${String(v)}`);
    asWps(() => setVisibility(this.host.state, this.sheet, to));
  }
  Range(address: string): WpsRange {
    this.host.cross("Worksheet.Range");
    const areas = address.split(",").map((a) => parseA1(a));
    if (areas.some((a) => !a)) throw refused(`Range("${address}"): not an address`);
    return new WpsRange(this.host, this.sheet, areas as Rect[]);
  }
  get Cells(): WpsRange {
    this.host.cross("Worksheet.Cells");
    return this.host.range(this.sheet, { r0: 0, r1: MAX_ROWS - 1, c0: 0, c1: MAX_COLS - 1 });
  }
  get UsedRange(): WpsRange {
    this.host.cross("Worksheet.UsedRange");
    return this.host.range(this.sheet, this.host.usedRect(this.sheet));
  }
  Activate(): void {
    this.host.cross("Worksheet.Activate");
    asWps(() => activate(this.host.state, this.sheet));
  }
  /**
   * Delete asks the user to confirm unless Application.DisplayAlerts is off: a script that
   * leaves alerts on would stop at a dialog, so the fake refuses instead of waiting. A very
   * hidden sheet, the last visible sheet and a structure-protected workbook refuse as in Excel.
   */
  Delete(): void {
    this.host.cross("Worksheet.Delete");
    if (this.host.displayAlerts)
      throw refused(
        `Delete of ${this.sheet.name} would wait for a confirmation (DisplayAlerts is on)`
      );
    asWps(() => deleteSheet(this.host.state, this.sheet));
  }
  get Tab(): { Color: number } {
    const sheet = this.sheet;
    const host = this.host;
    return {
      get Color() {
        return 0;
      },
      set Color(bgr: number) {
        host.cross("Tab.Color=");
        sheet.tabColor = rgbOfBgr(bgr);
      },
    };
  }

  // ---- protection ----

  get ProtectContents(): boolean {
    this.host.cross("Worksheet.ProtectContents");
    return this.sheet.protection.protected;
  }
  get ProtectDrawingObjects(): boolean {
    this.host.cross("Worksheet.ProtectDrawingObjects");
    return this.sheet.protection.protected && !this.sheet.protection.options.allowEditObjects;
  }
  get ProtectScenarios(): boolean {
    this.host.cross("Worksheet.ProtectScenarios");
    return this.sheet.protection.protected && !this.sheet.protection.options.allowEditScenarios;
  }
  get EnableSelection(): number {
    this.host.cross("Worksheet.EnableSelection");
    const mode = this.sheet.protection.options.selectionMode;
    return mode === "None"
      ? XL.xlNoSelection
      : mode === "Unlocked"
        ? XL.xlUnlockedCells
        : XL.xlNoRestrictions;
  }
  set EnableSelection(v: number) {
    this.host.cross("Worksheet.EnableSelection=");
    const mode = v === XL.xlNoSelection ? "None" : v === XL.xlUnlockedCells ? "Unlocked" : "Normal";
    this.sheet.protection.options = { ...this.sheet.protection.options, selectionMode: mode };
  }
  /** Worksheet.Protection: the Allow* flags of the current protection. */
  get Protection(): Record<string, boolean> {
    this.host.cross("Worksheet.Protection");
    const o = this.sheet.protection.options;
    return {
      AllowFormattingCells: o.allowFormatCells,
      AllowFormattingColumns: o.allowFormatColumns,
      AllowFormattingRows: o.allowFormatRows,
      AllowInsertingColumns: o.allowInsertColumns,
      AllowInsertingRows: o.allowInsertRows,
      AllowInsertingHyperlinks: o.allowInsertHyperlinks,
      AllowDeletingColumns: o.allowDeleteColumns,
      AllowDeletingRows: o.allowDeleteRows,
      AllowSorting: o.allowSort,
      AllowFiltering: o.allowAutoFilter,
      AllowUsingPivotTables: o.allowPivotTables,
    };
  }
  /**
   * Protect(Password, DrawingObjects, Contents, Scenarios, UserInterfaceOnly,
   * AllowFormattingCells, AllowFormattingColumns, AllowFormattingRows, AllowInsertingColumns,
   * AllowInsertingRows, AllowInsertingHyperlinks, AllowDeletingColumns, AllowDeletingRows,
   * AllowSorting, AllowFiltering, AllowUsingPivotTables), positional as in VBA. Protecting a
   * protected sheet again is allowed unless it has a password the call does not repeat.
   */
  Protect(
    password?: string,
    drawingObjects = true,
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- positional: Contents (always true here)
    _contents = true,
    scenarios = true,
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- positional: UserInterfaceOnly
    _uiOnly = false,
    ...allow: (boolean | undefined)[]
  ): void {
    this.host.cross("Worksheet.Protect");
    const p = this.sheet.protection;
    if (
      p.protected &&
      (p.hash !== undefined || (p.password !== undefined && p.password !== password))
    )
      throw refused(`${this.sheet.name} is protected with a password`);
    const flag = (i: number) => allow[i] === true;
    this.sheet.protection = {
      protected: true,
      password: password || undefined,
      options: {
        ...DEFAULT_PROTECTION_OPTIONS,
        selectionMode: p.options.selectionMode,
        allowEditObjects: !drawingObjects,
        allowEditScenarios: !scenarios,
        allowFormatCells: flag(0),
        allowFormatColumns: flag(1),
        allowFormatRows: flag(2),
        allowInsertColumns: flag(3),
        allowInsertRows: flag(4),
        allowInsertHyperlinks: flag(5),
        allowDeleteColumns: flag(6),
        allowDeleteRows: flag(7),
        allowSort: flag(8),
        allowAutoFilter: flag(9),
        allowPivotTables: flag(10),
      },
    };
  }
  /** Unprotect on an unprotected sheet does nothing (VBA); a missing or wrong password fails. */
  Unprotect(password?: string): void {
    this.host.cross("Worksheet.Unprotect");
    const p = this.sheet.protection;
    if (!p.protected) return;
    if (p.hash !== undefined || (p.password !== undefined && p.password !== (password ?? "")))
      throw refused("The password you supplied is not correct.");
    this.sheet.protection = { protected: false, options: p.options };
  }

  // ---- tables, comments, charts, page ----

  get ListObjects(): ListObjects {
    this.host.cross("Worksheet.ListObjects");
    return new ListObjects(this.host, this.sheet);
  }
  get Comments(): { Count: number; Item(i: number): Comment } {
    this.host.cross("Worksheet.Comments");
    const keys = [...this.sheet.notes.keys()].sort((a, b) => a - b);
    return {
      Count: keys.length,
      Item: (i) => {
        const k = keys[i - 1];
        if (k === undefined) throw new FakeWpsError(OUT_OF_RANGE, `Comments.Item(${i})`);
        return new Comment(this.host, this.sheet, keyRow(k), keyCol(k));
      },
    };
  }
  ChartObjects(): {
    Count: number;
    Add(left: number, top: number, width: number, height: number): ChartObject;
  } {
    this.host.cross("Worksheet.ChartObjects");
    return {
      Count: this.sheet.charts.length,
      Add: (left, top, width, height) => {
        this.host.cross("ChartObjects.Add");
        return new ChartObject(this.host, this.sheet, { left, top, width, height });
      },
    };
  }
  get PageSetup(): PageSetup {
    this.host.cross("Worksheet.PageSetup");
    return new PageSetup(this.host, this.sheet);
  }
}

export class ListObjects {
  constructor(
    private readonly host: FakeWps,
    private readonly sheet: SheetState
  ) {}
  private get list(): TableState[] {
    return this.host.state.tables.filter((t) => t.sheet === this.sheet);
  }
  get Count(): number {
    this.host.cross("ListObjects.Count");
    return this.list.length;
  }
  Item(index: number | string): ListObject {
    this.host.cross("ListObjects.Item");
    return new ListObject(
      this.host,
      itemOf(this.list, index, (t) => t.name, "ListObjects")
    );
  }
  /** Add(xlSrcRange, Source, LinkSource, xlYes): a table over the range, its first row the headers. */
  Add(
    sourceType: number,
    source: WpsRange,
    _link?: unknown,
    hasHeaders: number = XL.xlYes
  ): ListObject {
    this.host.cross("ListObjects.Add");
    if (sourceType !== XL.xlSrcRange) throw refused(`ListObjects.Add source type ${sourceType}`);
    const table = asWps(() =>
      addTable(this.host.state, { sheet: source.sheet, rect: source.rect }, hasHeaders === XL.xlYes)
    );
    return new ListObject(this.host, table);
  }
}

export class ListObject {
  constructor(
    private readonly host: FakeWps,
    private readonly table: TableState
  ) {}
  get Name(): string {
    this.host.cross("ListObject.Name");
    return this.table.name;
  }
  set Name(name: string) {
    this.host.cross("ListObject.Name=");
    if (findTable(this.host.state, name) && findTable(this.host.state, name) !== this.table)
      throw refused(`a table named ${name} exists`);
    asWps(() => renameTable(this.host.state, this.table, name));
  }
  get Range(): WpsRange {
    this.host.cross("ListObject.Range");
    return this.host.range(this.table.sheet, this.table.rect);
  }
  set TableStyle(style: string) {
    this.host.cross("ListObject.TableStyle=");
    this.table.style = style;
  }
}

export class ChartObject {
  private readonly chart;
  constructor(
    private readonly host: FakeWps,
    private readonly sheet: SheetState,
    private readonly box: { left: number; top: number; width: number; height: number }
  ) {
    this.chart = asWps(() =>
      addChart(
        host.state,
        sheet,
        "ColumnClustered",
        { sheet, rect: { r0: 0, r1: 0, c0: 0, c1: 0 } },
        "Auto"
      )
    );
    this.chart.position = {
      start: `${box.left},${box.top}`,
      end: `${box.left + box.width},${box.top + box.height}`,
    };
  }
  set Name(name: string) {
    this.host.cross("ChartObject.Name=");
    this.chart.name = name;
  }
  get Chart(): Record<string, unknown> {
    this.host.cross("ChartObject.Chart");
    const chart = this.chart;
    const host = this.host;
    const types: Record<number, string> = {
      [XL.xlPie]: "Pie",
      [XL.xlBarClustered]: "BarClustered",
      [XL.xlColumnClustered]: "ColumnClustered",
    };
    return {
      SetSourceData: (source: WpsRange) => {
        host.cross("Chart.SetSourceData");
        chart.source = { ...source.rect };
      },
      set ChartType(t: number) {
        host.cross("Chart.ChartType=");
        if (!types[t]) throw refused(`ChartType ${t}`);
        chart.type = types[t];
      },
      set HasTitle(_v: boolean) {
        host.cross("Chart.HasTitle=");
      },
      get ChartTitle() {
        return {
          set Text(text: string) {
            host.cross("ChartTitle.Text=");
            chart.title = text;
          },
        };
      },
    };
  }
}

/** PageSetup: margins in points, Orientation/PaperSize as VBA enums, Zoom = false to fit. */
export class PageSetup {
  constructor(
    private readonly host: FakeWps,
    private readonly sheet: SheetState
  ) {}
  private set<K extends keyof SheetState["pageLayout"]>(key: K, v: SheetState["pageLayout"][K]) {
    asWps(() => guardWrite(this.sheet, "format"));
    this.sheet.pageLayout = { ...this.sheet.pageLayout, [key]: v };
  }
  set Orientation(v: number) {
    this.host.cross("PageSetup.Orientation=");
    this.set("orientation", v === XL.xlLandscape ? "Landscape" : "Portrait");
  }
  set PaperSize(v: number) {
    this.host.cross("PageSetup.PaperSize=");
    if (v !== XL.xlPaperA4) throw refused(`PaperSize ${v}`);
    this.set("paperSize", "A4");
  }
  set LeftMargin(v: number) {
    this.host.cross("PageSetup.LeftMargin=");
    this.set("leftMargin", v);
  }
  set RightMargin(v: number) {
    this.host.cross("PageSetup.RightMargin=");
    this.set("rightMargin", v);
  }
  set TopMargin(v: number) {
    this.host.cross("PageSetup.TopMargin=");
    this.set("topMargin", v);
  }
  set BottomMargin(v: number) {
    this.host.cross("PageSetup.BottomMargin=");
    this.set("bottomMargin", v);
  }
  set HeaderMargin(v: number) {
    this.host.cross("PageSetup.HeaderMargin=");
    this.set("headerMargin", v);
  }
  set FooterMargin(v: number) {
    this.host.cross("PageSetup.FooterMargin=");
    this.set("footerMargin", v);
  }
  set CenterHorizontally(v: boolean) {
    this.host.cross("PageSetup.CenterHorizontally=");
    this.set("centerHorizontally", v);
  }
  set Zoom(v: number | false) {
    this.host.cross("PageSetup.Zoom=");
    this.set(
      "zoom",
      v === false ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: v }
    );
  }
  set FitToPagesWide(v: number) {
    this.host.cross("PageSetup.FitToPagesWide=");
    this.set("zoom", { ...this.sheet.pageLayout.zoom, horizontalFitToPages: v, scale: undefined });
  }
  set FitToPagesTall(v: number | false) {
    this.host.cross("PageSetup.FitToPagesTall=");
    this.set("zoom", {
      ...this.sheet.pageLayout.zoom,
      verticalFitToPages: v === false ? 0 : v,
      scale: undefined,
    });
  }
  set PrintTitleRows(v: string) {
    this.host.cross("PageSetup.PrintTitleRows=");
    this.set("printTitleRows", v);
  }
}

export { guardStructure, rectA1, findSheet };

import { MAX_COLS, MAX_ROWS, parseA1, rectA1, splitSheet } from "./address";
import type { RangeRef } from "./cells";
import type { FakeRequestContext } from "./context";
import { richError } from "./errors";
import { usedRect } from "./formats";
import { findName, nameRange } from "./names";
import * as obj from "./objects";
import type { PropTable, ProxyInit } from "./proxy";
import { CollectionBase, knownInit, ProxyBase } from "./proxy";
import { FakeRange } from "./range";
import * as sheets from "./sheets";
import type {
  ChartState,
  PageLayoutState,
  ProtectionOptions,
  SheetState,
  WorkbookState,
} from "./state";
import { FakeNoteCollection, FakeTableCollection } from "./workbook";

/** Worksheet, its collection, protection, freeze panes, page layout and charts. */

/** A range address on a sheet: A1 notation, or a defined name that points to this workbook. */
export function rangeOnSheet(state: WorkbookState, sheet: SheetState, address: string): RangeRef {
  const { sheet: named, address: a1 } = splitSheet(address);
  const target = named ? sheets.getSheetOrThrow(state, named) : sheet;
  const rect = parseA1(a1);
  if (rect) return { sheet: target, rect };
  const name = findName(state, address);
  const ref = name && nameRange(name);
  if (ref) return ref;
  throw richError("InvalidArgument", `not a range address: ${address}`);
}

abstract class SheetPart<T> extends ProxyBase<T> {
  protected override _isGone(t: T): boolean {
    return (t as unknown as SheetState).deleted;
  }
}

export class FakeWorksheet extends SheetPart<SheetState> {
  readonly _className = "Worksheet";

  constructor(context: FakeRequestContext, init: ProxyInit<SheetState>) {
    super(context, init);
  }

  protected _props(): PropTable<SheetState> {
    const state = () => this._state;
    return {
      name: { get: (t) => t.name, set: (t, v) => sheets.renameSheet(state(), t, v) },
      id: { get: (t) => `{00000000-0001-0000-${String(t.id).padStart(4, "0")}-000000000000}` },
      position: {
        get: (t) => state().sheets.indexOf(t),
        set: (t, v) => sheets.setPosition(state(), t, v),
      },
      visibility: { get: (t) => t.visibility, set: (t, v) => sheets.setVisibility(state(), t, v) },
      tabColor: { get: (t) => t.tabColor, set: (t, v) => sheets.setTabColor(t, v), api: "1.7" },
    };
  }

  protected override _navs() {
    return {
      protection: this.protection,
      pageLayout: this.pageLayout,
      freezePanes: this.freezePanes,
    };
  }

  get name(): string {
    return this._read("name");
  }
  set name(v: string) {
    this._write("name", v);
  }
  get id(): string {
    return this._read("id");
  }
  get position(): number {
    return this._read("position");
  }
  set position(v: number) {
    this._write("position", v);
  }
  get visibility(): string {
    return this._read("visibility");
  }
  set visibility(v: string) {
    this._write("visibility", v);
  }
  get tabColor(): string {
    return this._read("tabColor");
  }
  set tabColor(v: string) {
    this._write("tabColor", v);
  }

  get protection(): FakeWorksheetProtection {
    return this._nav(FakeWorksheetProtection, "protection", (t) => t);
  }
  get freezePanes(): FakeWorksheetFreezePanes {
    return this._nav(FakeWorksheetFreezePanes, "freezePanes", (t) => t);
  }
  get pageLayout(): FakePageLayout {
    return this._nav(FakePageLayout, "pageLayout", (t) => t);
  }
  get tables(): FakeTableCollection {
    return this._nav(FakeTableCollection, "tables", (t) => t);
  }
  get charts(): FakeChartCollection {
    return this._nav(FakeChartCollection, "charts", (t) => t);
  }
  get notes(): FakeNoteCollection {
    return this._nav(FakeNoteCollection, "notes", (t) => t);
  }

  getRange(address?: string): FakeRange {
    return this._child(FakeRange, "getRange", address === undefined ? [] : [address], (t) =>
      address === undefined
        ? { sheet: t, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } }
        : rangeOnSheet(this._state, t, address)
    );
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    return this._child(
      FakeRange,
      "getRangeByIndexes",
      [startRow, startColumn, rowCount, columnCount],
      (t) => {
        if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0)
          throw richError("InvalidArgument", "bad indexes");
        return {
          sheet: t,
          rect: {
            r0: startRow,
            c0: startColumn,
            r1: startRow + rowCount - 1,
            c1: startColumn + columnCount - 1,
          },
        };
      },
      { api: "1.7" }
    );
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return this._child(FakeRange, "getUsedRange", [valuesOnly], (t) => ({
      sheet: t,
      rect: usedRect(t, valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
    }));
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this._child(
      FakeRange,
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (t) => {
        const rect = usedRect(t, valuesOnly);
        return rect ? { sheet: t, rect } : null;
      },
      { eager: true, api: "1.4" }
    );
  }
  getCell(row: number, column: number): FakeRange {
    return this._child(FakeRange, "getCell", [row, column], (t) => ({
      sheet: t,
      rect: { r0: row, c0: column, r1: row, c1: column },
    }));
  }

  activate(): void {
    this._call("activate", [], "1.1", (t) => sheets.activate(this._state, t));
  }
  delete(): void {
    this._call("delete", [], "1.1", (t) => sheets.deleteSheet(this._state, t));
  }
}

export class FakeWorksheetCollection extends CollectionBase<
  SheetState,
  FakeWorksheet,
  WorkbookState
> {
  readonly _className = "WorksheetCollection";

  protected _list(t: WorkbookState): SheetState[] {
    return t.sheets;
  }
  protected _wrap(item: SheetState): FakeWorksheet {
    return new FakeWorksheet(this.context, knownInit(this, "items", item));
  }

  private _sheet(
    name: string,
    args: unknown[],
    find: (t: WorkbookState) => SheetState | null,
    eager = false,
    api = "1.1"
  ): FakeWorksheet {
    return this._child(FakeWorksheet, name, args, find, { eager, api });
  }

  getItem(key: string): FakeWorksheet {
    return this._sheet("getItem", [key], (t) => sheets.getSheetOrThrow(t, key));
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return this._sheet(
      "getItemOrNullObject",
      [key],
      (t) => sheets.findSheetOrNull(t, key),
      true,
      "1.4"
    );
  }
  add(name?: string): FakeWorksheet {
    return this._sheet(
      "add",
      name === undefined ? [] : [name],
      (t) => sheets.addSheet(t, name),
      true
    );
  }
  getActiveWorksheet(): FakeWorksheet {
    return this._sheet("getActiveWorksheet", [], (t) => {
      if (!t.activeSheet) throw richError("ItemNotFound", "no active sheet");
      return t.activeSheet;
    });
  }
  getFirst(visibleOnly = false): FakeWorksheet {
    return this._sheet(
      "getFirst",
      [visibleOnly],
      (t) => {
        const s = t.sheets.find((x) => !visibleOnly || x.visibility === "Visible");
        if (!s) throw richError("ItemNotFound", "no sheet");
        return s;
      },
      false,
      "1.5"
    );
  }
}

export class FakeWorksheetProtection extends SheetPart<SheetState> {
  readonly _className = "WorksheetProtection";

  protected _props(): PropTable<SheetState> {
    return {
      protected: { get: (t) => t.protection.protected, api: "1.2" },
      options: { get: (t) => ({ ...t.protection.options }), api: "1.2" },
    };
  }

  get protected(): boolean {
    return this._read("protected");
  }
  get options(): ProtectionOptions {
    return this._read("options");
  }

  protect(options?: Partial<ProtectionOptions>, password?: string): void {
    this._call("protect", [options ?? null, password ?? null], "1.2", (t) =>
      sheets.protect(t, options, password)
    );
  }
  unprotect(password?: string): void {
    this._call("unprotect", [password ?? null], "1.7", (t) => sheets.unprotect(t, password));
  }
}

export class FakeWorksheetFreezePanes extends SheetPart<SheetState> {
  readonly _className = "WorksheetFreezePanes";
  protected override readonly _api = "1.7";

  protected _props(): PropTable<SheetState> {
    return {};
  }

  freezeRows(count = 1): void {
    this._call("freezeRows", [count], "1.7", (t) => {
      t.freezeRows = count;
      t.freezeColumns = 0;
    });
  }
  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count], "1.7", (t) => {
      t.freezeColumns = count;
      t.freezeRows = 0;
    });
  }
  unfreeze(): void {
    this._call("unfreeze", [], "1.7", (t) => {
      t.freezeRows = 0;
      t.freezeColumns = 0;
    });
  }
}

type Margin =
  "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "headerMargin" | "footerMargin";
const MARGINS: Margin[] = [
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
];

export class FakePageLayout extends SheetPart<SheetState> {
  readonly _className = "PageLayout";
  protected override readonly _api = "1.9";

  protected _props(): PropTable<SheetState> {
    const field = <K extends keyof PageLayoutState>(k: K, check: (v: unknown) => boolean) => ({
      get: (t: SheetState) => structuredClone(t.pageLayout[k]),
      set: (t: SheetState, v: unknown) => {
        if (!check(v)) throw richError("InvalidArgument", `pageLayout.${k}: ${JSON.stringify(v)}`);
        t.pageLayout[k] = structuredClone(v) as PageLayoutState[K];
      },
    });
    const isNum = (v: unknown) => typeof v === "number" && v >= 0;
    const table: PropTable<SheetState> = {
      orientation: field("orientation", (v) => v === "Portrait" || v === "Landscape"),
      paperSize: field("paperSize", (v) => typeof v === "string"),
      centerHorizontally: field("centerHorizontally", (v) => typeof v === "boolean"),
      centerVertically: field("centerVertically", (v) => typeof v === "boolean"),
      zoom: field("zoom", (v) => typeof v === "object" && v !== null),
    };
    for (const m of MARGINS) table[m] = field(m, isNum);
    return table;
  }

  get orientation(): string {
    return this._read("orientation");
  }
  set orientation(v: string) {
    this._write("orientation", v);
  }
  get paperSize(): string {
    return this._read("paperSize");
  }
  set paperSize(v: string) {
    this._write("paperSize", v);
  }
  get centerHorizontally(): boolean {
    return this._read("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this._write("centerHorizontally", v);
  }
  get centerVertically(): boolean {
    return this._read("centerVertically");
  }
  set centerVertically(v: boolean) {
    this._write("centerVertically", v);
  }
  get zoom(): PageLayoutState["zoom"] {
    return this._read("zoom");
  }
  set zoom(v: PageLayoutState["zoom"]) {
    this._write("zoom", v);
  }
  get leftMargin(): number {
    return this._read("leftMargin");
  }
  set leftMargin(v: number) {
    this._write("leftMargin", v);
  }
  get rightMargin(): number {
    return this._read("rightMargin");
  }
  set rightMargin(v: number) {
    this._write("rightMargin", v);
  }
  get topMargin(): number {
    return this._read("topMargin");
  }
  set topMargin(v: number) {
    this._write("topMargin", v);
  }
  get bottomMargin(): number {
    return this._read("bottomMargin");
  }
  set bottomMargin(v: number) {
    this._write("bottomMargin", v);
  }
  get headerMargin(): number {
    return this._read("headerMargin");
  }
  set headerMargin(v: number) {
    this._write("headerMargin", v);
  }
  get footerMargin(): number {
    return this._read("footerMargin");
  }
  set footerMargin(v: number) {
    this._write("footerMargin", v);
  }

  /** Rows repeated on each printed page: a Range or an address such as "$1:$3". */
  setPrintTitleRows(rows: FakeRange | string): void {
    this._call("setPrintTitleRows", [rows], "1.9", (t) => {
      const ref =
        typeof rows === "string"
          ? rangeOnSheet(this._state, t, rows)
          : rows._target("PageLayout.setPrintTitleRows");
      t.pageLayout.printTitleRows = `$${ref.rect.r0 + 1}:$${ref.rect.r1 + 1}`;
    });
  }
  getPrintTitleRowsOrNullObject(): FakeRange {
    return this._child(
      FakeRange,
      "getPrintTitleRowsOrNullObject",
      [],
      (t) => {
        const rows = t.pageLayout.printTitleRows;
        return rows ? rangeOnSheet(this._state, t, rows) : null;
      },
      { eager: true, api: "1.9" }
    );
  }
}

interface ChartRef {
  sheet: SheetState;
  chart: ChartState;
}

export class FakeChartCollection extends CollectionBase<ChartRef, FakeChart, SheetState> {
  readonly _className = "ChartCollection";

  protected _list(t: SheetState): ChartRef[] {
    return t.charts.map((chart) => ({ sheet: t, chart }));
  }
  protected _wrap(item: ChartRef): FakeChart {
    return new FakeChart(this.context, knownInit(this, "items", item));
  }

  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    return this._child(
      FakeChart,
      "add",
      [type, sourceData, seriesBy ?? "Auto"],
      (t) => {
        const source = sourceData._target("ChartCollection.add");
        return { sheet: t, chart: obj.addChart(this._state, t, type, source, seriesBy) };
      },
      { eager: true }
    );
  }
  getItem(name: string): FakeChart {
    return this._child(FakeChart, "getItem", [name], (t) => {
      const chart = t.charts.find((c) => c.name === name);
      if (!chart) throw richError("ItemNotFound", `No chart ${name}`);
      return { sheet: t, chart };
    });
  }
}

export class FakeChart extends ProxyBase<ChartRef> {
  readonly _className = "Chart";

  protected override _isGone(t: ChartRef): boolean {
    return t.sheet.deleted || !t.sheet.charts.includes(t.chart);
  }

  protected _props(): PropTable<ChartRef> {
    return {
      name: {
        get: (t) => t.chart.name,
        set: (t, v) => {
          if (typeof v !== "string" || v === "") throw richError("InvalidArgument", "chart name");
          t.chart.name = v;
        },
      },
      chartType: { get: (t) => t.chart.type, api: "1.7" },
    };
  }

  protected override _navs() {
    return { title: this.title };
  }

  get name(): string {
    return this._read("name");
  }
  set name(v: string) {
    this._write("name", v);
  }
  get chartType(): string {
    return this._read("chartType");
  }
  get title(): FakeChartTitle {
    return this._nav(FakeChartTitle, "title", (t) => t);
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this._call("setPosition", [startCell, endCell ?? null], "1.1", (t) => {
      const text = (c: FakeRange | string) =>
        typeof c === "string" ? c : rectA1(c._target("Chart.setPosition").rect);
      t.chart.position = {
        start: text(startCell),
        end: endCell === undefined ? undefined : text(endCell),
      };
    });
  }
  delete(): void {
    this._call("delete", [], "1.1", (t) => {
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
}

export class FakeChartTitle extends ProxyBase<ChartRef> {
  readonly _className = "ChartTitle";

  protected _props(): PropTable<ChartRef> {
    return {
      text: {
        get: (t) => t.chart.title,
        set: (t, v) => {
          t.chart.title = String(v);
        },
      },
    };
  }
  get text(): string {
    return this._read("text");
  }
  set text(v: string) {
    this._write("text", v);
  }
}

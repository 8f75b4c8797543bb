import { MAX_COLS, MAX_ROWS, parseA1, rectA1, splitSheet } from "./address";
import type { RangeRef } from "./cells";
import type { HostSession } from "./objects-base";
import { richError } from "./errors";
import { usedRect } from "./formats";
import { findName, nameRange } from "./names";
import * as obj from "./objects";
import type { PropTable, ObjectInit } from "./objects-base";
import { CollectionObject, knownInit, HostObject } from "./objects-base";
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

abstract class SheetPart<T> extends HostObject<T> {
  protected override _isGone(t: T): boolean {
    return (t as unknown as SheetState).deleted;
  }
}

export class FakeWorksheet extends SheetPart<SheetState> {
  readonly _className = "Worksheet";

  constructor(context: HostSession, init: ObjectInit<SheetState>) {
    super(context, init);
  }

  _props(): PropTable<SheetState> {
    const state = () => this._state;
    return {
      name: { get: (t) => t.name, set: (t, v) => sheets.renameSheet(state(), t, v) },
      id: { get: (t) => sheets.sheetId(t) },
      position: {
        get: (t) => state().sheets.indexOf(t),
        set: (t, v) => sheets.setPosition(state(), t, v),
      },
      visibility: { get: (t) => t.visibility, set: (t, v) => sheets.setVisibility(state(), t, v) },
      tabColor: { get: (t) => t.tabColor, set: (t, v) => sheets.setTabColor(t, v), api: "1.7" },
    };
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
    return this._child(FakeRange, "getRange", (t) =>
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
    return this._child(FakeRange, "getUsedRange", (t) => ({
      sheet: t,
      rect: usedRect(t, valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
    }));
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this._child(
      FakeRange,
      "getUsedRangeOrNullObject",
      (t) => {
        const rect = usedRect(t, valuesOnly);
        return rect ? { sheet: t, rect } : null;
      },
      { api: "1.4" }
    );
  }
  getCell(row: number, column: number): FakeRange {
    return this._child(FakeRange, "getCell", (t) => ({
      sheet: t,
      rect: { r0: row, c0: column, r1: row, c1: column },
    }));
  }

  activate(): void {
    this._call("activate", "1.1", (t) => sheets.activate(this._state, t));
  }
  delete(): void {
    this._call("delete", "1.1", (t) => sheets.deleteSheet(this._state, t));
  }
}

export class FakeWorksheetCollection extends CollectionObject<
  SheetState,
  FakeWorksheet,
  WorkbookState
> {
  readonly _className = "WorksheetCollection";

  _list(t: WorkbookState): SheetState[] {
    return t.sheets;
  }
  protected _wrap(item: SheetState): FakeWorksheet {
    return new FakeWorksheet(this.session, knownInit("items", item));
  }

  private _sheet(
    name: string,
    find: (t: WorkbookState) => SheetState | null,
    api = "1.1"
  ): FakeWorksheet {
    return this._child(FakeWorksheet, name, find, { api });
  }

  getItem(key: string): FakeWorksheet {
    return this._sheet("getItem", (t) => sheets.getSheetOrThrow(t, key));
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return this._sheet("getItemOrNullObject", (t) => sheets.findSheetOrNull(t, key), "1.4");
  }
  add(name?: string): FakeWorksheet {
    return this._sheet("add", (t) => sheets.addSheet(t, name));
  }
  getActiveWorksheet(): FakeWorksheet {
    return this._sheet("getActiveWorksheet", (t) => {
      if (!t.activeSheet) throw richError("ItemNotFound", "no active sheet");
      return t.activeSheet;
    });
  }
  getFirst(visibleOnly = false): FakeWorksheet {
    return this._sheet(
      "getFirst",
      (t) => {
        const s = t.sheets.find((x) => !visibleOnly || x.visibility === "Visible");
        if (!s) throw richError("ItemNotFound", "no sheet");
        return s;
      },
      "1.5"
    );
  }
}

export class FakeWorksheetProtection extends SheetPart<SheetState> {
  readonly _className = "WorksheetProtection";

  _props(): PropTable<SheetState> {
    return {
      protected: { get: (t) => t.protection.protected, api: "1.2" },
      options: { get: (t) => ({ ...t.protection.options }), api: "1.2" },
    };
  }

  protect(options?: Partial<ProtectionOptions>, password?: string): void {
    this._call("protect", "1.2", (t) => sheets.protect(t, options, password));
  }
  unprotect(password?: string): void {
    this._call("unprotect", "1.7", (t) => sheets.unprotect(t, password));
  }
}

export class FakeWorksheetFreezePanes extends SheetPart<SheetState> {
  readonly _className = "WorksheetFreezePanes";
  override readonly _api = "1.7";

  _props(): PropTable<SheetState> {
    return {};
  }

  freezeRows(count = 1): void {
    this._call("freezeRows", "1.7", (t) => {
      t.freezeRows = count;
      t.freezeColumns = 0;
    });
  }
  freezeColumns(count = 1): void {
    this._call("freezeColumns", "1.7", (t) => {
      t.freezeColumns = count;
      t.freezeRows = 0;
    });
  }
  unfreeze(): void {
    this._call("unfreeze", "1.7", (t) => {
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
  override readonly _api = "1.9";

  _props(): PropTable<SheetState> {
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

  /** Rows repeated on each printed page: a Range or an address such as "$1:$3". */
  setPrintTitleRows(rows: FakeRange | string): void {
    this._call("setPrintTitleRows", "1.9", (t) => {
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
      (t) => {
        const rows = t.pageLayout.printTitleRows;
        return rows ? rangeOnSheet(this._state, t, rows) : null;
      },
      { api: "1.9" }
    );
  }
}

interface ChartRef {
  sheet: SheetState;
  chart: ChartState;
}

export class FakeChartCollection extends CollectionObject<ChartRef, FakeChart, SheetState> {
  readonly _className = "ChartCollection";

  _list(t: SheetState): ChartRef[] {
    return t.charts.map((chart) => ({ sheet: t, chart }));
  }
  protected _wrap(item: ChartRef): FakeChart {
    return new FakeChart(this.session, knownInit("items", item));
  }

  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    return this._child(FakeChart, "add", (t) => {
      const source = sourceData._target("ChartCollection.add");
      return { sheet: t, chart: obj.addChart(this._state, t, type, source, seriesBy) };
    });
  }
  getItem(name: string): FakeChart {
    return this._child(FakeChart, "getItem", (t) => {
      const chart = t.charts.find((c) => c.name === name);
      if (!chart) throw richError("ItemNotFound", `No chart ${name}`);
      return { sheet: t, chart };
    });
  }
}

export class FakeChart extends HostObject<ChartRef> {
  readonly _className = "Chart";

  protected override _isGone(t: ChartRef): boolean {
    return t.sheet.deleted || !t.sheet.charts.includes(t.chart);
  }

  _props(): PropTable<ChartRef> {
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

  get title(): FakeChartTitle {
    return this._nav(FakeChartTitle, "title", (t) => t);
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this._call("setPosition", "1.1", (t) => {
      const text = (c: FakeRange | string) =>
        typeof c === "string" ? c : rectA1(c._target("Chart.setPosition").rect);
      t.chart.position = {
        start: text(startCell),
        end: endCell === undefined ? undefined : text(endCell),
      };
    });
  }
  delete(): void {
    this._call("delete", "1.1", (t) => {
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
}

export class FakeChartTitle extends HostObject<ChartRef> {
  readonly _className = "ChartTitle";

  _props(): PropTable<ChartRef> {
    return {
      text: {
        get: (t) => t.chart.title,
        set: (t, v) => {
          t.chart.title = String(v);
        },
      },
    };
  }
}

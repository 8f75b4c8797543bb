import type { RangeRef } from "./cells";
import type { HostSession } from "./objects-base";
import { richError } from "./errors";
import * as names from "./names";
import type { NoteRef } from "./objects";
import * as obj from "./objects";
import type { PropTable, ObjectInit } from "./objects-base";
import { CollectionObject, knownInit, HostObject } from "./objects-base";
import { FakeRange } from "./range";
import type { NameState, SheetState, TableState, WorkbookState } from "./state";
import * as sheetOps from "./sheets";
import * as tables from "./tables";
import { FakeWorksheet, FakeWorksheetCollection, rangeOnSheet } from "./worksheet";

/** Workbook, application, names, tables and notes. */

export class FakeWorkbook extends HostObject<WorkbookState> {
  readonly _className = "Workbook";

  constructor(context: HostSession) {
    super(context, {
      name: "workbook",
      cache: false,
      resolve: () => context.engine.state,
    });
  }

  _props(): PropTable<WorkbookState> {
    return {};
  }

  get worksheets(): FakeWorksheetCollection {
    return this._nav(FakeWorksheetCollection, "worksheets", (t) => t);
  }
  get names(): FakeNamedItemCollection {
    return this._nav(FakeNamedItemCollection, "names", (t) => t);
  }
  get tables(): FakeTableCollection {
    return this._nav(FakeTableCollection, "tables", (t) => t);
  }
  get notes(): FakeNoteCollection {
    return this._nav(FakeNoteCollection, "notes", (t) => t);
  }
  get application(): FakeApplication {
    return this._nav(FakeApplication, "application", (t) => t);
  }
  /** ExcelApi 1.7. */
  get protection(): FakeWorkbookProtection {
    return this._nav(FakeWorkbookProtection, "protection", (t) => t);
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.worksheets.getActiveWorksheet();
  }
  getSelectedRange(): FakeRange {
    return this._child(FakeRange, "getSelectedRange", (t) => {
      if (t.selection) return { sheet: t.selection.sheet, rect: t.selection.rect };
      if (!t.activeSheet) throw richError("ItemNotFound", "no selection");
      return { sheet: t.activeSheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }
}

/** Workbook structure protection (ExcelApi 1.7). */
export class FakeWorkbookProtection extends HostObject<WorkbookState> {
  readonly _className = "WorkbookProtection";
  override readonly _api = "1.7";
  _props(): PropTable<WorkbookState> {
    return { protected: { get: (t) => Boolean(t.structureProtection) } };
  }
  protect(password?: string): void {
    this._call("protect", "1.7", (t) => sheetOps.protectStructure(t, password));
  }
  unprotect(password?: string): void {
    this._call("unprotect", "1.7", (t) => sheetOps.unprotectStructure(t, password));
  }
}

export class FakeApplication extends HostObject<WorkbookState> {
  readonly _className = "Application";

  _props(): PropTable<WorkbookState> {
    return { calculationMode: { get: () => "Automatic" } };
  }

  /** Formulas are not recalculated until the next sync (ExcelApi 1.6). */
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", "1.6", () =>
      this.session.engine.suspendCalculation()
    );
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call("suspendScreenUpdatingUntilNextSync", "1.9", () => {
      this.session.engine.screenUpdatingSuspensions += 1;
    });
  }
  calculate(calculationType: string): void {
    this._call("calculate", "1.1", (t) => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType))
        throw richError("InvalidArgument", `calculationType ${calculationType}`);
      t.calcDirty = true;
      this.session.engine.beforeRead();
    });
  }
}

export class FakeNamedItemCollection extends CollectionObject<
  NameState,
  FakeNamedItem,
  WorkbookState
> {
  readonly _className = "NamedItemCollection";

  _list(t: WorkbookState): NameState[] {
    return t.names;
  }
  protected _wrap(item: NameState): FakeNamedItem {
    return new FakeNamedItem(this.session, knownInit("items", item));
  }

  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    return this._child(
      FakeNamedItem,
      "add",
      (t) => {
        const ref: RangeRef | string =
          typeof reference === "string" ? reference : reference._target("NamedItemCollection.add");
        return names.addName(t, name, ref, comment);
      },
      { api: "1.4" }
    );
  }
  getItem(name: string): FakeNamedItem {
    return this._child(FakeNamedItem, "getItem", (t) => {
      const hit = names.findName(t, name);
      if (!hit) throw richError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
      return hit;
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return this._child(
      FakeNamedItem,
      "getItemOrNullObject",
      (t) => names.findName(t, name) ?? null,
      { api: "1.4" }
    );
  }
}

export class FakeNamedItem extends HostObject<NameState> {
  readonly _className = "NamedItem";

  protected override _isGone(t: NameState): boolean {
    return !this._state.names.includes(t);
  }

  _props(): PropTable<NameState> {
    return {
      name: { get: (t) => t.name },
      type: { get: (t) => names.nameView(t).type },
      value: { get: (t) => names.nameView(t).value },
      formula: { get: (t) => names.nameView(t).formula, api: "1.7" },
      comment: { get: (t) => t.comment, set: (t, v) => void (t.comment = String(v)), api: "1.4" },
      visible: { get: (t) => t.visible, set: (t, v) => void (t.visible = Boolean(v)) },
    };
  }

  getRange(): FakeRange {
    return this._child(FakeRange, "getRange", (t) => {
      const ref = names.nameRange(t);
      if (!ref) throw richError("InvalidOperation", `${t.name} does not refer to a range`);
      return ref;
    });
  }
  getRangeOrNullObject(): FakeRange {
    return this._child(FakeRange, "getRangeOrNullObject", (t) => names.nameRange(t), {
      api: "1.4",
    });
  }
  delete(): void {
    this._call("delete", "1.4", (t) => names.deleteName(this._state, t));
  }
}

/** workbook.tables (all) or worksheet.tables (that sheet's). */
export class FakeTableCollection extends CollectionObject<
  TableState,
  FakeTable,
  WorkbookState | SheetState
> {
  readonly _className = "TableCollection";

  _list(t: WorkbookState | SheetState): TableState[] {
    return "sheets" in t ? this._state.tables : this._state.tables.filter((x) => x.sheet === t);
  }
  protected _wrap(item: TableState): FakeTable {
    return new FakeTable(this.session, knownInit("items", item));
  }

  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    return this._child(FakeTable, "add", (t) => {
      const ref = this._addressOf(t, address);
      return tables.addTable(this._state, ref, hasHeaders);
    });
  }
  private _addressOf(t: WorkbookState | SheetState, address: FakeRange | string): RangeRef {
    if (typeof address !== "string") return address._target("TableCollection.add");
    if ("sheets" in t) {
      if (!address.includes("!"))
        throw richError("InvalidArgument", "workbook.tables.add needs a sheet-qualified address");
      return rangeOnSheet(t, t.sheets[0], address);
    }
    return rangeOnSheet(this._state, t, address);
  }
  getItem(key: string): FakeTable {
    return this._child(FakeTable, "getItem", (t) => {
      const hit = this._list(t).find((x) => tables.isKey(x, key));
      if (!hit) throw richError("ItemNotFound", `The requested resource doesn't exist: ${key}`);
      return hit;
    });
  }
  getItemOrNullObject(key: string): FakeTable {
    return this._child(
      FakeTable,
      "getItemOrNullObject",
      (t) => this._list(t).find((x) => tables.isKey(x, key)) ?? null,
      { api: "1.4" }
    );
  }
}

export class FakeTable extends HostObject<TableState> {
  readonly _className = "Table";

  protected override _isGone(t: TableState): boolean {
    return !this._state.tables.includes(t);
  }

  _props(): PropTable<TableState> {
    return {
      name: { get: (t) => t.name, set: (t, v) => tables.renameTable(this._state, t, v) },
      id: { get: (t) => String(t.id) },
      style: {
        get: (t) => t.style,
        set: (t, v) => {
          if (typeof v !== "string") throw richError("InvalidArgument", "table style");
          t.style = v;
        },
      },
      showFilterButton: {
        get: (t) => t.showFilterButton,
        set: (t, v) => void (t.showFilterButton = Boolean(v)),
        api: "1.3",
      },
      showHeaders: { get: () => true },
      showTotals: { get: () => false },
    };
  }

  get worksheet(): FakeWorksheet {
    return this._nav(FakeWorksheet, "worksheet", (t) => t.sheet);
  }

  private _part(name: string, part: "all" | "header" | "body"): FakeRange {
    return this._child(FakeRange, name, (t) => tables.tableRange(t, part));
  }
  getRange(): FakeRange {
    return this._part("getRange", "all");
  }
  getHeaderRowRange(): FakeRange {
    return this._part("getHeaderRowRange", "header");
  }
  getDataBodyRange(): FakeRange {
    return this._part("getDataBodyRange", "body");
  }
  delete(): void {
    this._call("delete", "1.1", (t) => tables.deleteTable(this._state, t));
  }
}

/** workbook.notes or worksheet.notes: ExcelApi 1.18, ApiNotFound below. */
export class FakeNoteCollection extends CollectionObject<
  NoteRef,
  FakeNote,
  WorkbookState | SheetState
> {
  readonly _className = "NoteCollection";
  override readonly _api = "1.18";

  _list(t: WorkbookState | SheetState): NoteRef[] {
    return obj.notesOf("sheets" in t ? t.sheets : [t]);
  }
  protected _wrap(item: NoteRef): FakeNote {
    return new FakeNote(this.session, knownInit("items", item));
  }
  private _cell(
    t: WorkbookState | SheetState,
    cell: FakeRange | string,
    location: string
  ): NoteRef {
    if (typeof cell !== "string") return obj.noteAt(cell._target(location));
    if ("sheets" in t && !cell.includes("!"))
      throw richError("InvalidArgument", "workbook.notes needs a sheet-qualified address");
    const sheet = "sheets" in t ? t.sheets[0] : t;
    return obj.noteAt(rangeOnSheet(this._state, sheet, cell));
  }

  add(cellAddress: FakeRange | string, content: string): FakeNote {
    return this._child(
      FakeNote,
      "add",
      (t) => obj.addNote(this._cell(t, cellAddress, "NoteCollection.add"), content),
      { api: "1.18" }
    );
  }
  getItem(key: FakeRange | string): FakeNote {
    return this._child(
      FakeNote,
      "getItem",
      (t) => {
        const at = this._cell(t, key, "NoteCollection.getItem");
        obj.noteOrThrow(at);
        return at;
      },
      { api: "1.18" }
    );
  }
  getItemOrNullObject(key: FakeRange | string): FakeNote {
    return this._child(
      FakeNote,
      "getItemOrNullObject",
      (t) => {
        const at = this._cell(t, key, "NoteCollection.getItemOrNullObject");
        return obj.getNote(at) ? at : null;
      },
      { api: "1.18" }
    );
  }
  override getItemAt(index: number): FakeNote {
    return this._child(
      FakeNote,
      "getItemAt",
      (t) => {
        const at = this._list(t)[index];
        if (!at) throw richError("ItemNotFound", `no note at ${index}`);
        return at;
      },
      { api: "1.18" }
    );
  }
}

export class FakeNote extends HostObject<NoteRef> {
  readonly _className = "Note";
  override readonly _api = "1.18";

  constructor(context: HostSession, init: ObjectInit<NoteRef>) {
    super(context, init);
  }

  protected override _isGone(t: NoteRef): boolean {
    return t.sheet.deleted || !obj.getNote(t);
  }

  _props(): PropTable<NoteRef> {
    return {
      content: { get: (t) => obj.noteOrThrow(t).content, set: (t, v) => obj.setNoteContent(t, v) },
      authorName: { get: (t) => obj.noteOrThrow(t).author },
    };
  }

  delete(): void {
    this._call("delete", "1.18", (t) => obj.deleteNote(t));
  }
  getLocation(): FakeRange {
    return this._child(
      FakeRange,
      "getLocation",
      (t) => ({ sheet: t.sheet, rect: { r0: t.row, c0: t.col, r1: t.row, c1: t.col } }),
      { api: "1.18" }
    );
  }
}

import type { Rect } from "./address";
import { MAX_COLS, MAX_ROWS, qualified, rectArea, rectCols, rectRows } from "./address";
import type { RangeRef, WriteEnv } from "./cells";
import {
  readFormulas,
  readNumberFormat,
  readText,
  readValues,
  readValueTypes,
  writeContents,
  writeNumberFormat,
} from "./cells";
import type { HostSession } from "./objects-base";
import { richError } from "./errors";
import * as fmt from "./formats";
import type { CfRef } from "./objects";
import * as obj from "./objects";
import type { PropTable, ObjectInit } from "./objects-base";
import { CollectionObject, HostObject } from "./objects-base";
import type { SheetState } from "./state";
import { storedCellsIn } from "./state";
import { DEFAULT_FORMAT } from "./styles";
import { FakeWorksheet, rangeOnSheet } from "./worksheet";

/** Range and what hangs off it: format, fill, font, borders, protection, validation, CFs. */

export function writeEnv(context: HostSession): WriteEnv {
  return {
    currentYear: context.engine.currentYear,
    markDirty: () => {
      context.engine.state.calcDirty = true;
    },
    tables: () => context.engine.state.tables,
  };
}

function shifted(rect: Rect, dr: number, dc: number, rows: number, cols: number): Rect {
  const out = {
    r0: rect.r0 + dr,
    c0: rect.c0 + dc,
    r1: rect.r0 + dr + rows - 1,
    c1: rect.c0 + dc + cols - 1,
  };
  if (
    out.r0 < 0 ||
    out.c0 < 0 ||
    out.r1 >= MAX_ROWS ||
    out.c1 >= MAX_COLS ||
    rows < 1 ||
    cols < 1
  ) {
    throw richError("InvalidArgument", "The range would leave the worksheet.");
  }
  return out;
}

function intArgs(...xs: unknown[]): number[] {
  if (!xs.every((x) => typeof x === "number" && Number.isInteger(x))) {
    throw richError("InvalidArgument", "expected whole numbers");
  }
  return xs as number[];
}

abstract class RangePart<T> extends HostObject<T> {
  protected override _isGone(target: T): boolean {
    return (target as unknown as { sheet: SheetState }).sheet.deleted;
  }
}

export class FakeRange extends RangePart<RangeRef> {
  readonly _className = "Range";

  constructor(context: HostSession, init: ObjectInit<RangeRef>) {
    super(context, init);
  }

  _props(): PropTable<RangeRef> {
    const env = writeEnv(this.session);
    return {
      address: { get: (t) => qualified(t.sheet.name, t.rect) },
      addressLocal: { get: (t) => qualified(t.sheet.name, t.rect) },
      values: { get: readValues, set: (t, v) => writeContents(t, v, "values", env) },
      formulas: {
        get: (t) => readFormulas(t, this._state.tables),
        set: (t, v) => writeContents(t, v, "formulas", env),
      },
      numberFormat: { get: readNumberFormat, set: (t, v) => writeNumberFormat(t, v) },
      text: { get: readText },
      valueTypes: { get: readValueTypes },
      rowCount: { get: (t) => rectRows(t.rect) },
      columnCount: { get: (t) => rectCols(t.rect) },
      cellCount: { get: (t) => rectArea(t.rect) },
      rowIndex: { get: (t) => t.rect.r0 },
      columnIndex: { get: (t) => t.rect.c0 },
      rowHidden: { get: fmt.readRowHidden, set: fmt.setRowHidden, api: "1.2" },
    };
  }

  get format(): FakeRangeFormat {
    return this._nav(FakeRangeFormat, "format", (t) => t);
  }
  get dataValidation(): FakeDataValidation {
    return this._nav(FakeDataValidation, "dataValidation", (t) => t);
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._nav(FakeConditionalFormatCollection, "conditionalFormats", (t) => t);
  }
  get worksheet(): FakeWorksheet {
    return this._nav(FakeWorksheet, "worksheet", (t) => t.sheet);
  }

  private _range(name: string, derive: (t: RangeRef) => Rect, api = "1.1"): FakeRange {
    return this._child(FakeRange, name, (t) => ({ sheet: t.sheet, rect: derive(t) }), { api });
  }

  getCell(row: number, column: number): FakeRange {
    return this._range("getCell", (t) => {
      const [r, c] = intArgs(row, column);
      return shifted(t.rect, r, c, 1, 1);
    });
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this._range(
      "getResizedRange",
      (t) => {
        const [dr, dc] = intArgs(deltaRows, deltaColumns);
        return shifted(t.rect, 0, 0, rectRows(t.rect) + dr, rectCols(t.rect) + dc);
      },
      "1.3"
    );
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this._range("getOffsetRange", (t) => {
      const [dr, dc] = intArgs(rowOffset, columnOffset);
      return shifted(t.rect, dr, dc, rectRows(t.rect), rectCols(t.rect));
    });
  }
  /** The smallest range holding this one and `another` (a Range or an address on this sheet). */
  getBoundingRect(another: FakeRange | string): FakeRange {
    return this._range("getBoundingRect", (t) => {
      const o =
        typeof another === "string"
          ? rangeOnSheet(this._state, t.sheet, another)
          : another._target("Range.getBoundingRect");
      if (o.sheet !== t.sheet) throw richError("InvalidArgument", "ranges on different sheets");
      return {
        r0: Math.min(t.rect.r0, o.rect.r0),
        c0: Math.min(t.rect.c0, o.rect.c0),
        r1: Math.max(t.rect.r1, o.rect.r1),
        c1: Math.max(t.rect.c1, o.rect.c1),
      };
    });
  }
  getRow(row: number): FakeRange {
    return this._range("getRow", (t) => shifted(t.rect, intArgs(row)[0], 0, 1, rectCols(t.rect)));
  }
  getColumn(column: number): FakeRange {
    return this._range("getColumn", (t) =>
      shifted(t.rect, 0, intArgs(column)[0], rectRows(t.rect), 1)
    );
  }
  getEntireColumn(): FakeRange {
    return this._range("getEntireColumn", (t) => ({
      r0: 0,
      r1: MAX_ROWS - 1,
      c0: t.rect.c0,
      c1: t.rect.c1,
    }));
  }
  getEntireRow(): FakeRange {
    return this._range("getEntireRow", (t) => ({
      r0: t.rect.r0,
      r1: t.rect.r1,
      c0: 0,
      c1: MAX_COLS - 1,
    }));
  }

  merge(across = false): void {
    this._call("merge", "1.2", (t) =>
      fmt.merge(
        t,
        across,
        this._state.tables.filter((x) => x.sheet === t.sheet).map((x) => x.rect)
      )
    );
  }
  unmerge(): void {
    this._call("unmerge", "1.2", (t) => fmt.unmerge(t));
  }
  select(): void {
    this._call("select", "1.1", (t) => {
      this._state.activeSheet = t.sheet;
      this._state.selection = { sheet: t.sheet, rect: t.rect };
    });
  }
  /** Range.clear(applyTo): "All" (default), "Contents" or "Formats". */
  clear(applyTo: string = "All"): void {
    this._call("clear", "1.1", (t) => clearRange(t, applyTo, writeEnv(this.session)));
  }
}

function clearRange(t: RangeRef, applyTo: string, env: WriteEnv): void {
  const what = fmt.oneOf(applyTo, ["All", "Contents", "Formats", "Hyperlinks"], "applyTo");
  if (what === "All" || what === "Contents") writeContents(t, null, "clear", env);
  if (what === "All" || what === "Contents") {
    for (const [, , cell] of storedCellsIn(t.sheet, t.rect)) {
      delete cell.value;
      delete cell.formula;
    }
  }
  if (what === "All" || what === "Formats") {
    fmt.updateFormat(t, "format", () => DEFAULT_FORMAT);
    writeNumberFormat(t, "General");
  }
}

export class FakeRangeFormat extends RangePart<RangeRef> {
  readonly _className = "RangeFormat";

  _props(): PropTable<RangeRef> {
    const align = (which: "horizontal" | "vertical") => ({
      get: (t: RangeRef) =>
        fmt.uniform(t, (f) =>
          which === "horizontal" ? f.horizontalAlignment : f.verticalAlignment
        ),
      set: (t: RangeRef, v: unknown) => fmt.setAlignment(t, which, v),
    });
    return {
      horizontalAlignment: align("horizontal"),
      verticalAlignment: align("vertical"),
      wrapText: {
        get: (t) => fmt.uniform(t, (f) => f.wrapText),
        set: (t, v) => fmt.setBoolean(t, "format", v, (f, b) => ({ ...f, wrapText: b })),
      },
      columnWidth: { get: fmt.readColumnWidth, set: fmt.setColumnWidth, api: "1.2" },
      rowHeight: { get: fmt.readRowHeight, set: fmt.setRowHeight, api: "1.2" },
    };
  }

  get fill(): FakeRangeFill {
    return this._nav(FakeRangeFill, "fill", (t) => t);
  }
  get font(): FakeRangeFont {
    return this._nav(FakeRangeFont, "font", (t) => t);
  }
  get borders(): FakeRangeBorderCollection {
    return this._nav(FakeRangeBorderCollection, "borders", (t) => t);
  }
  get protection(): FakeFormatProtection {
    return this._nav(FakeFormatProtection, "protection", (t) => t);
  }

  autofitColumns(): void {
    this._call("autofitColumns", "1.2", () => undefined);
  }
  autofitRows(): void {
    this._call("autofitRows", "1.2", () => undefined);
  }
}

export class FakeRangeFill extends RangePart<RangeRef> {
  readonly _className = "RangeFill";

  _props(): PropTable<RangeRef> {
    return {
      color: { get: (t) => fmt.readFill(t)?.color ?? null, set: fmt.setFillColor },
      pattern: {
        get: (t) => fmt.readFill(t)?.pattern ?? null,
        set: fmt.setFillPattern,
        api: "1.9",
      },
      patternColor: { get: fmt.readPatternColor, set: fmt.setPatternColor, api: "1.9" },
      tintAndShade: {
        get: (t) => fmt.readFill(t)?.tintAndShade ?? null,
        set: fmt.setFillTint,
        api: "1.9",
      },
    };
  }

  clear(): void {
    this._call("clear", "1.1", fmt.clearFill);
  }
}

export class FakeRangeFont extends RangePart<RangeRef> {
  readonly _className = "RangeFont";

  _props(): PropTable<RangeRef> {
    const font = (key: fmt.FontKey) => ({
      get: (t: RangeRef) => fmt.readFont(t, key),
      set: (t: RangeRef, v: unknown) => fmt.setFont(t, key, v),
    });
    return {
      name: font("name"),
      size: font("size"),
      bold: font("bold"),
      italic: font("italic"),
      color: font("color"),
    };
  }
}

interface BorderRef extends RangeRef {
  index: string;
}

export class FakeRangeBorderCollection extends RangePart<RangeRef> {
  readonly _className = "RangeBorderCollection";

  _props(): PropTable<RangeRef> {
    return {};
  }

  getItem(index: string): FakeRangeBorder {
    return this._child(FakeRangeBorder, "getItem", (t) => ({ ...t, index }));
  }
}

export class FakeRangeBorder extends RangePart<BorderRef> {
  readonly _className = "RangeBorder";

  _props(): PropTable<BorderRef> {
    const side = (key: "style" | "weight" | "color") => ({
      get: (t: BorderRef) => fmt.readBorder(t, t.index, key),
      set: (t: BorderRef, v: unknown) => fmt.setBorder(t, t.index, key, v),
    });
    return {
      style: side("style"),
      weight: side("weight"),
      color: side("color"),
      sideIndex: { get: (t) => t.index },
    };
  }
}

export class FakeFormatProtection extends RangePart<RangeRef> {
  readonly _className = "FormatProtection";

  _props(): PropTable<RangeRef> {
    return {
      locked: {
        get: (t) => fmt.uniform(t, (f) => f.locked),
        set: (t, v) => fmt.setBoolean(t, "locked", v, (f, b) => ({ ...f, locked: b })),
        api: "1.2",
      },
    };
  }
}

export class FakeDataValidation extends RangePart<RangeRef> {
  readonly _className = "DataValidation";
  override readonly _api = "1.8";

  _props(): PropTable<RangeRef> {
    const shared = (t: RangeRef) => obj.sharedValidation(t);
    const part = <K extends "errorAlert" | "prompt" | "ignoreBlanks">(k: K) => ({
      get: (t: RangeRef) => {
        const v = shared(t);
        return v === "mixed"
          ? null
          : v
            ? structuredClone(v[k])
            : k === "ignoreBlanks"
              ? true
              : k === "errorAlert"
                ? { ...obj.DEFAULT_ERROR_ALERT }
                : { showPrompt: false, title: "", message: "" };
      },
      set: (t: RangeRef, value: unknown) => obj.setValidationPart(t, k, value),
    });
    return {
      rule: {
        get: (t) => {
          const v = shared(t);
          return v === "mixed" ? null : structuredClone(v?.rule ?? {});
        },
        set: (t, v) => obj.setValidationRule(t, v),
      },
      type: { get: (t) => obj.validationType(shared(t)) },
      errorAlert: part("errorAlert"),
      prompt: part("prompt"),
      ignoreBlanks: part("ignoreBlanks"),
    };
  }

  clear(): void {
    this._call("clear", "1.8", obj.clearValidation);
  }
}

/** A proxy over a conditional format found again by its position each time it is used. */
function byPosition(name: string, at: () => CfRef): ObjectInit<CfRef> {
  return { name, cache: false, resolve: at };
}

export class FakeConditionalFormatCollection extends CollectionObject<
  CfRef,
  FakeConditionalFormat,
  RangeRef
> {
  readonly _className = "ConditionalFormatCollection";
  override readonly _api = "1.6";

  _list(t: RangeRef): CfRef[] {
    return obj.conditionalFormatsIn(t).map((cf) => ({ sheet: t.sheet, cf }));
  }
  /**
   * An item is the format at its id (priority) when it is used, as with getItem(id): an add or
   * delete earlier in the same batch moves it.
   */
  protected _wrap(item: CfRef): FakeConditionalFormat {
    const id = obj.cfId(item.cf);
    return new FakeConditionalFormat(
      this.session,
      byPosition("items", () => obj.cfAt(item.sheet, id))
    );
  }

  add(type: string): FakeConditionalFormat {
    return this._child(
      FakeConditionalFormat,
      "add",
      (t) => obj.addConditionalFormat({ sheet: t.sheet, rects: [t.rect] }, type),
      { api: "1.6" }
    );
  }
  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.session,
      byPosition("getItem", () => {
        const t = this._target("ConditionalFormatCollection.getItem");
        const hit = obj.cfAt(t.sheet, id);
        if (!this._list(t).some((c) => c.cf === hit.cf))
          throw richError("ItemNotFound", `No conditional format ${id}`);
        return hit;
      })
    );
  }
  override getItemAt(index: number): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.session,
      byPosition("getItemAt", () => {
        const hit = this._list(this._target("ConditionalFormatCollection.getItemAt"))[index];
        if (!hit) throw richError("ItemNotFound", `No conditional format at ${index}`);
        return hit;
      })
    );
  }
  clearAll(): void {
    this._call("clearAll", "1.6", (t) => {
      for (const c of this._list(t)) obj.deleteConditionalFormat(c);
    });
  }
}

export class FakeConditionalFormat extends HostObject<CfRef> {
  readonly _className = "ConditionalFormat";
  override readonly _api = "1.6";

  protected override _isGone(t: CfRef): boolean {
    return obj.cfGone(t);
  }

  _props(): PropTable<CfRef> {
    return {
      id: { get: (t) => obj.cfId(t.cf) },
      type: { get: (t) => t.cf.type },
      priority: { get: (t) => t.cf.priority },
      stopIfTrue: {
        get: (t) => t.cf.stopIfTrue,
        set: (t, v) => {
          t.cf.stopIfTrue = Boolean(v);
        },
      },
    };
  }

  get custom(): FakeCustomConditionalFormat {
    return this._nav(FakeCustomConditionalFormat, "custom", (t) => t);
  }
  /** ExcelApi 1.6: a null object when the format is not a custom (formula) one. */
  get customOrNullObject(): FakeCustomConditionalFormat {
    return this._nav(FakeCustomConditionalFormat, "customOrNullObject", (t) =>
      t.cf.type === "Custom" ? t : (null as unknown as CfRef)
    );
  }

  delete(): void {
    this._call("delete", "1.6", obj.deleteConditionalFormat);
  }
  /** "Throws an error if the conditional format is applied to multiple ranges." */
  getRange(): FakeRange {
    return this._child(FakeRange, "getRange", (t) => {
      if (t.cf.ranges.length > 1)
        throw richError("InvalidOperation", "The conditional format covers several ranges.");
      return { sheet: t.sheet, rect: t.cf.ranges[0] };
    });
  }
  /** A null object when the format covers several ranges. */
  getRangeOrNullObject(): FakeRange {
    return this._child(
      FakeRange,
      "getRangeOrNullObject",
      (t) => (t.cf.ranges.length > 1 ? null : { sheet: t.sheet, rect: t.cf.ranges[0] }),
      { api: "1.6" }
    );
  }
  /** ExcelApi 1.9: every area the format covers. */
  getRanges(): FakeRangeAreas {
    return this._child(
      FakeRangeAreas,
      "getRanges",
      (t) => ({ sheet: t.sheet, rects: t.cf.ranges }),
      { api: "1.9" }
    );
  }
}

/** RangeAreas (ExcelApi 1.9), as far as a conditional format's areas need it. */
export class FakeRangeAreas extends RangePart<{ sheet: SheetState; rects: Rect[] }> {
  readonly _className = "RangeAreas";
  override readonly _api = "1.9";
  _props(): PropTable<{ sheet: SheetState; rects: Rect[] }> {
    return {
      address: { get: (t) => t.rects.map((r) => qualified(t.sheet.name, r)).join(",") },
      areaCount: { get: (t) => t.rects.length },
    };
  }
}

abstract class CfPart extends HostObject<CfRef> {
  override readonly _api = "1.6";
  protected override _isGone(t: CfRef): boolean {
    return obj.cfGone(t);
  }
  protected guard(t: CfRef): void {
    if (t.sheet.protection.protected && !t.sheet.protection.options.allowFormatCells) {
      throw richError("AccessDenied", `${t.sheet.name} is protected.`);
    }
  }
}

export class FakeCustomConditionalFormat extends CfPart {
  readonly _className = "CustomConditionalFormat";
  _props(): PropTable<CfRef> {
    return {};
  }
  get rule(): FakeConditionalFormatRule {
    return this._nav(FakeConditionalFormatRule, "rule", (t) => t);
  }
  get format(): FakeConditionalRangeFormat {
    return this._nav(FakeConditionalRangeFormat, "format", (t) => t);
  }
}

export class FakeConditionalFormatRule extends CfPart {
  readonly _className = "ConditionalFormatRule";
  _props(): PropTable<CfRef> {
    return {
      formula: {
        get: (t) => t.cf.formula,
        set: (t, v) => {
          this.guard(t);
          if (typeof v !== "string") throw richError("InvalidArgument", "formula must be text");
          t.cf.formula = v;
        },
      },
    };
  }
}

export class FakeConditionalRangeFormat extends CfPart {
  readonly _className = "ConditionalRangeFormat";
  _props(): PropTable<CfRef> {
    return {};
  }
  get fill(): FakeConditionalRangeFill {
    return this._nav(FakeConditionalRangeFill, "fill", (t) => t);
  }
  get font(): FakeConditionalRangeFont {
    return this._nav(FakeConditionalRangeFont, "font", (t) => t);
  }
}

export class FakeConditionalRangeFill extends CfPart {
  readonly _className = "ConditionalRangeFill";
  _props(): PropTable<CfRef> {
    return {
      color: {
        get: (t) => (t.cf.fill && "rgb" in t.cf.fill ? t.cf.fill.rgb : null),
        set: (t, v) => {
          this.guard(t);
          t.cf.fill = { rgb: fmt.rgbOrThrow(v) };
        },
      },
    };
  }
  clear(): void {
    this._call("clear", "1.6", (t) => {
      this.guard(t);
      t.cf.fill = null;
    });
  }
}

export class FakeConditionalRangeFont extends CfPart {
  readonly _className = "ConditionalRangeFont";
  _props(): PropTable<CfRef> {
    return {
      color: {
        get: (t) => t.cf.fontColor,
        set: (t, v) => {
          this.guard(t);
          t.cf.fontColor = fmt.rgbOrThrow(v);
        },
      },
      bold: {
        get: (t) => t.cf.fontBold ?? null,
        set: (t, v) => {
          this.guard(t);
          if (typeof v !== "boolean")
            throw richError("InvalidArgument", "bold must be true or false");
          t.cf.fontBold = v;
        },
      },
    };
  }
}

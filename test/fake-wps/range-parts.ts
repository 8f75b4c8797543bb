import type { Rect } from "../fake-excel/address";
import { cellA1 } from "../fake-excel/address";
import type { RangeRef } from "../fake-excel/cells";
import {
  addConditionalFormat,
  clearValidation,
  conditionalFormatsIn,
  deleteConditionalFormat,
  setValidationPart,
  setValidationRule,
} from "../fake-excel/objects";
import type { ConditionalFormatState, SheetState } from "../fake-excel/state";
import { guardWrite } from "../fake-excel/guards";
import { XL } from "./enums";
import { asWps, refused } from "./errors";
import type { FakeWps } from "./host";
import { bgrOfRgb, rgbOfBgr } from "./range";

/** A cell comment (批注): Text() reads it, Delete() removes it. */
export class Comment {
  constructor(
    private readonly host: FakeWps,
    private readonly sheet: SheetState,
    private readonly row: number,
    private readonly col: number
  ) {}
  Text(): string {
    this.host.cross("Comment.Text");
    return this.sheet.notes.get(this.host.key(this.row, this.col))?.content ?? "";
  }
  get Parent(): unknown {
    this.host.cross("Comment.Parent");
    return this.host.range(this.sheet, { r0: this.row, r1: this.row, c0: this.col, c1: this.col });
  }
  Delete(): void {
    this.host.cross("Comment.Delete");
    asWps(() => guardWrite(this.sheet, "notes"));
    this.sheet.notes.delete(this.host.key(this.row, this.col));
  }
  get address(): string {
    return cellA1(this.row, this.col);
  }
}

/** One conditional format: Type, Formula1, Interior/Font of its format, Delete(). */
export class FormatCondition {
  constructor(
    private readonly host: FakeWps,
    private readonly sheet: SheetState,
    readonly cf: ConditionalFormatState
  ) {}
  get Type(): number {
    this.host.cross("FormatCondition.Type");
    return XL.xlExpression;
  }
  get Formula1(): string {
    this.host.cross("FormatCondition.Formula1");
    return this.cf.formula;
  }
  get Interior(): { Color: number } {
    const cf = this.cf;
    const host = this.host;
    return {
      get Color() {
        return cf.fill && "rgb" in cf.fill ? bgrOfRgb(cf.fill.rgb) : 0xffffff;
      },
      set Color(bgr: number) {
        host.cross("FormatCondition.Interior.Color=");
        cf.fill = { rgb: rgbOfBgr(bgr) };
      },
    };
  }
  get Font(): { Color: number; Bold: boolean } {
    const cf = this.cf;
    const host = this.host;
    return {
      get Color() {
        return cf.fontColor ? bgrOfRgb(cf.fontColor) : 0;
      },
      set Color(bgr: number) {
        host.cross("FormatCondition.Font.Color=");
        cf.fontColor = rgbOfBgr(bgr);
      },
      get Bold() {
        return false;
      },
      set Bold(_v: boolean) {
        host.cross("FormatCondition.Font.Bold=");
      },
    };
  }
  Delete(): void {
    this.host.cross("FormatCondition.Delete");
    asWps(() => deleteConditionalFormat({ sheet: this.sheet, cf: this.cf }));
  }
}

/**
 * Range.FormatConditions: the formats that touch the range, 1-based (Item(1) is the top
 * priority). Add(xlExpression, , "=formula") puts the new format at the top, as Excel does; only
 * expression formats are modelled, anything else is refused loudly.
 */
export class FormatConditions {
  constructor(
    private readonly host: FakeWps,
    private readonly sheet: SheetState,
    private readonly rect: Rect,
    private readonly ref: RangeRef
  ) {}
  private get list(): ConditionalFormatState[] {
    return conditionalFormatsIn(this.ref);
  }
  get Count(): number {
    this.host.cross("FormatConditions.Count");
    return this.list.length;
  }
  Item(i: number): FormatCondition {
    this.host.cross("FormatConditions.Item");
    const cf = this.list[i - 1];
    if (!cf) throw refused(`FormatConditions.Item(${i}): no such format`);
    return new FormatCondition(this.host, this.sheet, cf);
  }
  Add(type: number, _operator?: unknown, formula1?: string): FormatCondition {
    this.host.cross("FormatConditions.Add");
    if (type !== XL.xlExpression)
      throw refused(`FormatConditions.Add type ${type} is not modelled`);
    if (typeof formula1 !== "string" || !formula1.startsWith("="))
      throw refused('an expression format needs Formula1 = "=…"');
    const at = asWps(() =>
      addConditionalFormat({ sheet: this.sheet, rects: [{ ...this.rect }] }, "Custom")
    );
    at.cf.formula = formula1;
    return new FormatCondition(this.host, this.sheet, at.cf);
  }
  Delete(): void {
    this.host.cross("FormatConditions.Delete");
    for (const cf of this.list) asWps(() => deleteConditionalFormat({ sheet: this.sheet, cf }));
  }
}

/**
 * Range.Validation: Add(Type, AlertStyle, Operator, Formula1) fails where a rule already exists
 * (VBA: delete it first); ErrorTitle, ErrorMessage and InCellDropdown follow.
 */
export class Validation {
  private readonly ref: RangeRef;
  constructor(
    private readonly host: FakeWps,
    sheet: SheetState,
    rect: Rect
  ) {
    this.ref = { sheet, rect };
  }
  private hasRule(): boolean {
    const { sheet, rect } = this.ref;
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++)
        if (sheet.validations.has(this.host.key(r, c))) return true;
    return false;
  }
  Add(type: number, alertStyle: number, _operator: number, formula1: string): void {
    this.host.cross("Validation.Add");
    if (type !== XL.xlValidateList) throw refused(`Validation type ${type} is not modelled`);
    if (this.hasRule()) throw refused("the range already has a validation rule: Delete it first");
    const style =
      {
        [XL.xlValidAlertStop]: "Stop",
        [XL.xlValidAlertWarning]: "Warning",
        [XL.xlValidAlertInformation]: "Information",
      }[alertStyle] ?? "Stop";
    asWps(() => setValidationRule(this.ref, { list: { inCellDropDown: true, source: formula1 } }));
    asWps(() => setValidationPart(this.ref, "errorAlert", { style, showAlert: true }));
  }
  Delete(): void {
    this.host.cross("Validation.Delete");
    asWps(() => clearValidation(this.ref));
  }
  set ErrorTitle(title: string) {
    this.host.cross("Validation.ErrorTitle=");
    asWps(() => setValidationPart(this.ref, "errorAlert", { title }));
  }
  set ErrorMessage(message: string) {
    this.host.cross("Validation.ErrorMessage=");
    asWps(() => setValidationPart(this.ref, "errorAlert", { message }));
  }
  set InCellDropdown(v: boolean) {
    this.host.cross("Validation.InCellDropdown=");
    const { sheet, rect } = this.ref;
    const rule = sheet.validations.get(this.host.key(rect.r0, rect.c0))?.rule;
    if (!rule?.list) throw refused("InCellDropdown needs a list rule");
    asWps(() => setValidationRule(this.ref, { list: { ...rule.list!, inCellDropDown: v } }));
  }
}

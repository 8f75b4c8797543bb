import type { Rect } from "./address";
import { parseA1, qualified, rectA1, splitSheet } from "./address";
import type { RangeRef } from "./cells";
import { richError } from "./errors";
import type { NameState, WorkbookState } from "./state";
import { findSheet } from "./state";

/** Workbook-scoped defined names. */

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u;

export function checkDefinedName(state: WorkbookState, name: unknown, self?: object): string {
  const ok =
    typeof name === "string" &&
    name.length <= 255 &&
    NAME.test(name) &&
    !parseA1(name) &&
    !/^[Rr](\d+)?([Cc](\d+)?)?$/.test(name);
  if (!ok) throw richError("InvalidArgument", `invalid name: ${String(name)}`);
  const lower = name.toLowerCase();
  const clash =
    state.names.find((n) => n.name.toLowerCase() === lower && n !== self) ??
    state.tables.find((t) => t.name.toLowerCase() === lower && t !== self);
  if (clash)
    throw richError(
      "ItemAlreadyExists",
      `A resource with the same name or identifier already exists: ${name}`
    );
  return name;
}

export function findName(state: WorkbookState, name: string): NameState | undefined {
  const lower = name.toLowerCase();
  return state.names.find((n) => n.name.toLowerCase() === lower);
}

/** Resolves "=Sheet!$A$1", "'My sheet'!A1:B2" to a sheet and rectangle; undefined if no range. */
export function parseRangeReference(state: WorkbookState, reference: string): RangeRef | undefined {
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  const { sheet, address } = splitSheet(text);
  if (!sheet) return undefined;
  const s = findSheet(state, sheet);
  const rect = parseA1(address);
  if (!s || !rect) return undefined;
  return { sheet: s, rect };
}

export function addName(
  state: WorkbookState,
  name: unknown,
  reference: RangeRef | string,
  comment = ""
): NameState {
  const checked = checkDefinedName(state, name);
  const ref = typeof reference === "string" ? parseRangeReference(state, reference) : reference;
  if (!ref && (typeof reference !== "string" || !reference.startsWith("="))) {
    throw richError("InvalidArgument", `not a reference: ${String(reference)}`);
  }
  const item: NameState = {
    name: checked,
    ref: ref ? { sheet: ref.sheet, rect: ref.rect } : null,
    formulaText: ref ? undefined : (reference as string),
    comment,
    visible: true,
  };
  state.names.push(item);
  state.structureVersion += 1;
  state.calcDirty = true;
  return item;
}

export function deleteName(state: WorkbookState, item: NameState): void {
  state.names = state.names.filter((n) => n !== item);
  state.structureVersion += 1;
  state.calcDirty = true;
}

/** NamedItem.type / value / formula as Excel reports them. */
export function nameView(item: NameState): { type: string; value: unknown; formula: string } {
  if (item.ref) {
    const value = qualified(item.ref.sheet.name, item.ref.rect, true);
    return { type: "Range", value, formula: `=${value}` };
  }
  if (item.formulaText !== undefined) {
    const body = item.formulaText.slice(1);
    const n = Number(body);
    if (body !== "" && !Number.isNaN(n))
      return {
        type: Number.isInteger(n) ? "Integer" : "Double",
        value: n,
        formula: item.formulaText,
      };
    if (/^(TRUE|FALSE)$/i.test(body))
      return { type: "Boolean", value: /^TRUE$/i.test(body), formula: item.formulaText };
    if (/^".*"$/.test(body))
      return { type: "String", value: body.slice(1, -1), formula: item.formulaText };
    return { type: "Error", value: "#NAME?", formula: item.formulaText };
  }
  return { type: "Error", value: "#REF!", formula: "=#REF!" };
}

export function nameRange(item: NameState): RangeRef | null {
  return item.ref && !item.ref.sheet.deleted
    ? { sheet: item.ref.sheet, rect: item.ref.rect }
    : null;
}

export function absoluteRect(rect: Rect): string {
  return rectA1(rect, true);
}

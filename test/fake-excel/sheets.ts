import { rectsOverlap } from "./address";
import { richError } from "./errors";
import type { ProtectionOptions, SheetState, Visibility, WorkbookState } from "./state";
import { createSheet, DEFAULT_PROTECTION_OPTIONS, findSheet, storedCellsIn } from "./state";
import { oneOf } from "./formats";
import { normalizeRgb } from "./styles";

/** Worksheet semantics: names, visibility, order, deletion, protection. */

const FORBIDDEN = /[\\/?*[\]:]/;

export function checkSheetName(state: WorkbookState, name: unknown, self?: SheetState): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || FORBIDDEN.test(name)) {
    throw richError("InvalidArgument", `invalid sheet name: ${String(name)}`);
  }
  if (name.startsWith("'") || name.endsWith("'")) {
    throw richError(
      "InvalidArgument",
      `a sheet name cannot start or end with an apostrophe: ${name}`
    );
  }
  const other = findSheet(state, name);
  if (other && other !== self) {
    throw richError(
      "ItemAlreadyExists",
      `A resource with the same name or identifier already exists: ${name}`
    );
  }
  return name;
}

function defaultSheetName(state: WorkbookState): string {
  for (let n = state.sheets.length + 1; ; n++) {
    if (!findSheet(state, `Sheet${n}`)) return `Sheet${n}`;
  }
}

/**
 * Workbook structure protection refuses adding, deleting, renaming, moving and hiding sheets.
 * Ref: https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection (ExcelApi 1.7);
 * TOOLCHAIN.md, Office facts: "Workbook structure protection … refuses adding, deleting,
 * renaming and hiding sheets".
 */
export function guardStructure(state: WorkbookState, what: string): void {
  if (state.structureProtection)
    throw richError("AccessDenied", `The workbook structure is protected (${what}).`);
}

export function addSheet(state: WorkbookState, name?: string): SheetState {
  guardStructure(state, "add a sheet");
  const sheet = createSheet(state, checkSheetName(state, name ?? defaultSheetName(state)));
  state.sheets.push(sheet);
  state.structureVersion += 1;
  state.calcDirty = true;
  return sheet;
}

/** `Worksheet.id`: a GUID-shaped id that outlives renames. */
export function sheetId(sheet: SheetState): string {
  return `{00000000-0001-0000-${String(sheet.id).padStart(4, "0")}-000000000000}`;
}

/** `worksheets.getItem(key)`: "the name or ID of the worksheet". */
function sheetByKey(state: WorkbookState, key: string): SheetState | undefined {
  return findSheet(state, key) ?? state.sheets.find((s) => sheetId(s) === key);
}

export function getSheetOrThrow(state: WorkbookState, name: string): SheetState {
  const sheet = sheetByKey(state, name);
  if (!sheet) throw richError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
  return sheet;
}

function visibleCount(state: WorkbookState): number {
  return state.sheets.filter((s) => s.visibility === "Visible").length;
}

/** Deleting a very hidden sheet or the last visible one fails (InvalidOperation). */
export function deleteSheet(state: WorkbookState, sheet: SheetState): void {
  guardStructure(state, "delete a sheet");
  if (sheet.visibility === "VeryHidden") {
    throw richError(
      "InvalidOperation",
      `Cannot delete a very hidden sheet (${sheet.name}); make it hidden first.`
    );
  }
  if (sheet.visibility === "Visible" && visibleCount(state) === 1) {
    throw richError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  }
  state.sheets = state.sheets.filter((s) => s !== sheet);
  sheet.deleted = true;
  state.tables = state.tables.filter((t) => t.sheet !== sheet);
  for (const n of state.names) {
    if (n.ref?.sheet === sheet) n.ref = null;
  }
  rewriteSheetReferences(state, sheet.name, null);
  if (state.activeSheet === sheet)
    state.activeSheet = state.sheets.find((s) => s.visibility === "Visible") ?? null;
  if (state.selection?.sheet === sheet) state.selection = null;
  state.structureVersion += 1;
  state.calcDirty = true;
}

export function renameSheet(state: WorkbookState, sheet: SheetState, name: unknown): void {
  guardStructure(state, "rename a sheet");
  const newName = checkSheetName(state, name, sheet);
  const old = sheet.name;
  sheet.name = newName;
  rewriteSheetReferences(state, old, newName);
  state.structureVersion += 1;
  state.calcDirty = true;
}

const VISIBILITIES: Visibility[] = ["Visible", "Hidden", "VeryHidden"];

export function setVisibility(state: WorkbookState, sheet: SheetState, value: unknown): void {
  const v = oneOf(value, VISIBILITIES, "visibility") as Visibility;
  if (v !== sheet.visibility) guardStructure(state, "hide or unhide a sheet");
  if (v !== "Visible" && sheet.visibility === "Visible" && visibleCount(state) === 1) {
    throw richError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  }
  sheet.visibility = v;
  if (v !== "Visible" && state.activeSheet === sheet) {
    state.activeSheet = state.sheets.find((s) => s.visibility === "Visible") ?? null;
  }
}

export function setPosition(state: WorkbookState, sheet: SheetState, value: unknown): void {
  if (
    typeof value !== "number" ||
    !Number.isInteger(value) ||
    value < 0 ||
    value >= state.sheets.length
  ) {
    throw richError("InvalidArgument", `invalid position ${String(value)}`);
  }
  guardStructure(state, "move a sheet");
  state.sheets = state.sheets.filter((s) => s !== sheet);
  state.sheets.splice(value, 0, sheet);
}

export function setTabColor(sheet: SheetState, value: unknown): void {
  if (value === "" || value === null) {
    sheet.tabColor = "";
    return;
  }
  const rgb = typeof value === "string" ? normalizeRgb(value) : undefined;
  if (!rgb) throw richError("InvalidArgument", `not a colour: ${String(value)}`);
  sheet.tabColor = rgb;
}

export function activate(state: WorkbookState, sheet: SheetState): void {
  if (sheet.visibility !== "Visible")
    throw richError("InvalidOperation", `Cannot activate hidden sheet ${sheet.name}`);
  state.activeSheet = sheet;
}

/** protect() on a protected sheet is refused with AccessDenied (office-js#6784). */
export function protect(
  sheet: SheetState,
  options?: Partial<ProtectionOptions>,
  password?: string
): void {
  if (sheet.protection.protected)
    throw richError("AccessDenied", `${sheet.name} is already protected.`);
  sheet.protection = {
    protected: true,
    options: { ...DEFAULT_PROTECTION_OPTIONS, ...(options ?? {}) },
    password: password || undefined,
  };
}

/** unprotect() on an unprotected sheet is refused (AccessDenied); a wrong password too (InvalidArgument). */
export function unprotect(sheet: SheetState, password?: string): void {
  const p = sheet.protection;
  if (!p.protected) throw richError("AccessDenied", `${sheet.name} is not protected.`);
  const needs = p.hash !== undefined || p.password !== undefined;
  if (needs && (p.hash !== undefined || (password ?? "") !== p.password)) {
    throw richError("InvalidArgument", "The password you supplied is not correct.");
  }
  sheet.protection = { protected: false, options: p.options };
}

/** Excel rewrites references to a renamed sheet, and to a deleted one as #REF!. */
export function rewriteSheetReferences(
  state: WorkbookState,
  oldName: string,
  newName: string | null
): void {
  const escaped = oldName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = new RegExp(`'${escaped.replace(/'/g, "''")}'!`, "gi");
  const bare = new RegExp(`(?<![\\p{L}\\p{N}_.'])${escaped}!`, "giu");
  const replacement = newName === null ? "#REF!" : `${quoteForFormula(newName)}!`;
  for (const sheet of state.sheets) {
    for (const [, , cell] of storedCellsIn(sheet, { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 })) {
      if (!cell.formula || !cell.formula.toLowerCase().includes(oldName.toLowerCase())) continue;
      cell.formula = cell.formula.replace(quoted, replacement).replace(bare, replacement);
      if (newName === null)
        cell.formula = cell.formula.replace(/#REF!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?/g, "#REF!");
    }
  }
}

function quoteForFormula(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export { rectsOverlap };

export function findSheetOrNull(state: WorkbookState, name: string): SheetState | null {
  return sheetByKey(state, name) ?? null;
}

/** WorkbookProtection.protect: protecting a protected workbook is refused, like a sheet's. */
export function protectStructure(state: WorkbookState, password?: unknown): void {
  if (state.structureProtection)
    throw richError("AccessDenied", "The workbook structure is already protected.");
  state.structureProtection = typeof password === "string" && password ? { password } : {};
}

export function unprotectStructure(state: WorkbookState, password?: unknown): void {
  const p = state.structureProtection;
  if (!p) throw richError("AccessDenied", "The workbook structure is not protected.");
  if (p.password !== undefined && p.password !== password)
    throw richError("InvalidArgument", "The password you supplied is not correct.");
  state.structureProtection = null;
}

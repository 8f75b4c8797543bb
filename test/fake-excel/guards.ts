import type { Rect } from "./address";
import { rectArea } from "./address";
import { richError } from "./errors";
import type { SheetState } from "./state";
import { storedCellsIn } from "./state";

/** Kinds of writes, for the protection check. */
export type WriteKind =
  | "contents"
  | "format"
  | "locked"
  | "columns"
  | "rows"
  | "merge"
  | "tables"
  | "validation"
  | "conditionalFormats"
  | "notes"
  | "objects";

function allUnlocked(sheet: SheetState, rect: Rect): boolean {
  let unlocked = 0;
  for (const [, , cell] of storedCellsIn(sheet, rect)) {
    if (!cell.format.locked) unlocked += 1;
  }
  return unlocked === rectArea(rect);
}

function allowedOnProtected(sheet: SheetState, kind: WriteKind, rect?: Rect): boolean {
  const o = sheet.protection.options;
  switch (kind) {
    case "contents":
      // Excel lets anyone type into unlocked cells of a protected sheet; the API too.
      return rect !== undefined && allUnlocked(sheet, rect);
    case "format":
    case "conditionalFormats":
      return o.allowFormatCells;
    case "columns":
      return o.allowFormatColumns;
    case "rows":
      return o.allowFormatRows;
    case "notes":
    case "objects":
      return o.allowEditObjects;
    default:
      return false;
  }
}

/** Excel refuses writes to a protected sheet (AccessDenied) unless its options allow the kind. */
export function guardWrite(sheet: SheetState, kind: WriteKind, rect?: Rect): void {
  if (!sheet.protection.protected) return;
  if (allowedOnProtected(sheet, kind, rect)) return;
  throw richError(
    "AccessDenied",
    `The cell or chart you're trying to change is on a protected sheet (${sheet.name}, ${kind}).`
  );
}

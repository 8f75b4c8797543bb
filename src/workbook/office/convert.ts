import { addr, cellPosition } from "../../layout";
import type { CellRead, CellValue, ProtectionOptions, Visibility } from "../port";

/** Splits "'My Sheet'!$A$1:$B$2" or "Sheet!A1" into sheet and address (without $). */
export function splitAddress(ref: string): { sheet: string; address: string } | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(ref);
  if (!m) return undefined;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: m[3].replace(/\$/g, "") };
}

export const quoteSheet = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

export { cellPosition };

export const cellAddress = (row: number, col: number) => addr(col, row + 1);

/** The top-left cell of "B3:D9" or "B3". */
export const topLeft = (range: string) => cellPosition(range.split(":")[0]);

/** One cell of a loaded range, as the port describes it. */
export function cellRead(
  sheet: string,
  address: string,
  value: unknown,
  formula: unknown,
  numberFormat: unknown,
  valueType: unknown
): CellRead {
  let v: CellValue;
  if (valueType === "Error") v = { error: String(value) };
  else if (valueType === "Empty" || value === "" || value === null || value === undefined) v = null;
  else if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
    v = value;
  else v = String(value);
  const read: CellRead = { sheet, address, value: v };
  // A text cell holding "=x" reads back through `formulas` as "=x" (office-js#6687): a formula
  // is only what does not read back as that same text.
  if (typeof formula === "string" && formula.startsWith("=") && !(value === formula))
    read.formula = formula.slice(1);
  if (typeof numberFormat === "string" && numberFormat !== "General") read.numFmt = numberFormat;
  return read;
}

export const VISIBILITY: Record<Visibility, Excel.SheetVisibility> = {
  visible: "Visible" as Excel.SheetVisibility,
  hidden: "Hidden" as Excel.SheetVisibility,
  veryHidden: "VeryHidden" as Excel.SheetVisibility,
};

export function visibilityOf(v: Excel.SheetVisibility | string): Visibility {
  return v === "VeryHidden" ? "veryHidden" : v === "Hidden" ? "hidden" : "visible";
}

export function toOfficeProtection(o: ProtectionOptions): Excel.WorksheetProtectionOptions {
  return {
    allowFormatCells: o.formatCells,
    allowFormatColumns: o.formatColumns,
    allowFormatRows: o.formatRows,
    allowInsertColumns: o.insertColumns,
    allowInsertRows: o.insertRows,
    allowInsertHyperlinks: o.insertHyperlinks,
    allowDeleteColumns: o.deleteColumns,
    allowDeleteRows: o.deleteRows,
    allowSort: o.sort,
    allowAutoFilter: o.autoFilter,
    allowPivotTables: o.pivotTables,
    allowEditObjects: o.editObjects,
    allowEditScenarios: o.editScenarios,
    selectionMode: (o.selectLockedCells
      ? "Normal"
      : o.selectUnlockedCells
        ? "Unlocked"
        : "None") as Excel.ProtectionSelectionMode,
  };
}

export function fromOfficeProtection(o: Excel.WorksheetProtectionOptions): ProtectionOptions {
  const mode = String(o.selectionMode ?? "Normal");
  return {
    selectLockedCells: mode === "Normal",
    selectUnlockedCells: mode !== "None",
    formatCells: o.allowFormatCells === true,
    formatColumns: o.allowFormatColumns === true,
    formatRows: o.allowFormatRows === true,
    insertColumns: o.allowInsertColumns === true,
    insertRows: o.allowInsertRows === true,
    insertHyperlinks: o.allowInsertHyperlinks === true,
    deleteColumns: o.allowDeleteColumns === true,
    deleteRows: o.allowDeleteRows === true,
    sort: o.allowSort === true,
    autoFilter: o.allowAutoFilter === true,
    pivotTables: o.allowPivotTables === true,
    editObjects: o.allowEditObjects === true,
    editScenarios: o.allowEditScenarios === true,
  };
}

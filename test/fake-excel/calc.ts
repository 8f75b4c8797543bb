import { HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import { rectA1 } from "./address";
import { registerExcelFunctions } from "./calc-functions";
import type { TableGeometry } from "./structured-refs";
import { translateStructuredRefs } from "./structured-refs";
import type { CellState, CellValue, SheetState, WorkbookState } from "./state";
import { isError, keyCol, keyRow } from "./state";
import { tableHeaders } from "./tables";

/**
 * Formula results by HyperFormula (GPLv3, a test-only devDependency: never import it from src/).
 * Defined names become named expressions and structured references A1 references first.
 */

const CONFIG = {
  licenseKey: "gpl-v3",
  useArrayArithmetic: true,
  leapYear1900: true,
  smartRounding: false,
};

function tableMap(state: WorkbookState): Map<string, TableGeometry> {
  const map = new Map<string, TableGeometry>();
  for (const t of state.tables) {
    map.set(t.name.toLowerCase(), {
      name: t.name,
      sheet: t.sheet.name,
      rect: t.rect,
      headers: tableHeaders(t),
    });
  }
  return map;
}

function constantContent(v: CellValue | undefined): RawCellContent {
  if (v === undefined) return null;
  if (isError(v)) return `'${v.error}`;
  // A leading apostrophe keeps HyperFormula from parsing text as a number or a formula.
  if (typeof v === "string") return `'${v}`;
  return v;
}

function sheetContent(
  sheet: SheetState,
  tables: Map<string, TableGeometry>,
  names: Map<string, string>
): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (const [key, cell] of sheet.cells) {
    const r = keyRow(key);
    const c = keyCol(key);
    const content =
      cell.formula !== undefined
        ? translateStructuredRefs(cell.formula, tables, r, names)
        : constantContent(cell.value);
    if (content === null) continue;
    (rows[r] ??= [])[c] = content;
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return rows;
}

function resultOf(v: unknown): CellValue {
  if (v === null || v === undefined) return 0;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  const error = (v as { value?: string }).value ?? "#VALUE!";
  if (error === "#CYCLE!") return 0;
  if (error === "#ERROR!") return { error: "#NAME?" };
  return { error };
}

/** Range names, inlined into formulas as references (HyperFormula parses quoted sheet names only). */
function nameMap(state: WorkbookState): Map<string, string> {
  const map = new Map<string, string>();
  for (const n of state.names) {
    if (n.formulaText !== undefined) continue;
    map.set(
      n.name.toLowerCase(),
      n.ref ? `'${n.ref.sheet.name.replace(/'/g, "''")}'!${rectA1(n.ref.rect, true)}` : "#REF!"
    );
  }
  return map;
}

/** Constant and formula names stay named expressions. */
function namedExpressions(state: WorkbookState): { name: string; expression: string }[] {
  return state.names
    .filter((n) => n.formulaText !== undefined)
    .map((n) => ({ name: n.name, expression: n.formulaText! }));
}

/** Recomputes every formula cell of the workbook and stores the results as the cells' values. */
export function recalculate(state: WorkbookState): void {
  registerExcelFunctions();
  const tables = tableMap(state);
  const names = nameMap(state);
  const hf = HyperFormula.buildEmpty(CONFIG);
  try {
    hf.batch(() => {
      for (const sheet of state.sheets) hf.addSheet(sheet.name);
      for (const n of namedExpressions(state)) {
        if (hf.isItPossibleToAddNamedExpression(n.name, n.expression))
          hf.addNamedExpression(n.name, n.expression);
      }
      for (const sheet of state.sheets)
        hf.setSheetContent(hf.getSheetId(sheet.name)!, sheetContent(sheet, tables, names));
    });
    for (const sheet of state.sheets) storeResults(hf, sheet);
  } finally {
    hf.destroy();
  }
  state.calcDirty = false;
}

function storeResults(hf: HyperFormula, sheet: SheetState): void {
  const id = hf.getSheetId(sheet.name)!;
  for (const [key, cell] of sheet.cells) {
    if (cell.formula === undefined) continue;
    (cell as CellState).value = resultOf(
      hf.getCellValue({ sheet: id, row: keyRow(key), col: keyCol(key) })
    );
  }
}

/**
 * The layout as each template version had it: what a version includes, the formula a computed
 * cell has in a workbook of that version. Below index.ts, which places what these select.
 */
import { toFormula } from "./expr";
import { SHEETS } from "./template";
import type { Calc, CellSpec, RowSpec, SheetDef } from "./types";

/** Whether something added in template version `since` is part of a workbook of `version`. */
export function inVersion(since: string | undefined, version: string): boolean {
  if (since === undefined) return true;
  const order = (v: string) => v.split(".").map(Number);
  const [a, b] = [order(since), order(version)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return true;
}

/** The formula of a computed cell in a workbook of `version` (see Calc.older). */
export function formulaIn(c: Calc, version: string): string {
  return toFormula(c.older && !inVersion(c.older.before, version) ? c.older.expr : c.expr);
}
/** Every formula the layout itself writes for a computed cell, in any version. */
export const formulasOf = (c: Calc): string[] =>
  c.older ? [toFormula(c.expr), toFormula(c.older.expr)] : [toFormula(c.expr)];

/**
 * The layout as a template of `version` had it: sheets, rows and table columns added later are
 * left out, and a computed cell a later version widened keeps the formula this version wrote.
 */
export function sheetsFor(version: string, sheets: readonly SheetDef[] = SHEETS): SheetDef[] {
  const rowIn = (r: RowSpec) =>
    "tables" in r ||
    (inVersion(r.since, version) &&
      r.cells.every((c) => c.t !== "field" || inVersion(c.field.since, version)));
  // A computed cell a later version widened keeps the formula this version wrote (Calc.older).
  const cellIn = (c: CellSpec): CellSpec =>
    c.t === "calc" && c.calc.older && !inVersion(c.calc.older.before, version)
      ? { ...c, calc: { ...c.calc, expr: c.calc.older.expr } }
      : c;
  const rowOf = (r: RowSpec): RowSpec =>
    "tables" in r
      ? {
          tables: r.tables.map(({ table, col }) => ({
            table: { ...table, columns: table.columns.filter((c) => inVersion(c.since, version)) },
            col,
          })),
        }
      : { ...r, cells: r.cells.map(cellIn) };
  return sheets
    .filter((s) => inVersion(s.since, version))
    .map((s) => ({ ...s, rows: s.rows.filter(rowIn).map(rowOf) }));
}

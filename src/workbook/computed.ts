/**
 * The add-in's computed cells as the workbook holds them: each back to its live formula with a
 * fresh cached result, and a formula the user typed over reported (PRODUCT.md §5).
 */
import type { Finding } from "../model/finding";
import {
  PLACEMENTS,
  computedValues,
  formulaIn,
  formulasOf,
  inVersion,
  namesIn,
  valueToRaw,
  type Content,
  type Placements,
} from "../layout";
import { evaluate, references, toFormula, type Expr, type Raw } from "../layout/expr";
import type { TableDef } from "../layout/types";
import { toFinding } from "../rules/core/meta";
import { TEMPLATE_DAMAGED } from "../rules/core/reading";
import { COMPUTED_OVERWRITTEN } from "../rules/core/writing";
import { sameFormula } from "./formula-meaning";
import { olderFormulas } from "./formula-history";
import { recognise, type ReadOutcome } from "./reader";
import type { CellRead, CellWrite, ReadResult, WriteOp } from "./port";

export interface ComputedWrites {
  ops: WriteOp[];
  findings: Finding[];
}

/** Cell contents as the layout's formulas see them, from what was read (tables by header). */
export function contentFromRead(
  read: ReadResult,
  p: Placements = PLACEMENTS,
  version = recognise(read).version
): Content {
  const fields = new Map<string, Raw>();
  for (const n of p.fields.keys()) fields.set(n, read.names[n]?.value ?? null);
  const tables = new Map<string, Raw[][]>();
  for (const [n, tp] of p.tables) {
    const t = read.tables[n];
    if (!t) continue;
    const index = tp.table.columns.map((c) => t.headers.findIndex((h) => h.trim() === c.header));
    tables.set(
      n,
      t.rows.map((cells) => index.map((i) => (i >= 0 ? (cells[i]?.value ?? null) : null)))
    );
  }
  const lost = new Set([...namesIn(version)].filter((n) => !read.names[n] && !read.tables[n]));
  return { fields, tables, lost };
}

/** A row's cells by column header, for a calculated column's formula (`[@column]`). */
function tableRowReader(table: TableDef): (row: Raw[]) => (t: string, column: string) => Raw {
  const index = new Map(table.columns.map((c, i) => [c.header, i]));
  return (row) => (t, column) => {
    const i = index.get(column);
    if (t !== table.name || i === undefined)
      throw new Error(`${t}[${column}] is not a column of ${table.name}`);
    return row[i] ?? null;
  };
}

/**
 * A computed cell the user typed over, or whose formula is neither today's nor one an earlier
 * build of the workbook's template version wrote (compared by meaning; a bare `[@c]` belongs
 * to `table`).
 */
function overwritten(
  cell: CellRead,
  text: string,
  accepted: string[],
  table?: string
): Finding | undefined {
  const at = [{ sheet: cell.sheet, cell: cell.address }];
  if (cell.formula === undefined && cell.value !== null) {
    const typed =
      typeof cell.value === "object" && cell.value ? cell.value.error : String(cell.value);
    return toFinding(COMPUTED_OVERWRITTEN, {
      messageId: "overwritten",
      data: { text: typed },
      cells: at,
      expected: `=${text}`,
      actual: typed,
    });
  }
  if (cell.formula !== undefined && !accepted.some((f) => sameFormula(cell.formula, f, table)))
    return toFinding(COMPUTED_OVERWRITTEN, {
      messageId: "replaced",
      data: { text: `=${cell.formula}` },
      cells: at,
      expected: `=${text}`,
      actual: `=${cell.formula}`,
    });
  return undefined;
}

/**
 * Computed cells back to their live formulas with fresh cached results; a formula overwritten
 * by a typed value is reported (PRODUCT.md §5).
 */
export function computedWrites(
  read: ReadResult,
  outcome: ReadOutcome,
  p: Placements
): ComputedWrites {
  const { version } = recognise(read);
  const content = contentFromRead(read, p, version);
  const values = computedValues(content, p);
  const findings: Finding[] = [];
  const bySheet = new Map<string, CellWrite[]>();
  /** `key`: the name or "Table[Column]"; `table`: the table the cell is in, if any. */
  const put: PutCalc = (cell, text, result, key, table, own = []) => {
    const accepted = [text, ...own, ...olderFormulas(version, key)];
    const finding = overwritten(cell, text, accepted, table);
    if (finding) findings.push(finding);
    // Appended in place: copying the sheet's list at every cell was quadratic in the rows.
    let list = bySheet.get(cell.sheet);
    if (!list) bySheet.set(cell.sheet, (list = []));
    list.push({ address: cell.address, formula: { text, result: result ?? "" } });
  };
  const missingSheets = new Set(
    outcome.findings.filter((f) => f.messageId === "sheetMissing").map((f) => f.sheet)
  );
  const namesLostTable = lostTableReader(content, p);
  for (const [n, cp] of p.calcs) {
    const cell = read.names[n];
    // Excel refuses a formula naming a table that is gone: the cell stays as it is, and the
    // missing sheet is reported already.
    if (cell && namesLostTable(cp.calc.expr)) continue;
    if (cell)
      put(
        cell,
        formulaIn(cp.calc, version),
        values.get(n) ?? "",
        n,
        undefined,
        formulasOf(cp.calc)
      );
    // A computed cell a newer template added is absent from an older workbook, not damage.
    else if (!missingSheets.has(cp.sheet) && inVersion(cp.since, version)) {
      findings.push(
        toFinding(TEMPLATE_DAMAGED, {
          messageId: "nameMissing",
          data: { name: n, label: cp.calc.label, labelEn: cp.calc.en },
          cells: [{ sheet: cp.sheet }],
        })
      );
    }
  }
  tableCalcs(read, content, p, put);
  return {
    ops: [...bySheet].map(([sheet, cells]): WriteOp => ({ op: "cells", sheet, cells })),
    findings,
  };
}

/** Whether an expression names a table the workbook lost. */
function lostTableReader(content: Content, p: Placements): (e: Expr) => boolean {
  const lost = [...(content.lost ?? [])].filter((n) => p.tables.has(n));
  if (!lost.length) return () => false;
  return (e) => references(e).columns.some((c) => lost.some((t) => c.startsWith(`${t}[`)));
}

type PutCalc = (
  cell: CellRead,
  text: string,
  result: CellWrite["value"],
  key: string,
  table?: string,
  /** The formulas the layout writes for it in any version (Calc.older). */
  own?: string[]
) => void;

/** Every calculated column's cells, row by row, with the result its row gives. */
function tableCalcs(read: ReadResult, content: Content, p: Placements, put: PutCalc): void {
  const env = { name: () => null, column: () => [] };
  for (const [n, tp] of p.tables) {
    const t = read.tables[n];
    const rows = content.tables.get(n);
    if (!t || !rows) continue;
    tp.table.columns.forEach((c) => {
      if (!c.calc) return;
      const j = t.headers.findIndex((h) => h.trim() === c.header);
      if (j < 0) return;
      const text = toFormula(c.calc);
      const key = `${n}[${c.header}]`;
      const rowOf = tableRowReader(tp.table);
      t.rows.forEach((cells, i) => {
        const result = valueToRaw(evaluate(c.calc!, { ...env, thisRow: rowOf(rows[i]) }));
        put(cells[j], text, result, key, n);
      });
    });
  }
}

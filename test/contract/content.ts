import { PLACEMENTS, allNames } from "../../src/layout";
import { sameFormula } from "../../src/workbook/validate";
import { formulaNormalForm } from "../../src/workbook/formula-meaning";
import type { CellValue, ReadResult, WorkbookPort } from "../../src/workbook/port";
import type { Finding } from "../../src/model/finding";

/** Numbers to 9 decimals; -0 (which Excel shows as 0) as 0. */
const round = (v: CellValue): CellValue =>
  typeof v === "number" ? Math.round(v * 1e9) / 1e9 + 0 : v;

/** What a workbook holds as the engine sees it, in a form two hosts can be compared on. */
export interface Content {
  sheets: Record<string, string>;
  values: Record<string, Record<string, CellValue>>;
  formulas: Record<string, string>;
  notes?: Record<string, string>;
}

export async function contentOf(port: WorkbookPort, notes = true): Promise<Content> {
  const first = await port.read({ names: [], tables: [] });
  const read: ReadResult = await port.read({
    names: allNames(),
    tables: [...PLACEMENTS.tables.keys()],
    sheetValues: first.sheets,
    notes,
  });
  const sheets: Record<string, string> = {};
  for (const s of read.sheets) {
    const st = read.sheetState[s];
    const options =
      st.protection &&
      Object.fromEntries(
        Object.entries(st.protection.options).sort(([a], [b]) => a.localeCompare(b))
      );
    sheets[s] = `${st.visibility}${options ? ` protected ${JSON.stringify(options)}` : ""}`;
  }
  const values: Content["values"] = {};
  for (const [s, cells] of Object.entries(read.sheetValues ?? {}))
    values[s] = Object.fromEntries(Object.entries(cells).map(([a, v]) => [a, round(v)]));
  const formulas: Record<string, string> = {};
  for (const [n, c] of Object.entries(read.names)) if (c?.formula) formulas[n] = c.formula;
  // A table's own `[@c]` (Excel's form) is only comparable with its table's name put in.
  for (const t of Object.values(read.tables))
    for (const row of t?.rows ?? [])
      for (const c of row)
        if (c.formula) formulas[`${c.sheet}!${c.address}`] = formulaNormalForm(c.formula, t!.name);
  return { sheets, values, formulas, ...(read.notes ? { notes: read.notes } : {}) };
}

/** Formulas compared by meaning (Excel may respace or prefix them). */
export function expectSameFormulas(a: Content, b: Content): string[] {
  const keys = new Set([...Object.keys(a.formulas), ...Object.keys(b.formulas)]);
  return [...keys].filter((k) => !sameFormula(a.formulas[k], b.formulas[k] ?? "\u0000"));
}

export const findingKey = (f: Finding) =>
  `${f.severity} ${f.ruleId} ${f.sheet ?? ""}!${f.cell ?? ""} ${f.message}`;

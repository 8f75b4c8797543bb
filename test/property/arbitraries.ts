/**
 * What preparers do to a workbook, as fast-check arbitraries, and the properties every run
 * must keep (issue 13). Seeded: JIXIAO_PROPERTY_SEED replays a failure (fast-check prints the
 * seed and path); JIXIAO_PROPERTY_SCALE multiplies the case counts.
 */
import fc from "fast-check";
import type { Finding } from "../../src/model/finding";
import type { CellRead, CellValue, ReadResult } from "../../src/model/sheet";
import { PLACEMENTS, SHEETS, VERSION_NAME } from "../../src/layout";

export const SEED = Number(process.env.JIXIAO_PROPERTY_SEED ?? 20261125);
const SCALE = Number(process.env.JIXIAO_PROPERTY_SCALE ?? 1);

/** fast-check options for `runs` cases (scaled), with the fixed seed. */
export const runs = (n: number): fc.Parameters<unknown> => ({
  numRuns: Math.max(1, Math.round(n * SCALE)),
  seed: SEED,
});

/** Text no message may contain: unfilled placeholders, leaked JavaScript values. */
export const LEAK = /\{\{|undefined|NaN|\[object/;

/** User text is echoed in messages, so it must not itself contain what LEAK looks for. */
const cleanText = (max: number) =>
  fc.string({ maxLength: max, unit: "grapheme" }).filter((s) => !LEAK.test(s));

/** Anything a person might type or paste into a cell. */
export const anyValue: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  {
    arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
    weight: 2,
  },
  { arbitrary: fc.integer({ min: -100000, max: 100000 }), weight: 2 },
  { arbitrary: fc.constantFrom(0, -0, 1e-9, 5e-324, 1e300, -1e300, 0.1 + 0.2), weight: 1 },
  { arbitrary: cleanText(12), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      "226.98万元",
      "２２６．９８",
      "1,234.5",
      " 12 ",
      "abc",
      "=1+1",
      "@SUM(A1)",
      "-",
      "0",
      "≥",
      "≦",
      "定性",
      "是",
      "否",
      "优秀",
      "2022年9月27日",
      "2022-13-45",
      "100%",
      "1e400",
      "--5",
      "人员支出",
      "达成(100%-80%)"
    ),
    weight: 3,
  },
  {
    arbitrary: fc.constantFrom<CellValue>(
      { error: "#DIV/0!" },
      { error: "#REF!" },
      { error: "#N/A" },
      { error: "#VALUE!" }
    ),
    weight: 1,
  },
  { arbitrary: fc.boolean(), weight: 1 }
);

/** The template's sheets, and those validate and report add. */
export const TEMPLATE_SHEETS = SHEETS.map((s) => s.name);

/** Findings about a whole sheet, name or table: nothing to point at but the sheet. */
const WHOLE = new Set(["sheetMissing", "nameMissing", "tableMissing", "locked"]);

/**
 * Every problem a finding with a place: a sheet always; a cell unless the finding is about a
 * missing sheet, name or table; every message clean in both languages; no rule crashed.
 */
export function badFindings(findings: Finding[], sheets: string[]): string[] {
  const bad: string[] = [];
  for (const f of findings) {
    const at = `${f.ruleId}/${f.messageId} ${f.sheet ?? "?"}!${f.cell ?? "?"}: ${f.message}`;
    if (f.ruleId === "engine-error") bad.push(`crashed: ${at}`);
    if (!f.sheet) bad.push(`no sheet: ${at}`);
    else if (!sheets.includes(f.sheet) && !TEMPLATE_SHEETS.includes(f.sheet))
      bad.push(`unknown sheet: ${at}`);
    if (!f.cell && !WHOLE.has(f.messageId)) bad.push(`no cell: ${at}`);
    if (f.cell && !/^[A-Z]{1,3}[1-9]\d*$/.test(f.cell)) bad.push(`bad cell: ${at}`);
    if (f.cells.length === 0 || f.cells[0].sheet !== f.sheet || f.cells[0].cell !== f.cell)
      bad.push(`cells disagree: ${at}`);
    for (const m of [f.message, f.messageEn, f.expected ?? "", f.actual ?? ""])
      if (LEAK.test(m)) bad.push(`leaks: ${at} | ${m}`);
  }
  return bad;
}

/** Where each input sits in a read: named fields and the input columns of tables. */
export function inputCells(read: ReadResult): CellRead[] {
  const out: CellRead[] = [];
  for (const [n, fp] of PLACEMENTS.fields) {
    const c = read.names[n];
    if (c && n !== VERSION_NAME && fp.field) out.push(c);
  }
  for (const [n, tp] of PLACEMENTS.tables) {
    const t = read.tables[n];
    if (!t) continue;
    const calc = new Set(tp.table.columns.filter((c) => c.calc).map((c) => c.header));
    t.headers.forEach((h, j) => {
      if (!calc.has(h.trim())) for (const row of t.rows) if (row[j]) out.push(row[j]);
    });
  }
  return out;
}

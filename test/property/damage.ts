/**
 * Damage done to what a port read, as plain data: values typed anywhere, tables grown, shrunk
 * and given blank rows, headers renamed and reordered, names and sheets deleted or renamed,
 * computed cells typed over. Cheap enough for hundreds of cases; the workbook-level property
 * does the same to real files.
 */
import fc from "fast-check";
import { PLACEMENTS, SHEETS, VERSION_NAME, addr } from "../../src/layout";
import type { CellRead, CellValue, ReadResult, TableRead } from "../../src/model/sheet";
import { GENERATED_SHEETS } from "../../src/workbook/report";
import { anyValue } from "./arbitraries";

/** A read with the kind of every table column by position, which reordering carries along. */
export interface Damaged {
  read: ReadResult;
  /** Table name → per column position: does it hold the preparer's input? */
  inputColumns: Record<string, boolean[]>;
}

const FIELD_NAMES = [...PLACEMENTS.fields.keys()].filter((n) => n !== VERSION_NAME);
const CALC_NAMES = [...PLACEMENTS.calcs.keys()];
const TABLE_NAMES = [...PLACEMENTS.tables.keys()];
const SHEET_NAMES = SHEETS.map((s) => s.name);

export type Damage =
  | { k: "field"; name: number; value: CellValue; formula: boolean }
  | { k: "cell"; table: number; row: number; col: number; value: CellValue }
  | { k: "rows"; table: number; times: number }
  | { k: "blankRow"; table: number; at: number }
  | { k: "header"; table: number; col: number; text: string }
  | { k: "reorder"; table: number; seed: number }
  | { k: "typedOver"; name: number; value: CellValue }
  | { k: "deleteName"; name: number; calc: boolean }
  | { k: "deleteTable"; table: number }
  | { k: "deleteSheet"; sheet: number }
  | { k: "renameSheet"; sheet: number; to: string }
  | { k: "extraSheet"; name: string }
  | { k: "version"; text: string | null };

const index = fc.nat({ max: 1000 });

/** Values only: what typing can do without touching the template's structure. */
export const valueDamage: fc.Arbitrary<Damage> = fc.oneof(
  {
    arbitrary: fc.record({
      k: fc.constant("field" as const),
      name: index,
      value: anyValue,
      formula: fc.boolean(),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      k: fc.constant("cell" as const),
      table: index,
      row: index,
      col: index,
      value: anyValue,
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      k: fc.constant("rows" as const),
      table: index,
      times: fc.integer({ min: 0, max: 40 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ k: fc.constant("blankRow" as const), table: index, at: index }),
    weight: 1,
  }
);

/** Anything, structure included. */
export const anyDamage: fc.Arbitrary<Damage> = fc.oneof(
  { arbitrary: valueDamage, weight: 6 },
  {
    arbitrary: fc.record({
      k: fc.constant("header" as const),
      table: index,
      col: index,
      text: fc.oneof(
        fc.string({ maxLength: 6 }),
        // Another column's header: a duplicate.
        fc.constantFrom(
          ...[...PLACEMENTS.tables.values()].flatMap((t) => t.table.columns.map((c) => c.header))
        )
      ),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ k: fc.constant("reorder" as const), table: index, seed: fc.nat() }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      k: fc.constant("typedOver" as const),
      name: index,
      // Not an error value: validate prints it as "[object Object]" (see regressions.test.ts).
      value: anyValue.filter((v) => !(v !== null && typeof v === "object")),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      k: fc.constant("deleteName" as const),
      name: index,
      calc: fc.boolean(),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ k: fc.constant("deleteTable" as const), table: index }), weight: 1 },
  { arbitrary: fc.record({ k: fc.constant("deleteSheet" as const), sheet: index }), weight: 1 },
  {
    arbitrary: fc.record({
      k: fc.constant("renameSheet" as const),
      sheet: index,
      // Not "校验结果": validate writes over a sheet of that name (see regressions.test.ts).
      to: fc.constantFrom("Sheet2", "支出汇总 (2)", "基本信息", "x'y", "报告"),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      k: fc.constant("extraSheet" as const),
      name: fc.constantFrom("Sheet1", "草稿", "报告", "汇总(2)"),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      k: fc.constant("version" as const),
      text: fc.constantFrom(null, "", "绩效自评模板 9.9", "other"),
    }),
    weight: 1,
  }
);

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length];

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

function rangeOf(t: TableRead): { col: number; width: number; headerRow: number } {
  const m = /^([A-Z]+)(\d+)/.exec(t.range)!;
  return { col: colIndex(m[1]), width: t.headers.length, headerRow: Number(m[2]) };
}

/** Rows re-addressed from the header down, and the range to match. */
function setRows(t: TableRead, rows: CellValue[][], template: CellRead[]): void {
  const { col, width, headerRow } = rangeOf(t);
  t.rows = rows.map((values, i) =>
    values.map((value, j) => {
      const cell: CellRead = {
        ...(template[j] ?? { sheet: t.sheet, address: "" }),
        sheet: t.sheet,
        address: addr(col + j, headerRow + 1 + i),
        value,
      };
      if (template[j]?.formula === undefined) delete cell.formula;
      return cell;
    })
  );
  t.range = `${addr(col, headerRow)}:${addr(col + width - 1, headerRow + Math.max(rows.length, 1))}`;
}

function renameSheetIn(read: ReadResult, from: string, to: string): void {
  read.sheets = read.sheets.map((s) => (s === from ? to : s));
  // A port reads a generated sheet's values to see whether the user made it: this one has some.
  if (GENERATED_SHEETS.includes(to)) (read.sheetValues ??= {})[to] = { A1: from };
  if (read.sheetState[from]) {
    read.sheetState[to] = read.sheetState[from];
    delete read.sheetState[from];
  }
  const move = (c: CellRead | undefined) => {
    if (c && c.sheet === from) c.sheet = to;
  };
  Object.values(read.names).forEach(move);
  for (const t of Object.values(read.tables)) {
    if (!t || t.sheet !== from) continue;
    t.sheet = to;
    t.rows.flat().forEach(move);
  }
}

function deleteSheetIn(read: ReadResult, sheet: string): void {
  read.sheets = read.sheets.filter((s) => s !== sheet);
  delete read.sheetState[sheet];
  for (const [n, c] of Object.entries(read.names))
    if (c?.sheet === sheet) read.names[n] = undefined;
  for (const [n, t] of Object.entries(read.tables))
    if (t?.sheet === sheet) read.tables[n] = undefined;
  for (const k of Object.keys(read.cells)) if (read.cells[k].sheet === sheet) delete read.cells[k];
}

/** A shuffle fixed by `seed` (a small LCG: the damage itself is already random). */
function permutation(n: number, seed: number): number[] {
  const p = [...Array(n).keys()];
  let s = seed || 1;
  for (let i = n - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

export function applyDamage(base: ReadResult, damages: Damage[]): Damaged {
  const read = structuredClone(base);
  const inputColumns: Record<string, boolean[]> = {};
  for (const [n, tp] of PLACEMENTS.tables) {
    const t = read.tables[n];
    if (t)
      inputColumns[n] = t.headers.map((h) => !tp.table.columns.find((c) => c.header === h)?.calc);
  }
  const table = (i: number) => {
    const name = pick(TABLE_NAMES, i);
    return { name, t: read.tables[name] };
  };
  for (const d of damages) {
    switch (d.k) {
      case "field": {
        const c = read.names[pick(FIELD_NAMES, d.name)];
        if (!c) break;
        c.value = d.value;
        // A real formula typed into an input: its result is what Excel shows.
        if (d.formula && typeof d.value === "number") c.formula = `${d.value}+0`;
        else delete c.formula;
        break;
      }
      case "cell": {
        const { name, t } = table(d.table);
        if (!t || t.rows.length === 0) break;
        const row = pick(t.rows, d.row);
        const j = d.col % row.length;
        if (inputColumns[name][j]) row[j].value = d.value;
        break;
      }
      case "rows": {
        const { t } = table(d.table);
        if (!t) break;
        const values = t.rows.map((r) => r.map((c) => c.value));
        const template = t.rows[0] ?? [];
        // Up to ten times the sample's rows, however often tables are resized.
        const most = 10 * (base.tables[t.name]?.rows.length || 1);
        const n = Math.min(most, Math.round((values.length || 1) * (d.times / 4)));
        const rows = [...Array(n).keys()].map((i) => [
          ...(values[i % (values.length || 1)] ?? t.headers.map(() => null)),
        ]);
        setRows(t, rows, template);
        break;
      }
      case "blankRow": {
        const { t } = table(d.table);
        if (!t) break;
        const values = t.rows.map((r) => r.map((c) => c.value));
        values.splice(
          d.at % (values.length + 1),
          0,
          t.headers.map(() => null)
        );
        setRows(t, values, t.rows[0] ?? []);
        break;
      }
      case "header": {
        const { t } = table(d.table);
        if (t) t.headers[d.col % t.headers.length] = d.text;
        break;
      }
      case "reorder": {
        const { name, t } = table(d.table);
        if (!t) break;
        const p = permutation(t.headers.length, d.seed);
        t.headers = p.map((i) => t.headers[i]);
        inputColumns[name] = p.map((i) => inputColumns[name][i]);
        // Values and formulas move with their column; addresses stay where they are.
        t.rows = t.rows.map((r) =>
          p.map((i, j) => {
            const moved: CellRead = { ...r[i], address: r[j].address };
            return moved;
          })
        );
        break;
      }
      case "typedOver": {
        const c = read.names[pick(CALC_NAMES, d.name)];
        if (!c) break;
        delete c.formula;
        c.value = d.value;
        break;
      }
      case "deleteName": {
        const n = d.calc ? pick(CALC_NAMES, d.name) : pick(FIELD_NAMES, d.name);
        // The name stays defined, pointing nowhere (#REF!), as after deleting its rows.
        read.names[n] = undefined;
        break;
      }
      case "deleteTable":
        read.tables[pick(TABLE_NAMES, d.table)] = undefined;
        break;
      case "deleteSheet":
        deleteSheetIn(read, pick(read.sheets.length ? read.sheets : SHEET_NAMES, d.sheet));
        break;
      case "renameSheet": {
        const from = pick(read.sheets.length ? read.sheets : SHEET_NAMES, d.sheet);
        if (!read.sheets.includes(d.to)) renameSheetIn(read, from, d.to);
        break;
      }
      case "extraSheet":
        if (!read.sheets.includes(d.name)) {
          read.sheets.push(d.name);
          read.sheetState[d.name] = { visibility: "visible", protection: null };
          if (GENERATED_SHEETS.includes(d.name)) (read.sheetValues ??= {})[d.name] = { A1: "我的" };
        }
        break;
      case "version": {
        const c = read.names[VERSION_NAME];
        if (c) c.value = d.text;
        break;
      }
    }
  }
  return { read, inputColumns };
}

/** The cells of a damaged read that hold the preparer's input, keyed "sheet!A1". */
export function inputKeys({ read, inputColumns }: Damaged): Set<string> {
  const keys = new Set<string>();
  for (const n of FIELD_NAMES) {
    const c = read.names[n];
    if (c) keys.add(`${c.sheet}!${c.address}`);
  }
  for (const [n, kinds] of Object.entries(inputColumns)) {
    const t = read.tables[n];
    if (!t) continue;
    for (const row of t.rows)
      row.forEach((c, j) => kinds[j] && keys.add(`${c.sheet}!${c.address}`));
  }
  return keys;
}

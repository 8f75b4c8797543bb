import type { Evaluation } from "../model/evaluation";
import {
  rowHeight,
  type CellStyle,
  type CellValue,
  type CellWrite,
  type WriteOp,
} from "../model/sheet";
import { evaluate, toFormula, type EvalEnv, type Raw, type Value } from "./expr";
import { fieldRaw, getPath, rowRaw, tableObjects } from "./model-map";
import { statedRows, withStatedFormat } from "./precision";
import {
  LIST_ERROR,
  STYLES,
  TABLE_STYLE,
  calcStyle,
  columnsOp,
  inputStyle,
  NUMBER_FORMATS,
  pageSetupOp,
  protectOp,
} from "./styles";
import { SHEETS, TEMPLATE_MARKER, TEMPLATE_VERSION, VERSION_NAME } from "./template";
import { inVersion, sheetsFor } from "./by-version";
import type { Calc, CellSpec, Column, Field, Result, SheetDef, TableDef } from "./types";
import { Decimal } from "../model/decimal";

export * from "./types";
export {
  SHEETS,
  TEMPLATE_VERSION,
  TEMPLATE_VERSIONS,
  TEMPLATE_MARKER,
  VERSION_NAME,
} from "./template";

export { formulaIn, formulasOf, inVersion, sheetsFor } from "./by-version";

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const addr = (col: number, row: number) => `${columnLetter(col)}${row}`;

/** Zero-based column of "A", "AB". */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Zero-based row and column of "B3". */
export function cellPosition(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export interface FieldPlace {
  field: Field;
  sheet: string;
  address: string;
}
export interface CalcPlace {
  calc: Calc;
  sheet: string;
  address: string;
  /** The template version that added its row (the row's, or its newest field's), if not 1.0. */
  since?: string;
}
export interface ResultPlace {
  result: Result;
  sheet: string;
  address: string;
}
export interface TablePlace {
  table: TableDef;
  sheet: string;
  /** Zero-based column of the first table column. */
  col: number;
  headerRow: number;
  /** Rows the blank template gives the table (presets and blank rows). */
  templateRows: number;
}

export interface Placements {
  fields: Map<string, FieldPlace>;
  calcs: Map<string, CalcPlace>;
  results: Map<string, ResultPlace>;
  tables: Map<string, TablePlace>;
  /** Named texts the add-in reads back (the 评分方案's data): name → where. */
  texts: Map<string, { sheet: string; address: string }>;
}

/** The version that added a row: its own, or the newest of its fields' (undefined: 1.0). */
function rowSince(rowSpec: { cells: CellSpec[]; since?: string }): string | undefined {
  const versions = [
    rowSpec.since,
    ...rowSpec.cells.map((c) => (c.t === "field" ? c.field.since : undefined)),
  ].filter((v): v is string => v !== undefined);
  return versions.reduce<string | undefined>(
    (newest, v) => (newest === undefined || inVersion(newest, v) ? v : newest),
    undefined
  );
}

/** Where everything sits: the only place that turns the layout into coordinates. */
export function place(sheets: readonly SheetDef[] = SHEETS): Placements {
  const fields = new Map<string, FieldPlace>();
  const calcs = new Map<string, CalcPlace>();
  const results = new Map<string, ResultPlace>();
  const tables = new Map<string, TablePlace>();
  const texts = new Map<string, { sheet: string; address: string }>();
  for (const sheet of sheets) {
    let r = 1;
    for (const rowSpec of sheet.rows) {
      if ("tables" in rowSpec) {
        let height = 1;
        for (const { table, col } of rowSpec.tables) {
          const n = (table.presetRows?.length ?? 0) + table.blankRows;
          tables.set(table.name, { table, sheet: sheet.name, col, headerRow: r, templateRows: n });
          height = Math.max(height, n + 1);
        }
        r += height;
        continue;
      }
      const since = rowSince(rowSpec);
      let c = 0;
      for (const cell of rowSpec.cells) {
        if (cell.t === "field") {
          if (fields.has(cell.field.name))
            throw new Error(`layout: name ${cell.field.name} placed twice`);
          fields.set(cell.field.name, {
            field: cell.field,
            sheet: sheet.name,
            address: addr(c, r),
          });
        } else if (cell.t === "result") {
          if (results.has(cell.result.name))
            throw new Error(`layout: name ${cell.result.name} placed twice`);
          results.set(cell.result.name, {
            result: cell.result,
            sheet: sheet.name,
            address: addr(c, r),
          });
        } else if (cell.t === "text" && cell.name) {
          texts.set(cell.name, { sheet: sheet.name, address: addr(c, r) });
        } else if (cell.t === "calc") {
          if (calcs.has(cell.calc.name))
            throw new Error(`layout: name ${cell.calc.name} placed twice`);
          calcs.set(cell.calc.name, {
            calc: cell.calc,
            sheet: sheet.name,
            address: addr(c, r),
            ...(since ? { since } : {}),
          });
        }
        c += cell.t === "skip" ? 1 : (cell.span ?? 1);
      }
      r++;
    }
  }
  return { fields, calcs, results, tables, texts };
}

export const PLACEMENTS = place();

/** An input cell's style: its type's, or the number format the field asks for. */
export function fieldStyle(f: Field): CellStyle {
  const style = inputStyle(f.type);
  return f.numFmt ? { ...style, numFmt: f.numFmt } : style;
}

/** Rows a sheet of the layout takes, tables at their template size. */
export function sheetRows(sheet: SheetDef): number {
  let r = 0;
  for (const rowSpec of sheet.rows) {
    if ("tables" in rowSpec) {
      const heights = rowSpec.tables.map(
        ({ table }) => (table.presetRows?.length ?? 0) + table.blankRows + 1
      );
      r += Math.max(1, ...heights);
    } else r++;
  }
  return r;
}

/**
 * Fields a later template version added to a sheet an older workbook already has: written below
 * what that version laid out (label, input cell, hint), since rows cannot be inserted under the
 * user's figures. The reader finds them by name wherever they are. The computed cells that
 * version added follow them (label, live formula), so validate finds every name it computes.
 */
export function appendedFieldOps(
  sheet: SheetDef,
  fromRow: number,
  fields: Field[],
  calcs: Calc[] = []
): WriteOp[] {
  const cells: CellWrite[] = [];
  const ops: WriteOp[] = [];
  const label = (r: number, text: string): CellWrite => ({
    address: addr(0, r),
    value: text,
    style: { ...STYLES.label, numFmt: "@" },
  });
  fields.forEach((f, k) => {
    const r = fromRow + k;
    cells.push(label(r, f.label), { address: addr(1, r), value: null, style: fieldStyle(f) });
    if (f.hint)
      cells.push({ address: addr(2, r), value: f.hint, style: { ...STYLES.hint, numFmt: "@" } });
    ops.push({ op: "defineName", name: f.name, sheet: sheet.name, address: addr(1, r) });
  });
  calcs.forEach((k, j) => {
    const r = fromRow + fields.length + j;
    cells.push(label(r, k.label), {
      address: addr(1, r),
      formula: { text: toFormula(k.expr), result: "" },
      style: calcStyle(k.type),
    });
    ops.push({ op: "defineName", name: k.name, sheet: sheet.name, address: addr(1, r) });
  });
  return [{ op: "cells", sheet: sheet.name, cells }, ...ops];
}

/** The cell contents a workbook holds for a model: inputs by name, table rows by table. */
export interface Content {
  fields: Map<string, Raw>;
  tables: Map<string, Raw[][]>;
  /**
   * Names and tables the workbook's template version has but the workbook lost (a deleted sheet,
   * a deleted name): a formula using one gives #NAME? in Excel, never a blank.
   */
  lost?: ReadonlySet<string>;
}

const NAME_ERROR = { error: "#NAME?" };

/** The names (fields, computed cells and tables) a template of `version` lays out. */
export function namesIn(version: string): ReadonlySet<string> {
  let names = NAMES_BY_VERSION.get(version);
  if (!names) {
    const p = place(sheetsFor(version));
    const all = [...p.fields.keys(), ...p.calcs.keys(), ...p.tables.keys()];
    NAMES_BY_VERSION.set(version, (names = new Set(all)));
  }
  return names;
}
const NAMES_BY_VERSION = new Map<string, ReadonlySet<string>>();

export function contentOf(model: Evaluation | undefined, p: Placements = PLACEMENTS): Content {
  const fields = new Map<string, Raw>();
  const tables = new Map<string, Raw[][]>();
  for (const [n, fp] of p.fields) {
    if (n === VERSION_NAME) fields.set(n, `${TEMPLATE_MARKER} ${TEMPLATE_VERSION}`);
    else fields.set(n, model ? fieldRaw(model, fp.field) : null);
  }
  for (const [n, tp] of p.tables) {
    const objects = model ? tableObjects(model, tp.table) : (tp.table.presetRows ?? []);
    tables.set(
      n,
      objects.map((o) => rowRaw(o, tp.table.columns))
    );
  }
  return { fields, tables };
}

/**
 * An evaluation environment over cell contents: inputs read their raw value, computed names
 * evaluate their own expression (memoised), table columns read the rows.
 */
export function environment(content: Content, p: Placements = PLACEMENTS): EvalEnv {
  const memo = new Map<string, Value>();
  const env: EvalEnv = {
    name(n: string): Raw | Value {
      if (content.lost?.has(n)) return NAME_ERROR;
      if (p.fields.has(n)) return content.fields.get(n) ?? null;
      const cp = p.calcs.get(n);
      if (!cp) throw new Error(`layout: formula refers to unknown name ${n}`);
      let v = memo.get(n);
      if (v === undefined) {
        v = evaluate(cp.calc.expr, env);
        memo.set(n, v);
      }
      return v;
    },
    tableLost: (table: string) => content.lost?.has(table) === true,
    column(table: string, column: string): Raw[] {
      const tp = p.tables.get(table);
      if (!tp) throw new Error(`layout: formula refers to unknown table ${table}`);
      const i = tp.table.columns.findIndex((c) => c.header === column);
      if (i < 0) throw new Error(`layout: table ${table} has no column ${column}`);
      const rows = content.tables.get(table) ?? [];
      if (tp.table.columns[i].calc) {
        return rows.map((r) =>
          valueToRaw(evaluate(tp.table.columns[i].calc!, rowEnv(env, tp.table, r)))
        );
      }
      return rows.map((r) => r[i] ?? null);
    },
  };
  return env;
}

function rowEnv(base: EvalEnv, table: TableDef, rowValues: Raw[]): EvalEnv {
  return {
    ...base,
    thisRow(t: string, column: string): Raw {
      const i = table.columns.findIndex((c) => c.header === column);
      if (t !== table.name || i < 0)
        throw new Error(`layout: ${t}[${column}] is not a column of ${table.name}`);
      return rowValues[i] ?? null;
    },
  };
}

/** A formula result as a cell stores it. */
export function valueToRaw(v: Value): CellValue {
  if (v instanceof Decimal) return v.toNumber();
  return v;
}

/** The value each computed cell shows for this content, by name. */
export function computedValues(
  content: Content,
  p: Placements = PLACEMENTS
): Map<string, CellValue> {
  const env = environment(content, p);
  const out = new Map<string, CellValue>();
  for (const n of p.calcs.keys()) out.set(n, valueToRaw(env.name(n) as Value));
  return out;
}

/** Per-row results of a table's computed columns: header → values by row. */
export function computedColumns(
  content: Content,
  table: TableDef,
  p: Placements = PLACEMENTS
): Map<string, CellValue[]> {
  const env = environment(content, p);
  const rows = content.tables.get(table.name) ?? [];
  const out = new Map<string, CellValue[]>();
  for (const c of table.columns) {
    if (c.calc)
      out.set(
        c.header,
        rows.map((r) => valueToRaw(evaluate(c.calc!, rowEnv(env, table, r))))
      );
  }
  return out;
}

const LINE_HEIGHT = 14;

/**
 * Lines a wrapped text needs in a column `width` characters wide. Hosts such as LibreOffice do
 * not grow rows for wrapped text, so rows get explicit heights (a CJK character is two wide).
 */
export function textLines(value: CellValue | undefined, width: number): number {
  if (typeof value !== "string" || value === "") return 1;
  let lines = 0;
  for (const para of value.split("\n")) {
    let w = 0;
    for (const ch of para) w += /[\u2e80-\uffef]/.test(ch) ? 1.8 : 1;
    lines += Math.max(1, Math.ceil(w / Math.max(1, width - 1)));
  }
  return lines;
}

function fitHeight(heights: Record<number, number>, row: number, lines: number): void {
  if (lines <= 1) return;
  heights[row] = rowHeight(Math.max(heights[row] ?? 0, lines * LINE_HEIGHT + 4));
}

function columnStyle(c: Column) {
  return c.calc ? calcStyle(c.type === "rate" ? "rate" : "amount") : inputStyle(c.type);
}

/** What the template is filled with, shared by every sheet it lays out. */
interface Fill {
  model?: Evaluation;
  content: Content;
  calcValues: Map<string, Raw>;
  p: Placements;
}

/** One sheet's writes as its rows are laid out, in the order they are made. */
interface SheetWrites {
  sheet: SheetDef;
  ops: WriteOp[];
  cells: CellWrite[];
  heights: Record<number, number>;
}

/** A table with its header at row `r`; returns the rows it takes, header included. */
function tableOps(w: SheetWrites, fill: Fill, table: TableDef, col: number, r: number): number {
  const { model, content, p } = fill;
  const sheet = w.sheet.name;
  const rows = content.tables.get(table.name) ?? [];
  const n = Math.max(rows.length, model ? 1 : (table.presetRows?.length ?? 0) + table.blankRows);
  const computedCols = computedColumns(content, table, p);
  const stated = statedRows(model, table);
  const values: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    values.push(table.columns.map((c, j) => (c.calc ? null : (rows[i]?.[j] ?? null))));
  }
  const formulas: Record<string, string> = {};
  for (const c of table.columns) if (c.calc) formulas[c.header] = toFormula(c.calc);
  w.ops.push({
    op: "table",
    sheet,
    name: table.name,
    topLeft: addr(col, r),
    headers: table.columns.map((c) => c.header),
    rows: values,
    formulas,
    style: TABLE_STYLE,
  });
  table.columns.forEach((c, j) => {
    w.cells.push({ address: addr(col + j, r), style: STYLES.header });
    for (let i = 0; i < n; i++) {
      const address = addr(col + j, r + 1 + i);
      if (c.calc) {
        const result = computedCols.get(c.header)?.[i] ?? "";
        w.cells.push({
          address,
          formula: { text: toFormula(c.calc), result },
          style: columnStyle(c),
        });
      } else {
        w.cells.push({ address, style: withStatedFormat(columnStyle(c), c.type, stated[i]?.[j]) });
      }
    }
    if (c.choices) {
      const range = `${addr(col + j, r + 1)}:${addr(col + j, r + n)}`;
      w.ops.push({ op: "listValidation", sheet, range, choices: c.choices, ...LIST_ERROR });
    }
  });
  for (let i = 0; i < n; i++) {
    const lines = Math.max(
      1,
      ...table.columns.map((c, j) => textLines(values[i][j], w.sheet.widths[col + j] ?? 10))
    );
    if (lines > 1) fitHeight(w.heights, r + 1 + i, lines);
  }
  return n + 1;
}

const RESULT_TEXT_STYLE: CellStyle = {
  ...STYLES.calc,
  font: { ...STYLES.calc.font, italic: false },
  wrap: true,
  numFmt: "@",
};

/** One laid-out cell (text, input, result or formula) at column `c` of row `r`. */
function cellOps(
  w: SheetWrites,
  fill: Fill,
  cell: Exclude<CellSpec, { t: "skip" }>,
  c: number,
  r: number
): void {
  const sheet = w.sheet.name;
  const address = addr(c, r);
  const span = cell.span ?? 1;
  const define = (name: string) => w.ops.push({ op: "defineName", name, sheet, address });
  const put = (value: CellValue | undefined, style: CellStyle, rest: CellStyle = style) => {
    w.cells.push({ address, ...(value === undefined ? {} : { value }), style });
    for (let k = 1; k < span; k++) w.cells.push({ address: addr(c + k, r), style: rest });
  };
  if (span > 1) w.ops.push({ op: "merge", sheet, range: `${address}:${addr(c + span - 1, r)}` });
  if (cell.t === "text") {
    put(
      cell.text === "" ? null : cell.text,
      { ...STYLES[cell.style], numFmt: "@" },
      STYLES[cell.style]
    );
    if (cell.name) define(cell.name);
  } else if (cell.t === "field") {
    const f = cell.field;
    const style = f.system
      ? { ...STYLES.meta, numFmt: NUMBER_FORMATS[f.type] }
      : withStatedFormat(
          fieldStyle(f),
          f.type,
          fill.model && getPath(fill.model, f.path),
          f.numFmt
        );
    const value = fill.content.fields.get(f.name) ?? null;
    put(value, style);
    const width = w.sheet.widths.slice(c, c + span).reduce((x, y) => x + y, 0);
    fitHeight(w.heights, r, textLines(value, width));
    define(f.name);
    if (f.choices)
      w.ops.push({
        op: "listValidation",
        sheet,
        range: address,
        choices: f.choices,
        ...LIST_ERROR,
      });
  } else if (cell.t === "result") {
    put(null, cell.result.type === "text" ? RESULT_TEXT_STYLE : calcStyle(cell.result.type));
    define(cell.result.name);
  } else {
    const k = cell.calc;
    w.cells.push({
      address,
      formula: { text: toFormula(k.expr), result: fill.calcValues.get(k.name) ?? "" },
      style: calcStyle(k.type),
    });
    define(k.name);
  }
}

/** One sheet of the template: its rows, then heights, freeze panes, print setup, protection. */
function sheetOps(sheet: SheetDef, fill: Fill): WriteOp[] {
  const w: SheetWrites = { sheet, ops: [], cells: [], heights: {} };
  w.ops.push({
    op: "addSheet",
    sheet: sheet.name,
    tabColor: sheet.tabColor,
    visibility: "visible",
  });
  w.ops.push(columnsOp(sheet.name, sheet.widths));
  const hidden: number[] = [];
  let hasTable = false;
  let r = 1;
  for (const rowSpec of sheet.rows) {
    if ("tables" in rowSpec) {
      hasTable = true;
      const taken = rowSpec.tables.map(({ table, col }) => tableOps(w, fill, table, col, r));
      r += Math.max(1, ...taken);
      continue;
    }
    if (rowSpec.height) w.heights[r] = rowSpec.height;
    if (rowSpec.hidden) hidden.push(r);
    let c = 0;
    for (const cell of rowSpec.cells) {
      if (cell.t !== "skip") cellOps(w, fill, cell, c, r);
      c += cell.t === "skip" ? 1 : (cell.span ?? 1);
    }
    r++;
  }
  const ops = [...w.ops, { op: "cells", sheet: sheet.name, cells: w.cells } as const];
  if (Object.keys(w.heights).length || hidden.length)
    ops.push({
      op: "rowHeights",
      sheet: sheet.name,
      heights: w.heights,
      ...(hidden.length ? { hidden } : {}),
    });
  if (sheet.freezeRows) ops.push({ op: "freeze", sheet: sheet.name, rows: sheet.freezeRows });
  const titles: [number, number] | undefined = sheet.freezeRows ? [1, sheet.freezeRows] : undefined;
  ops.push(pageSetupOp(sheet.name, sheet.orientation, titles, sheet.onePage));
  // Excel cannot grow a table on a protected sheet, so only sheets without lists are locked.
  if (!hasTable) ops.push(protectOp(sheet.name));
  return ops;
}

/**
 * The writes that lay out the whole template, filled with `model` when given: sheets, cells,
 * styles, merges, tables, names, dropdowns, freeze panes, print setup and protection.
 */
export function templateOps(
  model?: Evaluation,
  sheets: readonly SheetDef[] = SHEETS,
  /** Only these sheets are written (jixiao upgrade adds the sheets an older template lacks). */
  only?: ReadonlySet<string>
): WriteOp[] {
  const p = place(sheets);
  const content = contentOf(model, p);
  const fill: Fill = { model, content, calcValues: computedValues(content, p), p };
  return sheets.filter((s) => !only || only.has(s.name)).flatMap((s) => sheetOps(s, fill));
}

/** Every defined name of the template: inputs, computed cells and the texts read back. */
export function allNames(p: Placements = PLACEMENTS): string[] {
  return [...p.fields.keys(), ...p.calcs.keys(), ...p.results.keys(), ...p.texts.keys()];
}

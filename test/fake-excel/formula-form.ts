import type { Rect } from "./address";
import { rectContains } from "./address";
import { richError } from "./errors";
import type { SheetState } from "./state";

/**
 * Formulas as Excel shows them and refuses them (TOOLCHAIN.md, Office facts):
 * - `T[[#This Row],[c]]` reads back as `[@c]` inside table T and `T[@c]` outside it;
 * - function names and A1 references are upper-cased, table names take their defined case;
 * - the file format's `_xlfn.` / `_xlws.` prefixes are hidden;
 * - a formula naming a table that does not exist is refused.
 */

export interface TableAt {
  name: string;
  sheet: SheetState;
  rect: Rect;
}

type Token =
  | { kind: "text"; text: string }
  | { kind: "ident"; text: string; next: string }
  | { kind: "bracket"; text: string };

const IDENT_START = /[\p{L}_\\$]/u;
const IDENT_PART = /[\p{L}\p{N}_.\\$]/u;

/** Index just past the bracket group that opens at `start`, honouring ' escapes. */
function closing(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "'") i += 1;
    else if (text[i] === "[") depth += 1;
    else if (text[i] === "]" && --depth === 0) return i + 1;
  }
  return text.length;
}

function quoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] !== quote) i += 1;
    else if (text[i + 1] === quote) i += 2;
    else return i + 1;
  }
  return text.length;
}

/** Strings, quoted sheet names, identifiers and bracket groups; everything else as text. */
export function tokens(formula: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    let end: number;
    if (ch === '"' || ch === "'") end = quoted(formula, i, ch);
    else if (ch === "[") end = closing(formula, i);
    else if (IDENT_START.test(ch) || /\d/.test(ch)) {
      end = i + 1;
      while (end < formula.length && IDENT_PART.test(formula[end])) end += 1;
      out.push({ kind: "ident", text: formula.slice(i, end), next: formula[end] ?? "" });
      i = end;
      continue;
    } else end = i + 1;
    out.push({ kind: ch === "[" ? "bracket" : "text", text: formula.slice(i, end) });
    i = end;
  }
  return out;
}

const A1 = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const THIS_ROW = /^\[(?:\[#this row\],\s*\[(.+)\]|@\[?(.+?)\]?)\]$/i;

/** The column of a this-row reference ("[[#This Row],[c]]", "[@c]", "[@[c]]"), else undefined. */
function thisRowColumn(bracket: string): string | undefined {
  const m = THIS_ROW.exec(bracket);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Excel writes `[@c]`, and `[@[c]]` where the name has characters that need brackets. */
const atColumn = (column: string) =>
  /^[\p{L}\p{N}_]+$/u.test(column) ? `[@${column}]` : `[@[${column}]]`;

const tableNamed = (tables: TableAt[], name: string) =>
  tables.find((t) => t.name.toLowerCase() === name.toLowerCase());

/** The formula as `range.formulas` gives it back for a cell at (row, col) of `sheet`. */
export function excelForm(
  formula: string,
  tables: TableAt[],
  sheet: SheetState,
  row: number,
  col: number
): string {
  const home = tables.find((t) => t.sheet === sheet && rectContains(t.rect, row, col));
  const list = tokens(formula);
  let out = "";
  for (let k = 0; k < list.length; k++) {
    const tok = list[k];
    if (tok.kind !== "ident") {
      out += tok.text;
      continue;
    }
    const table = tok.next === "[" ? tableNamed(tables, tok.text) : undefined;
    if (table) {
      const bracket = list[k + 1].text;
      const column = thisRowColumn(bracket);
      k += 1;
      if (column === undefined) out += `${table.name}${bracket}`;
      else out += `${table === home ? "" : table.name}${atColumn(column)}`;
    } else if (tok.next === "(") out += tok.text.replace(/^_xl(fn|ws)\./i, "").toUpperCase();
    else if (A1.test(tok.text)) out += tok.text.toUpperCase();
    else out += tok.text;
  }
  return out;
}

/** "There's a problem with this formula": a structured reference to a table that is not there. */
export function refuseMissingTables(formula: string, tables: TableAt[]): void {
  for (const tok of tokens(formula)) {
    if (tok.kind !== "ident" || tok.next !== "[") continue;
    if (!tableNamed(tables, tok.text))
      throw richError(
        "InvalidArgument",
        `The formula names a table that does not exist: ${tok.text}`
      );
  }
}

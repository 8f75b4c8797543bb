/**
 * Formulas compared by meaning, never by bytes (TOOLCHAIN.md, Office facts): Excel gives back
 * `[@c]` for `T[[#This Row],[c]]` written inside table T (`T[@c]` from outside), upper-cases
 * function names and references, hides `_xlfn.`, and may respace or requote what was written.
 * Both sides are reduced to one normal form and compared.
 */

const IDENT_START = /[\p{L}_\\$]/u;
const IDENT_PART = /[\p{L}\p{N}_.\\$]/u;

/** End of a "string" or 'sheet name' starting at `start` (a doubled quote escapes). */
function quotedEnd(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] !== quote) i += 1;
    else if (text[i + 1] === quote) i += 2;
    else return i + 1;
  }
  return text.length;
}

/** End of the bracket group opening at `start`; `'` escapes the next character inside. */
function bracketEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "'") i += 1;
    else if (text[i] === "[") depth += 1;
    else if (text[i] === "]" && --depth === 0) return i + 1;
  }
  return text.length;
}

const THIS_ROW = /^\[(?:\[#thisrow\],\[(.+)\]|@\[?(.+?)\]?)\]$/i;

/** One structured reference's bracket part in normal form: `[@COL]`, `[COL]`, `[[#ALL],[COL]]`… */
function bracketForm(bracket: string): string {
  const squeezed = bracket.replace(/\s+/g, "").toUpperCase();
  const row = THIS_ROW.exec(squeezed);
  if (row) return `[@${(row[1] ?? row[2]).replace(/^\[|\]$/g, "")}]`;
  // T[[c]] is T[c].
  const single = /^\[\[([^[\]]+)\]\]$/.exec(squeezed);
  return single && !single[1].startsWith("#") ? `[${single[1]}]` : squeezed;
}

/**
 * The normal form: no leading "=", no `_xlfn.`/`_xlws.`, no spaces outside strings, upper case
 * outside strings, sheet names unquoted, structured references as `TABLE[@COL]` (a bare
 * `[@c]` belongs to `table`, the table the cell is in).
 */
export function formulaNormalForm(formula: string, table?: string): string {
  const f = formula.trim().replace(/^=/, "");
  let out = "";
  let i = 0;
  let lastIdent = false;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"') {
      const end = quotedEnd(f, i);
      out += f.slice(i, end);
      i = end;
      lastIdent = false;
    } else if (ch === "'") {
      const end = quotedEnd(f, i);
      out += f
        .slice(i + 1, end - 1)
        .replace(/''/g, "'")
        .toUpperCase();
      i = end;
      lastIdent = false;
    } else if (ch === "[") {
      const end = bracketEnd(f, i);
      const owner = !lastIdent && table ? table.toUpperCase() : "";
      out += owner + bracketForm(f.slice(i, end));
      i = end;
      lastIdent = false;
    } else if (IDENT_START.test(ch) || /\d/.test(ch)) {
      let end = i + 1;
      while (end < f.length && IDENT_PART.test(f[end])) end += 1;
      out += f
        .slice(i, end)
        .replace(/^_xl(fn|ws)\./i, "")
        .toUpperCase();
      i = end;
      lastIdent = true;
    } else {
      if (!/\s/.test(ch)) out += ch;
      i += 1;
      lastIdent = false;
    }
  }
  return out;
}

/**
 * Normal forms already made: a table's calculated column repeats one formula on every row, so a
 * workbook of 10,000 rows asks for the same few forms over and over. Bounded, as a pane stays
 * open all day.
 */
const normalForms = new Map<string, string>();
const NORMAL_FORMS_KEPT = 2000;

function cachedNormalForm(formula: string, table: string | undefined): string {
  const key = `${table ?? ""}\u0000${formula}`;
  let form = normalForms.get(key);
  if (form === undefined) {
    if (normalForms.size >= NORMAL_FORMS_KEPT) normalForms.clear();
    form = formulaNormalForm(formula, table);
    normalForms.set(key, form);
  }
  return form;
}

/** Whether two formulas mean the same; `table`: the table the cell is in, for `[@c]`. */
export function sameFormula(a: string | undefined, b: string, table?: string): boolean {
  if (a === undefined) return false;
  return a === b || cachedNormalForm(a, table) === cachedNormalForm(b, table);
}

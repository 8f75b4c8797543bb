import { Decimal } from "../model/decimal";

/**
 * Computed cells are written as one small expression tree that yields both the live Excel
 * formula and the value Excel would compute, so the cached result a CLI-written file carries
 * is the formula's own result by construction (PRODUCT.md §3 "Stated and computed").
 * The evaluator follows Excel's semantics where they matter here: SUMIFS and COUNTA over a
 * column skip text and blanks the way Excel does, ISNUMBER is false for numeric-looking text.
 */
export type Expr =
  | { k: "num"; v: string }
  | { k: "str"; v: string }
  /** A workbook-scoped defined name (an input or another computed cell). */
  | { k: "name"; name: string }
  /**
   * SUM / SUMIFS over a table column, optionally where another column equals a text; blank
   * when no matching cell holds a number, because a blank is not zero.
   */
  | { k: "sumCol"; table: string; column: string; where?: { column: string; equals: string } }
  /** COUNTA of a table column: non-empty cells. */
  | { k: "countCol"; table: string; column: string }
  /** A column of the formula's own table row (calculated table columns). */
  | { k: "thisRow"; table: string; column: string }
  /** Sum of values that skips blanks and text (Excel's N()); blank when none is a number. */
  | { k: "add"; args: Expr[] }
  | { k: "sub"; a: Expr; b: Expr }
  /** a / b, or "" when b is not a non-zero number: a rate that cannot be computed stays blank. */
  | { k: "ratio"; a: Expr; b: Expr }
  | { k: "if"; cond: Cond; then: Expr; else: Expr };

export type Cond =
  { k: "isNumber"; e: Expr } | { k: "eq"; a: Expr; b: Expr } | { k: "and"; args: Cond[] };

export const num = (v: string | number): Expr => ({ k: "num", v: String(v) });
export const str = (v: string): Expr => ({ k: "str", v });
export const name = (n: string): Expr => ({ k: "name", name: n });
export const sumCol = (
  table: string,
  column: string,
  where?: { column: string; equals: string }
): Expr => ({ k: "sumCol", table, column, where });
export const countCol = (table: string, column: string): Expr => ({ k: "countCol", table, column });
export const thisRow = (table: string, column: string): Expr => ({ k: "thisRow", table, column });
export const add = (...args: Expr[]): Expr => ({ k: "add", args });
export const sub = (a: Expr, b: Expr): Expr => ({ k: "sub", a, b });
export const ratio = (a: Expr, b: Expr): Expr => ({ k: "ratio", a, b });
export const iff = (cond: Cond, then: Expr, otherwise: Expr): Expr => ({
  k: "if",
  cond,
  then,
  else: otherwise,
});
export const isNumber = (e: Expr): Cond => ({ k: "isNumber", e });
export const eq = (a: Expr, b: Expr): Cond => ({ k: "eq", a, b });
export const and = (...args: Cond[]): Cond => ({ k: "and", args });
export const BLANK = str("");

/** The stated figure where it is a number, else what the parts give (PRODUCT.md §3). */
export const effective = (stated: string, computed: Expr): Expr =>
  iff(isNumber(name(stated)), name(stated), computed);

/** (current − previous) / previous, blank unless both are numbers and previous is not 0. */
export const change = (current: Expr, previous: Expr): Expr =>
  iff(and(isNumber(current), isNumber(previous)), ratio(sub(current, previous), previous), BLANK);

/** stated − computed, blank unless both are numbers. */
export const difference = (stated: string, computed: Expr): Expr =>
  iff(and(isNumber(name(stated)), isNumber(computed)), sub(name(stated), computed), BLANK);

// ---------------------------------------------------------------------------------------------
// Formula text

function structuredColumn(column: string): string {
  // Excel escapes these characters in structured references with a leading apostrophe.
  return column.replace(/['#[\]@]/g, (c) => `'${c}`);
}

function quoteString(v: string): string {
  return `"${v.replace(/"/g, '""')}"`;
}

/** The formula text without its leading "=", as the file format stores it. */
export function toFormula(e: Expr): string {
  switch (e.k) {
    case "num":
      return e.v;
    case "str":
      return quoteString(e.v);
    case "name":
      return e.name;
    case "sumCol": {
      const target = `${e.table}[${structuredColumn(e.column)}]`;
      if (!e.where) return `IF(COUNT(${target})=0,"",SUM(${target}))`;
      const crit = `${e.table}[${structuredColumn(e.where.column)}]`;
      const value = quoteString(e.where.equals);
      return `IF(SUMPRODUCT(ISNUMBER(${target})*(${crit}=${value}))=0,"",SUMIFS(${target},${crit},${value}))`;
    }
    case "countCol":
      return `COUNTA(${e.table}[${structuredColumn(e.column)}])`;
    case "thisRow":
      return `${e.table}[[#This Row],[${structuredColumn(e.column)}]]`;
    case "add": {
      const args = e.args.map(toFormula);
      return `IF(COUNT(${args.join(",")})=0,"",${args.map((a) => `N(${a})`).join("+")})`;
    }
    case "sub":
      return `${wrap(e.a)}-${wrap(e.b)}`;
    case "ratio": {
      const b = toFormula(e.b);
      return `IF(AND(ISNUMBER(${b}),${b}<>0),${wrap(e.a)}/${wrap(e.b)},"")`;
    }
    case "if":
      return `IF(${condFormula(e.cond)},${toFormula(e.then)},${toFormula(e.else)})`;
  }
}

function wrap(e: Expr): string {
  const f = toFormula(e);
  return e.k === "add" || e.k === "sub" ? `(${f})` : f;
}

function condFormula(c: Cond): string {
  switch (c.k) {
    case "isNumber":
      return `ISNUMBER(${toFormula(c.e)})`;
    case "eq":
      return `${toFormula(c.a)}=${toFormula(c.b)}`;
    case "and":
      return `AND(${c.args.map(condFormula).join(",")})`;
  }
}

// ---------------------------------------------------------------------------------------------
// Evaluation with Excel semantics

/** A cell's raw content as the workbook holds it. */
export type Raw = number | string | boolean | null | { error: string };

/** A formula result: a number, text ("" for the blanks our formulas return), or an error. */
export type Value = Decimal | string | boolean | { error: string };

export interface EvalEnv {
  /** The value of a defined name: an input's raw content, or a computed cell's result. */
  name(n: string): Raw | Value;
  column(table: string, column: string): Raw[];
  thisRow?(table: string, column: string): Raw;
  /** A table the workbook lost: a formula naming it gives #NAME?, never a blank. */
  tableLost?(table: string): boolean;
}

const NAME_ERROR = { error: "#NAME?" };

const VALUE_ERROR = { error: "#VALUE!" };
const DIV0 = { error: "#DIV/0!" };

function isError(v: Raw | Value): v is { error: string } {
  return typeof v === "object" && v !== null && !(v instanceof Decimal) && "error" in v;
}

function normalise(v: Raw | Value): Value {
  if (v === null) return new Decimal(0);
  if (typeof v === "number") return new Decimal(v);
  return v;
}

/** Arithmetic operand coercion as Excel's + and − do it: blank 0, numeric text coerced, else #VALUE!. */
function operand(v: Raw | Value): Decimal | { error: string } {
  if (v === null) return new Decimal(0);
  if (typeof v === "number") return new Decimal(v);
  if (v instanceof Decimal) return v;
  if (typeof v === "boolean") return new Decimal(v ? 1 : 0);
  if (isError(v)) return v;
  const t = v.trim();
  if (t !== "" && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return new Decimal(t);
  return VALUE_ERROR;
}

function isNumberValue(v: Raw | Value): boolean {
  return typeof v === "number" || v instanceof Decimal;
}

/** SUMIFS over a table column: numbers only, blank when none; an error in a counted row wins. */
function sumColumn(e: Extract<Expr, { k: "sumCol" }>, env: EvalEnv): Value {
  const values = env.column(e.table, e.column);
  const crit = e.where ? env.column(e.table, e.where.column) : undefined;
  let sum = new Decimal(0);
  let numbers = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (crit) {
      const c = crit[i];
      if (typeof c !== "string" || c.toLowerCase() !== e.where!.equals.toLowerCase()) continue;
    }
    if (isError(v)) return v;
    if (typeof v === "number") {
      sum = sum.plus(v);
      numbers++;
    }
  }
  return numbers === 0 ? "" : sum;
}

/**
 * SUM of the arguments, blank when none is a number; a logical from a formula counts as 1, one
 * read from a named cell does not (as SUM ignores logicals in references).
 */
function addArgs(e: Extract<Expr, { k: "add" }>, env: EvalEnv): Value {
  let sum = new Decimal(0);
  let numbers = 0;
  // IF(COUNT(…)=0,"",N(a)+…): COUNT skips errors, so an error shows only beside a number.
  let error: { error: string } | undefined;
  for (const a of e.args) {
    const v = rawOf(a, env);
    if (isError(v)) error ??= v;
    else if (isNumberValue(v)) {
      sum = sum.plus(v as number | Decimal);
      numbers++;
    } else if (typeof v === "boolean" && a.k !== "name") {
      sum = sum.plus(v ? 1 : 0);
    }
  }
  if (numbers === 0) return "";
  return error ?? sum;
}

/** a / b, blank when b is not a non-zero number. */
function divide(e: Extract<Expr, { k: "ratio" }>, env: EvalEnv): Value {
  const b = evaluate(e.b, env);
  // AND(ISNUMBER(b),b<>0) is an error when b is one (Excel's AND reads every argument).
  if (isError(b)) return b;
  if (!(b instanceof Decimal) || b.isZero()) return "";
  const a = operand(evaluate(e.a, env));
  if (isError(a)) return a;
  return b.isZero() ? DIV0 : a.div(b);
}

export function evaluate(e: Expr, env: EvalEnv): Value {
  switch (e.k) {
    case "num":
      return new Decimal(e.v);
    case "str":
      return e.v;
    case "name": {
      const v = env.name(e.name);
      return normalise(v);
    }
    case "sumCol":
      return env.tableLost?.(e.table) ? NAME_ERROR : sumColumn(e, env);
    case "countCol":
      if (env.tableLost?.(e.table)) return NAME_ERROR;
      return new Decimal(
        env.column(e.table, e.column).filter((v) => v !== null && v !== "").length
      );
    case "thisRow": {
      if (!env.thisRow) throw new Error(`thisRow(${e.column}) outside a table row`);
      return normalise(env.thisRow(e.table, e.column));
    }
    case "add":
      return addArgs(e, env);
    case "sub": {
      const a = operand(evaluate(e.a, env));
      if (isError(a)) return a;
      const b = operand(evaluate(e.b, env));
      if (isError(b)) return b;
      return a.minus(b);
    }
    case "ratio":
      return divide(e, env);
    case "if": {
      const c = evalCond(e.cond, env);
      if (isError(c)) return c;
      return evaluate(c ? e.then : e.else, env);
    }
  }
}

function evalCond(c: Cond, env: EvalEnv): boolean | { error: string } {
  switch (c.k) {
    case "isNumber":
      return isNumberValue(rawOf(c.e, env));
    case "eq": {
      const ra = rawOf(c.a, env);
      const rb = rawOf(c.b, env);
      // Excel: a blank cell equals both "" and 0.
      if (ra === null || rb === null) {
        const other = ra === null ? rb : ra;
        return other === null || other === "" || isZero(other);
      }
      const a = normalise(ra);
      const b = normalise(rb);
      if (isError(a)) return a;
      if (isError(b)) return b;
      if (a instanceof Decimal && b instanceof Decimal) return a.eq(b);
      if (typeof a === "string" && typeof b === "string")
        return a.toLowerCase() === b.toLowerCase();
      return false;
    }
    case "and": {
      // Excel's AND reads every argument: an error in any wins over a FALSE before it.
      let all = true;
      for (const a of c.args) {
        const v = evalCond(a, env);
        if (isError(v)) return v;
        all &&= v;
      }
      return all;
    }
  }
}

function isZero(v: Raw | Value): boolean {
  return (typeof v === "number" && v === 0) || (v instanceof Decimal && v.isZero());
}

/** ISNUMBER looks at the cell itself: a blank cell is not a number even though it counts as 0. */
function rawOf(e: Expr, env: EvalEnv): Raw | Value {
  if (e.k === "name") return env.name(e.name);
  if (e.k === "thisRow" && env.thisRow) return env.thisRow(e.table, e.column);
  return evaluate(e, env);
}

/** Names and table columns an expression reads, for documentation and dependency order. */
export function references(e: Expr): { names: string[]; columns: string[] } {
  const names = new Set<string>();
  const columns = new Set<string>();
  const visit = (x: Expr): void => {
    switch (x.k) {
      case "name":
        names.add(x.name);
        break;
      case "sumCol":
      case "countCol":
      case "thisRow":
        columns.add(`${x.table}[${x.column}]`);
        if (x.k === "sumCol" && x.where) columns.add(`${x.table}[${x.where.column}]`);
        break;
      case "add":
        x.args.forEach(visit);
        break;
      case "sub":
      case "ratio":
        visit(x.a);
        visit(x.b);
        break;
      case "if":
        visitCond(x.cond);
        visit(x.then);
        visit(x.else);
        break;
      default:
        break;
    }
  };
  const visitCond = (c: Cond): void => {
    if (c.k === "isNumber") visit(c.e);
    else if (c.k === "eq") {
      visit(c.a);
      visit(c.b);
    } else c.args.forEach(visitCond);
  };
  visit(e);
  return { names: [...names], columns: [...columns] };
}

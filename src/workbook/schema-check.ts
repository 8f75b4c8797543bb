import type * as z from "zod/mini";

/**
 * The model's schema (zod, the schema of record) checked without zod's per-value bookkeeping, for
 * the long lists of table rows the reader makes (10,000 indicators: some 130,000 values, each a
 * payload and an issues array in zod). The check is compiled from the schema itself and covers
 * only what it can do exactly: plain objects of optional or required strings (regex checks
 * only), enums of strings, booleans and arrays of these. Its result is zod's output, built the
 * same way (shape order, unknown keys left out); anything it does not accept goes to zod, so
 * every error is still zod's own (test/perf/reader-speed.test.ts holds the two together).
 */

/** What a compiled check returns for a value it does not accept: zod decides that one. */
export const NOT_CHECKED: unique symbol = Symbol("not checked");
export type Check = (value: unknown) => unknown;

/** What the check reads of a schema: zod 4's own definition of it (`_zod.def`, `_zod.traits`). */
interface Node {
  _zod: { def: Def; traits: Set<string> };
}
interface Def {
  type: string;
  shape?: Record<string, Node>;
  innerType?: Node;
  element?: Node;
  entries?: Record<string, unknown>;
  checks?: Node[];
  check?: string;
  format?: string;
  pattern?: unknown;
}

/** Exactly these traits and definition keys: a subclass or an option (coerce, catchall) is zod's. */
const KINDS: Record<string, { traits: string; keys: string[] }> = {
  object: { traits: "$ZodObject $ZodType ZodMiniObject ZodMiniType", keys: ["shape"] },
  optional: { traits: "$ZodOptional $ZodType ZodMiniOptional ZodMiniType", keys: ["innerType"] },
  string: { traits: "$ZodString $ZodType ZodMiniString ZodMiniType", keys: ["checks"] },
  enum: { traits: "$ZodEnum $ZodType ZodMiniEnum ZodMiniType", keys: ["entries"] },
  array: { traits: "$ZodArray $ZodType ZodMiniArray ZodMiniType", keys: ["element"] },
  boolean: { traits: "$ZodBoolean $ZodType ZodMiniBoolean ZodMiniType", keys: [] },
};

function known(node: Node): Def | undefined {
  const def = node._zod?.def;
  const kind = def && KINDS[def.type];
  if (!kind || [...node._zod.traits].sort().join(" ") !== kind.traits) return undefined;
  const keys = Object.keys(def).filter((k) => k !== "type");
  return keys.every((k) => kind.keys.includes(k)) ? def : undefined;
}

/** The check of `schema`, or undefined when it holds anything the check cannot do exactly. */
export function compileCheck(schema: z.ZodMiniType): Check | undefined {
  // zod/mini's public types do not show `_zod.def`; zod 4 documents it for tools like this one.
  return compile(schema as unknown as Node);
}

function compile(node: Node): Check | undefined {
  const def = known(node);
  if (!def) return undefined;
  switch (def.type) {
    case "object":
      return compileObject(def.shape!);
    case "optional": {
      const inner = compile(def.innerType!);
      return inner && ((v) => (v === undefined ? undefined : inner(v)));
    }
    case "string":
      return compileString(def.checks ?? []);
    case "enum": {
      const entries = Object.entries(def.entries!);
      if (!entries.every(([k, v]) => k === v)) return undefined;
      const values = new Set(entries.map(([k]) => k));
      return (v) => (values.has(v as string) ? v : NOT_CHECKED);
    }
    case "array":
      return compileArray(def.element!);
    case "boolean":
      return (v) => (typeof v === "boolean" ? v : NOT_CHECKED);
  }
  return undefined;
}

/** Regex checks (z.regex) and descriptions (z.describe, no check at all); nothing else. */
function compileString(checks: Node[]): Check | undefined {
  const patterns: RegExp[] = [];
  for (const c of checks) {
    const d = c._zod?.def;
    const traits = [...(c._zod?.traits ?? [])].sort().join(" ");
    if (d?.check === "describe" && traits === "$ZodCheck" && Object.keys(d).length === 1) continue;
    const regex = "$ZodCheck $ZodCheckRegex $ZodCheckStringFormat";
    if (traits !== regex || d?.check !== "string_format" || d.format !== "regex") return undefined;
    if (!(d.pattern instanceof RegExp)) return undefined;
    if (Object.keys(d).some((k) => !["check", "format", "error", "pattern"].includes(k)))
      return undefined;
    patterns.push(d.pattern);
  }
  return (v) => {
    if (typeof v !== "string") return NOT_CHECKED;
    for (const p of patterns) {
      // As zod tests it: from the start, whatever a global pattern last matched.
      p.lastIndex = 0;
      if (!p.test(v)) return NOT_CHECKED;
    }
    return v;
  };
}

function compileArray(element: Node): Check | undefined {
  const item = compile(element);
  if (!item) return undefined;
  return (v) => {
    if (!Array.isArray(v)) return NOT_CHECKED;
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const r = item(v[i]);
      if (r === NOT_CHECKED) return NOT_CHECKED;
      out[i] = r;
    }
    return out;
  };
}

/**
 * A plain object as zod's parse makes it: a new object with the shape's keys in order, a key
 * present in the input kept (an optional one even when undefined), unknown keys left out.
 */
function compileObject(shape: Record<string, Node>): Check | undefined {
  if (Object.getOwnPropertySymbols(shape).length) return undefined;
  const props: { key: string; optional: boolean; check: Check }[] = [];
  for (const key of Object.keys(shape)) {
    // zod skips __proto__, and reads a key with `in`, which sees Object.prototype's own.
    if (key === "__proto__" || key in Object.prototype) return undefined;
    const check = compile(shape[key]);
    if (!check) return undefined;
    props.push({ key, optional: shape[key]._zod.def.type === "optional", check });
  }
  return (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return NOT_CHECKED;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { key, optional, check } of props) {
      const value = input[key];
      // A value read is a key present: `in` is asked only of what reads as undefined.
      if (value === undefined && !(key in input)) {
        if (optional) continue;
        return NOT_CHECKED;
      }
      const r = check(value);
      if (r === NOT_CHECKED) return NOT_CHECKED;
      out[key] = r;
    }
    return out;
  };
}

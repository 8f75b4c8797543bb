import { Decimal, decimalsOf, shortestDecimal, withDecimals } from "../model/decimal";
import { serialToIsoDate } from "../layout/model-map";
import type { ValueType } from "../layout/types";
import type { CellValue } from "./port";

/**
 * Lenient reading of one cell (PRODUCT.md §4): what the preparer meant, and whether Excel's
 * own formulas see it the same way. A stated number keeps the decimals it is stated with.
 */
export type Parsed =
  | { kind: "blank" }
  | { kind: "ok"; value: string | boolean }
  /** A number typed as text: read for the checks, but Excel's formulas will not count it. */
  | { kind: "numberAsText"; value: string; text: string }
  | { kind: "notANumber"; text: string }
  | { kind: "errorValue"; text: string }
  | { kind: "notInList"; text: string }
  | { kind: "invalidDate"; text: string };

const NUMERIC: ReadonlySet<ValueType> = new Set(["amount", "count", "year", "rate"]);

/** Decimals a number format fixes: "0.00" → 2, "0%" → 0 (percent), "General" → undefined. */
export function formatDecimals(
  numFmt: string | undefined
): { decimals: number; percent: boolean } | undefined {
  if (!numFmt) return undefined;
  const plain = plainFormatDecimals(numFmt);
  return plain === null ? sectionDecimals(numFmt) : plain;
}

/** The character codes of 0 # ? . , % : all a plain format ("0.00", "#,##0", "0%") is made of. */
const [ZERO, HASH, QUESTION, DOT, COMMA, PERCENT] = [48, 35, 63, 46, 44, 37];

/**
 * formatDecimals of a format made only of 0 # ? . , % (a template's "0.00", "0%"), without the
 * regular expressions: 130,000 cells go through it. Null for any other format, whose literals,
 * colours, escapes and sections need `sectionDecimals`; the two agree (test/perf/reader-speed).
 */
export function plainFormatDecimals(
  numFmt: string
): { decimals: number; percent: boolean } | undefined | null {
  let placeholder = false;
  let percent = false;
  let dot = -1;
  let decimals = 0;
  for (let i = 0; i < numFmt.length; i++) {
    const code = numFmt.charCodeAt(i);
    const digit = code === ZERO || code === HASH || code === QUESTION;
    if (digit) {
      placeholder = true;
      // The placeholders right after the first dot are the decimals.
      if (dot >= 0 && decimals === i - dot - 1) decimals++;
    } else if (code === DOT) {
      if (dot < 0) dot = i;
    } else if (code === PERCENT) percent = true;
    else if (code !== COMMA) return null;
  }
  return placeholder ? { decimals, percent } : undefined;
}

/** formatDecimals of any format, by its first section stripped of literals and colours. */
export function sectionDecimals(
  numFmt: string
): { decimals: number; percent: boolean } | undefined {
  const section = numFmt
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "");
  if (/general|@/i.test(section) || !/[0#?]/.test(section)) return undefined;
  const dot = section.indexOf(".");
  const decimals = dot < 0 ? 0 : (/^[0#?]*/.exec(section.slice(dot + 1))?.[0].length ?? 0);
  return { decimals, percent: section.includes("%") };
}

const FULL_WIDTH: Record<string, string> = {
  "．": ".",
  "，": ",",
  "－": "-",
  "−": "-",
  "＋": "+",
  "％": "%",
};

/** Full-width digits and signs to ASCII; all whitespace (incl. NBSP, ideographic space) removed. */
export function normaliseNumberText(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．，－−＋％]/g, (c) => FULL_WIDTH[c])
    .replace(/[\s\u00a0\u3000]/g, "");
}

const UNIT_SUFFIX = /(万元|元|人次|人|个|批|次|分|户|年|%)$/;

/** A number written as text: "226.98万元", "２２６.９８", "1,234.5", " 12 ", "71%". */
export function parseNumberText(text: string): { value: string; percent: boolean } | undefined {
  let t = normaliseNumberText(text).replace(/^[¥￥]/, "");
  const unit = UNIT_SUFFIX.exec(t)?.[1];
  if (unit) t = t.slice(0, -unit.length);
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, "");
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  const d = new Decimal(t);
  const decimals = t.includes(".") ? t.length - t.indexOf(".") - 1 : 0;
  return { value: d.toFixed(decimals), percent: unit === "%" };
}

/** Decimals an amount states when its cell does not fix them: 万元 carry 2 (PRODUCT.md §3). */
const KNOWN_DECIMALS: Partial<Record<ValueType, number>> = { amount: 2 };

/**
 * A number whose cell does not fix its decimals (General, not typed as text): 5.0 typed there is
 * stored as 5, so its stated decimals are unknown and the checks take them from context.
 */
export function decimalsOpen(raw: CellValue, type: ValueType, numFmt: string | undefined): boolean {
  return typeof raw === "number" && type === "value" && !formatDecimals(numFmt);
}

function numberFromCell(v: number, numFmt: string | undefined, type?: ValueType): string {
  const f = formatDecimals(numFmt);
  if (!f) {
    const shortest = shortestDecimal(v);
    const known = type ? KNOWN_DECIMALS[type] : undefined;
    // An amount in General: 6.7 is 6.70 万元, never fewer decimals than it shows.
    return known !== undefined && decimalsOf(shortest) < known ? withDecimals(v, known) : shortest;
  }
  // 71% is stored as the fraction 0.71: two more decimals than the percentage shows.
  return withDecimals(v, f.percent ? f.decimals + 2 : f.decimals);
}

/** Percent text in a rate field: "71%" → "0.71" keeping the stated precision. */
function percentToFraction(value: string): string {
  return new Decimal(value).div(100).toFixed(decimalsOf(value) + 2);
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

const SYMBOLS: Record<string, string> = {
  ">=": "≥",
  "＞＝": "≥",
  "≧": "≥",
  大于等于: "≥",
  不低于: "≥",
  "<=": "≤",
  "＜＝": "≤",
  "≦": "≤",
  小于等于: "≤",
  不高于: "≤",
  "＝": "=",
  等于: "=",
};

const FLAG_TRUE = new Set(["是", "y", "yes", "true", "√", "✓", "1"]);
const FLAG_FALSE = new Set(["否", "n", "no", "false", "×", "0"]);

export interface ParseOptions {
  numFmt?: string;
  choices?: readonly string[];
  /** Values accepted besides the dropdown's (e.g. 优 for 优秀). */
  accepts?: readonly string[];
}

export function parseCell(raw: CellValue, type: ValueType, opts: ParseOptions = {}): Parsed {
  const v = cellValue(raw, opts.numFmt, { type, choices: opts.choices, accepts: opts.accepts });
  if (v === undefined) return { kind: "blank" };
  return typeof v === "object" ? v : { kind: "ok", value: v };
}

/** What is wrong with a cell that is neither blank nor read. */
export type Unread = Exclude<Parsed, { kind: "blank" } | { kind: "ok" }>;

/** The field a cell is read for: its type, and for a choice what it takes. */
export interface CellField {
  type: ValueType;
  choices?: readonly string[];
  accepts?: readonly string[];
}

/**
 * parseCell of a field's cell, with no object for a blank or read cell (a table has 130,000):
 * the value read, undefined when blank, else what is wrong with it.
 */
export function cellValue(
  raw: CellValue,
  numFmt: string | undefined,
  { type, choices, accepts }: CellField
): string | boolean | undefined | Unread {
  if (raw === null || (typeof raw === "string" && raw.trim() === "")) return undefined;
  if (typeof raw === "object") return { kind: "errorValue", text: raw.error };

  if (NUMERIC.has(type)) {
    if (typeof raw === "number") return numberFromCell(raw, numFmt, type);
    const text = String(raw);
    const n = parseNumberText(text);
    if (!n) return { kind: "notANumber", text };
    const value = type === "rate" && n.percent ? percentToFraction(n.value) : n.value;
    return { kind: "numberAsText", value, text };
  }

  if (type === "value") {
    if (typeof raw === "number") return numberFromCell(raw, numFmt);
    const text = String(raw).trim();
    const n = parseNumberText(text);
    // A 定性 target is text by nature; only text that is a number is flagged.
    return n ? { kind: "numberAsText", value: n.value, text } : text;
  }

  if (type === "date") {
    if (typeof raw === "number") {
      // Excel's dates run from serial 1 (1900-01-01) to 2958465 (9999-12-31); beyond is ####.
      if (raw >= 1 && raw < 2958466) return serialToIsoDate(raw);
      return { kind: "invalidDate", text: shortestDecimal(raw) };
    }
    const text = String(raw).trim();
    const m = DATE_TEXT.exec(normaliseNumberText(text));
    if (!m) return { kind: "invalidDate", text };
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const iso = `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    const check = new Date(Date.UTC(y, mo - 1, d));
    if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
      return { kind: "invalidDate", text };
    return iso;
  }

  if (type === "flag") {
    const t = String(raw).trim().toLowerCase();
    if (raw === true || FLAG_TRUE.has(t)) return true;
    if (raw === false || FLAG_FALSE.has(t)) return false;
    return { kind: "notInList", text: String(raw) };
  }

  const text = typeof raw === "number" ? shortestDecimal(raw) : String(raw);
  if (type === "choice" && choices) {
    const t = text.trim();
    const v = SYMBOLS[t] ?? t;
    if (choices.includes(v) || accepts?.includes(v)) return v;
    return { kind: "notInList", text };
  }
  return type === "longtext" ? text : text.trim();
}

import Decimal from "decimal.js";

/**
 * Money, counts and rates travel through the model as decimal strings exactly as stated
 * ("15.70" keeps its two decimals), because the checks need the stated precision
 * (PRODUCT.md §4 "Rounding") and binary floats would print 125.94000000000001.
 */
export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/** Decimal places a stated figure carries ("15.70" → 2, "8" → 0). */
export function decimalsOf(stated: string): number {
  const dot = stated.indexOf(".");
  return dot < 0 ? 0 : stated.length - dot - 1;
}

export function toDecimal(stated: string): Decimal {
  return new Decimal(stated);
}

/*
 * A double's own text: decimal.js reads a double as the Decimal of String(value) (the shortest
 * text that reads back as it; a small integer is taken as is, which String writes the same), so
 * when that text is plain (no exponent: from about 1e-7 to 1e21) the Decimal's digits are its
 * digits. The reader turns every number cell into text this way, 120,000 cells on 10,000
 * indicators: these two skip the Decimal there (test/perf/engine-speed.test.ts holds them
 * against decimal.js).
 */

/** Shortest decimal form of a stored double: 6.7 → "6.7", 0.1 + 0.2 → "0.30000000000000004". */
export function shortestDecimal(value: number): string {
  const text = String(value);
  // -0 is written "0", as decimal.js writes it.
  return DECIMAL_PATTERN.test(text) ? text : new Decimal(value).toFixed();
}

/** A stored double shown with `decimals` places, the way a fixed number format displays it. */
export function withDecimals(value: number | Decimal, decimals: number): string {
  if (typeof value === "number") {
    const text = String(value);
    const own = DECIMAL_PATTERN.test(text) ? decimalsOf(text) : Infinity;
    // Fewer decimals than shown: nothing to round, the text gains zeros.
    if (own === decimals) return text;
    if (own < decimals) return `${own === 0 ? `${text}.` : text}${"0".repeat(decimals - own)}`;
  }
  return new Decimal(value).toFixed(decimals, Decimal.ROUND_HALF_UP);
}

/** A stated figure as a Decimal; blank stays blank. */
export const dec = (v: string | undefined): Decimal | undefined =>
  v === undefined ? undefined : new Decimal(v);

/** Sum of the figures that are filled in; undefined when none is (blank is not zero). */
export function sumOf(values: (string | undefined)[]): Decimal | undefined {
  const filled = values.filter((v): v is string => v !== undefined);
  return filled.length ? filled.reduce((s, v) => s.plus(v), new Decimal(0)) : undefined;
}

export { Decimal };

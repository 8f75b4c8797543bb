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

/** Shortest decimal form of a stored double: 6.7 → "6.7", 0.1 + 0.2 → "0.30000000000000004". */
export function shortestDecimal(value: number): string {
  const d = new Decimal(value);
  return d.toFixed();
}

/** A stored double shown with `decimals` places, the way a fixed number format displays it. */
export function withDecimals(value: number | Decimal, decimals: number): string {
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

import { Decimal, decimalsOf } from "../model/decimal";
import { percentText } from "./scaled";

/** How figures are written in the report (PRODUCT.md §6): the value is never changed, only its form. */
export interface NumberStyle {
  /**
   * "stated": a stated amount with the decimals it was stated with (the template's `0.00`
   * format gives 15.70, 36.90), a derived amount with two; "trim": 36.90 → 36.9, 8.00 → 8;
   * "fixed": always two decimals.
   */
  amounts: "stated" | "trim" | "fixed";
  /** Decimals of percentages: 0 writes 102%, as the seed does. */
  percentDecimals: number;
}

export const DEFAULT_NUMBERS: NumberStyle = { amounts: "stated", percentDecimals: 0 };

/** Decimals of a derived amount (a sum of stated figures) in the "stated" style. */
const DERIVED_DECIMALS = 2;

/**
 * An amount as the report writes it. A string is a stated figure (its decimals are its cell
 * format's); a Decimal is derived (a sum), written with two decimals.
 */
export function amount(v: string | Decimal, style: NumberStyle = DEFAULT_NUMBERS): string {
  const d = new Decimal(v);
  if (style.amounts === "trim") return d.toFixed();
  if (style.amounts === "fixed") return d.toFixed(2);
  return typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim())
    ? d.toFixed(decimalsOf(v.trim()))
    : d.toFixed(DERIVED_DECIMALS);
}

/** A rate (fraction) as a percentage: 1.0200 → "102%". */
export function percentage(rate: Decimal, style: NumberStyle = DEFAULT_NUMBERS): string {
  const places = style.percentDecimals;
  // The same text from the rate's digits, without three Decimals (汇总 writes one per indicator).
  const fast = Number.isInteger(places) && places >= 0 ? percentText(rate, places) : undefined;
  return `${fast ?? rate.times(100).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed()}%`;
}

/** Points with two decimals at most, trailing zeros dropped: 2.3077 → "2.31", 8 → "8". */
export function points(d: Decimal): string {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
}

/**
 * Rounds each value to `decimals` places so that the rounded values add up to `total`
 * (largest-remainder method): every value is cut down, and the units still missing go to the
 * values that lost most, earliest first on ties. `total` defaults to the rounded exact sum.
 */
export function largestRemainder(values: Decimal[], decimals = 2, total?: Decimal): Decimal[] {
  const unit = new Decimal(10).pow(-decimals);
  const exact = values.reduce((a, b) => a.plus(b), new Decimal(0));
  const target = (total ?? exact).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const floors = values.map((v) => v.toDecimalPlaces(decimals, Decimal.ROUND_FLOOR));
  const lost = values.map((v, i) => ({ i, rest: v.minus(floors[i]) }));
  let missing = target
    .minus(floors.reduce((a, b) => a.plus(b), new Decimal(0)))
    .div(unit)
    .round();
  const order = [...lost].sort((a, b) => b.rest.cmp(a.rest) || a.i - b.i);
  const out = [...floors];
  for (let k = 0; missing.gt(0) && order.length; k = (k + 1) % order.length) {
    out[order[k].i] = out[order[k].i].plus(unit);
    missing = missing.minus(1);
  }
  // A target below the floors' sum (a total given smaller than the values) takes units back from the least-rounded.
  for (
    let k = order.length - 1;
    missing.lt(0) && order.length;
    k = (k - 1 + order.length) % order.length
  ) {
    out[order[k].i] = out[order[k].i].minus(unit);
    missing = missing.plus(1);
  }
  return out;
}

/** 2022-09-27 → 2022年9月27日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

const CN_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/** 1 → 一, 11 → 十一: for （一）-style headings. */
export function chineseNumeral(n: number): string {
  if (n <= 10) return CN_NUMERALS[n - 1];
  if (n < 20) return `十${CN_NUMERALS[n - 11]}`;
  return `${CN_NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 ? CN_NUMERALS[(n % 10) - 1] : ""}`;
}

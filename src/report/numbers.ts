import { Decimal } from "../model/decimal";

/** How figures are written in the report (PRODUCT.md §6): the value is never changed, only its form. */
export interface NumberStyle {
  /** "trim": 36.90 → 36.9, 8.00 → 8 (the seed's way); "fixed": always two decimals. */
  amounts: "trim" | "fixed";
  /** Decimals of percentages: 0 writes 102%, as the seed does. */
  percentDecimals: number;
}

export const DEFAULT_NUMBERS: NumberStyle = { amounts: "trim", percentDecimals: 0 };

export function amount(v: string | Decimal, style: NumberStyle = DEFAULT_NUMBERS): string {
  const d = new Decimal(v);
  return style.amounts === "fixed" ? d.toFixed(2) : d.toFixed();
}

/** A rate (fraction) as a percentage: 1.0200 → "102%". */
export function percentage(rate: Decimal, style: NumberStyle = DEFAULT_NUMBERS): string {
  return `${rate.times(100).toDecimalPlaces(style.percentDecimals, Decimal.ROUND_HALF_UP).toFixed()}%`;
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

import { Decimal } from "../model/decimal";

/**
 * Exact fast paths for the report's rounding (issue 24): a Decimal's exact digits, its
 * toFixed() text, read as an integer scaled by 10^decimals, so that rounding 10,000 scores or
 * writing 10,000 percentages makes no Decimal per value. Each gives the text decimal.js gives,
 * or undefined where it cannot be sure (too many digits for a double, a sum too close to a
 * rounding boundary), and the caller then computes with decimal.js as before.
 * test/perf/report-speed.test.ts holds each against decimal.js.
 */

/** Digits an integer of a double holds exactly (2^53 ≈ 9.007e15). */
const SAFE_DIGITS = 15;
const SAFE = 1e15;
/** What the 7-digit columns of a sum of fractions count in. */
const COLUMN = 1e7;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];

/** A value × 10^decimals cut down to an integer, and the fraction the cut dropped. */
interface Cut {
  floor: number;
  /** Digits of the dropped fraction in [0, 1): "5" is 0.5, "05" 0.05, "" none; no trailing zeros. */
  rest: string;
}

/** 1 − 0.rest, as digits: 0.25 → "75". `rest` ends in a non-zero digit. */
function complement(rest: string): string {
  let out = "";
  const last = rest.length - 1;
  for (let i = 0; i < last; i++) out += String.fromCharCode(105 - rest.charCodeAt(i));
  return out + String.fromCharCode(106 - rest.charCodeAt(last));
}

/** `value` × 10^decimals cut down (toward −∞, as ROUND_FLOOR), or undefined past a double's exact integers. */
function cutDown(value: Decimal, decimals: number): Cut | undefined {
  // −0 keeps its sign in decimal.js (0.00 cut down is −0): left to it.
  if (!value.isFinite() || (value.isZero() && value.isNegative())) return undefined;
  const text = value.toFixed();
  const negative = text.charCodeAt(0) === 45;
  const dot = text.indexOf(".");
  const intEnd = dot < 0 ? text.length : dot;
  if (intEnd - (negative ? 1 : 0) + decimals > SAFE_DIGITS) return undefined;
  let whole = 0;
  for (let i = negative ? 1 : 0; i < intEnd; i++) whole = whole * 10 + text.charCodeAt(i) - 48;
  for (let k = 1; k <= decimals; k++) {
    const i = dot + k;
    whole = whole * 10 + (dot >= 0 && i < text.length ? text.charCodeAt(i) - 48 : 0);
  }
  let end = text.length;
  while (dot >= 0 && end > dot + 1 + decimals && text.charCodeAt(end - 1) === 48) end--;
  const rest = dot >= 0 && end > dot + 1 + decimals ? text.slice(dot + 1 + decimals, end) : "";
  const cut = !negative
    ? { floor: whole, rest }
    : rest
      ? { floor: -whole - 1, rest: complement(rest) }
      : { floor: -whole, rest };
  // decimal.js rounds a leftover (v − floor) to its precision: two leftovers equal to 20 digits
  // tie there and the earlier row wins, which the exact digits would not say.
  return significant(cut.rest) > Decimal.precision ? undefined : cut;
}

/** Adds 0.rest into 7-digit columns (column 0 is the first 7 decimals). */
function addFraction(columns: number[], rest: string): void {
  let column = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i < rest.length; i++) {
    value = value * 10 + rest.charCodeAt(i) - 48;
    if (++digits < 7) continue;
    if (column === columns.length) columns.push(0);
    columns[column++] += value;
    value = 0;
    digits = 0;
  }
  if (!digits) return;
  if (column === columns.length) columns.push(0);
  columns[column] += value * POW10[7 - digits];
}

/** Carries the columns over: they end each below 10^7; returns the whole part carried out. */
function carry(columns: number[]): number {
  let out = 0;
  for (let j = columns.length - 1; j >= 0; j--) {
    const t = columns[j] + out;
    out = Math.floor(t / COLUMN);
    // The quotient of two doubles is rounded: step it to the exact integer part.
    while (out * COLUMN > t) out--;
    while ((out + 1) * COLUMN <= t) out++;
    columns[j] = t - out * COLUMN;
  }
  return out;
}

/** A Decimal that has at most `decimals` places, × 10^decimals. */
function scaledExactly(value: Decimal, decimals: number): number | undefined {
  const cut = cutDown(value, decimals);
  return cut && !cut.rest ? cut.floor : undefined;
}

/**
 * largestRemainder (numbers.ts) on integers: the same values rounded to `decimals` places, as
 * integers × 10^decimals, or undefined where decimal.js must decide. decimal.js sums the values
 * at 20 significant digits, so its rounded total may differ from the exact one only when the
 * exact sum lies within that error of a half unit: there this defers to it.
 */
export function largestRemainderScaled(
  values: Decimal[],
  decimals = 2,
  total?: Decimal
): number[] | undefined {
  const n = values.length;
  const floors: number[] = new Array<number>(n);
  const rests: string[] = new Array<string>(n);
  const columns: number[] = [];
  let floorSum = 0;
  let size = n;
  for (let i = 0; i < n; i++) {
    const cut = cutDown(values[i], decimals);
    if (!cut) return undefined;
    floors[i] = cut.floor;
    rests[i] = cut.rest;
    floorSum += cut.floor;
    size += Math.abs(cut.floor);
    if (cut.rest) addFraction(columns, cut.rest);
  }
  if (size > SAFE) return undefined;
  const target = total
    ? scaledExactly(total.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP), decimals)
    : roundedSum(floorSum, columns, n, size);
  if (target === undefined || Math.abs(target) > SAFE) return undefined;
  return distribute(floors, rests, target - floorSum);
}

/**
 * The values' sum (the floors' sum plus the fractions in `columns`) rounded half up (away from
 * zero) to an integer, as decimal.js rounds its sum of the values; undefined when the exact sum
 * is too close to a half for decimal.js's 20-digit additions to be sure of the same side.
 */
function roundedSum(
  floorSum: number,
  columns: number[],
  count: number,
  size: number
): number | undefined {
  const whole = floorSum + carry(columns);
  let fraction = 0;
  for (let j = columns.length - 1; j >= 0; j--) fraction = (fraction + columns[j]) / COLUMN;
  // Each addition is off by at most half a unit in the 20th digit of a sum at most `size`
  // (here in units of 10^-decimals): `count` of them, with a factor of 20 to spare.
  const margin = Math.max(1e-12, count * size * 1e-18);
  if (margin > 1e-3 || Math.abs(fraction - 0.5) < margin) return undefined;
  // Not at a half, half up (away from zero) is to the nearest either side of zero.
  return whole + (fraction > 0.5 ? 1 : 0);
}

/** The units still `missing` to the values that lost most, earliest first on ties (as numbers.ts). */
function distribute(floors: number[], rests: string[], missing: number): number[] {
  const order = floors.map((_, i) => i);
  order.sort((a, b) => (rests[a] < rests[b] ? 1 : rests[a] > rests[b] ? -1 : a - b));
  const out = floors;
  const n = order.length;
  for (let k = 0; missing > 0 && n; k = (k + 1) % n) {
    out[order[k]] += 1;
    missing--;
  }
  for (let k = n - 1; missing < 0 && n; k = (k - 1 + n) % n) {
    out[order[k]] -= 1;
    missing++;
  }
  return out;
}

/** An integer × 10^-decimals with exactly `decimals` places, as Decimal's toFixed(decimals). */
export function fixedText(scaled: number, decimals: number): string {
  const digits = String(Math.abs(scaled)).padStart(decimals + 1, "0");
  const cut = digits.length - decimals;
  const text = decimals ? `${digits.slice(0, cut)}.${digits.slice(cut)}` : digits;
  return scaled < 0 ? `-${text}` : text;
}

/** A digit string plus one in its last place: "199" → "200", "99" → "100". */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  const head = i < 0 ? "1" : digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1);
  return head + "0".repeat(digits.length - 1 - i);
}

/**
 * `rate` × 100 rounded half up to `decimals` places, written as toFixed() writes it ("102",
 * "99.8"): what percentage() in numbers.ts shows, or undefined for a rate with more significant
 * digits than decimal.js's precision (its × 100 would round).
 */
export function percentText(rate: Decimal, decimals: number): string | undefined {
  if (!rate.isFinite()) return undefined;
  const text = rate.toFixed();
  const negative = text.charCodeAt(0) === 45;
  const dot = text.indexOf(".");
  const start = negative ? 1 : 0;
  // All the digits, and how many of them are decimals: the value is digits × 10^-places.
  let digits = dot < 0 ? text.slice(start) : text.slice(start, dot) + text.slice(dot + 1);
  let places = dot < 0 ? 0 : text.length - dot - 1;
  if (significant(digits) > Decimal.precision) return undefined;
  // × 100
  if (places >= 2) places -= 2;
  else {
    digits += "00".slice(places);
    places = 0;
  }
  if (places > decimals) {
    const keep = digits.length - (places - decimals);
    const up = digits.charCodeAt(keep) >= 53;
    digits = digits.slice(0, keep);
    if (up) digits = increment(digits);
    places = decimals;
  }
  return plainText(negative, digits, places);
}

/** Significant digits of a digit string: leading and trailing zeros not counted. */
function significant(digits: string): number {
  let first = 0;
  let last = digits.length;
  while (first < last && digits.charCodeAt(first) === 48) first++;
  while (last > first && digits.charCodeAt(last - 1) === 48) last--;
  return last - first;
}

/** digits × 10^-places as toFixed() writes it: no leading or trailing zeros, "-" unless zero. */
function plainText(negative: boolean, digits: string, places: number): string {
  let end = digits.length;
  while (places > 0 && digits.charCodeAt(end - 1) === 48) {
    end--;
    places--;
  }
  const intEnd = end - places;
  let start = 0;
  while (start < intEnd - 1 && digits.charCodeAt(start) === 48) start++;
  const whole = intEnd > start ? digits.slice(start, intEnd) : "0";
  const body = places ? `${whole}.${digits.slice(intEnd, end)}` : whole;
  return negative && significant(digits.slice(0, end)) ? `-${body}` : body;
}

/**
 * A decimal string ("-007.50", matching /^-?\d+(\.\d+)?$/) as decimal.js writes it back
 * (new Decimal(text).toFixed(): "-7.5"), without making the Decimal.
 */
export function plainDecimal(text: string): string {
  const negative = text.charCodeAt(0) === 45;
  const dot = text.indexOf(".");
  const start = negative ? 1 : 0;
  const digits = dot < 0 ? text.slice(start) : text.slice(start, dot) + text.slice(dot + 1);
  return plainText(negative, digits, dot < 0 ? 0 : text.length - dot - 1);
}

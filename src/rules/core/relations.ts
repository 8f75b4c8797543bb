import { Decimal, decimalsOf } from "../../model/decimal";

/**
 * Relations between stated, rounded figures by the interval rule of XBRL Calculations 1.1
 * (PRODUCT.md §4 "Rounding"): a figure stated with d decimals stands for
 * [v − ½·10^−d, v + ½·10^−d]; a relation holds when the computed and the stated intervals
 * overlap. Never cries wolf on rounding, never forgives a real difference.
 */
export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

export function interval(stated: string): Interval {
  const v = new Decimal(stated);
  const half = halfUnit(decimalsOf(stated));
  return { lo: v.minus(half), hi: v.plus(half) };
}

const HALF_UNITS: Decimal[] = [];

/** ½·10^−d, kept per d: every figure of a workbook asks for one of a handful. */
export function halfUnit(decimals: number): Decimal {
  return (HALF_UNITS[decimals] ??= new Decimal(10).pow(-decimals).div(2));
}

/** The interval of a stated figure taken to `decimals` places (at least its own). */
export function intervalAt(stated: string, decimals: number): Interval {
  const v = new Decimal(stated);
  const half = halfUnit(Math.max(decimals, decimalsOf(stated)));
  return { lo: v.minus(half), hi: v.plus(half) };
}

export function exact(v: Decimal | string | number): Interval {
  const d = new Decimal(v);
  return { lo: d, hi: d };
}

export function sumIntervals(parts: Interval[]): Interval {
  return parts.reduce((acc, p) => ({ lo: acc.lo.plus(p.lo), hi: acc.hi.plus(p.hi) }), {
    lo: new Decimal(0),
    hi: new Decimal(0),
  });
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

/** Sum of stated figures, the exact sum of the values as stated. */
export function sum(values: string[]): Decimal {
  return values.reduce((s, v) => s.plus(v), new Decimal(0));
}

/** Parts (stated, rounded) add up to a stated total. */
export function sumHolds(parts: string[], total: string): boolean {
  return overlaps(sumIntervals(parts.map(interval)), interval(total));
}

/**
 * A gap between a stated total and the sum of its n stated parts that rounding plausibly gives
 * (issue 25 item 4). The interval rule forgives the worst case, a half-unit per figure: 11 items
 * hide a 0.05 slip. Rounding errors are independent and uniform on ±h (variance h²/3), so their
 * sum over the parts and the total has standard deviation √(Σ h²/3) — h·√((n + 1)/3) when all
 * share h; a gap beyond three of them is a probable slip. A figure written without decimals
 * among figures with decimals ("30" beside "29.99", a General cell storing 30.00 as 30) is read
 * at the finest decimals of the relation; a figure written with its own decimals (101.0) keeps
 * them. Returns the plausible bound when the gap exceeds it, else undefined.
 */
export function implausibleRounding(parts: string[], total: string): Decimal | undefined {
  const finest = decimalsOfAll([...parts, total]);
  const variance = [...parts, total].reduce((acc, v) => {
    const h = halfUnit(decimalsOf(v) === 0 ? finest : decimalsOf(v));
    return acc.plus(h.times(h).div(3));
  }, new Decimal(0));
  const bound = variance.sqrt().times(3);
  const gap = new Decimal(total).minus(sum(parts)).abs();
  return gap.gt(bound) ? bound : undefined;
}

/**
 * x ≤ 0 and x ≥ 0 by sign, as lte(0) and gte(0) answer for any finite Decimal (−0 is 0), without
 * the Decimal that comparing makes of the 0 (tens of thousands of times on 10,000 indicators).
 */
export const atMostZero = (x: Decimal): boolean => x.isZero() || x.isNegative();
export const atLeastZero = (x: Decimal): boolean => x.isZero() || !x.isNegative();

/** The interval of a quotient of two non-negative intervals; undefined when the divisor may be 0. */
export function divide(n: Interval, d: Interval): Interval | undefined {
  if (atMostZero(d.lo)) return undefined;
  // A non-negative numerator over a positive divisor: the bounds are lo/hi and hi/lo (two
  // divisions, not four: division is the costly step at thousands of indicators).
  if (atLeastZero(n.lo)) return { lo: n.lo.div(d.hi), hi: n.hi.div(d.lo) };
  const candidates = [n.lo.div(d.lo), n.lo.div(d.hi), n.hi.div(d.lo), n.hi.div(d.hi)];
  return {
    lo: Decimal.min(...candidates),
    hi: Decimal.max(...candidates),
  };
}

export type RatioCheck =
  | { kind: "holds"; computed: Decimal }
  | { kind: "differs"; computed: Decimal }
  /** Zero or missing denominator: "cannot compute", never a fake 100 %. */
  | { kind: "cannotCompute" };

/**
 * A figure with the interval it stands for: a stated one, or one computed from stated figures
 * (a sum of items stands for the sum of their intervals, wider than its own decimals say).
 */
export interface Quantity {
  value: Decimal;
  interval: Interval;
}

export function quantity(stated: string): Quantity {
  const value = new Decimal(stated);
  return { value, interval: around(value, decimalsOf(stated)) };
}

/** [v − ½·10^−d, v + ½·10^−d] of a figure already parsed (parsing is a costly step in bulk). */
export function around(value: Decimal, decimals: number): Interval {
  const half = halfUnit(decimals);
  return { lo: value.minus(half), hi: value.plus(half) };
}

/** A stated rate (a fraction, e.g. "0.71") against numerator / denominator. */
export function ratioCheck(numerator: string, denominator: string, statedRate: string): RatioCheck {
  return ratioCheckOf(quantity(numerator), quantity(denominator), statedRate);
}

/** ratioCheck for figures that may themselves be computed. */
export function ratioCheckOf(
  numerator: Quantity,
  denominator: Quantity,
  statedRate: string
): RatioCheck {
  if (denominator.value.isZero()) return { kind: "cannotCompute" };
  const computed = numerator.value.div(denominator.value);
  const q = divide(numerator.interval, denominator.interval);
  if (!q) return { kind: "cannotCompute" };
  return overlaps(q, interval(statedRate))
    ? { kind: "holds", computed }
    : { kind: "differs", computed };
}

/**
 * a > b beyond rounding. Intervals that only touch count as exceeding: that happens only for
 * figures of the same decimals one unit apart (0.31 against 0.30), and one true value cannot
 * round to both, so the true a is above the true b under any rounding method.
 */
export function exceeds(a: Interval, b: Interval): boolean {
  return a.lo.gte(b.hi);
}

/** a < share · b beyond rounding (e.g. an execution rate surely below 90 %). */
export function surelyBelow(a: Interval, b: Interval, share: Decimal.Value): boolean {
  return a.hi.lt(b.lo.times(share));
}

/** The same figure stated twice agrees within its rounding. */
export function sameFigure(a: string, b: string): boolean {
  return overlaps(interval(a), interval(b));
}

/** a ≤ b allowing for rounding: fails only when a surely exceeds b (see exceeds). */
export function atMost(a: string, b: string): boolean {
  return !exceeds(interval(a), interval(b));
}

/**
 * Decimals for the figures of one message: the finest of the stated figures compared, so all
 * are written alike ("309.00 万元 + 36.00 万元", never "309 万元 + 36.00").
 */
export function decimalsOfAll(stated: (string | undefined)[]): number {
  return Math.max(0, ...stated.filter((s): s is string => s !== undefined).map(decimalsOf));
}

/** A figure written with exactly `decimals` places, rounded half up. */
export function fixed(d: Decimal.Value, decimals: number): string {
  return new Decimal(d).toFixed(decimals, Decimal.ROUND_HALF_UP);
}

/** A Decimal written plainly with at most `decimals` places, trailing zeros trimmed. */
export function show(d: Decimal, decimals = 2): string {
  return d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed();
}

/** A fraction as a percentage: 0.7119 → "71.2%". */
export function percent(d: Decimal, decimals = 1): string {
  return `${d.times(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed()}%`;
}

/** A stated rate as written, keeping its decimals: "0.71" → "71%", "0.712" → "71.2%". */
export function statedPercent(rate: string): string {
  return percent(new Decimal(rate), Math.max(0, decimalsOf(rate) - 2));
}

/** A relation's outcome where some operands are blank (PRODUCT.md §4 "Blank is not zero"). */
export type BlankVerdict = "holds" | "fails" | "unverifiable";

/**
 * left = right where each side may also hold blank operands, each standing for an unknown
 * figure ≥ 0: a blank can raise its side without bound, never lower it. The relation holds when
 * the filled figures already agree (the blank as none), fails when no value of the blanks could
 * make it hold, and is unverifiable when only the blanks could settle it.
 */
export function balanceWithBlanks(
  left: Interval,
  leftBlanks: number,
  right: Interval,
  rightBlanks: number
): BlankVerdict {
  if (overlaps(left, right)) return "holds";
  const fixable = left.hi.lt(right.lo) ? leftBlanks > 0 : rightBlanks > 0;
  return fixable ? "unverifiable" : "fails";
}

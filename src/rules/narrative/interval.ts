import { Decimal } from "../../model/decimal";

/**
 * The values a stated figure may stand for (PRODUCT.md §4, the XBRL interval rule), widened
 * the way a reader widens them for "余/多/约/近/以上/以内". An open side is unbounded.
 */
export interface Interval {
  lo?: Decimal;
  hi?: Decimal;
}

export function plus(a: Interval, b: Interval): Interval {
  return {
    lo: a.lo && b.lo ? a.lo.plus(b.lo) : undefined,
    hi: a.hi && b.hi ? a.hi.plus(b.hi) : undefined,
  };
}

export function scaled(a: Interval, factor: Decimal): Interval {
  return { lo: a.lo?.times(factor), hi: a.hi?.times(factor) };
}

/** Whether two intervals share a value: the relation may hold. */
export function overlaps(a: Interval, b: Interval): boolean {
  if (a.lo && b.hi && a.lo.gt(b.hi)) return false;
  if (b.lo && a.hi && b.lo.gt(a.hi)) return false;
  return true;
}

/**
 * a ÷ b for non-negative intervals; undefined when b may be zero or a side is open (a ratio of
 * "100多" to "近200" tells nothing).
 */
export function divided(a: Interval, b: Interval): Interval | undefined {
  if (!a.lo || !a.hi || !b.lo || !b.hi) return undefined;
  if (a.lo.isNeg() || b.lo.lte(0)) return undefined;
  return { lo: a.lo.div(b.hi), hi: a.hi.div(b.lo) };
}

export const minus = (a: Interval, b: Interval): Interval => ({
  lo: a.lo && b.hi ? a.lo.minus(b.hi) : undefined,
  hi: a.hi && b.lo ? a.hi.minus(b.lo) : undefined,
});

/** The stated percentage r (d decimals) as a reader accepts it: rounded or truncated (§4). */
export function statedRate(r: Decimal, decimals: number): Interval {
  const unit = new Decimal(10).pow(-decimals);
  return { lo: r.minus(unit.div(2)), hi: r.plus(unit) };
}

export { Decimal };

import type { Figure } from "./figures";
import { Decimal, divided, minus, overlaps, plus, statedRate, type Interval } from "./interval";
import type { GrowthRelation, SumRelation } from "./relations";

/** A figure as the arithmetic line shows it: "48", "138余", "约200". */
export function shown(f: Figure, withUnit: boolean): string {
  const unit = withUnit && f.unit !== "%" ? f.unit : "";
  const n = `${f.number}${unit}`;
  switch (f.qualifier) {
    case "more":
      return `${f.number}余${unit}`;
    case "about":
      return `约${n}`;
    case "near":
      return `近${n}`;
    case "atLeast":
      return `${n}以上`;
    case "atMost":
      return `${n}以内`;
    default:
      return n;
  }
}

export interface SumOutcome {
  holds: boolean;
  /** "48 ≠ 24 + 25 = 49" */
  arithmetic: string;
  /** The unit the line is in ("件"), or "" when each figure carries its own. */
  unit: string;
  computed: string;
}

/** Whether the parts can add up to the whole, figures read as intervals. */
export function checkSumRelation(rel: SumRelation): SumOutcome {
  const sum = rel.parts.reduce<Interval>((acc, p) => plus(acc, p.interval), {
    lo: new Decimal(0),
    hi: new Decimal(0),
  });
  const sameUnit = rel.parts.every((p) => p.unit === rel.whole.unit);
  const total = rel.parts
    .reduce((acc, p) => acc.plus(p.value.times(p.factor)), new Decimal(0))
    .div(rel.whole.factor);
  // 8.00 + 5.00 is written 13.00, as the parts are stated.
  const places = Math.max(...rel.parts.map((p) => p.decimals));
  const written = sameUnit ? total.toFixed(places) : total.toFixed();
  const computed = `${written}${sameUnit ? "" : rel.whole.unit}`;
  const arithmetic = `${shown(rel.whole, !sameUnit)} ≠ ${rel.parts
    .map((p) => shown(p, !sameUnit))
    .join(" + ")} = ${computed}`;
  return {
    holds: overlaps(sum, rel.whole.interval) || mayBePartial(rel, sum),
    arithmetic,
    unit: sameUnit ? rel.whole.unit : "",
    computed: `${written}${rel.whole.unit}`,
  };
}

/**
 * 其中 often names notable parts rather than all of them ("培训4405人，其中农村劳动者2366人，
 * 贫困劳动力628人"): parts short of their whole by more than a tenth of it, and by as much as
 * a listed part, may be a partial list, so nothing is claimed. Parts that exceed the whole, or
 * fall short by a slip ("8人，其中4人，4人" written 9人), are claimed.
 */
function mayBePartial(rel: SumRelation, sum: Interval): boolean {
  const whole = rel.whole.interval;
  if (rel.kind !== "parts" || !sum.hi || !whole.lo || sum.hi.gte(whole.lo)) return false;
  const shortfall = whole.lo.minus(sum.hi);
  const listed = rel.parts.map((p) => p.value.times(p.factor)).filter((v) => v.gt(0));
  const smallest = listed.length ? Decimal.min(...listed) : new Decimal(0);
  return shortfall.gt(whole.lo.times("0.1")) && shortfall.gte(smallest);
}

export interface RatioOutcome {
  holds: boolean;
  /** "819 ÷ 800 = 102.38% ≠ 112%" */
  arithmetic: string;
  computed: string;
}

/**
 * A stated percentage against numerator ÷ denominator: it holds when it is the rounding or the
 * truncation of some ratio the stated figures allow (PRODUCT.md §4). Undefined when the ratio
 * cannot be computed (a zero or open-ended denominator).
 */
export function checkRatio(num: Figure, den: Figure, rate: Figure): RatioOutcome | undefined {
  const ratio = divided(num.interval, den.interval);
  if (!ratio || !ratio.lo || !ratio.hi) return undefined;
  const percent: Interval = { lo: ratio.lo.times(100), hi: ratio.hi.times(100) };
  const stated = rate.qualifier === "exact" ? statedRate(rate.value, rate.decimals) : rate.interval;
  const point = num.value.times(num.factor).div(den.value.times(den.factor)).times(100);
  const computed = `${point.toDecimalPlaces(2).toFixed()}%`;
  const sameUnit = num.unit === den.unit;
  return {
    holds: overlaps(percent, stated),
    arithmetic: `${shown(num, !sameUnit)} ÷ ${shown(den, !sameUnit)} = ${computed} ≠ ${shown(rate, false)}%`,
    computed,
  };
}

/** A growth rate against the amounts: change ÷ last year, last year = current ∓ change. */
export function checkGrowth(rel: GrowthRelation): RatioOutcome | undefined {
  const { current, rate } = rel;
  const stated = rate.qualifier === "exact" ? statedRate(rate.value, rate.decimals) : rate.interval;
  let change: Interval;
  let previous: Interval;
  let line: string;
  const base = (f: Figure) => f.value.times(f.factor);
  let point: Decimal;
  if (rel.change) {
    change = rel.change.interval;
    previous =
      rel.direction === 1 ? minus(current.interval, change) : plus(current.interval, change);
    const prev =
      rel.direction === 1
        ? base(current).minus(base(rel.change))
        : base(current).plus(base(rel.change));
    point = base(rel.change).div(prev).times(100);
    line = `${shown(rel.change, false)} ÷ (${shown(current, false)} ${rel.direction === 1 ? "−" : "+"} ${shown(rel.change, false)})`;
  } else if (rel.previous) {
    previous = rel.previous.interval;
    const delta = minus(current.interval, previous);
    change = rel.direction === 1 ? delta : { lo: delta.hi?.neg(), hi: delta.lo?.neg() };
    point = base(current).minus(base(rel.previous)).abs().div(base(rel.previous)).times(100);
    line = `(${shown(current, false)} − ${shown(rel.previous, false)}) ÷ ${shown(rel.previous, false)}`;
  } else return undefined;
  const ratio = divided(change, previous);
  if (!ratio || !ratio.lo || !ratio.hi || !point.isFinite()) return undefined;
  const computed = `${point.toDecimalPlaces(2).toFixed()}%`;
  return {
    holds: overlaps({ lo: ratio.lo.times(100), hi: ratio.hi.times(100) }, stated),
    arithmetic: `${line} = ${computed} ≠ ${shown(rate, false)}%`,
    computed,
  };
}

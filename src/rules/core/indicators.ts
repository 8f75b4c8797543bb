import { Decimal, DECIMAL_PATTERN, decimalsOf } from "../../model/decimal";
import type { Evaluation, Indicator } from "../../model/evaluation";
import {
  around,
  atMostZero,
  divide,
  halfUnit,
  interval,
  overlaps,
  percent,
  type Interval,
  type Quantity,
} from "./relations";
import {
  atLeastTimes,
  digitsOf,
  endsAt,
  lowAtLeastHigh,
  percentOf,
  rateAgrees,
  scaledOf,
  type Scaled,
  type ScaledFigure,
} from "./scaled";

/**
 * 绩效指标 (PRODUCT.md §3, §4 "Indicators"): what a quantitative indicator's figures say,
 * shared by the indicator rules and the scoring engine so that a finding and a score never
 * disagree about whether an indicator was met.
 */

export const QUANTITATIVE_DIRECTIONS = ["≥", "≤", "="] as const;
export type QuantitativeDirection = (typeof QUANTITATIVE_DIRECTIONS)[number];

/** ≥, ≤ or =: the figures decide. 定性 and a blank direction are not quantitative. */
export function isQuantitative(
  ind: Indicator
): ind is Indicator & { direction: QuantitativeDirection } {
  return (QUANTITATIVE_DIRECTIONS as readonly string[]).includes(ind.direction ?? "");
}

export type FigureKey = "target" | "actual";

/** A figure as stated ("4.50" keeps its decimals for messages) with its value and interval. */
export type StatedQuantity = Quantity & { stated: string };

/** A target or actual as read: a number, a blank, or text that is no number (e.g. 逐步提高). */
export type FigureState =
  { kind: "number"; quantity: StatedQuantity } | { kind: "blank" } | { kind: "text"; text: string };

/**
 * The reader has already turned number-like text ("4.5%", "3,821人") into a decimal string,
 * so anything else left in these free-text columns is text a 定性 indicator may hold.
 */
/** What a target or actual holds, without its quantity: a number, a blank, or text. */
export function figureKind(
  ind: Indicator,
  key: FigureKey
): { kind: "number" } | { kind: "blank" } | { kind: "text"; text: string } {
  const v = ind[key]?.trim();
  if (v === undefined || v === "") return { kind: "blank" };
  return DECIMAL_PATTERN.test(v) ? { kind: "number" } : { kind: "text", text: v };
}

export function figure(ind: Indicator, key: FigureKey): FigureState {
  const v = ind[key]?.trim();
  if (v === undefined || v === "") return { kind: "blank" };
  // Up to 15 digits the one-pass reading also tells a plain decimal; longer ones by the pattern.
  const digits = digitsOf(v);
  if (Number.isNaN(digits) && !DECIMAL_PATTERN.test(v)) return { kind: "text", text: v };
  const own = decimalsOf(v);
  return { kind: "number", quantity: new StatedFigure(v, own, digits, own) };
}

/**
 * A stated figure whose interval (PRODUCT.md §4 "Rounding") is made each time it is asked for
 * rather than kept: each row keeps its figures for the whole run, and at 10,000 rows the kept
 * intervals were most of the figures stage's garbage-collection time. The same interval either
 * way: [value − ½·10^−decimals, value + ½·10^−decimals]. Its Decimal is parsed when first read:
 * the per-row verdicts (met, too low, a stated rate's agreement) compare its digits as an exact
 * integer (see scaled.ts) and need no Decimal.
 */
class StatedFigure implements StatedQuantity, ScaledFigure {
  private decimal: Decimal | undefined;

  constructor(
    readonly stated: string,
    /** The decimals the interval is taken to: its own, or more from context (see inContext). */
    readonly decimals: number,
    /** The stated digits as an integer ("4.50" → 450); NaN when too long to be exact. */
    readonly digits: number,
    /** The stated decimals ("4.50" → 2). */
    readonly own: number
  ) {}

  /** Whether the digits are exact, so the integer comparisons of scaled.ts apply. */
  get exact(): boolean {
    return !Number.isNaN(this.digits);
  }

  get value(): Decimal {
    return (this.decimal ??= new Decimal(this.stated));
  }

  get interval(): Interval {
    return around(this.value, this.decimals);
  }

  /** The interval's low end alone (the same Decimal as `interval.lo`). */
  lower(): Decimal {
    return this.value.minus(halfUnit(this.decimals));
  }

  /** The interval's high end alone (the same Decimal as `interval.hi`). */
  upper(): Decimal {
    return this.value.plus(halfUnit(this.decimals));
  }

  /** value ≤ 0, from the digits when they are exact. */
  atMostZero(): boolean {
    return this.exact ? this.digits <= 0 : atMostZero(this.value);
  }

  /** lower() ≤ 0: the interval reaches 0 or below. */
  reachesZero(): boolean {
    const ends = this.exact && endsAt(this, this.decimals, this.decimals);
    return ends ? ends[0] <= 0 : atMostZero(this.lower());
  }

  /** This interval lies at or above y's, lower() ≥ y.upper() (`exceeds` in relations.ts). */
  atOrAbove(y: StatedFigure): boolean {
    const exact = this.exact && y.exact ? lowAtLeastHigh(this, y) : undefined;
    return exact ?? this.lower().gte(y.upper());
  }
}

export interface IndicatorQuantity {
  direction: QuantitativeDirection;
  /** The figures as stated, each with the interval its decimals stand for. */
  target: StatedQuantity;
  actual: StatedQuantity;
}

/**
 * What one 绩效指标 row's figures say: its quantity, completion rate, met or not, and whether
 * its target was set too low. The derived-figures stage (figures.ts) makes one per row, once
 * per read, and the rules, the score and the report read it by row index, so that a finding and
 * a score never disagree and nothing is looked up by row object (a WeakMap per question cost
 * more than the questions on 10,000 rows, and burdens every garbage collection).
 */
export class RowFigures {
  /** Target and actual of a quantitative indicator; undefined when either is blank or no number. */
  readonly quantity: IndicatorQuantity | undefined;
  readonly rate: CompletionRate;
  /** Met by the interval rule; undefined when the figures allow no verdict. */
  readonly met: boolean | undefined;
  /** The last ratio asked of tooLow and its answer: a scoring profile has one ratio. */
  private lowRatio: Decimal.Value | undefined;
  private low = false;

  constructor(ind: Indicator) {
    this.quantity = computeQuantity(ind);
    this.rate = computeRate(ind, this.quantity);
    this.met = metOf(this.quantity);
  }

  /** See tooLow. */
  tooLow(ratio: Decimal.Value): boolean {
    if (this.lowRatio !== ratio) {
      this.low = computeTooLow(this.quantity, ratio);
      this.lowRatio = ratio;
    }
    return this.low;
  }
}

/** A row's figures for a caller that holds the row, not its index (kept per row object). */
const ROWS = new WeakMap<Indicator, RowFigures>();

export function rowFigures(ind: Indicator): RowFigures {
  let row = ROWS.get(ind);
  if (!row) ROWS.set(ind, (row = new RowFigures(ind)));
  return row;
}

/** Target and actual of a quantitative indicator; undefined when either is blank or no number. */
export function quantity(ind: Indicator): IndicatorQuantity | undefined {
  return rowFigures(ind).quantity;
}

function computeQuantity(ind: Indicator): IndicatorQuantity | undefined {
  if (!isQuantitative(ind)) return undefined;
  const target = figure(ind, "target");
  const actual = figure(ind, "actual");
  if (target.kind !== "number" || actual.kind !== "number") return undefined;
  const t = target.quantity as StatedFigure;
  const a = actual.quantity as StatedFigure;
  return {
    direction: ind.direction,
    target: inContext(ind, "target", t, a),
    actual: inContext(ind, "actual", a, t),
  };
}

/**
 * Precision from context (PRODUCT.md §4): a figure whose cell did not fix its decimals (5.0 typed
 * into General is stored as 5) takes the decimals of the figure it is compared with, never fewer
 * than its own, so the tolerance never exceeds half a unit of the finer of the two.
 */
function inContext(
  ind: Indicator,
  key: FigureKey,
  own: StatedFigure,
  other: StatedFigure
): StatedQuantity {
  if (!ind.decimalsOpen?.includes(key)) return own;
  const decimals = Math.max(decimalsOf(other.stated), own.decimals);
  return new StatedFigure(own.stated, decimals, own.digits, own.own);
}

export type CompletionRate =
  /**
   * `value` from the figures as stated; `interval` what their rounding allows; `agrees` whether
   * a stated rate overlaps that interval (as `overlaps(interval, interval(stated))` answers).
   */
  | {
      kind: "rate";
      value: Decimal;
      interval: Interval;
      agrees(stated: string): boolean;
      /** The value as a percentage, as relations.ts's percent(value, decimals) writes it. */
      percent(decimals?: number): string;
    }
  /** A zero (or negative) denominator: growth from zero is never 100 %. */
  | { kind: "cannotCompute" }
  | { kind: "qualitative" }
  /** Blank direction, or a target or actual blank or no number: cannot be assessed. */
  | { kind: "missing" };

/** The fraction of a completion rate: ≥ and = actual / target; ≤ target / actual (smaller is better). */
function rateParts(q: IndicatorQuantity): { num: StatedFigure; den: StatedFigure } {
  // Every quantity's figures are StatedFigures (figure and inContext make them).
  const [target, actual] = [q.target as StatedFigure, q.actual as StatedFigure];
  return q.direction === "≤" ? { num: target, den: actual } : { num: actual, den: target };
}

export function completionRate(ind: Indicator): CompletionRate {
  return rowFigures(ind).rate;
}

function computeRate(ind: Indicator, q: IndicatorQuantity | undefined): CompletionRate {
  if (ind.direction === "定性") return { kind: "qualitative" };
  if (!q) return { kind: "missing" };
  const { num, den } = rateParts(q);
  if (den.atMostZero()) return { kind: "cannotCompute" };
  // divide() is undefined exactly when the divisor's interval reaches 0.
  if (den.reachesZero()) return { kind: "cannotCompute" };
  return new RateFigure(num, den);
}

/**
 * A completion rate whose value and interval are computed when read: a met indicator's score
 * needs neither, only a stated rate is checked against the interval, and kept for 10,000 rows
 * they are garbage to collect. The same value and interval either way (computeRate has made sure
 * the divisor's interval is above 0).
 */
class RateFigure {
  readonly kind = "rate";
  private quotient: Decimal | undefined;

  constructor(
    private readonly num: StatedFigure,
    private readonly den: StatedFigure
  ) {}

  get value(): Decimal {
    return (this.quotient ??= this.num.value.div(this.den.value));
  }

  get interval(): Interval {
    return divide(this.num.interval, this.den.interval)!;
  }

  agrees(stated: string): boolean {
    const { num, den } = this;
    const s = scaledOf(stated);
    const exact = s && num.exact && den.exact ? rateAgrees(num, den, s) : undefined;
    return exact ?? overlaps(this.interval, interval(stated));
  }

  percent(decimals = 1): string {
    const { num, den } = this;
    const exact = num.exact && den.exact ? percentOf(num, den, decimals) : undefined;
    return exact ?? percent(this.value, decimals);
  }
}

/**
 * Met or not by the interval rule, so rounding never fails an indicator: ≥ fails only when the
 * actual is surely below the target, ≤ only when it is surely above, = when the two cannot be
 * the same figure. Touching intervals (3745 against 3746) count as different, as in `exceeds`:
 * one true value cannot round to both. Undefined when the figures do not allow a verdict.
 */
export function isMet(ind: Indicator): boolean | undefined {
  return rowFigures(ind).met;
}

function metOf(q: IndicatorQuantity | undefined): boolean | undefined {
  if (!q) return undefined;
  const t = q.target as StatedFigure;
  const a = q.actual as StatedFigure;
  // exceeds(x, y) is x.lo ≥ y.hi: only the two ends compared are made.
  switch (q.direction) {
    case "≥":
      return !t.atOrAbove(a);
    case "≤":
      return !a.atOrAbove(t);
    case "=":
      return !a.atOrAbove(t) && !t.atOrAbove(a);
  }
}

/**
 * The target was set too low: the actual reaches `ratio` × target (≥), or for a ≤ indicator the
 * target reaches `ratio` × actual. The bureau deducts on the figures the unit states, so this is
 * computed exactly on them — never on a rounded rate, which would cry wolf (129.6 % shows as
 * 130 % but is not 130 %) — and a borderline exactly at the ratio counts ("30% or more"). Growth
 * from zero has no rate, so it is never too low; = indicators have no "better".
 */
export function tooLow(ind: Indicator, ratio: Decimal.Value): boolean {
  return rowFigures(ind).tooLow(ratio);
}

function computeTooLow(q: IndicatorQuantity | undefined, ratio: Decimal.Value): boolean {
  if (!q || q.direction === "=") return false;
  const { num, den } = rateParts(q);
  if (den.atMostZero()) return false;
  const r = ratioOf(ratio);
  const exact = num.exact && den.exact && r.scaled ? atLeastTimes(num, den, r.scaled) : undefined;
  return exact ?? num.value.gte(den.value.times(r.decimal));
}

const RATIOS = new Map<Decimal.Value, { decimal: Decimal; scaled: Scaled | undefined }>();

/** The profile's ratio as a Decimal and as digits, parsed once rather than once per row. */
function ratioOf(v: Decimal.Value): { decimal: Decimal; scaled: Scaled | undefined } {
  let r = RATIOS.get(v);
  if (!r) {
    const decimal = v instanceof Decimal ? v : new Decimal(v);
    // The digits of the Decimal itself (a number becomes the Decimal of its shortest text).
    RATIOS.set(v, (r = { decimal, scaled: scaledOf(decimal.toFixed()) }));
  }
  return r;
}

/** How the report and the messages name an indicator: its 三级指标, else its row. */
export function indicatorLabel(model: Evaluation, i: number): { zh: string; en: string } {
  const name = model.indicators[i]?.level3?.trim();
  return name
    ? { zh: `指标“${name}”`, en: `indicator “${name}”` }
    : { zh: `绩效指标表第 ${i + 1} 行的指标`, en: `the indicator in row ${i + 1}` };
}

/** A figure with its unit, as the report writes it: "4.5%", "3821 人", "4436 万元". */
export function withUnit(value: string, unit: string | undefined): string {
  const u = unit?.trim();
  if (!u) return value;
  return u === "%" || u === "‰" || u === "％" ? `${value}${u}` : `${value} ${u}`;
}

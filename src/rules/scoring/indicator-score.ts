import { Decimal } from "../../model/decimal";
import type { Indicator } from "../../model/evaluation";
import type { ScoringProfile } from "../../model/scoring-profile";
import type { IndicatorFigures } from "../core/figures";

export type Fraction =
  /** Share of the indicator's points earned, and whether the too-low deduction applies. */
  { kind: "scored"; fraction: Decimal; tooLow: boolean } | { kind: "missing"; what: string };

/**
 * A 绩效指标 row's share of its points (PRODUCT.md §4): full when met; otherwise actual/target
 * (≥) or target/actual (≤), for = the smaller of the two; qualitative by the preparer's band.
 */
export function indicatorFraction(
  ind: Indicator,
  profile: ScoringProfile,
  derived: IndicatorFigures
): Fraction {
  const { rate, met } = derived;
  if (rate.kind === "qualitative") {
    const share = ind.assessment ? profile.qualitativeShare[ind.assessment] : undefined;
    return share === undefined
      ? { kind: "missing", what: "定性评价" }
      : { kind: "scored", fraction: new Decimal(share), tooLow: false };
  }
  if (rate.kind === "missing") return { kind: "missing", what: "方向、目标值或实际值" };
  if (rate.kind === "cannotCompute")
    return { kind: "missing", what: "可计算的目标值（目标为0时无法计算完成率）" };
  let fraction = met ? FULL : rate.value;
  if (!met && ind.direction === "=") fraction = Decimal.min(rate.value, FULL.div(rate.value));
  const deduct = profile.deductions.targetTooLow;
  return {
    kind: "scored",
    fraction: clampFraction(fraction),
    tooLow: deduct.enabled && derived.tooLow(deduct.ratio),
  };
}

/**
 * The whole of a row's points, one Decimal for every row that earns them all: scoring takes a
 * row's points as they are for it rather than multiplying them by 1 (the same Decimal, as a
 * product of at most 20 digits times 1 is itself).
 */
export const FULL = new Decimal(1);
const NONE = new Decimal(0);

/**
 * Decimal.max(0, Decimal.min(1, x)) without the Decimals it makes of 0, 1 and the copies: x when
 * 0 < x ≤ 1, 1 (FULL) above, +0 at or below 0 (−0 included), as maxOrMin in decimal.js picks.
 */
export function clampFraction(x: Decimal): Decimal {
  if (x.isNaN()) return Decimal.max(0, Decimal.min(1, x));
  if (x.gt(FULL)) return FULL;
  // −0 is negative to decimal.js, and max(0, −0) is +0.
  return x.isNegative() ? NONE : x;
}

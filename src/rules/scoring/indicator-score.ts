import { Decimal } from "../../model/decimal";
import type { Indicator } from "../../model/evaluation";
import type { ScoringProfile } from "../../model/scoring-profile";
import { tooLow } from "../core/indicators";
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
  let fraction = met ? new Decimal(1) : rate.value;
  if (!met && ind.direction === "=")
    fraction = Decimal.min(rate.value, new Decimal(1).div(rate.value));
  const deduct = profile.deductions.targetTooLow;
  return {
    kind: "scored",
    fraction: Decimal.max(0, Decimal.min(1, fraction)),
    tooLow: deduct.enabled && tooLow(ind, deduct.ratio),
  };
}

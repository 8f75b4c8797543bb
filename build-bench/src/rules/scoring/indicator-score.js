"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.indicatorFraction = indicatorFraction;
const decimal_1 = require("../../model/decimal");
const indicators_1 = require("../core/indicators");
/**
 * A 绩效指标 row's share of its points (PRODUCT.md §4): full when met; otherwise actual/target
 * (≥) or target/actual (≤), for = the smaller of the two; qualitative by the preparer's band.
 */
function indicatorFraction(ind, profile) {
    const rate = (0, indicators_1.completionRate)(ind);
    if (rate.kind === "qualitative") {
        const share = ind.assessment ? profile.qualitativeShare[ind.assessment] : undefined;
        return share === undefined
            ? { kind: "missing", what: "定性评价" }
            : { kind: "scored", fraction: new decimal_1.Decimal(share), tooLow: false };
    }
    if (rate.kind === "missing")
        return { kind: "missing", what: "方向、目标值或实际值" };
    if (rate.kind === "cannotCompute")
        return { kind: "missing", what: "可计算的目标值（目标为0时无法计算完成率）" };
    const met = (0, indicators_1.isMet)(ind);
    let fraction = met ? new decimal_1.Decimal(1) : rate.value;
    if (!met && ind.direction === "=")
        fraction = decimal_1.Decimal.min(rate.value, new decimal_1.Decimal(1).div(rate.value));
    const deduct = profile.deductions.targetTooLow;
    return {
        kind: "scored",
        fraction: decimal_1.Decimal.max(0, decimal_1.Decimal.min(1, fraction)),
        tooLow: deduct.enabled && (0, indicators_1.tooLow)(ind, deduct.ratio),
    };
}

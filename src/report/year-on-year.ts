import { Decimal, decimalsOf } from "../model/decimal";
import type { Evaluation, YearOnYearFigure } from "../model/evaluation";
import { yearPair } from "../rules/core/year-on-year";
import { amount, type NumberStyle } from "./numbers";

/** The change on last year as the workbook holds it: stated figures first, else the two years. */
interface Change {
  amount: Decimal;
  /** The amount without its sign, with the decimals it was stated with. */
  amountText: (n: NumberStyle) => string;
  /** As stated ("0.1356" → 13.56%), else computed to two decimals of a percent. */
  rate?: { value: Decimal; decimals: number };
}

function changeOf(m: Evaluation, figure: YearOnYearFigure): Change | undefined {
  const stated = m.yearOnYear?.changes?.[figure];
  const { current, previous } = yearPair(m, figure);
  const computed =
    current !== undefined && previous !== undefined
      ? current.value.minus(previous.value)
      : undefined;
  const change = stated?.amount !== undefined ? new Decimal(stated.amount) : computed;
  if (change === undefined) return undefined;
  const text = stated?.amount?.replace(/^-/, "");
  const amountText = (n: NumberStyle) => amount(text ?? change.abs(), n);
  if (stated?.rate !== undefined)
    return {
      amount: change,
      amountText,
      rate: { value: new Decimal(stated.rate), decimals: Math.max(0, decimalsOf(stated.rate) - 2) },
    };
  // From a zero or blank base no rate can be computed: the clause then gives the amount only.
  const base = previous?.value;
  const rate = base && !base.isZero() ? change.div(base) : undefined;
  return { amount: change, amountText, rate: rate && { value: rate, decimals: 2 } };
}

/**
 * "，较上年增加61.20万元，增长13.56%" (PRODUCT.md §3, as real reports state it), or "" where the
 * workbook holds neither last year's figure nor a stated change.
 */
export function changeClause(m: Evaluation, figure: YearOnYearFigure, n: NumberStyle): string {
  const change = changeOf(m, figure);
  if (!change) return "";
  if (change.amount.isZero()) return "，与上年持平";
  const up = change.amount.isPositive();
  const rate = change.rate
    ? `，${up ? "增长" : "下降"}${change.rate.value.abs().times(100).toFixed(change.rate.decimals)}%`
    : "";
  return `，较上年${up ? "增加" : "减少"}${change.amountText(n)}万元${rate}`;
}

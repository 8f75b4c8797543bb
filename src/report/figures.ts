import { Decimal } from "../model/decimal";
import type { AmountColumn, Evaluation } from "../model/evaluation";
import type { Indicator } from "../model/evaluation";
import { figuresOf, type IndicatorFigures, type TotalKey } from "../rules/core/figures";

export { dec, sumOf } from "../model/decimal";

/**
 * The report reads the derived figures of the model (src/rules/core/figures.ts): it never recomputes a
 * total or a completion rate.
 */

/** A stated total, else what its parts give: the figure the workbook stands for. */
export function effectiveTotal(
  m: Evaluation,
  row: TotalKey,
  col: AmountColumn
): Decimal | undefined {
  return figuresOf(m).effective[row][col]?.value;
}

/**
 * The same figure for writing: the stated string when the total is stated (it keeps its
 * decimals, "15.70"), else the derived Decimal.
 */
export function statedTotal(
  m: Evaluation,
  row: TotalKey,
  col: AmountColumn
): string | Decimal | undefined {
  const a = figuresOf(m).effective[row][col];
  if (!a) return undefined;
  return a.stated ? a.figures[0].value : a.value;
}

/** A 绩效指标 row's completion rate and verdict, as the checks and the score have them. */
export function indicatorFigures(m: Evaluation, ind: Indicator): IndicatorFigures {
  const f = figuresOf(m).indicatorOf.get(ind);
  if (!f) throw new Error("an indicator row that is not the model's");
  return f;
}

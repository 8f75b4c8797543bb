import { Decimal } from "../model/decimal";
import type { AmountColumn, Evaluation } from "../model/evaluation";
import { effectiveTotal as effective, type TotalKey } from "../rules/core/expenditure";

export { dec, sumOf } from "../model/decimal";

/** A stated total, else what its parts give: the figure the workbook stands for. */
export function effectiveTotal(
  m: Evaluation,
  row: TotalKey,
  col: AmountColumn
): Decimal | undefined {
  return effective(m, row, col)?.value;
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
  const a = effective(m, row, col);
  if (!a) return undefined;
  return a.stated ? a.figures[0].value : a.value;
}

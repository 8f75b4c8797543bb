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

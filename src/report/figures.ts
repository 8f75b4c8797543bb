import { Decimal } from "../model/decimal";
import type { AmountColumn, Evaluation } from "../model/evaluation";
import { effectiveTotal as effective, type TotalKey } from "../rules/core/expenditure";

export const dec = (v: string | undefined) => (v === undefined ? undefined : new Decimal(v));
export const sumOf = (vs: (string | undefined)[]) => {
  const filled = vs.filter((v): v is string => v !== undefined);
  return filled.length ? filled.reduce((s, v) => s.plus(v), new Decimal(0)) : undefined;
};

/** A stated total, else what its parts give: the figure the workbook stands for. */
export function effectiveTotal(
  m: Evaluation,
  row: TotalKey,
  col: AmountColumn
): Decimal | undefined {
  return effective(m, row, col)?.value;
}

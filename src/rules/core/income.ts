import type { Evaluation } from "../../model/evaluation";
import type { Figure } from "./helpers";

/** 财政拨款收入 by source and 其他收入: the parts of 本年收入合计. */
export const INCOME_SOURCES = [
  "fiscalGeneral",
  "fiscalFund",
  "fiscalStateCapital",
  "other",
] as const;

/** The filled income sources (blank is not zero). */
export function incomeSources(model: Evaluation): Figure[] {
  return INCOME_SOURCES.flatMap((k) => {
    const value = model.income[k];
    return value === undefined ? [] : [{ path: `income.${k}`, value }];
  });
}

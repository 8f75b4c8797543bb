import type { Evaluation } from "../../model/evaluation";
import type { Figure } from "./helpers";

/** 财政拨款收入 by source and 其他收入: the parts of 本年收入合计. */
export const INCOME_SOURCES = [
  "fiscalGeneral",
  "fiscalFund",
  "fiscalStateCapital",
  // Template 1.5 (issue 26): the other fund types of 部门决算's 收入支出决算总表.
  "fiscalSpecial",
  "service",
  "business",
  "other",
] as const;
/** The sources template 1.5 added: absent, not blank, in an older workbook. */
export const INCOME_SOURCES_1_5: readonly string[] = ["fiscalSpecial", "service", "business"];

/** The filled income sources (blank is not zero). */
export function incomeSources(model: Evaluation): Figure[] {
  return INCOME_SOURCES.flatMap((k) => {
    const value = model.income[k];
    return value === undefined ? [] : [{ path: `income.${k}`, value }];
  });
}

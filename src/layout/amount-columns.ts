import type { AmountColumn } from "../model/evaluation";
import type { Column } from "./types";

/** The four amount columns shared by 支出明细, 项目 and 支出汇总, in the order they are laid out. */
export const AMOUNT_HEADERS: Record<AmountColumn, { header: string; en: string }> = {
  budgetInitial: { header: "年初预算", en: "Initial budget" },
  budgetAdjusted: { header: "全年预算", en: "Adjusted budget" },
  actual: { header: "实际支出", en: "Actual (final accounts)" },
  fiscal: { header: "其中财政拨款", en: "Of which fiscal appropriation" },
};
export const AMOUNT_KEYS: AmountColumn[] = ["budgetInitial", "budgetAdjusted", "actual", "fiscal"];

export const amountColumns = (): Column[] =>
  AMOUNT_KEYS.map((k) => ({
    header: AMOUNT_HEADERS[k].header,
    en: AMOUNT_HEADERS[k].en,
    key: k,
    type: "amount",
    unit: "万元",
  }));

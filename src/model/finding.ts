/** 错误 error, 警告 warning, 提示 info */
export type Severity = "error" | "warning" | "info";

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "错误",
  warning: "警告",
  info: "提示",
};

export interface CellRef {
  sheet: string;
  /** A1 address; absent when the finding is about a whole sheet, table or name. */
  cell?: string;
}

/**
 * One problem found in a workbook, as plain data (PRODUCT.md §5, §7): where it is, what was
 * expected, what was found, and the message in Chinese and English.
 */
export interface Finding {
  ruleId: string;
  /** Which of the rule's messages, for translation by the task pane. */
  messageId: string;
  severity: Severity;
  sheet?: string;
  cell?: string;
  /** Every cell involved, the first being where the finding is marked. */
  cells: CellRef[];
  message: string;
  messageEn: string;
  expected?: string;
  actual?: string;
}

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
  /**
   * The preparer's explanation (说明) of a warning or info finding, typed beside it on 校验结果
   * and matched to it by `fingerprint`; an explained finding counts apart. Never on an error.
   */
  explanation?: string;
}

/** An explanation kept in the workbook: what it explained, and the text. */
export interface Explanation {
  fingerprint: string;
  ruleId: string;
  /** Where the finding was, "sheet!A1" or the sheet; empty for the whole workbook. */
  where: string;
  /** The finding's Chinese message when the explanation was written. */
  message: string;
  text: string;
}

/** Two FNV-1a hashes with different seeds, in one pass: 64 bits, enough to tell a workbook's findings apart. */
function fnv1a64(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x2f6b9d13;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x01000193);
  }
  const hex = (hash: number) => (hash >>> 0).toString(16).padStart(8, "0");
  return hex(first) + hex(second);
}

/**
 * A finding's stable fingerprint: its rule, where it is and the figures involved (every cell,
 * the expected and found figures, the message that states them). It stays the same run after run
 * while the workbook's figures do; when any figure changes, so does the fingerprint, and an
 * explanation given for the old figures no longer applies (PRODUCT.md §5).
 */
export function fingerprint(f: Finding): string {
  const text = [
    f.ruleId,
    f.messageId,
    f.cells.map((c) => `${c.sheet}!${c.cell ?? ""}`).join(","),
    f.expected ?? "",
    f.actual ?? "",
    f.message,
  ].join("\u0001");
  return fnv1a64(text);
}

/** Errors cannot be explained away; warnings and info can. */
export const explainable = (f: Pick<Finding, "severity">): boolean => f.severity !== "error";

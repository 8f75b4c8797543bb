import type { CellRef, Finding, Severity } from "../../model/finding";

export type Category =
  /** 完整性与类型 */
  | "completeness"
  /** 算术 */
  | "arithmetic"
  /** 比例 */
  | "ratio"
  /** 一致性与合理性 */
  | "consistency"
  /** 绩效指标 */
  | "indicator"
  /** 评分 */
  | "scoring";

export interface Messages {
  zh: string;
  en: string;
}

/**
 * A rule's metadata, the ESLint way: a stable id, a category, a default severity and messages
 * keyed by message id with {{placeholders}}. Checks report data; text is made here.
 */
export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  description: string;
  /** How the rule treats a blank operand (PRODUCT.md §4 "Blank is not zero"), for docs/rules.md. */
  blanks?: string;
  messages: Record<string, Messages>;
}

/** What a check reports: a message id, its placeholder data and the cells involved. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  cells: CellRef[];
  expected?: string;
  actual?: string;
  /** Overrides the rule's default severity for this report (e.g. a typed number is a warning). */
  severity?: Severity;
}

export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
}

/** A template split at its placeholders: text, key, text, key, …, text (odd entries are keys). */
const COMPILED = new Map<string, string[]>();

function compiled(template: string): string[] {
  let parts = COMPILED.get(template);
  if (!parts) {
    // split() with a capturing group keeps the keys at the odd indices.
    parts = template.split(/\{\{\s*(\w+)\s*\}\}/);
    COMPILED.set(template, parts);
  }
  return parts;
}

/**
 * A message with its placeholders filled. Templates are split once: a workbook of 10,000
 * indicators reports thousands of findings from a few dozen templates.
 */
export function fill(template: string, data: Record<string, string | number> = {}): string {
  const parts = compiled(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    if (!(k in data)) throw new Error(`message placeholder {{${k}}} has no data`);
    out += String(data[k]) + parts[i + 1];
  }
  return out;
}

export function toFinding(meta: RuleMeta, r: Report): Finding {
  const m = meta.messages[r.messageId];
  if (!m) throw new Error(`rule ${meta.id} has no message ${r.messageId}`);
  const first = r.cells[0];
  return {
    ruleId: meta.id,
    messageId: r.messageId,
    severity: r.severity ?? meta.severity,
    sheet: first?.sheet,
    cell: first?.cell,
    cells: r.cells,
    message: fill(m.zh, r.data),
    messageEn: fill(m.en, r.data),
    expected: r.expected,
    actual: r.actual,
  };
}

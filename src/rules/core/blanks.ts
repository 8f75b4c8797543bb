import type { Messages } from "./meta";
import type { RuleContext } from "./rule";
import { fieldLabel } from "./labels";

/**
 * Blank is not zero (PRODUCT.md §4): a relation that only a blank operand could settle is not
 * judged; it yields one info finding at the blank cell instead of an error computed as if the
 * blank were 0.
 */
export const UNVERIFIABLE_MESSAGE: Messages = {
  zh: "未能核对：{{blank}}未填，无法核对{{relation}}。如确实为零，请填 0。",
  en: "Not checked: {{blankEn}} is blank, so {{relationEn}} cannot be checked. Type 0 if it is none.",
};

export interface Unverifiable {
  /** Model paths of the blank operands; the first is marked. */
  blanks: string[];
  relation: { zh: string; en: string };
  /** The filled cells of the relation, listed after the blanks. */
  others: string[];
  /** The message id the rule files UNVERIFIABLE_MESSAGE under (default "unverifiable"). */
  messageId?: string;
}

export function reportUnverifiable(ctx: RuleContext, u: Unverifiable): void {
  const labels = u.blanks.map(fieldLabel);
  ctx.report({
    messageId: u.messageId ?? "unverifiable",
    severity: "info",
    data: {
      blank: labels.map((l) => l.zh).join("、"),
      blankEn: labels.map((l) => l.en).join(", "),
      relation: u.relation.zh,
      relationEn: u.relation.en,
    },
    cells: [...u.blanks, ...u.others].map((p) => ctx.at(p)),
  });
}

/**
 * A sum that holds within the worst-case rounding but beyond what rounding plausibly gives
 * (relations.ts implausibleRounding): a warning, filed by every sum rule under "roundingUnlikely".
 */
export const ROUNDING_UNLIKELY_MESSAGE: Messages = {
  zh: "{{relation}}：填报 {{stated}}，各项相加为 {{computed}}，相差 {{difference}}。{{count}} 个数四舍五入造成的差通常不超过 {{bound}}，这一差额更可能是某一项的笔误，请逐项核对。",
  en: "{{relationEn}}: stated {{stated}}, the parts add up to {{computed}}, a gap of {{difference}}. Rounding {{count}} figures rarely gives more than {{bound}}; the gap is more likely a slip in one figure: check them one by one.",
};

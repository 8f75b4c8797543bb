import type { Messages } from "./meta";
import type { RuleContext } from "./rule";
import { fieldLabel } from "./labels";
import type { Decimal } from "../../model/decimal";
import { exact, exceeds, fixed, interval } from "./relations";

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

/**
 * A blank that the rest of a relation pins down (issue 25 item 3): parts and total stated, one
 * part blank — the blank is not zero and not unknowable, the statement implies its value.
 */
export const IMPLIED_BLANK_MESSAGE: Messages = {
  zh: "{{blank}}未填；按{{relation}}应为 {{implied}}{{unit}}——如为 0 请填 0，否则请填 {{implied}}。",
  en: "{{blankEn}} is blank; {{relationEn}} implies {{implied}}. Type 0 if it is none, else {{implied}}.",
};

/** The implied value of a blank part that it cannot take (above a figure it may not exceed). */
export const IMPLIED_IMPOSSIBLE_MESSAGE: Messages = {
  zh: "{{blank}}未填；按{{relation}}应为 {{implied}}{{unit}}，但它不能超过{{capLabel}} {{cap}}{{unit}}：合计或其他各项有误，请核对。",
  en: "{{blankEn}} is blank; {{relationEn}} implies {{implied}}, but it cannot exceed {{capLabelEn}} ({{cap}}): the total or another part is wrong.",
};

export interface Implied {
  /** Model path of the one blank part. */
  blank: string;
  /** total − the filled parts. */
  implied: Decimal;
  decimals: number;
  relation: { zh: string; en: string };
  /** The total and the filled parts, listed after the blank. */
  others: string[];
  /** " 万元" for amounts, "" for counts. */
  unit: string;
  /** A figure the blank part may not exceed (其中：财政拨款 ≤ its 实际支出). */
  cap?: { path: string; value: string };
}

/** The warning naming the implied value, or an error where that value is impossible. */
export function reportImplied(ctx: RuleContext, i: Implied): void {
  const label = fieldLabel(i.blank);
  const implied = fixed(i.implied, i.decimals);
  const data = {
    blank: label.zh,
    blankEn: label.en,
    relation: i.relation.zh,
    relationEn: i.relation.en,
    implied,
    unit: i.unit,
  };
  const cells = [i.blank, ...i.others].map((p) => ctx.at(p));
  if (i.cap && exceeds(exact(i.implied), interval(i.cap.value))) {
    const cap = fieldLabel(i.cap.path);
    ctx.report({
      messageId: "impliedImpossible",
      severity: "error",
      data: { ...data, capLabel: cap.zh, capLabelEn: cap.en, cap: i.cap.value },
      cells: [...cells, ctx.at(i.cap.path)],
      expected: `≤ ${i.cap.value}`,
      actual: implied,
    });
    return;
  }
  ctx.report({
    messageId: "impliedBlank",
    severity: "warning",
    data,
    cells,
    expected: implied,
  });
}

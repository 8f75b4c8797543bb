/**
 * A visible blank where the workbook leaves a fact the report needs (报送对象, 报告日期, a figure):
 * the unit writes it in, as on a printed form; never "某某" or an empty "财政局：".
 */
export const BLANK = "＿＿＿＿";
export const BLANK_DATE = "＿＿＿＿年＿＿月＿＿日";

/**
 * Joining sentences without doubling their punctuation: a user may end a text with "。" or
 * not, and the report must read the same either way.
 */
const END = /[。！？!?]$/;
const SOFT_END = /[，,；;、：:]$/;

/** A text with surrounding spaces and trailing soft punctuation removed. */
export function clause(text: string | undefined): string {
  return (text ?? "").trim().replace(/[，,；;、：:\s]+$/u, "");
}

/** A clause as a closed sentence: exactly one "。" (or the user's own !/?) at its end. */
export function sentence(text: string | undefined): string {
  const t = clause(text);
  if (!t) return "";
  return END.test(t) ? t : `${t}。`;
}

/**
 * Clauses joined with "，" into one sentence; a clause the user closed with "。" keeps it, and
 * the next clause starts a new sentence. Blank clauses are left out.
 */
export function joinClauses(parts: (string | undefined)[]): string {
  let out = "";
  for (const raw of parts) {
    const t = clause(raw);
    if (!t) continue;
    if (!out) out = t;
    else if (END.test(out) || SOFT_END.test(out)) out += t;
    else out += `，${t}`;
  }
  return sentence(out);
}

/** A list item's text without a numbering the user typed ("1、", "2.", "（3）"). */
export function withoutNumbering(text: string): string {
  return text.trim().replace(/^(?:\d+\s*[、.．]|[（(]\d+[）)])\s*/u, "");
}

/** Doubled punctuation a careful reader would send back. */
export const DOUBLED_PUNCTUATION = /[。，；、：][。，；、]|，，|。。/u;

import type { RuleContext } from "../core/rule";
import { eachPassage } from "./index";
import type { Passage } from "./texts";

/**
 * What the proofreading rules share (a checker of official writing, as finance offices use
 * one): each looks for one kind of slip in the unit's own prose and reports it once per passage,
 * quoting where it is. They never change a text; the unit decides.
 */

/** A slip found in a passage: the words around it, and the mark at fault. */
export interface Slip {
  quote: string;
  found: string;
  /** What the unit probably meant, where the rule can say. */
  suggestion?: string;
  /** Where in the passage, to list slips in reading order. */
  at: number;
}

const HAN = /[\u4e00-\u9fff]/u;
export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);

const STOP = /[。！？；\n]/u;

/** Up to `pad` characters either side of text[start, end), within its sentence. */
export function around(text: string, start: number, end: number, pad = 6): string {
  const before = [...text.slice(Math.max(0, start - pad), start)];
  const cut = before.map((ch) => STOP.test(ch)).lastIndexOf(true);
  const after = [...text.slice(end, end + pad)];
  const stop = after.findIndex((ch) => STOP.test(ch));
  return `${before.slice(cut + 1).join("")}${text.slice(start, end)}${after.slice(0, stop < 0 ? after.length : stop).join("")}`;
}

/** Every match of a global regex with its quote; `keep` can turn a match down. */
export function slipsOf(
  text: string,
  pattern: RegExp,
  make: (m: RegExpExecArray) => Slip | undefined
): Slip[] {
  const out: Slip[] = [];
  for (const m of text.matchAll(pattern)) {
    const slip = make(m as RegExpExecArray);
    if (slip) out.push(slip);
  }
  return out;
}

/** At most this many quotes in one finding; the count says how many there are in all. */
const QUOTES = 3;

/**
 * One finding per passage with slips: the first few quoted ("…单位单位…"、"…"), how many in all,
 * and what each should be where the rule can tell.
 */
export function reportSlips(
  ctx: RuleContext,
  find: (passage: Passage) => Slip[],
  messageId = "slip"
): void {
  eachPassage(ctx, (passage, cell) => {
    const slips = find(passage);
    if (!slips.length) return;
    const shown = slips.slice(0, QUOTES);
    const quotes = shown.map((s) => `“${s.quote}”`).join("、");
    const suggestions = shown.filter((s) => s.suggestion).map((s) => s.suggestion!);
    ctx.report({
      messageId,
      data: {
        quotes,
        count: slips.length,
        more: slips.length > QUOTES ? `等${slips.length}处` : "",
        moreEn: slips.length > QUOTES ? ` and ${slips.length - QUOTES} more` : "",
      },
      cells: [cell],
      expected: suggestions.length ? suggestions.join("、") : undefined,
      actual: shown.map((s) => s.found).join("、"),
    });
  });
}

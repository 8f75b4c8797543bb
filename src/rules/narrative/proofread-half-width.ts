import { defineRule } from "../core/rule";
import { around, isHan, reportSlips, type Slip } from "./proofread";
import type { Passage } from "./texts";

/**
 * Half-width punctuation inside a Chinese sentence ("根据企业诉求,主动和用工企业联系"): a comma,
 * semicolon, colon, question or exclamation mark with Chinese on either side, and half-width
 * brackets around Chinese words. Between figures ("1,234", "8:30") they are right and left alone.
 */
const FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！" };
const MARK = /[,;:?!]/gu;
/**
 * Half-width brackets holding Chinese words: "（含政府投资工程）" typed "(含政府投资工程)". One
 * character inside a name ("维修(护)费", as many 决算 tables print the item) is left alone.
 */
const BRACKETS = /\(([^()\n]*[\u4e00-\u9fff][^()\n]*)\)/gu;
const IN_NAME = /^[\u4e00-\u9fff]$/u;
/** A formula's brackets ("(本年−上年)/上年", "min(执行率,100%)") are not prose. */
const FORMULA = /[−\-+×÷*/=<>≤≥,]/u;

/** The closing marks and brackets after which a half-width mark still sits in Chinese. */
const CHINESE_CLOSE = /[”’）》〕】」』]/u;
const CHINESE_OPEN = /[“‘（《〔【「『]/u;

function marks(text: string): Slip[] {
  const out: Slip[] = [];
  for (const m of text.matchAll(MARK)) {
    const before = text[m.index - 1];
    const after = text[m.index + 1];
    const chineseBefore = isHan(before) || (before !== undefined && CHINESE_CLOSE.test(before));
    const chineseAfter = isHan(after) || (after !== undefined && CHINESE_OPEN.test(after));
    // One Chinese side is enough, except that a figure on the other side ("第1,2项") is left alone.
    if (!(chineseBefore || chineseAfter)) continue;
    if (/[0-9]/.test(before ?? "") || /[0-9]/.test(after ?? "")) continue;
    out.push({
      quote: around(text, m.index, m.index + 1, 4),
      found: m[0],
      suggestion: FULL[m[0]],
      at: m.index,
    });
  }
  return out;
}

function brackets(text: string): Slip[] {
  return [...text.matchAll(BRACKETS)]
    .filter(
      (m) => !IN_NAME.test(m[1]) && !FORMULA.test(m[1]) && !/[A-Za-z]/.test(text[m.index - 1] ?? "")
    )
    .map((m) => ({
      quote: around(text, m.index, m.index + m[0].length, 2),
      found: "()",
      suggestion: "（）",
      at: m.index,
    }));
}

export default defineRule({
  meta: {
    id: "proofread-half-width",
    category: "consistency",
    severity: "info",
    description: [
      "Proofreading of the unit's own prose: half-width punctuation in a Chinese sentence — “,” “;” “:” “?” “!” beside Chinese characters, and “( )” around Chinese words — where full-width “，；：？！（）” belong. Between figures (“1,234”, “8:30”) half-width marks are right and not claimed. Reported once per passage, never corrected.",
      "",
      "- Fires: “根据企业诉求,主动和用工企业联系”; “所有工程项目(含政府投资工程)”.",
      "- Does not fire: “根据企业诉求，主动和用工企业联系”; “共计1,234.50万元”; “8:30开始”; one character in brackets inside a name (“维修(护)费”, as 决算 tables print it); a formula (“(本年−上年)/上年”, “min(执行率,100%)”).",
    ].join("\n"),
    messages: {
      slip: {
        zh: "中文句子中有半角标点：{{quotes}}{{more}}，应使用全角标点（，；：？！（））。",
        en: "Half-width punctuation in Chinese text: {{quotes}}{{moreEn}}; use full-width marks (，；：？！（）).",
      },
    },
  },
  check(ctx) {
    reportSlips(ctx, ({ text }: Passage) =>
      [...marks(text), ...brackets(text)].sort((a, b) => a.at - b.at)
    );
  },
});

import { defineRule } from "../core/rule";
import { reportSlips, slipsOf, around } from "./proofread";

/**
 * A word typed twice ("参保单位单位发放"): a run of 2–4 Chinese characters repeated at once.
 * Single doubled characters are not claimed: Chinese doubles them on purpose (步步高, 农民工工资,
 * 在职职工), so only a doubled word is a slip often enough to be worth a reader's time.
 */
const DOUBLED = /([\u4e00-\u9fff]{2,4})\1/gu;

export default defineRule({
  meta: {
    id: "proofread-doubled-word",
    category: "consistency",
    severity: "info",
    description: [
      "Proofreading of the unit's own prose (文字材料, 项目用途/成效): a word of 2–4 Chinese characters typed twice in a row. Reported once per passage, never corrected.",
      "",
      "- Fires: “对17个符合条件的参保单位单位发放稳岗返还”.",
      "- Does not fire: doubled single characters (“步步高”, “农民工工资”, “在职职工”); a word repeated with something between.",
    ].join("\n"),
    messages: {
      slip: {
        zh: "文字中有重复的词：{{quotes}}{{more}}，请核对是否多打了一遍。",
        en: "A word is typed twice: {{quotes}}{{moreEn}}; check whether it was typed once too often.",
      },
    },
  },
  check(ctx) {
    reportSlips(ctx, ({ text }) =>
      slipsOf(text, DOUBLED, (m) => ({
        quote: around(text, m.index, m.index + m[0].length, 4),
        found: m[0],
        at: m.index,
        suggestion: m[1],
      }))
    );
  },
});

import { defineRule } from "../core/rule";
import { around, reportSlips, slipsOf } from "./proofread";

/**
 * A 发文字号 writes its year in 六角括号 (GB/T 9704 §7.2.4): "湘人社规〔2021〕3号", not
 * "湘人社规[2021]3号", "(2021)" or "【2021】".
 */
const NUMBER =
  /(?<=[\u4e00-\u9fff]\s*)[[【（(［〈<]\s*((?:19|20)\d{2})\s*[\]】）)］〉>](?=\s*\d{1,4}\s*号)/gu;

export default defineRule({
  meta: {
    id: "proofread-document-number",
    category: "consistency",
    severity: "info",
    description: [
      "Proofreading of the unit's own prose: a document number (发文字号) whose year is not in 六角括号 〔〕, as GB/T 9704 writes it — “湘人社规[2021]3号” for “湘人社规〔2021〕3号”. Reported once per passage, never corrected.",
      "",
      "- Fires: “（湘人社规[2021]3号）”, “财预(2021)12号”, “湘财绩【2021】5号”.",
      "- Does not fire: “湘人社规〔2021〕3号”; a year in brackets not followed by a number and 号.",
    ].join("\n"),
    messages: {
      slip: {
        zh: "文号的年份应使用六角括号〔〕：{{quotes}}{{more}}。",
        en: "A document number writes its year in 〔〕: {{quotes}}{{moreEn}}.",
      },
    },
  },
  check(ctx) {
    reportSlips(ctx, ({ text }) =>
      slipsOf(text, NUMBER, (m) => ({
        quote: `${around(text, m.index, m.index + m[0].length, 4)}`.replace(/(号).*$/u, "$1"),
        found: m[0],
        at: m.index,
        suggestion: `〔${m[1]}〕`,
      }))
    );
  },
});

import { defineRule } from "../core/rule";
import { around, reportSlips, slipsOf } from "./proofread";

/**
 * 截至 (up to a time) written 截止 (to come to an end): "截止2021年12月" should read "截至2021年12月".
 * 截止 before a time word is the slip; 截止 after it ("于6月1日截止", "截止日期") is right.
 */
const JIEZHI =
  /截止(?:到|至)?(?=\s*(?:[0-9０-９]|[一二三四五六七八九十〇零]{1,4}(?:年|月)|目前|当前|现在|今年|本年|本月|今日|年底|年末|月底|上年|去年|日前|报告))/gu;

export default defineRule({
  meta: {
    id: "proofread-date-word",
    category: "consistency",
    severity: "info",
    description: [
      "Proofreading of the unit's own prose: “截止” (to end) used before a time where “截至” (up to) is meant — “截止2021年12月”, “截止目前”, “截止到11月13日”. Reported once per passage, never corrected.",
      "",
      "- Fires: “截止2021年12月，我区城镇新增就业3821人”.",
      "- Does not fire: “截至2021年12月”; “报名于6月1日截止”; “截止日期”.",
    ].join("\n"),
    messages: {
      slip: {
        zh: "表示“到某时为止”应写“截至”：{{quotes}}{{more}}。“截止”用于时间之后（如“于6月1日截止”）。",
        en: "“截至” (up to) is meant before a time: {{quotes}}{{moreEn}}; “截止” (to end) follows the time.",
      },
    },
  },
  check(ctx) {
    reportSlips(ctx, ({ text }) =>
      slipsOf(text, JIEZHI, (m) => ({
        quote: around(text, m.index, m.index + m[0].length, 8),
        found: m[0],
        at: m.index,
        suggestion: "截至",
      }))
    );
  },
});

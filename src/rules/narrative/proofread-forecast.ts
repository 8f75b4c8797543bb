import { defineRule } from "../core/rule";
import { reportSlips, type Slip } from "./proofread";
import type { Passage } from "./texts";

/**
 * "预计到12月底，受惠人数达180人" in a report dated after the year: the year is over, so the
 * figure is known — an estimate copied from a mid-year summary. Plans for later years (预计明年,
 * 预计2022年) are what 预计 is for and are left alone, as are 存在问题 and 改进建议.
 */
const LATER = /明年|来年|下一?年|今后|下一步|下阶段|未来/u;
/** The passages that report what was done; problems and suggestions look ahead by nature. */
const REPORTING = /^(narrative\.(achievements|goalCompletion|management)|projects\.\d+\.result)/u;

/** A quote this long at most, unless one part of the sentence is longer. */
const QUOTE = 30;

/** The part of the sentence from the comma before 预计, with the parts after while they fit. */
function subClause(text: string, at: number, start: number, end: number): string {
  const from = Math.max(start, text.lastIndexOf("，", at) + 1);
  let to = text.indexOf("，", at);
  if (to < 0 || to > end) to = end;
  for (;;) {
    const next = text.indexOf("，", to + 1);
    const stop = next < 0 || next > end ? end : next;
    if (to >= end || stop - from > QUOTE) break;
    to = stop;
  }
  return text.slice(from, to);
}

/** The clause around each 预计 that speaks of the evaluation year. */
function forecasts(text: string, year: number): Slip[] {
  const out: Slip[] = [];
  for (const m of text.matchAll(/预计/gu)) {
    const start =
      Math.max(...["。", "；", "！", "？", "\n"].map((p) => text.lastIndexOf(p, m.index))) + 1;
    const ends = ["。", "；", "！", "？", "\n"]
      .map((p) => text.indexOf(p, m.index))
      .filter((i) => i >= 0);
    const end = ends.length ? Math.min(...ends) : text.length;
    const clause = text.slice(start, end).trim();
    const years = [...clause.matchAll(/((?:19|20)\d{2})\s*年/gu)].map((y) => Number(y[1]));
    if (LATER.test(clause) || years.some((y) => y > year)) continue;
    const quote = clause.length > QUOTE ? subClause(text, m.index, start, end) : clause;
    out.push({ quote, found: "预计", at: m.index });
  }
  return out;
}

export default defineRule({
  meta: {
    id: "proofread-forecast",
    category: "consistency",
    severity: "info",
    description: [
      "Proofreading of the unit's own prose: “预计…” about the evaluation year in a report dated after that year ended — the figure is known by then, so the sentence was probably copied from a mid-year summary. Only passages that report what was done (工作成效, 目标完成情况, 部门整体支出管理, 项目成效); 存在问题 and 改进建议 look ahead by nature. A clause naming a later year or 明年/今后 is not claimed. Reported once per passage, never corrected.",
      "",
      "- Fires: report dated 2022-09-27 for 2021, “预计到12月底，受惠人数达180人”.",
      "- Does not fire: the same in a report dated 2021-11-30; “预计2022年完成”; 报告日期 or 评价年度 blank.",
    ].join("\n"),
    blanks: "Without 报告日期 or 评价年度 nothing is claimed.",
    messages: {
      slip: {
        zh: "报告日期{{date}}已在{{year}}年度结束之后，文中仍有预计数：{{quotes}}{{more}}。请改为实际完成情况。",
        en: "The report is dated {{date}}, after {{year}} ended, but the text still gives estimates: {{quotes}}{{moreEn}}. State what was actually done.",
      },
    },
  },
  check(ctx) {
    const { reportDate, year } = ctx.model.profile;
    if (!reportDate || !year || !/^\d{4}$/.test(year.trim())) return;
    const y = Number(year.trim());
    if (reportDate <= `${y}-12-31`) return;
    const [dy, dm, dd] = reportDate.split("-").map(Number);
    const base = { date: `${dy}年${dm}月${dd}日`, year: String(y) };
    const find = (p: Passage) => (REPORTING.test(p.path) ? forecasts(p.text, y) : []);
    // The date and year go into the message beside the quotes.
    reportSlips(
      { ...ctx, report: (r) => ctx.report({ ...r, data: { ...r.data, ...base } }) },
      find
    );
  },
});

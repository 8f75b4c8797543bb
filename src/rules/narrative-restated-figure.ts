import { defineRule } from "./core/rule";
import { TOTAL_LABEL } from "./core/expenditure";
import { eachPassage } from "./narrative";
import { agrees, restatements } from "./narrative/restated";

const COLUMN = {
  actual: { zh: "实际支出", en: "actual" },
  fiscal: { zh: "财政拨款", en: "fiscal funding" },
} as const;

/** "全年总支出226.98万元" in the prose against the 支出总计 the template holds. */
export default defineRule({
  meta: {
    id: "narrative-restated-figure",
    category: "consistency",
    severity: "warning",
    description: [
      "A total of the template restated in the prose (总支出/支出总计, 基本支出, 项目支出/专项支出, 人员支出/人员经费, 公用支出/公用经费, the name right before an amount in 万元 or 元) agrees with the template's figure (stated, else computed), by intervals; “财政拨款基本支出” is compared with the 财政拨款 column.",
      "",
      "- Fires: “全年总支出236.98万元” when 支出总计 is 226.98.",
      "- Does not fire: “全年总支出226.98万元”, “基本支出226.98万元，其中人员支出125.94万元”, “财政拨款基本支出421.3万元” against 财政拨款 421.30.",
      "- Claims nothing for a figure qualified as budget, last year or carry-over (预算/上年/年初/结转/较…), for figures with 余/约/近, for a name that speaks of one project or fund (“就业培训项目支出3万元”), or for a name without 财政拨款 after 财政拨款 was mentioned earlier in the passage (“财政拨款基本支出421.3万元，其中：人员经费299.95万元” — the 人员经费 is 财政拨款 too).",
    ].join("\n"),
    messages: {
      mismatch: {
        zh: "文字中的{{name}}（{{column}}）与表中不符：“{{quote}}”——文字 {{written}}，表中 {{held}} 万元。",
        en: "The {{nameEn}} ({{columnEn}}) stated in the text differs from the table: “{{quote}}” — text {{written}}, table {{held}} (10k yuan).",
      },
    },
  },
  check(ctx) {
    eachPassage(ctx, (passage, cell) => {
      for (const r of restatements(passage.text, ctx.model)) {
        if (agrees(r)) continue;
        ctx.report({
          messageId: "mismatch",
          data: {
            name: r.name,
            nameEn: TOTAL_LABEL[r.total].en,
            column: COLUMN[r.column].zh,
            columnEn: COLUMN[r.column].en,
            quote: r.quote,
            written: r.figure.written,
            held: r.held.toFixed(),
          },
          cells: r.path ? [cell, ctx.at(r.path)] : [cell],
          expected: `${r.held.toFixed()}万元`,
          actual: r.figure.written,
        });
      }
    });
  },
});

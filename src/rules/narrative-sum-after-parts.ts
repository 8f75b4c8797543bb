import { defineRule } from "./core/rule";
import { checkSumRelation, reportMismatches, sumsAfterParts } from "./narrative";

/** "社保补贴138万余元，岗位补贴31.7万元，共计补贴169.7万余元": the 共计 after its parts. */
export default defineRule({
  meta: {
    id: "narrative-sum-after-parts",
    category: "arithmetic",
    severity: "warning",
    description: [
      "In the prose, a total stated after its parts (共计/合计/总计/共 X) equals their sum. The parts are the figures in the total's unit in the clauses just before it, back to a list opener (其中/主要用于/包括/分别为) or a clause without one.",
      "",
      "- Fires: “办公费10.80万元、印刷费6.35万元，合计18.15万元” (18.15 ≠ 10.80 + 6.35 = 17.15).",
      "- Does not fire: “社保补贴138万余元，岗位补贴31.7万元，共计补贴169.7万余元” (138–139 + 31.7 may be 169.7–169.8); “公用支出101.04万元，办公费…，合计101.04万元” (the whole said before its list is not a part).",
      "- Claims nothing for “任务3746人，共计完成3821人” (a completion, not a sum), a single part, a part followed by 等, or a clause with two figures in the unit.",
    ].join("\n"),
    messages: {
      mismatch: {
        zh: "文字中的合计与前面各项之和不符：“{{quote}}”——{{arithmetic}}{{unit}}。",
        en: "The total stated in the text is not the sum of the items before it: “{{quote}}” — {{arithmetic}}{{unit}}.",
      },
    },
  },
  check(ctx) {
    reportMismatches(ctx, sumsAfterParts, checkSumRelation, (rel) => rel.whole.written);
  },
});

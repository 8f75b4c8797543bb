import { defineRule } from "./core/rule";
import { checkSumRelation, partsOfWhole, reportMismatches } from "./narrative";

/** "受理案件48件，其中调解23件，裁决25件": the parts after 其中 add up to the whole. */
export default defineRule({
  meta: {
    id: "narrative-parts-of-whole",
    category: "arithmetic",
    severity: "warning",
    description: [
      "In the prose (文字材料, project 用途/成效), a whole followed by 其中 and its parts, or by its parts in brackets, adds up. Figures are intervals: 余/多 widen them upwards (138万余 is 138–139万), 约 and 近 by a tenth, 以上/以内 open one side.",
      "",
      "- Fires: “劳动争议仲裁受理案件48件，其中调解24件，裁决25件” (48 ≠ 24 + 25 = 49); “人员支出50.00万元(工资支出36.90万元、津贴22.76万元)” (50.00 ≠ 59.66); “实有人数24人，其中在职人员10人，离休人员0人，退休人员13人” (short by a slip).",
      "- Does not fire: “总人数14人，其中已就业8人，无就业意愿6人”; “共计3639人，其中贫困人口80人、…、残三级、四级共1083人” (a bare name between 、 belongs to the next item).",
      "- Claims nothing when the list is unclear: parts short of the whole by more than a tenth of it and by as much as a listed part (其中 often names only notable parts: “职业技能培训人员4405人，其中农村转移就业劳动者2366人，贫困劳动力628人”), a single part (“基本支出226.98万元，其中人员支出125.94万元”), a first part in another unit (“共317人，其中…补贴138万余元”), a list ending in 等, brackets opening with 含 (sub-items, perhaps not all), parts that are targets or completions (任务/完成), or an aside (另/此外/累计) in the list's unit.",
    ].join("\n"),
    messages: {
      mismatch: {
        zh: "文字中的合计与其中各项之和不符：“{{quote}}”——{{arithmetic}}{{unit}}。",
        en: "The parts stated in the text do not add up to their whole: “{{quote}}” — {{arithmetic}}{{unit}}.",
      },
    },
  },
  check(ctx) {
    reportMismatches(ctx, partsOfWhole, checkSumRelation, (rel) => rel.whole.written);
  },
});

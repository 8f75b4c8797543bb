import { defineRule } from "./core/rule";
import { checkRatio, reportMismatches, taskRates } from "./narrative";

/** "就业困难对象再就业任务800人，共计完成上级任务的819人，完成102%": 819 ÷ 800 → 102%. */
export default defineRule({
  meta: {
    id: "narrative-completion-rate",
    category: "ratio",
    severity: "warning",
    description: [
      "In the prose, a completion rate stated after its task and what was done (任务 T，完成 A，完成 R%) is A ÷ T, rounded or truncated to the decimals stated. The task clause names 任务/目标/计划, the next clause 完成, the rate clause 完成…R% or 完成率 R%; T and A are in one unit.",
      "",
      "- Fires: “任务800人，共计完成上级任务的819人，完成112%” (819 ÷ 800 = 102.38% ≠ 112%).",
      "- Does not fire: “项目任务2300人，完成培训补贴人数共计4405人，完成目标任务的192%” (191.52% rounds to 192%); “任务2310人，共计完成2319人，完成上级任务的100%” (100.39% truncates to 100%).",
      "- Claims nothing when the clauses are not adjacent, the two figures are in different units, or the task is zero.",
    ].join("\n"),
    messages: {
      mismatch: {
        zh: "文字中的完成比例与任务、完成数不符：“{{quote}}”——{{arithmetic}}。",
        en: "The completion rate stated in the text does not match the task and the figure done: “{{quote}}” — {{arithmetic}}.",
      },
    },
  },
  check(ctx) {
    reportMismatches(
      ctx,
      taskRates,
      (rel) => checkRatio(rel.done, rel.task, rel.rate),
      (rel) => rel.rate.written
    );
  },
});

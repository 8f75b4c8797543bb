import type { RuleMeta } from "../core/meta";

/**
 * `jixiao docx` (and the pane's 导出 Word) render the 报告 and 自评表 sheets as the user edited
 * them. An edit that changes a figure the data sheets hold makes the submitted report disagree
 * with the workbook it comes with; this lists each such edit on the 校验情况 page (the check is
 * in src/report/edited.ts, over the document read back from the sheets).
 */
export const EDITED_REPORT: RuleMeta = {
  id: "proofread-edited-report",
  category: "consistency",
  severity: "warning",
  description: [
    "Exporting Word from the 报告 and 自评表 sheets as edited (not validate): a figure the user changed there that the data sheets contradict. In the 报告 sheet, an edited paragraph whose figures differ from what the data give, or whose own arithmetic or restated totals do not hold; in the 自评表 sheet, a figure cell (budget, actual, rate, target, actual value, 分值, 得分) that differs from what the data give. Listed on the 校验情况 page; the edit itself is rendered as the user wrote it.",
    "",
    "- Fires: 全年总支出 edited from 226.98万元 to 236.98万元 in the 报告 sheet; 城镇新增就业人员's 实际完成值 edited from 3821人 to 3900人 in the 自评表.",
    "- Does not fire: the sheets as generated; an edited sentence whose figures are those of the data; wording changed around the same figures.",
  ].join("\n"),
  messages: {
    editedText: {
      zh: "报告中改写的文字与工作簿数据不符：“{{quote}}”——{{detail}}。报告以改写的文字导出；请核对后改正文字或数据。",
      en: "An edited passage of the report disagrees with the workbook's data: “{{quote}}” — {{detail}}. The report is exported as edited; correct the text or the data.",
    },
    editedCell: {
      zh: "自评表中“{{row}}”的{{column}}为 {{edited}}，按工作簿数据应为 {{computed}}。报告以改写的数字导出；请核对后改正自评表或数据。",
      en: "In the 自评表, {{column}} of “{{row}}” reads {{edited}}; the workbook's data give {{computed}}. The report is exported as edited; correct the table or the data.",
    },
  },
};

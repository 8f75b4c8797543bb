import type { RuleMeta } from "../rules/core/meta";

/**
 * What each rule checks, in a line of Chinese for the reviewer's 规则统计 sheet (the rules'
 * own descriptions are written for docs/rules.md, in English). A rule not listed here is
 * described by its first message, its figures left out.
 */
const TITLES: Record<string, string> = {
  "cell-number-as-text": "数字填成了文字（带单位、全角数字等）",
  "cell-not-a-number": "数字栏填了非数字",
  "cell-error-value": "单元格为 Excel 错误值",
  "cell-not-in-list": "所填值不在下拉列表中",
  "cell-invalid-date": "日期栏填的不是日期",
  "cell-required": "必填项未填写",
  "template-damaged": "模板的工作表、名称、表格或列缺失",
  "template-older": "工作簿来自旧版模板",
  "staffing-total": "编制数合计与各类编制之和不符",
  "people-total": "实有人数合计与在职、离休、退休之和不符",
  "staff-by-body": "分单位人员之和与合计不符",
  "internal-body-count": "内设机构数与所列名称个数不符",
  "active-within-staffing": "在职人员超过编制数",
  "report-date-year": "报告日期不晚于评价年度",
  "personnel-items-total": "人员支出各项之和与合计不符",
  "public-items-total": "公用支出各项之和与合计不符",
  "basic-total": "基本支出与人员、公用支出之和不符",
  "project-total": "项目支出各项之和与合计不符",
  "total-expenditure": "支出总计与基本、项目支出之和不符",
  "fiscal-within-actual": "财政拨款超过实际支出",
  "amount-in-yuan": "金额疑似按元填报（应为万元）",
  "negative-amount": "金额为负数",
  "item-category-code": "支出类别与经济分类科目编码不符",
  "share-ratio": "人员、公用经费占比与金额不符",
  "shares-sum": "人员、公用经费占比之和不为 100%",
  "budget-execution": "预算执行率偏低或超支",
  "budget-adjustment": "年初预算加追加调整不等于全年预算",
  "project-execution": "项目执行率偏低或超支",
  "income-total": "本年收入合计与各项收入之和不符",
  "income-total-with-carryover": "收入总计与本年收入、上年结转之和不符",
  "income-balance": "收支不平衡",
  "three-public-total": "三公经费合计与各项之和不符",
  "three-public-within-budget": "三公经费超预算",
  "year-on-year-change": "较上年增减额或增减率与数据不符",
  "stated-rate": "填报的比率与数据计算不符",
  "indicator-values": "定量指标的目标值或实际值不是数字",
  "indicator-rate": "指标完成率与目标、实际值不符",
  "indicator-not-met": "指标未完成且未说明原因",
  "indicator-target-too-low": "指标目标值定得偏低（超额 30% 以上）",
  "indicator-assessment": "定性指标未选评价档次",
  "grade-supported": "自评等级与计算得分不符或缺少评分支持",
  "narrative-parts-of-whole": "文字中的合计与其中各项之和不符",
  "narrative-sum-after-parts": "文字中的合计与前面各项之和不符",
  "narrative-completion-rate": "文字中的完成比例与任务、完成数不符",
  "narrative-share": "文字中的占比与金额不符",
  "narrative-growth": "文字中的增减比例与金额不符",
  "narrative-restated-figure": "文字中复述的数字与表中不符",
  "proofread-doubled-word": "文字校对：词语重复",
  "proofread-date-word": "文字校对：“截至”误写为“截止”",
  "proofread-half-width": "文字校对：中文句子中用了半角标点",
  "proofread-document-number": "文字校对：文号年份未用六角括号〔〕",
  "proofread-forecast": "文字校对：报告日期已过仍写预计数",
  "proofread-report-fields": "生成报告所需的基本信息未填",
  "computed-overwritten": "计算单元格被手工改写",
  "sheet-locked": "工作表有保护密码，未能写入",
  "scoring-profile": "评分方案无法读取，按默认方案计分",
  "engine-error": "规则未能完成检查",
};

/** The rule's line of Chinese: listed above, else its first message with the figures left out. */
export function ruleTitle(meta: RuleMeta | undefined, ruleId: string): string {
  const listed = TITLES[ruleId];
  if (listed) return listed;
  const first = meta ? Object.values(meta.messages)[0]?.zh : undefined;
  if (!first) return ruleId;
  const plain = first
    .replace(/\{\{\s*\w+\s*\}\}/g, "…")
    .replace(/…+/g, "…")
    .split(/[。；]/)[0];
  return plain.replace(/^[…“”：，\s]+|[…“”：，\s]+$/g, "") || ruleId;
}

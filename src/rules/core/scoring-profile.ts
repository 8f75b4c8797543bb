import type { RuleMeta } from "./meta";

/** The 评分方案 the workbook carries (issue 15 item 10): unreadable or missing. */
export const SCORING_PROFILE: RuleMeta = {
  id: "scoring-profile",
  category: "completeness",
  severity: "error",
  description:
    "The 评分方案 sheet's profile data cannot be read, or a template 1.2 workbook lacks it; the score then uses the default profile and says so.",
  messages: {
    unreadable: {
      zh: "评分方案数据无法读取（{{reason}}），本次按默认评分方案计分。请从财政部门下发的模板恢复“评分方案”工作表，或用 jixiao validate --profile 方案.json 重新写入。",
      en: "The scoring profile data cannot be read ({{reason}}); the default profile was used. Restore the “评分方案” sheet from the bureau's template, or write it again with jixiao validate --profile profile.json.",
    },
    nameMissing: {
      zh: "工作簿缺少评分方案数据（名称 {{name}}），本次按默认评分方案计分。请从模板恢复“评分方案”工作表。",
      en: "The workbook lacks the scoring profile data (defined name {{name}}); the default profile was used. Restore the “评分方案” sheet from the template.",
    },
  },
};

/**
 * 文字材料 (Narrative): the texts a person writes for the report: the overall goal, management,
 * and paragraphs of results, problems and suggestions.
 */
import {
  blankRow,
  field,
  input,
  row,
  sectionRow,
  tablesRow,
  text,
  titleRow,
} from "../build-helpers";
import type { SheetDef, TableDef } from "../types";

const narrativeField = (n: string, path: string, label: string, en: string, hint: string) =>
  field(`jx_${n}`, `narrative.${path}`, { label, en, type: "longtext", hint });
const narrative = {
  overallGoal: narrativeField(
    "overallGoal",
    "overallGoal",
    "年度总体目标",
    "Overall annual goal",
    "用于自评表"
  ),
  goalCompletion: narrativeField(
    "goalCompletion",
    "goalCompletion",
    "总体目标实际完成情况",
    "Completion of the overall goal",
    "用于自评表"
  ),
  management: narrativeField(
    "managementText",
    "management",
    "部门整体支出管理",
    "Management of expenditure",
    "报告第三部分"
  ),
};

export const NARRATIVE_KINDS = ["工作成效", "存在问题", "改进建议"] as const;
export const narrativeTable: TableDef = {
  name: "T_Narrative",
  label: "文字段落",
  en: "Narrative paragraphs",
  path: "narrative.$paragraphs",
  blankRows: 12,
  columns: [
    {
      header: "部分",
      en: "Part",
      key: "kind",
      type: "choice",
      choices: NARRATIVE_KINDS,
      required: true,
      hint: "工作成效（报告四）、存在问题、改进建议（报告五）",
    },
    {
      header: "主题",
      en: "Topic",
      key: "topic",
      type: "text",
      hint: "工作成效的小标题，如“稳步推进就业创业工作”；同一主题的段落放在一起",
    },
    {
      header: "内容",
      en: "Text",
      key: "text",
      type: "longtext",
      required: true,
      hint: "一行一段；序号由报告生成",
    },
  ],
};

export const narrativeSheet: SheetDef = {
  name: "文字材料",
  en: "Narrative",
  purpose: "报告中需要人工撰写的文字（报告三、四、五；自评表）",
  widths: [14, 28, 100],
  orientation: "landscape",
  freezeRows: 0,
  tabColor: "595959",
  rows: [
    titleRow("文字材料", 3),
    row([text(narrative.overallGoal.label), input(narrative.overallGoal, 2)], 60),
    row([text(narrative.goalCompletion.label), input(narrative.goalCompletion, 2)], 60),
    row([text(narrative.management.label), input(narrative.management, 2)], 60),
    blankRow,
    sectionRow("工作成效、存在问题、改进建议（每行一段）", 3),
    tablesRow({ table: narrativeTable, col: 0 }),
  ],
};

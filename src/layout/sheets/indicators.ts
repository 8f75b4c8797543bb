/**
 * 绩效指标 (Indicators): the year's performance indicators, target against actual, completion
 * rate stated and computed, points.
 */
import { ASSESSMENT_BANDS, DIRECTIONS } from "../../model/evaluation";
import { BLANK, eq, iff, ratio, str, thisRow } from "../expr";
import { hintRow, tablesRow, titleRow } from "../build-helpers";
import type { SheetDef, TableDef } from "../types";

const IND = "T_Indicators";
export const indicatorsTable: TableDef = {
  name: IND,
  label: "绩效指标",
  en: "Performance indicators",
  path: "indicators",
  blankRows: 15,
  columns: [
    {
      header: "一级指标",
      en: "Level 1",
      key: "level1",
      type: "choice",
      choices: ["产出指标", "效益指标", "满意度指标"],
      required: true,
    },
    {
      header: "二级指标",
      en: "Level 2",
      key: "level2",
      type: "choice",
      choices: [
        "数量指标",
        "质量指标",
        "时效指标",
        "成本指标",
        "经济效益指标",
        "社会效益指标",
        "生态效益指标",
        "可持续影响指标",
        "服务对象满意度指标",
      ],
    },
    {
      header: "三级指标",
      en: "Indicator",
      key: "level3",
      type: "text",
      required: true,
      hint: "报告中使用的指标名称，如“城镇新增就业人员”",
    },
    {
      header: "单位",
      en: "Unit",
      key: "unit",
      type: "text",
      hint: "人、万元、% 等；% 指标填 4.5 表示 4.5%",
    },
    {
      header: "方向",
      en: "Direction",
      key: "direction",
      type: "choice",
      choices: DIRECTIONS,
      required: true,
      hint: "≥ 越大越好；≤ 越小越好；= 恰好；定性",
    },
    {
      header: "目标值",
      en: "Target",
      key: "target",
      type: "value",
      hint: "定量指标填数字；定性指标可填文字",
    },
    { header: "实际值", en: "Actual", key: "actual", type: "value" },
    {
      header: "填报完成率",
      en: "Stated completion rate",
      key: "statedRate",
      type: "rate",
      hint: "报告中写的完成率，如 102%",
    },
    {
      header: "计算完成率",
      en: "Computed completion rate",
      type: "rate",
      calc: iff(
        eq(thisRow(IND, "方向"), str("≤")),
        ratio(thisRow(IND, "目标值"), thisRow(IND, "实际值")),
        iff(
          eq(thisRow(IND, "方向"), str("定性")),
          BLANK,
          ratio(thisRow(IND, "实际值"), thisRow(IND, "目标值"))
        )
      ),
      hint: "≥、=：实际/目标；≤：目标/实际；定性不计算",
    },
    { header: "分值", en: "Points", key: "points", type: "amount", unit: "分" },
    {
      header: "定性评价",
      en: "Assessment (qualitative)",
      key: "assessment",
      type: "choice",
      choices: ASSESSMENT_BANDS,
    },
    { header: "偏差原因", en: "Reason for deviation", key: "deviationReason", type: "longtext" },
    {
      header: "报告主题",
      en: "Report topic",
      key: "topic",
      type: "text",
      hint: "该指标在报告四中所属的主题，与“文字材料”中的主题一致",
    },
  ],
};

export const indicatorsSheet: SheetDef = {
  name: "绩效指标",
  en: "Indicators",
  purpose: "年度绩效指标：目标、实际、完成率、分值（报告四、自评表）",
  widths: [11, 14, 30, 8, 7, 11, 11, 11, 11, 8, 17, 30, 24],
  orientation: "landscape",
  freezeRows: 3,
  tabColor: "BF8F00",
  rows: [
    titleRow("绩效指标", 13),
    hintRow(
      "每个指标一行。目标值、实际值填数字（单位见“单位”列）；“计算完成率”自动计算，与“填报完成率”比对。",
      13
    ),
    tablesRow({ table: indicatorsTable, col: 0 }),
  ],
};

/**
 * 填表说明 (Instructions): how to fill the workbook, the legend of cell styles, the template
 * version, and a line for each sheet after it.
 */
import { blankRow, field, input, row, sectionRow, text, titleRow } from "../build-helpers";
import type { SheetDef } from "../types";
import { VERSION_NAME } from "../versions";

const versionField = field(VERSION_NAME, "templateVersion", {
  label: "模板版本",
  en: "Template version",
  type: "text",
  hint: "由绩效自评助手写入，请勿修改",
  system: true,
});

const GUIDE_LINES = [
  "1. 本工作簿是部门整体支出绩效自评的标准模板。黄色单元格由单位填写；蓝灰色单元格为自动计算，请勿改写。",
  "2. 金额单位一律为万元，保留两位小数；人数、个数填整数；比例填百分数（如 71%）。空白表示未填，不等于零。",
  "3. 填报值照抄部门决算表或报告中的数字，与计算值不一致时“差额”列显示差额，校验时会提示。",
  "4. 列表（内设机构、主要职责、支出明细、项目、绩效指标、文字段落）是 Excel 表格，可在中间插入行，或在表格下方紧接着续填。",
  "5. 请勿删除工作表、重命名工作表中的名称或表格；工作表可以调整顺序。“评分方案”工作表是财政部门的评分规定，校验按它计分，请勿修改。",
  "6. 填完后在加载项中点击“校验”，按提示修改，直至没有错误；再点击“生成报告”。",
];

/** The instructions sheet, listing `sheets` (the sheets that follow it) with their purpose. */
export function instructionsSheet(sheets: readonly SheetDef[]): SheetDef {
  return {
    name: "填表说明",
    en: "Instructions",
    purpose: "填表说明、单元格样式图例、模板版本",
    widths: [24, 96],
    orientation: "portrait",
    tabColor: "404040",
    rows: [
      titleRow("部门整体支出绩效自评 — 填表说明", 2),
      row([text(versionField.label), input(versionField)]),
      blankRow,
      ...GUIDE_LINES.map((l) => row([text(l, "hint", 2)], 34)),
      blankRow,
      sectionRow("单元格样式", 2),
      row([text("填写", "input"), text("由单位填写的单元格（浅黄）", "hint")]),
      row([
        text("自动计算", "calc"),
        text("由公式计算的单元格（蓝灰），校验时自动恢复公式", "hint"),
      ]),
      blankRow,
      sectionRow("工作表", 2),
      ...sheets.map((s) => row([text(s.name), text(s.purpose, "hint")])),
    ],
  };
}

/**
 * 项目 (Projects): project expenditure, one row per project, with its execution rate computed.
 */
import { YES_NO } from "../../model/evaluation";
import { iff, isNumber, ratio, thisRow } from "../expr";
import { amountColumns } from "../amount-columns";
import { field, hintRow, input, row, tablesRow, text, titleRow } from "../build-helpers";
import type { SheetDef, TableDef } from "../types";
import { SINCE_1_3 } from "../versions";

/**
 * 部分列示 (template 1.3, issue 25 item 8): the unit lists only its main projects (主要项目,
 * 其中, a list ending in 等), so the rows are not summed against 项目支出 as if complete.
 */
export const projectsPartialField = field("jx_projectsPartial", "expenditure.projectsPartial", {
  label: "项目表为部分列示",
  en: "Projects listed in part",
  type: "flag",
  choices: YES_NO,
  hint: "只列主要项目（报告写“主要项目”“其中”或列举后加“等”）时选“是”：各项目之和只核对不超过项目支出合计；列全时选“否”或留空",
  since: SINCE_1_3,
});

export const projectsTable: TableDef = {
  name: "T_Projects",
  label: "项目支出",
  en: "Projects",
  path: "projects",
  blankRows: 6,
  columns: [
    { header: "项目名称", en: "Project", key: "name", type: "text", required: true },
    { header: "重点项目", en: "Key project", key: "key", type: "flag", choices: YES_NO },
    ...amountColumns(),
    {
      header: "执行率",
      en: "Execution rate",
      type: "rate",
      // 全年预算, else 年初预算: the same budget the project-execution rule uses.
      calc: ratio(
        thisRow("T_Projects", "实际支出"),
        iff(
          isNumber(thisRow("T_Projects", "全年预算")),
          thisRow("T_Projects", "全年预算"),
          thisRow("T_Projects", "年初预算")
        )
      ),
    },
    { header: "资金用途", en: "Use of funds", key: "purpose", type: "longtext" },
    { header: "实施成效", en: "Results", key: "result", type: "longtext" },
  ],
};

export const projectsSheet: SheetDef = {
  name: "项目",
  en: "Projects",
  purpose: "项目支出（报告二（二））",
  widths: [30, 10, 12, 12, 12, 12, 10, 36, 36],
  orientation: "landscape",
  freezeRows: 3,
  tabColor: "833C0B",
  rows: [
    titleRow("项目支出（万元）", 9),
    hintRow(
      "每个项目一行；重点项目用于计算重点支出安排率。执行率=实际支出/全年预算，自动计算。",
      9
    ),
    row([text(projectsPartialField.label), input(projectsPartialField)]),
    tablesRow({ table: projectsTable, col: 0 }),
  ],
};

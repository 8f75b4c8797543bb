/**
 * 项目 (Projects): project expenditure, one row per project, with its execution rate computed.
 */
import { GRADES, YES_NO } from "../../model/evaluation";
import { countCol, iff, isNumber, ratio, thisRow } from "../expr";
import { amountColumns } from "../amount-columns";
import {
  calc,
  computed,
  field,
  hintRow,
  input,
  row,
  tablesRow,
  text,
  titleRow,
} from "../build-helpers";
import type { SheetDef, TableDef } from "../types";
import { SINCE_1_3, SINCE_1_5 } from "../versions";

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

/** 项目个数 as the report states it (template 1.5): “共实施项目5个”. */
export const projectCountField = field("jx_projectCount", "expenditure.projectCount", {
  label: "项目个数（报告中写的）",
  en: "Number of projects, as stated",
  type: "count",
  unit: "个",
  hint: "报告写了“共实施项目X个”才填：列全时应等于下表所列项目数，部分列示时不少于所列项目数。旧版升级来的项目表没有最后三列（执行率（填报）、自评得分、自评等级）的，在表格右侧紧邻的标题单元格输入列名即可加入表格",
  since: SINCE_1_5,
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
    // Template 1.5, at the end so the columns of older tables keep their places.
    {
      header: "执行率（填报）",
      en: "Execution rate, as stated",
      key: "statedRate",
      type: "rate",
      numFmt: "0.0%",
      hint: "报告写的项目执行率（“项目执行率96.5%”）；应为实际支出÷全年预算（四舍五入或截尾均可）",
      since: SINCE_1_5,
    },
    {
      header: "自评得分",
      en: "Self-assessed score",
      key: "score",
      type: "amount",
      unit: "分",
      hint: "报告写的项目自评得分（“项目自评得分95分”），0–100 分",
      since: SINCE_1_5,
    },
    {
      header: "自评等级",
      en: "Self-assessed grade",
      key: "grade",
      type: "choice",
      choices: ["优秀", "良好", "中等", "较差"],
      accepts: GRADES,
      hint: "报告写的项目评价等级；应与自评得分相符（优秀≥90，良好80–90，中等60–80，较差<60）",
      since: SINCE_1_5,
    },
  ],
};

/** The projects the table lists, by name (template 1.5), beside the stated 项目个数. */
const listedCalc = calc(
  "jx_calc_projectsListed",
  "所列项目数（计算）",
  "Projects listed, computed",
  "count",
  countCol("T_Projects", "项目名称")
);

export const projectsSheet: SheetDef = {
  name: "项目",
  en: "Projects",
  purpose: "项目支出（报告二（二））",
  widths: [30, 10, 12, 12, 12, 12, 10, 36, 36, 14, 10, 10],
  orientation: "landscape",
  freezeRows: 3,
  tabColor: "833C0B",
  rows: [
    titleRow("项目支出（万元）", 12),
    hintRow(
      "每个项目一行；重点项目用于计算重点支出安排率。执行率=实际支出/全年预算，自动计算；报告写了项目执行率、自评得分的，填在最后三列。",
      12
    ),
    row([text(projectsPartialField.label), input(projectsPartialField)]),
    row([
      text(projectCountField.label),
      input(projectCountField),
      computed(listedCalc),
      // One line beside the cells; the whole hint (upgrading an older table too) is in 填表说明.
      text(
        "左边的计算格为下表所列项目数；报告写了“共实施项目X个”才填，部分列示时不少于所列数",
        "hint",
        9
      ),
    ]),
    tablesRow({ table: projectsTable, col: 0 }),
  ],
};

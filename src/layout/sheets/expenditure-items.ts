/**
 * 支出明细 (Expenditure items): basic expenditure by 支出经济分类 item, one row each, preset with the
 * standard items so figures can be pasted from the final accounts.
 */
import { EXPENDITURE_CATEGORIES } from "../../model/evaluation";
import { amountColumns } from "../amount-columns";
import { hintRow, tablesRow, titleRow } from "../build-helpers";
import type { SheetDef, TableDef } from "../types";

/** The standard 支出经济分类 items most units have, so figures can be pasted row by row. */
const STANDARD_ITEMS: [string, string, string][] = [
  ["人员支出", "30101", "基本工资"],
  ["人员支出", "30102", "津贴补贴"],
  ["人员支出", "30103", "奖金"],
  ["人员支出", "30106", "伙食补助费"],
  ["人员支出", "30107", "绩效工资"],
  ["人员支出", "30108", "机关事业单位基本养老保险缴费"],
  ["人员支出", "30109", "职业年金缴费"],
  ["人员支出", "30110", "职工基本医疗保险缴费"],
  ["人员支出", "30112", "其他社会保障缴费"],
  ["人员支出", "30113", "住房公积金"],
  ["人员支出", "30199", "其他工资福利支出"],
  ["人员支出", "30302", "退休费"],
  ["人员支出", "30399", "其他对个人和家庭的补助"],
  ["公用支出", "30201", "办公费"],
  ["公用支出", "30202", "印刷费"],
  ["公用支出", "30207", "邮电费"],
  ["公用支出", "30211", "差旅费"],
  ["公用支出", "30213", "维修(护)费"],
  ["公用支出", "30217", "公务接待费"],
  ["公用支出", "30226", "劳务费"],
  ["公用支出", "30227", "委托业务费"],
  ["公用支出", "30228", "工会经费"],
  ["公用支出", "30231", "公务用车运行维护费"],
  ["公用支出", "30239", "其他交通费用"],
  ["公用支出", "30299", "其他商品和服务支出"],
  ["公用支出", "31002", "办公设备购置"],
];

export const expenditureTable: TableDef = {
  name: "T_Expenditure",
  label: "基本支出明细",
  en: "Basic expenditure items",
  path: "expenditure.items",
  blankRows: 4,
  rowWhen: ["budgetInitial", "budgetAdjusted", "actual", "fiscal", "note"],
  presetRows: STANDARD_ITEMS.map(([category, code, itemName]) => ({
    category,
    code,
    name: itemName,
  })),
  columns: [
    {
      header: "类别",
      en: "Category",
      key: "category",
      type: "choice",
      choices: EXPENDITURE_CATEGORIES,
      required: true,
      hint: "人员支出：301、303类；公用支出：302、310类",
    },
    { header: "经济分类科目编码", en: "Economic classification code", key: "code", type: "text" },
    { header: "科目名称", en: "Item", key: "name", type: "text", required: true },
    { header: "功能分类科目", en: "Functional classification", key: "functionCode", type: "text" },
    ...amountColumns(),
    { header: "备注", en: "Note", key: "note", type: "text" },
  ],
};

export const expenditureItemsSheet: SheetDef = {
  name: "支出明细",
  en: "Expenditure items",
  purpose: "按支出经济分类逐行填列基本支出（可从部门决算表粘贴）",
  widths: [11, 12, 30, 16, 12, 12, 12, 12, 24],
  orientation: "landscape",
  freezeRows: 3,
  tabColor: "833C0B",
  rows: [
    titleRow("基本支出明细（万元）", 9),
    hintRow(
      "已列出常用经济分类科目，无数的行留空即可；可插入行或在表格下方续填。空白不等于零。",
      9
    ),
    tablesRow({ table: expenditureTable, col: 0 }),
  ],
};

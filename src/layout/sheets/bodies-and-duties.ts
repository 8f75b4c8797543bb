/**
 * 机构职责 (Bodies and duties): the lists of 内设机构 names and 主要职责, side by side.
 */
import { tablesRow, titleRow } from "../build-helpers";
import type { SheetDef, TableDef } from "../types";

export const bodiesTable: TableDef = {
  name: "T_Bodies",
  label: "内设机构",
  en: "Internal bodies",
  path: "profile.internalBodies",
  blankRows: 8,
  columns: [
    {
      header: "内设机构名称",
      en: "Internal body",
      key: "$value",
      type: "text",
      hint: "每行一个机构；名称可含顿号、括号",
    },
  ],
};

export const dutiesTable: TableDef = {
  name: "T_Duties",
  label: "主要职责",
  en: "Main duties",
  path: "profile.duties",
  blankRows: 14,
  columns: [
    {
      header: "主要职责",
      en: "Duty",
      key: "$value",
      type: "longtext",
      hint: "每行一条，按报告中的顺序；序号由报告生成",
    },
  ],
};

export const bodiesAndDutiesSheet: SheetDef = {
  name: "机构职责",
  en: "Bodies and duties",
  purpose: "内设机构名称与单位主要职责（报告一（一）（二））",
  widths: [40, 3, 100],
  orientation: "landscape",
  freezeRows: 2,
  tabColor: "1F4E79",
  rows: [
    titleRow("内设机构与主要职责", 3),
    tablesRow({ table: bodiesTable, col: 0 }, { table: dutiesTable, col: 2 }),
  ],
};

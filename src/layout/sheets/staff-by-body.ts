/**
 * 分单位人员 (Staff by body, template 1.2): 编制数 and 在职人数 of 机关 and each 下属单位, their sums
 * beside the totals 基本信息 states.
 */
import { BLANK, and, effective, iff, isNumber, name, sub, sumCol } from "../expr";
import {
  blankRow,
  calc,
  computed,
  hintRow,
  row,
  tablesRow,
  text,
  titleRow,
} from "../build-helpers";
import type { RowSpec, SheetDef, TableDef } from "../types";
import { SINCE_1_2 } from "../versions";
import { profile, profileCalcs } from "./unit-profile";

export const staffByBodyTable: TableDef = {
  name: "T_StaffByBody",
  label: "分单位人员",
  en: "Staff by body",
  path: "profile.staffByBody",
  since: SINCE_1_2,
  blankRows: 8,
  // The preset 机关 row counts only once a figure is typed in it.
  rowWhen: ["staffing", "active"],
  presetRows: [{ name: "机关" }],
  columns: [
    {
      header: "单位",
      en: "Body",
      key: "name",
      type: "text",
      required: true,
      hint: "“机关”为本级；下属单位填其名称，如“就业服务中心”",
    },
    { header: "编制数", en: "Authorised posts", key: "staffing", type: "count", unit: "人" },
    { header: "在职人数", en: "Serving staff", key: "active", type: "count", unit: "人" },
  ],
};

const staffSum = (column: string, n: string, label: string, en: string) =>
  calc(
    `jx_calc_staffByBody_${n}`,
    `${label}（按单位合计）`,
    `${en}, sum by body`,
    "count",
    sumCol(staffByBodyTable.name, column)
  );
const staffByBodyCalcs = {
  staffing: {
    sum: staffSum("编制数", "staffing", "编制数", "Authorised posts"),
    stated: calc(
      "jx_calc_staffByBody_staffingStated",
      "编制数合计（基本信息）",
      "Authorised posts, profile",
      "count",
      effective(profile.staffing.total.name, name(profileCalcs.staffTotal.name))
    ),
  },
  active: {
    sum: staffSum("在职人数", "active", "在职人数", "Serving staff"),
    stated: calc(
      "jx_calc_staffByBody_activeStated",
      "在职人员（基本信息）",
      "Serving staff, profile",
      "count",
      iff(isNumber(name(profile.people.active.name)), name(profile.people.active.name), BLANK)
    ),
  },
};

function staffByBodyRow(k: keyof typeof staffByBodyCalcs, label: string): RowSpec {
  const { sum, stated } = staffByBodyCalcs[k];
  const [a, b] = [name(sum.name), name(stated.name)];
  return row([
    text(label),
    computed(sum),
    computed(stated),
    computed(
      calc(
        `jx_diff_staffByBody_${k}`,
        `${label}差额（按单位合计 − 基本信息）`,
        `${sum.en}, difference`,
        "count",
        iff(and(isNumber(a), isNumber(b)), sub(a, b), BLANK)
      )
    ),
  ]);
}

export const staffByBodySheet: SheetDef = {
  name: "分单位人员",
  en: "Staff by body",
  since: SINCE_1_2,
  purpose: "机关与各下属单位的编制数、在职人数（可选，报告一（一））",
  widths: [30, 16, 16, 16],
  orientation: "portrait",
  freezeRows: 3,
  tabColor: "1F4E79",
  rows: [
    titleRow("分单位人员（人）", 4),
    hintRow(
      "可选。报告按单位写了人数的（如“机关42人，下属中心130人”），在下表按单位分行填写；合计应等于“基本信息”的编制数合计、在职人员。没有的填 0；空白表示未填，不按 0 计。",
      4,
      48
    ),
    row([
      text("项目", "header"),
      text("按单位合计", "header"),
      text("基本信息填报", "header"),
      text("差额", "header"),
    ]),
    staffByBodyRow("staffing", "编制数"),
    staffByBodyRow("active", "在职人数"),
    blankRow,
    tablesRow({ table: staffByBodyTable, col: 0 }),
  ],
};

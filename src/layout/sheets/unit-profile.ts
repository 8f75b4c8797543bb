/**
 * 基本信息 (Unit profile): the unit's name, year and addressee, its bodies and staff, each stated
 * figure with the computed value and difference beside it.
 */
import { GRADES } from "../../model/evaluation";
import { add, BLANK, countCol, iff, isNumber, name, num, sub } from "../expr";
import { SINCE_1_4 } from "../versions";
import {
  calc,
  computed,
  field,
  plainRow,
  row,
  sectionRow,
  skip,
  statedRow,
  text,
  titleRow,
} from "../build-helpers";
import type { Calc, Field, RowSpec, SheetDef } from "../types";
import { bodiesTable } from "./bodies-and-duties";

const YEAR_HINT = "填报年度，如 2021";

const profileField = (n: string, path: string, base: Omit<Field, "kind" | "name" | "path">) =>
  field(`jx_${n}`, `profile.${path}`, base);

/** The unit's inputs, shaped as the model's `profile`. */
export const profile = {
  name: profileField("unitName", "name", {
    label: "单位名称",
    en: "Unit name",
    type: "text",
    required: true,
  }),
  shortName: profileField("unitShortName", "shortName", {
    label: "单位简称",
    en: "Short name",
    type: "text",
    required: true,
    forReport: true,
    hint: "用于报告标题，如“双清区人社局”",
  }),
  reportTitle: profileField("reportTitle", "reportTitle", {
    label: "报告标题",
    en: "Report title",
    type: "text",
    hint: "空白时为“{单位名称}{年度}年度部门整体支出绩效自评报告”",
    since: "1.1",
  }),
  code: profileField("unitCode", "code", { label: "单位编码", en: "Unit code", type: "text" }),
  supervisor: profileField("supervisor", "supervisor", {
    label: "主管部门",
    en: "Supervising department",
    type: "text",
  }),
  year: profileField("year", "year", {
    label: "评价年度",
    en: "Evaluation year",
    type: "year",
    required: true,
    hint: YEAR_HINT,
  }),
  addressee: profileField("addressee", "addressee", {
    label: "报送对象",
    en: "Addressee",
    type: "text",
    required: true,
    forReport: true,
    hint: "如“区财政局”",
  }),
  unitType: profileField("unitType", "unitType", {
    label: "单位性质",
    en: "Unit type",
    type: "choice",
    choices: ["行政单位", "参照公务员法管理事业单位", "事业单位", "其他"],
  }),
  fundingType: profileField("fundingType", "fundingType", {
    label: "经费形式",
    en: "Funding type",
    type: "choice",
    choices: ["全额拨款", "差额拨款", "自收自支"],
  }),
  preparer: profileField("preparer", "preparer", {
    label: "填报人",
    en: "Prepared by",
    type: "text",
  }),
  phone: profileField("phone", "phone", { label: "联系电话", en: "Phone", type: "text" }),
  reportDate: profileField("reportDate", "reportDate", {
    label: "报告日期",
    en: "Report date",
    type: "date",
    required: true,
    forReport: true,
  }),
  statedScore: profileField("statedScore", "statedScore", {
    label: "自评得分",
    en: "Stated score",
    type: "amount",
    unit: "分",
  }),
  statedGrade: profileField("statedGrade", "statedGrade", {
    label: "自评等级",
    en: "Stated grade",
    type: "choice",
    choices: ["优秀", "良好", "中等", "较差"],
    accepts: GRADES,
    hint: "优秀≥90，良好80–90，中等60–80，较差<60",
  }),
  bodyCount: profileField("internalBodyCount", "internalBodyCount", {
    label: "内设机构数",
    en: "Internal bodies",
    type: "count",
    unit: "个",
    hint: "名称填在“机构职责”表",
  }),
  subUnitCount: profileField("subUnitCount", "subUnitCount", {
    label: "下属二级单位数",
    en: "Subordinate units",
    type: "count",
    unit: "个",
    hint: "下属事业单位等二级单位，不计入内设机构数",
    since: "1.1",
  }),
  staffing: {
    administrative: profileField("staffAdministrative", "staffing.administrative", {
      label: "行政编制",
      hint: "没有的填 0；空白表示未填，不按 0 计",
      en: "Administrative posts",
      type: "count",
      unit: "人",
    }),
    politicalLegal: profileField("staffPoliticalLegal", "staffing.politicalLegal", {
      label: "政法编制",
      hint: "没有的填 0；空白表示未填，不按 0 计",
      en: "Political-legal posts",
      type: "count",
      unit: "人",
    }),
    institutional: profileField("staffInstitutional", "staffing.institutional", {
      label: "事业编制",
      hint: "没有的填 0；空白表示未填，不按 0 计",
      en: "Public-institution posts",
      type: "count",
      unit: "人",
    }),
    worker: profileField("staffWorker", "staffing.worker", {
      label: "工勤编制",
      hint: "没有的填 0；空白表示未填，不按 0 计",
      en: "Worker posts",
      type: "count",
      unit: "人",
    }),
    total: profileField("staffTotal", "staffing.total", {
      label: "编制数合计",
      en: "Authorised posts, total",
      type: "count",
      unit: "人",
    }),
  },
  people: {
    active: profileField("peopleActive", "people.active", {
      label: "在职人员",
      hint: "没有的填 0；空白表示未填，不按 0 计",
      en: "Serving staff",
      type: "count",
      unit: "人",
    }),
    retiredCadre: profileField("peopleRetiredCadre", "people.retiredCadre", {
      label: "离休人员",
      hint: "没有的填 0；空白表示未填，不按 0 计",
      en: "Retired cadres (离休)",
      type: "count",
      unit: "人",
    }),
    retired: profileField("peopleRetired", "people.retired", {
      label: "退休人员",
      hint: "没有的填 0；空白表示未填，不按 0 计",
      en: "Retired staff (退休)",
      type: "count",
      unit: "人",
    }),
    total: profileField("peopleTotal", "people.total", {
      label: "实有人数合计",
      en: "Actual headcount, total",
      type: "count",
      unit: "人",
    }),
    activeAdministrative: newCount(
      "peopleActiveAdministrative",
      "activeAdministrative",
      "在职人员中：行政",
      "Serving staff, administrative"
    ),
    activePoliticalLegal: newCount(
      "peopleActivePoliticalLegal",
      "activePoliticalLegal",
      "在职人员中：政法",
      "Serving staff, political-legal"
    ),
    activeInstitutional: newCount(
      "peopleActiveInstitutional",
      "activeInstitutional",
      "在职人员中：事业",
      "Serving staff, public-institution"
    ),
    activeWorker: newCount(
      "peopleActiveWorker",
      "activeWorker",
      "在职人员中：工勤",
      "Serving staff, workers"
    ),
    activeLastYear: newCount(
      "peopleActiveLastYear",
      "activeLastYear",
      "上年末实有在职人员",
      "Serving staff at the end of last year",
      "年初实有在职人数"
    ),
    transferredIn: newCount(
      "peopleTransferredIn",
      "transferredIn",
      "本年调入（增加）",
      "Joined in the year",
      "本年调入、招录等增加的在职人数"
    ),
    transferredOut: newCount(
      "peopleTransferredOut",
      "transferredOut",
      "本年调出（减少）",
      "Left in the year",
      "本年调出、辞职等减少的在职人数，不含退休"
    ),
    retiredInYear: newCount(
      "peopleRetiredInYear",
      "retiredInYear",
      "本年退休（减少）",
      "Retired in the year",
      "本年由在职转为离退休的人数"
    ),
  },
};

/** A head count template 1.4 added to 实有人数 (在职 by kind, the year's movements). */
function newCount(n: string, path: string, label: string, en: string, hint?: string) {
  return profileField(n, `people.${path}`, {
    label,
    en,
    type: "count",
    unit: "人",
    hint: hint ?? "没有的填 0；空白表示未填，不按 0 计",
    since: SINCE_1_4,
  });
}

/** Counts and totals computed from the inputs, beside the stated ones. */
export const profileCalcs = {
  bodyCount: calc(
    "jx_calc_internalBodyCount",
    "内设机构数（按名称计）",
    "Internal bodies counted",
    "count",
    countCol(bodiesTable.name, "内设机构名称")
  ),
  staffTotal: calc(
    "jx_calc_staffTotal",
    "编制数合计（计算）",
    "Posts, computed",
    "count",
    add(
      name(profile.staffing.administrative.name),
      name(profile.staffing.politicalLegal.name),
      name(profile.staffing.institutional.name),
      name(profile.staffing.worker.name)
    )
  ),
  activeByKind: calc(
    "jx_calc_peopleActiveByKind",
    "在职人员按类别相加（计算）",
    "Serving staff by kind, added",
    "count",
    add(
      name("jx_peopleActiveAdministrative"),
      name("jx_peopleActivePoliticalLegal"),
      name("jx_peopleActiveInstitutional"),
      name("jx_peopleActiveWorker")
    )
  ),
  activeFromMovements: calc(
    "jx_calc_peopleActiveFromMovements",
    "年末在职（计算：上年末+调入−调出−退休）",
    "Serving staff from last year and the movements",
    "count",
    iff(
      isNumber(name("jx_peopleActiveLastYear")),
      sub(
        add(name("jx_peopleActiveLastYear"), name("jx_peopleTransferredIn")),
        // 0 first: both blank is no reduction, not a blank that breaks the subtraction
        add(num(0), name("jx_peopleTransferredOut"), name("jx_peopleRetiredInYear"))
      ),
      BLANK
    )
  ),
  peopleTotal: calc(
    "jx_calc_peopleTotal",
    "实有人数合计（计算）",
    "Headcount, computed",
    "count",
    add(
      name(profile.people.active.name),
      name(profile.people.retiredCadre.name),
      name(profile.people.retired.name)
    )
  ),
};

/** A computed count under 计算值, beside nothing stated (template 1.4). */
function calcRow(c: Calc): RowSpec {
  return { ...row([text(c.label), skip, computed(c), skip, text("人", "hint")]), since: SINCE_1_4 };
}

export const unitProfileSheet: SheetDef = {
  name: "基本信息",
  en: "Unit profile",
  purpose: "单位基本情况、机构与人员（报告一（一））",
  widths: [22, 30, 16, 12, 44],
  orientation: "portrait",
  freezeRows: 2,
  tabColor: "1F4E79",
  rows: [
    titleRow("基本信息", 5),
    row([
      text("项目", "header"),
      text("填报值", "header"),
      text("计算值", "header"),
      text("差额", "header"),
      text("说明", "header"),
    ]),
    row(plainRow(profile.name)),
    row(plainRow(profile.shortName)),
    row(plainRow(profile.reportTitle)),
    row(plainRow(profile.code)),
    row(plainRow(profile.supervisor)),
    row(plainRow(profile.year)),
    row(plainRow(profile.addressee)),
    row(plainRow(profile.unitType)),
    row(plainRow(profile.fundingType)),
    row(plainRow(profile.preparer)),
    row(plainRow(profile.phone)),
    row(plainRow(profile.reportDate)),
    row(plainRow(profile.statedScore)),
    row(plainRow(profile.statedGrade)),
    sectionRow("机构与人员", 5),
    row(statedRow(profile.bodyCount, profileCalcs.bodyCount, "jx_diff_internalBodyCount")),
    row(plainRow(profile.subUnitCount)),
    row(plainRow(profile.staffing.administrative)),
    row(plainRow(profile.staffing.politicalLegal)),
    row(plainRow(profile.staffing.institutional)),
    row(plainRow(profile.staffing.worker)),
    row(statedRow(profile.staffing.total, profileCalcs.staffTotal, "jx_diff_staffTotal")),
    row(plainRow(profile.people.active)),
    row(plainRow(profile.people.retiredCadre)),
    row(plainRow(profile.people.retired)),
    row(statedRow(profile.people.total, profileCalcs.peopleTotal, "jx_diff_peopleTotal")),
    row(plainRow(profile.people.activeAdministrative)),
    row(plainRow(profile.people.activePoliticalLegal)),
    row(plainRow(profile.people.activeInstitutional)),
    row(plainRow(profile.people.activeWorker)),
    calcRow(profileCalcs.activeByKind),
    row(plainRow(profile.people.activeLastYear)),
    row(plainRow(profile.people.transferredIn)),
    row(plainRow(profile.people.transferredOut)),
    row(plainRow(profile.people.retiredInYear)),
    calcRow(profileCalcs.activeFromMovements),
  ],
};

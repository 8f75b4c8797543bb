/**
 * 收入 (Income, optional): income by source, its total stated and computed, the change on the
 * previous year and the balance of income and expenditure.
 */
import { BLANK, add, and, change, effective, iff, isNumber, name, sub } from "../expr";
import {
  calc,
  computed,
  field,
  plainRow,
  row,
  skip,
  statedRow,
  text,
  titleRow,
} from "../build-helpers";
import type { SheetDef } from "../types";
import { SINCE_1_5 } from "../versions";
import { effectiveTotal, execution } from "./expenditure-summary";

const incomeField = (n: string, path: string, label: string, en: string) =>
  field(`jx_${n}`, `income.${path}`, { label, en, type: "amount", unit: "万元" });
/** The income inputs, shaped as the model's `income`. */
export const income = {
  fiscalGeneral: incomeField(
    "incomeFiscalGeneral",
    "fiscalGeneral",
    "一般公共预算财政拨款收入",
    "General budget appropriation"
  ),
  fiscalFund: incomeField(
    "incomeFiscalFund",
    "fiscalFund",
    "政府性基金预算财政拨款收入",
    "Government fund appropriation"
  ),
  fiscalStateCapital: incomeField(
    "incomeFiscalStateCapital",
    "fiscalStateCapital",
    "国有资本经营预算财政拨款收入",
    "State capital appropriation"
  ),
  fiscalSpecial: {
    ...incomeField(
      "incomeFiscalSpecial",
      "fiscalSpecial",
      "财政专户管理资金收入",
      "Income from funds in special fiscal accounts"
    ),
    since: SINCE_1_5,
  },
  service: {
    ...incomeField("incomeService", "service", "事业收入", "Income from public-service activities"),
    since: SINCE_1_5,
  },
  business: {
    ...incomeField("incomeBusiness", "business", "经营收入", "Income from business activities"),
    since: SINCE_1_5,
  },
  other: {
    ...incomeField("incomeOther", "other", "其他收入", "Other income"),
    hint: "上级补助收入、附属单位上缴收入等也填在这里",
  },
  total: {
    ...incomeField("incomeTotal", "total", "本年收入合计", "Total income"),
    hint: "不含上年结转；决算表中含上年结转的“收入总计”填在下一行",
  },
  totalWithCarryover: {
    ...incomeField(
      "incomeTotalWithCarryover",
      "totalWithCarryover",
      "收入总计（含上年结转）",
      "Total income incl. carry-over"
    ),
    hint: "= 本年收入合计 + 上年结转；报告或决算表写了才填",
    since: "1.1",
  },
  previousTotal: incomeField(
    "incomePreviousTotal",
    "previousTotal",
    "上年收入合计",
    "Previous year's total income"
  ),
};
/** The sources of 本年收入合计 up to template 1.4, and the fund types 1.5 added. */
const SOURCES_1_0 = [
  income.fiscalGeneral,
  income.fiscalFund,
  income.fiscalStateCapital,
  income.other,
];
const SOURCES_1_5 = [income.fiscalSpecial, income.service, income.business];
const incomeCalcs = {
  total: {
    ...calc(
      "jx_calc_incomeTotal",
      "本年收入合计（计算）",
      "Total income, computed",
      "amount",
      add(...[...SOURCES_1_0, ...SOURCES_1_5].map((f) => name(f.name)))
    ),
    // An older workbook lacks the 1.5 sources: its formula keeps to the four it has.
    older: { before: SINCE_1_5, expr: add(...SOURCES_1_0.map((f) => name(f.name))) },
  },
};
/** 本年收入合计 as other formulas use it: stated, else computed. */
export const incomeEff = effective(income.total.name, name(incomeCalcs.total.name));
const incomeDerived = {
  change: calc(
    "jx_calc_incomeChange",
    "收入同比变动率",
    "Income change on the previous year",
    "rate",
    change(incomeEff, name(income.previousTotal.name))
  ),
  balance: calc(
    "jx_calc_balanceGap",
    "收支平衡差额（上年结转+收入−支出−年末结转结余）",
    "Balance gap",
    "amount",
    iff(
      // Blank carry-overs count as none, as the income-balance rule reads them.
      and(isNumber(incomeEff), isNumber(effectiveTotal("total", "actual"))),
      sub(
        add(name(execution.carryoverPrior.name), incomeEff),
        add(effectiveTotal("total", "actual"), name(execution.carryoverEnd.name))
      ),
      BLANK
    )
  ),
};

export const incomeSheet: SheetDef = {
  name: "收入",
  en: "Income",
  purpose: "收入情况（可选），用于收支平衡与同比分析",
  widths: [34, 14, 14, 12, 44],
  orientation: "portrait",
  freezeRows: 2,
  tabColor: "375623",
  rows: [
    titleRow("收入（万元，可选）", 5),
    row([
      text("项目", "header"),
      text("填报", "header"),
      text("计算", "header"),
      text("差额", "header"),
      text("说明", "header"),
    ]),
    row(plainRow(income.fiscalGeneral)),
    row(plainRow(income.fiscalFund)),
    row(plainRow(income.fiscalStateCapital)),
    row(plainRow(income.fiscalSpecial)),
    row(plainRow(income.service)),
    row(plainRow(income.business)),
    row(plainRow(income.other)),
    row(statedRow(income.total, incomeCalcs.total, "jx_diff_incomeTotal")),
    row(plainRow(income.totalWithCarryover)),
    row(plainRow(income.previousTotal)),
    row([
      text(incomeDerived.change.label),
      skip,
      computed(incomeDerived.change),
      skip,
      text("(本年−上年)/上年", "hint"),
    ]),
    row(
      [
        text("收支平衡差额"),
        skip,
        computed(incomeDerived.balance),
        skip,
        text(
          "上年结转+本年收入−支出总计（实际）−年末结转结余，应为0；上年结转与年末结转结余填在“支出汇总”",
          "hint"
        ),
      ],
      32
    ),
  ],
};

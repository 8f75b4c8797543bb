/**
 * 三公经费 (Three public expenses): 因公出国(境), 公务用车 purchase and running, 公务接待, this year
 * and the previous, with totals, change and control rates.
 */
import { add, change, difference, effective, name, ratio } from "../expr";
import { calc, computed, field, hintRow, input, row, skip, text, titleRow } from "../build-helpers";
import type { CellSpec, Field, RowSpec, SheetDef } from "../types";

/** The rows of the sheet: the four expenses and their stated total. */
export type TpItem = "abroad" | "vehiclePurchase" | "vehicleRunning" | "reception" | "total";
type TpYear = "current" | "previous";
type TpMeasure = "budget" | "actual" | "groups" | "persons" | "batches";
const TP_LABEL: Record<TpItem, [string, string]> = {
  abroad: ["因公出国(境)费", "Official travel abroad"],
  vehiclePurchase: ["公务用车购置费", "Official vehicle purchase"],
  vehicleRunning: ["公务用车运行维护费", "Official vehicle running"],
  reception: ["公务接待费", "Official reception"],
  total: ["三公经费合计（填报）", "Three public expenses, total"],
};
const TP_MEASURE: Record<TpMeasure, [string, string, "amount" | "count", string]> = {
  budget: ["预算", "budget", "amount", "万元"],
  actual: ["实际", "actual", "amount", "万元"],
  groups: ["团组数", "groups", "count", "个"],
  persons: ["人数", "persons", "count", "人"],
  batches: ["接待批次", "batches", "count", "批"],
};
const YEAR_LABEL: Record<TpYear, [string, string]> = {
  current: ["本年", "this year"],
  previous: ["上年", "previous year"],
};
/** The input of one expense, year and measure, e.g. jx_tp_current_abroad_budget. */
export function tp(item: TpItem, year: TpYear, m: TpMeasure): Field {
  const [label, en] = TP_LABEL[item];
  const [mLabel, mEn, type, unit] = TP_MEASURE[m];
  const [yLabel, yEn] = YEAR_LABEL[year];
  return field(`jx_tp_${year}_${item}_${m}`, `threePublic.${year}.${item}.${m}`, {
    label: `${label}（${yLabel}${mLabel}）`,
    en: `${en}, ${yEn} ${mEn}`,
    type,
    unit,
    hint: item === "total" ? undefined : "没有的填 0；空白表示未填，不按 0 计",
  });
}
const TP_YEARS: TpYear[] = ["current", "previous"];
const MONEY: ("budget" | "actual")[] = ["budget", "actual"];
const tpCalcName = (y: TpYear, m: "budget" | "actual") => `jx_calc_tp_${y}_total_${m}`;
const tpTotalCalc = (y: TpYear, m: "budget" | "actual") =>
  calc(
    tpCalcName(y, m),
    `三公经费合计（${YEAR_LABEL[y][0]}${TP_MEASURE[m][0]}，计算）`,
    `Three public expenses, ${YEAR_LABEL[y][1]} ${m}, computed`,
    "amount",
    add(
      ...(["abroad", "vehiclePurchase", "vehicleRunning", "reception"] as const).map((i) =>
        name(tp(i, y, m).name)
      )
    )
  );
/** The three public expenses total of a year as other formulas use it: stated, else computed. */
export const tpEff = (y: TpYear, m: "budget" | "actual") =>
  effective(tp("total", y, m).name, name(tpCalcName(y, m)));

/** Columns B–E: 本年预算, 本年实际, 上年预算, 上年实际. */
function tpMoneyRow(item: TpItem): RowSpec {
  return row([
    text(TP_LABEL[item][0]),
    ...TP_YEARS.flatMap((y) => MONEY.map((m) => input(tp(item, y, m)))),
  ]);
}
function tpCountRow(item: TpItem, m: TpMeasure): RowSpec {
  return row([
    text(`\u3000其中：${TP_MEASURE[m][0]}（${TP_MEASURE[m][3]}）`),
    ...TP_YEARS.flatMap((y): CellSpec[] => [skip, input(tp(item, y, m))]),
  ]);
}

export const threePublicSheet: SheetDef = {
  name: "三公经费",
  en: "Three public expenses",
  purpose: "因公出国(境)、公务用车、公务接待，本年与上年（报告二（一）、评分）",
  widths: [30, 13, 13, 13, 13, 40],
  orientation: "portrait",
  freezeRows: 3,
  tabColor: "7030A0",
  rows: [
    titleRow("三公经费（万元）", 6),
    row([
      text("项目", "header"),
      text("本年", "header", 2),
      text("上年", "header", 2),
      text("说明", "header"),
    ]),
    row([
      text("", "header"),
      text("预算", "header"),
      text("实际", "header"),
      text("预算", "header"),
      text("实际", "header"),
      text("", "header"),
    ]),
    hintRow(
      "没有的项目请填 0（金额 0.00）；空白表示未填，不按 0 计，合计、控制率和变动率将无法核对。上年增减额、增减率填在“上年对比”。",
      6,
      30
    ),
    tpMoneyRow("abroad"),
    tpCountRow("abroad", "groups"),
    tpCountRow("abroad", "persons"),
    tpMoneyRow("vehiclePurchase"),
    tpMoneyRow("vehicleRunning"),
    tpMoneyRow("reception"),
    tpCountRow("reception", "batches"),
    tpCountRow("reception", "persons"),
    tpMoneyRow("total"),
    row([
      text("三公经费合计（计算）"),
      ...TP_YEARS.flatMap((y) => MONEY.map((m) => computed(tpTotalCalc(y, m)))),
    ]),
    row([
      text("差额"),
      ...TP_YEARS.flatMap((y) =>
        MONEY.map((m) =>
          computed(
            calc(
              `jx_diff_tp_${y}_total_${m}`,
              `三公经费合计（${YEAR_LABEL[y][0]}${TP_MEASURE[m][0]}）差额`,
              `Three public total, ${y} ${m}, difference`,
              "amount",
              difference(tp("total", y, m).name, name(tpCalcName(y, m)))
            )
          )
        )
      ),
    ]),
    row([
      text("变动率（本年较上年）"),
      computed(
        calc(
          "jx_calc_tpChange_budget",
          "三公经费变动率（预算口径）",
          "Three public change, budget basis",
          "rate",
          change(tpEff("current", "budget"), tpEff("previous", "budget"))
        )
      ),
      computed(
        calc(
          "jx_calc_tpChange_actual",
          "三公经费变动率（实际口径）",
          "Three public change, actual basis",
          "rate",
          change(tpEff("current", "actual"), tpEff("previous", "actual"))
        )
      ),
      skip,
      skip,
      text("(本年−上年)/上年，上年为0时无法计算", "hint"),
    ]),
    row([
      text("控制率（实际/预算）"),
      skip,
      computed(
        calc(
          "jx_calc_tpControl_current",
          "三公经费控制率（本年）",
          "Three public control, this year",
          "rate",
          ratio(tpEff("current", "actual"), tpEff("current", "budget"))
        )
      ),
      skip,
      computed(
        calc(
          "jx_calc_tpControl_previous",
          "三公经费控制率（上年）",
          "Three public control, previous year",
          "rate",
          ratio(tpEff("previous", "actual"), tpEff("previous", "budget"))
        )
      ),
      text("预算为0时无法计算", "hint"),
    ]),
  ],
};

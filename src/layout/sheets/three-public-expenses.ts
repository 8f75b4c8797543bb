/**
 * 三公经费 (Three public expenses): 因公出国(境), 公务用车 purchase and running, 公务接待, this year
 * and the previous, with totals, change and control rates.
 */
import {
  BLANK,
  add,
  change,
  difference,
  effective,
  iff,
  isNumber,
  name,
  ratio,
  type Expr,
} from "../expr";
import { calc, computed, field, hintRow, input, row, skip, text, titleRow } from "../build-helpers";
import type { Calc, CellSpec, Field, RowSpec, SheetDef } from "../types";
import { SINCE_1_4 } from "../versions";

/**
 * The rows of the sheet: the four expenses, 公务用车购置及运行费 as stated (template 1.4) and the
 * stated total.
 */
export type TpItem =
  "abroad" | "vehiclePurchase" | "vehicleRunning" | "vehicle" | "reception" | "total";
type TpYear = "current" | "previous";
type TpMeasure =
  | "budget"
  | "actual"
  | "groups"
  | "persons"
  | "batches"
  | "vehicles"
  | "fleet"
  | "perVehicle"
  | "share";
const TP_LABEL: Record<TpItem, [string, string]> = {
  abroad: ["因公出国(境)费", "Official travel abroad"],
  vehiclePurchase: ["公务用车购置费", "Official vehicle purchase"],
  vehicleRunning: ["公务用车运行维护费", "Official vehicle running"],
  vehicle: ["公务用车购置及运行费（填报）", "Official vehicles, purchase and running"],
  reception: ["公务接待费", "Official reception"],
  total: ["三公经费合计（填报）", "Three public expenses, total"],
};
const TP_MEASURE: Record<TpMeasure, [string, string, "amount" | "count" | "rate", string]> = {
  budget: ["预算", "budget", "amount", "万元"],
  actual: ["实际", "actual", "amount", "万元"],
  groups: ["团组数", "groups", "count", "个"],
  persons: ["人数", "persons", "count", "人"],
  batches: ["接待批次", "batches", "count", "批"],
  vehicles: ["公务用车购置数量", "vehicles bought", "count", "辆"],
  fleet: ["公务用车保有量", "vehicles held at year end", "count", "辆"],
  perVehicle: ["单车运行维护费", "running cost per vehicle, stated", "amount", "万元/辆"],
  share: ["占三公经费比重", "share of the total, stated", "rate", "%"],
};
/** What template 1.4 added to the sheet (issue 26): the vehicle figures. */
const NEW_IN_1_4: readonly (TpItem | TpMeasure)[] = [
  "vehicle",
  "vehicles",
  "fleet",
  "perVehicle",
  "share",
];
const TP_HINT: Partial<Record<TpItem | TpMeasure, string>> = {
  vehicle: "报告写了“公务用车购置及运行费X万元”才填；应等于购置费与运行维护费之和",
  vehicles: "当年购置的公务用车辆数；没有的填 0",
  fleet: "年末公务用车保有量（辆）；没有的填 0",
  perVehicle: "报告写了“单车运行维护费X万元”才填；应等于运行维护费（实际）÷ 保有量",
  share: "报告写了“占三公经费的X%”才填；应等于该项实际 ÷ 三公经费合计（实际）",
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
  // The vehicle counts and the cost per vehicle read best under their own name.
  const own = m === "vehicles" || m === "fleet" || m === "perVehicle";
  return field(`jx_tp_${year}_${item}_${m}`, `threePublic.${year}.${item}.${m}`, {
    label: own
      ? `${mLabel}（${yLabel}${m === "perVehicle" ? "，报告中写的" : ""}）`
      : `${label}（${yLabel}${mLabel}）`,
    en: own ? `${capitalFirst(mEn)}, ${yEn}` : `${en}, ${yEn} ${mEn}`,
    type,
    unit,
    // Reports state shares to two decimals of a percent (占三公经费的14.63%).
    numFmt: m === "share" ? "0.00%" : undefined,
    hint:
      TP_HINT[m] ??
      TP_HINT[item] ??
      (item === "total" ? undefined : "没有的填 0；空白表示未填，不按 0 计"),
    since: NEW_IN_1_4.includes(item) || NEW_IN_1_4.includes(m) ? SINCE_1_4 : undefined,
  });
}
const capitalFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
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
    // The cost per vehicle is no part of the running cost: no 其中.
    text(
      m === "perVehicle"
        ? `\u3000${TP_MEASURE[m][0]}（报告中写的，${TP_MEASURE[m][3]}）`
        : `\u3000其中：${TP_MEASURE[m][0]}（${TP_MEASURE[m][3]}）`
    ),
    ...TP_YEARS.flatMap((y): CellSpec[] => [skip, input(tp(item, y, m))]),
  ]);
}

/** A computed cell under each year's 实际 column (C and E), B and D left empty. */
function actualCalcRow(label: string, make: (y: TpYear) => Calc, since?: string): RowSpec {
  return {
    ...row([text(label), ...TP_YEARS.flatMap((y): CellSpec[] => [skip, computed(make(y))])]),
    since,
  };
}
const actualOf = (i: TpItem, y: TpYear) => name(tp(i, y, "actual").name);
/** a ÷ b only when a is a number: a blank 实际 is no 0 % share (Excel reads a blank as 0). */
const ratioOfFilled = (a: Expr, b: Expr) => iff(isNumber(a), ratio(a, b), BLANK);
/** 公务用车购置及运行费 from its two parts, each year and measure (template 1.4). */
const tpVehicleCalc = (y: TpYear, m: "budget" | "actual") =>
  calc(
    `jx_calc_tp_${y}_vehicle_${m}`,
    `公务用车购置及运行费（${YEAR_LABEL[y][0]}${TP_MEASURE[m][0]}，计算）`,
    `Official vehicles, purchase and running, ${YEAR_LABEL[y][1]} ${m}, computed`,
    "amount",
    add(name(tp("vehiclePurchase", y, m).name), name(tp("vehicleRunning", y, m).name))
  );
/** 公务用车购置及运行费（实际） of a year as other formulas use it: stated, else computed. */
export const tpVehicleEff = (y: TpYear) =>
  effective(tp("vehicle", y, "actual").name, name(tpVehicleCalc(y, "actual").name));
/** 单车运行维护费 = 运行维护费（实际）÷ 保有量 (template 1.4). */
const perVehicleCalc = (y: TpYear) =>
  calc(
    `jx_calc_tp_${y}_perVehicle`,
    `单车运行维护费（${YEAR_LABEL[y][0]}，计算）`,
    `Running cost per vehicle, ${YEAR_LABEL[y][1]}, computed`,
    "amount",
    ratioOfFilled(actualOf("vehicleRunning", y), name(tp("vehicleRunning", y, "fleet").name))
  );
/** Each item's 实际 ÷ 预算 and its share of the total 实际 (template 1.4). */
const itemControlCalc = (i: (typeof TP_PARTS)[number]) => (y: TpYear) =>
  calc(
    `jx_calc_tpControl_${y}_${i}`,
    `${TP_LABEL[i][0]}控制率（${YEAR_LABEL[y][0]}，实际/预算）`,
    `${TP_LABEL[i][1]}, ${YEAR_LABEL[y][1]}, actual / budget`,
    "rate",
    ratioOfFilled(actualOf(i, y), name(tp(i, y, "budget").name))
  );
const itemShareCalc = (i: (typeof TP_PARTS)[number]) => (y: TpYear) =>
  calc(
    `jx_calc_tpShare_${y}_${i}`,
    `${TP_LABEL[i][0]}占三公经费比重（${YEAR_LABEL[y][0]}实际）`,
    `${TP_LABEL[i][1]}, share of the total, ${YEAR_LABEL[y][1]} actual`,
    "rate",
    ratioOfFilled(actualOf(i, y), tpEff(y, "actual"))
  );
const TP_PARTS = ["abroad", "vehiclePurchase", "vehicleRunning", "reception"] as const;
/** An item's share of the total 实际: as the report states it, and computed, each year. */
const shareRow = (i: (typeof TP_PARTS)[number]): RowSpec =>
  row([
    text(TP_LABEL[i][0]),
    ...TP_YEARS.flatMap((y) => [input(tp(i, y, "share")), computed(itemShareCalc(i)(y))]),
    text("报告中写了比重才填", "hint"),
  ]);

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
    tpCountRow("vehiclePurchase", "vehicles"),
    tpMoneyRow("vehicleRunning"),
    tpCountRow("vehicleRunning", "fleet"),
    tpCountRow("vehicleRunning", "perVehicle"),
    actualCalcRow("\u3000单车运行维护费（计算：运行维护费÷保有量）", perVehicleCalc, SINCE_1_4),
    tpMoneyRow("vehicle"),
    {
      ...row([
        text("公务用车购置及运行费（计算）"),
        ...TP_YEARS.flatMap((y) => MONEY.map((m) => computed(tpVehicleCalc(y, m)))),
      ]),
      since: SINCE_1_4,
    },
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
    ...TP_PARTS.map((i) =>
      actualCalcRow(`${TP_LABEL[i][0]}控制率（实际/预算）`, itemControlCalc(i), SINCE_1_4)
    ),
    {
      ...row([
        text("占三公经费比重（实际）", "header"),
        text("本年填报", "header"),
        text("本年计算", "header"),
        text("上年填报", "header"),
        text("上年计算", "header"),
        text("", "header"),
      ]),
      since: SINCE_1_4,
    },
    ...TP_PARTS.map(shareRow),
  ],
};

/**
 * 上年对比 (Year on year, template 1.1): last year's figures and the changes a report states,
 * checked against this year's figures from the other sheets; and the rates a report states.
 */
import { STATED_RATES, YEAR_ON_YEAR_FIGURES, type StatedRateKey } from "../../model/evaluation";
import {
  BLANK,
  add,
  and,
  change,
  effective,
  iff,
  isNumber,
  name,
  num,
  ratio,
  sub,
  type Expr,
} from "../expr";
import {
  blankRow,
  calc,
  computed,
  field,
  hintRow,
  input,
  row,
  sectionRow,
  text,
  titleRow,
} from "../build-helpers";
import type { Calc, Field, RowSpec, SheetDef } from "../types";
import { SINCE_1_1, SINCE_1_3, SINCE_1_4, SINCE_1_5 } from "../versions";
import {
  effectiveTotal,
  execution,
  executionCalcs,
  expenditureGrand,
  fundCalcs,
} from "./expenditure-summary";
import { income, incomeEff } from "./income";
import { tp, tpEff, tpVehicleEff, type TpItem } from "./three-public-expenses";
import { profile, profileCalcs } from "./unit-profile";

type YoyFigure = (typeof YEAR_ON_YEAR_FIGURES)[number];

/** This year's figure of each row, as the other sheets give it (stated, else from its parts). */
const TP_OF: Partial<Record<YoyFigure, Exclude<TpItem, "total">>> = {
  abroad: "abroad",
  vehiclePurchase: "vehiclePurchase",
  vehicleRunning: "vehicleRunning",
  reception: "reception",
};
const YOY_LABEL: Record<YoyFigure, [string, string]> = {
  incomeTotal: ["本年收入合计", "Total income"],
  fiscalIncome: ["财政拨款收入", "Fiscal appropriation income"],
  expenditureTotal: ["支出总计（实际）", "Total expenditure"],
  basic: ["基本支出（实际）", "Basic expenditure"],
  project: ["项目支出（实际）", "Project expenditure"],
  threePublicTotal: ["三公经费合计（实际）", "Three public expenses"],
  abroad: ["因公出国(境)费（实际）", "Official travel abroad"],
  vehiclePurchase: ["公务用车购置费（实际）", "Official vehicle purchase"],
  vehicleRunning: ["公务用车运行维护费（实际）", "Official vehicle running"],
  reception: ["公务接待费（实际）", "Official reception"],
  vehicle: ["公务用车购置及运行费（实际）", "Official vehicles, purchase and running"],
  incomeGrand: ["收入总计（含上年结转）", "Total income incl. carry-over"],
  expenditureGrand: ["支出总计（含年末结转结余）", "Total expenditure incl. year-end balances"],
};
/** 收入总计: stated, else 本年收入合计 + 上年结转 when both are filled (template 1.5). */
const incomeGrandExpr = (): Expr =>
  effective(
    income.totalWithCarryover.name,
    iff(
      and(isNumber(incomeEff), isNumber(name(execution.carryoverPrior.name))),
      add(incomeEff, name(execution.carryoverPrior.name)),
      BLANK
    )
  );
const fiscalIncomeExpr = (): Expr =>
  add(
    name(income.fiscalGeneral.name),
    name(income.fiscalFund.name),
    name(income.fiscalStateCapital.name)
  );

function yoyCurrent(f: YoyFigure): Expr {
  const item = TP_OF[f];
  if (item) return name(tp(item, "current", "actual").name);
  switch (f) {
    case "incomeTotal":
      return incomeEff;
    case "fiscalIncome":
      return fiscalIncomeExpr();
    case "expenditureTotal":
      return effectiveTotal("total", "actual");
    case "basic":
      return effectiveTotal("basic", "actual");
    case "project":
      return effectiveTotal("project", "actual");
    case "vehicle":
      return tpVehicleEff("current");
    case "incomeGrand":
      return incomeGrandExpr();
    case "expenditureGrand":
      return effective(expenditureGrand.name, name(fundCalcs.grand.name));
    default:
      return tpEff("current", "actual");
  }
}

const SINCE_OF: Partial<Record<YoyFigure, string>> = {
  vehicle: SINCE_1_4,
  incomeGrand: SINCE_1_5,
  expenditureGrand: SINCE_1_5,
};
const yoyInput = (
  f: YoyFigure,
  n: string,
  path: string,
  label: string,
  type: "amount" | "rate",
  hint?: string
) =>
  field(`jx_yoy_${f}_${n}`, path, {
    label,
    en: `${YOY_LABEL[f][1]}, ${n}`,
    type,
    unit: type === "amount" ? "万元" : undefined,
    hint,
    // Reports state change rates to two decimals of a percent (增长13.56%).
    numFmt: type === "rate" ? "0.00%" : undefined,
    // 公务用车购置及运行费 came with template 1.4, 收入总计 and 支出总计 with 1.5 (issue 26).
    since: SINCE_OF[f] ?? SINCE_1_1,
  });

/** Last year's figure: an input here, or the cell that already holds it elsewhere. */
function yoyPrevious(f: YoyFigure): { input?: Field; expr: Expr } {
  const item = TP_OF[f];
  if (item) return { expr: name(tp(item, "previous", "actual").name) };
  if (f === "threePublicTotal") return { expr: tpEff("previous", "actual") };
  if (f === "vehicle") return { expr: tpVehicleEff("previous") };
  if (f === "incomeTotal") return { expr: name(income.previousTotal.name) };
  const path =
    f === "fiscalIncome"
      ? "income.previousFiscal"
      : `yearOnYear.previous.${f === "expenditureTotal" ? "total" : f}`;
  const input = yoyInput(f, "previous", path, `上年${YOY_LABEL[f][0]}`, "amount");
  return { input, expr: name(input.name) };
}

export const yearOnYearFields = Object.fromEntries(
  YEAR_ON_YEAR_FIGURES.map((f) => [
    f,
    {
      previous: yoyPrevious(f).input,
      amount: yoyInput(
        f,
        "changeAmount",
        `yearOnYear.changes.${f}.amount`,
        `${YOY_LABEL[f][0]}较上年增减额`,
        "amount",
        "减少填负数"
      ),
      rate: yoyInput(
        f,
        "changeRate",
        `yearOnYear.changes.${f}.rate`,
        `${YOY_LABEL[f][0]}较上年增减率`,
        "rate",
        "下降填负数，如 -16.80%"
      ),
    },
  ])
) as Record<YoyFigure, { previous?: Field; amount: Field; rate: Field }>;

function yoyRow(f: YoyFigure): RowSpec {
  const cur = yoyCurrent(f);
  const prev = yoyPrevious(f);
  const fields = yearOnYearFields[f];
  const computedCell = (n: string, label: string, type: Calc["type"], expr: Expr) =>
    computed(
      calc(
        `jx_calc_yoy_${f}_${n}`,
        `${YOY_LABEL[f][0]}${label}`,
        `${YOY_LABEL[f][1]}, ${n}`,
        type,
        expr
      )
    );
  const both = and(isNumber(cur), isNumber(prev.expr));
  return row([
    text(YOY_LABEL[f][0]),
    computedCell("current", "（本年）", "amount", iff(isNumber(cur), cur, BLANK)),
    fields.previous
      ? input(fields.previous)
      : computedCell(
          "previous",
          "（上年，取自他表）",
          "amount",
          iff(isNumber(prev.expr), prev.expr, BLANK)
        ),
    input(fields.amount),
    computedCell(
      "changeAmount",
      "较上年增减额（计算）",
      "amount",
      iff(both, sub(cur, prev.expr), BLANK)
    ),
    input(fields.rate),
    computedCell("changeRate", "较上年增减率（计算）", "rate", change(cur, prev.expr)),
  ]);
}

const RATE_LABEL: Record<StatedRateKey, [string, string, Expr]> = {
  execution: ["预算执行率", "Budget execution rate", name(executionCalcs.executionRate.name)],
  adjustment: ["预算调整率", "Budget adjustment rate", name(executionCalcs.adjustmentRate.name)],
  staffControl: [
    "在职人员控制率",
    "Staff control rate",
    ratio(
      name(profile.people.active.name),
      effective(profile.staffing.total.name, name(profileCalcs.staffTotal.name))
    ),
  ],
  threePublicControl: [
    "三公经费控制率",
    "Three public control rate",
    ratio(tpEff("current", "actual"), tpEff("current", "budget")),
  ],
  procurement: [
    "政府采购执行率",
    "Procurement execution rate",
    name(executionCalcs.procurementRate.name),
  ],
  basicExecution: [
    "基本支出预算执行率",
    "Basic expenditure execution rate",
    ratio(effectiveTotal("basic", "actual"), effectiveTotal("basic", "budgetAdjusted")),
  ],
  projectExecution: [
    "项目支出预算执行率",
    "Project expenditure execution rate",
    ratio(effectiveTotal("project", "actual"), effectiveTotal("project", "budgetAdjusted")),
  ],
};
/** The stated rates template 1.5 added (issue 26). */
const RATES_1_5: readonly StatedRateKey[] = ["basicExecution", "projectExecution"];

export const statedRateFields = Object.fromEntries(
  STATED_RATES.map((k) => [
    k,
    field(`jx_statedRate_${k}`, `statedRates.${k}`, {
      label: `${RATE_LABEL[k][0]}（报告中写的）`,
      en: `${RATE_LABEL[k][1]}, as stated`,
      type: "rate",
      numFmt: "0.00%",
      hint: "报告中写了才填，按报告的写法（如 96.6%）",
      since: RATES_1_5.includes(k) ? SINCE_1_5 : SINCE_1_1,
    }),
  ])
) as Record<StatedRateKey, Field>;

const statedRateRow = (k: StatedRateKey): RowSpec =>
  row([
    text(RATE_LABEL[k][0]),
    input(statedRateFields[k]),
    computed(
      calc(
        `jx_calc_statedRate_${k}`,
        `${RATE_LABEL[k][0]}（计算）`,
        `${RATE_LABEL[k][1]}, computed`,
        "rate",
        RATE_LABEL[k][2]
      )
    ),
  ]);

/** 结转结余率 as a report states it beside 预算执行率 (template 1.3, issue 25 item 7). */
export const carryoverRateField = field("jx_statedRate_carryover", "statedRates.carryover", {
  label: "结转结余率（报告中写的）",
  en: "Carry-over rate, as stated",
  type: "rate",
  numFmt: "0.00%",
  hint: "报告中写了才填（如“结转结余率3.4%”）；应等于 1 − 预算执行率，或年末结转结余 ÷ 全年预算",
  since: SINCE_1_3,
});

const executionRate = name(executionCalcs.executionRate.name);
const carryoverRateRow = row([
  text("结转结余率"),
  input(carryoverRateField),
  computed(
    calc(
      "jx_calc_statedRate_carryover",
      "结转结余率（计算：1 − 预算执行率）",
      "Carry-over rate, computed (1 − execution rate)",
      "rate",
      iff(isNumber(executionRate), sub(num(1), executionRate), BLANK)
    )
  ),
]);

export const yearOnYearSheet: SheetDef = {
  name: "上年对比",
  en: "Year on year",
  since: SINCE_1_1,
  purpose: "上年数与报告中写的较上年增减额、增减率，以及报告中写的各项比率（报告一（三）、二）",
  widths: [26, 12, 12, 13, 13, 13, 13],
  orientation: "landscape",
  freezeRows: 3,
  tabColor: "375623",
  rows: [
    titleRow("上年对比（万元）", 7),
    hintRow(
      "“本年”取自其他工作表；上年数填在本表（三公经费、上年收入合计在其工作表填写）。报告中写了“较上年增加……万元，增长……%”的，填入“填报”列，与计算值核对；没写的留空。上年为 0 或空白时增长率无法计算。",
      7,
      44
    ),
    row([
      text("项目", "header"),
      text("本年", "header"),
      text("上年", "header"),
      text("增减额（填报）", "header"),
      text("增减额（计算）", "header"),
      text("增减率（填报）", "header"),
      text("增减率（计算）", "header"),
    ]),
    ...YEAR_ON_YEAR_FIGURES.map(yoyRow),
    blankRow,
    sectionRow("报告中写的比率（与计算值核对）", 7),
    row([text("比率", "header"), text("填报", "header"), text("计算", "header")]),
    ...STATED_RATES.map(statedRateRow),
    carryoverRateRow,
  ],
};

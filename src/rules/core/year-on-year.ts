import { Decimal, decimalsOf } from "../../model/decimal";
import type { Interval } from "./relations";
import {
  YEAR_ON_YEAR_FIGURES,
  type Evaluation,
  type YearOnYearFigure,
} from "../../model/evaluation";
import { amountOf, combine, effective, effectiveTotal, type Amount } from "./expenditure";
import { INCOME_SOURCES } from "./income";
import { valueAt } from "./helpers";
import { TP_ITEMS, type TpItem } from "./three-public";

/**
 * 上年对比 (issue 15 item 1): for each figure a report compares with last year, where this year's
 * and last year's values come from and where the stated change sits.
 */
export const YOY_LABEL: Record<YearOnYearFigure, { zh: string; en: string }> = {
  incomeTotal: { zh: "本年收入合计", en: "total income" },
  fiscalIncome: { zh: "财政拨款收入", en: "fiscal appropriation income" },
  expenditureTotal: { zh: "支出总计", en: "total expenditure" },
  basic: { zh: "基本支出", en: "basic expenditure" },
  project: { zh: "项目支出", en: "project expenditure" },
  threePublicTotal: { zh: "三公经费合计", en: "three public expenses" },
  abroad: { zh: "因公出国(境)费", en: "official travel abroad" },
  vehiclePurchase: { zh: "公务用车购置费", en: "official vehicle purchase" },
  vehicleRunning: { zh: "公务用车运行维护费", en: "official vehicle running" },
  reception: { zh: "公务接待费", en: "official reception" },
  vehicle: { zh: "公务用车购置及运行费", en: "official vehicles, purchase and running" },
  incomeGrand: { zh: "收入总计", en: "total income incl. carry-over" },
  expenditureGrand: { zh: "支出总计", en: "total expenditure incl. year-end balances" },
};

const FISCAL = ["fiscalGeneral", "fiscalFund", "fiscalStateCapital"] as const;
const isTpItem = (f: YearOnYearFigure): f is TpItem => (TP_ITEMS as readonly string[]).includes(f);

function filled(model: Evaluation, paths: string[]) {
  return paths.flatMap((path) => {
    const value = valueAt(model, path);
    return value === undefined ? [] : [{ path, value }];
  });
}

/** A figure of one year: stated, or what its parts give; undefined when blank. */
function tpYear(model: Evaluation, year: "current" | "previous", f: YearOnYearFigure) {
  if (isTpItem(f)) return amountOf(filled(model, [`threePublic.${year}.${f}.actual`]));
  if (f === "vehicle") {
    // 公务用车购置及运行费: stated (template 1.4), else 购置 + 运行维护.
    const stated = `threePublic.${year}.vehicle.actual`;
    const parts = (["vehiclePurchase", "vehicleRunning"] as const).map(
      (i) => `threePublic.${year}.${i}.actual`
    );
    return effective(stated, valueAt(model, stated), amountOf(filled(model, parts)));
  }
  const total = `threePublic.${year}.total.actual`;
  return effective(
    total,
    valueAt(model, total),
    amountOf(
      filled(
        model,
        TP_ITEMS.map((i) => `threePublic.${year}.${i}.actual`)
      )
    )
  );
}

export interface YearPair {
  figure: YearOnYearFigure;
  current: Amount | undefined;
  previous: Amount | undefined;
  /** Where a blank value would be filled in: the cell the info finding marks. */
  currentPath: string;
  previousPath: string;
}

const EXPENDITURE = { expenditureTotal: "total", basic: "basic", project: "project" } as const;

export function yearPair(model: Evaluation, f: YearOnYearFigure): YearPair {
  if (f === "incomeTotal") {
    const sources = INCOME_SOURCES.map((k) => `income.${k}`);
    return {
      figure: f,
      current: effective("income.total", model.income.total, amountOf(filled(model, sources))),
      previous: amountOf(filled(model, ["income.previousTotal"])),
      currentPath: "income.total",
      previousPath: "income.previousTotal",
    };
  }
  if (f === "fiscalIncome") {
    return {
      figure: f,
      current: amountOf(
        filled(
          model,
          FISCAL.map((k) => `income.${k}`)
        )
      ),
      previous: amountOf(filled(model, ["income.previousFiscal"])),
      currentPath: "income.fiscalGeneral",
      previousPath: "income.previousFiscal",
    };
  }
  if (f === "incomeGrand" || f === "expenditureGrand") return grandPair(model, f);
  if (f === "expenditureTotal" || f === "basic" || f === "project") {
    const t = EXPENDITURE[f];
    const previousPath = `yearOnYear.previous.${t}`;
    return {
      figure: f,
      current: effectiveTotal(model, t, "actual"),
      previous: amountOf(filled(model, [previousPath])),
      currentPath: `expenditure.stated.${t}.actual`,
      previousPath,
    };
  }
  const item = isTpItem(f) || f === "vehicle" ? f : "total";
  return {
    figure: f,
    current: tpYear(model, "current", f),
    previous: tpYear(model, "previous", f),
    currentPath: `threePublic.current.${item}.actual`,
    previousPath: `threePublic.previous.${item}.actual`,
  };
}

/**
 * 收入总计 / 支出总计 (template 1.5): stated, else 本年收入合计 + 上年结转 / 本年支出合计 + 年末结转结余
 * when both are filled (blank is not zero); last year on 上年对比.
 */
function grandPair(model: Evaluation, f: "incomeGrand" | "expenditureGrand"): YearPair {
  const [statedPath, carryPath] =
    f === "incomeGrand"
      ? ["income.totalWithCarryover", "expenditure.execution.carryoverPrior"]
      : ["expenditure.byFund.totalWithCarryover", "expenditure.execution.carryoverEnd"];
  const base =
    f === "incomeGrand"
      ? effective(
          "income.total",
          model.income.total,
          amountOf(
            filled(
              model,
              INCOME_SOURCES.map((k) => `income.${k}`)
            )
          )
        )
      : effectiveTotal(model, "total", "actual");
  const carry = amountOf(filled(model, [carryPath]));
  const previousPath = `yearOnYear.previous.${f}`;
  return {
    figure: f,
    current: effective(
      statedPath,
      valueAt(model, statedPath),
      base && carry ? combine([base, carry]) : undefined
    ),
    previous: amountOf(filled(model, [previousPath])),
    currentPath: statedPath,
    previousPath,
  };
}

export const yearPairs = (model: Evaluation): YearPair[] =>
  YEAR_ON_YEAR_FIGURES.map((f) => yearPair(model, f));

/**
 * A stated rate is either the rounding or the truncation of the true one (PRODUCT.md §4 "How
 * real reports state figures": 38.288% is written 38.28% about as often as 38.29%).
 */
export function statedRateInterval(rate: string): Interval {
  const v = new Decimal(rate);
  const unit = new Decimal(10).pow(-decimalsOf(rate));
  const half = unit.div(2);
  return v.gte(0)
    ? { lo: v.minus(half), hi: v.plus(unit) }
    : { lo: v.minus(unit), hi: v.plus(half) };
}

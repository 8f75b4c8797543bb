/**
 * §二's lead paragraphs on the funds (template 1.5, issue 26): 本年收入合计 by fund type, 收入总计
 * and 支出总计 with last year, 本年支出 by source of funds, and the budget stages. Only what the
 * workbook fills is written: a blank figure is left out, never written as 0.
 */
import { Decimal, decimalsOf } from "../model/decimal";
import type { Evaluation } from "../model/evaluation";
import type { Block } from "./document";
import { statedTotal, sumOf } from "./figures";
import { amount, percentage, type NumberStyle } from "./numbers";
import { BLANK, sentence } from "./text";
import { changeClause } from "./year-on-year";

type Money = string | Decimal | undefined;
interface FundsContext {
  m: Evaluation;
  n: NumberStyle;
  year: string;
  money: (v: Money) => string;
}

const INCOME_LABEL = {
  fiscalGeneral: "一般公共预算财政拨款收入",
  fiscalFund: "政府性基金预算财政拨款收入",
  fiscalStateCapital: "国有资本经营预算财政拨款收入",
  fiscalSpecial: "财政专户管理资金收入",
  service: "事业收入",
  business: "经营收入",
  other: "其他收入",
} as const;
const SPENDING_LABEL = {
  fiscalGeneral: "一般公共预算财政拨款支出",
  fiscalFund: "政府性基金预算财政拨款支出",
  fiscalStateCapital: "国有资本经营预算财政拨款支出",
  fiscalSpecial: "财政专户管理资金支出",
  other: "其他资金支出",
} as const;
/** The fund types template 1.5 added: with one filled, income is listed by fund type. */
const NEW_INCOME = ["fiscalSpecial", "service", "business"] as const;

/** "一般公共预算财政拨款收入421.30万元" for each filled figure, in the statement's order. */
function listed(
  labels: Record<string, string>,
  values: Partial<Record<string, string>>,
  money: (v: Money) => string
): string[] {
  return Object.keys(labels).flatMap((k) =>
    values[k] === undefined ? [] : [`${labels[k]}${money(values[k])}`]
  );
}

/** "；较上年增加…" from "，较上年增加…": the change closes the list of parts. */
const afterList = (change: string) => change.replace(/^，/, "；");

/** The income sentence as before 1.5: 本年收入合计 and its 财政拨款收入. */
function incomeSentence(c: FundsContext): string {
  const i = c.m.income;
  const fiscal = sumOf([i.fiscalGeneral, i.fiscalFund, i.fiscalStateCapital]);
  const fiscalChange = changeClause(c.m, "fiscalIncome", c.n);
  const byType = NEW_INCOME.some((k) => i[k] !== undefined);
  if (!byType) {
    const fiscalPart =
      fiscal !== undefined ? `，其中财政拨款收入${c.money(fiscal)}${fiscalChange}` : "";
    return sentence(
      `${c.year}年本年收入合计${c.money(i.total)}${changeClause(c.m, "incomeTotal", c.n)}${fiscalPart}`
    );
  }
  // Listed by fund type: 财政拨款收入 as a sum would repeat a single source's figure.
  const fiscalCount = [i.fiscalGeneral, i.fiscalFund, i.fiscalStateCapital].filter(
    (v) => v !== undefined && !new Decimal(v).isZero()
  ).length;
  const fiscalTail =
    fiscalChange && fiscal !== undefined
      ? `；财政拨款收入${fiscalCount > 1 ? c.money(fiscal) : ""}${fiscalChange.replace(/^，/, "")}`
      : "";
  return sentence(
    `${c.year}年本年收入合计${c.money(i.total)}，其中：${listed(INCOME_LABEL, i, c.money).join("，")}${afterList(changeClause(c.m, "incomeTotal", c.n))}${fiscalTail}`
  );
}

/** 收入总计 (含上年结转) with 上年结转, and its change, where stated. */
function incomeGrandSentence(c: FundsContext): string {
  const stated = c.m.income.totalWithCarryover;
  if (stated === undefined) return "";
  const prior = c.m.expenditure.execution.carryoverPrior;
  const including = prior === undefined ? "" : `（含上年结转${c.money(prior)}）`;
  return sentence(`收入总计${c.money(stated)}${including}${changeClause(c.m, "incomeGrand", c.n)}`);
}

/** 本年支出 by source of funds, and 支出总计 with 年末结转结余, where filled. */
function spendingSentences(c: FundsContext): string {
  const byFund = c.m.expenditure.byFund ?? {};
  const parts = listed(SPENDING_LABEL, byFund, c.money);
  // 本年支出合计 itself is §一（三）'s 全年总支出: not written twice.
  const list = parts.length ? sentence(`本年支出按资金来源分：${parts.join("，")}`) : "";
  const grand = byFund.totalWithCarryover;
  if (grand === undefined) return list;
  const end = c.m.expenditure.execution.carryoverEnd;
  const including = end === undefined ? "" : `（含年末结转结余${c.money(end)}）`;
  return (
    list +
    sentence(`支出总计${c.money(grand)}${including}${changeClause(c.m, "expenditureGrand", c.n)}`)
  );
}

/** A stated rate with the decimals it was stated with: "0.9980" → 99.80%, "1.00" → 100%. */
const asStated = (rate: string) =>
  `${new Decimal(rate).times(100).toFixed(Math.max(0, decimalsOf(rate) - 2))}%`;

/** 预算调整率 as stated, else (全年 − 年初) ÷ 年初 where 年初 is not 0. */
function adjustmentClause(
  c: FundsContext,
  initial: string | Decimal,
  adjusted: string | Decimal
): string {
  const stated = c.m.statedRates?.adjustment;
  if (stated !== undefined) return `，预算调整率${asStated(stated)}`;
  const base = new Decimal(initial);
  if (base.isZero()) return "";
  const rate = new Decimal(adjusted).minus(base).div(base);
  return `，预算调整率${percentage(rate, { ...c.n, percentDecimals: 2 })}`;
}

/** 年初预算, 追加（调整）, 全年预算 and 预算执行率 of total expenditure, where the budgets are filled. */
function budgetSentence(c: FundsContext): string {
  const m = c.m;
  const initial = statedTotal(m, "total", "budgetInitial");
  const adjusted = statedTotal(m, "total", "budgetAdjusted");
  // A budget total without 基本支出 is incomplete, not small (as the 自评表 reads it).
  const complete = (col: "budgetInitial" | "budgetAdjusted") =>
    m.expenditure.stated.total[col] !== undefined || statedTotal(m, "basic", col) !== undefined;
  if (initial === undefined || adjusted === undefined) return "";
  if (!complete("budgetInitial") || !complete("budgetAdjusted")) return "";
  const additions = m.expenditure.execution.additions;
  const added = additions === undefined ? "" : `，本年追加（调整）预算${c.money(additions)}`;
  const stated = m.statedRates?.execution;
  const actual = statedTotal(m, "total", "actual");
  const base = new Decimal(adjusted);
  const rate =
    stated !== undefined
      ? asStated(stated)
      : actual !== undefined && !base.isZero()
        ? percentage(new Decimal(actual).div(base), { ...c.n, percentDecimals: 2 })
        : undefined;
  const levels = (["basicExecution", "projectExecution"] as const).flatMap((k) => {
    const r = m.statedRates?.[k];
    const label = k === "basicExecution" ? "基本支出" : "项目支出";
    return r === undefined ? [] : [`${label}预算执行率${asStated(r)}`];
  });
  const executed = rate ? `，预算执行率${rate}` : "";
  const byLevel = levels.length ? `，其中${levels.join("，")}` : "";
  const adjustment = adjustmentClause(c, initial, adjusted);
  return sentence(
    `${c.year}年年初预算${c.money(initial)}${added}，全年预算${c.money(adjusted)}${adjustment}${executed}${byLevel}`
  );
}

/**
 * The paragraphs at the head of §二: income (as before 1.5 where no 1.5 fund type is filled), the
 * grand totals, spending by source and the budget stages; none where nothing is filled.
 */
export function fundsBlocks(m: Evaluation, n: NumberStyle, year: string): Block[] {
  const money = (v: Money) => `${v === undefined ? BLANK : amount(v, n)}万元`;
  const c: FundsContext = { m, n, year, money };
  const income = m.income.total === undefined ? "" : incomeSentence(c);
  const texts = [income + incomeGrandSentence(c), spendingSentences(c), budgetSentence(c)];
  return texts.filter((t) => t !== "").map((text): Block => ({ kind: "paragraph", text }));
}

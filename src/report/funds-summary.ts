/**
 * The fund figures of template 1.5 (issue 26) where the 汇总 sheet and the 自评表 show them: a
 * row only where its figures are filled (blank is not zero), nothing where none is.
 */
import { Decimal } from "../model/decimal";
import type { Evaluation } from "../model/evaluation";
import type { Table } from "./document";
import { sumOf } from "./figures";
import { amount, type NumberStyle } from "./numbers";

/** A 自评表 row under 年度资金总额: 年初预算数, 全年预算数, 全年执行数 as filled. */
export interface FundSourceRow {
  label: string;
  initial?: string | Decimal;
  adjusted?: string | Decimal;
  actual?: string | Decimal;
}

/**
 * 其中：财政拨款, 上年结转, 其他资金 as the Ministry's 部门整体支出绩效自评表 lists them: 财政拨款
 * spent (stated 支出总计 财政拨款 column, else the three appropriations spent), 上年结转 (what was
 * carried in: its 全年预算数), 其他资金 spent (财政专户 and other funds).
 */
export function fundSourceRows(m: Evaluation): FundSourceRow[] {
  const byFund = m.expenditure.byFund ?? {};
  // A sum only of parts all filled: a blank part is unknown, not 0 (blank is not zero).
  const whole = (parts: (string | undefined)[]) =>
    parts.every((x) => x !== undefined) ? sumOf(parts) : undefined;
  const fiscal =
    m.expenditure.stated.total.fiscal ??
    whole([byFund.fiscalGeneral, byFund.fiscalFund, byFund.fiscalStateCapital]);
  const other = whole([byFund.fiscalSpecial, byFund.other]);
  const prior = m.expenditure.execution.carryoverPrior;
  const rows: FundSourceRow[] = [];
  // Only with the 1.5 fund figures filled: older workbooks keep the table they had.
  if (m.expenditure.byFund === undefined || Object.keys(byFund).length === 0) return rows;
  if (fiscal !== undefined) rows.push({ label: "其中：财政拨款", actual: fiscal });
  if (prior !== undefined) rows.push({ label: "上年结转", adjusted: prior });
  if (other !== undefined) rows.push({ label: "其他资金", actual: other });
  return rows;
}

/** 汇总's 收支 section: income and expenditure totals of the year and the last, where stated. */
export function fundsSummaryTable(m: Evaluation, n: NumberStyle): Table | undefined {
  const yoy = m.yearOnYear?.previous;
  const cell = (v: string | undefined) => ({
    text: v === undefined ? "" : amount(v, n),
    align: "right" as const,
  });
  const lines: [string, string | undefined, string | undefined][] = [
    ["本年收入合计", m.income.total, m.income.previousTotal],
    ["收入总计（含上年结转）", m.income.totalWithCarryover, yoy?.incomeGrand],
    ["支出总计（含年末结转结余）", m.expenditure.byFund?.totalWithCarryover, yoy?.expenditureGrand],
    ["上年结转", m.expenditure.execution.carryoverPrior, undefined],
    ["年末结转结余", m.expenditure.execution.carryoverEnd, undefined],
  ];
  const rows = lines
    .filter(([, cur, prev]) => cur !== undefined || prev !== undefined)
    .map(([label, cur, prev]) => [{ text: label }, cell(cur), cell(prev)]);
  // Only where a 1.5 figure or the income is stated: 结转 alone says nothing new here.
  if (!rows.some((r) => !["上年结转", "年末结转结余"].includes(r[0].text))) return undefined;
  return {
    header: [
      [
        { text: "项目", bold: true },
        { text: "本年", bold: true },
        { text: "上年", bold: true },
      ],
    ],
    rows,
    widths: [24, 16, 16],
  };
}

import rule from "../../src/rules/year-on-year-change";
import type { ThreePublicYear, YearOnYear } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

type Items = Partial<Record<keyof ThreePublicYear, string>>;
const actuals = (items: Items) =>
  Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { actual: v }]));

/** 三公 actuals of both years and the changes the report states. */
const tp = (current: Items, previous: Items, changes: YearOnYear["changes"]) =>
  evaluation({
    threePublic: { current: actuals(current), previous: actuals(previous) },
    yearOnYear: { changes },
  });

// 公务接待 0.31 against 0.73: −0.42, −57.53 %; 运行维护 5.00 against 6.00: −1.00, −16.67 %.
const BOTH = {
  current: { reception: "0.31", vehicleRunning: "5.00", abroad: "3.60" },
  previous: { reception: "0.73", vehicleRunning: "6.00", abroad: "0.00" },
};

ruleTester(rule, {
  valid: [
    { name: "nothing stated", model: evaluation() },
    {
      name: "correct changes: −0.42 and −57.53 %, −1.00 and −16.67 %",
      model: tp(BOTH.current, BOTH.previous, {
        reception: { amount: "-0.42", rate: "-0.5753" },
        vehicleRunning: { amount: "-1.00", rate: "-0.1667" },
        abroad: { amount: "3.60" },
      }),
    },
    {
      name: "a truncated rate is accepted: −16.66 % for −16.666…",
      model: tp(BOTH.current, BOTH.previous, { vehicleRunning: { rate: "-0.1666" } }),
    },
    {
      name: "a rate rounded to whole percent: −17 %",
      model: tp(BOTH.current, BOTH.previous, { vehicleRunning: { rate: "-0.17" } }),
    },
    {
      name: "the seed's sentence: 财政拨款收入 512.40, 较上年增加61.20万元，增长13.56%",
      model: evaluation({
        income: { fiscalGeneral: "512.40", previousFiscal: "451.20" },
        yearOnYear: { changes: { fiscalIncome: { amount: "61.20", rate: "0.1356" } } },
      }),
    },
    {
      name: "收入总计 from 本年收入合计 426.98 + 上年结转 12.00 against 413.58: +25.40, 6.14 % (template 1.5)",
      model: evaluation({
        income: { total: "426.98" },
        expenditure: { execution: { carryoverPrior: "12.00" } },
        yearOnYear: {
          previous: { incomeGrand: "413.58" },
          changes: { incomeGrand: { amount: "25.40", rate: "0.0614" } },
        },
      }),
    },
    {
      name: "expenditure from its parts against last year's stated total",
      model: evaluation({
        expenditure: { stated: { basic: { actual: "226.98" }, project: { actual: "8.00" } } },
        yearOnYear: {
          previous: { total: "200.00" },
          changes: { expenditureTotal: { amount: "34.98" } },
        },
      }),
    },
    {
      // Issue 25 item 1: 三公经费 0 last year and 0 this year, written "持平" (0%).
      name: "0 → 0 stated as 0% (持平) holds",
      model: tp({ abroad: "0.00" }, { abroad: "0.00" }, { abroad: { amount: "0.00", rate: "0" } }),
    },
  ],
  invalid: [
    {
      name: "支出总计 438.98 against 413.58 stated as +25.40, 6.33 % (on the wrong base; template 1.5)",
      model: evaluation({
        expenditure: { byFund: { totalWithCarryover: "438.98" } },
        yearOnYear: {
          previous: { expenditureGrand: "413.58" },
          changes: { expenditureGrand: { amount: "25.40", rate: "0.0633" } },
        },
      }),
      errors: [
        {
          messageId: "rateDiffers",
          says: ["支出总计较上年增减率填报 6.33%"],
          paths: [
            "yearOnYear.changes.expenditureGrand.rate",
            "expenditure.byFund.totalWithCarryover",
            "yearOnYear.previous.expenditureGrand",
          ],
        },
      ],
    },
    {
      // Issue 25 item 1, 南县政协 2021 as published: 收入792.22万元，同比上年度增加189.25万元，
      // 增加31.39%; 财政拨款收入 … 增加209.28万元，增加35.9% — no last-year figure written.
      name: "南县政协 2021: rates beside a blank last year hold against this year − the change",
      model: evaluation({
        income: { fiscalGeneral: "792.22", total: "792.22" },
        yearOnYear: {
          changes: {
            incomeTotal: { amount: "189.25", rate: "0.3139" },
            fiscalIncome: { amount: "209.28", rate: "0.359" },
          },
        },
      }),
      // Only the amounts cannot be checked (they define last year); both rates hold.
      errors: ["incomeTotal", "fiscalIncome"].map((f) => ({
        messageId: "unverifiable",
        severity: "info" as const,
        paths: [
          f === "incomeTotal" ? "income.previousTotal" : "income.previousFiscal",
          `yearOnYear.changes.${f}.amount`,
        ],
      })),
    },
    {
      name: "a wrong stated change: −0.32 for 0.31 − 0.73",
      model: tp(BOTH.current, BOTH.previous, { reception: { amount: "-0.32", rate: "-0.5753" } }),
      errors: [
        {
          messageId: "amountDiffers",
          severity: "error",
          expected: "-0.42",
          actual: "-0.32",
          says: [
            "公务接待费较上年增减额填报 -0.32 万元",
            "本年 0.31 万元 − 上年 0.73 万元 = -0.42 万元",
          ],
          paths: [
            "yearOnYear.changes.reception.amount",
            "threePublic.current.reception.actual",
            "threePublic.previous.reception.actual",
          ],
        },
      ],
    },
    {
      name: "growth from a zero base: 上年0万元，本年3.6万元，上升100%",
      model: tp(BOTH.current, BOTH.previous, { abroad: { amount: "3.60", rate: "1.00" } }),
      errors: [
        {
          messageId: "rateFromZero",
          severity: "error",
          says: ["因公出国(境)费上年为 0 万元，较上年增减率无法计算，但填报了 100%"],
          paths: ["yearOnYear.changes.abroad.rate", "threePublic.previous.abroad.actual"],
        },
      ],
    },
    {
      // Issue 25 item 1, pattern: a rate stated with no last-year figure and no change amount.
      name: "a rate beside a blank last year and no stated change: an info line, never an error",
      model: evaluation({
        income: { total: "300.00" },
        yearOnYear: { changes: { incomeTotal: { rate: "0.10" } } },
      }),
      errors: [
        {
          messageId: "rateBlankBase",
          severity: "info",
          says: ["上年数未填，无法核对增长率"],
          paths: ["income.previousTotal", "yearOnYear.changes.incomeTotal.rate"],
        },
      ],
    },
    {
      // Issue 25 item 1, 南县政协 2021 with the fiscal rate taken on this year's base
      // (209.28 ÷ 792.22 = 26.4%): last year = 792.22 − 209.28 = 582.94, so 35.9% is due.
      name: "南县政协 2021: a rate on the wrong base, last year derived from the stated change",
      model: evaluation({
        income: { fiscalGeneral: "792.22" },
        yearOnYear: { changes: { fiscalIncome: { amount: "209.28", rate: "0.264" } } },
      }),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          paths: ["income.previousFiscal", "yearOnYear.changes.fiscalIncome.amount"],
        },
        {
          messageId: "rateDiffers",
          severity: "error",
          expected: "35.9%",
          actual: "26.4%",
          says: ["上年 582.94 万元"],
          paths: [
            "yearOnYear.changes.fiscalIncome.rate",
            "income.fiscalGeneral",
            "yearOnYear.changes.fiscalIncome.amount",
          ],
        },
      ],
    },
    {
      name: "a wrong rate: −20 % for −16.67 %",
      model: tp(BOTH.current, BOTH.previous, { vehicleRunning: { rate: "-0.20" } }),
      errors: [
        {
          messageId: "rateDiffers",
          expected: "-16.7%",
          actual: "-20%",
          paths: [
            "yearOnYear.changes.vehicleRunning.rate",
            "threePublic.current.vehicleRunning.actual",
            "threePublic.previous.vehicleRunning.actual",
          ],
        },
      ],
    },
    {
      name: "a stated change beside a blank last year: info at the blank, not an error",
      model: evaluation({
        expenditure: { stated: { total: { actual: "234.98" } } },
        yearOnYear: { changes: { expenditureTotal: { amount: "20.00" } } },
      }),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          says: ["未能核对：上年支出总计（实际）未填"],
          paths: ["yearOnYear.previous.total", "yearOnYear.changes.expenditureTotal.amount"],
        },
      ],
    },
  ],
});

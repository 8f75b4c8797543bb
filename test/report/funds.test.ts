import { fundSourceRows } from "../../src/report/funds-summary";
import type { Evaluation } from "../../src/model/evaluation";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { RULES, runRules } from "../../src/rules";
import { score } from "../../src/rules/scoring/score";
import { buildReport } from "../../src/report/narrative";
import { summarySheetOps } from "../../src/report/sheets";
import type { CellWrite } from "../../src/model/sheet";
import { sampleModel } from "../helpers/workbooks";
import { statement as fundsStatement } from "../layout/funds-statement";
import { wordText } from "../helpers/word-text";

/**
 * Issue 26: income and expenditure by fund type, the grand totals and the budget stages reach
 * the report. The statement of test/layout/funds-full.test.ts, on the sample's unit.
 */
function statement(): Evaluation {
  const m = fundsStatement();
  m.profile.year = "2025";
  m.profile.shortName = "人社局";
  return m;
}

const count = (text: string, s: string) => text.split(s).length - 1;

describe("§二 states the funds by type, once each", () => {
  test("the statement in the seed's sentences", async () => {
    const text = await wordText(statement());
    expect(text).toContain(
      "2025年本年收入合计426.98万元，其中：一般公共预算财政拨款收入415.30万元，政府性基金预算财政拨款收入0.00万元，国有资本经营预算财政拨款收入0.00万元，财政专户管理资金收入0.00万元，事业收入6.00万元，经营收入0.00万元，其他收入5.68万元；较上年增加25.40万元，增长6.33%。收入总计438.98万元（含上年结转12.00万元），较上年增加25.40万元，增长6.14%。"
    );
    expect(text).toContain(
      "本年支出按资金来源分：一般公共预算财政拨款支出423.30万元，政府性基金预算财政拨款支出0.00万元，国有资本经营预算财政拨款支出0.00万元，财政专户管理资金支出0.00万元，其他资金支出6.00万元。支出总计438.98万元（含年末结转结余9.68万元），较上年增加25.40万元，增长6.14%。"
    );
    expect(text).toContain(
      "2025年年初预算400.00万元，本年追加（调整）预算30.00万元，全年预算430.00万元，预算调整率7.5%，预算执行率99.84%，其中基本支出预算执行率99.83%，项目支出预算执行率100%。"
    );
  });

  test("each new figure appears exactly once in the Word text", async () => {
    const text = await wordText(statement());
    for (const figure of [
      "本年收入合计426.98万元",
      "一般公共预算财政拨款收入415.30万元",
      "财政专户管理资金收入0.00万元",
      "事业收入6.00万元",
      "经营收入0.00万元",
      "其他收入5.68万元",
      "收入总计438.98万元",
      "上年结转12.00万元",
      "一般公共预算财政拨款支出423.30万元",
      "政府性基金预算财政拨款支出0.00万元",
      "国有资本经营预算财政拨款支出0.00万元",
      "财政专户管理资金支出0.00万元",
      "其他资金支出6.00万元",
      "支出总计438.98万元",
      "增长6.33%",
      "本年追加（调整）预算30.00万元",
      "，预算执行率99.84%",
      "基本支出预算执行率99.83%",
      "项目支出预算执行率100%",
    ])
      expect([figure, count(text, figure)]).toEqual([figure, 1]);
    expect(count(text, "增长6.14%")).toBe(2);
    // 年末结转结余 is no new figure: the 自评表's 结转结余控制 row states it too.
    expect(count(text, "（含年末结转结余9.68万元）")).toBe(1);
  });

  test("项目支出 stated with no project listed: the figure, never “无项目支出”", async () => {
    const text = await wordText(statement());
    expect(text).toContain("全年项目支出8.00万元。");
    expect(text).not.toContain("无项目支出");
    const none = statement();
    none.expenditure.stated.project = { actual: "0.00" };
    expect(await wordText(none)).toContain("本年度无项目支出。");
  });

  test("blank figures print nothing: no fund-type list, no 支出总计, no budget sentence", async () => {
    const m = statement();
    delete m.income.service;
    delete m.income.fiscalSpecial;
    delete m.income.business;
    delete m.income.totalWithCarryover;
    m.expenditure.byFund = {};
    delete m.expenditure.stated.total.budgetInitial;
    delete m.expenditure.stated.basic.budgetInitial;
    const text = await wordText(m);
    // Without a 1.5 fund type the income sentence is the one older workbooks had.
    expect(text).toContain(
      "2025年本年收入合计426.98万元，较上年增加25.40万元，增长6.33%，其中财政拨款收入415.30万元。"
    );
    expect(text).not.toMatch(/收入总计\d|支出总计\d|按资金来源|年初预算\d|事业收入/);
  });

  test("the sample, which fills none of them, says none of it", async () => {
    const text = await wordText(sampleModel());
    expect(text).not.toMatch(/本年收入合计|收入总计\d|按资金来源|支出总计\d|年初预算\d/);
  });
});

/** 汇总's first three columns, row by row, as the sheet holds them. */
function summaryRows(m: Evaluation): string[][] {
  const findings = runRules(m, RULES, undefined, DEFAULT_PROFILE);
  const cells = summarySheetOps(m, findings, score(m, DEFAULT_PROFILE)).flatMap((op) =>
    op.op === "cells" ? (op.cells as CellWrite[]) : []
  );
  const at = new Map(cells.map((c) => [c.address, c.value === undefined ? "" : String(c.value)]));
  const rows = new Set(cells.map((c) => Number(/\d+$/.exec(c.address)?.[0])));
  return [...rows]
    .sort((a, b) => a - b)
    .map((r) => ["A", "B", "C"].map((col) => at.get(`${col}${r}`) ?? ""));
}

describe("汇总 and 自评表: the fund figures where filled", () => {
  test("汇总's 收支 section: this year and last, where stated", () => {
    const rows = summaryRows(statement());
    const from = rows.findIndex((r) => r[0] === "收支（万元）");
    expect(rows.slice(from, from + 7)).toEqual([
      ["收支（万元）", "", ""],
      ["项目", "本年", "上年"],
      ["本年收入合计", "426.98", "401.58"],
      ["收入总计（含上年结转）", "438.98", "413.58"],
      ["支出总计（含年末结转结余）", "438.98", "413.58"],
      ["上年结转", "12.00", ""],
      ["年末结转结余", "9.68", ""],
    ]);
  });

  test("no 收支 section for the sample, which states none of it", () => {
    expect(summaryRows(sampleModel()).map((r) => r[0])).not.toContain("收支（万元）");
  });

  test("自评表: 其中：财政拨款, 上年结转, 其他资金 under 年度资金总额", () => {
    const doc = buildReport(
      statement(),
      runRules(statement(), RULES, undefined, DEFAULT_PROFILE),
      score(statement(), DEFAULT_PROFILE)
    );
    const first = doc.attachment!.blocks[0];
    if (first.kind !== "table") throw new Error("the 自评表 opens with its funds table");
    const rows = first.table.rows.map((r) => r.map((c) => c.text));
    const labels = rows.map((r) => r[0]);
    const of = (label: string) => rows[labels.indexOf(label)].slice(1, 4);
    expect(of("其中：财政拨款")).toEqual(["", "", "423.30"]);
    expect(of("上年结转")).toEqual(["", "12.00", ""]);
    expect(of("其他资金")).toEqual(["", "", "6.00"]);
    // A blank part leaves its sum blank, never the sum of what is filled.
    const partial = statement();
    delete partial.expenditure.byFund!.other;
    const blank = fundSourceRows(partial).map((r) => r.label);
    expect(blank).toEqual(["其中：财政拨款", "上年结转"]);
    const sample = buildReport(sampleModel(), [], score(sampleModel(), DEFAULT_PROFILE));
    const sampleFirst = sample.attachment!.blocks[0];
    if (sampleFirst.kind !== "table") throw new Error("the 自评表 opens with its funds table");
    expect(sampleFirst.table.rows.map((r) => r[0].text)).not.toContain("其他资金");
  });
});

import JSZip from "jszip";
import type { Evaluation } from "../../src/model/evaluation";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { RULES, runRules } from "../../src/rules";
import { score } from "../../src/rules/scoring/score";
import { buildReport } from "../../src/report/narrative";
import { renderDocx } from "../../src/report/docx";
import { sampleModel } from "../helpers/workbooks";
import { statement as fundsStatement } from "../layout/funds-statement";

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

/** The Word file's text, paragraph by paragraph, as a reader of the .docx sees it. */
async function wordText(m: Evaluation): Promise<string> {
  const doc = buildReport(
    m,
    runRules(m, RULES, undefined, DEFAULT_PROFILE),
    score(m, DEFAULT_PROFILE)
  );
  const zip = await JSZip.loadAsync(await renderDocx(doc));
  const xml = await zip.file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:p(?=[ >])[\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""))
    .join("\n");
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
      "2025年年初预算400.00万元，本年追加（调整）预算30.00万元，全年预算430.00万元，预算执行率99.84%，其中基本支出预算执行率99.83%，项目支出预算执行率100%。"
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

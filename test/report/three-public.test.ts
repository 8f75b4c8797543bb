import { Evaluation } from "../../src/model/evaluation";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { RULES, runRules } from "../../src/rules";
import { score } from "../../src/rules/scoring/score";
import { summarySheetOps } from "../../src/report/sheets";
import type { CellWrite } from "../../src/model/sheet";
import { sampleModel } from "../helpers/workbooks";
import { wordParagraphs } from "../helpers/word-text";
import { threePublicStatement } from "../layout/statements";

/**
 * Issue 26: 三公经费 in full reaches the report. The statement of
 * test/layout/three-public-full.test.ts (a county department's 2025 三公 statement):
 * 预算30.00万元，支出27.06万元，完成预算的90.2%，较上年增加13.06万元，增长93.29% … 公务用车购置及运行费
 * 23.10万元（购置费14.50万元，当年购置1辆；运行维护费8.60万元，年末保有量4辆，单车运行维护费2.15万元）.
 */
function statement(): Evaluation {
  const m = threePublicStatement();
  m.profile.year = "2025";
  return m;
}

const count = (text: string, s: string) => text.split(s).length - 1;

describe("the 三公 paragraph states every figure filled, once", () => {
  test("the statement: each figure once in the Word text, in the seed's sentences", async () => {
    const paras = await wordParagraphs(statement());
    const text = paras.join("\n");
    expect(text).toContain(
      "“三公”经费预算30.00万元，支出27.06万元，占预算的90.2%，较上年增加13.06万元，增长93.29%。使用情况如下："
    );
    expect(text).toContain(
      "2．公务用车购置及运行费预算25.00万元，支出决算23.10万元，较上年增加13.90万元，增长151.09%（购置费预算15.00万元，支出14.50万元，占“三公”经费的53.58%，较上年增加14.50万元，当年购置1辆；运行维护费预算10.00万元，支出8.60万元，占“三公”经费的31.78%，较上年减少0.60万元，下降6.52%，年末保有量4辆，单车运行维护费2.15万元）；"
    );
    for (const figure of [
      "预算30.00万元",
      "支出27.06万元",
      "占预算的90.2%",
      "增加13.06万元",
      "93.29%",
      "决算23.10万元",
      "增加13.90万元",
      "151.09%",
      "购置费预算15.00万元",
      "支出14.50万元",
      "53.58%",
      "当年购置1辆",
      "运行维护费预算10.00万元",
      "支出8.60万元",
      "31.78%",
      "年末保有量4辆",
      "单车运行维护费2.15万元",
      "公务用车购置及运行费预算25.00万元",
      "公务接待费预算5.00万元，支出决算3.96万元，占“三公”经费的14.63%，",
      "因公出国（境）费用预算0.00万元，支出决算0.00万元，",
    ])
      expect([figure, count(text, figure)]).toEqual([figure, 1]);
    // Besides the paragraph, the stated 控制率 is the 自评表 row's 实际完成值 (its only other place).
    const row = paras.indexOf("三公经费控制率");
    expect(paras.slice(row, row + 3)).toEqual(["三公经费控制率", "≤100%", "90.2%"]);
  });

  test("the cost per vehicle left blank: 运行维护费 ÷ 保有量 with two decimals", async () => {
    const m = statement();
    delete m.threePublic.current.vehicleRunning.perVehicle;
    m.threePublic.current.vehicleRunning.actual = "8.6";
    m.threePublic.current.vehicleRunning.fleet = "3";
    const text = (await wordParagraphs(m)).join("\n");
    expect(text).toContain("支出8.6万元");
    expect(text).toContain("年末保有量3辆，单车运行维护费2.87万元）");
  });

  test("the control rate left blank: 实际 ÷ 预算, as the report writes percentages", async () => {
    const m = statement();
    m.statedRates = {};
    const text = (await wordParagraphs(m)).join("\n");
    expect(text).toContain("支出27.06万元，占预算的90%，较上年");
  });

  test("the new figures blank: no clause for them and no 0 in their place", async () => {
    const m = statement();
    const tp = m.threePublic.current;
    delete tp.total.budget;
    delete tp.vehicle;
    for (const item of ["abroad", "vehiclePurchase", "vehicleRunning", "reception"] as const) {
      delete tp[item].budget;
      delete tp[item].share;
    }
    delete tp.vehiclePurchase.vehicles;
    delete tp.vehicleRunning.fleet;
    delete tp.vehicleRunning.perVehicle;
    m.statedRates = {};
    delete m.yearOnYear!.changes!.vehicle;
    const text = (await wordParagraphs(m))
      // The 三公 paragraphs: the lead and its three items.
      .filter((p) => p.startsWith("“三公”") || /^[123]．/.test(p))
      .join("\n");
    expect(text).toContain("三公");
    for (const gone of [
      "预算",
      "占预算",
      "当年购置",
      "保有量",
      "单车运行维护费",
      "0辆",
      "（购置费",
    ])
      expect([gone, text.includes(gone)]).toEqual([gone, false]);
    // The whole is then 购置 + 运行, the older sentence with each part's change.
    expect(text).toContain("“三公”经费支出27.06万元，较上年增加13.06万元，增长93.29%。");
    expect(text).toContain(
      "2．公务用车购置及运行费支出决算23.10万元，其中公务用车购置费较上年增加14.50万元，其中公务用车运行维护费较上年减少0.60万元，下降6.52%；"
    );
  });
});

/** The 汇总 sheet as rows of values: each row's A, B, C. */
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

describe("汇总: the 三公 key figures where filled", () => {
  test("the statement: 合计 实际 and 预算, 公务用车保有量", () => {
    const rows = summaryRows(statement());
    const from = rows.findIndex((r) => r[0] === "三公经费");
    expect(rows.slice(from, from + 4)).toEqual([
      ["三公经费", "", ""],
      ["项目", "实际", "预算"],
      ["三公经费合计（万元）", "27.06", "30.00"],
      ["公务用车保有量（辆）", "4", ""],
    ]);
  });

  test("only the budget stated: the 实际 cell is blank, not 0; no 保有量 row", () => {
    const m = statement();
    delete m.threePublic.current.total.actual;
    delete m.threePublic.current.vehicleRunning.fleet;
    const rows = summaryRows(m);
    expect(
      rows.filter((r) => r[0].startsWith("三公经费合计") || r[0].startsWith("公务用车"))
    ).toEqual([["三公经费合计（万元）", "", "30.00"]]);
  });

  test("the sample (no 三公 total or fleet stated): no 三公 section", () => {
    expect(
      summaryRows(sampleModel()).filter((r) => r[0].includes("三公") || r[0].includes("公务用车"))
    ).toEqual([]);
  });
});

import { Evaluation, emptyEvaluation } from "../../src/model/evaluation";
import { TEMPLATE_VERSION } from "../../src/layout";
import { RULES, runRules } from "../../src/rules";
import { templateXlsx } from "../../src/cli/template";
import { readWorkbook } from "../../src/workbook/reader";
import { validate } from "../../src/workbook/validate";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { statement as fundsStatement } from "../layout/funds-statement";
import { assetsStatement, staffingStatement, threePublicStatement } from "../layout/statements";
import { wordText } from "../helpers/word-text";

/**
 * Issue 26's done-when: one unit's statement with every figure the widened template holds —
 * budget stages, income and expenditure by fund type, 三公经费 in full, the project list, staffing
 * and assets — filled at once. Every relation holds, the figures survive fill → export, and each
 * reaches the Word text exactly once. The statement, in the published 决算/自评 pattern (a district
 * bureau, 2025; the seed's own 基本支出 421.30 and project 8.00):
 * “收入总计438.98万元，支出总计438.98万元，与上年相比各增加25.40万元，增长6.14%。本年收入合计
 * 426.98万元……其中一般公共预算财政拨款收入415.30万元……事业收入6.00万元……其他收入5.68万元。本年支出
 * 合计429.30万元（基本支出421.30万元，项目支出8.00万元）……年初预算400.00万元，追加30.00万元，全年
 * 预算430.00万元，预算执行率99.84%。共实施项目1个：就业专项资金……项目执行率100%，自评得分95分。
 * 编制12人（行政6人、事业4人、工勤2人），在职10人，离休0人，退休13人……本年调入1人、退休1人。
 * 人员经费299.95万元，公用经费121.35万元……“三公”经费预算30.00万元，支出27.06万元……年末保有量4辆……资产总额1,520.40万元，其中固定资产
 * 1,235.60万元……车辆账面价值45.30万元。”
 */
function statement(): Evaluation {
  const m = fundsStatement();
  m.profile.name = "某区人力资源和社会保障局";
  m.profile.year = "2025";
  m.profile.staffing = staffingStatement().profile.staffing;
  m.profile.people = staffingStatement().profile.people;
  m.expenditure.stated.personnel = { actual: "299.95" };
  m.expenditure.stated.public = { actual: "121.35" };
  m.expenditure.projectCount = "1";
  m.projects = [
    {
      name: "就业专项资金",
      budgetAdjusted: "8.00",
      actual: "8.00",
      statedRate: "1.00",
      score: "95.00",
      grade: "优",
    },
  ];
  const threePublic = threePublicStatement();
  m.threePublic = threePublic.threePublic;
  m.statedRates = { ...m.statedRates, ...threePublic.statedRates };
  m.yearOnYear = {
    ...m.yearOnYear,
    changes: { ...m.yearOnYear?.changes, ...threePublic.yearOnYear?.changes },
  };
  m.assets = assetsStatement().assets;

  return m;
}

/** Findings about figures: what a wrong or missing relation among the statement's figures gives. */
const figureFindings = (m: Evaluation) =>
  runRules(m, RULES)
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.severity} ${f.ruleId}: ${f.message}`);

test("the statement fills a template of this version", () => {
  expect(statement().templateVersion).toBe(TEMPLATE_VERSION);
  expect(emptyEvaluation(TEMPLATE_VERSION).assets).toBeUndefined();
});

test("every relation among its figures holds: no error and no warning", () => {
  expect(figureFindings(statement())).toEqual([]);
});

test("one slip in each part is caught", () => {
  const slips: [string, (m: Evaluation) => void, RegExp][] = [
    [
      "基本支出 421.30 typed 412.30",
      (m) => (m.expenditure.stated.basic!.actual = "412.30"),
      /error/,
    ],
    ["事业收入 6.00 typed 60.00", (m) => (m.income!.service = "60.00"), /income-total/],
    [
      "单车运行维护费 2.15 typed 2.51",
      (m) => (m.threePublic.current.vehicleRunning.perVehicle = "2.51"),
      /three-public-per-vehicle/,
    ],
    ["项目个数 1 typed 2", (m) => (m.expenditure.projectCount = "2"), /project-count/],
    [
      "在职 by kind 10 typed with 工勤 1",
      (m) => (m.profile.people.activeWorker = "1"),
      /active-by-kind/,
    ],
    [
      "房屋及构筑物 980.00 typed 890.00",
      (m) => (m.assets!.buildings = "890.00"),
      /assets-fixed-sum/,
    ],
  ];
  for (const [what, slip, expected] of slips) {
    const m = statement();
    slip(m);
    const found = figureFindings(m);
    expect([what, found.some((f) => expected.test(f))]).toEqual([what, true]);
  }
});

test("fill → export keeps every figure, and validate finds no error or warning", async () => {
  const m = statement();
  const wb = await XlsxWorkbook.load(await templateXlsx(m));
  expect((await readWorkbook(wb)).model).toEqual(m);
  const { all } = await validate(wb);
  expect(all.filter((f) => f.severity !== "info").map((f) => `${f.ruleId}: ${f.message}`)).toEqual(
    []
  );
});

test("each figure reaches the report's body exactly once", async () => {
  const text = await wordText(statement());
  // The 自评表 attachment is the Ministry's form: its 年度资金 and 预算执行率 rows restate the
  // budget figures by design, so the count is over the report's body, above the attachment.
  const body = text.slice(0, text.indexOf("\n附件\n"));
  expect(body.length).toBeGreaterThan(1000);
  const once = [
    // Budget stages and fund types
    "年初预算400.00万元",
    "全年预算430.00万元",
    "预算执行率99.84%",
    "本年追加（调整）预算30.00万元",
    "预算调整率7.5%",
    "基本支出预算执行率99.83%",
    "项目支出预算执行率100%",
    "含年末结转结余9.68万元",
    "其他资金支出6.00万元",
    "一般公共预算财政拨款收入415.30万元",
    "事业收入6.00万元",
    "其他收入5.68万元",
    "本年收入合计426.98万元",
    "收入总计438.98万元",
    "支出总计438.98万元",
    // 三公经费 in full
    "“三公”经费预算30.00万元",
    "支出27.06万元",
    "当年购置1辆",
    "年末保有量4辆",
    "单车运行维护费2.15万元",
    "公务用车购置及运行费预算25.00万元",
    "53.58%",
    "14.63%",
    // Projects
    "共实施项目1个",
    "自评得分95分",
    // Staffing
    "人员经费299.95万元",
    "公用经费121.35万元",
    "编制人数12人",
    "退休人员13人",
    "本年调入1人",
    // Assets
    "资产总额1520.40万元",
    "固定资产1235.60万元",
    "房屋及构筑物980.00万元",
    "车辆账面价值45.30万元",
    "较上年增加35.60万元",
  ];
  const counts = once.map((s) => [s, body.split(s).length - 1]);
  expect(counts).toEqual(once.map((s) => [s, 1]));
});

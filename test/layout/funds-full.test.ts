import { Evaluation } from "../../src/model/evaluation";
import {
  PLACEMENTS,
  TEMPLATE_MARKER,
  TEMPLATE_VERSION,
  VERSION_NAME,
  computedValues,
  contentOf,
  sheetsFor,
  templateOps,
} from "../../src/layout";
import { templateXlsx } from "../../src/cli/template";
import { evaluationJson } from "../../src/cli/main";
import { readWorkbook } from "../../src/workbook/reader";
import { validate } from "../../src/workbook/validate";
import { upgradeOps, upgradeRequest } from "../../src/workbook/template";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { RULES, runRules } from "../../src/rules";
import { at, sampleModel, setCell } from "../helpers/workbooks";
import { statement } from "./funds-statement";

const FUNDS_RULES = new Set([
  "income-total",
  "income-total-with-carryover",
  "income-balance",
  "expenditure-by-fund",
  "fiscal-expenditure-by-fund",
  "expenditure-total-with-carryover",
  "grand-totals-balance",
  "total-expenditure",
  "fiscal-within-actual",
  "budget-adjustment",
  "budget-execution",
  "stated-rate",
  "year-on-year-change",
]);
const fundsFindings = (m: Evaluation) =>
  runRules(m, RULES)
    .filter((f) => FUNDS_RULES.has(f.ruleId))
    .map((f) => `${f.ruleId}: ${f.message}`);

test("every relation of the statement holds", () => {
  expect(fundsFindings(statement())).toEqual([]);
});

test("a slip is caught: 事业收入 6.00 typed as 60.00", () => {
  const m = statement();
  m.income.service = "60.00";
  expect(fundsFindings(m)).toEqual([
    expect.stringMatching(/^income-total: 本年收入合计填报 426\.98 万元.*480\.98/),
  ]);
});

test("a slip is caught: 支出总计 438.98 typed as 438.89", () => {
  const m = statement();
  m.expenditure.byFund!.totalWithCarryover = "438.89";
  expect(fundsFindings(m)).toEqual([
    expect.stringMatching(
      /^expenditure-total-with-carryover: 支出总计（含年末结转结余）填报 438\.89/
    ),
    expect.stringMatching(
      /^grand-totals-balance: 收入总计 438\.98 万元与支出总计 438\.89 万元不等/
    ),
    // The stated change was worked out from the right 438.98: against 438.89 it no longer holds.
    expect.stringMatching(/^year-on-year-change: 支出总计较上年增减额填报 25\.40/),
    expect.stringMatching(/^year-on-year-change: 支出总计较上年增减率填报 6\.14%.*6\.12%/),
  ]);
});

test("a slip is caught: 一般公共预算财政拨款支出 423.30 typed as 432.30", () => {
  const m = statement();
  m.expenditure.byFund!.fiscalGeneral = "432.30";
  expect(fundsFindings(m)).toEqual([
    expect.stringMatching(/^expenditure-by-fund: 支出总计（实际支出）填报 429\.30/),
    expect.stringMatching(/^fiscal-expenditure-by-fund: 支出总计（其中财政拨款）填报 423\.30/),
  ]);
});

test("a stated change of 收入总计 worked out on 本年收入合计's base is caught (6.33% for 6.14%)", () => {
  const m = statement();
  m.yearOnYear!.changes!.incomeGrand = { amount: "25.40", rate: "0.0633" };
  expect(fundsFindings(m)).toEqual([
    expect.stringMatching(/^year-on-year-change: 收入总计较上年增减率填报 6\.33%/),
  ]);
});

test("the computed cells: income over all seven types, spending by source, the grand totals", () => {
  const v = computedValues(contentOf(statement()));
  expect(v.get("jx_calc_incomeTotal")).toBeCloseTo(426.98, 10);
  expect(v.get("jx_calc_expFundTotal")).toBeCloseTo(429.3, 10);
  expect(v.get("jx_diff_expFundTotal")).toBeCloseTo(0, 10);
  expect(v.get("jx_calc_expTotalWithCarryover")).toBeCloseTo(438.98, 10);
  expect(v.get("jx_calc_yoy_incomeGrand_current")).toBeCloseTo(438.98, 10);
  expect(v.get("jx_calc_yoy_expenditureGrand_changeRate")).toBeCloseTo(25.4 / 413.58, 10);
  expect(v.get("jx_calc_executionRate")).toBeCloseTo(429.3 / 430, 10);
  expect(v.get("jx_calc_adjustmentRate")).toBeCloseTo(30 / 400, 10);
});

test("a blank 年末结转结余 gives no computed 支出总计, never 本年支出合计 alone", () => {
  const m = statement();
  delete m.expenditure.execution.carryoverEnd;
  const v = computedValues(contentOf(m));
  expect(v.get("jx_calc_expTotalWithCarryover")).toBe("");
});

test("fill → export keeps every figure of the statement", async () => {
  const m = statement();
  const wb = await XlsxWorkbook.load(await templateXlsx(m));
  expect((await readWorkbook(wb)).model).toEqual(m);
});

test("export JSON → fill → export keeps every figure, as the fill command parses it", async () => {
  const json = evaluationJson(statement());
  expect(json).toContain('"service": "6.00"');
  expect(json).toContain('"totalWithCarryover": "438.98"');
  const filled = await XlsxWorkbook.load(await templateXlsx(Evaluation.parse(JSON.parse(json))));
  expect(evaluationJson((await readWorkbook(filled)).model)).toBe(json);
});

const NEW_FIELDS: [string, string][] = [
  ["jx_incomeFiscalSpecial", "收入"],
  ["jx_incomeService", "收入"],
  ["jx_incomeBusiness", "收入"],
  ["jx_expFund_fiscalGeneral", "支出汇总"],
  ["jx_expFund_fiscalFund", "支出汇总"],
  ["jx_expFund_fiscalStateCapital", "支出汇总"],
  ["jx_expFund_fiscalSpecial", "支出汇总"],
  ["jx_expFund_other", "支出汇总"],
  ["jx_expFund_totalWithCarryover", "支出汇总"],
  ["jx_yoy_incomeGrand_previous", "上年对比"],
  ["jx_yoy_incomeGrand_changeAmount", "上年对比"],
  ["jx_yoy_incomeGrand_changeRate", "上年对比"],
  ["jx_yoy_expenditureGrand_previous", "上年对比"],
  ["jx_yoy_expenditureGrand_changeAmount", "上年对比"],
  ["jx_yoy_expenditureGrand_changeRate", "上年对比"],
];

test("the new figures have named cells in 万元 (rates as %), marked template 1.5", () => {
  for (const [n, sheet] of NEW_FIELDS) {
    const f = PLACEMENTS.fields.get(n);
    expect([n, f?.sheet, f?.field.since]).toEqual([n, sheet, "1.5"]);
    if (f?.field.type === "amount") expect(f.field.unit).toBe("万元");
    else expect([n, f?.field.type]).toEqual([n, "rate"]);
  }
});

describe("a template 1.4 workbook", () => {
  async function v14(): Promise<XlsxWorkbook> {
    const wb = XlsxWorkbook.create();
    await wb.write(templateOps(sampleModel(), sheetsFor("1.4")));
    setCell(wb, at(VERSION_NAME), `${TEMPLATE_MARKER} 1.4`);
    return XlsxWorkbook.load(await wb.toBuffer());
  }
  const formulaOf = async (wb: XlsxWorkbook, n: string) =>
    (await wb.read({ names: [n], tables: [] })).names[n]?.formula;
  const FOUR_SOURCES =
    'IF(COUNT(jx_incomeFiscalGeneral,jx_incomeFiscalFund,jx_incomeFiscalStateCapital,jx_incomeOther)=0,"",N(jx_incomeFiscalGeneral)+N(jx_incomeFiscalFund)+N(jx_incomeFiscalStateCapital)+N(jx_incomeOther))';

  test("opens and validates like the sample; its 本年收入合计 keeps the formula it can compute", async () => {
    const wb = await v14();
    expect((await wb.read(upgradeRequest())).names.jx_incomeService).toBeUndefined();
    const { model, findings } = await readWorkbook(wb);
    expect(model.templateVersion).toBe("1.4");
    // The 资产 sheet 1.5 added, and one note naming the newer fields.
    expect(findings.map((f) => [f.severity, f.ruleId])).toEqual([
      ["info", "template-older"],
      ["info", "template-older"],
    ]);
    expect(findings.map((f) => f.message).join()).toContain("事业收入");
    expect(findings.map((f) => f.message).join()).toContain("资产");
    expect(await formulaOf(wb, "jx_calc_incomeTotal")).toBe(FOUR_SOURCES);
    const { all } = await validate(wb);
    const current = await validate(await XlsxWorkbook.load(await templateXlsx(sampleModel())));
    const key = (f: { ruleId: string; severity: string; message: string }) =>
      `${f.severity} ${f.ruleId} ${f.message}`;
    expect(all.filter((f) => f.ruleId !== "template-older").map(key)).toEqual(current.all.map(key));
    // Validate wrote the formula back as the 1.4 workbook can compute it: no #NAME? to come.
    expect(await formulaOf(wb, "jx_calc_incomeTotal")).toBe(FOUR_SOURCES);
  });

  test("upgrade adds the 1.5 cells, loses nothing, and the new figures are checked", async () => {
    const wb = await v14();
    const { model: old } = await readWorkbook(wb);
    await wb.write(upgradeOps(await wb.read(upgradeRequest())));
    const upgraded = await XlsxWorkbook.load(await wb.toBuffer());
    const after = await readWorkbook(upgraded);
    expect(after.findings).toEqual([]);
    expect(after.model).toEqual({ ...old, templateVersion: TEMPLATE_VERSION });
    const names = (await upgraded.read(upgradeRequest())).names;
    expect(names.jx_incomeService?.sheet).toBe("收入");
    expect(names.jx_expFund_other?.sheet).toBe("支出汇总");
    expect(names.jx_calc_expFundTotal?.sheet).toBe("支出汇总");
    expect(names.jx_yoy_expenditureGrand_previous?.sheet).toBe("上年对比");
    expect(upgradeOps(await upgraded.read(upgradeRequest()))).toEqual([]);
    const { all } = await validate(upgraded);
    expect(
      all.filter((f) => f.ruleId.startsWith("template-") || f.ruleId.startsWith("computed-"))
    ).toEqual([]);
    // Upgraded, the cell takes today's formula over all seven sources.
    expect(await formulaOf(upgraded, "jx_calc_incomeTotal")).toContain("jx_incomeService");

    // The appended cells are read like the laid-out ones: 事业收入 left out of the total.
    const filled = await XlsxWorkbook.load(await upgraded.toBuffer());
    setCell(filled, names.jx_incomeFiscalGeneral!, 100);
    setCell(filled, names.jx_incomeService!, 20);
    setCell(filled, names.jx_incomeTotal!, 100);
    const m = (await readWorkbook(filled)).model;
    expect(m.income).toEqual({ fiscalGeneral: "100.00", service: "20.00", total: "100.00" });
    const checked = await validate(filled);
    expect(checked.all.filter((f) => f.ruleId === "income-total").map((f) => f.messageId)).toEqual([
      "mismatch",
    ]);
  });
});

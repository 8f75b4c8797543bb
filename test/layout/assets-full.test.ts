import { Evaluation, emptyEvaluation } from "../../src/model/evaluation";
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
import { assetsStatement } from "./statements";

const statement = assetsStatement;

const ASSET_RULES = new Set([
  "assets-fixed-sum",
  "assets-within-total",
  "assets-vehicles-fleet",
  "assets-fixed-change",
]);
const assetFindings = (m: Evaluation) =>
  runRules(m, RULES)
    .filter((f) => ASSET_RULES.has(f.ruleId))
    .map((f) => `${f.ruleId}: ${f.message}`);

test("every relation of the statement holds", () => {
  expect(assetFindings(statement())).toEqual([]);
});

test("a part typed wrong is caught: 房屋及构筑物 980.00 typed 890.00", () => {
  const m = statement();
  m.assets!.buildings = "890.00";
  expect(assetFindings(m)).toEqual([
    expect.stringMatching(/^assets-fixed-sum: 固定资产填报 1235\.60 万元.*相加为 1145\.60 万元/),
  ]);
});

test("资产总额 with its decimal point slipped (152.04) is caught against 固定资产", () => {
  const m = statement();
  m.assets!.total = "152.04";
  expect(assetFindings(m)).toEqual([
    expect.stringMatching(/^assets-within-total: 固定资产（账面价值）1235\.60 万元超过资产总额/),
  ]);
});

test("vehicles on the books with no official vehicle held is a warning", () => {
  const m = statement();
  m.threePublic.current.vehicleRunning.fleet = "0";
  expect(assetFindings(m)).toEqual([
    expect.stringMatching(/^assets-vehicles-fleet: 资产中车辆账面价值 45\.30 万元/),
  ]);
});

test("a change worked out on the wrong year is caught: 较上年增加53.60万元", () => {
  const m = statement();
  m.assets!.fixedChange = "53.60";
  expect(assetFindings(m)).toEqual([
    expect.stringMatching(/^assets-fixed-change: 固定资产较上年增减额填报 53\.60 万元/),
  ]);
});

test("blank is not zero: 资产 left blank checks nothing", () => {
  const m = statement();
  delete m.assets;
  expect(assetFindings(m)).toEqual([]);
  expect(assetFindings({ ...statement(), assets: { fixed: "1235.60" } })).toEqual([]);
});

test("the computed cells: 固定资产 from its parts, the change and its rate", () => {
  const v = computedValues(contentOf(statement()));
  expect(v.get("jx_calc_assets_fixed")).toBeCloseTo(1235.6, 10);
  expect(v.get("jx_diff_assets_fixed")).toBeCloseTo(0, 10);
  expect(v.get("jx_calc_assets_fixedChange")).toBeCloseTo(35.6, 10);
  expect(v.get("jx_calc_assets_fixedChangeRate")).toBeCloseTo(35.6 / 1200, 10);
  const blank = computedValues(contentOf(emptyEvaluation(TEMPLATE_VERSION)));
  // Nothing filled: no sum, no change, never a fake 0.
  expect(blank.get("jx_calc_assets_fixed")).toBe("");
  expect(blank.get("jx_calc_assets_fixedChange")).toBe("");
  expect(blank.get("jx_calc_assets_fixedChangeRate")).toBe("");
});

test("fill → export keeps every figure of the statement", async () => {
  const m = statement();
  const wb = await XlsxWorkbook.load(await templateXlsx(m));
  expect((await readWorkbook(wb)).model).toEqual(m);
});

test("export JSON → fill → export keeps every figure, as the fill command parses it", async () => {
  const json = evaluationJson(statement());
  expect(json).toContain('"vehiclesBook": "45.30"');
  const filled = await XlsxWorkbook.load(await templateXlsx(Evaluation.parse(JSON.parse(json))));
  expect(JSON.parse(evaluationJson((await readWorkbook(filled)).model))).toEqual(JSON.parse(json));
});

test("the new figures have named amount cells in 万元 on 资产, since 1.5", () => {
  for (const k of [
    "total",
    "fixed",
    "buildings",
    "vehicles",
    "otherFixed",
    "vehiclesBook",
    "previousFixed",
    "fixedChange",
  ]) {
    const f = PLACEMENTS.fields.get(`jx_assets_${k}`);
    expect(f?.sheet).toBe("资产");
    expect(f?.field).toMatchObject({ since: "1.5", type: "amount", unit: "万元" });
  }
  const basis = PLACEMENTS.fields.get("jx_assets_basis")?.field;
  expect(basis?.choices).toEqual(["账面价值", "原值"]);
  expect(basis?.hint).toContain("账面价值");
});

describe("a template 1.4 workbook", () => {
  async function v14(): Promise<XlsxWorkbook> {
    const wb = XlsxWorkbook.create();
    await wb.write(templateOps(sampleModel(), sheetsFor("1.4")));
    setCell(wb, at(VERSION_NAME), `${TEMPLATE_MARKER} 1.4`);
    return XlsxWorkbook.load(await wb.toBuffer());
  }

  test("has no 资产 sheet: one note names it, and nothing else changes", async () => {
    const wb = await v14();
    expect(wb.workbook.getWorksheet("资产")).toBeUndefined();
    const { findings } = await readWorkbook(wb);
    expect(findings.map((f) => f.message).join()).toContain("资产");
    expect(new Set(findings.map((f) => `${f.severity} ${f.ruleId}`))).toEqual(
      new Set(["info template-older"])
    );
  });

  test("upgrade adds the 资产 sheet; its figures are then read and checked", async () => {
    const wb = await v14();
    await wb.write(upgradeOps(await wb.read(upgradeRequest())));
    const upgraded = await XlsxWorkbook.load(await wb.toBuffer());
    expect(upgraded.workbook.getWorksheet("资产")).toBeDefined();
    expect((await readWorkbook(upgraded)).findings).toEqual([]);
    for (const [name, v] of [
      ["jx_assets_fixed", 1235.6],
      ["jx_assets_buildings", 980],
      ["jx_assets_vehicles", 45.3],
      ["jx_assets_otherFixed", 200],
    ] as const)
      setCell(upgraded, at(name), v);
    const filled = await XlsxWorkbook.load(await upgraded.toBuffer());
    const checked = await validate(filled);
    expect(
      checked.all.filter((f) => f.ruleId === "assets-fixed-sum").map((f) => f.messageId)
    ).toEqual(["mismatch"]);
  });
});

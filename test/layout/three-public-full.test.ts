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
import { readWorkbook } from "../../src/workbook/reader";
import { validate } from "../../src/workbook/validate";
import { upgradeOps, upgradeRequest } from "../../src/workbook/template";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { RULES, runRules } from "../../src/rules";
import { at, sampleModel, setCell } from "../helpers/workbooks";
import { threePublicStatement } from "./statements";

const statement = threePublicStatement;

const THREE_PUBLIC_RULES = new Set([
  "three-public-total",
  "three-public-vehicle-sum",
  "three-public-per-vehicle",
  "three-public-fleet",
  "three-public-share",
  "three-public-within-budget",
  "stated-rate",
  "year-on-year-change",
]);
const threePublicFindings = (m: Evaluation) =>
  runRules(m, RULES)
    .filter((f) => THREE_PUBLIC_RULES.has(f.ruleId))
    .map((f) => `${f.ruleId}: ${f.message}`);

test("every relation of the statement holds", () => {
  expect(threePublicFindings(statement())).toEqual([]);
});

test("a slip in the statement is caught: 公务用车购置及运行费 23.10 typed as 24.10", () => {
  const m = statement();
  m.threePublic.current.vehicle = { budget: "25.00", actual: "24.10" };
  expect(threePublicFindings(m)).toEqual([
    expect.stringMatching(/^three-public-vehicle-sum: 公务用车购置及运行费（本年实际）填报 24\.10/),
    // The stated change was worked out from the right 23.10: against 24.10 it no longer holds.
    expect.stringMatching(/^year-on-year-change: 公务用车购置及运行费较上年增减额填报 13\.90/),
    expect.stringMatching(/^year-on-year-change: 公务用车购置及运行费较上年增减率填报 151\.09%/),
  ]);
});

test("a share stated on the budget is caught: 公务接待费 13.20% (3.96 ÷ 30.00)", () => {
  const m = statement();
  m.threePublic.current.reception.share = "0.1320";
  expect(threePublicFindings(m)).toEqual([
    expect.stringMatching(/^three-public-share: 公务接待费占三公经费比重（本年）填报 13\.20%/),
  ]);
});

test("“三公经费支出占预算的92.0%” against 27.06 ÷ 30.00 = 90.2% is caught", () => {
  const m = statement();
  m.statedRates = { threePublicControl: "0.920" };
  expect(threePublicFindings(m)).toEqual([expect.stringMatching(/^stated-rate: .*三公经费控制率/)]);
});

test("a change of 公务用车购置及运行费 stated wrong is caught: 151.09% written 51.09%", () => {
  const m = statement();
  m.yearOnYear!.changes!.vehicle = { amount: "13.90", rate: "0.5109" };
  expect(threePublicFindings(m)).toEqual([
    expect.stringMatching(/^year-on-year-change: .*公务用车购置及运行费/),
  ]);
});

test("the computed cells: the vehicle sum, cost per vehicle, each item's 实际/预算 and share", () => {
  const v = computedValues(contentOf(statement()));
  expect(v.get("jx_calc_tp_current_vehicle_actual")).toBeCloseTo(23.1, 10);
  expect(v.get("jx_calc_tp_current_vehicle_budget")).toBeCloseTo(25, 10);
  expect(v.get("jx_calc_tp_current_perVehicle")).toBeCloseTo(2.15, 10);
  expect(v.get("jx_calc_tp_previous_perVehicle")).toBeCloseTo(2.3, 10);
  expect(v.get("jx_calc_tpControl_current_vehiclePurchase")).toBeCloseTo(14.5 / 15, 10);
  expect(v.get("jx_calc_tpControl_current_reception")).toBeCloseTo(3.96 / 5, 10);
  expect(v.get("jx_calc_tpShare_current_vehiclePurchase")).toBeCloseTo(14.5 / 27.06, 10);
  expect(v.get("jx_calc_tpShare_current_abroad")).toBe(0);
  // A budget of 0 gives no rate (blank), never a fake 0 % or 100 %.
  expect(v.get("jx_calc_tpControl_current_abroad")).toBe("");
  expect(v.get("jx_calc_tpControl_current")).toBeCloseTo(27.06 / 30, 10);
  expect(v.get("jx_calc_tpChange_actual")).toBeCloseTo(13.06 / 14, 10);
});

test("a blank 实际 gives no share, no 实际/预算 and no cost per vehicle, never 0 %", () => {
  const m = statement();
  delete m.threePublic.current.reception.actual;
  delete m.threePublic.current.vehicleRunning.actual;
  const v = computedValues(contentOf(m));
  expect(v.get("jx_calc_tpShare_current_reception")).toBe("");
  expect(v.get("jx_calc_tpControl_current_reception")).toBe("");
  expect(v.get("jx_calc_tp_current_perVehicle")).toBe("");
  expect(v.get("jx_calc_tpShare_current_vehiclePurchase")).toBeCloseTo(14.5 / 27.06, 10);
});

test("fill → export keeps every figure of the statement", async () => {
  const m = statement();
  const wb = await XlsxWorkbook.load(await templateXlsx(m));
  expect((await readWorkbook(wb)).model).toEqual(m);
});

test("the new figures have named cells with their units on 三公经费", () => {
  for (const y of ["current", "previous"]) {
    for (const n of [
      `jx_tp_${y}_vehicle_budget`,
      `jx_tp_${y}_vehicle_actual`,
      `jx_tp_${y}_vehiclePurchase_vehicles`,
      `jx_tp_${y}_vehicleRunning_fleet`,
      `jx_tp_${y}_vehicleRunning_perVehicle`,
      `jx_tp_${y}_reception_share`,
    ]) {
      const f = PLACEMENTS.fields.get(n);
      expect(f?.sheet).toBe("三公经费");
      expect(f?.field.since).toBe("1.4");
    }
  }
  expect(PLACEMENTS.fields.get("jx_tp_current_vehicleRunning_fleet")?.field.unit).toBe("辆");
  expect(PLACEMENTS.fields.get("jx_tp_current_vehicleRunning_perVehicle")?.field.unit).toBe(
    "万元/辆"
  );
});

describe("a template 1.3 workbook", () => {
  async function v13(): Promise<XlsxWorkbook> {
    const wb = XlsxWorkbook.create();
    await wb.write(templateOps(sampleModel(), sheetsFor("1.3")));
    setCell(wb, at(VERSION_NAME), `${TEMPLATE_MARKER} 1.3`);
    return XlsxWorkbook.load(await wb.toBuffer());
  }

  test("opens and validates with the sample's findings plus one note on the newer fields", async () => {
    const wb = await v13();
    expect(PLACEMENTS.fields.has("jx_tp_current_vehicle_actual")).toBe(true);
    expect((await wb.read(upgradeRequest())).names.jx_tp_current_vehicle_actual).toBeUndefined();
    const { model, findings } = await readWorkbook(wb);
    expect(model.templateVersion).toBe("1.3");
    // Notes only: on the newer fields, and on the sheets newer versions added (资产, 1.5).
    expect(new Set(findings.map((f) => `${f.severity} ${f.ruleId}`))).toEqual(
      new Set(["info template-older"])
    );
    expect(findings.some((f) => f.message.includes("公务用车保有量"))).toBe(true);
    const { all } = await validate(wb);
    const current = await validate(await XlsxWorkbook.load(await templateXlsx(sampleModel())));
    const key = (f: { ruleId: string; severity: string; message: string }) =>
      `${f.severity} ${f.ruleId} ${f.message}`;
    expect(all.filter((f) => f.ruleId !== "template-older").map(key)).toEqual(current.all.map(key));
  });

  test("upgrade adds the 1.4 fields and computed cells, loses nothing, and is idempotent", async () => {
    const wb = await v13();
    const { model: old } = await readWorkbook(wb);
    await wb.write(upgradeOps(await wb.read(upgradeRequest())));
    const upgraded = await XlsxWorkbook.load(await wb.toBuffer());
    const after = await readWorkbook(upgraded);
    expect(after.findings).toEqual([]);
    expect(after.model).toEqual({ ...old, templateVersion: TEMPLATE_VERSION });
    const names = (await upgraded.read(upgradeRequest())).names;
    expect(names.jx_tp_current_vehicleRunning_fleet?.sheet).toBe("三公经费");
    expect(names.jx_calc_tp_current_perVehicle?.sheet).toBe("三公经费");
    expect(upgradeOps(await upgraded.read(upgradeRequest()))).toEqual([]);
    const { all } = await validate(upgraded);
    expect(all.filter((f) => f.ruleId === "template-damaged")).toEqual([]);

    // The appended cells are read like the laid-out ones: a cost per vehicle that does not match.
    const filled = await XlsxWorkbook.load(await upgraded.toBuffer());
    setCell(filled, names.jx_tp_current_vehicleRunning_fleet!, 2);
    setCell(filled, names.jx_tp_current_vehicleRunning_perVehicle!, 9);
    const m = (await readWorkbook(filled)).model;
    // The sample's 运行维护费 is 0.00: 0.00 ÷ 2 vehicles is not 9.00 a vehicle.
    expect(m.threePublic.current.vehicleRunning).toEqual({
      actual: "0.00",
      fleet: "2",
      perVehicle: "9.00",
    });
    const checked = await validate(filled);
    expect(
      checked.all.filter((f) => f.ruleId === "three-public-per-vehicle").map((f) => f.messageId)
    ).toEqual(["differs"]);
  });
});

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
import { staffingStatement } from "./statements";

const statement = staffingStatement;

const STAFF_RULES = new Set([
  "staffing-total",
  "people-total",
  "active-by-kind",
  "staff-movement",
  "active-within-staffing",
]);
const staffFindings = (m: Evaluation) =>
  runRules(m, RULES)
    .filter((f) => STAFF_RULES.has(f.ruleId))
    .map((f) => `${f.ruleId}: ${f.message}`);

test("every relation of the statement holds", () => {
  expect(staffFindings(statement())).toEqual([]);
});

test("a slip is caught: 本年调入 1 typed as 2", () => {
  const m = statement();
  m.profile.people.transferredIn = "2";
  expect(staffFindings(m)).toEqual([
    "staff-movement: 在职人员填报 10 人，按上年末实有在职人员加本年调入、减调出和退休计算为 11 人（相差 -1 人）。",
  ]);
});

test("a slip is caught: 在职人员中事业 4 typed as 5", () => {
  const m = statement();
  m.profile.people.activeInstitutional = "5";
  expect(staffFindings(m).map((f) => f.split(":")[0])).toEqual(["active-by-kind"]);
});

test("the computed cells: 在职 by kind and 年末在职 from the movements", () => {
  const v = computedValues(contentOf(statement()));
  expect(v.get("jx_calc_peopleActiveByKind")).toBe(10);
  expect(v.get("jx_calc_peopleActiveFromMovements")).toBe(10);
});

test("no movements typed: 年末 from the movements is last year's figure; no last year: blank", () => {
  const m = statement();
  delete m.profile.people.transferredIn;
  delete m.profile.people.transferredOut;
  delete m.profile.people.retiredInYear;
  expect(computedValues(contentOf(m)).get("jx_calc_peopleActiveFromMovements")).toBe(10);
  delete m.profile.people.activeLastYear;
  expect(computedValues(contentOf(m)).get("jx_calc_peopleActiveFromMovements")).toBe("");
});

test("fill → export keeps every figure of the statement", async () => {
  const m = statement();
  const wb = await XlsxWorkbook.load(await templateXlsx(m));
  expect((await readWorkbook(wb)).model).toEqual(m);
});

test("export JSON → fill → export keeps every figure, as the fill command parses it", async () => {
  const json = evaluationJson(statement());
  expect(json).toContain('"transferredIn": "1"');
  const filled = await XlsxWorkbook.load(await templateXlsx(Evaluation.parse(JSON.parse(json))));
  expect(evaluationJson((await readWorkbook(filled)).model)).toBe(json);
});

const NEW_FIELDS = [
  "jx_peopleActiveAdministrative",
  "jx_peopleActivePoliticalLegal",
  "jx_peopleActiveInstitutional",
  "jx_peopleActiveWorker",
  "jx_peopleActiveLastYear",
  "jx_peopleTransferredIn",
  "jx_peopleTransferredOut",
  "jx_peopleRetiredInYear",
];

test("the new figures have named count cells in 人 on 基本信息, since 1.4", () => {
  for (const n of NEW_FIELDS) {
    const f = PLACEMENTS.fields.get(n);
    expect(f?.sheet).toBe("基本信息");
    expect(f?.field.since).toBe("1.4");
    expect(f?.field.type).toBe("count");
    expect(f?.field.unit).toBe("人");
  }
});

describe("a template 1.3 workbook", () => {
  async function v13(): Promise<XlsxWorkbook> {
    const wb = XlsxWorkbook.create();
    await wb.write(templateOps(sampleModel(), sheetsFor("1.3")));
    setCell(wb, at(VERSION_NAME), `${TEMPLATE_MARKER} 1.3`);
    return XlsxWorkbook.load(await wb.toBuffer());
  }

  test("opens without the new cells and validates like the sample", async () => {
    const wb = await v13();
    expect((await wb.read(upgradeRequest())).names.jx_peopleTransferredIn).toBeUndefined();
    const { model, findings } = await readWorkbook(wb);
    expect(model.templateVersion).toBe("1.3");
    // Notes only: on the newer fields, and on the sheets newer versions added (资产, 1.5).
    expect(new Set(findings.map((f) => `${f.severity} ${f.ruleId}`))).toEqual(
      new Set(["info template-older"])
    );
    const { all } = await validate(wb);
    const current = await validate(await XlsxWorkbook.load(await templateXlsx(sampleModel())));
    const key = (f: { ruleId: string; severity: string; message: string }) =>
      `${f.severity} ${f.ruleId} ${f.message}`;
    expect(all.filter((f) => f.ruleId !== "template-older").map(key)).toEqual(current.all.map(key));
  });

  test("upgrade adds the staffing cells, loses nothing, and they are checked", async () => {
    const wb = await v13();
    const { model: old } = await readWorkbook(wb);
    await wb.write(upgradeOps(await wb.read(upgradeRequest())));
    const upgraded = await XlsxWorkbook.load(await wb.toBuffer());
    const after = await readWorkbook(upgraded);
    expect(after.findings).toEqual([]);
    expect(after.model).toEqual({ ...old, templateVersion: TEMPLATE_VERSION });
    const names = (await upgraded.read(upgradeRequest())).names;
    for (const n of [...NEW_FIELDS, "jx_calc_peopleActiveFromMovements"])
      expect(names[n]?.sheet).toBe("基本信息");
    expect(upgradeOps(await upgraded.read(upgradeRequest()))).toEqual([]);

    // The appended cells are read like the laid-out ones: the sample's 在职 is 10.
    const filled = await XlsxWorkbook.load(await upgraded.toBuffer());
    setCell(filled, names.jx_peopleActiveLastYear!, 10);
    setCell(filled, names.jx_peopleTransferredIn!, 2);
    setCell(filled, names.jx_peopleTransferredOut!, 0);
    setCell(filled, names.jx_peopleRetiredInYear!, 1);
    const checked = await validate(filled);
    expect(
      checked.all.filter((f) => f.ruleId === "staff-movement").map((f) => f.messageId)
    ).toEqual(["mismatch"]);
  });
});

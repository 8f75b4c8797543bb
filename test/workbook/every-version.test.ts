import { validate } from "../../src/workbook/validate";
import { readWorkbook } from "../../src/workbook/reader";
import { exportWord, generateReport } from "../../src/workbook/report";
import { upgradeOps, upgradeRequest } from "../../src/workbook/template";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { templateXlsx } from "../../src/cli/template";
import {
  TEMPLATE_MARKER,
  TEMPLATE_VERSION,
  TEMPLATE_VERSIONS,
  VERSION_NAME,
  sheetsFor,
  templateOps,
} from "../../src/layout";
import { emptyEvaluation } from "../../src/model/evaluation";
import type { Finding } from "../../src/model/finding";
import { at, sampleModel, setCell } from "../helpers/workbooks";

/**
 * Issue 26's first promise: a blank new template, the sample and the sample in every older
 * template version open, validate, generate the report and export Word without failing, and an
 * older one is upgraded with nothing typed lost.
 */
const OLDER = TEMPLATE_VERSIONS.filter((v) => v !== TEMPLATE_VERSION);
/** Findings that mean the engine or the template broke, not the unit's figures. */
const BROKEN = new Set(["engine-error", "template-damaged", "not-a-template"]);
const key = (f: Finding) => `${f.severity} ${f.ruleId} ${f.message}`;

async function inVersion(version: string): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await wb.write(templateOps(sampleModel(), sheetsFor(version)));
  setCell(wb, at(VERSION_NAME), `${TEMPLATE_MARKER} ${version}`);
  return XlsxWorkbook.load(await wb.toBuffer());
}

/** Validate, report and Word on one workbook; what validate found. */
async function runAll(wb: XlsxWorkbook): Promise<Finding[]> {
  const { all } = await validate(wb);
  const report = await generateReport(wb);
  expect(report.document.blocks.filter((b) => b.kind === "paragraph").length).toBeGreaterThan(5);
  const word = await exportWord(wb);
  expect(word.bytes.length).toBeGreaterThan(10_000);
  return all;
}

test("older versions are still read: the list starts at 1.0 and ends at this build's", () => {
  expect(TEMPLATE_VERSIONS[0]).toBe("1.0");
  expect(TEMPLATE_VERSIONS[TEMPLATE_VERSIONS.length - 1]).toBe(TEMPLATE_VERSION);
  expect(OLDER.length).toBeGreaterThanOrEqual(4);
});

test("a blank new template validates, reports and exports Word with nothing broken", async () => {
  const wb = await XlsxWorkbook.load(await templateXlsx(emptyEvaluation(TEMPLATE_VERSION)));
  const all = await runAll(wb);
  expect(all.filter((f) => BROKEN.has(f.ruleId)).map(key)).toEqual([]);
  expect(all.length).toBeGreaterThan(0);
});

describe.each(OLDER)("the sample in template %s", (version) => {
  test("validates with the current sample's findings plus only notes on newer fields; reports; exports Word", async () => {
    const current = await runAll(await XlsxWorkbook.load(await templateXlsx(sampleModel())));
    const all = await runAll(await inVersion(version));
    expect(all.filter((f) => BROKEN.has(f.ruleId)).map(key)).toEqual([]);
    const older = all.filter((f) => f.ruleId === "template-older");
    expect(older.length).toBeGreaterThan(0);
    expect(older.every((f) => f.severity === "info")).toBe(true);
    expect(all.filter((f) => f.ruleId !== "template-older").map(key)).toEqual(current.map(key));
  });

  test("upgrade to this build's version loses nothing typed and is idempotent", async () => {
    const wb = await inVersion(version);
    const { model: old } = await readWorkbook(wb);
    expect(old.templateVersion).toBe(version);
    await wb.write(upgradeOps(await wb.read(upgradeRequest())));
    const upgraded = await XlsxWorkbook.load(await wb.toBuffer());
    const after = await readWorkbook(upgraded);
    expect(after.findings.map(key)).toEqual([]);
    expect(after.model).toEqual({ ...old, templateVersion: TEMPLATE_VERSION });
    expect(upgradeOps(await upgraded.read(upgradeRequest()))).toEqual([]);
  });
});

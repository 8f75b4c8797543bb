/**
 * The last results recorded in the workbook, read back through the port on every host: what
 * validate returned is what the 校验结果 sheet and the 评分 cells give back, so the task pane
 * shows the same list whether the run came from the pane, the ribbon or the CLI.
 */
import { parseLocation, readLastResults, type LastResults } from "../../src/workbook/last-results";
import { clearWorkbook, validate } from "../../src/workbook/validate";
import { insertTemplate } from "../../src/workbook/template";
import { FakeExcel } from "../fake-excel";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { HOSTS, open, sampleBytes } from "../contract/ports";
import type { Finding } from "../../src/model/finding";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { TEMPLATE_PROTECTION, type WorkbookPort } from "../../src/workbook/port";

const asRecorded = (f: Finding) => ({
  severity: f.severity,
  ruleId: f.ruleId,
  sheet: f.sheet,
  cell: f.cell,
  message: f.message,
  messageEn: f.messageEn,
  expected: f.expected || undefined,
  actual: f.actual || undefined,
});
const key = (f: ReturnType<typeof asRecorded>) => JSON.stringify(f);
/** Drops undefined fields, as the reader leaves them out. */
const plain = (results: LastResults) =>
  results.findings.map((f) => key(asRecorded(f as Finding))).sort();

describe.each(HOSTS)("last results on %s", (host) => {
  test("before validate: the template, not validated, no findings, no score", async () => {
    const wb = await open(host, sampleBytes());
    const last = await readLastResults(wb.port());
    expect(last).toEqual({ template: true, validated: false, findings: [], score: {} });
  });

  test("after validate: every finding with its message, expected, found; the score", async () => {
    const wb = await open(host, sampleBytes());
    const result = await validate(wb.port());
    const last = await readLastResults(wb.port());
    expect(last.template).toBe(true);
    expect(last.validated).toBe(true);
    expect(last.findings.length).toBe(result.all.length);
    expect(plain(last)).toEqual(result.all.map((f) => key(asRecorded(f))).sort());
    // The seed's two errors are among them, at their cells.
    expect(last.findings.filter((f) => f.severity === "error").map((f) => f.cell)).toEqual(
      expect.arrayContaining(["H8", "K6"])
    );
    expect(last.findings[0].severity).toBe("error");
    // The sample cannot be scored completely: the pane shows why, from the 评分 sheet.
    expect(result.score.complete).toBe(false);
    expect(last.score.total).toBeUndefined();
    expect(last.score.status).toMatch(/^评分不完整：已计 [\d.]+ 分，缺少 /);
    // The pane names the profile the workbook carries on its 评分方案 sheet.
    expect(last.score.profile).toBe(DEFAULT_PROFILE.name);
  });

  test("after clear: not validated again", async () => {
    const wb = await open(host, sampleBytes());
    await validate(wb.port());
    await clearWorkbook(wb.port());
    expect(await readLastResults(wb.port())).toMatchObject({ validated: false, findings: [] });
  });
});

describe("last results on a fake Excel", () => {
  const portOf = (fake: FakeExcel): WorkbookPort =>
    new OfficeWorkbook({
      run: fake.run,
      excel: fake.Excel,
      isSetSupported: (s, v) => fake.isSetSupported(s, v),
    });

  test("a blank workbook is not the template; after 插入模板 it is", async () => {
    const fake = new FakeExcel({ profile: "ltsc2021" });
    expect(await readLastResults(portOf(fake))).toEqual({
      template: false,
      validated: false,
      findings: [],
      score: {},
    });
    await insertTemplate(portOf(fake));
    expect(await readLastResults(portOf(fake))).toMatchObject({ template: true, validated: false });
  });

  test("a complete score reads back as total and grade", async () => {
    const wb = await open("m365", sampleBytes());
    const fake = wb.fake!;
    await validate(wb.port());
    // Stand-in values in the score cells, as a complete run writes them.
    const port = portOf(fake);
    const cells = await scoreAddresses(port, { total: 91.5, grade: "优", status: "评分完整。" });
    await port.write([
      { op: "unprotect", sheet: "评分" },
      { op: "cells", sheet: "评分", cells },
      { op: "protect", sheet: "评分", options: TEMPLATE_PROTECTION },
    ]);
    const last = await readLastResults(portOf(fake));
    expect(last.score).toEqual({
      total: 91.5,
      grade: "优",
      status: "评分完整。",
      profile: DEFAULT_PROFILE.name,
    });
  });
});

/** Writes for the three score cells, found through their defined names. */
async function scoreAddresses(
  port: WorkbookPort,
  values: { total: number; grade: string; status: string }
) {
  const { SCORE_NAMES } = await import("../../src/layout/template");
  const read = await port.read({
    names: [SCORE_NAMES.total, SCORE_NAMES.grade, SCORE_NAMES.status],
    tables: [],
  });
  return [
    { address: read.names[SCORE_NAMES.total]!.address, value: values.total },
    { address: read.names[SCORE_NAMES.grade]!.address, value: values.grade },
    { address: read.names[SCORE_NAMES.status]!.address, value: values.status },
  ];
}

describe("parseLocation", () => {
  test.each([
    ["支出汇总!H8", { sheet: "支出汇总", cell: "H8" }],
    ["A!B!$C$12", { sheet: "A!B", cell: "C12" }],
    ["'my sheet'!AB3", { sheet: "my sheet", cell: "AB3" }],
    ["绩效指标", { sheet: "绩效指标" }],
    ["", {}],
  ])("%s", (where, expected) => {
    expect(parseLocation(where)).toEqual(expected);
  });
});

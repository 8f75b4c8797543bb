/**
 * What users trust, in WPS 表格 (the cases of safety.test.ts and protection.test.ts that the
 * Office profiles run, here over the WPS adapter on the fake WPS host): a theme fill survives
 * validate → clear, text stays text, a password stops nothing but that sheet, a structure-
 * protected workbook is left as it is, and a validate broken off at any call is undone by clear.
 */
import { FakeWps } from "../fake-wps";
import { loadXlsx } from "../fake-excel/xlsx";
import { recalculate } from "../fake-excel/calc";
import { TEMPLATE_PROTECTION } from "../../src/model/sheet";
import {
  STRUCTURE_PROTECTED,
  StructureProtectedError,
  clearWorkbook,
  planValidate,
  validate,
  validateRequest,
} from "../../src/workbook/validate";
import { generateReport } from "../../src/workbook/report";
import { insertTemplate } from "../../src/workbook/template";
import { WpsWorkbook } from "../../src/workbook/wps/wps-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { at, tableCell } from "../helpers/workbooks";
import type { Fill as ExcelFill } from "exceljs";
import { sampleBytes } from "./ports";
import { contentOf } from "./content";
import { digest } from "./digest";
import { applicationOf, openInWps } from "./wps-ports";

async function edited(edit: (wb: XlsxWorkbook) => void | Promise<void>): Promise<Buffer> {
  const wb = await XlsxWorkbook.load(sampleBytes());
  await edit(wb);
  return wb.toBuffer();
}

const STAFF = at("jx_staffTotal");
const THEME_FILL = {
  type: "pattern",
  pattern: "solid",
  fgColor: { theme: 4, tint: 0.5999938962981048 },
} as ExcelFill;

const themed = () =>
  edited((wb) => {
    const cell = wb.workbook.getWorksheet(STAFF.sheet)!.getCell(STAFF.address);
    cell.value = 12;
    cell.fill = THEME_FILL;
  });

const cellOfFile = async (bytes: Buffer, where: { sheet: string; address: string }) =>
  (await XlsxWorkbook.load(bytes)).workbook.getWorksheet(where.sheet)!.getCell(where.address);

test("validate → clear gives back a theme-coloured fill exactly; the mark never touched it", async () => {
  const wb = await openInWps(await themed());
  const { all } = await validate(wb.port());
  expect(all.some((f) => f.sheet === STAFF.sheet && f.cell === STAFF.address)).toBe(true);
  const marked = await cellOfFile(await wb.save(), STAFF);
  expect(marked.fill).toEqual(THEME_FILL);
  await clearWorkbook(wb.port());
  expect((await cellOfFile(await wb.save(), STAFF)).fill).toEqual(THEME_FILL);
});

test("text shaped like a formula, a number or a date stays the same text through validate and report", async () => {
  const tricky = ["=1+1", "+5", "-3", "@x", "4.5%", "2022/9/27", "2022年9月27日", "1,234"];
  const bytes = await edited((wb) =>
    tricky.forEach((t, i) => {
      const c = tableCell("T_Indicators", i + 1, "三级指标");
      wb.workbook.getWorksheet(c.sheet)!.getCell(c.address).value = t;
    })
  );
  const wb = await openInWps(bytes);
  await validate(wb.port());
  await generateReport(wb.port());
  const after = await contentOf(wb.port());
  tricky.forEach((t, i) => {
    const c = tableCell("T_Indicators", i + 1, "三级指标");
    expect(after.values[c.sheet][c.address]).toBe(t);
    expect(Object.values(after.values["自评表"])).toContain(t);
  });
  const sheet = wb.fake.state.sheets.find((s) => s.name === "自评表")!;
  expect([...sheet.cells.values()].filter((c) => c.formula)).toEqual([]);
});

test("a sheet protected with a password is left alone, named in one error; the rest is written", async () => {
  const bytes = await edited(async (wb) => {
    const ws = wb.workbook.getWorksheet(STAFF.sheet)!;
    ws.unprotect();
    await ws.protect("单位的密码", { ...TEMPLATE_PROTECTION });
    ws.getCell(STAFF.address).value = 12;
  });
  const wb = await openInWps(bytes);
  const { all } = await validate(wb.port());
  expect(all.filter((f) => f.ruleId === "sheet-locked").map((f) => f.sheet)).toEqual([STAFF.sheet]);
  const after = await contentOf(wb.port());
  expect(after.sheets[STAFF.sheet]).toMatch(/protected/);
  expect(after.values["校验结果"]).toBeDefined();
  expect(wb.fake.state.sheets.find((s) => s.name === STAFF.sheet)!.conditionalFormats).toEqual([]);
});

test("a structure-protected workbook: validate, report and 插入模板 change nothing and say why", async () => {
  const wb = await openInWps(sampleBytes());
  wb.fake.Application.ActiveWorkbook.Protect(undefined, true);
  const before = digest(wb.fake.state);
  await expect(validate(wb.port())).rejects.toBeInstanceOf(StructureProtectedError);
  await expect(generateReport(wb.port())).rejects.toBeInstanceOf(StructureProtectedError);
  expect((await insertTemplate(wb.port())).refused).toEqual(STRUCTURE_PROTECTED);
  expect(digest(wb.fake.state)).toEqual(before);
});

test("a sheet the user unprotected is still unprotected after validate and clear", async () => {
  const wb = await openInWps(sampleBytes());
  const sheet = () => wb.fake.state.sheets.find((s) => s.name === "支出汇总")!;
  expect(sheet().protection.protected).toBe(true);
  await validate(wb.port());
  expect(sheet().protection.protected).toBe(true);
  wb.fake.Application.ActiveWorkbook.Sheets.Item("支出汇总").Unprotect();
  await validate(wb.port());
  expect(sheet().protection.protected).toBe(false);
  await clearWorkbook(wb.port());
  expect(sheet().protection.protected).toBe(false);
});

test("a validate broken off at any call leaves what clear restores exactly", async () => {
  const warm = await loadXlsx(await themed());
  recalculate(warm);
  const original = digest(warm);
  const fresh = () => new FakeWps({ state: structuredClone(warm), currentYear: 2022 });
  const portOn = (fake: FakeWps) => new WpsWorkbook(applicationOf(fake));
  // Count the write's bridge calls once.
  const probe = fresh();
  const probePort = portOn(probe);
  const read = await probePort.read(validateRequest(probePort.capabilities));
  const start = probe.trace.length;
  await probePort.write(planValidate(read, { notes: true }).ops);
  const calls = probe.trace.slice(start);
  expect(calls.length).toBeGreaterThan(100);
  // Every call would take minutes: every 7th, and the first and last few, cover each op kind.
  // The last calls give the host's settings back; a refusal there is swallowed (the writes are
  // done), so those are not break points.
  let lastWrite = calls.length;
  while (/^Application\.\w+=$/.test(calls[lastWrite - 1])) lastWrite -= 1;
  expect(calls.length - lastWrite).toBe(3);
  const points = [
    ...new Set([
      1,
      2,
      3,
      4,
      5,
      ...Array.from({ length: lastWrite }, (_, i) => i + 1).filter((k) => k % 7 === 0),
      lastWrite - 1,
      lastWrite,
    ]),
  ];
  for (const k of points) {
    const fake = fresh();
    const port = portOn(fake);
    const r = await port.read(validateRequest(port.capabilities));
    fake.failAt(k);
    const outcome = await port.write(planValidate(r, { notes: true }).ops).then(
      () => "written",
      () => "refused"
    );
    expect([k, outcome]).toEqual([k, "refused"]);
    const cleared = await clearWorkbook(portOn(fake));
    expect([k, cleared.left]).toEqual([k, []]);
    expect([k, digest(fake.state)]).toEqual([k, original]);
  }
}, 900000);

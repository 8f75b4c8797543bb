/**
 * Protection as the user set it. TOOLCHAIN.md, Office facts: "Workbook structure protection
 * (workbook.protection, 1.7) refuses adding, deleting, renaming and hiding sheets: read it
 * before planning such ops"; and a sheet the user unprotected is hers to leave so.
 */
import type { FakeExcel } from "../fake-excel";
import { sheetOf } from "../fake-excel/helpers";
import {
  STRUCTURE_PROTECTED,
  StructureProtectedError,
  clearWorkbook,
  validate,
} from "../../src/workbook/validate";
import { generateReport } from "../../src/workbook/report";
import { insertTemplate } from "../../src/workbook/template";
import { createHandlers } from "../../src/commands/handlers";
import { OFFICE_PROFILES, open, sampleBytes } from "./ports";
import { digest } from "./digest";

const SHEET = "支出汇总";

async function protectStructure(fake: FakeExcel) {
  await fake.run(async (context) => {
    context.workbook.protection.protect();
    await context.sync();
  });
}

describe.each(OFFICE_PROFILES)("on %s", (profile) => {
  test("a structure-protected workbook: validate and report change nothing and say why", async () => {
    const wb = await open(profile, sampleBytes());
    await protectStructure(wb.fake!);
    const before = digest(wb.fake!.state);
    await expect(validate(wb.port())).rejects.toBeInstanceOf(StructureProtectedError);
    await expect(generateReport(wb.port())).rejects.toBeInstanceOf(StructureProtectedError);
    expect(digest(wb.fake!.state)).toEqual(before);
    expect((await insertTemplate(wb.port())).refused).toEqual(STRUCTURE_PROTECTED);
    expect(digest(wb.fake!.state)).toEqual(before);
  });

  test("the ribbon's 校验 tells the user, in one sentence, to unprotect the workbook structure", async () => {
    const wb = await open(profile, sampleBytes());
    await protectStructure(wb.fake!);
    const shown: string[] = [];
    const handlers = createHandlers({
      env: { isSetSupported: () => true },
      openWorkbook: () => wb.port(),
      show: async (m) => void shown.push(m.zh),
      notices: { seen: () => true, remember: () => undefined },
    });
    await new Promise<void>((resolve) => void handlers.validate({ completed: resolve }));
    expect(shown).toEqual([STRUCTURE_PROTECTED.zh]);
    expect(STRUCTURE_PROTECTED.zh).toContain("审阅 → 保护工作簿");
    expect(STRUCTURE_PROTECTED.zh.match(/[。！]/g)).toEqual(["。"]);
  });

  test("a sheet the user unprotected is still unprotected after validate and clear", async () => {
    const wb = await open(profile, sampleBytes());
    const fake = wb.fake!;
    expect(sheetOf(fake.state, SHEET).protection.protected).toBe(true);
    await validate(wb.port());
    // Validate opened it to mark it and protected it again, as it was.
    expect(sheetOf(fake.state, SHEET).protection.protected).toBe(true);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).protection.unprotect();
      await context.sync();
    });
    await validate(wb.port());
    expect(sheetOf(fake.state, SHEET).protection.protected).toBe(false);
    await clearWorkbook(wb.port());
    expect(sheetOf(fake.state, SHEET).protection.protected).toBe(false);
  });
});

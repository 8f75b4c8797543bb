/**
 * (More WPS contract files: wps-safety, wps-explanations, wps-scoring-profile, wps-template.)
 * The contract over WPS 表格: the same cases as ExcelJS and Office.js (contract-cases.ts), run
 * by the WPS adapter on the fake WPS host, plus a workbook validated in one host and cleared in
 * another. Differences by design, and why:
 * - notes: WPS has comments (批注) for every version, so notes are written as the CLI writes them
 *   (like m365/web, unlike LTSC Excel);
 * - charts on 汇总: WPS draws them (ChartObjects.Add), so the 汇总 hint differs from the CLI's as
 *   it does on Office;
 * - undo: WPS has no undo grouping for add-in writes (capabilities.undoGroup false, as LTSC Excel):
 *   the pane says so once, as it does there.
 */
import { validate, clearWorkbook } from "../../src/workbook/validate";
import { RECORD_SHEET } from "../../src/layout/results";
import { contractCases } from "./contract-cases";
import { contentOf } from "./content";
import { open, sampleBytes } from "./ports";
import { openInWps } from "./wps-ports";

contractCases(["wps"] as const, (_host, bytes) => openInWps(bytes));

describe("across hosts", () => {
  test.each(["xlsx", "m365"] as const)(
    "validated in %s, cleared in WPS: back to the original file's content",
    async (first) => {
      const original = await contentOf((await open("xlsx", sampleBytes())).port());
      const there = await open(first, sampleBytes());
      await validate(there.port());
      const wps = await openInWps(await there.save());
      const cleared = await clearWorkbook(wps.port());
      expect(cleared.left).toEqual([]);
      const after = await contentOf(wps.port());
      expect(after.values[RECORD_SHEET]).toBeUndefined();
      expect(after).toEqual(original);
    },
    60000
  );

  test("validated in WPS, cleared by the CLI: back to the original", async () => {
    const original = await contentOf((await open("xlsx", sampleBytes())).port());
    const wps = await openInWps(sampleBytes());
    await validate(wps.port());
    const cli = await open("xlsx", await wps.save());
    const cleared = await clearWorkbook(cli.port());
    expect(cleared.left).toEqual([]);
    expect(await contentOf(cli.port())).toEqual(original);
  }, 60000);
});

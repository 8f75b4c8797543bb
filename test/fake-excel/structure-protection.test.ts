/**
 * Workbook structure protection refuses adding, deleting, renaming, moving and hiding sheets.
 * Ref: https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection (ExcelApi 1.7)
 * and TOOLCHAIN.md, Office facts ("Workbook structure protection … refuses adding, deleting,
 * renaming and hiding sheets").
 */
import { FakeExcel } from "./index";
import { rejection } from "./helpers";

type Ctx = Excel.RequestContext;

async function protectedBook(): Promise<FakeExcel> {
  const host = new FakeExcel({ profile: "ltsc2021" });
  await host.run(async (context) => {
    context.workbook.worksheets.add("Other");
    context.workbook.protection.protect();
    await context.sync();
  });
  return host;
}

describe("workbook structure protection", () => {
  test.each<[string, (c: Ctx) => void]>([
    ["add a sheet", (c) => void c.workbook.worksheets.add("New")],
    ["delete a sheet", (c) => c.workbook.worksheets.getItem("Other").delete()],
    ["rename a sheet", (c) => void (c.workbook.worksheets.getItem("Other").name = "Renamed")],
    [
      "hide a sheet",
      (c) => void (c.workbook.worksheets.getItem("Other").visibility = "Hidden" as never),
    ],
    ["move a sheet", (c) => void (c.workbook.worksheets.getItem("Other").position = 0)],
  ])("refuses to %s (AccessDenied)", async (_what, act) => {
    const host = await protectedBook();
    const error = await rejection(
      host.run(async (context) => {
        act(context);
        await context.sync();
      })
    );
    expect(error.code).toBe("AccessDenied");
    expect(host.state.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Sheet1", "Visible"],
      ["Other", "Visible"],
    ]);
  });

  test("reads as protected; cell writes go on; unprotect lets sheets be added again", async () => {
    const host = await protectedBook();
    await host.run(async (context) => {
      const p = context.workbook.protection.load("protected");
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      expect(p.protected).toBe(true);
      context.workbook.protection.unprotect();
      context.workbook.worksheets.add("New");
      await context.sync();
    });
    expect(host.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "Other", "New"]);
  });
});

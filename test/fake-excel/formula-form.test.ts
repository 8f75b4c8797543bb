/**
 * Formulas as Excel shows and refuses them. TOOLCHAIN.md, Office facts: "Excel shows
 * T[[#This Row],[c]] as [@c] (and T[@c] outside the table) and may give that form back through
 * range.formulas"; "A formula naming a table that does not exist is refused".
 * Ref: https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e
 */
import { FakeExcel } from "./index";
import { rejection } from "./helpers";

async function withTable(): Promise<FakeExcel> {
  const host = new FakeExcel({ profile: "m365" });
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Sheet1");
    ws.getRange("A1:C2").values = [
      ["a", "b", "c"],
      [1, 2, null],
    ];
    ws.tables.add("A1:C2", true).name = "T";
    await context.sync();
  });
  return host;
}

describe("range.formulas answers in Excel's own form", () => {
  test("[@c] inside the same table, T[@c] outside it; functions and references upper-cased; _xlfn. hidden", async () => {
    const host = await withTable();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("C2").formulas = [["=if(isnumber(T[[#This Row],[a]]),T[[#This Row],[a]]+b2,0)"]];
      ws.getRange("E2").formulas = [["=_xlfn.ifs(T[[#This Row],[b]]>0,sum(T[a]))"]];
      await context.sync();
      const inside = ws.getRange("C2").load("formulas");
      const outside = ws.getRange("E2").load("formulas");
      await context.sync();
      expect(inside.formulas).toEqual([["=IF(ISNUMBER([@a]),[@a]+B2,0)"]]);
      expect(outside.formulas).toEqual([["=IFS(T[@b]>0,SUM(T[a]))"]]);
    });
  });

  test("text in strings and defined names keep their case", async () => {
    const host = await withTable();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("E1").formulas = [['=if(jx_Name>0,"Abc",a1)']];
      const r = ws.getRange("E1").load("formulas");
      await context.sync();
      expect(r.formulas).toEqual([['=IF(jx_Name>0,"Abc",A1)']]);
    });
  });
});

describe("a formula naming a table that does not exist is refused", () => {
  test("refused before the table is added, accepted after", async () => {
    const host = new FakeExcel({ profile: "m365" });
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("E1").formulas = [["=SUM(T[a])"]];
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    const later = await withTable();
    await later.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("E1").formulas = [["=SUM(T[a])"]];
      await context.sync();
    });
  });
});

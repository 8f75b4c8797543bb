/**
 * Conditional formats as Excel addresses them: by priority, which every add and delete moves.
 * Ref: https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member
 * ("The priority of the conditional format in the current ConditionalFormatCollection") and
 * .../excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)
 * ("Adds a new conditional format to the collection at the first/top priority").
 * TOOLCHAIN.md, Office facts: "Conditional formats: ConditionalFormat.id is the format's priority".
 */
import { FakeExcel } from "./index";
import { sheetOf, rejection } from "./helpers";

type Ctx = Excel.RequestContext;
const sheet1 = (c: Ctx) => c.workbook.worksheets.getItem("Sheet1");

async function withFormats(formulas: string[]) {
  const host = new FakeExcel({ profile: "m365" });
  await host.run(async (context) => {
    formulas.forEach((f, i) => {
      const cf = sheet1(context)
        .getRange(`A${i + 1}`)
        .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      cf.custom.rule.formula = f;
    });
    await context.sync();
  });
  return host;
}

const formulas = (host: FakeExcel) =>
  sheetOf(host.state, "Sheet1").conditionalFormats.map((cf) => cf.formula);

describe("conditional formats addressed by position", () => {
  test("ConditionalFormat.id is its priority; add() inserts at the top priority", async () => {
    const host = await withFormats(["=1", "=2", "=3"]);
    // The last one added is on top.
    expect(formulas(host)).toEqual(["=3", "=2", "=1"]);
    await host.run(async (context) => {
      const list = sheet1(context).getRange().conditionalFormats.load("items/id,items/priority");
      await context.sync();
      expect(list.items.map((i) => [i.id, i.priority])).toEqual([
        ["0", 0],
        ["1", 1],
        ["2", 2],
      ]);
    });
  });

  test("every add and delete renumbers the others: an id read in an earlier run now names another format", async () => {
    const host = await withFormats(["=mine", "=ours"]);
    let idOfOurs = "";
    await host.run(async (context) => {
      const list = sheet1(context)
        .getRange()
        .conditionalFormats.load("items/id,items/custom/rule/formula");
      await context.sync();
      idOfOurs = list.items.find((i) => i.custom.rule.formula === "=ours")!.id;
    });
    // The user adds a format between the two runs: it takes the top priority.
    await host.run(async (context) => {
      const cf = sheet1(context)
        .getRange("B1")
        .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      cf.custom.rule.formula = "=hers";
      await context.sync();
    });
    await host.run(async (context) => {
      sheet1(context).getRange().conditionalFormats.getItem(idOfOurs).delete();
      await context.sync();
    });
    // The id that named ours now names the user's format, and that is what went.
    expect(formulas(host)).toEqual(["=ours", "=mine"]);
  });

  test("deleting several in one batch: lowest position first hits the wrong one, highest first is right", async () => {
    const wrong = await withFormats(["=keep", "=drop2", "=keep2", "=drop1"]);
    // Top first: [drop1, keep2, drop2, keep]; ours at 0 and 2.
    await wrong.run(async (context) => {
      const list = sheet1(context).getRange().conditionalFormats.load("items/id");
      await context.sync();
      list.items[0].delete();
      list.items[2].delete(); // now position 2 holds "=keep"
      await context.sync();
    });
    expect(formulas(wrong)).toEqual(["=keep2", "=drop2"]);

    const right = await withFormats(["=keep", "=drop2", "=keep2", "=drop1"]);
    await right.run(async (context) => {
      const list = sheet1(context).getRange().conditionalFormats.load("items/id");
      await context.sync();
      list.items[2].delete();
      list.items[0].delete();
      await context.sync();
    });
    expect(formulas(right)).toEqual(["=keep2", "=keep"]);
  });

  test("getItem of a position past the end is ItemNotFound", async () => {
    const host = await withFormats(["=1"]);
    const error = await rejection(
      host.run(async (context) => {
        sheet1(context).getRange().conditionalFormats.getItem("1").delete();
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
  });

  test("customOrNullObject loads through the collection (ExcelApi 1.6)", async () => {
    const host = await withFormats(["=A1>0"]);
    await host.run(async (context) => {
      const list = sheet1(context)
        .getRange()
        .conditionalFormats.load("items/type,items/customOrNullObject/rule/formula");
      await context.sync();
      const item = list.items[0];
      expect(item.type).toBe("Custom");
      expect(item.customOrNullObject.isNullObject).toBe(false);
      expect(item.customOrNullObject.rule.formula).toBe("=A1>0");
    });
  });
});

describe("a format over several areas", () => {
  /** Ref: .../excel.conditionalformat#excel-excel-conditionalformat-getranges-member(1) (1.9). */
  test("getRanges() lists every area; getRange() throws and getRangeOrNullObject() is null", async () => {
    const host = await withFormats(["=1"]);
    sheetOf(host.state, "Sheet1").conditionalFormats[0].ranges.push({ r0: 4, r1: 5, c0: 2, c1: 2 });
    await host.run(async (context) => {
      const cf = sheet1(context).getRange().conditionalFormats.getItemAt(0);
      const areas = cf.getRanges().load("address,areaCount");
      const one = cf.getRangeOrNullObject().load("address");
      await context.sync();
      expect([areas.address, areas.areaCount]).toEqual(["Sheet1!A1,Sheet1!C5:C6", 2]);
      expect(one.isNullObject).toBe(true);
    });
    const error = await rejection(
      host.run(async (context) => {
        const r = sheet1(context).getRange().conditionalFormats.getItemAt(0).getRange();
        r.load("address");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidOperation");
  });
});

import { FakeExcel } from "./index";
import { cellOf, rejection } from "./helpers";

const YEAR = 2024;

async function write(
  input: unknown[][],
  opts: { textFormat?: boolean; via?: "values" | "formulas" } = {}
) {
  const host = new FakeExcel({ profile: "m365", currentYear: YEAR });
  const out = await host.run(async (context) => {
    const r = context.workbook.worksheets
      .getItem("Sheet1")
      .getRange("A1")
      .getResizedRange(0, input[0].length - 1);
    if (opts.textFormat) r.numberFormat = [input[0].map(() => "@")];
    if (opts.via === "formulas") r.formulas = input;
    else r.values = input;
    r.load("values,formulas,numberFormat");
    await context.sync();
    return { values: r.values, formulas: r.formulas, numberFormat: r.numberFormat };
  });
  return { host, ...out };
}

describe("strings written to values are parsed like typing", () => {
  test.each([
    ["-5", -5, "General"],
    ["1,234", 1234, "#,##0"],
    ["1,234.5", 1234.5, "#,##0.00"],
    ["4.5%", 0.045, "0.00%"],
    ["45%", 0.45, "0%"],
    ["2022/9/27", 44831, "m/d/yyyy"],
    ["1-5", 45296, "d-mmm"],
    ["TRUE", true, "General"],
    ["false", false, "General"],
    ["12.50", 12.5, "General"],
  ])("%s → %p (%s)", async (typed, value, format) => {
    const { values, numberFormat } = await write([[typed]]);
    expect(values[0][0]).toBe(value);
    expect(numberFormat[0][0]).toBe(format);
  });

  test("=, + and - start formulas", async () => {
    const { formulas, values } = await write([["=1+2", "+3", "-A9", "=SUM(1,2)"]]);
    expect(formulas[0]).toEqual(["=1+2", "=+3", "=-A9", "=SUM(1,2)"]);
    expect(values[0]).toEqual([3, 3, 0, 3]);
  });

  test("a cell formatted @ earlier in the same batch keeps every string as text", async () => {
    const texts = ["=A1", "+1", "-5", "4.5%", "2022/9/27", "1-5", "1,234", "TRUE", "@x"];
    const { values, host } = await write([texts], { textFormat: true });
    expect(values[0]).toEqual(texts);
    expect(cellOf(host, "Sheet1", "A1")?.formula).toBeUndefined();
  });

  test("a text cell holding =x reads back through formulas as =x (office-js#6687)", async () => {
    const { formulas, values } = await write([["=x"]], { textFormat: true });
    expect(values).toEqual([["=x"]]);
    expect(formulas).toEqual([["=x"]]);
  });

  test("writes to formulas: = makes a formula, anything else is typed", async () => {
    const { formulas, values } = await write([["=2*3", "7", "abc"]], { via: "formulas" });
    expect(formulas[0]).toEqual(["=2*3", 7, "abc"]);
    expect(values[0]).toEqual([6, 7, "abc"]);
  });

  test("null in a 2-D array leaves that cell unchanged", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      r.values = [[1, 2, 3]];
      r.values = [[null, "x", null]];
      r.numberFormat = [["0.00", null, null]];
      r.load("values,numberFormat");
      await context.sync();
      expect(r.values).toEqual([[1, "x", 3]]);
      expect(r.numberFormat).toEqual([["0.00", "General", "General"]]);
    });
  });

  test("an array of the wrong shape is refused with InvalidArgument", async () => {
    const host = new FakeExcel({ profile: "m365" });
    const e = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      })
    );
    expect(e.code).toBe("InvalidArgument");
    expect(e.debugInfo.errorLocation).toBe("Range.values");
  });

  test("an apostrophe prefix makes text, like typing", async () => {
    const { values } = await write([["'=1", "'001"]]);
    expect(values[0]).toEqual(["=1", "001"]);
  });
});

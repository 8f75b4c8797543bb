import { readFileSync } from "node:fs";
import { FakeExcel } from "./index";
import { sheetOf } from "./helpers";
import type { WorkbookState } from "./state";
import { keyCol, keyRow } from "./state";
import { loadXlsx, saveXlsx } from "./xlsx";

/** A comparable digest of what a file carries. */
function digest(state: WorkbookState): unknown {
  return {
    sheets: state.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protection: { protected: s.protection.protected, options: s.protection.options },
      cells: [...s.cells].map(([k, c]) => [
        keyRow(k),
        keyCol(k),
        c.value,
        c.formula,
        c.numberFormat,
        c.format,
      ]),
      merges: s.merges,
      widths: [...s.columnWidths],
      freeze: s.freezeRows,
      page: s.pageLayout,
      validations: [...s.validations].map(([k, v]) => [k, v]),
      cfs: s.conditionalFormats.map((cf) => [cf.ranges, cf.formula, cf.fill]),
      notes: [...s.notes].map(([k, n]) => [k, n.content]),
    })),
    names: state.names.map((n) => [n.name, n.ref?.sheet.name, n.ref?.rect]),
    tables: state.tables.map((t) => [t.name, t.sheet.name, t.rect, t.style, t.showFilterButton]),
  };
}

describe("xlsx bridge", () => {
  test("the sample loads: sheets, protection, names, tables, theme-free fills, validations", async () => {
    const state = await loadXlsx(readFileSync("assets/sample.xlsx"));
    expect(state.sheets.map((s) => s.name)).toContain("基本信息");
    expect(sheetOf(state, "基本信息").protection.protected).toBe(true);
    expect(sheetOf(state, "基本信息").protection.options.allowFormatColumns).toBe(true);
    expect(state.names.find((n) => n.name === "jx_unitName")?.ref?.rect).toEqual({
      r0: 2,
      c0: 1,
      r1: 2,
      c1: 1,
    });
    expect(state.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["T_Expenditure", "T_Projects", "T_Indicators"])
    );
    expect(
      state.tables.find((t) => t.name === "T_Projects")?.calculatedColumns?.["执行率"]
    ).toMatch(/^IF\(/);
    expect(sheetOf(state, "基本信息").validations.size).toBeGreaterThan(0);
  });

  test("the fake host works on a loaded file: read names through the API", async () => {
    const host = new FakeExcel({
      profile: "ltsc2021",
      state: await loadXlsx(readFileSync("assets/sample.xlsx")),
    });
    await host.run(async (c) => {
      const range = c.workbook.names
        .getItem("jx_unitName")
        .getRange()
        .load("address,values,numberFormat");
      const prot = c.workbook.worksheets.getItem("基本信息").protection.load("protected");
      await c.sync();
      expect(range.address).toBe("基本信息!B3");
      expect(typeof range.values[0][0]).toBe("string");
      expect(prot.protected).toBe(true);
    });
  });

  test("round trip: save then load gives the same workbook content", async () => {
    const first = await loadXlsx(readFileSync("assets/sample.xlsx"));
    const again = await loadXlsx(await saveXlsx(first));
    expect(digest(again)).toEqual(digest(first));
  });

  test("round trip keeps theme fills with their tint, notes, very hidden sheets and passwords", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (c) => {
      const ws = c.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [["x"]];
      const hidden = c.workbook.worksheets.add("_jx_record");
      hidden.visibility = "VeryHidden";
      ws.protection.protect({ allowFormatCells: true }, "pw");
      await c.sync();
    });
    // The pinned client has no notes API: the note goes into the state directly.
    sheetOf(host.state, "Sheet1").notes.set(0, { content: "说明", author: "fake-excel" });
    const a1 = sheetOf(host.state, "Sheet1").cells.get(0)!;
    a1.format = { ...a1.format, fill: { type: "solid", color: { theme: 4, tint: 0.6 } } };
    const back = await loadXlsx(await saveXlsx(host.state));
    const s = sheetOf(back, "Sheet1");
    expect(s.cells.get(0)?.format.fill).toEqual({ type: "solid", color: { theme: 4, tint: 0.6 } });
    expect(s.notes.get(0)?.content).toBe("说明");
    expect(s.protection.protected).toBe(true);
    expect(s.protection.options.allowFormatCells).toBe(true);
    expect(s.protection.hash).toBeDefined();
    expect(sheetOf(back, "_jx_record").visibility).toBe("VeryHidden");
  });
});

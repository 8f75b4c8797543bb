/**
 * 插入模板 in WPS: into an empty workbook it writes what it writes in Excel (Office.js on the
 * fake Excel, Microsoft 365), and the result validates with no formula reported as overwritten.
 */
import { FakeExcel } from "../fake-excel";
import { createWorkbook } from "../fake-excel/state";
import { FakeWps } from "../fake-wps";
import { insertTemplate } from "../../src/workbook/template";
import { validate } from "../../src/workbook/validate";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { WpsWorkbook } from "../../src/workbook/wps/wps-workbook";
import { contentOf, expectSameFormulas } from "./content";
import { applicationOf } from "./wps-ports";

test("插入模板 in WPS writes what it writes in Excel; the result validates cleanly of overwritten formulas", async () => {
  const excel = new FakeExcel({ profile: "m365", currentYear: 2022 });
  const office = () =>
    new OfficeWorkbook({
      run: excel.run.bind(excel) as typeof Excel.run,
      excel: excel.Excel,
      isSetSupported: (s, v) => excel.isSetSupported(s, v),
    });
  expect((await insertTemplate(office())).refused).toBeUndefined();

  const fake = new FakeWps({ state: createWorkbook(["Sheet1"]), currentYear: 2022 });
  const wps = () => new WpsWorkbook(applicationOf(fake));
  expect((await insertTemplate(wps())).refused).toBeUndefined();

  const inExcel = await contentOf(office());
  const inWps = await contentOf(wps());
  // Notes: WPS always has comments, the pinned Office.js client has no notes API; 插入模板 writes none.
  expect(inWps.notes).toEqual({});
  expect({ ...inWps, formulas: {}, notes: undefined }).toEqual({
    ...inExcel,
    formulas: {},
    notes: undefined,
  });
  expect(expectSameFormulas(inWps, inExcel)).toEqual([]);
  expect(Object.keys(inWps.formulas).length).toBeGreaterThan(10);
  const { all } = await validate(wps());
  expect(all.filter((f) => f.ruleId === "computed-overwritten")).toEqual([]);
}, 60000);

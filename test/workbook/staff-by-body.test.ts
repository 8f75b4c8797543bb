import { templateXlsx } from "../../src/cli/template";
import { validate } from "../../src/workbook/validate";
import { readWorkbook } from "../../src/workbook/reader";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import type { StaffOfBody } from "../../src/model/evaluation";
import { sampleModel, tableCell, at } from "../helpers/workbooks";

/**
 * 分单位人员 (issue 15 item 8, template 1.2) through a real workbook: the table is read back as
 * typed, its sums show in the computed cells, and a body count that does not add up to 基本信息
 * gets one finding at the stated total and the bodies' cells.
 */
async function workbookWith(rows: StaffOfBody[] | undefined) {
  const m = sampleModel();
  m.profile.staffByBody = rows;
  return XlsxWorkbook.load(await templateXlsx(m));
}

const key = (f: { severity: string; ruleId: string; sheet?: string; cell?: string }) =>
  `${f.severity} ${f.ruleId} ${f.sheet}!${f.cell}`;

test("the seed's 编制 11 and 在职 10 by body: read back as typed, no finding, sums shown", async () => {
  const rows = [
    { name: "机关", staffing: "10", active: "9" },
    { name: "就业服务中心", staffing: "1", active: "1" },
  ];
  const wb = await workbookWith(rows);
  const { model } = await readWorkbook(wb);
  expect(model.profile.staffByBody).toEqual(rows);
  const { all } = await validate(wb);
  expect(all.filter((f) => f.ruleId === "staff-by-body")).toEqual([]);
  const sum = at("jx_calc_staffByBody_staffing");
  const sheet = wb.workbook.getWorksheet(sum.sheet)!;
  expect(sheet.getCell(sum.address).result).toBe(11);
  expect(sheet.getCell(at("jx_diff_staffByBody_active").address).result).toBe(0);
});

test("a body count off by one: one error, at 在职人员 and the bodies' 在职 cells", async () => {
  const wb = await workbookWith([
    { name: "机关", staffing: "10", active: "9" },
    { name: "就业服务中心", staffing: "1", active: "2" },
  ]);
  const { all } = await validate(wb);
  const found = all.filter((f) => f.ruleId === "staff-by-body");
  const cell = (w: { sheet: string; address: string }) => `${w.sheet}!${w.address}`;
  expect(found.map(key)).toEqual([`error staff-by-body ${cell(at("jx_peopleActive"))}`]);
  expect(found[0].message).toContain("相加为 11 人");
  expect(found[0].cells?.map((c) => `${c.sheet}!${c.cell}`)).toEqual([
    cell(at("jx_peopleActive")),
    cell(tableCell("T_StaffByBody", 1, "在职人数")),
    cell(tableCell("T_StaffByBody", 2, "在职人数")),
  ]);
});

test("the blank template's preset 机关 row without figures is no row: nothing is read", async () => {
  const wb = await XlsxWorkbook.load(await templateXlsx());
  const first = tableCell("T_StaffByBody", 1, "单位");
  expect(wb.workbook.getWorksheet(first.sheet)!.getCell(first.address).value).toBe("机关");
  const { model } = await readWorkbook(wb);
  expect(model.profile.staffByBody).toBeUndefined();
});

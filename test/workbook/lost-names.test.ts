import { validate } from "../../src/workbook/validate";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { at, sampleWorkbook } from "../helpers/workbooks";

/**
 * A formula using a name the workbook lost (its sheet deleted, the name deleted) gives #NAME? in
 * Excel; validate's cached result must say the same, not a blank that hides the damage (found by
 * test/property/workbook.test.ts: 分单位人员's 编制数合计 cached "" after 基本信息 was deleted).
 */
function removeName(wb: XlsxWorkbook, name: string): void {
  const where = at(name);
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(where.address)!;
  (wb.workbook.definedNames as unknown as { remove(loc: string, name: string): void }).remove(
    `'${where.sheet}'!$${col}$${row}`,
    name
  );
}

async function cachedAt(wb: XlsxWorkbook, name: string): Promise<unknown> {
  const saved = await XlsxWorkbook.load(await wb.toBuffer());
  return (await saved.read({ names: [name], tables: [] })).names[name]?.value;
}

test("both names gone: the computed cell using them caches #NAME?", async () => {
  const wb = await sampleWorkbook();
  removeName(wb, "jx_staffTotal");
  removeName(wb, "jx_calc_staffTotal");
  await validate(wb);
  expect(await cachedAt(wb, "jx_calc_staffByBody_staffingStated")).toEqual({ error: "#NAME?" });
});

test("names present: the same cell caches the stated 编制数合计", async () => {
  const wb = await sampleWorkbook();
  await validate(wb);
  expect(await cachedAt(wb, "jx_calc_staffByBody_staffingStated")).toBe(11);
});

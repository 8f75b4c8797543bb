import { FakeExcel } from "../fake-excel";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";

/**
 * A host reporting ExcelApi 1.18 whose office.js predates notes (@microsoft/office-js 1.1.110):
 * `workbook.notes` is undefined there. The adapter must not offer notes, or its first read
 * with notes fails with a TypeError instead of falling back to marks without notes.
 */
test("a client without the notes API: no notes capability, and a read asking notes works", async () => {
  const fake = new FakeExcel({ profile: "m365" });
  const port = new OfficeWorkbook({
    run: fake.run,
    excel: fake.Excel,
    isSetSupported: (s, v) => fake.isSetSupported(s, v),
  });
  expect(port.capabilities.notes).toBe(false);
  const read = await port.read({ tables: [], names: [], notes: true });
  expect(read.notes).toBeUndefined();
});

test("a client with the notes API and ExcelApi 1.18 offers notes", () => {
  const port = new OfficeWorkbook({
    excel: { NoteCollection: class {} } as unknown as typeof Excel,
    isSetSupported: () => true,
  });
  expect(port.capabilities.notes).toBe(true);
});

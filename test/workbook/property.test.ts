import fc from "fast-check";
import { PLACEMENTS, addr } from "../../src/layout";
import { generateReport } from "../../src/workbook/report";
import { validate } from "../../src/workbook/validate";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { sampleWorkbook } from "../helpers/workbooks";

/** Anything a person might type or paste into a cell. */
const anyValue = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  fc.integer({ min: -100000, max: 100000 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "226.98万元",
    "２２６．９８",
    "1,234.5",
    " 12 ",
    "abc",
    "=1+1",
    "@SUM(A1)",
    "-",
    "0",
    "≥",
    "定性",
    "是",
    "2022年9月27日",
    "100%"
  ),
  fc.constantFrom({ error: "#DIV/0!" }, { error: "#REF!" }, { error: "#N/A" }),
  fc.boolean()
);

const inputCells = [
  ...[...PLACEMENTS.fields.values()].map((f) => ({ sheet: f.sheet, address: f.address })),
  ...[...PLACEMENTS.tables.values()].flatMap((t) =>
    t.table.columns.flatMap((c, j) =>
      c.calc
        ? []
        : [1, 2, 3].map((i) => ({ sheet: t.sheet, address: addr(t.col + j, t.headerRow + i) }))
    )
  ),
];

/** PRODUCT.md §10: over random workbooks no exception escapes; every problem is a finding with a location. */
test("validate and report survive any typed content, and every finding has a place", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.integer({ min: 0, max: inputCells.length - 1 }), anyValue), {
        minLength: 1,
        maxLength: 25,
      }),
      async (edits) => {
        const wb = await sampleWorkbook();
        for (const [i, value] of edits) {
          const at = inputCells[i];
          wb.workbook.getWorksheet(at.sheet)!.getCell(at.address).value = value as never;
        }
        const reloaded = await XlsxWorkbook.load(await wb.toBuffer());
        const { all } = await validate(reloaded);
        for (const f of all) {
          expect(f.sheet).toBeTruthy();
          expect(f.message).not.toMatch(/\{\{|undefined|NaN/);
        }
        expect(all.some((f) => f.ruleId === "engine-error")).toBe(false);
        await generateReport(reloaded);
      }
    ),
    {
      numRuns: Number(process.env.JIXIAO_PROPERTY_RUNS ?? 25),
      seed: Number(process.env.JIXIAO_PROPERTY_SEED ?? 20261125),
    }
  );
}, 120000);

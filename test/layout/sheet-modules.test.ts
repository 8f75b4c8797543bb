import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SHEETS } from "../../src/layout";

/** A newcomer finds a sheet's layout by its name: src/layout/sheets/<English name>.ts. */
const DIR = join(__dirname, "../../src/layout/sheets");
const moduleOf = (en: string) => `${en.toLowerCase().replace(/ /g, "-")}.ts`;

describe("one module per sheet", () => {
  const files = readdirSync(DIR).sort();

  test("every sheet has a module named by its English name, its Chinese name in the opening comment", () => {
    for (const sheet of SHEETS) {
      const file = moduleOf(sheet.en);
      expect(files).toContain(file);
      const opening = readFileSync(join(DIR, file), "utf8").split("*/")[0];
      expect(opening).toContain(sheet.name);
    }
  });

  test("every module there is a sheet's, and none imports the assembly", () => {
    expect(files).toEqual(SHEETS.map((s) => moduleOf(s.en)).sort());
    for (const file of files)
      expect(readFileSync(join(DIR, file), "utf8")).not.toMatch(/from "\.\.\/(template|index)"/);
  });
});

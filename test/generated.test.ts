import { readFileSync } from "node:fs";
import { templateMarkdown } from "../src/layout/docs";
import { templateXlsx } from "../src/cli/template";
import { snapshotOfFile } from "../src/workbook/xlsx/snapshot";

/** Generated files in the repository must match what the code generates now: run `npm run gen`. */
describe("generated files are fresh", () => {
  test("docs/template.md", () => {
    expect(readFileSync("docs/template.md", "utf8")).toBe(templateMarkdown());
  });

  test("assets/template.xlsx (content, not bytes)", async () => {
    const committed = await snapshotOfFile(readFileSync("assets/template.xlsx"));
    const fresh = await snapshotOfFile(await templateXlsx());
    expect(committed).toEqual(fresh);
  });

  test("two writes of the template have equal content, so the check above is meaningful", async () => {
    const a = await snapshotOfFile(await templateXlsx());
    const b = await snapshotOfFile(await templateXlsx());
    expect(a).toEqual(b);
    expect(Object.keys(a.sheets).length).toBeGreaterThan(5);
    expect(Object.keys(a.names).length).toBeGreaterThan(100);
  });
});

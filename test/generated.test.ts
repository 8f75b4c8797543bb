import { readFileSync } from "node:fs";
import { templateMarkdown } from "../src/layout/docs";
import { templateXlsx } from "../src/cli/template";
import { evaluationJson, schemaJson } from "../src/cli/main";
import { Evaluation } from "../src/model/evaluation";
import { DEFAULT_PROFILE } from "../src/model/scoring-profile";
import { scoringMarkdown } from "../src/rules/scoring/docs";
import { readWorkbook } from "../src/workbook/reader";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsx-workbook";
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

  test("docs/scoring.md", () => {
    expect(readFileSync("docs/scoring.md", "utf8")).toBe(scoringMarkdown(DEFAULT_PROFILE));
  });

  test("docs/schema.json", () => {
    expect(readFileSync("docs/schema.json", "utf8")).toBe(schemaJson());
  });

  test("assets/sample.xlsx is the sample JSON filled into the template", async () => {
    const model = Evaluation.parse(JSON.parse(readFileSync("assets/sample.json", "utf8")));
    expect(await snapshotOfFile(readFileSync("assets/sample.xlsx"))).toEqual(
      await snapshotOfFile(await templateXlsx(model))
    );
  });

  test("assets/sample.json is what assets/sample.xlsx exports (stated precision included)", async () => {
    const { model } = await readWorkbook(
      await XlsxWorkbook.load(readFileSync("assets/sample.xlsx"))
    );
    expect(evaluationJson(model)).toBe(readFileSync("assets/sample.json", "utf8"));
  });

  test("two writes of the template have equal content, so the check above is meaningful", async () => {
    const a = await snapshotOfFile(await templateXlsx());
    const b = await snapshotOfFile(await templateXlsx());
    expect(a).toEqual(b);
    expect(Object.keys(a.sheets).length).toBeGreaterThan(5);
    expect(Object.keys(a.names).length).toBeGreaterThan(100);
  });
});

import { readFileSync } from "node:fs";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { runRules } from "../../src/rules/core/engine";
import { PROOFREAD_RULES } from "../../src/rules/narrative/proofreading";
import { buildReport } from "../../src/report/narrative";
import { score } from "../../src/rules/scoring/score";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import type { Block } from "../../src/report/document";
import { sampleModel } from "../helpers/workbooks";
import { evaluation } from "./rule-tester";
import { layoutLocations } from "../../src/layout/locations";

/**
 * Issue 27's "Done when": on the seed's prose, exactly its own slips; on the template's texts,
 * nothing.
 */
test("the seed: its doubled word, its 截止, its half-width commas (and its 文号 and 预计)", () => {
  const m = sampleModel();
  const where = layoutLocations(m);
  const at = (path: string) => `${where.get(path)!.sheet}!${where.get(path)!.cell}`;
  const found = runRules(m, PROOFREAD_RULES).map((f) => [
    f.ruleId,
    `${f.sheet}!${f.cell}`,
    f.actual,
  ]);
  const text = (i: number) => `narrative.achievements.${i}.text`;
  expect(found).toEqual([
    ["proofread-doubled-word", at(text(9)), "单位单位"],
    ...[0, 7, 8, 9, 11].map((i) => [
      "proofread-date-word",
      at(text(i)),
      i === 11 ? "截止到" : "截止",
    ]),
    ["proofread-half-width", at(text(1)), ","],
    ["proofread-half-width", at(text(2)), ","],
    ["proofread-document-number", at(text(8)), "[2021]、[2021]"],
    ["proofread-forecast", at(text(8)), "预计、预计"],
    ["proofread-forecast", at(text(9)), "预计"],
  ]);
});

/**
 * The proofreading rules find nothing in the template's own texts (every label, hint
 * and instruction of assets/template.xlsx) nor in the sentences the report writes itself; a
 * checker that flags its own forms would teach users to ignore it.
 */
async function templateTexts(): Promise<string[]> {
  const { workbook } = await XlsxWorkbook.load(readFileSync("assets/template.xlsx"));
  const out: string[] = [];
  workbook.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === "string" && /[\u4e00-\u9fff]/.test(c.value)) out.push(c.value);
      })
    )
  );
  return out;
}

/** The texts as 工作成效 paragraphs, where the proofreading rules read. */
const asProse = (texts: string[]) =>
  evaluation({
    profile: { year: "2021", reportDate: "2022-09-27" },
    narrative: { achievements: texts.map((text) => ({ topic: "模板", text })) },
  });

test("the template's own texts: no proofreading finding", async () => {
  const texts = await templateTexts();
  expect(texts.length).toBeGreaterThan(100);
  // The checker's own cases must fire here, or a clean result would prove nothing.
  const slipped = asProse([...texts, "参保单位单位发放，截止2021年12月,共计"]);
  expect(
    runRules(slipped, PROOFREAD_RULES)
      .map((f) => f.ruleId)
      .sort()
  ).toEqual(["proofread-date-word", "proofread-doubled-word", "proofread-half-width"]);
  expect(runRules(asProse(texts), PROOFREAD_RULES).map((f) => f.message)).toEqual([]);
});

test("the sentences the report writes itself: no proofreading finding", () => {
  // The sample without the unit's prose: every paragraph left is the report's own wording.
  const m = sampleModel();
  m.narrative = { ...m.narrative, achievements: [], problems: [], suggestions: [], management: "" };
  m.projects = m.projects.map((p) => ({ ...p, purpose: undefined, result: undefined }));
  const doc = buildReport(m, [], score(m, DEFAULT_PROFILE));
  const text = (b: Block): string[] =>
    b.kind === "signature"
      ? b.lines
      : b.kind === "table"
        ? [...b.table.header, ...b.table.rows].flat().map((c) => c.text)
        : [b.text];
  const own = [...doc.blocks, ...(doc.attachment?.blocks ?? [])].flatMap(text).filter(Boolean);
  expect(own.length).toBeGreaterThan(20);
  expect(runRules(asProse(own), PROOFREAD_RULES).map((f) => f.message)).toEqual([]);
});

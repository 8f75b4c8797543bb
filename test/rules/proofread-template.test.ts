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

/**
 * Issue 27: the proofreading rules find nothing in the template's own texts (every label, hint
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

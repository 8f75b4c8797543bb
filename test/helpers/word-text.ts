import JSZip from "jszip";
import type { Evaluation } from "../../src/model/evaluation";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { RULES, runRules } from "../../src/rules";
import { score } from "../../src/rules/scoring/score";
import { buildReport } from "../../src/report/narrative";
import { renderDocx } from "../../src/report/docx";

/** The Word report's paragraphs as a reader of the .docx sees them (document.xml's text runs). */
export async function wordParagraphs(m: Evaluation): Promise<string[]> {
  const doc = buildReport(
    m,
    runRules(m, RULES, undefined, DEFAULT_PROFILE),
    score(m, DEFAULT_PROFILE)
  );
  const zip = await JSZip.loadAsync(await renderDocx(doc));
  const xml = await zip.file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:p(?=[ >])[\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")
  );
}

/** The Word report's text, one paragraph a line. */
export const wordText = async (m: Evaluation): Promise<string> =>
  (await wordParagraphs(m)).join("\n");

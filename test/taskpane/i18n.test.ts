/** The pane in en-US has no Chinese of its own left (issue 27): every text and every format. */
import { formats, messages, type Kind } from "../../src/taskpane/i18n";
import { readFailure, wordFailure } from "../../src/taskpane/failures";
import { wordSaved } from "../../src/taskpane/word";

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe("en-US has no Chinese left", () => {
  test("the detector sees Chinese, full-width punctuation included", () => {
    expect(CJK.test("12 figures missing (as the 评分 sheet names them)")).toBe(true);
    expect(CJK.test("Score 91.50（1 explained）")).toBe(true);
    expect(CJK.test("Score 91.50, grade Excellent")).toBe(false);
  });

  test("every text of the en-US table", () => {
    const left = Object.entries(messages["en-US"]).filter(([, text]) => CJK.test(text));
    expect(left).toEqual([]);
  });

  test("every format, with figures in it", () => {
    const f = formats["en-US"];
    const kinds: Kind[] = ["error", "warning", "info", "explained"];
    const texts = [
      ...kinds.flatMap((k) => [f.kind(k), f.group(k, 1), f.group(k, 3), f.chip(k, 2)]),
      f.counts({ error: 2, warning: 1, info: 3 }),
      f.explainedCount(2),
      ...["优", "良", "中", "差"].map((grade) => f.score(91.5, grade)),
      f.scoreIncomplete("27"),
      f.scoreIncomplete(),
      f.missing(15, 12),
      f.missing(1),
      f.profile,
      f.shown(3, 7),
      ...(["validate", "report", "clearMarks", "insertTemplate", "refresh"] as const).map(
        f.running
      ),
      f.reportDone(0),
      f.reportDone(2),
    ];
    expect(texts.filter((t) => CJK.test(t))).toEqual([]);
  });

  test("failures and the Word file's messages", () => {
    const texts = [
      readFailure(new Error()).message.en,
      wordFailure(new Error()).message.en,
      wordSaved("report.docx", 0).en,
      wordSaved("report.docx", 2).en,
    ];
    expect(texts.filter((t) => CJK.test(t))).toEqual([]);
  });
});

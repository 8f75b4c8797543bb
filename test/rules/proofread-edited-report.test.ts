/**
 * `jixiao docx` from edited report sheets (issue 27): an edit that changes a figure the data
 * sheets hold is listed on the 校验情况 page; rewording around the same figures is not.
 */
import { REPORT_SHEET, SELF_EVAL_SHEET } from "../../src/layout/results";
import type { CellValue } from "../../src/model/sheet";
import { exportWord, generateReport } from "../../src/workbook/report";
import { open, sampleBytes } from "../contract/ports";

type Sheets = Record<string, Record<string, CellValue>>;
type Edit = (sheets: Sheets) => { sheet: string; address: string; value: string }[];

/** The first cell of a sheet whose text matches. */
const find = (values: Record<string, CellValue>, test: (t: string) => boolean) =>
  Object.keys(values).find((a) => typeof values[a] === "string" && test(values[a] as string))!;

/** Generates the sample's report, applies the edits, exports Word: the edited-report findings. */
async function afterEdits(edit: Edit) {
  const wb = await open("xlsx", sampleBytes());
  await generateReport(wb.port());
  const port = wb.port();
  const read = await port.read({
    names: [],
    tables: [],
    sheetValues: [REPORT_SHEET, SELF_EVAL_SHEET],
  });
  const changes = edit(read.sheetValues!);
  await port.write(
    changes.map((c) => ({
      op: "cells" as const,
      sheet: c.sheet,
      cells: [{ address: c.address, value: c.value }],
    }))
  );
  const exported = await exportWord(wb.port());
  return {
    found: exported.all.filter((f) => f.ruleId === "proofread-edited-report"),
    draft: JSON.stringify(exported.document.draft),
  };
}

const totalSentence = (s: Sheets) => {
  const r = s[REPORT_SHEET];
  const at = find(r, (t) => t.includes("全年总支出226.98万元"));
  return { at, text: r[at] as string };
};

const cases: {
  valid: { name: string; edit: Edit }[];
  invalid: { name: string; edit: Edit; says: RegExp[]; sheet: string }[];
} = {
  valid: [
    { name: "the sheets as generated", edit: () => [] },
    {
      name: "wording changed around the same figures",
      edit: (s) => {
        const { at, text } = totalSentence(s);
        return [
          { sheet: REPORT_SHEET, address: at, value: text.replace("全年总支出", "本年度支出共计") },
        ];
      },
    },
  ],
  invalid: [
    {
      name: "全年总支出 edited to 236.98万元",
      edit: (s) => {
        const { at, text } = totalSentence(s);
        return [
          {
            sheet: REPORT_SHEET,
            address: at,
            value: text.replace("全年总支出226.98", "全年总支出236.98"),
          },
        ];
      },
      says: [/改写为 236\.98万元，按数据为 226\.98万元/],
      sheet: REPORT_SHEET,
    },
    {
      name: "an 实际完成值 edited in the 自评表",
      edit: (s) => {
        const g = s[SELF_EVAL_SHEET];
        const at = find(g, (t) => t === "3821人");
        return [{ sheet: SELF_EVAL_SHEET, address: at, value: "3900人" }];
      },
      says: [/“城镇新增就业人员”的实际完成值为 3900人，按工作簿数据应为 3821人/],
      sheet: SELF_EVAL_SHEET,
    },
  ],
};

describe("proofread-edited-report", () => {
  test.each(cases.valid.map((c) => [c.name, c.edit] as const))(
    "valid: %s",
    async (_n, edit) => {
      expect((await afterEdits(edit)).found).toEqual([]);
    },
    60000
  );

  test.each(cases.invalid.map((c) => [c.name, c] as const))(
    "invalid: %s",
    async (_n, c) => {
      const { found, draft } = await afterEdits(c.edit);
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe("warning");
      expect(found[0].sheet).toBe(c.sheet);
      expect(found[0].cell).toMatch(/^[A-Z]+\d+$/);
      for (const s of c.says) expect(found[0].message).toMatch(s);
      // Listed on the 校验情况 page of the Word file.
      expect(draft).toContain(found[0].message.slice(0, 20));
    },
    60000
  );
});

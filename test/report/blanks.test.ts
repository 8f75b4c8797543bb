import { renderDocx } from "../../src/report/docx";
import { buildReport } from "../../src/report/narrative";
import { BLANK, BLANK_DATE } from "../../src/report/text";
import type { Block, ReportDocument } from "../../src/report/document";
import { score } from "../../src/rules/scoring/score";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { generateReport } from "../../src/workbook/report";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { templateXlsx } from "../../src/cli/template";
import JSZip from "jszip";
import { layoutLocations } from "../../src/layout/locations";
import type { Finding } from "../../src/model/finding";
import { sampleModel } from "../helpers/workbooks";

/**
 * Issue 27 (the 自评表 and Word file carry no machine text) and issue 25 item 2 (the report
 * asks for the fields a draft leaves blank and leaves a visible blank, never "某某" or "财政局：").
 */
const MACHINE = /（未填写）|（未填）|未评分：|缺少|本组另有指标|目标值设定偏低|某某|undefined|NaN/;

function texts(d: ReportDocument): string[] {
  const of = (b: Block): string[] =>
    b.kind === "signature"
      ? b.lines
      : b.kind === "table"
        ? [...b.table.header, ...b.table.rows].flat().map((c) => c.text)
        : [b.text];
  return [...d.blocks, ...(d.attachment?.blocks ?? [])].flatMap(of);
}

async function wordText(d: ReportDocument): Promise<string> {
  const zip = await JSZip.loadAsync(await renderDocx(d));
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml.replace(/<[^>]+>/g, "");
}

test("the sample's report and its Word text: none of the machine phrases", async () => {
  const m = sampleModel();
  const doc = buildReport(m, [], score(m, DEFAULT_PROFILE));
  expect(texts(doc).filter((t) => MACHINE.test(t))).toEqual([]);
  const word = await wordText({ ...doc, draft: undefined });
  expect(word).not.toMatch(MACHINE);
  expect(word).toContain("区财政局：");
});

test("blank 报送对象, 报告日期 and figures leave a visible blank, not a made-up name", async () => {
  const m = sampleModel();
  m.profile.addressee = undefined;
  m.profile.reportDate = undefined;
  // No figure stated or derivable for the total: its sentence keeps a blank.
  m.expenditure.stated = { personnel: {}, public: {}, basic: {}, project: {}, total: {} };
  m.expenditure.items = [];
  m.projects = [];
  const doc = buildReport(m, [], score(m, DEFAULT_PROFILE));
  expect(doc.blocks[1]).toEqual({ kind: "addressee", text: `${BLANK}：` });
  expect(texts(doc).join("\n")).not.toMatch(/^财政局：|[^区县市省]财政局：|某某|（未填）/m);
  expect(doc.blocks.at(-1)).toEqual({
    kind: "signature",
    lines: ["邵阳市双清区人力资源和社会保障局", BLANK_DATE],
  });
  expect(texts(doc).join("\n")).toContain(`按照${BLANK}关于绩效评价文件要求`);
  expect(texts(doc).join("\n")).toContain(`全年总支出${BLANK}万元`);
  const noYear = sampleModel();
  noYear.profile.year = undefined;
  const undated = texts(buildReport(noYear, [], score(noYear, DEFAULT_PROFILE))).join("\n");
  expect(undated).toContain(`双清区人社局${BLANK}年全年总支出`);
  expect(undated).not.toContain("人社局年全年");
  expect(await wordText({ ...doc, draft: undefined })).toContain(`${BLANK}：`);
});

test("generating the report warns once per blank field it needs; the sample's report none", async () => {
  const m = sampleModel();
  const full = await XlsxWorkbook.load(await templateXlsx(m));
  const ids = (await generateReport(full)).all.map((f) => f.ruleId);
  expect(ids).not.toContain("proofread-report-fields");

  m.profile.addressee = undefined;
  m.profile.reportDate = undefined;
  m.profile.shortName = undefined;
  const wb = await XlsxWorkbook.load(await templateXlsx(m));
  const result = await generateReport(wb);
  const asked = result.all.filter((f) => f.ruleId === "proofread-report-fields");
  // Each field once: as this warning, or as the reader's own finding at that cell.
  const readerAt = new Set(
    result.all.filter((f) => f.ruleId === "cell-required").map((f) => `${f.sheet}!${f.cell}`)
  );
  const labels = ["报送对象", "报告日期", "单位简称"];
  for (const label of labels) {
    const own = asked.filter((f) => f.message.includes(label));
    expect(own.length).toBeLessThanOrEqual(1);
    if (own.length) expect(own[0].severity).toBe("warning");
    else expect(readerAt.size).toBeGreaterThan(0);
  }
  for (const f of asked) expect(readerAt.has(`${f.sheet}!${f.cell}`)).toBe(false);
  expect(result.document.blocks[1]).toEqual({ kind: "addressee", text: `${BLANK}：` });
});

test("one item, one name: the report never calls 其他交通补助 by the code's 其他交通费用", () => {
  const m = sampleModel();
  const doc = buildReport(m, [], score(m, DEFAULT_PROFILE));
  const body = texts(doc).join("\n");
  expect(m.expenditure.items.find((i) => i.code === "30239")?.name).toBe("其他交通补助");
  expect(body).not.toContain("其他交通费用");
  // Named twice (the spending list and the 公用经费 list), both times as the unit names it.
  expect(body.match(/其他交通补助/g)).toHaveLength(2);
  // A name that means the standard one still reads the standard way (工资支出 → 基本工资).
  expect(body).toContain("主要包括基本工资、津贴补贴、奖金");
});

test("偏差原因 from the 说明 the unit gave on 校验结果 for the row's finding", () => {
  const m = sampleModel();
  const locations = layoutLocations(m);
  const target = locations.get("indicators.5.target")!;
  const explained: Finding = {
    ruleId: "indicator-target-too-low",
    messageId: "tooLow",
    severity: "warning",
    sheet: target.sheet,
    cell: target.cell,
    cells: [target, locations.get("indicators.5.actual")!],
    message: "m",
    messageEn: "m",
    explanation: "年中上级追加培训任务",
  };
  const reasonOf = (findings: Finding[]) => {
    const doc = buildReport(m, findings, score(m, DEFAULT_PROFILE), { locations });
    const grid = doc.attachment!.blocks[1];
    if (grid.kind !== "table") throw new Error("no grid");
    const row = grid.table.rows.find((r) => r.some((c) => c.text === "政府补贴性职业技能培训"))!;
    return row.at(-1)!.text;
  };
  expect(reasonOf([explained])).toBe("年中上级追加培训任务");
  expect(reasonOf([{ ...explained, explanation: undefined }])).toBe("");
});

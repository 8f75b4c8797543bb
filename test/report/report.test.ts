import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { Decimal } from "../../src/model/decimal";
import { REPORT_SHEET, SELF_EVAL_SHEET, SUMMARY_SHEET } from "../../src/layout/results";
import { renderDocx } from "../../src/report/docx";
import { reportTitle } from "../../src/report/narrative";
import { generateReport } from "../../src/workbook/report";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { templateXlsx } from "../../src/cli/template";
import { sampleModel, sampleWorkbook } from "../helpers/workbooks";

const SEED = readFileSync("test/fixtures/seed-2021-shuangqing-hrss.txt", "utf8");
const reload = async (wb: XlsxWorkbook) => XlsxWorkbook.load(await wb.toBuffer());

/** The text of a sheet, row by row. */
function sheetText(wb: XlsxWorkbook, sheet: string): string[] {
  const out: string[] = [];
  wb.workbook
    .getWorksheet(sheet)
    ?.eachRow((row) =>
      out.push(
        row.values
          ? (row.values as unknown[]).filter((v) => v !== undefined && v !== null).join(" ")
          : ""
      )
    );
  return out;
}

/** Every number in a text, as decimals (15.70 and 15.7 are the same figure). */
const numbers = (text: string) =>
  (text.match(/\d+(?:\.\d+)?/g) ?? []).map((n) => new Decimal(n).toString());

/** A slice of the seed between two markers. */
const between = (from: string, to: string) =>
  SEED.slice(SEED.indexOf(from), SEED.indexOf(to, SEED.indexOf(from)));

describe("the 报告 sheet from the sample", () => {
  let lines: string[];
  let text: string;
  beforeAll(async () => {
    const wb = await sampleWorkbook();
    await generateReport(wb);
    lines = sheetText(await reload(wb), REPORT_SHEET);
    text = lines.join("\n");
  });

  test("has sections 一 to 五 in the seed's order, the title and the addressee", () => {
    // The 报告标题 field, else the common form (narrative.test.ts tests both).
    expect(lines[0]).toBe(reportTitle(sampleModel()));
    const at = [
      "区财政局：",
      "一、基本情况",
      "（一）机构、人员构成",
      "（二）单位主要职责",
      "（三）部门整体支出规模",
      "二、部门整体支出管理及使用情况",
      "（一）基本支出",
      "（二）专项支出",
      "三、部门整体支出管理",
      "四、部门整体支出绩效情况",
      "五、评价结论及建议",
      "（一）评价结论",
      "（二）存在问题",
      "（三）改进建议",
    ].map((h) => text.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain("2022年9月27日");
  });

  test("body paragraphs open with two full-width spaces; no tool talk in the body", () => {
    expect(lines.some((l) => l.startsWith("\u3000\u3000按照区财政局"))).toBe(true);
    expect(lines[1]).toBe("区财政局：");
    expect(text).not.toMatch(/校验结果|错误|不完整|ExcelJS|注意：/);
  });

  test.each([
    ["§一(一)", between("（一）机构、人员构成", "（二）单位主要职责"), []],
    // The seed's “3” between 津贴 and 奖励 is a typing slip, not a figure.
    ["§一(三)", between("（三）部门整体支出规模", "二、部门整体支出管理"), ["3"]],
    ["§二", between("二、部门整体支出管理及使用情况", "三、部门整体支出管理\n"), []],
  ])("every figure of the seed's %s appears as a number", (_s, seedText, ignore) => {
    const have = new Set(numbers(text));
    const missing = numbers(seedText).filter((n) => !ignore.includes(n) && !have.has(n));
    expect(missing).toEqual([]);
  });

  test("every figure of the seed's §四 indicator sentences is in §四, none repeated by a generated sentence", () => {
    const seedSentences = [
      between("我区城镇新增就业人员任务", "2.攻坚克难"),
      between("城乡居民基本养老保险全覆盖新增参保目标任务数", "1、社会保障制度不断完善"),
    ].join("");
    const section4 = text.slice(
      text.indexOf("四、部门整体支出绩效情况"),
      text.indexOf("五、评价结论")
    );
    const have = new Set(numbers(section4));
    expect(numbers(seedSentences).filter((n) => !have.has(n))).toEqual([]);
    // The narrative tells every indicator of the sample already: no second telling.
    expect(section4).not.toContain("主要绩效指标完成情况");
    expect(section4).not.toContain("实际完成3821人");
  });

  test("states the stated grade plainly while the score is incomplete", () => {
    expect(text).toContain(
      "经自评，邵阳市双清区人力资源和社会保障局2021年度部门整体支出绩效评价等级为“良好”。"
    );
    expect(text).not.toContain("评分表尚不完整");
  });

  test("inputs as entered with their cell format's decimals: 15.70, 36.90, 8.00, never corrected", () => {
    expect(text).toContain("社保费开支15.70万元");
    expect(text).toContain("工资支出36.90万元");
    expect(text).toContain("全年总支出226.98万元");
    expect(text).toContain("项目支出8.00万元");
  });
});

describe("text stays text, generated sheets are kept when edited", () => {
  test("a narrative block starting with =1+1 or @SUM(A1) is literal in the sheet and the docx", async () => {
    const m = sampleModel();
    m.narrative.management = "=1+1";
    m.narrative.problems = ["@SUM(A1)"];
    const wb = await XlsxWorkbook.load(await templateXlsx(m));
    const r = await generateReport(wb);
    const ws = (await reload(wb)).workbook.getWorksheet(REPORT_SHEET)!;
    const values: unknown[] = [];
    ws.eachRow((row) =>
      row.eachCell((c) => values.push(c.formula ? { formula: c.formula } : c.value))
    );
    expect(values).toContain("\u3000\u3000=1+1");
    expect(values).toContain("\u3000\u30001．@SUM(A1)。");
    expect(values.some((v) => typeof v === "object")).toBe(false);
    const zip = await JSZip.loadAsync(await renderDocx(r.document));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("=1+1");
    expect(xml).toContain("@SUM(A1)");
    expect(xml).not.toMatch(/<w:fldSimple|<w:instrText[^>]*>[^<]*SUM/);
  });

  test("regenerating replaces unedited sheets; an edited 报告 is kept under a new name", async () => {
    const wb = await sampleWorkbook();
    await generateReport(wb);
    const again = await reload(wb);
    const second = await generateReport(again);
    expect(second.kept).toEqual([]);
    const names = again.workbook.worksheets.map((w) => w.name);
    expect(
      names.filter((n) => [REPORT_SHEET, SELF_EVAL_SHEET, SUMMARY_SHEET].includes(n))
    ).toHaveLength(3);

    const edited = await reload(again);
    edited.workbook.getWorksheet(REPORT_SHEET)!.getCell("A5").value = "我改过的段落";
    const third = await generateReport(edited);
    expect(third.kept).toEqual(["报告（修改1）"]);
    const after = await reload(edited);
    expect(after.workbook.getWorksheet("报告（修改1）")!.getCell("A5").value).toBe("我改过的段落");
    expect(after.workbook.getWorksheet(REPORT_SHEET)!.getCell("A1").value).toBe(
      reportTitle(sampleModel())
    );
  });

  test("the 自评表 lists the funds, the goal and every indicator with its points", async () => {
    const wb = await sampleWorkbook();
    await generateReport(wb);
    const text = sheetText(await reload(wb), SELF_EVAL_SHEET).join("\n");
    for (const s of [
      "年初预算数",
      "全年预算数",
      "全年执行数",
      "执行率",
      "年度总体目标",
      "实际完成情况",
      "偏差原因分析及改进措施",
      "城镇新增就业人员",
      "≥3746人",
      "≤4.5%",
    ]) {
      expect(text).toContain(s);
    }
  });
});

test("the 自评表 leaves a budget total blank when basic expenditure has no budget (no 2837% rate)", async () => {
  const wb = await sampleWorkbook();
  await generateReport(wb);
  const text = sheetText(await reload(wb), SELF_EVAL_SHEET).join("\n");
  expect(text).not.toContain("2837");
  const m = sampleModel();
  m.expenditure.stated.basic.budgetAdjusted = "230.00";
  const full = await XlsxWorkbook.load(await templateXlsx(m));
  await generateReport(full);
  // 226.98 / (230.00 + 8.00) = 95.37%
  expect(sheetText(await reload(full), SELF_EVAL_SHEET).join("\n")).toContain("95.37%");
});

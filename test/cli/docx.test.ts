import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { REPORT_SHEET } from "../../src/layout/results";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { cliRunner } from "../helpers/cli";

const dir = mkdtempSync(join(tmpdir(), "jixiao-docx-"));

const jixiao = cliRunner(dir);

/** Paragraph texts of a .docx body in order, with the style each carries. */
async function paragraphs(path: string): Promise<{ style?: string; text: string }[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1],
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  }));
}

describe("jixiao docx", () => {
  const report = join(dir, "report.xlsx");
  const edited = join(dir, "edited.xlsx");
  const out = join(dir, "edited.docx");

  beforeAll(async () => {
    const r = jixiao("report", "assets/sample.xlsx", "-o", report);
    expect(r.code).toBe(1); // the sample keeps its two errors
    // Through the adapter: stock ExcelJS cannot read every table part Excel writes.
    const wb = await XlsxWorkbook.load(readFileSync(report));
    const ws = wb.workbook.getWorksheet(REPORT_SHEET)!;
    ws.eachRow((row) => {
      const cell = row.getCell(1);
      if (String(cell.value).includes("人社局建立健全的财务管理制度"))
        cell.value = "\u3000\u3000本局修订了财务管理制度，全年未发生违规支出。";
    });
    writeFileSync(edited, await wb.toBuffer());
  }, 120000);

  test("writes the Word file from the sheets as edited", async () => {
    const r = jixiao("docx", edited, "-o", out);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(out);
    const ps = await paragraphs(out);
    const texts = ps.map((p) => p.text);
    expect(texts).toContain("本局修订了财务管理制度，全年未发生违规支出。");
    expect(texts.join("")).not.toContain("人社局建立健全的财务管理制度");
  });

  test("the body before the 落款 is what the unit submits: no tool talk, no doubled punctuation", async () => {
    const ps = await paragraphs(out);
    const texts = ps.map((p) => p.text);
    const end = texts.indexOf("2022年9月27日");
    expect(end).toBeGreaterThan(0);
    const body = texts.slice(0, end).join("\n");
    expect(body).not.toMatch(/。，|。。|，，/);
    expect(body).not.toMatch(/校验结果|ExcelJS|不完整/);
    // The 附件说明 comes before the 落款; the draft part only after the attachment.
    expect(texts.indexOf("附件：2021年度部门整体支出绩效自评表")).toBeLessThan(end);
    expect(texts.findIndex((t) => t.startsWith("校验情况"))).toBeGreaterThan(end);
  });

  test("uses the Heading1–Heading3 styles and repeats the 自评表 header row", async () => {
    const ps = await paragraphs(out);
    const styled = (id: string) => ps.filter((p) => p.style === id).map((p) => p.text);
    expect(styled("Heading1")).toContain("一、基本情况");
    expect(styled("Heading2")).toContain("（一）机构、人员构成");
    expect(styled("Heading3")).toContain("1．项目资金安排落实、总投入等情况");
    const xml = await (
      await JSZip.loadAsync(readFileSync(out))
    )
      .file("word/document.xml")!
      .async("string");
    const headerRow = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].find((m) =>
      m[0].includes(">一级指标<")
    )!;
    expect(headerRow[0]).toContain("<w:tblHeader/>");
  });

  test("a workbook with no 报告 sheet is one clear line and exit code 2", () => {
    const r = jixiao("docx", "assets/sample.xlsx", "-o", join(dir, "none.docx"));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^错误：.*请先生成报告.* Error: .*generate the report first/);
  });

  test("an existing output it did not write is not replaced without --overwrite", () => {
    const foreign = join(dir, "mine.docx");
    writeFileSync(foreign, "not ours");
    const r = jixiao("docx", edited, "-o", foreign);
    expect(r.code).toBe(2);
    expect(readFileSync(foreign, "utf8")).toBe("not ours");
  });
});

import JSZip from "jszip";
import { REPORT_SHEET, SELF_EVAL_SHEET } from "../../src/layout/results";
import type { Block, ReportDocument, Table } from "../../src/report/document";
import { documentFromSheets } from "../../src/report/from-sheets";
import { NoReportSheetError, exportWord, generateReport } from "../../src/workbook/report";
import { open, sampleBytes, type Host } from "../contract/ports";

/** A table as its cells' texts and spans: what the Word file shows. */
const shape = (t: Table) =>
  [...t.header, ...t.rows].map((r) => r.map((c) => [c.text, c.span ?? 1, c.rowSpan ?? 1]));
const tables = (d: ReportDocument) =>
  (d.attachment?.blocks ?? [])
    .filter((b): b is Extract<Block, { kind: "table" }> => b.kind === "table")
    .map((b) => shape(b.table));

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
}

describe.each(["xlsx", "m365", "ltsc2021"] as Host[])(
  "the Word file from the sheets on %s",
  (host) => {
    test("renders the generated sheets back into the same document", async () => {
      const wb = await open(host, sampleBytes());
      const generated = await generateReport(wb.port());
      const exported = await exportWord(wb.port());
      expect(exported.document.blocks).toEqual(generated.document.blocks);
      expect(exported.document.attachment?.title).toBe(generated.document.attachment?.title);
      expect(tables(exported.document)).toEqual(tables(generated.document));
      expect(exported.document.watermark).toBe("草稿");
      expect(exported.document.draft?.title).toContain("校验情况");
    });

    test("carries an edited paragraph and an edited 偏差原因 into the Word file", async () => {
      const wb = await open(host, sampleBytes());
      const generated = await generateReport(wb.port());
      const port = wb.port();
      const read = await port.read({
        names: [],
        tables: [],
        sheetValues: [REPORT_SHEET, SELF_EVAL_SHEET],
      });
      const report = read.sheetValues![REPORT_SHEET];
      const at = Object.keys(report).find((a) => String(report[a]).startsWith("\u3000\u3000按照"))!;
      const grid = read.sheetValues![SELF_EVAL_SHEET];
      // The 偏差原因 (column H) of a row the tool leaves blank for the unit to write.
      const nameAt = Object.keys(grid).find((a) => grid[a] === "政府补贴性职业技能培训")!;
      const reasonAt = `H${nameAt.replace(/^[A-Z]+/, "")}`;
      expect(grid[reasonAt] ?? "").toBe("");
      await port.write([
        {
          op: "cells",
          sheet: REPORT_SHEET,
          cells: [{ address: at, value: "\u3000\u3000这是用户改写的段落。" }],
        },
        {
          op: "cells",
          sheet: SELF_EVAL_SHEET,
          cells: [{ address: reasonAt, value: "年中追加了培训任务" }],
        },
      ]);
      const exported = await exportWord(wb.port());
      const xml = await documentXml(exported.bytes);
      expect(xml).toContain("这是用户改写的段落。");
      expect(xml).not.toContain("现将我单位整体支出绩效评价情况报告如下");
      expect(xml).toContain("年中追加了培训任务");
      expect(exported.document.blocks).toHaveLength(generated.document.blocks.length);
    });
  }
);

describe("reading the 报告 sheet's text", () => {
  const sheet = (lines: string[]) =>
    Object.fromEntries(lines.map((t, i) => [`A${i + 1}`, t]).filter(([, t]) => t));

  test("paragraphs, headings, 附件说明 and the 落款 are told apart by their form", () => {
    const doc = documentFromSheets(
      sheet([
        "标题",
        "",
        "区财政局：",
        "\u3000\u3000按照要求报告如下：",
        "一、基本情况",
        "（一）机构",
        "1．项目资金",
        "\u3000\u30001．贯彻执行。",
        "用户加的一行没有缩进",
        "\u3000\u3000正文。",
        "",
        "\u3000\u3000附件：2021年度部门整体支出绩效自评表",
        "",
        "某局",
        "2022年9月27日",
      ])
    );
    expect(doc.blocks).toEqual([
      { kind: "title", text: "标题" },
      { kind: "addressee", text: "区财政局：" },
      { kind: "paragraph", text: "按照要求报告如下：" },
      { kind: "heading", level: 1, text: "一、基本情况" },
      { kind: "heading", level: 2, text: "（一）机构" },
      { kind: "heading", level: 3, text: "1．项目资金" },
      { kind: "paragraph", text: "1．贯彻执行。" },
      { kind: "paragraph", text: "用户加的一行没有缩进" },
      { kind: "paragraph", text: "正文。" },
      { kind: "attachmentNote", text: "附件：2021年度部门整体支出绩效自评表" },
      { kind: "signature", lines: ["某局", "2022年9月27日"] },
    ]);
    expect(doc.attachment).toBeUndefined();
  });

  test("a workbook without a 报告 sheet is refused with a message in both languages", async () => {
    const wb = await open("xlsx", sampleBytes());
    const e = await exportWord(wb.port()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NoReportSheetError);
    expect((e as NoReportSheetError).zh).toContain("请先生成报告");
    expect((e as NoReportSheetError).en).toContain("generate the report first");
  });
});

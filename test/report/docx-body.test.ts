/**
 * The Word body written as XML text (src/report/docx-body.ts) against the `docx` package's own
 * objects (./docx-reference.ts, the renderer as it was before issue 24 item 5): the same
 * document.xml, byte for byte, for the sample's report and for tables and texts chosen to reach
 * every branch (merged cells, short and long rows, line breaks, characters XML must escape).
 */
import JSZip from "jszip";
import { renderDocx } from "../../src/report/docx";
import type { Block, ReportDocument, Table, TableCell } from "../../src/report/document";
import { exportWord, generateReport } from "../../src/workbook/report";
import { sampleWorkbook } from "../helpers/workbooks";
import { renderDocxReference } from "./docx-reference";

async function documentXml(bytes: Uint8Array): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file("word/document.xml");
  if (!file) throw new Error("word/document.xml missing");
  return file.async("string");
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[1] === undefined ? "\n" : unescape(m[1])))
    .join("");

/**
 * What a reader sees, in order: each body paragraph as "style: text", each table as its rows of
 * cell texts ("⇣" for a cell merged down from above), and the styles the document uses.
 */
function outline(xml: string): { body: (string | string[][])[]; styles: string[] } {
  const body: (string | string[][])[] = [];
  const inner = xml.slice(xml.indexOf("<w:body>"), xml.lastIndexOf("</w:body>"));
  for (const m of inner.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p>[\s\S]*?<\/w:p>/g)) {
    const part = m[0];
    if (part.startsWith("<w:tbl>")) {
      const rows = [...part.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) =>
        [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
          c[0].includes('w:vMerge w:val="continue"') ? "⇣" : textOf(c[0])
        )
      );
      body.push(rows);
    } else {
      const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(part)?.[1] ?? "Normal";
      body.push(`${style}: ${textOf(part)}`);
    }
  }
  const styles = [...new Set([...xml.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]))];
  return { body, styles: styles.sort() };
}

/** Both renderers' document.xml, compared as a reader's outline first, then byte for byte. */
async function expectSameDocument(doc: ReportDocument): Promise<string> {
  const [after, before] = await Promise.all([
    renderDocx(doc).then(documentXml),
    renderDocxReference(doc).then(documentXml),
  ]);
  expect(outline(after)).toEqual(outline(before));
  expect(after).toBe(before);
  return after;
}

describe("the Word body written as XML text", () => {
  it("gives the sample's report the document.xml the docx package gave it", async () => {
    const { document } = await generateReport(await sampleWorkbook());
    expect(document.attachment).toBeDefined();
    expect(document.draft).toBeDefined();
    const xml = await expectSameDocument(document);
    // The 自评表 is in it, every indicator row with its cells.
    const tables = outline(xml).body.filter((b): b is string[][] => Array.isArray(b));
    expect(tables.length).toBeGreaterThanOrEqual(2);
    expect(tables.flat(2)).toContain("⇣");
  });

  it("gives the report exported from the sheets as edited the same document.xml", async () => {
    const wb = await sampleWorkbook();
    await generateReport(wb);
    const { document } = await exportWord(wb);
    await expectSameDocument(document);
  });

  it("writes texts, line breaks and characters XML must escape as the package did", async () => {
    const tricky = "a & b < c > d \"q\" 's' =1+1 @x \u0001\u000b\ufffe tab\tend";
    await expectSameDocument({
      title: `标题 ${tricky}`,
      watermark: '草稿 <"&">',
      blocks: [
        { kind: "addressee", text: "区财政局：" },
        { kind: "heading", level: 1, text: "一、概况\n第二行" },
        { kind: "heading", level: 2, text: "（一）" },
        { kind: "heading", level: 3, text: "1. 三级" },
        { kind: "paragraph", text: `第一行\n第二行\r\n第三行\r第四行 ${tricky}` },
        { kind: "paragraph", text: "" },
        { kind: "attachmentNote", text: "附件：自评表" },
        { kind: "signature", lines: ["某某局", "2022年1月1日"] },
      ],
      attachment: {
        title: "自评表 without a label",
        blocks: [{ kind: "table", table: { header: [], rows: [[{ text: "x" }]], widths: [1] } }],
      },
      draft: {
        title: "校验情况",
        blocks: [
          { kind: "paragraph", text: "仍有错误" },
          { kind: "table", table: { header: [], rows: [[{ text: "t" }]], widths: [] } },
        ],
      },
    });
  });

  it("lays out merged, short and over-long rows as the package did", async () => {
    const c = (text: string, more: Partial<TableCell> = {}): TableCell => ({ text, ...more });
    const table: Table = {
      widths: [1, 2, 3, 1],
      header: [[c("H1\nH1b"), c("H2", { span: 2 }), c("H4", { align: "right" })]],
      rows: [
        [c("r", { rowSpan: 3, align: "right" }), c("b", { bold: true }), c("y"), c("z")],
        [c("p")],
        [c("q", { span: 2, rowSpan: 2 }), c("w")],
        [c("s"), c("too"), c("many"), c("cells"), c("here")],
        [c("span past the grid", { span: 9 })],
        [c("down past the end", { rowSpan: 5 }), c("n", { span: 3, rowSpan: 2 })],
      ],
    };
    await expectSameDocument({
      title: "表",
      blocks: [
        { kind: "table", table },
        { kind: "table", table: { ...table, widths: [0, -1] } },
      ],
      attachment: { title: "附件 2：宽表", blocks: [{ kind: "table", table: { ...table } }] },
    });
  });

  it("lays out random merges as the package did", async () => {
    // A small seeded generator: the same 40 tables on every run.
    let seed = 24;
    const next = (n: number) => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const row = (): TableCell[] =>
      Array.from({ length: 1 + next(5) }, (_, i) => ({
        text: `${i}`,
        span: next(4) === 0 ? 1 + next(3) : undefined,
        rowSpan: next(3) === 0 ? 1 + next(4) : undefined,
        align: (["left", "center", "right", undefined] as const)[next(4)],
        bold: next(5) === 0,
      }));
    const blocks: Block[] = Array.from({ length: 40 }, () => ({
      kind: "table",
      table: {
        widths: Array.from({ length: 2 + next(6) }, () => 1 + next(5)),
        header: Array.from({ length: next(3) }, row),
        rows: Array.from({ length: 1 + next(8) }, row),
      },
    }));
    const xml = await expectSameDocument({ title: "随机", blocks });
    expect(xml.split('w:vMerge w:val="continue"').length).toBeGreaterThan(20);
    expect(xml.split("<w:gridSpan").length).toBeGreaterThan(20);
  });

  it("tells a different document apart (the comparison can fail)", async () => {
    const doc: ReportDocument = { title: "T", blocks: [{ kind: "paragraph", text: "甲" }] };
    const other: ReportDocument = { title: "T", blocks: [{ kind: "paragraph", text: "乙" }] };
    const [a, b] = await Promise.all([
      renderDocx(doc).then(documentXml),
      renderDocxReference(other).then(documentXml),
    ]);
    expect(outline(a)).not.toEqual(outline(b));
  });
});

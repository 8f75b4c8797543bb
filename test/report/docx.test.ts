import JSZip from "jszip";
import { renderDocx } from "../../src/report/docx";
import { mmToTwips } from "../../src/report/docx-page";
import type { ReportDocument, Table } from "../../src/report/document";

interface Rendered {
  document: string;
  styles: string;
  settings: string;
  footers: string[];
  headers: string[];
}

async function render(doc: ReportDocument): Promise<Rendered> {
  const zip = await JSZip.loadAsync(await renderDocx(doc));
  const file = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error(`${name} missing from the package`);
    return f.async("string");
  };
  const rels = await file("word/_rels/document.xml.rels");
  const targets = (kind: string) =>
    [...rels.matchAll(new RegExp(`Type="[^"]*/${kind}" Target="([^"]+)"`, "g"))].map(
      (m) => `word/${m[1]}`
    );
  return {
    document: await file("word/document.xml"),
    styles: await file("word/styles.xml"),
    settings: await file("word/settings.xml"),
    footers: await Promise.all(targets("footer").map(file)),
    headers: await Promise.all(targets("header").map(file)),
  };
}

interface Para {
  xml: string;
  text: string;
  start: number;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** Every w:p (including those inside table cells), with its text joined from its w:t runs. */
function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p(?=[ >])[\s\S]*?<\/w:p>/g)].map((m) => ({
    xml: m[0],
    start: m.index ?? -1,
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1])).join(""),
  }));
}

function para(xml: string, text: string): Para {
  const found = paragraphs(xml).filter((p) => p.text === text);
  if (found.length !== 1)
    throw new Error(`expected one paragraph "${text}", found ${found.length}`);
  return found[0];
}

function attr(xml: string, element: string, name: string): string | undefined {
  const el = new RegExp(`<${element}(?= |/|>)[^>]*>`).exec(xml);
  if (!el) return undefined;
  return new RegExp(` ${name}="([^"]*)"`).exec(el[0])?.[1];
}

const sectPrs = (xml: string) => [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)];

const wideTable: Table = {
  header: [
    [
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因",
    ].map((text) => ({ text })),
  ],
  rows: [
    [
      { text: "产出指标" },
      { text: "数量指标" },
      { text: "参保人数" },
      { text: "6506人" },
      { text: "6506人" },
      { text: "10", align: "right" },
      { text: "10", align: "right" },
      { text: "" },
    ],
    [{ text: "合计", span: 5, align: "center" }, { text: "10" }, { text: "10" }, { text: "" }],
  ],
  widths: [1, 1, 2, 1, 1, 0.5, 0.5, 1],
};

function sampleDoc(attachmentTable: Table = wideTable): ReportDocument {
  return {
    title: "2021双清区人社局整体支出绩效评价报告",
    blocks: [
      { kind: "title", text: "2021双清区人社局整体支出绩效评价报告" },
      { kind: "addressee", text: "区财政局：" },
      { kind: "heading", level: 1, text: "一、基本情况" },
      { kind: "heading", level: 2, text: "（一）机构、人员构成" },
      { kind: "heading", level: 3, text: "1．项目资金安排落实情况" },
      { kind: "paragraph", text: "人社局2021年全年总支出226.98万元。" },
      { kind: "paragraph", text: "=1+1" },
      { kind: "paragraph", text: "@SUM(A1)" },
      { kind: "paragraph", text: "第一行\n第二行" },
      { kind: "paragraph", text: "a<b & c>d" },
      {
        kind: "table",
        table: {
          header: [[{ text: "项目" }, { text: "金额（万元）" }]],
          rows: [[{ text: "基本支出" }, { text: "226.98", align: "right" }]],
          widths: [3, 1],
        },
      },
      { kind: "attachmentNote", text: "附件：2021年度部门整体支出绩效自评表" },
      { kind: "signature", lines: ["邵阳市双清区人力资源和社会保障局", "2022年9月27日"] },
    ],
    attachment: {
      title: "附件：2021年度部门整体支出绩效自评表",
      blocks: [{ kind: "table", table: attachmentTable }],
    },
  };
}

describe("renderDocx", () => {
  let out: Rendered;
  beforeAll(async () => {
    out = await render(sampleDoc());
  });

  it("computes the GB/T 9704 margins in twips", () => {
    expect([37, 35, 28, 26].map(mmToTwips)).toEqual([2098, 1984, 1587, 1474]);
  });

  it("lays the report out on A4 portrait with GB/T 9704 margins", () => {
    const main = sectPrs(out.document)[0][0];
    expect(attr(main, "w:pgSz", "w:w")).toBe("11906");
    expect(attr(main, "w:pgSz", "w:h")).toBe("16838");
    expect(attr(main, "w:pgSz", "w:orient")).not.toBe("landscape");
    expect(attr(main, "w:pgMar", "w:top")).toBe("2098");
    expect(attr(main, "w:pgMar", "w:bottom")).toBe("1984");
    expect(attr(main, "w:pgMar", "w:left")).toBe("1587");
    expect(attr(main, "w:pgMar", "w:right")).toBe("1474");
  });

  it("sets the title centred in 小标宋 22 pt, once", () => {
    const p = para(out.document, "2021双清区人社局整体支出绩效评价报告").xml;
    expect(attr(p, "w:rFonts", "w:eastAsia")).toBe("方正小标宋简体");
    expect(attr(p, "w:rFonts", "w:ascii")).toBe("方正小标宋简体");
    expect(attr(p, "w:sz", "w:val")).toBe("44");
    expect(attr(p, "w:jc", "w:val")).toBe("center");
  });

  it("prepends the document title when the blocks hold none", async () => {
    const doc = sampleDoc();
    const { document } = await render({
      ...doc,
      blocks: doc.blocks.filter((b) => b.kind !== "title"),
    });
    const ps = paragraphs(document);
    expect(ps[0].text).toBe(doc.title);
    expect(attr(ps[0].xml, "w:sz", "w:val")).toBe("44");
  });

  it("sets each heading level in its face, 16 pt, the third in bold", () => {
    const h1 = para(out.document, "一、基本情况").xml;
    const h2 = para(out.document, "（一）机构、人员构成").xml;
    const h3 = para(out.document, "1．项目资金安排落实情况").xml;
    expect(attr(h1, "w:rFonts", "w:eastAsia")).toBe("黑体");
    expect(attr(h2, "w:rFonts", "w:eastAsia")).toBe("楷体_GB2312");
    expect(attr(h3, "w:rFonts", "w:eastAsia")).toBe("仿宋_GB2312");
    for (const h of [h1, h2, h3]) expect(attr(h, "w:sz", "w:val")).toBe("32");
    expect(h3).toMatch(/<w:b\/>/);
    expect(h1).not.toMatch(/<w:b\/>/);
    expect(h2).not.toMatch(/<w:b\/>/);
  });

  it("gives headings the named styles Heading1–Heading3, with their faces and outline levels", () => {
    const levels = [
      ["一、基本情况", "Heading1", "黑体", "0"],
      ["（一）机构、人员构成", "Heading2", "楷体_GB2312", "1"],
      ["1．项目资金安排落实情况", "Heading3", "仿宋_GB2312", "2"],
    ];
    for (const [text, id, face, outline] of levels) {
      expect(attr(para(out.document, text).xml, "w:pStyle", "w:val")).toBe(id);
      const style =
        new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(out.styles)?.[0] ??
        "";
      expect(attr(style, "w:rFonts", "w:eastAsia")).toBe(face);
      expect(attr(style, "w:outlineLvl", "w:val")).toBe(outline);
      expect(attr(style, "w:sz", "w:val")).toBe("32");
      expect(style).toMatch(/<w:keepNext\/>/);
    }
    // Body paragraphs carry no heading style.
    expect(para(out.document, "人社局2021年全年总支出226.98万元。").xml).not.toMatch(/Heading/);
  });

  it("sets body paragraphs in 仿宋 16 pt, 28 pt exact, indented two characters", () => {
    const p = para(out.document, "人社局2021年全年总支出226.98万元。").xml;
    expect(attr(p, "w:rFonts", "w:eastAsia")).toBe("仿宋_GB2312");
    expect(attr(p, "w:rFonts", "w:ascii")).toBe("仿宋_GB2312");
    expect(attr(p, "w:sz", "w:val")).toBe("32");
    expect(attr(p, "w:ind", "w:firstLineChars")).toBe("200");
    expect(attr(p, "w:ind", "w:firstLine")).toBe("640");
    expect(attr(p, "w:spacing", "w:line")).toBe("560");
    expect(attr(p, "w:spacing", "w:lineRule")).toBe("exact");
  });

  it("sets the addressee flush left", () => {
    const a = para(out.document, "区财政局：").xml;
    expect(a).not.toMatch(/<w:ind /);
    expect(attr(a, "w:jc", "w:val") ?? "left").toMatch(/^(left|start|both)$/);
    expect(attr(a, "w:sz", "w:val")).toBe("32");
  });

  it("sets the 附件说明 under the body after a blank line, indented, before the 落款", () => {
    const ps = paragraphs(out.document);
    const note = ps.findIndex((p) => p.text === "附件：2021年度部门整体支出绩效自评表");
    const unit = ps.findIndex((p) => p.text === "邵阳市双清区人力资源和社会保障局");
    expect(note).toBeGreaterThan(0);
    expect(ps[note - 1].text).toBe("");
    expect(attr(ps[note].xml, "w:ind", "w:firstLineChars")).toBe("200");
    expect(unit).toBeGreaterThan(note);
  });

  it("keeps formula-like text literal, with no field", () => {
    expect(para(out.document, "=1+1").xml).toMatch(/<w:t(?: [^>]*)?>=1\+1<\/w:t>/);
    expect(para(out.document, "@SUM(A1)").xml).toMatch(/<w:t(?: [^>]*)?>@SUM\(A1\)<\/w:t>/);
    expect(out.document).not.toMatch(/w:instrText|w:fldSimple|w:fldChar/);
  });

  it("escapes markup characters and turns \\n into line breaks", () => {
    expect(para(out.document, "a<b & c>d").xml).toContain("a&lt;b &amp; c&gt;d");
    const p = para(out.document, "第一行第二行").xml;
    expect(p).toMatch(/第一行<\/w:t>[\s\S]*<w:br\/>[\s\S]*第二行/);
    expect(p.match(/<w:br\/>/g)).toHaveLength(1);
  });

  it("right-aligns the signature after a blank line", () => {
    const ps = paragraphs(out.document);
    const unit = ps.findIndex((p) => p.text === "邵阳市双清区人力资源和社会保障局");
    expect(unit).toBeGreaterThan(0);
    expect(ps[unit - 1].text).toBe("");
    expect(attr(ps[unit].xml, "w:jc", "w:val")).toBe("right");
    expect(ps[unit + 1].text).toBe("2022年9月27日");
    expect(attr(ps[unit + 1].xml, "w:jc", "w:val")).toBe("right");
  });

  it("draws tables with borders, bold centred headers, 12 pt 仿宋 cells and scaled widths", () => {
    const tbl = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(out.document)?.[0] ?? "";
    expect(attr(tbl, "w:insideV", "w:val")).toBe("single");
    expect(attr(tbl, "w:top", "w:val")).toBe("single");
    expect(tbl.match(/<w:cantSplit\/>/g)).toHaveLength(2);
    expect(tbl.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // 210 mm − 28 mm − 26 mm = 156 mm = 8845 twips, split 3 : 1.
    expect(grid.reduce((a, b) => a + b, 0)).toBe(8845);
    expect(Math.abs(grid[0] - 3 * grid[1])).toBeLessThanOrEqual(4);
    const head = para(tbl, "金额（万元）").xml;
    expect(head).toMatch(/<w:b\/>/);
    expect(attr(head, "w:jc", "w:val")).toBe("center");
    // Cells take font and size from the table-text style, stated once in styles.xml.
    const style =
      /<w:style [^>]*w:styleId="jxTableText"[\s\S]*?<\/w:style>/.exec(out.styles)?.[0] ?? "";
    expect(attr(style, "w:sz", "w:val")).toBe("24");
    expect(attr(style, "w:rFonts", "w:eastAsia")).toBe("仿宋_GB2312");
    expect(attr(head, "w:pStyle", "w:val")).toBe("jxTableText");
    const cell = para(tbl, "226.98").xml;
    expect(cell).not.toMatch(/<w:b\/>/);
    expect(attr(cell, "w:jc", "w:val")).toBe("right");
    expect(attr(cell, "w:pStyle", "w:val")).toBe("jxTableText");
    expect(attr(cell, "w:sz", "w:val")).toBeUndefined();
  });

  it("numbers pages as “— 1 —” in 宋体 14 pt, odd pages right and even pages left", () => {
    expect(out.settings).toMatch(/<w:evenAndOddHeaders\/>/);
    expect(out.footers.length).toBeGreaterThan(1);
    const sides = out.footers.map((footer) => {
      const p = paragraphs(footer)[0].xml;
      expect(p).toMatch(
        /<w:t[^>]*>— <\/w:t>[\s\S]*<w:fldChar w:fldCharType="begin"\/>[\s\S]*<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>[\s\S]*<w:fldChar w:fldCharType="end"\/>[\s\S]*<w:t[^>]*> —<\/w:t>/
      );
      expect(attr(p, "w:rFonts", "w:eastAsia")).toBe("宋体");
      expect(attr(p, "w:sz", "w:val")).toBe("28");
      return attr(p, "w:jc", "w:val");
    });
    expect(new Set(sides)).toEqual(new Set(["right", "left"]));
    // Each section names its odd (default) and even footer.
    for (const [sect] of sectPrs(out.document)) {
      expect(sect).toMatch(/<w:footerReference w:type="default"/);
      expect(sect).toMatch(/<w:footerReference w:type="even"/);
    }
  });

  it("marks table header rows as repeating (<w:tblHeader/>) and data rows not", () => {
    const rows = [...out.document.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const headerRow = rows.find((r) => r.includes(">一级指标<"))!;
    expect(headerRow).toMatch(/<w:tblHeader\/>/);
    const dataRow = rows.find((r) => r.includes(">参保人数<"))!;
    expect(dataRow).not.toMatch(/<w:tblHeader/);
  });

  it("spans rows with vMerge where a cell has a rowSpan", async () => {
    const table: Table = {
      header: [[{ text: "一级" }, { text: "三级" }]],
      rows: [[{ text: "产出", rowSpan: 2 }, { text: "甲" }], [{ text: "乙" }]],
      widths: [1, 1],
    };
    const { document } = await render(sampleDoc(table));
    const tbl = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].at(-1)![0];
    expect(tbl).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(tbl).toMatch(/<w:vMerge w:val="continue"\/>/);
    const rows = [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)];
    for (const r of rows) expect(r[0].match(/<w:tc>/g)).toHaveLength(2);
  });

  it("ends every section with text or a 1 pt paragraph, so no page is left blank", () => {
    const body = out.document;
    const ends = [...body.matchAll(/<w:sectPr/g)].map((m) => m.index ?? 0);
    for (const end of ends) {
      const before = paragraphs(body.slice(0, end))
        .filter((p) => p.start < end)
        .at(-1)!;
      if (before.text) continue;
      expect(attr(before.xml, "w:spacing", "w:line")).toBe("20");
      expect(attr(before.xml, "w:spacing", "w:lineRule")).toBe("exact");
    }
  });

  it("puts a 草稿 watermark behind every page and the draft part after the attachment", async () => {
    const doc = sampleDoc();
    const drafted = await render({
      ...doc,
      watermark: "草稿",
      draft: {
        title: "校验情况（草稿）",
        blocks: [{ kind: "paragraph", text: "1．支出总计不等于合计。" }],
      },
    });
    expect(drafted.headers.length).toBeGreaterThan(0);
    for (const h of drafted.headers) expect(h).toMatch(/<v:textpath [^>]*string="草稿"/);
    const sections = sectPrs(drafted.document);
    expect(sections).toHaveLength(3);
    const draft = para(drafted.document, "校验情况（草稿）");
    expect(draft.start).toBeGreaterThan(sections[1].index ?? Infinity);
    expect(attr(sections[2][0], "w:type", "w:val")).toBe("nextPage");
    expect(out.headers.join("")).not.toContain("textpath");
  });

  it("starts the attachment on a new page, landscape for a wide table", () => {
    const sections = sectPrs(out.document);
    expect(sections).toHaveLength(2);
    const [main, attachment] = sections;
    expect(attr(attachment[0], "w:type", "w:val")).toBe("nextPage");
    const label = para(out.document, "附件");
    const title = para(out.document, "2021年度部门整体支出绩效自评表");
    expect(label.start).toBeGreaterThan(main.index ?? Infinity);
    expect(attr(title.xml, "w:sz", "w:val")).toBe("44");
    expect(attr(attachment[0], "w:pgSz", "w:orient")).toBe("landscape");
    expect(attr(attachment[0], "w:pgSz", "w:w")).toBe("16838");
    expect(attr(attachment[0], "w:pgSz", "w:h")).toBe("11906");
    expect(attr(attachment[0], "w:pgMar", "w:top")).toBe("2098");
    const tbl = [...out.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].at(-1)?.[0] ?? "";
    const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(8);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 1587 - 1474);
    expect(tbl).toMatch(/<w:gridSpan w:val="5"\/>/);
  });

  it("keeps a narrow attachment portrait", async () => {
    const narrow: Table = {
      header: [[{ text: "指标" }, { text: "得分" }]],
      rows: [],
      widths: [1, 1],
    };
    const { document } = await render(sampleDoc(narrow));
    const attachment = sectPrs(document)[1][0];
    expect(attr(attachment, "w:type", "w:val")).toBe("nextPage");
    expect(attr(attachment, "w:pgSz", "w:orient")).not.toBe("landscape");
    expect(attr(attachment, "w:pgSz", "w:w")).toBe("11906");
  });

  it("renders a document without attachment as one section", async () => {
    const { document } = await render({ ...sampleDoc(), attachment: undefined });
    expect(sectPrs(document)).toHaveLength(1);
    expect(paragraphs(document).some((p) => p.text === "附件")).toBe(false);
    expect(document).not.toContain('<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="13777"/>');
  });
});

describe("font fallbacks (issue 27)", () => {
  /** The font table as name → its w:altName, and whether it is declared GB2312 (charset 86). */
  async function fontTable(): Promise<Map<string, { alt?: string; gb2312: boolean }>> {
    const zip = await JSZip.loadAsync(await renderDocx(sampleDoc()));
    const xml = await zip.file("word/fontTable.xml")!.async("string");
    const out = new Map<string, { alt?: string; gb2312: boolean }>();
    for (const m of xml.matchAll(/<w:font w:name="([^"]+)">(.*?)<\/w:font>/g))
      out.set(m[1], {
        alt: /<w:altName w:val="([^"]+)"\/>/.exec(m[2])?.[1],
        gb2312: m[2].includes('<w:charset w:val="86"/>'),
      });
    return out;
  }

  it("declares a chain of substitutes for every face the document names", async () => {
    const table = await fontTable();
    const chain = (from: string) => {
      const names = [from];
      while (table.get(names.at(-1)!)?.alt && names.length < 6)
        names.push(table.get(names.at(-1)!)!.alt!);
      return names;
    };
    expect(chain("仿宋_GB2312").slice(0, 3)).toEqual(["仿宋_GB2312", "仿宋", "FangSong"]);
    expect(chain("楷体_GB2312").slice(0, 3)).toEqual(["楷体_GB2312", "楷体", "KaiTi"]);
    expect(chain("黑体")).toEqual(["黑体", "SimHei"]);
    expect(chain("方正小标宋简体")).toEqual(["方正小标宋简体", "华文中宋", "宋体", "SimSun"]);
    // Every face a run names is in the table, so Word knows its substitute.
    const rendered = await render(sampleDoc());
    const used = new Set(
      [
        ...`${rendered.document}${rendered.styles}`.matchAll(
          /<w:rFonts [^>]*w:eastAsia="([^"]+)"/g
        ),
      ].map((m) => m[1])
    );
    expect(used.size).toBeGreaterThan(2);
    for (const face of used) expect([face, table.get(face)?.gb2312]).toEqual([face, true]);
  });

  it("leaves Word's word-level wrapping on, so a figure like 191.5% is not broken inside", async () => {
    const rendered = await render(sampleDoc());
    expect(`${rendered.document}${rendered.styles}`).not.toContain("<w:wordWrap");
  });
});

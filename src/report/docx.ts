/**
 * The report as .docx in the official-document style of GB/T 9704 (PRODUCT.md §6): A4 portrait,
 * margins 37/35/28/26 mm, 小标宋 22 pt title, 黑体 / 楷体 / bold 仿宋 headings, 仿宋 16 pt body at a
 * fixed 28 pt line pitch with a two-character first-line indent, headings in the named styles
 * Heading1–3, table header rows repeated on each page, the 附件说明 before the 落款, and page
 * numbers "— 1 —" at the right of odd pages and the left of even ones.
 *
 * Text is written as plain text runs, escaped: nothing is parsed, so a narrative starting with
 * "=" or "@" stays literal. "\n" in a text becomes a line break.
 *
 * The `docx` package writes the package around the body (styles, sections, headers and footers,
 * settings); the body itself, the bulk of a long report, is written as XML text by
 * ./docx-body.ts and put in place of one marker paragraph per section (issue 24: the package's
 * objects for a 100×-rows report took some 180 MB).
 */
import { Document, LineRuleType, Packer, Paragraph, SectionType, TextRun } from "docx";
import type { IParagraphOptions, ISectionOptions } from "docx";
import JSZip from "jszip";
import type { ReportDocument } from "./document";
import {
  FONT,
  FONT_TABLE_XML,
  LANDSCAPE_ABOVE_COLUMNS,
  LINE_BODY,
  PT,
  SIZE,
  TEXT_WIDTH_LANDSCAPE,
  TEXT_WIDTH_PORTRAIT,
  fonts,
  page,
  pageNumberFooter,
  watermarkHeader,
} from "./docx-page";
import {
  HEADING_FACE,
  TABLE_TEXT_STYLE,
  attachmentHeading,
  emitBlocks,
  titleParagraph,
  widestTable,
} from "./docx-body";

export { scaleWidths } from "./docx-body";

const bodySpacing: IParagraphOptions["spacing"] = {
  line: LINE_BODY,
  lineRule: LineRuleType.EXACT,
  before: 0,
  after: 0,
};

/** Two characters of the 16 pt body: firstLineChars for Word, firstLine for other readers. */
const twoCharIndent: IParagraphOptions["indent"] = { firstLine: 2 * 16 * PT, firstLineChars: 200 };

/** 黑体 / 楷体 / bold 仿宋, 16 pt, indented two characters, kept with the next paragraph. */
function headingStyle(level: 1 | 2 | 3) {
  return {
    run: {
      font: fonts(HEADING_FACE[level]),
      size: SIZE.body,
      sizeComplexScript: SIZE.body,
      bold: level === 3,
      italics: false,
      color: "000000",
    },
    paragraph: {
      spacing: bodySpacing,
      indent: twoCharIndent,
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
    },
  };
}

/** Body, Heading1–3 and table-text styles: Word's styles pane and outline work from these. */
function documentStyles() {
  return {
    default: {
      document: {
        run: {
          font: fonts(FONT.body),
          size: SIZE.body,
          sizeComplexScript: SIZE.body,
          language: { value: "zh-CN", eastAsia: "zh-CN" },
        },
        paragraph: { spacing: bodySpacing },
      },
      heading1: headingStyle(1),
      heading2: headingStyle(2),
      heading3: headingStyle(3),
    },
    paragraphStyles: [
      {
        id: TABLE_TEXT_STYLE,
        name: "表格文字",
        basedOn: "Normal",
        run: { font: fonts(FONT.body), size: SIZE.table, sizeComplexScript: SIZE.table },
        // No <w:wordWrap w:val="0"/> (which the docx package writes for `wordWrap: true`): it
        // would let Word break "191.5%" inside; left out, Word wraps Latin and figures whole.
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      },
    ],
  };
}

/** One section's body: its XML pieces, in order, and its page. */
interface SectionBody {
  write: (emit: (xml: string) => void) => void;
  properties: ISectionOptions["properties"];
}

/** The sections of the report: body, the attachment (自评表) and the draft part (校验情况). */
function sectionBodies(doc: ReportDocument): SectionBody[] {
  const hasTitle = doc.blocks.some((b) => b.kind === "title");
  const sections: SectionBody[] = [
    {
      properties: { page: page(false, true) },
      write: (emit) => {
        if (!hasTitle) emit(titleParagraph(doc.title));
        emitBlocks(doc.blocks, TEXT_WIDTH_PORTRAIT, emit);
      },
    },
  ];
  const attachment = doc.attachment;
  if (attachment) {
    const landscape = widestTable(attachment.blocks) > LANDSCAPE_ABOVE_COLUMNS;
    sections.push({
      properties: { type: SectionType.NEXT_PAGE, page: page(landscape) },
      write: (emit) => {
        attachmentHeading(attachment.title).forEach((p) => emit(p));
        emitBlocks(attachment.blocks, landscape ? TEXT_WIDTH_LANDSCAPE : TEXT_WIDTH_PORTRAIT, emit);
      },
    });
  }
  const draft = doc.draft;
  if (draft)
    sections.push({
      properties: { type: SectionType.NEXT_PAGE, page: page(false) },
      write: (emit) => {
        emit(titleParagraph(draft.title));
        emitBlocks(draft.blocks, TEXT_WIDTH_PORTRAIT, emit);
      },
    });
  return sections;
}

const MARKER = (i: number) => `JIXIAO-SECTION-${i}`;

/** The package around the body: each section holds one marker paragraph in place of its body. */
function frame(doc: ReportDocument, sections: readonly SectionBody[]): Document {
  const footers = { default: pageNumberFooter("odd"), even: pageNumberFooter("even") };
  const headers = doc.watermark
    ? { default: watermarkHeader(doc.watermark), even: watermarkHeader(doc.watermark) }
    : undefined;
  return new Document({
    title: doc.title,
    creator: "绩效自评助手",
    evenAndOddHeaderAndFooters: true,
    styles: documentStyles(),
    sections: sections.map((s, i) => ({
      properties: s.properties,
      headers,
      footers,
      children: [new Paragraph({ children: [new TextRun(MARKER(i))] })],
    })),
  });
}

/** A section's marker paragraph in document.xml, with the section's properties where it ends one. */
function markerPattern(i: number): RegExp {
  return new RegExp(
    `<w:p>(?:<w:pPr>(<w:sectPr>(?:(?!</w:sectPr>)[\\s\\S])*</w:sectPr>)</w:pPr>)?` +
      `<w:r><w:t xml:space="preserve">${MARKER(i)}</w:t></w:r></w:p>`
  );
}

/**
 * The last paragraph of a section carries the section's properties (<w:sectPr>) at the end of its
 * own, as Word writes a section break.
 */
function withSectionEnd(paragraphXml: string, sectPr: string): string {
  const end = paragraphXml.indexOf("</w:pPr>");
  if (paragraphXml.startsWith("<w:p><w:pPr>") && end > 0)
    return paragraphXml.slice(0, end) + sectPr + paragraphXml.slice(end);
  if (paragraphXml.startsWith("<w:p>"))
    return `<w:p><w:pPr>${sectPr}</w:pPr>${paragraphXml.slice("<w:p>".length)}`;
  throw new Error("a section must end with a paragraph");
}

/** UTF-8 bytes gathered from many small strings, encoded some 64 K characters at a time. */
class Utf8Chunks {
  private readonly encoder = new TextEncoder();
  private readonly chunks: Uint8Array[] = [];
  private pending = "";

  put(text: string): void {
    this.pending += text;
    if (this.pending.length >= 65536) this.flush();
  }

  private flush(): void {
    if (this.pending) this.chunks.push(this.encoder.encode(this.pending));
    this.pending = "";
  }

  bytes(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/**
 * document.xml: the frame's XML with each marker replaced by its section's body, as UTF-8 bytes
 * (the body is encoded as it is written, so it is never one big string).
 */
function documentXml(frameXml: string, sections: readonly SectionBody[]): Uint8Array {
  const out = new Utf8Chunks();
  let rest = frameXml;
  sections.forEach((section, i) => {
    const m = markerPattern(i).exec(rest);
    if (!m || m.index === undefined) throw new Error(`section marker ${i} not found`);
    out.put(rest.slice(0, m.index));
    // The section's last paragraph takes its section properties: each piece waits for the next.
    let last: string | undefined;
    section.write((xml) => {
      if (last !== undefined) out.put(last);
      last = xml;
    });
    if (last === undefined) throw new Error(`section ${i} is empty`);
    out.put(m[1] ? withSectionEnd(last, m[1]) : last);
    rest = rest.slice(m.index + m[0].length);
  });
  out.put(rest);
  return out.bytes();
}

/**
 * Renders the report: bytes out, no Node API, so the task pane's 导出 Word uses it as the CLI
 * does. The blocks are written in order; when they hold no title block, the document's title
 * is set above them. The attachment, if any, starts a section of its own (a new page;
 * landscape when its widest table has more than six columns); the draft part (校验情况), if
 * any, follows on a page of its own; a watermark, if given, lies behind every page.
 */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  const sections = sectionBodies(doc);
  const zip = await JSZip.loadAsync(
    await Packer.toArrayBuffer(frame(doc, sections), false, [
      { path: "word/fontTable.xml", data: FONT_TABLE_XML },
    ])
  );
  const frameXml = await zip.file("word/document.xml")?.async("string");
  if (frameXml === undefined) throw new Error("word/document.xml missing from the package");
  zip.file("word/document.xml", documentXml(frameXml, sections));
  // Plain bytes, not a Node Buffer: the task pane renders Word in the browser too.
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

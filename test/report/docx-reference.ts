/**
 * The Word renderer as it was before issue 24 item 5: every paragraph, table and cell built as a
 * `docx` package object. Kept only as the oracle of test/report/docx-body.test.ts, which checks
 * that src/report/docx.ts (the body written as XML text) gives the same document.xml byte for
 * byte. Not used by the product.
 *
 * The report as .docx in the official-document style of GB/T 9704 (PRODUCT.md §6): A4 portrait,
 * margins 37/35/28/26 mm, 小标宋 22 pt title, 黑体 / 楷体 / bold 仿宋 headings, 仿宋 16 pt body at a
 * fixed 28 pt line pitch with a two-character first-line indent, headings in the named styles
 * Heading1–3, table header rows repeated on each page, the 附件说明 before the 落款, and page
 * numbers "— 1 —" at the right of odd pages and the left of even ones.
 *
 * Text is written as plain text runs (the `docx` package escapes it): nothing is parsed, so a
 * narrative starting with "=" or "@" stays literal. "\n" in a text becomes a line break.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  HeightRule,
  LineRuleType,
  Packer,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { IParagraphOptions, ISectionOptions } from "docx";
import type {
  Block,
  DraftPart,
  ReportDocument,
  Table as ModelTable,
  TableCell as ModelTableCell,
} from "../../src/report/document";
import {
  FONT,
  FONT_TABLE_XML,
  LANDSCAPE_ABOVE_COLUMNS,
  LINE_BODY,
  LINE_TITLE,
  PT,
  SIZE,
  TEXT_WIDTH_LANDSCAPE,
  TEXT_WIDTH_PORTRAIT,
  XML_INVALID,
  fonts,
  page,
  pageNumberFooter,
  watermarkHeader,
} from "../../src/report/docx-page";

interface RunStyle {
  font: string;
  size: number;
  bold?: boolean;
  color?: string;
}

const BODY: RunStyle = { font: FONT.body, size: SIZE.body };

/**
 * Runs for a plain text: each "\n" (or "\r\n") becomes a line break, nothing else is read into
 * the text. Only characters XML cannot hold are dropped.
 */
function runs(text: string, style: RunStyle): TextRun[] {
  const lines = text.replace(XML_INVALID, "").split(/\r\n|\r|\n/);
  return lines.map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        font: fonts(style.font),
        size: style.size,
        sizeComplexScript: style.size,
        bold: style.bold || undefined,
        boldComplexScript: style.bold || undefined,
        color: style.color,
      })
  );
}

const TABLE_TEXT_STYLE = "jxTableText";

/** A table cell's text: the style carries the font; only bold is stated per run. */
function cellRuns(text: string, bold: boolean): TextRun[] {
  return text
    .replace(XML_INVALID, "")
    .split(/\r\n|\r|\n/)
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          bold: bold || undefined,
          boldComplexScript: bold || undefined,
        })
    );
}

const bodySpacing: IParagraphOptions["spacing"] = {
  line: LINE_BODY,
  lineRule: LineRuleType.EXACT,
  before: 0,
  after: 0,
};

/** Two characters of the 16 pt body: firstLineChars for Word, firstLine for other readers. */
const twoCharIndent: IParagraphOptions["indent"] = { firstLine: 2 * 16 * PT, firstLineChars: 200 };

/** An empty body line; `keepNext` holds it on the page of what follows (the 落款). */
function blankLine(keepNext = false): Paragraph {
  return new Paragraph({ spacing: bodySpacing, keepNext, children: runs("", BODY) });
}

function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: LINE_TITLE, lineRule: LineRuleType.EXACT, before: 0, after: LINE_BODY },
    keepNext: true,
    children: runs(text, { font: FONT.title, size: SIZE.title }),
  });
}

const HEADING_LEVEL = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

const HEADING_FACE = { 1: FONT.heading1, 2: FONT.heading2, 3: FONT.body } as const;

/** Headings carry the named styles Heading1–3 (see headingStyle): Word's outline and TOC use them. */
function headingParagraph(level: 1 | 2 | 3, text: string): Paragraph {
  return new Paragraph({
    heading: HEADING_LEVEL[level],
    children: runs(text, { font: HEADING_FACE[level], size: SIZE.body, bold: level === 3 }),
  });
}

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

// ---------------------------------------------------------------------------------------------
// Tables.

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

/** Scales relative widths to `total` twips; the last column takes the rounding remainder. */
function scaleWidths(relative: readonly number[], columns: number, total: number): number[] {
  const usable =
    relative.length === columns && relative.every((w) => Number.isFinite(w) && w > 0)
      ? relative
      : Array.from({ length: columns }, () => 1);
  const sum = usable.reduce((a, b) => a + b, 0);
  const out = usable.map((w) => Math.floor((w / sum) * total));
  out[out.length - 1] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

function columnCount(table: ModelTable): number {
  const spans = [...table.header, ...table.rows].map((row) =>
    row.reduce((n, c) => n + Math.max(1, c.span ?? 1), 0)
  );
  return Math.max(table.widths.length, ...spans, 1);
}

function cellAlignment(cell: ModelTableCell, header: boolean) {
  const align = cell.align ?? (header ? "center" : "left");
  return align === "center"
    ? AlignmentType.CENTER
    : align === "right"
      ? AlignmentType.RIGHT
      : AlignmentType.LEFT;
}

function tableRow(
  cells: readonly ModelTableCell[],
  grid: readonly number[],
  header: boolean,
  covered: ReadonlySet<number>
): { row: TableRow; spans: { col: number; width: number; rows: number }[] } {
  const out: TableCell[] = [];
  const spans: { col: number; width: number; rows: number }[] = [];
  let col = 0;
  const skipCovered = () => {
    while (covered.has(col)) col++;
  };
  const place = (cell: ModelTableCell) => {
    const span = Math.max(1, Math.min(cell.span ?? 1, grid.length - col));
    const down = Math.max(1, cell.rowSpan ?? 1);
    const width = grid.slice(col, col + span).reduce((a, b) => a + b, 0);
    if (down > 1) spans.push({ col, width: span, rows: down });
    col += span;
    // Font, size and spacing come from the table-text style and borders from the table: a
    // cell states only what is its own, which keeps a 1,000-row table small to build.
    out.push(
      new TableCell({
        columnSpan: span > 1 ? span : undefined,
        rowSpan: down > 1 ? down : undefined,
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        children: [
          new Paragraph({
            style: TABLE_TEXT_STYLE,
            alignment: cellAlignment(cell, header),
            children: cellRuns(cell.text, header || cell.bold === true),
          }),
        ],
      })
    );
    skipCovered();
  };
  skipCovered();
  for (const cell of cells) {
    if (col >= grid.length) break; // more cells than columns: the grid cannot show them
    place(cell);
  }
  // A short row is padded with empty cells so every row fills the grid.
  while (col < grid.length) place({ text: "" });
  const row = new TableRow({
    // Header rows repeat at the top of every page the table runs onto (<w:tblHeader/>).
    tableHeader: header || undefined,
    // A row is not split across pages (an indicator's reasons stay beside its figures).
    cantSplit: true,
    height: { value: 400, rule: HeightRule.ATLEAST },
    children: out,
  });
  return { row, spans };
}

function renderTable(table: ModelTable, textWidth: number): Table {
  const grid = scaleWidths(table.widths, columnCount(table), textWidth);
  /** Columns taken by a cell spanning rows from above, by row index. */
  const covered = new Map<number, Set<number>>();
  const all = [
    ...table.header.map((r) => ({ cells: r, header: true })),
    ...table.rows.map((r) => ({ cells: r, header: false })),
  ];
  const rows = all.map(({ cells, header }, i) => {
    const { row, spans } = tableRow(cells, grid, header, covered.get(i) ?? new Set());
    for (const s of spans)
      for (let k = 1; k < s.rows; k++) {
        const set = covered.get(i + k) ?? new Set<number>();
        for (let c = 0; c < s.width; c++) set.add(s.col + c);
        covered.set(i + k, set);
      }
    return row;
  });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: grid,
    layout: TableLayoutType.FIXED,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    borders: {
      top: CELL_BORDER,
      bottom: CELL_BORDER,
      left: CELL_BORDER,
      right: CELL_BORDER,
      insideHorizontal: CELL_BORDER,
      insideVertical: CELL_BORDER,
    },
    rows,
  });
}

// ---------------------------------------------------------------------------------------------
// Blocks.

type FileChild = ISectionOptions["children"][number];

/**
 * `closing`: the paragraph stands right before the 附件说明 or 落款 and stays on their page,
 * so the 落款 never sits alone on a page of its own (GB/T 9704 §7.3.5).
 */
function renderBlock(block: Block, textWidth: number, closing = false): FileChild[] {
  switch (block.kind) {
    case "title":
      return [titleParagraph(block.text)];
    case "addressee":
      return [new Paragraph({ spacing: bodySpacing, children: runs(block.text, BODY) })];
    case "heading":
      return [headingParagraph(block.level, block.text)];
    case "paragraph":
      return [
        new Paragraph({
          spacing: bodySpacing,
          indent: twoCharIndent,
          keepNext: closing || undefined,
          children: runs(block.text, BODY),
        }),
      ];
    case "attachmentNote":
      // 附件说明: a blank line under the body, indented two characters (GB/T 9704 §7.3.6).
      return [
        blankLine(true),
        new Paragraph({
          spacing: bodySpacing,
          indent: twoCharIndent,
          keepNext: true,
          children: runs(block.text, BODY),
        }),
      ];
    case "signature":
      return [
        blankLine(true),
        ...block.lines.map(
          (line) =>
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              spacing: bodySpacing,
              // 右空二字: the closing lines stop two characters short of the right margin.
              indent: { right: 2 * 16 * PT },
              keepNext: true,
              children: runs(line, BODY),
            })
        ),
      ];
    case "table":
      // A table directly after another would merge with it in Word: a short paragraph keeps
      // them apart (and ends a section that closes with a table).
      return [renderTable(block.table, textWidth), hairline()];
  }
}

/**
 * A paragraph 1 pt high: keeps two tables apart (Word would merge them) and closes a section
 * that ends with a table, without pushing anything onto a page of its own.
 */
function hairline(): Paragraph {
  return new Paragraph({
    spacing: { line: PT, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [new TextRun({ text: "", size: 2 })],
  });
}

function renderBlocks(blocks: readonly Block[], textWidth: number): FileChild[] {
  const closes = (b: Block | undefined) => b?.kind === "attachmentNote" || b?.kind === "signature";
  return blocks.flatMap((b, i) => renderBlock(b, textWidth, closes(blocks[i + 1])));
}

/** "附件：…自评表" → the label flush left in 黑体 and the title centred, as GB/T 9704 sets them. */
function attachmentHeading(title: string): Paragraph[] {
  const m = /^\s*(附件\s*\d*)\s*[：:]\s*([\s\S]+)$/.exec(title);
  if (!m) return [titleParagraph(title)];
  return [
    new Paragraph({
      spacing: bodySpacing,
      keepNext: true,
      children: runs(m[1], { font: FONT.heading1, size: SIZE.body }),
    }),
    titleParagraph(m[2]),
  ];
}

function widestTable(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => (b.kind === "table" ? Math.max(n, columnCount(b.table)) : n), 0);
}

/** 校验情况 after the attachment: a page of its own, titled as a draft. */
function draftChildren(draft: DraftPart): FileChild[] {
  return [titleParagraph(draft.title), ...renderBlocks(draft.blocks, TEXT_WIDTH_PORTRAIT)];
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

/**
 * Renders the report: bytes out, no Node API, so the task pane's 导出 Word uses it as the CLI
 * does. The blocks are written in order; when they hold no title block, the document's title
 * is set above them. The attachment, if any, starts a section of its own (a new page;
 * landscape when its widest table has more than six columns); the draft part (校验情况), if
 * any, follows on a page of its own; a watermark, if given, lies behind every page.
 */
export async function renderDocxReference(doc: ReportDocument): Promise<Uint8Array> {
  const hasTitle = doc.blocks.some((b) => b.kind === "title");
  const footers = { default: pageNumberFooter("odd"), even: pageNumberFooter("even") };
  const headers = doc.watermark
    ? { default: watermarkHeader(doc.watermark), even: watermarkHeader(doc.watermark) }
    : undefined;
  const sections: ISectionOptions[] = [
    {
      properties: { page: page(false, true) },
      headers,
      footers,
      children: [
        ...(hasTitle ? [] : [titleParagraph(doc.title)]),
        ...renderBlocks(doc.blocks, TEXT_WIDTH_PORTRAIT),
      ],
    },
  ];
  if (doc.attachment) {
    const landscape = widestTable(doc.attachment.blocks) > LANDSCAPE_ABOVE_COLUMNS;
    sections.push({
      properties: { type: SectionType.NEXT_PAGE, page: page(landscape) },
      headers,
      footers,
      children: [
        ...attachmentHeading(doc.attachment.title),
        ...renderBlocks(
          doc.attachment.blocks,
          landscape ? TEXT_WIDTH_LANDSCAPE : TEXT_WIDTH_PORTRAIT
        ),
      ],
    });
  }
  if (doc.draft)
    sections.push({
      properties: { type: SectionType.NEXT_PAGE, page: page(false) },
      headers,
      footers,
      children: draftChildren(doc.draft),
    });

  const document = new Document({
    title: doc.title,
    creator: "绩效自评助手",
    evenAndOddHeaderAndFooters: true,
    styles: documentStyles(),
    sections,
  });
  // Plain bytes, not a Node Buffer: the task pane renders Word in the browser too.
  return new Uint8Array(
    await Packer.toArrayBuffer(document, false, [
      { path: "word/fontTable.xml", data: FONT_TABLE_XML },
    ])
  );
}

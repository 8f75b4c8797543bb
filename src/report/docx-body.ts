/**
 * The body of the Word report (document.xml's paragraphs and tables) written as XML text, block
 * by block, into UTF-8 chunks. At 100× rows the body is about 5 MB of XML and 8,000 table cells:
 * built as `docx` package objects it took some 180 MB of heap (issue 24), written as text each
 * block's string is garbage as soon as it is encoded. The XML is the `docx` package's own, byte
 * for byte (test/report/docx-body.test.ts renders both ways and compares), so the document a
 * reader opens is the same; the package still writes everything else (styles, sections, page
 * furniture) around it, see `renderDocx`.
 */
import type { Block, Table, TableCell } from "./document";
import { FONT, LINE_BODY, LINE_TITLE, PT, SIZE, XML_INVALID } from "./docx-page";

export const TABLE_TEXT_STYLE = "jxTableText";

/** The faces of the three heading levels: 黑体, 楷体, bold 仿宋. */
export const HEADING_FACE = { 1: FONT.heading1, 2: FONT.heading2, 3: FONT.body } as const;

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};

/** Text or an attribute value as XML, as the `docx` package escapes both. */
export function escapeXml(text: string): string {
  return text.replace(XML_INVALID, "").replace(/[&"'<>]/g, (c) => ESCAPES[c] ?? c);
}

// ---------------------------------------------------------------------------------------------
// Runs and paragraphs.

interface RunStyle {
  font?: string;
  size?: number;
  bold?: boolean;
}

const BODY: RunStyle = { font: FONT.body, size: SIZE.body };

function runProperties(style: RunStyle): string {
  let out = "";
  if (style.font) {
    const f = escapeXml(style.font);
    out += `<w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>`;
  }
  if (style.bold) out += "<w:b/><w:bCs/>";
  if (style.size) out += `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>`;
  return out ? `<w:rPr>${out}</w:rPr>` : "";
}

/**
 * Runs for a plain text: each "\n" (or "\r\n") becomes a line break, nothing else is read into
 * the text (a narrative starting with "=" stays literal). Characters XML cannot hold are dropped.
 */
function runs(text: string, style: RunStyle): string {
  const props = runProperties(style);
  return text
    .replace(XML_INVALID, "")
    .split(/\r\n|\r|\n/)
    .map(
      (line, i) =>
        `<w:r>${props}${i > 0 ? "<w:br/>" : ""}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`
    )
    .join("");
}

/** A paragraph from its properties (in the schema's order) and content. */
function paragraph(properties: string, content: string): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ""}${content}</w:p>`;
}

const spacing = (line: number, after = 0) =>
  `<w:spacing w:after="${after}" w:before="0" w:line="${line}" w:lineRule="exact"/>`;
const KEEP_NEXT = "<w:keepNext/>";
const BODY_SPACING = spacing(LINE_BODY);
/** Two characters of the 16 pt body: firstLineChars for Word, firstLine for other readers. */
const TWO_CHAR_INDENT = `<w:ind w:firstLine="${2 * 16 * PT}" w:firstLineChars="200"/>`;
const justify = (align: "center" | "left" | "right") => `<w:jc w:val="${align}"/>`;

/** An empty body line; `keepNext` holds it on the page of what follows (the 落款). */
function blankLine(keepNext = false): string {
  return paragraph((keepNext ? KEEP_NEXT : "") + BODY_SPACING, runs("", BODY));
}

export function titleParagraph(text: string): string {
  return paragraph(
    KEEP_NEXT + spacing(LINE_TITLE, LINE_BODY) + justify("center"),
    runs(text, { font: FONT.title, size: SIZE.title })
  );
}

/** Headings carry the named styles Heading1–3: Word's outline and TOC use them. */
function headingParagraph(level: 1 | 2 | 3, text: string): string {
  return paragraph(
    `<w:pStyle w:val="Heading${level}"/>`,
    runs(text, { font: HEADING_FACE[level], size: SIZE.body, bold: level === 3 })
  );
}

/**
 * A paragraph 1 pt high: keeps two tables apart (Word would merge them) and closes a section
 * that ends with a table, without pushing anything onto a page of its own.
 */
function hairline(): string {
  return paragraph(spacing(PT), runs("", { size: 2 }));
}

/** "附件：…自评表" → the label flush left in 黑体 and the title centred, as GB/T 9704 sets them. */
export function attachmentHeading(title: string): string[] {
  const m = /^\s*(附件\s*\d*)\s*[：:]\s*([\s\S]+)$/.exec(title);
  if (!m) return [titleParagraph(title)];
  return [
    paragraph(KEEP_NEXT + BODY_SPACING, runs(m[1], { font: FONT.heading1, size: SIZE.body })),
    titleParagraph(m[2]),
  ];
}

// ---------------------------------------------------------------------------------------------
// Tables.

/** Scales relative widths to `total` twips; the last column takes the rounding remainder. */
export function scaleWidths(relative: readonly number[], columns: number, total: number): number[] {
  const usable =
    relative.length === columns && relative.every((w) => Number.isFinite(w) && w > 0)
      ? relative
      : Array.from({ length: columns }, () => 1);
  const sum = usable.reduce((a, b) => a + b, 0);
  const out = usable.map((w) => Math.floor((w / sum) * total));
  out[out.length - 1] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

export function columnCount(table: Table): number {
  const spans = [...table.header, ...table.rows].map((row) =>
    row.reduce((n, c) => n + Math.max(1, c.span ?? 1), 0)
  );
  return Math.max(table.widths.length, ...spans, 1);
}

/** One cell as written: its own text, or the continuation of a cell merged down from above. */
interface CellOut {
  /** The grid column the cell starts at. */
  col: number;
  width: number;
  span: number;
  rowSpan: number;
  align: "center" | "left" | "right";
  /** Absent on a continuation cell (<w:vMerge w:val="continue"/>), which holds an empty paragraph. */
  text?: string;
  bold?: boolean;
}

const TABLE_BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((side) => `<w:${side} w:val="single" w:color="000000" w:sz="4"/>`)
  .join("");
const CELL_MARGINS =
  '<w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="80"/>';

function cellXml(cell: CellOut): string {
  const merge =
    cell.text === undefined
      ? '<w:vMerge w:val="continue"/>'
      : cell.rowSpan > 1
        ? '<w:vMerge w:val="restart"/>'
        : "";
  const properties =
    `<w:tcW w:type="dxa" w:w="${cell.width}"/>` +
    (cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : "") +
    `${merge}<w:vAlign w:val="center"/>`;
  // Font, size and spacing come from the table-text style and borders from the table: a cell
  // states only what is its own.
  const content =
    cell.text === undefined
      ? paragraph(justify(cell.align), "")
      : paragraph(
          `<w:pStyle w:val="${TABLE_TEXT_STYLE}"/>${justify(cell.align)}`,
          runs(cell.text, { bold: cell.bold })
        );
  return `<w:tc><w:tcPr>${properties}</w:tcPr>${content}</w:tc>`;
}

function rowXml(cells: readonly CellOut[], header: boolean): string {
  // Header rows repeat at the top of every page the table runs onto (<w:tblHeader/>); a row is
  // not split across pages (an indicator's reasons stay beside its figures).
  const properties = `<w:cantSplit/>${header ? "<w:tblHeader/>" : ""}<w:trHeight w:val="400" w:hRule="atLeast"/>`;
  return `<w:tr><w:trPr>${properties}</w:trPr>${cells.map(cellXml).join("")}</w:tr>`;
}

/**
 * A row's own cells on the grid. Columns taken by a cell merged down from above are skipped
 * (`covered`); a short row is padded with empty cells so every row fills the grid.
 */
function ownCells(
  cells: readonly TableCell[],
  grid: readonly number[],
  header: boolean,
  covered: ReadonlySet<number>
): CellOut[] {
  const out: CellOut[] = [];
  let col = 0;
  const skipCovered = () => {
    while (covered.has(col)) col++;
  };
  const place = (cell: TableCell) => {
    const span = Math.max(1, Math.min(cell.span ?? 1, grid.length - col));
    const width = grid.slice(col, col + span).reduce((a, b) => a + b, 0);
    const align = cell.align ?? (header ? "center" : "left");
    const rowSpan = Math.max(1, cell.rowSpan ?? 1);
    const bold = header || cell.bold === true;
    out.push({ col, width, span, rowSpan, align, text: cell.text, bold });
    col += span;
    skipCovered();
  };
  skipCovered();
  for (const cell of cells) {
    if (col >= grid.length) break; // more cells than columns: the grid cannot show them
    place(cell);
  }
  while (col < grid.length) place({ text: "" });
  return out;
}

/**
 * Puts, in the row below, a continuation cell under each cell of `row` that is merged down, at
 * the column where the `docx` package puts it (before the cell holding that column, or last).
 */
function continueDown(row: readonly CellOut[], below: CellOut[]): void {
  let column = 0;
  for (const cell of row) {
    if (cell.rowSpan > 1) {
      let at = 0;
      let taken = 0;
      while (taken <= column && at < below.length) taken += below[at++].span;
      const index = taken <= column ? below.length : at - 1;
      below.splice(index, 0, { ...cell, rowSpan: cell.rowSpan - 1, text: undefined });
    }
    column += cell.span;
  }
}

/** A table's XML, row by row into `emit`: a 1,300-row table is never held as one string. */
function emitTable(table: Table, textWidth: number, emit: (xml: string) => void): void {
  const grid = scaleWidths(table.widths, columnCount(table), textWidth);
  const all = [
    ...table.header.map((cells) => ({ cells, header: true })),
    ...table.rows.map((cells) => ({ cells, header: false })),
  ];
  /** Columns taken by a cell merged down from above, by row index. */
  const covered = new Map<number, Set<number>>();
  const place = (i: number): CellOut[] => {
    const out = ownCells(all[i].cells, grid, all[i].header, covered.get(i) ?? new Set());
    covered.delete(i);
    for (const c of out)
      for (let k = 1; k < c.rowSpan; k++) {
        const set = covered.get(i + k) ?? new Set<number>();
        for (let col = 0; col < c.span; col++) set.add(c.col + col);
        covered.set(i + k, set);
      }
    return out;
  };
  emit(
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${textWidth}"/><w:tblBorders>${TABLE_BORDERS}</w:tblBorders>` +
      `<w:tblLayout w:type="fixed"/><w:tblCellMar>${CELL_MARGINS}</w:tblCellMar></w:tblPr>` +
      `<w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`
  );
  let row = all.length ? place(0) : [];
  for (let i = 0; i < all.length; i++) {
    const next = i + 1 < all.length ? place(i + 1) : [];
    continueDown(row, next);
    emit(rowXml(row, all[i].header));
    row = next;
  }
  emit("</w:tbl>");
}

// ---------------------------------------------------------------------------------------------
// Blocks.

/**
 * One block's XML into `emit`. `closing`: the paragraph stands right before the 附件说明 or
 * 落款 and stays on their page, so the 落款 never sits alone on a page (GB/T 9704 §7.3.5).
 */
function emitBlock(
  block: Block,
  textWidth: number,
  closing: boolean,
  emit: (xml: string) => void
): void {
  switch (block.kind) {
    case "title":
      return emit(titleParagraph(block.text));
    case "addressee":
      return emit(paragraph(BODY_SPACING, runs(block.text, BODY)));
    case "heading":
      return emit(headingParagraph(block.level, block.text));
    case "paragraph":
      return emit(
        paragraph(
          (closing ? KEEP_NEXT : "") + BODY_SPACING + TWO_CHAR_INDENT,
          runs(block.text, BODY)
        )
      );
    case "attachmentNote":
      // 附件说明: a blank line under the body, indented two characters (GB/T 9704 §7.3.6).
      emit(blankLine(true));
      return emit(paragraph(KEEP_NEXT + BODY_SPACING + TWO_CHAR_INDENT, runs(block.text, BODY)));
    case "signature":
      emit(blankLine(true));
      // 右空二字: the closing lines stop two characters short of the right margin.
      for (const line of block.lines)
        emit(
          paragraph(
            KEEP_NEXT + BODY_SPACING + `<w:ind w:right="${2 * 16 * PT}"/>` + justify("right"),
            runs(line, BODY)
          )
        );
      return;
    case "table":
      // A table directly after another would merge with it in Word: a short paragraph keeps
      // them apart (and ends a section that closes with a table).
      emitTable(block.table, textWidth, emit);
      return emit(hairline());
  }
}

export function emitBlocks(
  blocks: readonly Block[],
  textWidth: number,
  emit: (xml: string) => void
): void {
  const closes = (b: Block | undefined) => b?.kind === "attachmentNote" || b?.kind === "signature";
  blocks.forEach((b, i) => emitBlock(b, textWidth, closes(blocks[i + 1]), emit));
}

export function widestTable(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => (b.kind === "table" ? Math.max(n, columnCount(b.table)) : n), 0);
}

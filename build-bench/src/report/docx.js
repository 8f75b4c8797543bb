"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SIZE = exports.FONT = exports.MARGIN = exports.PAGE = void 0;
exports.mmToTwips = mmToTwips;
exports.scaleWidths = scaleWidths;
exports.renderDocx = renderDocx;
/**
 * The report as .docx in the official-document style of GB/T 9704 (PRODUCT.md §6): A4 portrait,
 * margins 37/35/28/26 mm, 小标宋 22 pt title, 黑体 / 楷体 / bold 仿宋 headings, 仿宋 16 pt body at a
 * fixed 28 pt line pitch with a two-character first-line indent, and page numbers "— 1 —".
 *
 * Text is written as plain text runs (the `docx` package escapes it): nothing is parsed, so a
 * narrative starting with "=" or "@" stays literal. "\n" in a text becomes a line break.
 */
const docx_1 = require("docx");
// ---------------------------------------------------------------------------------------------
// Measures. Word measures page geometry in twips (1/1440 in) and font sizes in half-points.
/** Millimetres to twips, rounded: 37 mm → 2098. */
function mmToTwips(mm) {
    return Math.round((mm * 1440) / 25.4);
}
const PT = 20; // twips per point
/** A4 portrait, 210 × 297 mm. */
exports.PAGE = { width: 11906, height: 16838 };
/** GB/T 9704 margins (天头 37 mm, 订口 28 mm, bottom 35 mm, right 26 mm). */
exports.MARGIN = {
    top: mmToTwips(37),
    bottom: mmToTwips(35),
    left: mmToTwips(28),
    right: mmToTwips(26),
    header: mmToTwips(15),
    // The page number sits about 7 mm below the type area: footer baseline ~25 mm above the edge.
    footer: mmToTwips(25),
};
/** Width of the type area in twips, portrait (156 mm) and landscape. */
const TEXT_WIDTH_PORTRAIT = exports.PAGE.width - exports.MARGIN.left - exports.MARGIN.right;
const TEXT_WIDTH_LANDSCAPE = exports.PAGE.height - exports.MARGIN.left - exports.MARGIN.right;
/** An attachment whose widest table has more columns than this is printed landscape. */
const LANDSCAPE_ABOVE_COLUMNS = 6;
// ---------------------------------------------------------------------------------------------
// Fonts and sizes.
/**
 * Font names as Chinese government templates name them. Word substitutes an installed CJK face
 * when one is missing (LibreOffice: Noto CJK). Every slot is set, so digits and Latin letters
 * in a heading take the heading's face too.
 */
exports.FONT = {
    title: "方正小标宋简体",
    heading1: "黑体",
    heading2: "楷体_GB2312",
    body: "仿宋_GB2312",
    pageNumber: "宋体",
};
/** Sizes in half-points: 22 pt (二号), 16 pt (三号), 14 pt (四号), 12 pt (小四). */
exports.SIZE = { title: 44, body: 32, pageNumber: 28, table: 24 };
/** Fixed line pitch of the body, 28 pt. */
const LINE_BODY = 28 * PT;
/** Title lines are taller than body lines so the 22 pt face is not clipped. */
const LINE_TITLE = 36 * PT;
const NOTICE_COLOR = "C00000";
function fonts(name) {
    return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}
const BODY = { font: exports.FONT.body, size: exports.SIZE.body };
/** Characters XML 1.0 cannot carry at all; a stray one would make the file unreadable. */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/**
 * Runs for a plain text: each "\n" (or "\r\n") becomes a line break, nothing else is read into
 * the text. Only characters XML cannot hold are dropped.
 */
function runs(text, style) {
    const lines = text.replace(XML_INVALID, "").split(/\r\n|\r|\n/);
    return lines.map((line, i) => new docx_1.TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        font: fonts(style.font),
        size: style.size,
        sizeComplexScript: style.size,
        bold: style.bold || undefined,
        boldComplexScript: style.bold || undefined,
        color: style.color,
    }));
}
const TABLE_TEXT_STYLE = "jxTableText";
/** A table cell's text: the style carries the font; only bold is stated per run. */
function cellRuns(text, bold) {
    return text
        .replace(XML_INVALID, "")
        .split(/\r\n|\r|\n/)
        .map((line, i) => new docx_1.TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: bold || undefined,
        boldComplexScript: bold || undefined,
    }));
}
const bodySpacing = {
    line: LINE_BODY,
    lineRule: docx_1.LineRuleType.EXACT,
    before: 0,
    after: 0,
};
/** Two characters of the 16 pt body: firstLineChars for Word, firstLine for other readers. */
const twoCharIndent = { firstLine: 2 * 16 * PT, firstLineChars: 200 };
function blankLine() {
    return new docx_1.Paragraph({ spacing: bodySpacing, children: runs("", BODY) });
}
function titleParagraph(text) {
    return new docx_1.Paragraph({
        alignment: docx_1.AlignmentType.CENTER,
        spacing: { line: LINE_TITLE, lineRule: docx_1.LineRuleType.EXACT, before: 0, after: LINE_BODY },
        keepNext: true,
        children: runs(text, { font: exports.FONT.title, size: exports.SIZE.title }),
    });
}
function headingParagraph(level, text) {
    const style = level === 1
        ? { font: exports.FONT.heading1, size: exports.SIZE.body }
        : level === 2
            ? { font: exports.FONT.heading2, size: exports.SIZE.body }
            : { font: exports.FONT.body, size: exports.SIZE.body, bold: true };
    return new docx_1.Paragraph({
        spacing: bodySpacing,
        indent: twoCharIndent,
        keepNext: true,
        keepLines: true,
        outlineLevel: level - 1,
        children: runs(text, style),
    });
}
// ---------------------------------------------------------------------------------------------
// Tables.
const CELL_BORDER = { style: docx_1.BorderStyle.SINGLE, size: 4, color: "000000" };
/** Scales relative widths to `total` twips; the last column takes the rounding remainder. */
function scaleWidths(relative, columns, total) {
    const usable = relative.length === columns && relative.every((w) => Number.isFinite(w) && w > 0)
        ? relative
        : Array.from({ length: columns }, () => 1);
    const sum = usable.reduce((a, b) => a + b, 0);
    const out = usable.map((w) => Math.floor((w / sum) * total));
    out[out.length - 1] += total - out.reduce((a, b) => a + b, 0);
    return out;
}
function columnCount(table) {
    const spans = [...table.header, ...table.rows].map((row) => row.reduce((n, c) => n + Math.max(1, c.span ?? 1), 0));
    return Math.max(table.widths.length, ...spans, 1);
}
function cellAlignment(cell, header) {
    const align = cell.align ?? (header ? "center" : "left");
    return align === "center"
        ? docx_1.AlignmentType.CENTER
        : align === "right"
            ? docx_1.AlignmentType.RIGHT
            : docx_1.AlignmentType.LEFT;
}
function tableRow(cells, grid, header) {
    const out = [];
    let col = 0;
    const place = (cell) => {
        const span = Math.max(1, Math.min(cell.span ?? 1, grid.length - col));
        const width = grid.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        // Font, size and spacing come from the table-text style and borders from the table: a
        // cell states only what is its own, which keeps a 1,000-row table small to build.
        out.push(new docx_1.TableCell({
            columnSpan: span > 1 ? span : undefined,
            width: { size: width, type: docx_1.WidthType.DXA },
            verticalAlign: docx_1.VerticalAlignTable.CENTER,
            children: [
                new docx_1.Paragraph({
                    style: TABLE_TEXT_STYLE,
                    alignment: cellAlignment(cell, header),
                    children: cellRuns(cell.text, header || cell.bold === true),
                }),
            ],
        }));
    };
    for (const cell of cells) {
        if (col >= grid.length)
            break; // more cells than columns: the grid cannot show them
        place(cell);
    }
    // A short row is padded with empty cells so every row fills the grid.
    while (col < grid.length)
        place({ text: "" });
    return new docx_1.TableRow({
        tableHeader: header,
        // A row is not split across pages (an indicator's reasons stay beside its figures).
        cantSplit: true,
        height: { value: 400, rule: docx_1.HeightRule.ATLEAST },
        children: out,
    });
}
function renderTable(table, textWidth) {
    const grid = scaleWidths(table.widths, columnCount(table), textWidth);
    return new docx_1.Table({
        width: { size: textWidth, type: docx_1.WidthType.DXA },
        columnWidths: grid,
        layout: docx_1.TableLayoutType.FIXED,
        margins: { left: 80, right: 80, top: 40, bottom: 40 },
        borders: {
            top: CELL_BORDER,
            bottom: CELL_BORDER,
            left: CELL_BORDER,
            right: CELL_BORDER,
            insideHorizontal: CELL_BORDER,
            insideVertical: CELL_BORDER,
        },
        rows: [
            ...table.header.map((r) => tableRow(r, grid, true)),
            ...table.rows.map((r) => tableRow(r, grid, false)),
        ],
    });
}
function renderBlock(block, textWidth) {
    switch (block.kind) {
        case "title":
            return [titleParagraph(block.text)];
        case "addressee":
            return [new docx_1.Paragraph({ spacing: bodySpacing, children: runs(block.text, BODY) })];
        case "notice":
            return [
                new docx_1.Paragraph({
                    spacing: bodySpacing,
                    children: runs(block.text, { ...BODY, bold: true, color: NOTICE_COLOR }),
                }),
            ];
        case "heading":
            return [headingParagraph(block.level, block.text)];
        case "paragraph":
            return [
                new docx_1.Paragraph({
                    spacing: bodySpacing,
                    indent: twoCharIndent,
                    children: runs(block.text, BODY),
                }),
            ];
        case "signature":
            return [
                blankLine(),
                ...block.lines.map((line) => new docx_1.Paragraph({
                    alignment: docx_1.AlignmentType.RIGHT,
                    spacing: bodySpacing,
                    // 右空二字: the closing lines stop two characters short of the right margin.
                    indent: { right: 2 * 16 * PT },
                    keepNext: true,
                    children: runs(line, BODY),
                })),
            ];
        case "table":
            // A table directly after another would merge with it in Word: a short paragraph keeps
            // them apart (and ends a section that closes with a table).
            return [
                renderTable(block.table, textWidth),
                new docx_1.Paragraph({
                    spacing: { line: 14 * PT, lineRule: docx_1.LineRuleType.EXACT, before: 0, after: 0 },
                }),
            ];
    }
}
function renderBlocks(blocks, textWidth) {
    return blocks.flatMap((b) => renderBlock(b, textWidth));
}
/** "附件：…自评表" → the label flush left in 黑体 and the title centred, as GB/T 9704 sets them. */
function attachmentHeading(title) {
    const m = /^\s*(附件\s*\d*)\s*[：:]\s*([\s\S]+)$/.exec(title);
    if (!m)
        return [titleParagraph(title)];
    return [
        new docx_1.Paragraph({
            spacing: bodySpacing,
            keepNext: true,
            children: runs(m[1], { font: exports.FONT.heading1, size: exports.SIZE.body }),
        }),
        titleParagraph(m[2]),
    ];
}
function pageNumberFooter() {
    const run = (text) => new docx_1.TextRun({
        text,
        font: fonts(exports.FONT.pageNumber),
        size: exports.SIZE.pageNumber,
        sizeComplexScript: exports.SIZE.pageNumber,
    });
    return new docx_1.Footer({
        children: [
            new docx_1.Paragraph({
                alignment: docx_1.AlignmentType.CENTER,
                children: [
                    run("— "),
                    new docx_1.TextRun({
                        children: [docx_1.PageNumber.CURRENT],
                        font: fonts(exports.FONT.pageNumber),
                        size: exports.SIZE.pageNumber,
                        sizeComplexScript: exports.SIZE.pageNumber,
                    }),
                    run(" —"),
                ],
            }),
        ],
    });
}
function widestTable(blocks) {
    return blocks.reduce((n, b) => (b.kind === "table" ? Math.max(n, columnCount(b.table)) : n), 0);
}
/**
 * Renders the report. The blocks are written in order; when they hold no title block, the
 * document's title is set above them. The attachment, if any, starts a section of its own
 * (a new page; landscape when its widest table has more than six columns).
 */
async function renderDocx(doc) {
    const pageMargin = { ...exports.MARGIN };
    const hasTitle = doc.blocks.some((b) => b.kind === "title");
    const sections = [
        {
            properties: {
                page: {
                    size: { width: exports.PAGE.width, height: exports.PAGE.height, orientation: docx_1.PageOrientation.PORTRAIT },
                    margin: pageMargin,
                    pageNumbers: { start: 1 },
                },
            },
            footers: { default: pageNumberFooter() },
            children: [
                ...(hasTitle ? [] : [titleParagraph(doc.title)]),
                ...renderBlocks(doc.blocks, TEXT_WIDTH_PORTRAIT),
            ],
        },
    ];
    if (doc.attachment) {
        const landscape = widestTable(doc.attachment.blocks) > LANDSCAPE_ABOVE_COLUMNS;
        sections.push({
            properties: {
                type: docx_1.SectionType.NEXT_PAGE,
                page: {
                    // docx swaps width and height itself for a landscape page.
                    size: {
                        width: exports.PAGE.width,
                        height: exports.PAGE.height,
                        orientation: landscape ? docx_1.PageOrientation.LANDSCAPE : docx_1.PageOrientation.PORTRAIT,
                    },
                    margin: pageMargin,
                },
            },
            footers: { default: pageNumberFooter() },
            children: [
                ...attachmentHeading(doc.attachment.title),
                ...renderBlocks(doc.attachment.blocks, landscape ? TEXT_WIDTH_LANDSCAPE : TEXT_WIDTH_PORTRAIT),
            ],
        });
    }
    const document = new docx_1.Document({
        title: doc.title,
        creator: "绩效自评助手",
        styles: {
            default: {
                document: {
                    run: {
                        font: fonts(exports.FONT.body),
                        size: exports.SIZE.body,
                        sizeComplexScript: exports.SIZE.body,
                        language: { value: "zh-CN", eastAsia: "zh-CN" },
                    },
                    paragraph: { spacing: bodySpacing },
                },
            },
            paragraphStyles: [
                {
                    id: TABLE_TEXT_STYLE,
                    name: "表格文字",
                    basedOn: "Normal",
                    run: { font: fonts(exports.FONT.body), size: exports.SIZE.table, sizeComplexScript: exports.SIZE.table },
                    paragraph: { spacing: { line: 240, lineRule: docx_1.LineRuleType.AUTO, before: 0, after: 0 } },
                },
            ],
        },
        sections,
    });
    // Plain bytes, not a Node Buffer: the task pane renders Word in the browser too.
    return new Uint8Array(await docx_1.Packer.toArrayBuffer(document));
}

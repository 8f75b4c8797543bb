/**
 * The page of the Word report (GB/T 9704): geometry in twips, faces and sizes, and the furniture
 * every page carries — page numbers in the footer and, while errors remain, the draft watermark.
 */
import {
  AlignmentType,
  Footer,
  Header,
  ImportedXmlComponent,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from "docx";
import type { IRunOptions } from "docx";

// ---------------------------------------------------------------------------------------------
// Measures. Word measures page geometry in twips (1/1440 in) and font sizes in half-points.

/** Millimetres to twips, rounded: 37 mm → 2098. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export const PT = 20; // twips per point

/** A4 portrait, 210 × 297 mm. */
export const PAGE = { width: 11906, height: 16838 } as const;

/** GB/T 9704 margins (天头 37 mm, 订口 28 mm, bottom 35 mm, right 26 mm). */
export const MARGIN = {
  top: mmToTwips(37),
  bottom: mmToTwips(35),
  left: mmToTwips(28),
  right: mmToTwips(26),
  header: mmToTwips(15),
  // The page number sits about 7 mm below the type area: footer baseline ~25 mm above the edge.
  footer: mmToTwips(25),
} as const;

/** Width of the type area in twips, portrait (156 mm) and landscape. */
export const TEXT_WIDTH_PORTRAIT = PAGE.width - MARGIN.left - MARGIN.right;
export const TEXT_WIDTH_LANDSCAPE = PAGE.height - MARGIN.left - MARGIN.right;

/** An attachment whose widest table has more columns than this is printed landscape. */
export const LANDSCAPE_ABOVE_COLUMNS = 6;

// ---------------------------------------------------------------------------------------------
// Fonts and sizes.

/**
 * Font names as Chinese government templates name them. Word substitutes an installed CJK face
 * when one is missing (LibreOffice: Noto CJK). Every slot is set, so digits and Latin letters
 * in a heading take the heading's face too.
 */
export const FONT = {
  title: "方正小标宋简体",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  body: "仿宋_GB2312",
  pageNumber: "宋体",
} as const;

/** Sizes in half-points: 22 pt (二号), 16 pt (三号), 14 pt (四号), 12 pt (小四). */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 24 } as const;

/** Fixed line pitch of the body, 28 pt. */
export const LINE_BODY = 28 * PT;
/** Title lines are taller than body lines so the 22 pt face is not clipped. */
export const LINE_TITLE = 36 * PT;

/**
 * Each face the document names, with what a machine without it should use (w:altName), and
 * the PANOSE class, GB2312 character set and family Word matches on when the alternate is
 * missing too: 仿宋_GB2312 → 仿宋 → FangSong → 华文仿宋, and so on. Windows 10 and later ship
 * 仿宋/楷体/黑体/宋体 but not the _GB2312 faces, which older templates still name.
 */
const FALLBACKS: [name: string, alt: string, panose: string, family: string, pitch: string][] = [
  ["仿宋_GB2312", "仿宋", "02010609030101010101", "modern", "fixed"],
  ["仿宋", "FangSong", "02010609060101010101", "modern", "fixed"],
  ["FangSong", "华文仿宋", "02010609060101010101", "modern", "fixed"],
  ["楷体_GB2312", "楷体", "02010609030101010101", "modern", "fixed"],
  ["楷体", "KaiTi", "02010609060101010101", "modern", "fixed"],
  ["KaiTi", "华文楷体", "02010609060101010101", "modern", "fixed"],
  ["方正小标宋简体", "华文中宋", "02000000000000000000", "auto", "variable"],
  ["华文中宋", "宋体", "02010600040101010101", "auto", "variable"],
  ["黑体", "SimHei", "02010609060101010101", "modern", "fixed"],
  ["宋体", "SimSun", "02010600030101010101", "auto", "variable"],
];

/** word/fontTable.xml declaring FALLBACKS, in place of the empty table the docx package writes. */
export const FONT_TABLE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  FALLBACKS.map(
    ([name, alt, panose, family, pitch]) =>
      `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:panose1 w:val="${panose}"/>` +
      `<w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`
  ).join("") +
  "</w:fonts>";

export function fonts(name: string): IRunOptions["font"] {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

/** Characters XML 1.0 cannot carry at all; a stray one would make the file unreadable. */
// eslint-disable-next-line no-control-regex
export const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * "— 1 —" in 宋体 14 pt (四号): odd pages at the right, even pages at the left, each one
 * character in from the edge of the type area (GB/T 9704 §7.5).
 */
export function pageNumberFooter(side: "odd" | "even"): Footer {
  const style = {
    font: fonts(FONT.pageNumber),
    size: SIZE.pageNumber,
    sizeComplexScript: SIZE.pageNumber,
  };
  const oneChar = (SIZE.pageNumber / 2) * PT;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: oneChar } : { left: oneChar },
        children: [
          new TextRun({ text: "— ", ...style }),
          new TextRun({ children: [PageNumber.CURRENT], ...style }),
          new TextRun({ text: " —", ...style }),
        ],
      }),
    ],
  });
}

/** Characters that would break the VML attribute the watermark's text sits in. */
const escapeAttribute = (text: string) =>
  text
    .replace(XML_INVALID, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/**
 * A watermark ("草稿") across the page, behind the text: the VML text shape Word itself writes
 * for 设计 > 水印, in the page header. LibreOffice shows it as well.
 */
export function watermarkHeader(text: string): Header {
  const shape =
    `<w:r><w:rPr><w:noProof/></w:rPr><w:pict>${TEXT_SHAPE_TYPE}` +
    `<v:shape id="jxWatermark" type="#_x0000_t136" o:allowincell="f" ` +
    `style="position:absolute;margin-left:0;margin-top:0;width:420pt;height:140pt;rotation:315;` +
    `z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;` +
    `mso-position-vertical:center;mso-position-vertical-relative:margin" fillcolor="silver" stroked="f">` +
    `<v:fill opacity=".5"/><v:textpath style="font-family:&quot;${FONT.heading1}&quot;;font-size:1pt" ` +
    `string="${escapeAttribute(text)}"/></v:shape></w:pict></w:r>`;
  return new Header({
    children: [
      new Paragraph({
        // The docx package has no watermark: the run goes in as the XML Word writes for one.
        children: [ImportedXmlComponent.fromXmlString(shape) as unknown as TextRun],
      }),
    ],
  });
}

/** VML's WordArt shape type (#136, text along a path), as Word declares it before a watermark. */
const TEXT_SHAPE_TYPE =
  `<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" ` +
  `path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/>` +
  `<v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>` +
  `<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/>` +
  `<v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/>` +
  `<v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/>` +
  `</v:formulas><v:path textpathok="t" o:connecttype="custom" ` +
  `o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>` +
  `<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottom" xrange="6629,14971"/>` +
  `</v:handles><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>`;

/** Page setup of a section: A4, GB/T 9704 margins, portrait or landscape. */
export function page(landscape: boolean, startAtOne = false) {
  return {
    size: {
      width: PAGE.width,
      height: PAGE.height,
      // docx swaps width and height itself for a landscape page.
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: { ...MARGIN },
    ...(startAtOne ? { pageNumbers: { start: 1 } } : {}),
  };
}

/**
 * The report as a document model, independent of any output: rendered to the 报告 sheet and to
 * .docx (PRODUCT.md §6). Text is plain text: renderers never parse it (a narrative starting
 * with "=" stays literal).
 */
export type Block =
  /** The document title, centred, 小标宋 22 pt in Word. */
  | { kind: "title"; text: string }
  /** "区财政局：" — flush left, no indent. */
  | { kind: "addressee"; text: string }
  /** A notice above the body, e.g. errors that remain. */
  | { kind: "notice"; text: string }
  /** 一、 (level 1, 黑体), （一） (level 2, 楷体), 1. (level 3, body font, bold). Numbering is in the text. */
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  /** A body paragraph, first line indented by two characters. */
  | { kind: "paragraph"; text: string }
  /** Right-aligned closing lines: unit name, date. */
  | { kind: "signature"; lines: string[] }
  | { kind: "table"; table: Table };

export interface Table {
  /** Header rows; a cell spanning columns repeats nothing: give its span. */
  header: TableCell[][];
  rows: TableCell[][];
  /** Relative column widths. */
  widths: number[];
}

export interface TableCell {
  text: string;
  span?: number;
  align?: "left" | "center" | "right";
  bold?: boolean;
}

export interface ReportDocument {
  title: string;
  blocks: Block[];
  /** The 自评表, printed as the report's attachment on a page of its own. */
  attachment?: { title: string; blocks: Block[] };
}

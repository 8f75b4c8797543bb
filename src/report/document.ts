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
  /** 一、 (level 1, 黑体), （一） (level 2, 楷体), 1. (level 3, body font, bold). Numbering is in the text. */
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  /** A body paragraph, first line indented by two characters. */
  | { kind: "paragraph"; text: string }
  /** 附件说明 "附件：…", after the body and before the 落款 (GB/T 9704 §7.3.6). */
  | { kind: "attachmentNote"; text: string }
  /** Right-aligned closing lines: unit name, date. */
  | { kind: "signature"; lines: string[] }
  | { kind: "table"; table: Table };

export interface Table {
  /** Header rows, repeated on every page in Word; a cell spanning columns repeats nothing: give its span. */
  header: TableCell[][];
  rows: TableCell[][];
  /** Relative column widths. */
  widths: number[];
}

export interface TableCell {
  text: string;
  /** Columns this cell spans. */
  span?: number;
  /** Rows this cell spans; the rows below leave its columns out. */
  rowSpan?: number;
  align?: "left" | "center" | "right";
  bold?: boolean;
  /** The figure behind `text`, written as a number (with `text`'s decimals) where a sheet can hold one. */
  number?: number;
}

/** A part that is visibly not the report: what the tool still finds wrong, for the preparer. */
export interface DraftPart {
  title: string;
  blocks: Block[];
}

export interface ReportDocument {
  title: string;
  blocks: Block[];
  /** The 自评表, printed as the report's attachment on a page of its own. */
  attachment?: { title: string; blocks: Block[] };
  /** 校验情况: remaining findings, after the attachment, marked as a draft. */
  draft?: DraftPart;
  /** A watermark across every page ("草稿") while errors remain. */
  watermark?: string;
}

/** Cell formats as Excel stores them: fills keep their theme index, unlike Office.js's RangeFill. */

/** An RGB colour ("#RRGGBB") or a theme colour index, each with an optional tint (-1..1). */
export type Color = { rgb: string; tint?: number } | { theme: number; tint?: number };

export type Fill =
  | { type: "none" }
  | { type: "solid"; color: Color }
  | { type: "pattern"; pattern: string; fg?: Color; bg?: Color };

export interface Font {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: Color;
}

/** A border edge with Office.js names (Excel.BorderLineStyle, Excel.BorderWeight). */
export interface BorderSide {
  style: string;
  weight: string;
  color: string;
}

export type BorderEdge = "top" | "bottom" | "left" | "right";
export type Borders = Partial<Record<BorderEdge, BorderSide>>;

export interface CellFormat {
  fill: Fill;
  font: Font;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  borders: Borders;
  locked: boolean;
}

/** Office 2013–2022 theme: lt1, dk1, lt2, dk2, accent1..6, hyperlink, followed hyperlink. */
export const THEME_RGB = [
  "#FFFFFF",
  "#000000",
  "#E7E6E6",
  "#44546A",
  "#4472C4",
  "#ED7D31",
  "#A5A5A5",
  "#FFC000",
  "#5B9BD5",
  "#70AD47",
  "#0563C1",
  "#954F72",
];

export const DEFAULT_FORMAT: CellFormat = Object.freeze({
  fill: { type: "none" },
  font: { name: "Calibri", size: 11, bold: false, italic: false, color: { rgb: "#000000" } },
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  borders: {},
  locked: true,
}) as CellFormat;

/** Excel's default column width (8.43 characters) and row height, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

/** The RGB a colour shows without its tint, as Office.js reports it next to tintAndShade. */
export function baseRgb(color: Color): string {
  return "rgb" in color ? color.rgb : (THEME_RGB[color.theme] ?? "#000000");
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  lightyellow: "#FFFFE0",
  lightgreen: "#90EE90",
  pink: "#FFC0CB",
};

/** "#RRGGBB", "#RGB" or an HTML colour name, as Office.js accepts them; undefined if none. */
export function normalizeRgb(input: string): string | undefined {
  const s = input.trim();
  const named = NAMED_COLORS[s.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-f]{6}$/i.test(s)) return s.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(s))
    return `#${[...s.slice(1)].map((c) => c + c).join("")}`.toUpperCase();
  return undefined;
}

/** OOXML pattern names and Office.js Excel.FillPattern names. */
export const PATTERNS: [ooxml: string, office: string][] = [
  ["none", "None"],
  ["solid", "Solid"],
  ["mediumGray", "Gray50"],
  ["darkGray", "Gray75"],
  ["lightGray", "Gray25"],
  ["gray125", "Gray16"],
  ["gray0625", "Gray8"],
  ["darkHorizontal", "Horizontal"],
  ["darkVertical", "Vertical"],
  ["darkDown", "Down"],
  ["darkUp", "Up"],
  ["darkGrid", "Checker"],
  ["darkTrellis", "SemiGray75"],
  ["lightHorizontal", "LightHorizontal"],
  ["lightVertical", "LightVertical"],
  ["lightDown", "LightDown"],
  ["lightUp", "LightUp"],
  ["lightGrid", "Grid"],
  ["lightTrellis", "CrissCross"],
];

export function officePattern(ooxml: string): string {
  return PATTERNS.find(([o]) => o === ooxml)?.[1] ?? "Solid";
}

export function ooxmlPattern(office: string): string | undefined {
  return PATTERNS.find(([, o]) => o.toLowerCase() === office.toLowerCase())?.[0];
}

/** What RangeFill shows: color (base RGB), pattern and tintAndShade. No theme index, like Excel. */
export function fillView(fill: Fill): {
  color: string | null;
  pattern: string;
  tintAndShade: number;
} {
  if (fill.type === "none") return { color: null, pattern: "None", tintAndShade: 0 };
  if (fill.type === "solid") {
    return { color: baseRgb(fill.color), pattern: "Solid", tintAndShade: fill.color.tint ?? 0 };
  }
  return {
    color: fill.bg ? baseRgb(fill.bg) : null,
    pattern: officePattern(fill.pattern),
    tintAndShade: fill.bg?.tint ?? 0,
  };
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

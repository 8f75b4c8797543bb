import type ExcelJS from "exceljs";
import type { BorderSide, Borders, CellFormat, Color, Fill } from "./styles";
import { DEFAULT_FORMAT, officePattern, ooxmlPattern } from "./styles";

/** Cell styles between ExcelJS (OOXML names) and the fake's formats (Office.js names). Node side. */

type XColor = Partial<ExcelJS.Color> & { theme?: number; tint?: number; indexed?: number };

export function colorFrom(c: XColor | undefined): Color | undefined {
  if (!c) return undefined;
  const tint = typeof c.tint === "number" && c.tint !== 0 ? { tint: c.tint } : {};
  if (typeof c.argb === "string") return { rgb: `#${c.argb.slice(-6).toUpperCase()}`, ...tint };
  if (typeof c.theme === "number") return { theme: c.theme, ...tint };
  return undefined;
}

export function colorTo(c: Color | undefined): XColor | undefined {
  if (!c) return undefined;
  const tint = c.tint ? { tint: c.tint } : {};
  return "rgb" in c ? { argb: `FF${c.rgb.slice(1)}`, ...tint } : { theme: c.theme, ...tint };
}

function fillFrom(f: ExcelJS.Fill | undefined): Fill {
  if (!f || f.type !== "pattern" || f.pattern === "none") return { type: "none" };
  const fg = colorFrom(f.fgColor as XColor);
  const bg = colorFrom(f.bgColor as XColor);
  if (f.pattern === "solid") return fg ? { type: "solid", color: fg } : { type: "none" };
  return { type: "pattern", pattern: f.pattern, fg, bg };
}

function fillTo(f: Fill): ExcelJS.Fill {
  if (f.type === "none") return { type: "pattern", pattern: "none" };
  if (f.type === "solid")
    return { type: "pattern", pattern: "solid", fgColor: colorTo(f.color) as ExcelJS.Color };
  return {
    type: "pattern",
    pattern: f.pattern as ExcelJS.FillPatterns,
    fgColor: colorTo(f.fg) as ExcelJS.Color,
    bgColor: colorTo(f.bg) as ExcelJS.Color,
  };
}

const BORDER_MAP: [ooxml: string, style: string, weight: string][] = [
  ["thin", "Continuous", "Thin"],
  ["medium", "Continuous", "Medium"],
  ["thick", "Continuous", "Thick"],
  ["hair", "Continuous", "Hairline"],
  ["dashed", "Dash", "Thin"],
  ["mediumDashed", "Dash", "Medium"],
  ["dotted", "Dot", "Thin"],
  ["double", "Double", "Thick"],
  ["dashDot", "DashDot", "Thin"],
  ["mediumDashDot", "DashDot", "Medium"],
  ["dashDotDot", "DashDotDot", "Thin"],
  ["mediumDashDotDot", "DashDotDot", "Medium"],
  ["slantDashDot", "SlantDashDot", "Medium"],
];

function sideFrom(b: Partial<ExcelJS.Border> | undefined): BorderSide | undefined {
  const hit = b?.style ? BORDER_MAP.find(([o]) => o === b.style) : undefined;
  if (!hit) return undefined;
  const rgb = colorFrom(b?.color as XColor);
  return { style: hit[1], weight: hit[2], color: rgb && "rgb" in rgb ? rgb.rgb : "#000000" };
}

function sideTo(s: BorderSide): Partial<ExcelJS.Border> {
  const hit =
    BORDER_MAP.find(([, st, w]) => st === s.style && w === s.weight) ??
    BORDER_MAP.find(([, st]) => st === s.style);
  return {
    style: (hit?.[0] ?? "thin") as ExcelJS.BorderStyle,
    color: { argb: `FF${s.color.slice(1)}` },
  };
}

const H_ALIGN: Record<string, string> = {
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};
const V_ALIGN: Record<string, string> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
};

function invert(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k]));
}

/** One shared object per distinct format, so equal formats compare equal and cost nothing. */
const interned = new Map<string, CellFormat>([[JSON.stringify(DEFAULT_FORMAT), DEFAULT_FORMAT]]);

function intern(format: CellFormat): CellFormat {
  const key = JSON.stringify(format);
  const known = interned.get(key);
  if (known) return known;
  interned.set(key, format);
  return format;
}

export function formatFrom(style: Partial<ExcelJS.Style>): CellFormat {
  const font = style.font;
  const fontColor = colorFrom(font?.color as XColor);
  const borders: Borders = {};
  for (const edge of ["top", "bottom", "left", "right"] as const) {
    const side = sideFrom(style.border?.[edge]);
    if (side) borders[edge] = side;
  }
  return intern({
    fill: fillFrom(style.fill),
    font: {
      name: font?.name ?? DEFAULT_FORMAT.font.name,
      size: font?.size ?? DEFAULT_FORMAT.font.size,
      bold: font?.bold ?? false,
      italic: font?.italic ?? false,
      color: fontColor ?? DEFAULT_FORMAT.font.color,
    },
    horizontalAlignment: H_ALIGN[style.alignment?.horizontal ?? ""] ?? "General",
    verticalAlignment: V_ALIGN[style.alignment?.vertical ?? ""] ?? "Bottom",
    wrapText: style.alignment?.wrapText ?? false,
    borders,
    locked: style.protection?.locked ?? true,
  });
}

export function styleTo(format: CellFormat, numFmt: string): Partial<ExcelJS.Style> {
  const h = invert(H_ALIGN)[format.horizontalAlignment];
  const v = invert(V_ALIGN)[format.verticalAlignment];
  const border: Partial<ExcelJS.Borders> = {};
  for (const [edge, side] of Object.entries(format.borders))
    border[edge as keyof Borders] = sideTo(side);
  return {
    numFmt: numFmt === "General" ? undefined : numFmt,
    font: {
      name: format.font.name,
      size: format.font.size,
      bold: format.font.bold || undefined,
      italic: format.font.italic || undefined,
      color: colorTo(format.font.color) as ExcelJS.Color,
    },
    fill: fillTo(format.fill),
    border,
    alignment: {
      horizontal: h as ExcelJS.Alignment["horizontal"],
      vertical: v as ExcelJS.Alignment["vertical"],
      wrapText: format.wrapText || undefined,
    },
    protection: { locked: format.locked },
  };
}

export { officePattern, ooxmlPattern };

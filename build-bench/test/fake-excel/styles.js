"use strict";
/** Cell formats as Excel stores them: fills keep their theme index, unlike Office.js's RangeFill. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.PATTERNS = exports.DEFAULT_ROW_HEIGHT = exports.DEFAULT_COLUMN_WIDTH = exports.DEFAULT_FORMAT = exports.THEME_RGB = void 0;
exports.baseRgb = baseRgb;
exports.normalizeRgb = normalizeRgb;
exports.officePattern = officePattern;
exports.ooxmlPattern = ooxmlPattern;
exports.fillView = fillView;
exports.sameJson = sameJson;
/** Office 2013–2022 theme: lt1, dk1, lt2, dk2, accent1..6, hyperlink, followed hyperlink. */
exports.THEME_RGB = [
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
exports.DEFAULT_FORMAT = Object.freeze({
    fill: { type: "none" },
    font: { name: "Calibri", size: 11, bold: false, italic: false, color: { rgb: "#000000" } },
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    wrapText: false,
    borders: {},
    locked: true,
});
/** Excel's default column width (8.43 characters) and row height, in points. */
exports.DEFAULT_COLUMN_WIDTH = 48;
exports.DEFAULT_ROW_HEIGHT = 15;
/** The RGB a colour shows without its tint, as Office.js reports it next to tintAndShade. */
function baseRgb(color) {
    return "rgb" in color ? color.rgb : (exports.THEME_RGB[color.theme] ?? "#000000");
}
const NAMED_COLORS = {
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
function normalizeRgb(input) {
    const s = input.trim();
    const named = NAMED_COLORS[s.toLowerCase()];
    if (named)
        return named;
    if (/^#[0-9a-f]{6}$/i.test(s))
        return s.toUpperCase();
    if (/^#[0-9a-f]{3}$/i.test(s))
        return `#${[...s.slice(1)].map((c) => c + c).join("")}`.toUpperCase();
    return undefined;
}
/** OOXML pattern names and Office.js Excel.FillPattern names. */
exports.PATTERNS = [
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
function officePattern(ooxml) {
    return exports.PATTERNS.find(([o]) => o === ooxml)?.[1] ?? "Solid";
}
function ooxmlPattern(office) {
    return exports.PATTERNS.find(([, o]) => o.toLowerCase() === office.toLowerCase())?.[0];
}
/** What RangeFill shows: color (base RGB), pattern and tintAndShade. No theme index, like Excel. */
function fillView(fill) {
    if (fill.type === "none")
        return { color: null, pattern: "None", tintAndShade: 0 };
    if (fill.type === "solid") {
        return { color: baseRgb(fill.color), pattern: "Solid", tintAndShade: fill.color.tint ?? 0 };
    }
    return {
        color: fill.bg ? baseRgb(fill.bg) : null,
        pattern: officePattern(fill.pattern),
        tintAndShade: fill.bg?.tint ?? 0,
    };
}
function sameJson(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}

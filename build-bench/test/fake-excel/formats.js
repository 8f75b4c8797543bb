"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.uniform = uniform;
exports.updateFormat = updateFormat;
exports.rgbOrThrow = rgbOrThrow;
exports.readFill = readFill;
exports.setFillColor = setFillColor;
exports.setFillTint = setFillTint;
exports.setFillPattern = setFillPattern;
exports.readPatternColor = readPatternColor;
exports.setPatternColor = setPatternColor;
exports.clearFill = clearFill;
exports.oneOf = oneOf;
exports.setAlignment = setAlignment;
exports.setBoolean = setBoolean;
exports.readFont = readFont;
exports.setFont = setFont;
exports.readBorder = readBorder;
exports.setBorder = setBorder;
exports.readColumnWidth = readColumnWidth;
exports.readRowHeight = readRowHeight;
exports.setColumnWidth = setColumnWidth;
exports.setRowHeight = setRowHeight;
exports.merge = merge;
exports.unmerge = unmerge;
exports.usedRect = usedRect;
const address_1 = require("./address");
const errors_1 = require("./errors");
const guards_1 = require("./guards");
const state_1 = require("./state");
const styles_1 = require("./styles");
/**
 * A property of many cells reads as its value when every cell agrees and as null otherwise,
 * like Office.js RangeFormat / RangeFill / RangeFont.
 */
function uniform(ref, read) {
    let first;
    let stored = 0;
    const same = (v) => {
        const json = JSON.stringify(v);
        if (!first)
            first = { value: v, json };
        return first.json === json;
    };
    for (const [, , cell] of (0, state_1.storedCellsIn)(ref.sheet, ref.rect)) {
        stored += 1;
        if (!same(read(cell.format)))
            return null;
    }
    if (stored < (0, address_1.rectArea)(ref.rect) && !same(read(styles_1.DEFAULT_FORMAT)))
        return null;
    return first ? first.value : null;
}
/** Applies a format change to every cell of the range (formats are shared, replaced on change). */
function updateFormat(ref, kind, change) {
    (0, guards_1.guardWrite)(ref.sheet, kind, ref.rect);
    for (let r = ref.rect.r0; r <= ref.rect.r1; r++) {
        for (let c = ref.rect.c0; c <= ref.rect.c1; c++) {
            const cell = (0, state_1.touchCell)(ref.sheet, r, c);
            cell.format = change(cell.format);
        }
    }
}
function rgbOrThrow(value) {
    const rgb = typeof value === "string" ? (0, styles_1.normalizeRgb)(value) : undefined;
    if (!rgb)
        throw (0, errors_1.richError)("InvalidArgument", `not a colour: ${String(value)}`);
    return rgb;
}
function readFill(ref) {
    return uniform(ref, (f) => (0, styles_1.fillView)(f.fill));
}
function setFillColor(ref, value) {
    const rgb = rgbOrThrow(value);
    updateFormat(ref, "format", (f) => ({ ...f, fill: { type: "solid", color: { rgb } } }));
}
function withTint(color, tint) {
    return tint === 0 ? stripTint(color) : { ...color, tint };
}
function stripTint(color) {
    return "rgb" in color ? { rgb: color.rgb } : { theme: color.theme };
}
function setFillTint(ref, value) {
    if (typeof value !== "number" || value < -1 || value > 1) {
        throw (0, errors_1.richError)("InvalidArgument", "tintAndShade must be between -1 and 1");
    }
    updateFormat(ref, "format", (f) => {
        if (f.fill.type === "solid")
            return { ...f, fill: { ...f.fill, color: withTint(f.fill.color, value) } };
        if (f.fill.type === "pattern" && f.fill.bg) {
            return { ...f, fill: { ...f.fill, bg: withTint(f.fill.bg, value) } };
        }
        return f;
    });
}
function fillColorOf(fill) {
    if (fill.type === "solid")
        return fill.color;
    if (fill.type === "pattern")
        return fill.bg;
    return undefined;
}
function setFillPattern(ref, value) {
    const pattern = typeof value === "string" ? (0, styles_1.ooxmlPattern)(value) : undefined;
    if (!pattern)
        throw (0, errors_1.richError)("InvalidArgument", `not a fill pattern: ${String(value)}`);
    updateFormat(ref, "format", (f) => {
        const color = fillColorOf(f.fill) ?? { rgb: "#FFFFFF" };
        if (pattern === "none")
            return { ...f, fill: { type: "none" } };
        if (pattern === "solid")
            return { ...f, fill: { type: "solid", color } };
        const fg = f.fill.type === "pattern" ? f.fill.fg : { rgb: "#000000" };
        return { ...f, fill: { type: "pattern", pattern, fg, bg: color } };
    });
}
function readPatternColor(ref) {
    return uniform(ref, (f) => (f.fill.type === "pattern" && f.fill.fg ? (0, styles_1.baseRgb)(f.fill.fg) : null));
}
function setPatternColor(ref, value) {
    const rgb = rgbOrThrow(value);
    updateFormat(ref, "format", (f) => f.fill.type === "pattern" ? { ...f, fill: { ...f.fill, fg: { rgb } } } : f);
}
function clearFill(ref) {
    updateFormat(ref, "format", (f) => ({ ...f, fill: { type: "none" } }));
}
const H_ALIGN = [
    "General",
    "Left",
    "Center",
    "Right",
    "Fill",
    "Justify",
    "CenterAcrossSelection",
    "Distributed",
];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
function oneOf(value, allowed, what) {
    const hit = allowed.find((a) => typeof value === "string" && a.toLowerCase() === value.toLowerCase());
    if (!hit)
        throw (0, errors_1.richError)("InvalidArgument", `${what}: ${String(value)} is not one of ${allowed.join(", ")}`);
    return hit;
}
function setAlignment(ref, which, value) {
    const v = oneOf(value, which === "horizontal" ? H_ALIGN : V_ALIGN, `${which}Alignment`);
    updateFormat(ref, "format", (f) => which === "horizontal" ? { ...f, horizontalAlignment: v } : { ...f, verticalAlignment: v });
}
function setBoolean(ref, kind, value, apply) {
    if (typeof value !== "boolean")
        throw (0, errors_1.richError)("InvalidArgument", "expected true or false");
    updateFormat(ref, kind, (f) => apply(f, value));
}
function readFont(ref, key) {
    return uniform(ref, (f) => (key === "color" ? (0, styles_1.baseRgb)(f.font.color) : f.font[key]));
}
function setFont(ref, key, value) {
    const ok = (key === "name" && typeof value === "string" && value !== "") ||
        (key === "size" && typeof value === "number" && value >= 1 && value <= 409) ||
        ((key === "bold" || key === "italic") && typeof value === "boolean") ||
        key === "color";
    if (!ok)
        throw (0, errors_1.richError)("InvalidArgument", `font.${key}: ${String(value)}`);
    const v = key === "color" ? { rgb: rgbOrThrow(value) } : value;
    updateFormat(ref, "format", (f) => ({ ...f, font: { ...f.font, [key]: v } }));
}
/** The cells and sides an Excel.BorderIndex addresses within the range. */
function borderTargets(rect, index) {
    const { r0, r1, c0, c1 } = rect;
    switch (index) {
        case "EdgeTop":
            return [{ rect: { r0, r1: r0, c0, c1 }, side: "top" }];
        case "EdgeBottom":
            return [{ rect: { r0: r1, r1, c0, c1 }, side: "bottom" }];
        case "EdgeLeft":
            return [{ rect: { r0, r1, c0, c1: c0 }, side: "left" }];
        case "EdgeRight":
            return [{ rect: { r0, r1, c0: c1, c1 }, side: "right" }];
        case "InsideHorizontal":
            return r0 === r1
                ? []
                : [
                    { rect: { r0, r1: r1 - 1, c0, c1 }, side: "bottom" },
                    { rect: { r0: r0 + 1, r1, c0, c1 }, side: "top" },
                ];
        case "InsideVertical":
            return c0 === c1
                ? []
                : [
                    { rect: { r0, r1, c0, c1: c1 - 1 }, side: "right" },
                    { rect: { r0, r1, c0: c0 + 1, c1 }, side: "left" },
                ];
        default:
            throw (0, errors_1.richError)("InvalidArgument", `border index ${index} is not modelled by fake-excel`);
    }
}
const NO_BORDER = { style: "None", weight: "Thin", color: "#000000" };
function readBorder(ref, index, key) {
    const targets = borderTargets(ref.rect, index);
    const values = targets.map((t) => uniform({ sheet: ref.sheet, rect: t.rect }, (f) => (f.borders[t.side] ?? NO_BORDER)[key]));
    return values.length && values.every((v) => v !== null && v === values[0]) ? values[0] : null;
}
const BORDER_STYLES = [
    "None",
    "Continuous",
    "Dash",
    "DashDot",
    "DashDotDot",
    "Dot",
    "Double",
    "SlantDashDot",
];
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];
function setBorder(ref, index, key, value) {
    const v = key === "style"
        ? oneOf(value, BORDER_STYLES, "border style")
        : key === "weight"
            ? oneOf(value, BORDER_WEIGHTS, "border weight")
            : rgbOrThrow(value);
    (0, guards_1.guardWrite)(ref.sheet, "format", ref.rect);
    for (const t of borderTargets(ref.rect, index)) {
        updateFormat({ sheet: ref.sheet, rect: t.rect }, "format", (f) => {
            const side = { ...(f.borders[t.side] ?? NO_BORDER), [key]: v };
            const borders = { ...f.borders };
            if (side.style === "None")
                delete borders[t.side];
            else
                borders[t.side] = side;
            return { ...f, borders };
        });
    }
}
function uniformOf(values) {
    return values.every((v) => v === values[0]) ? values[0] : null;
}
function span(a, b, cap) {
    const out = [];
    for (let i = a; i <= Math.min(b, a + cap); i++)
        out.push(i);
    return out;
}
function readColumnWidth(ref) {
    const cols = span(ref.rect.c0, ref.rect.c1, 16384);
    return uniformOf(cols.map((c) => ref.sheet.columnWidths.get(c) ?? styles_1.DEFAULT_COLUMN_WIDTH));
}
function readRowHeight(ref) {
    const rows = span(ref.rect.r0, ref.rect.r1, 1048576);
    return uniformOf(rows.map((r) => ref.sheet.rowHeights.get(r) ?? styles_1.DEFAULT_ROW_HEIGHT));
}
function setColumnWidth(ref, value) {
    if (typeof value !== "number" || value < 0)
        throw (0, errors_1.richError)("InvalidArgument", "columnWidth");
    (0, guards_1.guardWrite)(ref.sheet, "columns");
    for (let c = ref.rect.c0; c <= ref.rect.c1; c++)
        ref.sheet.columnWidths.set(c, value);
}
function setRowHeight(ref, value) {
    if (typeof value !== "number" || value < 0 || value > 409)
        throw (0, errors_1.richError)("InvalidArgument", "rowHeight");
    (0, guards_1.guardWrite)(ref.sheet, "rows");
    for (let r = ref.rect.r0; r <= ref.rect.r1; r++)
        ref.sheet.rowHeights.set(r, value);
}
/** Range.merge(across): keeps the top-left value of each merged area, like Excel. */
function merge(ref, across, tablesOnSheet) {
    (0, guards_1.guardWrite)(ref.sheet, "merge");
    if (tablesOnSheet.some((t) => (0, address_1.rectsOverlap)(t, ref.rect))) {
        throw (0, errors_1.richError)("InvalidOperation", "Cannot merge cells in a table.");
    }
    const { r0, r1, c0, c1 } = ref.rect;
    const areas = across
        ? span(r0, r1, r1 - r0).map((r) => ({ r0: r, r1: r, c0, c1 }))
        : [ref.rect];
    ref.sheet.merges = ref.sheet.merges.filter((m) => !(0, address_1.rectsOverlap)(m, ref.rect));
    for (const area of areas) {
        if ((0, address_1.rectArea)(area) === 1)
            continue;
        for (const [r, c, cell] of (0, state_1.storedCellsIn)(ref.sheet, area)) {
            if (r === area.r0 && c === area.c0)
                continue;
            delete cell.value;
            delete cell.formula;
        }
        ref.sheet.merges.push(area);
    }
}
function unmerge(ref) {
    (0, guards_1.guardWrite)(ref.sheet, "merge");
    ref.sheet.merges = ref.sheet.merges.filter((m) => !(0, address_1.rectsOverlap)(m, ref.rect));
}
/** Bounding box of the used cells (values only, or anything not default), or null. */
function usedRect(sheet, valuesOnly) {
    let box = null;
    for (const [key, cell] of sheet.cells) {
        const used = cell.value !== undefined ||
            cell.formula !== undefined ||
            (!valuesOnly && (cell.format !== styles_1.DEFAULT_FORMAT || cell.numberFormat !== "General"));
        if (!used)
            continue;
        const r = Math.floor(key / 16384);
        const c = key % 16384;
        box = box
            ? {
                r0: Math.min(box.r0, r),
                r1: Math.max(box.r1, r),
                c0: Math.min(box.c0, c),
                c1: Math.max(box.c1, c),
            }
            : { r0: r, r1: r, c0: c, c1: c };
    }
    return box;
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ooxmlPattern = exports.officePattern = void 0;
exports.colorFrom = colorFrom;
exports.colorTo = colorTo;
exports.formatFrom = formatFrom;
exports.styleTo = styleTo;
const styles_1 = require("./styles");
Object.defineProperty(exports, "officePattern", { enumerable: true, get: function () { return styles_1.officePattern; } });
Object.defineProperty(exports, "ooxmlPattern", { enumerable: true, get: function () { return styles_1.ooxmlPattern; } });
function colorFrom(c) {
    if (!c)
        return undefined;
    const tint = typeof c.tint === "number" && c.tint !== 0 ? { tint: c.tint } : {};
    if (typeof c.argb === "string")
        return { rgb: `#${c.argb.slice(-6).toUpperCase()}`, ...tint };
    if (typeof c.theme === "number")
        return { theme: c.theme, ...tint };
    return undefined;
}
function colorTo(c) {
    if (!c)
        return undefined;
    const tint = c.tint ? { tint: c.tint } : {};
    return "rgb" in c ? { argb: `FF${c.rgb.slice(1)}`, ...tint } : { theme: c.theme, ...tint };
}
function fillFrom(f) {
    if (!f || f.type !== "pattern" || f.pattern === "none")
        return { type: "none" };
    const fg = colorFrom(f.fgColor);
    const bg = colorFrom(f.bgColor);
    if (f.pattern === "solid")
        return fg ? { type: "solid", color: fg } : { type: "none" };
    return { type: "pattern", pattern: f.pattern, fg, bg };
}
function fillTo(f) {
    if (f.type === "none")
        return { type: "pattern", pattern: "none" };
    if (f.type === "solid")
        return { type: "pattern", pattern: "solid", fgColor: colorTo(f.color) };
    return {
        type: "pattern",
        pattern: f.pattern,
        fgColor: colorTo(f.fg),
        bgColor: colorTo(f.bg),
    };
}
const BORDER_MAP = [
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
function sideFrom(b) {
    const hit = b?.style ? BORDER_MAP.find(([o]) => o === b.style) : undefined;
    if (!hit)
        return undefined;
    const rgb = colorFrom(b?.color);
    return { style: hit[1], weight: hit[2], color: rgb && "rgb" in rgb ? rgb.rgb : "#000000" };
}
function sideTo(s) {
    const hit = BORDER_MAP.find(([, st, w]) => st === s.style && w === s.weight) ??
        BORDER_MAP.find(([, st]) => st === s.style);
    return {
        style: (hit?.[0] ?? "thin"),
        color: { argb: `FF${s.color.slice(1)}` },
    };
}
const H_ALIGN = {
    left: "Left",
    center: "Center",
    right: "Right",
    fill: "Fill",
    justify: "Justify",
    centerContinuous: "CenterAcrossSelection",
    distributed: "Distributed",
};
const V_ALIGN = {
    top: "Top",
    middle: "Center",
    bottom: "Bottom",
    justify: "Justify",
    distributed: "Distributed",
};
function invert(map) {
    return Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k]));
}
/** One shared object per distinct format, so equal formats compare equal and cost nothing. */
const interned = new Map([[JSON.stringify(styles_1.DEFAULT_FORMAT), styles_1.DEFAULT_FORMAT]]);
function intern(format) {
    const key = JSON.stringify(format);
    const known = interned.get(key);
    if (known)
        return known;
    interned.set(key, format);
    return format;
}
function formatFrom(style) {
    const font = style.font;
    const fontColor = colorFrom(font?.color);
    const borders = {};
    for (const edge of ["top", "bottom", "left", "right"]) {
        const side = sideFrom(style.border?.[edge]);
        if (side)
            borders[edge] = side;
    }
    return intern({
        fill: fillFrom(style.fill),
        font: {
            name: font?.name ?? styles_1.DEFAULT_FORMAT.font.name,
            size: font?.size ?? styles_1.DEFAULT_FORMAT.font.size,
            bold: font?.bold ?? false,
            italic: font?.italic ?? false,
            color: fontColor ?? styles_1.DEFAULT_FORMAT.font.color,
        },
        horizontalAlignment: H_ALIGN[style.alignment?.horizontal ?? ""] ?? "General",
        verticalAlignment: V_ALIGN[style.alignment?.vertical ?? ""] ?? "Bottom",
        wrapText: style.alignment?.wrapText ?? false,
        borders,
        locked: style.protection?.locked ?? true,
    });
}
function styleTo(format, numFmt) {
    const h = invert(H_ALIGN)[format.horizontalAlignment];
    const v = invert(V_ALIGN)[format.verticalAlignment];
    const border = {};
    for (const [edge, side] of Object.entries(format.borders))
        border[edge] = sideTo(side);
    return {
        numFmt: numFmt === "General" ? undefined : numFmt,
        font: {
            name: format.font.name,
            size: format.font.size,
            bold: format.font.bold || undefined,
            italic: format.font.italic || undefined,
            color: colorTo(format.font.color),
        },
        fill: fillTo(format.fill),
        border,
        alignment: {
            horizontal: h,
            vertical: v,
            wrapText: format.wrapText || undefined,
        },
        protection: { locked: format.locked },
    };
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.getPath = getPath;
exports.setPath = setPath;
exports.isoDateToSerial = isoDateToSerial;
exports.serialToIsoDate = serialToIsoDate;
exports.toRaw = toRaw;
exports.fieldRaw = fieldRaw;
exports.tableObjects = tableObjects;
exports.rowRaw = rowRaw;
const template_1 = require("./template");
function getPath(obj, path) {
    let cur = obj;
    for (const part of path.split(".")) {
        if (cur === null || typeof cur !== "object")
            return undefined;
        cur = cur[part];
    }
    return cur;
}
function setPath(obj, path, value) {
    const parts = path.split(".");
    let cur = obj;
    for (const part of parts.slice(0, -1)) {
        if (typeof cur[part] !== "object" || cur[part] === null)
            cur[part] = {};
        cur = cur[part];
    }
    cur[parts[parts.length - 1]] = value;
}
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;
function isoDateToSerial(iso) {
    const [y, m, d] = iso.split("-").map(Number);
    return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH_MS) / DAY_MS;
}
function serialToIsoDate(serial) {
    return new Date(EXCEL_EPOCH_MS + Math.round(serial) * DAY_MS).toISOString().slice(0, 10);
}
/** The raw cell content that states a model value of the given type. */
function toRaw(value, type) {
    if (value === undefined || value === null || value === "")
        return null;
    switch (type) {
        case "amount":
        case "count":
        case "year":
        case "rate":
            return typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)
                ? Number(value)
                : String(value);
        case "date":
            return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
                ? isoDateToSerial(value)
                : String(value);
        case "value":
            return typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)
                ? Number(value)
                : String(value);
        case "flag":
            return value === true ? "是" : value === false ? "否" : String(value);
        default:
            return String(value);
    }
}
function fieldRaw(model, f) {
    return toRaw(getPath(model, f.path), f.type);
}
/** Rows of a table as objects keyed by column key, from the model. */
function tableObjects(model, t) {
    if (t.path === "narrative.$paragraphs") {
        const n = model.narrative;
        return [
            ...n.achievements.map((a) => ({ kind: template_1.NARRATIVE_KINDS[0], topic: a.topic, text: a.text })),
            ...n.problems.map((p) => ({ kind: template_1.NARRATIVE_KINDS[1], text: p })),
            ...n.suggestions.map((s) => ({ kind: template_1.NARRATIVE_KINDS[2], text: s })),
        ];
    }
    const list = getPath(model, t.path);
    if (!Array.isArray(list))
        return [];
    return list.map((item) => t.columns.some((c) => c.key === "$value")
        ? { $value: item }
        : (item ?? {}));
}
function rowRaw(obj, columns) {
    return columns.map((c) => (c.key ? toRaw(obj[c.key], c.type) : null));
}

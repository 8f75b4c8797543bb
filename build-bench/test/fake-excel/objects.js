"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_ERROR_ALERT = void 0;
exports.noteAt = noteAt;
exports.getNote = getNote;
exports.addNote = addNote;
exports.noteOrThrow = noteOrThrow;
exports.setNoteContent = setNoteContent;
exports.deleteNote = deleteNote;
exports.notesOf = notesOf;
exports.addConditionalFormat = addConditionalFormat;
exports.conditionalFormatsIn = conditionalFormatsIn;
exports.deleteConditionalFormat = deleteConditionalFormat;
exports.cfGone = cfGone;
exports.sharedValidation = sharedValidation;
exports.setValidationRule = setValidationRule;
exports.setValidationPart = setValidationPart;
exports.clearValidation = clearValidation;
exports.validationType = validationType;
exports.addChart = addChart;
exports.rectOf = rectOf;
const address_1 = require("./address");
const errors_1 = require("./errors");
const guards_1 = require("./guards");
const state_1 = require("./state");
function noteAt(ref) {
    if ((0, address_1.rectArea)(ref.rect) !== 1)
        throw (0, errors_1.richError)("InvalidArgument", "A note belongs to one cell.");
    return { sheet: ref.sheet, row: ref.rect.r0, col: ref.rect.c0 };
}
function getNote(at) {
    return at.sheet.notes.get((0, state_1.cellKey)(at.row, at.col));
}
/** notes.add on a cell that already has a note is refused. */
function addNote(at, content, author = "fake-excel") {
    if (typeof content !== "string")
        throw (0, errors_1.richError)("InvalidArgument", "note content must be text");
    (0, guards_1.guardWrite)(at.sheet, "notes");
    const key = (0, state_1.cellKey)(at.row, at.col);
    if (at.sheet.notes.has(key))
        throw (0, errors_1.richError)("InvalidArgument", "The cell already has a note.");
    at.sheet.notes.set(key, { content, author });
    return at;
}
function noteOrThrow(at) {
    const note = getNote(at);
    if (!note)
        throw (0, errors_1.richError)("ItemNotFound", "The note does not exist.");
    return note;
}
function setNoteContent(at, content) {
    if (typeof content !== "string")
        throw (0, errors_1.richError)("InvalidArgument", "note content must be text");
    (0, guards_1.guardWrite)(at.sheet, "notes");
    noteOrThrow(at).content = content;
}
function deleteNote(at) {
    noteOrThrow(at);
    (0, guards_1.guardWrite)(at.sheet, "notes");
    at.sheet.notes.delete((0, state_1.cellKey)(at.row, at.col));
}
function notesOf(sheets) {
    const out = [];
    for (const sheet of sheets) {
        const keys = [...sheet.notes.keys()].sort((a, b) => a - b);
        for (const k of keys)
            out.push({ sheet, row: Math.floor(k / 16384), col: k % 16384 });
    }
    return out;
}
function addConditionalFormat(state, ref, type) {
    if (type !== "Custom")
        throw (0, errors_1.richError)("NotImplemented", `fake-excel models only custom conditional formats, not ${String(type)}`);
    (0, guards_1.guardWrite)(ref.sheet, "conditionalFormats");
    state.counters.conditionalFormat += 1;
    const n = state.counters.conditionalFormat;
    const cf = {
        id: `{${String(n).padStart(8, "0")}-CF00-4000-8000-000000000000}`,
        type: "Custom",
        ranges: [ref.rect],
        formula: "",
        fill: null,
        fontColor: null,
        priority: 0,
        stopIfTrue: false,
    };
    for (const other of ref.sheet.conditionalFormats)
        other.priority += 1;
    ref.sheet.conditionalFormats.unshift(cf);
    return { sheet: ref.sheet, cf };
}
function conditionalFormatsIn(ref) {
    return ref.sheet.conditionalFormats.filter((cf) => cf.ranges.some((r) => (0, address_1.rectsOverlap)(r, ref.rect)));
}
function deleteConditionalFormat(at) {
    (0, guards_1.guardWrite)(at.sheet, "conditionalFormats");
    at.sheet.conditionalFormats = at.sheet.conditionalFormats.filter((c) => c !== at.cf);
    at.sheet.conditionalFormats.forEach((c, i) => (c.priority = i));
}
function cfGone(at) {
    return at.sheet.deleted || !at.sheet.conditionalFormats.includes(at.cf);
}
exports.DEFAULT_ERROR_ALERT = {
    showAlert: true,
    style: "Stop",
    title: "",
    message: "",
};
const DEFAULT_PROMPT = { showPrompt: false, title: "", message: "" };
function validationsIn(ref) {
    const out = [];
    for (let r = ref.rect.r0; r <= ref.rect.r1; r++) {
        for (let c = ref.rect.c0; c <= ref.rect.c1; c++)
            out.push(ref.sheet.validations.get((0, state_1.cellKey)(r, c)));
    }
    return out;
}
/** The validation every cell of the range shares; "mixed" when they differ. */
function sharedValidation(ref) {
    const all = validationsIn(ref);
    return all.every((v) => v === all[0]) ? all[0] : "mixed";
}
const RULE_KINDS = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"];
function setValidationRule(ref, rule) {
    const keys = rule && typeof rule === "object"
        ? Object.keys(rule).filter((k) => rule[k] !== undefined)
        : [];
    if (keys.length !== 1 || !RULE_KINDS.includes(keys[0])) {
        throw (0, errors_1.richError)("InvalidArgument", "A data validation rule needs exactly one kind.");
    }
    (0, guards_1.guardWrite)(ref.sheet, "validation");
    updateValidations(ref, (old) => ({
        rule: structuredClone(rule),
        errorAlert: old?.errorAlert ?? { ...exports.DEFAULT_ERROR_ALERT },
        prompt: old?.prompt ?? { ...DEFAULT_PROMPT },
        ignoreBlanks: old?.ignoreBlanks ?? true,
    }));
}
function setValidationPart(ref, part, value) {
    (0, guards_1.guardWrite)(ref.sheet, "validation");
    updateValidations(ref, (old) => {
        const base = old ?? {
            rule: {},
            errorAlert: { ...exports.DEFAULT_ERROR_ALERT },
            prompt: { ...DEFAULT_PROMPT },
            ignoreBlanks: true,
        };
        if (part === "ignoreBlanks")
            return { ...base, ignoreBlanks: Boolean(value) };
        return { ...base, [part]: { ...base[part], ...value } };
    });
}
function clearValidation(ref) {
    (0, guards_1.guardWrite)(ref.sheet, "validation");
    for (let r = ref.rect.r0; r <= ref.rect.r1; r++) {
        for (let c = ref.rect.c0; c <= ref.rect.c1; c++)
            ref.sheet.validations.delete((0, state_1.cellKey)(r, c));
    }
}
/** Cells sharing a validation keep sharing the updated one. */
function updateValidations(ref, change) {
    const replaced = new Map();
    for (let r = ref.rect.r0; r <= ref.rect.r1; r++) {
        for (let c = ref.rect.c0; c <= ref.rect.c1; c++) {
            const key = (0, state_1.cellKey)(r, c);
            const old = ref.sheet.validations.get(key);
            if (!replaced.has(old))
                replaced.set(old, change(old));
            ref.sheet.validations.set(key, replaced.get(old));
        }
    }
}
function validationType(v) {
    if (v === "mixed")
        return "Inconsistent";
    if (!v || Object.keys(v.rule).length === 0)
        return "None";
    const kind = Object.keys(v.rule)[0];
    return kind.charAt(0).toUpperCase() + kind.slice(1);
}
function addChart(state, sheet, type, source, seriesBy) {
    (0, guards_1.guardWrite)(sheet, "objects");
    if (typeof type !== "string")
        throw (0, errors_1.richError)("InvalidArgument", "chart type");
    state.counters.chart += 1;
    const chart = {
        id: state.counters.chart,
        name: `Chart ${state.counters.chart}`,
        type,
        source: source.rect,
        seriesBy: typeof seriesBy === "string" ? seriesBy : "Auto",
        title: "",
        position: null,
    };
    sheet.charts.push(chart);
    return chart;
}
function rectOf(ref) {
    return ref.rect;
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.READABLE_VERSIONS = exports.NotATemplateError = void 0;
exports.recognise = recognise;
exports.readWorkbook = readWorkbook;
exports.readFrom = readFrom;
const evaluation_1 = require("../model/evaluation");
const layout_1 = require("../layout");
const model_map_1 = require("../layout/model-map");
const locations_1 = require("../layout/locations");
const template_1 = require("../layout/template");
const meta_1 = require("../rules/core/meta");
const reading_1 = require("../rules/core/reading");
const cell_values_1 = require("./cell-values");
/** The workbook is not this template at all, or is of a version this build cannot read. */
class NotATemplateError extends Error {
    constructor(zh, en) {
        super(`${zh} ${en}`);
        this.zh = zh;
        this.en = en;
    }
}
exports.NotATemplateError = NotATemplateError;
/** Template versions this build reads. */
exports.READABLE_VERSIONS = [layout_1.TEMPLATE_VERSION];
const PARSE_FINDING = {
    numberAsText: [reading_1.NUMBER_AS_TEXT, "numberAsText"],
    notANumber: [reading_1.NOT_A_NUMBER, "notANumber"],
    errorValue: [reading_1.ERROR_VALUE, "errorValue"],
    notInList: [reading_1.NOT_IN_LIST, "notInList"],
    invalidDate: [reading_1.INVALID_DATE, "invalidDate"],
};
/** Recognise the workbook from what was read; throws when it is not ours to read. */
function recognise(read) {
    const ours = layout_1.SHEETS.filter((s) => read.sheets.includes(s.name));
    const marker = read.names[layout_1.VERSION_NAME]?.value;
    const text = typeof marker === "string" ? marker.trim() : "";
    if (!text.startsWith(layout_1.TEMPLATE_MARKER)) {
        if (ours.length === 0) {
            throw new NotATemplateError("这不是绩效自评模板工作簿（没有模板版本标记，也没有模板中的工作表）。请用“jixiao template”或加载项生成的模板填报。", "This is not a Jixiao template workbook (no version marker and none of its sheets). Fill in the template made by `jixiao template` or the add-in.");
        }
        return { versionMissing: true };
    }
    const version = text.slice(layout_1.TEMPLATE_MARKER.length).trim();
    if (!exports.READABLE_VERSIONS.includes(version)) {
        throw new NotATemplateError(`模板版本 ${version} 无法识别（本程序读取版本 ${exports.READABLE_VERSIONS.join("、")}）。请更新绩效自评助手，或改用当前模板。`, `Template version ${version} is not supported (this build reads ${exports.READABLE_VERSIONS.join(", ")}). Update Jixiao or use the current template.`);
    }
    return { versionMissing: false };
}
function describe(base) {
    return `“${base.label}”`;
}
/** Reads any filled template into the model plus findings; never throws on user data. */
async function readWorkbook(port, p = layout_1.PLACEMENTS) {
    const read = await port.read({ names: (0, layout_1.allNames)(p), tables: [...p.tables.keys()] });
    return readFrom(read, p);
}
function readFrom(read, p = layout_1.PLACEMENTS) {
    const { versionMissing } = recognise(read);
    const findings = [];
    const report = (meta, messageId, at, data) => findings.push((0, meta_1.toFinding)(meta, { messageId, data, cells: [{ sheet: at.sheet, cell: at.address }] }));
    const missingSheets = new Set(layout_1.SHEETS.map((s) => s.name).filter((s) => !read.sheets.includes(s)));
    for (const sheet of missingSheets)
        report(reading_1.TEMPLATE_DAMAGED, "sheetMissing", { sheet }, { sheet });
    const version = p.fields.get(layout_1.VERSION_NAME);
    if (versionMissing && !missingSheets.has(version.sheet)) {
        report(reading_1.TEMPLATE_DAMAGED, "versionMissing", 
        // Its cell, or where the template puts it when the name itself is gone.
        { sheet: version.sheet, address: read.names[layout_1.VERSION_NAME]?.address ?? version.address }, { name: layout_1.VERSION_NAME });
    }
    const model = (0, evaluation_1.emptyEvaluation)(layout_1.TEMPLATE_VERSION);
    const where = {};
    const take = (cell, base, label) => {
        const parsed = (0, cell_values_1.parseCell)(cell.value, base.type, {
            numFmt: cell.numFmt,
            choices: base.choices,
            accepts: base.accepts,
        });
        if (parsed.kind === "blank")
            return undefined;
        if (parsed.kind === "ok")
            return parsed.value;
        const [meta, messageId] = PARSE_FINDING[parsed.kind];
        const data = { label, text: parsed.text };
        if (parsed.kind === "numberAsText")
            data.value = parsed.value;
        if (parsed.kind === "notInList")
            data.choices = (base.choices ?? ["是", "否"]).join("、");
        report(meta, messageId, cell, data);
        return parsed.kind === "numberAsText" ? parsed.value : undefined;
    };
    for (const [n, place] of p.fields) {
        if (n === layout_1.VERSION_NAME)
            continue;
        const cell = read.names[n];
        if (!cell) {
            if (!missingSheets.has(place.sheet)) {
                report(reading_1.TEMPLATE_DAMAGED, "nameMissing", { sheet: place.sheet }, { name: n, label: place.field.label, labelEn: place.field.en });
            }
            continue;
        }
        where[place.field.path] = { sheet: cell.sheet, cell: cell.address };
        const v = take(cell, place.field, describe(place.field));
        if (v !== undefined)
            (0, model_map_1.setPath)(model, place.field.path, v);
        else if (place.field.required && isBlank(cell.value)) {
            report(reading_1.REQUIRED, "required", cell, { label: describe(place.field), labelEn: place.field.en });
        }
    }
    for (const [n, place] of p.tables) {
        const t = read.tables[n];
        if (!t) {
            if (!missingSheets.has(place.sheet)) {
                report(reading_1.TEMPLATE_DAMAGED, "tableMissing", { sheet: place.sheet }, { table: n, label: place.table.label, labelEn: place.table.en });
            }
            continue;
        }
        const rows = readTable(t, place.table, take, (column) => report(reading_1.TEMPLATE_DAMAGED, "columnMissing", 
        // Marked at the table's first header cell: the row where the column's header belongs.
        { sheet: t.sheet, address: t.range.split(":")[0] }, { label: place.table.label, labelEn: place.table.en, column }), (cell, label, labelEn) => report(reading_1.REQUIRED, "required", cell, { label, labelEn }));
        storeRows(model, place.table, rows, where);
    }
    const parsed = evaluation_1.Evaluation.safeParse(model);
    // The reader only stores values it has checked; a failure here is a bug, not user data.
    if (!parsed.success)
        throw new Error(`reader produced an invalid model: ${parsed.error.message}`);
    return { model: parsed.data, findings, where, cells: read };
}
function readTable(t, table, take, missing, required) {
    const index = new Map();
    for (const c of table.columns) {
        if (!c.key)
            continue;
        const i = t.headers.findIndex((h) => h.trim() === c.header);
        if (i < 0)
            missing(c.header);
        else
            index.set(c, i);
    }
    const out = [];
    t.rows.forEach((cells, r) => {
        const present = [...index].filter(([, i]) => !isBlank(cells[i]?.value ?? null));
        if (present.length === 0)
            return;
        if (table.rowWhen && !present.some(([c]) => table.rowWhen.includes(c.key)))
            return;
        const obj = {};
        const at = {};
        for (const [c, i] of index) {
            const cell = cells[i];
            if (!cell)
                continue;
            at[c.key] = cell;
            const label = `${table.label}第${r + 1}行“${c.header}”`;
            const v = take(cell, { ...c, label: c.header }, label);
            if (v !== undefined)
                obj[c.key] = v;
            else if (c.required && isBlank(cell.value))
                required(cell, label, `${table.en}, row ${r + 1}, ${c.en}`);
        }
        out.push({ obj, at });
    });
    return out;
}
function isBlank(v) {
    return v === null || (typeof v === "string" && v.trim() === "");
}
function storeRows(model, table, rows, where) {
    const place = (list, prefix) => list.forEach((row, i) => {
        for (const [key, cell] of Object.entries(row.at)) {
            const path = (0, locations_1.cellPath)(`${prefix}.${i}`, key, table);
            if (where[path] && key !== "text")
                continue;
            where[path] = { sheet: cell.sheet, cell: cell.address };
        }
    });
    const text = (r) => (typeof r.obj.text === "string" ? r.obj.text : undefined);
    if (table.path === "narrative.$paragraphs") {
        const [achievements, problems, suggestions] = template_1.NARRATIVE_KINDS;
        const a = rows.filter((r) => r.obj.kind === achievements && text(r));
        const p = rows.filter((r) => r.obj.kind === problems && text(r));
        const s = rows.filter((r) => r.obj.kind === suggestions && text(r));
        (0, model_map_1.setPath)(model, "narrative.achievements", a.map((r) => ({ ...(r.obj.topic ? { topic: r.obj.topic } : {}), text: r.obj.text })));
        (0, model_map_1.setPath)(model, "narrative.problems", p.map(text));
        (0, model_map_1.setPath)(model, "narrative.suggestions", s.map(text));
        place(a, "narrative.achievements");
        place(p, "narrative.problems");
        place(s, "narrative.suggestions");
        return;
    }
    if (table.columns.some((c) => c.key === "$value")) {
        const kept = rows.filter((r) => typeof r.obj.$value === "string");
        (0, model_map_1.setPath)(model, table.path, kept.map((r) => r.obj.$value));
        place(kept, table.path);
        return;
    }
    (0, model_map_1.setPath)(model, table.path, rows.map((r) => r.obj));
    place(rows, table.path);
}

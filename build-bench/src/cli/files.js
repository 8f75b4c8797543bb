"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readProfile = exports.readEvaluationJson = exports.UserError = void 0;
exports.openInput = openInput;
exports.readInput = readInput;
exports.reportInput = reportInput;
exports.samplePath = samplePath;
exports.validateInput = validateInput;
exports.workbookBytes = workbookBytes;
const node_path_1 = require("node:path");
const evaluation_1 = require("../model/evaluation");
const scoring_profile_1 = require("../model/scoring-profile");
const reader_1 = require("../workbook/reader");
const open_1 = require("../workbook/xlsx/open");
const validate_1 = require("../workbook/validate");
const report_1 = require("../workbook/report");
const fs_safe_1 = require("./fs-safe");
var fs_safe_2 = require("./fs-safe");
Object.defineProperty(exports, "UserError", { enumerable: true, get: function () { return fs_safe_2.UserError; } });
/** Opens an .xlsx input, refusing what is not one with one clear line. */
async function openInput(path) {
    const bytes = (0, fs_safe_1.readInputFile)(path);
    if ((0, node_path_1.extname)(path).toLowerCase() === ".xls") {
        throw new fs_safe_1.UserError(`${path}：这是旧版 .xls 文件，请另存为 .xlsx 后再试。`, `${path} is an .xls file; save it as .xlsx and try again.`);
    }
    try {
        return await (0, open_1.openXlsx)(bytes);
    }
    catch (e) {
        if (e instanceof open_1.UnreadableFileError)
            throw new fs_safe_1.UserError(`${path}：${e.zh}`, `${path}: ${e.en}`);
        throw e;
    }
}
async function readInput(path) {
    const workbook = await openInput(path);
    try {
        return { workbook, outcome: await (0, reader_1.readWorkbook)(workbook) };
    }
    catch (e) {
        if (e instanceof reader_1.NotATemplateError)
            throw new fs_safe_1.UserError(`${path}：${e.zh}`, `${path}: ${e.en}`);
        throw e;
    }
}
/** Reads a JSON file and checks it against a schema, naming the first problems by path. */
function readJson(path, schema, what) {
    const text = (0, fs_safe_1.readInputFile)(path).toString("utf8");
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new fs_safe_1.UserError(`${path}：不是有效的 JSON。`, `${path} is not valid JSON (${e.message}).`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        const issues = parsed.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
            .join("; ");
        throw new fs_safe_1.UserError(`${path}：${what.zh}：${issues}`, `${path} ${what.en}: ${issues}`);
    }
    return parsed.data;
}
const readEvaluationJson = (path) => readJson(path, evaluation_1.Evaluation, {
    zh: "内容不符合模板数据格式",
    en: "does not match the evaluation schema",
});
exports.readEvaluationJson = readEvaluationJson;
async function reportInput(path, workbook, options) {
    try {
        return await (0, report_1.generateReport)(workbook, options);
    }
    catch (e) {
        if (e instanceof reader_1.NotATemplateError)
            throw new fs_safe_1.UserError(`${path}：${e.zh}`, `${path}: ${e.en}`);
        throw e;
    }
}
/** A scoring profile file (docs/scoring.md). */
const readProfile = (path) => readJson(path, scoring_profile_1.ScoringProfile, {
    zh: "评分方案格式不正确",
    en: "is not a valid scoring profile",
});
exports.readProfile = readProfile;
/** The bundled sample (the seed report's own figures). */
function samplePath() {
    return (0, node_path_1.join)(__dirname, "..", "..", "assets", "sample.json");
}
async function validateInput(path, workbook, profile) {
    try {
        return await (0, validate_1.validate)(workbook, { notes: true, profile });
    }
    catch (e) {
        if (e instanceof reader_1.NotATemplateError)
            throw new fs_safe_1.UserError(`${path}：${e.zh}`, `${path}: ${e.en}`);
        throw e;
    }
}
/** The bytes of a workbook to be written to `out`, naming what the CLI cannot carry. */
async function workbookBytes(workbook, out) {
    if (workbook.lost.length) {
        process.stderr.write(`注意：输入工作簿中的${workbook.lost.join("、")}无法由命令行工具保留，${out} 中将缺少这些内容；在 Excel 加载项中校验可保留它们。` +
            ` Note: ${workbook.lost.join(", ")} cannot be carried by the CLI and are missing from ${out}; validate in the Excel add-in to keep them.\n`);
    }
    return workbook.toBuffer();
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UserError = void 0;
exports.evaluationJson = evaluationJson;
exports.schemaJson = schemaJson;
exports.buildProgram = buildProgram;
exports.main = main;
exports.oneLine = oneLine;
const commander_1 = require("commander");
const zod_1 = require("zod");
const evaluation_1 = require("../model/evaluation");
const layout_1 = require("../layout");
const docs_1 = require("../layout/docs");
const rules_1 = require("../rules");
const docs_2 = require("../rules/core/docs");
const docs_3 = require("../rules/scoring/docs");
const scoring_profile_1 = require("../model/scoring-profile");
const format_1 = require("./format");
const files_1 = require("./files");
const fs_safe_1 = require("./fs-safe");
const validate_1 = require("../workbook/validate");
const docx_1 = require("../report/docx");
const numbers_1 = require("../report/numbers");
const template_1 = require("./template");
var fs_safe_2 = require("./fs-safe");
Object.defineProperty(exports, "UserError", { enumerable: true, get: function () { return fs_safe_2.UserError; } });
/**
 * The report workbook's bytes and what the rest needs; the loaded workbook and the write plan
 * stay inside, so their memory is free again before the Word document is rendered.
 */
async function reportWorkbook(input, out, options) {
    const workbook = await (0, files_1.openInput)(input);
    const { document, kept, all } = await (0, files_1.reportInput)(input, workbook, options);
    return { xlsx: await (0, files_1.workbookBytes)(workbook, out), result: { document, kept, all } };
}
const OVERWRITE_HELP = "replace an existing output that Jixiao did not write or that was changed since (and, for -o, the input itself)";
/** "1 error remains", "2 errors remain". */
function errorsRemain(n) {
    return n === 1 ? "1 error remains" : `${n} errors remain`;
}
function evaluationJson(model) {
    return `${JSON.stringify(model, null, 2)}\n`;
}
function schemaJson() {
    return `${JSON.stringify(zod_1.z.toJSONSchema(evaluation_1.Evaluation), null, 2)}\n`;
}
function sampleModel() {
    return (0, files_1.readEvaluationJson)((0, files_1.samplePath)());
}
function buildProgram() {
    const program = new commander_1.Command();
    program
        .name("jixiao")
        .description("绩效自评助手 — 部门整体支出绩效自评 workbook tools")
        .version(`0.1.0 (${layout_1.TEMPLATE_MARKER} ${layout_1.TEMPLATE_VERSION})`)
        .exitOverride()
        .configureOutput({ writeErr: (s) => process.stderr.write(s) });
    program
        .command("template")
        .description("写出空白模板 Write the blank template workbook")
        .requiredOption("-o, --out <file>", "output .xlsx")
        .option("--overwrite", OVERWRITE_HELP)
        .action(async (opts) => {
        (0, fs_safe_1.checkOutputs)([], [{ path: opts.out, option: "-o" }], opts.overwrite);
        (0, fs_safe_1.writeOutput)(opts.out, await (0, template_1.templateXlsx)());
        console.log(`已写出空白模板 Blank template written: ${opts.out}`);
    });
    program
        .command("sample")
        .description("写出示例工作簿（2021 双清区人社局报告的数据）Write the filled sample workbook")
        .requiredOption("-o, --out <file>", "output .xlsx")
        .option("--overwrite", OVERWRITE_HELP)
        .action(async (opts) => {
        (0, fs_safe_1.checkOutputs)([(0, files_1.samplePath)()], [{ path: opts.out, option: "-o" }], opts.overwrite);
        (0, fs_safe_1.writeOutput)(opts.out, await (0, template_1.templateXlsx)(sampleModel()));
        console.log(`已写出示例工作簿 Sample written: ${opts.out}`);
    });
    program
        .command("validate")
        .description("校验工作簿 Validate a workbook (exit 0: no errors, 1: errors, 2: cannot read)")
        .argument("<in>", "input .xlsx")
        .option("-o, --out <file>", "write the checked workbook (marks, notes, 校验结果) here")
        .option("--overwrite", OVERWRITE_HELP)
        .option("--profile <json>", "scoring profile (default: the bundled one, see docs/scoring.md)")
        .option("--json", "print findings as JSON")
        .action(async (input, opts) => {
        const inputs = [input, ...(opts.profile ? [opts.profile] : [])];
        if (opts.out)
            (0, fs_safe_1.checkOutputs)(inputs, [{ path: opts.out, option: "-o", mayReplaceInput: true }], opts.overwrite);
        const profile = opts.profile ? (0, files_1.readProfile)(opts.profile) : undefined;
        const workbook = await (0, files_1.openInput)(input);
        const { all } = await (0, files_1.validateInput)(input, workbook, profile);
        if (opts.out)
            (0, fs_safe_1.writeOutput)(opts.out, await (0, files_1.workbookBytes)(workbook, opts.out));
        if (opts.json)
            console.log(JSON.stringify((0, format_1.jsonFindings)(input, all), null, 2));
        else
            console.log((0, format_1.humanReport)(input, all));
        if (all.some((f) => f.severity === "error"))
            process.exitCode = 1;
    });
    program
        .command("clear")
        .description("清除标记 Remove everything validate wrote (marks, notes, 校验结果)")
        .argument("<in>", "input .xlsx")
        .requiredOption("-o, --out <file>", "output .xlsx")
        .option("--overwrite", OVERWRITE_HELP)
        .action(async (input, opts) => {
        (0, fs_safe_1.checkOutputs)([input], [{ path: opts.out, option: "-o", mayReplaceInput: true }], opts.overwrite);
        const workbook = await (0, files_1.openInput)(input);
        const cleared = await (0, validate_1.clearMarks)(workbook);
        (0, fs_safe_1.writeOutput)(opts.out, await (0, files_1.workbookBytes)(workbook, opts.out));
        console.log(cleared
            ? `已清除标记 Marks cleared: ${opts.out}`
            : `没有需要清除的标记 Nothing to clear: ${opts.out}`);
    });
    program
        .command("report")
        .description("生成报告 Write the 报告, 自评表 and 汇总 sheets (and optionally the Word document)")
        .argument("<in>", "input .xlsx")
        .requiredOption("-o, --out <file>", "output .xlsx with the generated sheets")
        .option("--docx <file>", "also write the report as a Word document")
        .option("--fixed-decimals", "write amounts with two decimals (36.90) instead of trimming (36.9)")
        .option("--profile <json>", "scoring profile (default: the bundled one)")
        .option("--overwrite", OVERWRITE_HELP)
        .action(async (input, opts) => {
        const outputs = [{ path: opts.out, option: "-o", mayReplaceInput: true }];
        if (opts.docx)
            outputs.push({ path: opts.docx, option: "--docx" });
        (0, fs_safe_1.checkOutputs)([input, ...(opts.profile ? [opts.profile] : [])], outputs, opts.overwrite);
        const profile = opts.profile ? (0, files_1.readProfile)(opts.profile) : undefined;
        const numbers = {
            ...numbers_1.DEFAULT_NUMBERS,
            amounts: opts.fixedDecimals ? "fixed" : "trim",
        };
        const { xlsx, result } = await reportWorkbook(input, opts.out, { profile, numbers });
        // Both files are made before either is written, so a failure leaves neither half-done.
        const docx = opts.docx ? await (0, docx_1.renderDocx)(result.document) : undefined;
        (0, fs_safe_1.writeOutput)(opts.out, xlsx);
        if (opts.docx && docx)
            (0, fs_safe_1.writeOutput)(opts.docx, docx);
        console.log(`已生成报告 Report written: ${opts.out}${opts.docx ? `, ${opts.docx}` : ""}`);
        if (result.kept.length)
            console.log(`已修改过的旧报告保留为 Edited sheets kept as: ${result.kept.join("、")}`);
        const errors = result.all.filter((f) => f.severity === "error").length;
        if (errors) {
            console.log(`注意：仍有 ${errors} 个错误未改正，报告开头已注明。Note: ${errorsRemain(errors)}; the report says so.`);
            process.exitCode = 1;
        }
    });
    program
        .command("export")
        .description("导出为 JSON Export a filled workbook as JSON")
        .argument("<in>", "input .xlsx")
        .option("-o, --out <file>", "output .json (default: standard output)")
        .option("--overwrite", OVERWRITE_HELP)
        .action(async (input, opts) => {
        if (opts.out)
            (0, fs_safe_1.checkOutputs)([input], [{ path: opts.out, option: "-o" }], opts.overwrite);
        const { outcome } = await (0, files_1.readInput)(input);
        const json = evaluationJson(outcome.model);
        if (opts.out) {
            (0, fs_safe_1.writeOutput)(opts.out, json);
            console.log(`已导出 Exported: ${opts.out}`);
        }
        else {
            process.stdout.write(json);
        }
        if (outcome.findings.length)
            process.stderr.write(`${input}：${(0, format_1.summaryLine)(outcome.findings)}\n`);
    });
    program
        .command("fill")
        .description("由 JSON 填写模板 Fill a copy of the template from JSON")
        .argument("<json>", "input .json")
        .requiredOption("-o, --out <file>", "output .xlsx")
        .option("--overwrite", OVERWRITE_HELP)
        .action(async (input, opts) => {
        (0, fs_safe_1.checkOutputs)([input], [{ path: opts.out, option: "-o" }], opts.overwrite);
        (0, fs_safe_1.writeOutput)(opts.out, await (0, template_1.templateXlsx)((0, files_1.readEvaluationJson)(input)));
        console.log(`已写出 Written: ${opts.out}`);
    });
    program
        .command("docs")
        .description("生成文档 Regenerate docs/template.md and docs/schema.json")
        .option("-d, --dir <dir>", "docs folder", "docs")
        .action((opts) => {
        // A developer command: regenerating the repository's generated docs is its whole job.
        (0, fs_safe_1.writeOutput)(`${opts.dir}/template.md`, (0, docs_1.templateMarkdown)());
        (0, fs_safe_1.writeOutput)(`${opts.dir}/schema.json`, schemaJson());
        (0, fs_safe_1.writeOutput)(`${opts.dir}/rules.md`, (0, docs_2.rulesMarkdown)(rules_1.ALL_METAS));
        (0, fs_safe_1.writeOutput)(`${opts.dir}/scoring.md`, (0, docs_3.scoringMarkdown)(scoring_profile_1.DEFAULT_PROFILE));
        console.log(`已更新 Updated: ${opts.dir}/template.md, schema.json, rules.md, scoring.md`);
    });
    program
        .command("demo")
        .description("演示 Demo: validate the bundled sample, write results under out/")
        .option("--out-dir <dir>", "output folder", "out")
        .option("--overwrite", OVERWRITE_HELP)
        .action(async (opts) => {
        const dir = opts.outDir;
        const names = ["template.xlsx", "sample.xlsx", "sample-checked.xlsx", "sample.json"];
        names.push("sample-report.xlsx", "sample-report.docx");
        (0, fs_safe_1.checkOutputs)([(0, files_1.samplePath)()], names.map((n) => ({ path: `${dir}/${n}`, option: n })), opts.overwrite);
        (0, fs_safe_1.writeOutput)(`${dir}/template.xlsx`, await (0, template_1.templateXlsx)());
        const samplePathOut = `${dir}/sample.xlsx`;
        (0, fs_safe_1.writeOutput)(samplePathOut, await (0, template_1.templateXlsx)(sampleModel()));
        const workbook = await (0, files_1.openInput)(samplePathOut);
        const { all, model } = await (0, files_1.validateInput)(samplePathOut, workbook);
        const checked = `${dir}/sample-checked.xlsx`;
        (0, fs_safe_1.writeOutput)(checked, await (0, files_1.workbookBytes)(workbook, checked));
        console.log("绩效自评助手 demo — 示例：2021 年双清区人社局整体支出绩效自评");
        console.log((0, format_1.humanReport)(samplePathOut, all));
        (0, fs_safe_1.writeOutput)(`${dir}/sample.json`, evaluationJson(model));
        const reportBook = await (0, files_1.openInput)(samplePathOut);
        const report = await (0, files_1.reportInput)(samplePathOut, reportBook, {});
        const reportOut = `${dir}/sample-report.xlsx`;
        (0, fs_safe_1.writeOutput)(reportOut, await (0, files_1.workbookBytes)(reportBook, reportOut));
        (0, fs_safe_1.writeOutput)(`${dir}/sample-report.docx`, await (0, docx_1.renderDocx)(report.document));
        console.log(`\n已写出 Written: ${dir}/template.xlsx, ${samplePathOut}, ${checked}, ${dir}/sample-report.xlsx, ${dir}/sample-report.docx, ${dir}/sample.json`);
    });
    return program;
}
async function main(argv) {
    try {
        process.exitCode = 0;
        await buildProgram().parseAsync(argv);
        return Number(process.exitCode ?? 0);
    }
    catch (e) {
        if (e instanceof commander_1.CommanderError)
            return e.exitCode === 0 ? 0 : 2;
        process.stderr.write(`${oneLine(e)}\n`);
        return 2;
    }
}
/** Any failure as one bilingual line, Chinese first; file-system errors name their path. */
function oneLine(e) {
    let err = e;
    if (!(err instanceof fs_safe_1.UserError) && isErrno(err) && err.path)
        err = (0, fs_safe_1.fsError)(err, err.path, "write");
    if (err instanceof fs_safe_1.UserError)
        return `错误：${err.zh} Error: ${err.en}`.replace(/\s*\n\s*/g, " ");
    const detail = e instanceof Error ? e.message : String(e);
    return `错误：程序内部出错，请报告此问题。 Error: internal error, please report it (${detail}).`.replace(/\s*\n\s*/g, " ");
}
function isErrno(e) {
    return e instanceof Error && typeof e.code === "string";
}
if (require.main === module) {
    void main(process.argv).then((code) => process.exit(code));
}

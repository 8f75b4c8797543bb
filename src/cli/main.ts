import { Command, CommanderError } from "commander";
import { toJSONSchema } from "zod/mini";
import { Evaluation } from "../model/evaluation";
import { TEMPLATE_MARKER, TEMPLATE_VERSION } from "../layout";
import { templateMarkdown } from "../layout/docs";
import { ALL_METAS } from "../rules";
import { rulesMarkdown } from "../rules/core/docs";
import { scoringMarkdown } from "../rules/scoring/docs";
import { DEFAULT_PROFILE } from "../model/scoring-profile";
import { humanReport, jsonFindings, jsonValidate, summaryLine } from "./format";
import {
  openInput,
  readEvaluationJson,
  readInput,
  readProfile,
  reportInput,
  samplePath,
  validateInput,
  workbookBytes,
} from "./files";
import {
  UserError,
  checkOutputs,
  fsError,
  writeOutput,
  writeOutputs,
  type Output,
} from "./fs-safe";
import { clearMarks } from "../workbook/validate";
import { renderWord, type ReportResult } from "../workbook/report";
import { DEFAULT_NUMBERS } from "../report/numbers";
import { templateXlsx } from "./template";
import { PROFILE_SOURCE_LABEL, type ProfileSource } from "../model/scoring-profile";
import { registerDocx } from "./docx";
import { jixiaoVersion } from "./version";
import { registerReview } from "./review";
import { registerUpgrade } from "./upgrade";

export { UserError } from "./fs-safe";

/**
 * The report workbook's bytes and what the rest needs; the loaded workbook and the write plan
 * stay inside, so their memory is free again before the Word document is rendered.
 */
async function reportWorkbook(
  input: string,
  out: string,
  options: Parameters<typeof reportInput>[2]
): Promise<{
  xlsx: Buffer;
  result: Pick<ReportResult, "document" | "kept" | "all">;
}> {
  const workbook = await openInput(input);
  const { document, kept, all } = await reportInput(input, workbook, options);
  return { xlsx: await workbookBytes(workbook, out), result: { document, kept, all } };
}

const PROFILE_HELP =
  "评分方案 JSON，写入输出工作簿的“评分方案”表 scoring profile JSON (docs/scoring.md); written into the output's 评分方案 sheet in place of the workbook's";

/** Which profile scored, and from where, for the human output. */
function profileLine(name: string, source: ProfileSource): string {
  const label = PROFILE_SOURCE_LABEL[source];
  return `评分方案：${name}（${label.zh}） Scoring profile: ${name} (${label.en})`;
}

const OVERWRITE_HELP =
  "覆盖已存在的、非本工具写出或写出后被修改的输出文件（-o 时包括输入文件本身） replace an existing output that Jixiao did not write or that was changed since (and, for -o, the input itself)";

/** "1 error remains", "2 errors remain". */
function errorsRemain(n: number): string {
  return n === 1 ? "1 error remains" : `${n} errors remain`;
}

/**
 * What `report` says of the errors left: the Word file's 校验情况 page is named only when a
 * Word file was written; otherwise the 校验结果 of `validate` is where they are listed.
 */
export function errorsNote(errors: number, wordWritten: boolean): string {
  return wordWritten
    ? `注意：仍有 ${errors} 个错误未改正，已列入 Word 文件末尾的“校验情况”草稿页。Note: ${errorsRemain(errors)}; the Word file lists them on a draft page after the attachment.`
    : `注意：仍有 ${errors} 个错误未改正，报告为草稿；运行 jixiao validate 可列出这些错误。Note: ${errorsRemain(errors)}; the report is a draft. Run jixiao validate to list them.`;
}

export function evaluationJson(model: Evaluation): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

export function schemaJson(): string {
  return `${JSON.stringify(toJSONSchema(Evaluation), null, 2)}\n`;
}

function sampleModel(): Evaluation {
  return readEvaluationJson(samplePath());
}

/** template, sample, fill and export: the template and its JSON form. */
function registerTemplateCommands(program: Command): void {
  registerWorkbookCommands(program);
  registerJsonCommands(program);
}

/** template and sample: the blank and the filled sample workbook. */
function registerWorkbookCommands(program: Command): void {
  program
    .command("template")
    .description("写出空白模板 Write the blank template workbook")
    .requiredOption("-o, --out <file>", "输出的 .xlsx 文件 output .xlsx")
    .option("--profile <json>", PROFILE_HELP)
    .option("--overwrite", OVERWRITE_HELP)
    .action(async (opts: { out: string; profile?: string; overwrite?: boolean }) => {
      checkOutputs(
        opts.profile ? [opts.profile] : [],
        [{ path: opts.out, option: "-o", kind: "xlsx" }],
        opts.overwrite
      );
      const profile = opts.profile ? readProfile(opts.profile) : undefined;
      writeOutput(opts.out, await templateXlsx(undefined, profile));
      console.log(`已写出空白模板 Blank template written: ${opts.out}`);
      if (profile) console.log(profileLine(profile.name, "option"));
    });

  program
    .command("sample")
    .description("写出示例工作簿（2021 双清区人社局报告的数据）Write the filled sample workbook")
    .requiredOption("-o, --out <file>", "输出的 .xlsx 文件 output .xlsx")
    .option("--overwrite", OVERWRITE_HELP)
    .action(async (opts: { out: string; overwrite?: boolean }) => {
      checkOutputs(
        [samplePath()],
        [{ path: opts.out, option: "-o", kind: "xlsx" }],
        opts.overwrite
      );
      writeOutput(opts.out, await templateXlsx(sampleModel()));
      console.log(`已写出示例工作簿 Sample written: ${opts.out}`);
    });
}

/** export and fill: a workbook as JSON, and JSON back into a workbook. */
function registerJsonCommands(program: Command): void {
  program
    .command("export")
    .description("导出为 JSON Export a filled workbook as JSON")
    .argument("<in>", "输入的 .xlsx 文件 input .xlsx")
    .option(
      "-o, --out <file>",
      "输出的 .json 文件（默认输出到屏幕） output .json (default: standard output)"
    )
    .option("--overwrite", OVERWRITE_HELP)
    .action(async (input: string, opts: { out?: string; overwrite?: boolean }) => {
      if (opts.out)
        checkOutputs([input], [{ path: opts.out, option: "-o", kind: "json" }], opts.overwrite);
      const { outcome } = await readInput(input);
      const json = evaluationJson(outcome.model);
      if (opts.out) {
        writeOutput(opts.out, json);
        console.log(`已导出 Exported: ${opts.out}`);
      } else {
        process.stdout.write(json);
      }
      if (outcome.findings.length)
        process.stderr.write(`${input}：${summaryLine(outcome.findings)}\n`);
    });

  program
    .command("fill")
    .description("由 JSON 填写模板 Fill a copy of the template from JSON")
    .argument("<json>", "输入的 .json 文件 input .json")
    .requiredOption("-o, --out <file>", "输出的 .xlsx 文件 output .xlsx")
    .option("--profile <json>", PROFILE_HELP)
    .option("--overwrite", OVERWRITE_HELP)
    .action(async (input: string, opts: { out: string; profile?: string; overwrite?: boolean }) => {
      const inputs = [input, ...(opts.profile ? [opts.profile] : [])];
      checkOutputs(inputs, [{ path: opts.out, option: "-o", kind: "xlsx" }], opts.overwrite);
      const profile = opts.profile ? readProfile(opts.profile) : undefined;
      writeOutput(opts.out, await templateXlsx(readEvaluationJson(input), profile));
      console.log(`已写出 Written: ${opts.out}`);
    });
}

/** validate and clear: what the preparer's 校验 and 清除标记 do. */
function registerCheckCommands(program: Command): void {
  program
    .command("validate")
    .description("校验工作簿 Validate a workbook (exit 0: no errors, 1: errors, 2: cannot read)")
    .argument("<in>", "输入的 .xlsx 文件 input .xlsx")
    .option(
      "-o, --out <file>",
      "写出校验后的工作簿（标记、批注、校验结果） write the checked workbook (marks, notes, 校验结果) here"
    )
    .option("--overwrite", OVERWRITE_HELP)
    .option("--profile <json>", PROFILE_HELP)
    .option("--json", "以 JSON 输出校验结果 print findings as JSON")
    .option(
      "--summary",
      "与 --json 同用：输出 { file, summary, findings }（计数、已说明、得分、等级） with --json: one object { file, summary, findings } (counts, explained, score, grade)"
    )
    .action(runValidate);
  program
    .command("clear")
    .description("清除标记 Remove everything validate wrote (marks, notes, 校验结果)")
    .argument("<in>", "输入的 .xlsx 文件 input .xlsx")
    .requiredOption("-o, --out <file>", "输出的 .xlsx 文件 output .xlsx")
    .option("--overwrite", OVERWRITE_HELP)
    .action(async (input: string, opts: { out: string; overwrite?: boolean }) => {
      checkOutputs(
        [input],
        [{ path: opts.out, option: "-o", mayReplaceInput: true, kind: "xlsx" }],
        opts.overwrite
      );
      const workbook = await openInput(input);
      const cleared = await clearMarks(workbook);
      writeOutput(opts.out, await workbookBytes(workbook, opts.out));
      console.log(
        cleared
          ? `已清除标记 Marks cleared: ${opts.out}`
          : `没有需要清除的标记 Nothing to clear: ${opts.out}`
      );
    });
}

interface ValidateOptionsCli {
  out?: string;
  json?: boolean;
  summary?: boolean;
  overwrite?: boolean;
  profile?: string;
}

/** validate: findings on the terminal or as JSON, and the checked copy where -o asks for it. */
async function runValidate(input: string, opts: ValidateOptionsCli): Promise<void> {
  const inputs = [input, ...(opts.profile ? [opts.profile] : [])];
  if (opts.out)
    checkOutputs(
      inputs,
      [{ path: opts.out, option: "-o", mayReplaceInput: true, kind: "xlsx" }],
      opts.overwrite
    );
  const profile = opts.profile ? readProfile(opts.profile) : undefined;
  const workbook = await openInput(input);
  const { all, profile: used, score } = await validateInput(input, workbook, profile);
  if (opts.out) writeOutput(opts.out, await workbookBytes(workbook, opts.out));
  const json = opts.summary ? jsonValidate(input, all, score) : jsonFindings(input, all);
  if (opts.json) console.log(JSON.stringify(json, null, 2));
  else console.log(`${humanReport(input, all)}\n\n${profileLine(used.name, used.source)}`);
  if (all.some((f) => f.severity === "error")) process.exitCode = 1;
}

interface ReportOptionsCli {
  out: string;
  docx?: string;
  fixedDecimals?: boolean;
  trimDecimals?: boolean;
  profile?: string;
  overwrite?: boolean;
}

/** `report`: the report sheets, and the Word file with --docx, written together or not at all. */
async function reportAction(input: string, opts: ReportOptionsCli): Promise<void> {
  const outputs: Output[] = [{ path: opts.out, option: "-o", mayReplaceInput: true, kind: "xlsx" }];
  if (opts.docx) outputs.push({ path: opts.docx, option: "--docx", kind: "docx" });
  checkOutputs([input, ...(opts.profile ? [opts.profile] : [])], outputs, opts.overwrite);
  const profile = opts.profile ? readProfile(opts.profile) : undefined;
  const amounts = opts.fixedDecimals ? "fixed" : opts.trimDecimals ? "trim" : "stated";
  const numbers = { ...DEFAULT_NUMBERS, amounts } as const;
  const { xlsx, result } = await reportWorkbook(input, opts.out, { profile, numbers });
  // Both files are made, then written as one step: a failure on either leaves neither.
  const docx = opts.docx ? await renderWord(result.document) : undefined;
  writeOutputs([
    { path: opts.out, data: xlsx },
    ...(opts.docx && docx ? [{ path: opts.docx, data: docx }] : []),
  ]);
  console.log(`已生成报告 Report written: ${opts.out}${opts.docx ? `, ${opts.docx}` : ""}`);
  if (result.kept.length)
    console.log(`已修改过的旧报告保留为 Edited sheets kept as: ${result.kept.join("、")}`);
  const errors = result.all.filter((f) => f.severity === "error").length;
  if (errors) {
    console.log(errorsNote(errors, Boolean(docx)));
    process.exitCode = 1;
  }
}

/** report, and docx from the report sheets as edited. */
function registerReportCommands(program: Command): void {
  program
    .command("report")
    .description(
      "生成报告 Write the 报告, 自评表 and 汇总 sheets (and optionally the Word document)"
    )
    .argument("<in>", "输入的 .xlsx 文件 input .xlsx")
    .requiredOption(
      "-o, --out <file>",
      "输出的 .xlsx（含生成的报告各表） output .xlsx with the generated sheets"
    )
    .option("--docx <file>", "同时写出 Word 报告（.docx） also write the report as a Word document")
    .option(
      "--fixed-decimals",
      "金额一律写两位小数（默认按单元格格式，如 15.70） write every amount with two decimals (default: as its cell format states it, 15.70)"
    )
    .option(
      "--trim-decimals",
      "去掉金额末尾的 0（36.90 → 36.9） drop trailing zeros from amounts (36.90 → 36.9)"
    )
    .option("--profile <json>", PROFILE_HELP)
    .option("--overwrite", OVERWRITE_HELP)
    .action(reportAction);

  registerDocx(program, OVERWRITE_HELP);
}

/** docs and demo: the repository's generated docs and the demo job. */
function registerRepositoryCommands(program: Command): void {
  program
    .command("docs")
    .description("生成文档 Regenerate docs/template.md and docs/schema.json")
    .option("-d, --dir <dir>", "文档文件夹 docs folder", "docs")
    .action((opts: { dir: string }) => {
      // A developer command: regenerating the repository's generated docs is its whole job.
      writeOutput(`${opts.dir}/template.md`, templateMarkdown());
      writeOutput(`${opts.dir}/schema.json`, schemaJson());
      writeOutput(`${opts.dir}/rules.md`, rulesMarkdown(ALL_METAS));
      writeOutput(`${opts.dir}/scoring.md`, scoringMarkdown(DEFAULT_PROFILE));
      console.log(`已更新 Updated: ${opts.dir}/template.md, schema.json, rules.md, scoring.md`);
    });

  program
    .command("demo")
    .description("演示 Demo: validate the bundled sample, write results under out/")
    .option("--out-dir <dir>", "输出文件夹 output folder", "out")
    .option("--overwrite", OVERWRITE_HELP)
    .action(async (opts: { outDir: string; overwrite?: boolean }) => {
      const dir = opts.outDir;
      const names = ["template.xlsx", "sample.xlsx", "sample-checked.xlsx", "sample.json"];
      names.push("sample-report.xlsx", "sample-report.docx");
      checkOutputs(
        [samplePath()],
        names.map((n) => ({ path: `${dir}/${n}`, option: n })),
        opts.overwrite
      );
      writeOutput(`${dir}/template.xlsx`, await templateXlsx());
      const samplePathOut = `${dir}/sample.xlsx`;
      writeOutput(samplePathOut, await templateXlsx(sampleModel()));
      const workbook = await openInput(samplePathOut);
      const { all, model } = await validateInput(samplePathOut, workbook);
      const checked = `${dir}/sample-checked.xlsx`;
      writeOutput(checked, await workbookBytes(workbook, checked));
      console.log("绩效自评助手 demo — 示例：2021 年双清区人社局整体支出绩效自评");
      console.log(humanReport(samplePathOut, all));
      writeOutput(`${dir}/sample.json`, evaluationJson(model));
      const reportBook = await openInput(samplePathOut);
      const report = await reportInput(samplePathOut, reportBook, {});
      const reportOut = `${dir}/sample-report.xlsx`;
      writeOutput(reportOut, await workbookBytes(reportBook, reportOut));
      writeOutput(`${dir}/sample-report.docx`, await renderWord(report.document));
      console.log(
        `\n已写出 Written: ${dir}/template.xlsx, ${samplePathOut}, ${checked}, ${dir}/sample-report.xlsx, ${dir}/sample-report.docx, ${dir}/sample.json`
      );
    });
}

/** commander's help titles, in both languages. */
const TITLES: Record<string, string> = {
  "Usage:": "用法 Usage:",
  "Options:": "选项 Options:",
  "Commands:": "命令 Commands:",
  "Arguments:": "参数 Arguments:",
  "Global Options:": "通用选项 Global Options:",
};

/**
 * commander's usage errors ("error: unknown command 'x'") as one bilingual line, Chinese first,
 * with where to find the usage; the English original is kept as it is.
 */
export function usageError(message: string): string {
  const text = message.trim().replace(/^error:\s*/, "");
  const said: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^unknown command '([^']*)'/, (m) => `没有“${m[1]}”这个命令`],
    [/^unknown option '([^']*)'/, (m) => `没有“${m[1]}”这个选项`],
    [/^missing required argument '([^']*)'/, (m) => `缺少参数 <${m[1]}>`],
    [/^required option '([^']*)' not specified/, (m) => `必须给出选项 ${m[1]}`],
    [/^option '([^']*)' argument missing/, (m) => `选项 ${m[1]} 后面缺少取值`],
    [/^too many arguments/, () => "参数过多"],
    [/^(.*) cannot be used with (.*)$/, (m) => `${m[1]} 不能与 ${m[2]} 同时使用`],
  ];
  const hit = said.find(([re]) => re.test(text));
  const zh = hit ? hit[1](text.match(hit[0])!) : "命令行用法有误";
  const en = text.replace(/\s*\n\s*/g, " ");
  return `错误：${zh}；运行 jixiao --help 查看用法。 Error: ${en} (see jixiao --help).\n`;
}

export function buildProgram(): Command {
  const program = new Command();
  // Set before the commands are added: each command inherits them.
  program
    .configureHelp({ styleTitle: (title: string) => TITLES[title] ?? title })
    .helpOption("-h, --help", "显示帮助 Show help")
    .helpCommand("help [command]", "显示某个命令的帮助 Show help for a command")
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(usageError(s)),
    });
  program
    .name("jixiao")
    .description("绩效自评助手 — 部门整体支出绩效自评 workbook tools")
    .version(
      `绩效自评助手 jixiao ${jixiaoVersion()}（模板 template ${TEMPLATE_MARKER} ${TEMPLATE_VERSION}）`,
      "-V, --version",
      "显示版本 Show the version"
    );
  registerTemplateCommands(program);
  registerCheckCommands(program);
  registerReportCommands(program);
  registerRepositoryCommands(program);
  registerReview(program, readProfile, OVERWRITE_HELP);
  registerUpgrade(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    process.exitCode = 0;
    await buildProgram().parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    process.stderr.write(`${oneLine(e)}\n`);
    return 2;
  }
}

/** Any failure as one bilingual line, Chinese first; file-system errors name their path. */
export function oneLine(e: unknown): string {
  let err = e;
  if (!(err instanceof UserError) && isErrno(err) && err.path)
    err = fsError(err, err.path, "write");
  if (err instanceof UserError) return `错误：${err.zh} Error: ${err.en}`.replace(/\s*\n\s*/g, " ");
  const detail = e instanceof Error ? e.message : String(e);
  return `错误：程序内部出错，请报告此问题。 Error: internal error, please report it (${detail}).`.replace(
    /\s*\n\s*/g,
    " "
  );
}

function isErrno(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string";
}

if (require.main === module) {
  void main(process.argv).then((code) => process.exit(code));
}

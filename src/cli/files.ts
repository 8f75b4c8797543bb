import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { realpathSync } from "node:fs";
import type { z } from "zod";
import { Evaluation } from "../model/evaluation";
import { ScoringProfile } from "../model/scoring-profile";
import { NotATemplateError, readWorkbook, type ReadOutcome } from "../workbook/reader";
import { UnreadableFileError, openXlsx } from "../workbook/xlsx/open";
import { validate, type ValidateResult } from "../workbook/validate";
import { generateReport, type ReportResult } from "../workbook/report";
import type { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";

/** A failure the user can act on: printed as one line, exit code 2, never a stack trace. */
export class UserError extends Error {}

export function writeOut(path: string, data: Buffer | string): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, data);
}

/** Opens an .xlsx input, refusing what is not one with one clear line. */
export async function openInput(path: string): Promise<XlsxWorkbook> {
  if (!existsSync(path)) throw new UserError(`找不到文件 File not found: ${path}`);
  if (extname(path).toLowerCase() === ".xls") {
    throw new UserError(
      `${path}：这是旧版 .xls 文件，请另存为 .xlsx 后再试。This is an .xls file; save it as .xlsx and try again.`
    );
  }
  try {
    return await openXlsx(readFileSync(path));
  } catch (e) {
    if (e instanceof UnreadableFileError) throw new UserError(`${path}：${e.zh} ${e.en}`);
    throw e;
  }
}

export async function readInput(
  path: string
): Promise<{ workbook: XlsxWorkbook; outcome: ReadOutcome }> {
  const workbook = await openInput(path);
  try {
    return { workbook, outcome: await readWorkbook(workbook) };
  } catch (e) {
    if (e instanceof NotATemplateError) throw new UserError(`${path}：${e.zh} ${e.en}`);
    throw e;
  }
}

/** Reads a JSON file and checks it against a schema, naming the first problems by path. */
function readJson<T>(path: string, schema: z.ZodType<T>, what: string): T {
  if (!existsSync(path)) throw new UserError(`找不到文件 File not found: ${path}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new UserError(`${path}：不是有效的 JSON。Not valid JSON (${(e as Error).message}).`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
      .join("; ");
    throw new UserError(`${path}：${what} — ${issues}`);
  }
  return parsed.data;
}

export const readEvaluationJson = (path: string): Evaluation =>
  readJson(path, Evaluation, "内容不符合模板数据格式 does not match the evaluation schema");

export async function reportInput(
  path: string,
  workbook: XlsxWorkbook,
  options: Parameters<typeof generateReport>[1]
): Promise<ReportResult> {
  try {
    return await generateReport(workbook, options);
  } catch (e) {
    if (e instanceof NotATemplateError) throw new UserError(`${path}：${e.zh} ${e.en}`);
    throw e;
  }
}

/** A scoring profile file (docs/scoring.md). */
export const readProfile = (path: string): ScoringProfile =>
  readJson(path, ScoringProfile, "评分方案格式不正确 is not a valid scoring profile");

/** The bundled sample (the seed report's own figures). */
export function samplePath(): string {
  return join(__dirname, "..", "..", "assets", "sample.json");
}

/** The CLI never writes over its input unless asked (PRODUCT.md §5). */
export function guardOutput(input: string, out: string, overwrite?: boolean): void {
  const same = (a: string, b: string) => {
    const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
    return real(a) === real(b);
  };
  if (same(input, out) && !overwrite) {
    throw new UserError(
      `输出文件与输入文件相同：${out}。命令行不会覆盖输入文件；请另选输出文件，或加 --overwrite。Output is the input file; choose another output or pass --overwrite.`
    );
  }
}

export async function validateInput(
  path: string,
  workbook: XlsxWorkbook,
  profile?: ScoringProfile
): Promise<ValidateResult> {
  try {
    return await validate(workbook, { notes: true, profile });
  } catch (e) {
    if (e instanceof NotATemplateError) throw new UserError(`${path}：${e.zh} ${e.en}`);
    throw e;
  }
}

export async function saveOutput(workbook: XlsxWorkbook, out: string): Promise<void> {
  if (workbook.lost.length) {
    process.stderr.write(
      `注意：输入工作簿中的${workbook.lost.join("、")}无法由命令行工具保留，${out} 中将缺少这些内容；在 Excel 加载项中校验可保留它们。` +
        ` Note: ${workbook.lost.join(", ")} cannot be carried by the CLI and are missing from ${out}; validate in the Excel add-in to keep them.\n`
    );
  }
  writeOut(out, await workbook.toBuffer());
}

import { extname, join } from "node:path";
import type * as z from "zod/mini";
import { Evaluation } from "../model/evaluation";
import { ScoringProfile } from "../model/scoring-profile";
import { NotATemplateError, readWorkbook, type ReadOutcome } from "../workbook/reader";
import { UnreadableFileError, openXlsx } from "../workbook/xlsx/open";
import { validate, type ValidateResult } from "../workbook/validate";
import { generateReport, type ReportResult } from "../workbook/report";
import type { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";
import { UnwritableWorkbookError } from "../workbook/xlsx/write";

import { UserError, readInputFile } from "./fs-safe";

export { UserError } from "./fs-safe";

/** Opens an .xlsx input, refusing what is not one with one clear line. */
export async function openInput(path: string): Promise<XlsxWorkbook> {
  const bytes = readInputFile(path);
  if (extname(path).toLowerCase() === ".xls") {
    throw new UserError(
      `${path}：这是旧版 .xls 文件，请另存为 .xlsx 后再试。`,
      `${path} is an .xls file; save it as .xlsx and try again.`
    );
  }
  try {
    return await openXlsx(bytes);
  } catch (e) {
    if (e instanceof UnreadableFileError)
      throw new UserError(`${path}：${e.zh}`, `${path}: ${e.en}`);
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
    if (e instanceof NotATemplateError) throw new UserError(`${path}：${e.zh}`, `${path}: ${e.en}`);
    throw e;
  }
}

/** Reads a JSON file and checks it against a schema, naming the first problems by path. */
function readJson<T>(path: string, schema: z.ZodMiniType<T>, what: { zh: string; en: string }): T {
  const text = readInputFile(path).toString("utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(
      `${path}：不是有效的 JSON。`,
      `${path} is not valid JSON (${(e as Error).message}).`
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
      .join("; ");
    throw new UserError(`${path}：${what.zh}：${issues}`, `${path} ${what.en}: ${issues}`);
  }
  return parsed.data;
}

export const readEvaluationJson = (path: string): Evaluation =>
  readJson(path, Evaluation, {
    zh: "内容不符合模板数据格式",
    en: "does not match the evaluation schema",
  });

export async function reportInput(
  path: string,
  workbook: XlsxWorkbook,
  options: Parameters<typeof generateReport>[1]
): Promise<ReportResult> {
  try {
    return await generateReport(workbook, options);
  } catch (e) {
    if (e instanceof NotATemplateError) throw new UserError(`${path}：${e.zh}`, `${path}: ${e.en}`);
    throw e;
  }
}

/** A scoring profile file (docs/scoring.md); it must fit the 评分方案 sheet's one data cell. */
export function readProfile(path: string): ScoringProfile {
  const profile = readJson(path, ScoringProfile, {
    zh: "评分方案格式不正确",
    en: "is not a valid scoring profile",
  });
  const size = JSON.stringify(profile).length;
  if (size > MAX_CELL_TEXT)
    throw new UserError(
      `${path}：评分方案过长（${size} 个字符），工作簿的一个单元格最多容纳 ${MAX_CELL_TEXT} 个字符，请精简说明文字。`,
      `${path}: the scoring profile is too long (${size} characters); one cell holds at most ${MAX_CELL_TEXT}. Shorten its descriptions.`
    );
  return profile;
}

/** Excel's limit on the text of one cell. */
const MAX_CELL_TEXT = 32767;

/** The bundled sample (the seed report's own figures). */
export function samplePath(): string {
  return join(__dirname, "..", "..", "assets", "sample.json");
}

export async function validateInput(
  path: string,
  workbook: XlsxWorkbook,
  profile?: ScoringProfile
): Promise<ValidateResult> {
  try {
    return await validate(workbook, { notes: true, profile });
  } catch (e) {
    if (e instanceof NotATemplateError) throw new UserError(`${path}：${e.zh}`, `${path}: ${e.en}`);
    throw e;
  }
}

/** The bytes of a workbook to be written to `out`, naming what the CLI cannot carry. */
export async function workbookBytes(workbook: XlsxWorkbook, out: string): Promise<Buffer> {
  if (workbook.lost.length) {
    process.stderr.write(
      `注意：输入工作簿中的${workbook.lost.join("、")}无法由命令行工具保留，${out} 中将缺少这些内容；在 Excel 加载项中校验可保留它们。` +
        ` Note: ${workbook.lost.join(", ")} cannot be carried by the CLI and are missing from ${out}; validate in the Excel add-in to keep them.\n`
    );
  }
  try {
    return await workbook.toBuffer();
  } catch (e) {
    if (e instanceof UnwritableWorkbookError)
      throw new UserError(`${out}：${e.zh}`, `${out}: ${e.en}`);
    throw e;
  }
}

/**
 * One unit's workbook checked for the reviewer: opened through the ExcelJS port, read and checked
 * exactly as validate would (nothing is written, not even in memory to disk), summarised. Every
 * failure becomes a row with its reason; nothing here throws.
 */
import { readFileSync } from "node:fs";
import { VERSION_NAME, TEMPLATE_MARKER } from "../layout";
import { ScoringProfile } from "../model/scoring-profile";
import { NotATemplateError } from "../workbook/reader";
import { UnreadableFileError, openXlsx } from "../workbook/xlsx/open";
import { planValidate, validateRequest } from "../workbook/validate";
import { checkedUnit, refusedUnit, type UnitSummary } from "../review/unit";

const versionOf = (marker: unknown): string | undefined => {
  if (typeof marker !== "string" || !marker.trim()) return undefined;
  const text = marker.trim();
  return text.startsWith(TEMPLATE_MARKER) ? text.slice(TEMPLATE_MARKER.length).trim() : text;
};

function readBytes(path: string): Buffer | { zh: string; en: string } {
  try {
    const bytes = readFileSync(path);
    if (bytes.length === 0)
      return { zh: "文件是空的（0 字节）。", en: "The file is empty (0 bytes)." };
    return bytes;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    return { zh: `无法读取文件（${code}）。`, en: `The file cannot be read (${code}).` };
  }
}

export async function reviewFile(
  path: string,
  file: string,
  profile?: ScoringProfile
): Promise<UnitSummary> {
  const bytes = readBytes(path);
  if (!Buffer.isBuffer(bytes)) return refusedUnit(file, "unreadable", bytes);
  let version: string | undefined;
  try {
    const workbook = await openXlsx(bytes);
    const read = await workbook.read(validateRequest(workbook.capabilities));
    version = versionOf(read.names[VERSION_NAME]?.value);
    const plan = planValidate(read, { notes: false, profile });
    return checkedUnit(file, plan.model, plan.all, plan.score, version, plan.profile);
  } catch (e) {
    // Plain objects: a summary crosses from a worker thread, where an Error loses its fields.
    if (e instanceof UnreadableFileError)
      return refusedUnit(file, "unreadable", { zh: e.zh, en: e.en });
    if (e instanceof NotATemplateError)
      return refusedUnit(file, "notTemplate", { zh: e.zh, en: e.en }, version);
    const detail = e instanceof Error ? e.message : String(e);
    return refusedUnit(file, "unreadable", {
      zh: `读取时出错：${detail}`,
      en: `Reading failed: ${detail}`,
    });
  }
}

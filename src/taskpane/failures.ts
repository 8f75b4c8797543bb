/**
 * What the pane says when something fails: plain words first (what happened, what to do), and
 * Excel's code or the error's name apart, as details. Pure, so it is tested without a page.
 */
import { reasonOf } from "../commands/handlers";
import type { Message } from "../commands/messages";

export interface Failure {
  message: Message;
  /** The technical reason, for the details line; none when the words say it all. */
  details?: string;
}

/**
 * A command's failure as the ribbon words it (src/commands/messages), with the reason it puts
 * in brackets taken out of the sentence and given as details. A refusal that names no code
 * (a protected sheet, not a template) is kept as it is.
 */
export function commandFailure(message: Message, error: unknown): Failure {
  const reason = reasonOf(error);
  const zh = message.zh.replace(`（${reason}）`, "");
  const en = message.en.replace(` (${reason})`, "");
  if (zh === message.zh && en === message.en) return { message };
  return { message: { zh, en }, details: reason };
}

export const readFailure = (error: unknown): Failure => ({
  message: {
    zh: "未能读取工作簿中的校验结果。请稍后再试，或重新打开任务窗格。",
    en: "The results recorded in the workbook could not be read. Try again, or reopen the task pane.",
  },
  details: reasonOf(error),
});

export const wordFailure = (error: unknown): Failure => ({
  message: {
    zh: "未能导出 Word 文件。请保存工作簿后再试一次；仍不行时，可在网页版 Excel 或另一台电脑的 Excel 中打开工作簿，再点“导出 Word”。",
    en: "The Word file could not be made. Save the workbook and try again; if it still fails, open the workbook in Excel on the web or on another computer and click Export Word there.",
  },
  details: reasonOf(error),
});

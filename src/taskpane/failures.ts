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
    zh: "未能导出 Word 文件。请保存工作簿后再试一次；仍不行时，可把工作簿带到装有命令行工具的电脑上，用 jixiao docx 生成。",
    en: "The Word file could not be made. Save the workbook and try again; if it still fails, make it with jixiao docx on a computer that has the command-line tool.",
  },
  details: reasonOf(error),
});

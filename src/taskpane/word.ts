/** 导出 Word as the pane says it: the file's type, and what it says once the file is handed over. */
import type { Message } from "../commands/messages";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * How a made file reaches the user: "download" where the host lets a task pane download a
 * blob; "none" where it silently does nothing (Excel for Mac), so the pane never claims it saved.
 */
export type FileSaving = "download" | "none";

/** What 导出 Word says once the file is handed over. */
export function wordSaved(name: string, errors: number): Message {
  if (!errors)
    return { zh: `已导出 Word 文件“${name}”。`, en: `The Word file “${name}” was exported.` };
  return {
    zh: `已导出 Word 文件“${name}”。仍有 ${errors} 个错误，文件带“草稿”水印，错误列在附件后的“校验情况”页。`,
    en: `The Word file “${name}” was exported. ${errors} error(s) remain, so it carries a draft watermark and lists them on a page after the attachment.`,
  };
}

/**
 * What a ribbon command tells the user when its outcome is not a sheet it activated: refusals
 * and failures, always in Chinese and English (the dialog shows both, Chinese first).
 */

export interface Message {
  zh: string;
  en: string;
}

/** The four ExecuteFunction commands, by the FunctionName manifest.xml gives them. */
export type CommandName = "validate" | "report" | "clearMarks" | "insertTemplate";

export const COMMAND_NAMES: readonly CommandName[] = [
  "validate",
  "report",
  "clearMarks",
  "insertTemplate",
];

/** The requirement set every command needs (the manifest's floor: LTSC 2021). */
export const REQUIRED_SET = { name: "ExcelApi", version: "1.14" } as const;

const LABEL: Record<CommandName, Message> = {
  validate: { zh: "校验", en: "Validate" },
  report: { zh: "生成报告", en: "Generate Report" },
  clearMarks: { zh: "清除标记", en: "Clear Marks" },
  insertTemplate: { zh: "插入模板", en: "Insert Template" },
};

/** After a failure midway, what the user does next: each command's run is completed or undone. */
const RECOVERY: Record<CommandName, Message> = {
  validate: {
    zh: "工作簿中可能留有部分标记，点击“清除标记”即可全部清除，然后可重新校验。",
    en: "Any marks it left are removed by Clear Marks; then validate again.",
  },
  report: {
    zh: "未写完的报告工作表会在再次点击“生成报告”时被替换。",
    en: "Generate Report again: it replaces any sheets left half-written.",
  },
  clearMarks: {
    zh: "请再次点击“清除标记”。",
    en: "Click Clear Marks again.",
  },
  insertTemplate: {
    zh: "再次点击“插入模板”会接着完成。",
    en: "Click Insert Template again to complete it.",
  },
};

const quoteZh = (names: readonly string[]) => names.map((n) => `“${n}”`).join("、");
const listEn = (names: readonly string[]) => names.join(", ");

export const messages = {
  unsupportedHost: (): Message => ({
    zh: "此版本的 Excel 不支持本加载项（需要 ExcelApi 1.14，即 Excel 2021 / LTSC 2021 或更新版本、Microsoft 365 或网页版 Excel）。较旧的 Office 可使用模板文件和命令行工具。",
    en: "This version of Excel cannot run the add-in (it needs ExcelApi 1.14: Excel 2021 / LTSC 2021 or later, Microsoft 365 or Excel on the web). Older Office can use the template files and the command-line tool.",
  }),

  /** validate finished but could not write into these password-protected sheets. */
  lockedSheets: (sheets: readonly string[]): Message => ({
    zh: `校验已完成，但工作表${quoteZh(sheets)}设置了保护密码，未能在其中写入计算结果和标记。请在“审阅 > 撤销工作表保护”中取消密码后重新校验。`,
    en: `Validation finished, but sheet(s) ${listEn(sheets)} are protected with a password, so their computed cells and marks were not written. Unprotect them (Review > Unprotect Sheet) and validate again.`,
  }),

  /** generate report could not write into a password-protected sheet. */
  reportLocked: (sheet: string): Message => ({
    zh: `工作表“${sheet}”设置了保护密码，报告未能生成。请在“审阅 > 撤销工作表保护”中取消密码后再点击“生成报告”。`,
    en: `Sheet ${sheet} is protected with a password, so the report could not be written. Unprotect it (Review > Unprotect Sheet) and click Generate Report again.`,
  }),

  /** The report was written; generated sheets the user had edited were kept under new names. */
  reportKept: (kept: readonly string[]): Message => ({
    zh: `报告已生成。您修改过的旧报告工作表已另存为${quoteZh(kept)}，未被覆盖。`,
    en: `The report was generated. Earlier report sheets you had edited were kept as ${listEn(kept)}.`,
  }),

  /** Shown once before the first write on a host without undo grouping (ExcelApi 1.20). */
  undoHistory: (): Message => ({
    zh: "提示：加载项写入工作簿后，此前的撤销记录会被清空，加载项的修改也不能用“撤销”退回（此版本不能把它们合为一步撤销）。“清除标记”可以完全清除“校验”写入的内容；建议先保存工作簿。本提示只显示一次。",
    en: "Note: the add-in's writes clear the undo history and cannot be undone with Undo (this version cannot group them into one undo step). Clear Marks removes everything Validate wrote; save the workbook first if in doubt. This note is shown once.",
  }),

  nothingToClear: (): Message => ({
    zh: "本工作簿中没有“校验”写入的标记，无需清除。",
    en: "Validate has written nothing in this workbook; there is nothing to clear.",
  }),

  /** clear finished except for these places (notes the host cannot delete, locked sheets). */
  clearLeft: (left: readonly string[]): Message => ({
    zh: `标记已清除，但以下位置未能清除：${left.join("、")}。请手动删除其中的批注，或取消工作表保护密码后再次点击“清除标记”。`,
    en: `Marks were cleared except at: ${listEn(left)}. Delete those notes by hand, or remove the sheet's protection password and click Clear Marks again.`,
  }),

  /** Excel refused the run while a cell is being edited, on a host that cannot wait for it. */
  cellEditing: (): Message => ({
    zh: "请先结束单元格编辑（按 Enter 或 Esc），再重试。",
    en: "Finish editing the cell first (press Enter or Esc), then try again.",
  }),

  failed: (command: CommandName, reason: string): Message => ({
    zh: `“${LABEL[command].zh}”未能完成（${reason}）。${RECOVERY[command].zh}`,
    en: `${LABEL[command].en} did not finish (${reason}). ${RECOVERY[command].en}`,
  }),
};

/**
 * Task pane strings. zh-CN is the product's language; en-US is chosen when Office's display
 * language is not Chinese. Every locale has exactly the keys of zh-CN (checked by the type).
 * Messages a ribbon command also shows (undo history, unsupported host, failures) come from
 * src/commands/messages, so the pane and the ribbon say the same thing.
 */
import type { Severity } from "../model/finding";

/** What the list groups and filters by: a severity, or explained (a warning or info with a 说明). */
export type Kind = Severity | "explained";

export type Locale = "zh-CN" | "en-US";

const zhCN = {
  title: "绩效自评助手",
  actions: "操作",
  insertTemplate: "插入模板",
  validate: "校验",
  report: "生成报告",
  clearMarks: "清除标记",
  statusLoading: "正在连接 Excel…",
  statusExcel: "已连接 Excel。",
  statusOtherHost: "此加载项用于 Excel，当前宿主不受支持。",
  statusNoExcel: "未检测到 Excel：请在 Excel 中打开此加载项。",
  statusNoOfficeJs: "未能加载 office.js：请检查网络或部署设置。",
  emptyStartTitle: "从模板开始",
  emptyStart:
    "在一个空白工作簿中点击“插入模板”，按“填表说明”工作表填写各表，然后点击“校验”。想先看看效果，可打开随加载项提供的示例工作簿 sample.xlsx 再点击“校验”。",
  emptyValidateTitle: "尚未校验",
  emptyValidate:
    "填好各工作表后点击“校验”。发现的问题会列在这里，点击一条即跳到对应单元格；改正后再校验一次。",
  findings: "问题列表",
  filter: "筛选",
  filterText: "按文字或位置筛选",
  allSheets: "全部工作表",
  noMatch: "没有符合筛选条件的问题。",
  expected: "应为",
  actual: "实为",
  wholeWorkbook: "整个工作簿",
  continue: "继续",
  cancel: "取消",
  dismiss: "关闭",
  noProblems: "没有发现问题。",
  wordUnavailable:
    "没有导出，也没有保存任何文件：Mac 版 Excel 不允许任务窗格保存文件。可以这样做：一、打开“报告”工作表，点“文件 > 打印”，在打印窗口左下角选“存储为 PDF”；二、或者保存工作簿，在 Windows 电脑或网页版 Excel 中打开，再点“导出 Word”。",
  exportWord: "导出 Word",
  exportWordTitle: "按“报告”“自评表”工作表的现有内容（包括您的修改）生成公文格式的 Word 文件",
  reportLink: "查看“报告”工作表",
  stale: "已修改，请重新校验",
  wordFileName: "部门整体支出绩效自评报告.docx",
  privacy: "本加载项不收集、不上传任何数据。",
  explained: "已说明",
  explanation: "说明",
  explain: "写说明",
  editExplanation: "修改说明",
  saveExplanation: "保存说明",
  explanationHint: "写明此警告在本单位为何属正常情况。数字变化后说明失效；错误不能以说明了结。",
  explanationSaved: "说明已写入“校验结果”表，下次校验时计入“已说明”。",
  explanationFailed: "说明未能写入“校验结果”表，请重新校验后再试。",
};

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;

const enUS: Messages = {
  title: "Jixiao: Performance Self-Evaluation",
  actions: "Actions",
  insertTemplate: "Insert template",
  validate: "Validate",
  report: "Generate report",
  clearMarks: "Clear marks",
  statusLoading: "Connecting to Excel…",
  statusExcel: "Connected to Excel.",
  statusOtherHost: "This add-in is for Excel; the current host is not supported.",
  statusNoExcel: "Excel was not detected: open this add-in in Excel.",
  statusNoOfficeJs: "office.js could not be loaded: check the network or the deployment settings.",
  emptyStartTitle: "Start from the template",
  emptyStart:
    "In a blank workbook, click Insert template, fill in the sheets as the instructions sheet says, then click Validate. To see it first, open the sample workbook sample.xlsx that comes with the add-in and click Validate.",
  emptyValidateTitle: "Not validated yet",
  emptyValidate:
    "Fill in the sheets, then click Validate. Problems are listed here; click one to go to its cell, correct it and validate again.",
  findings: "Findings",
  filter: "Filter",
  filterText: "Filter by text or place",
  allSheets: "All sheets",
  noMatch: "No finding matches the filter.",
  expected: "Expected",
  actual: "Found",
  wholeWorkbook: "Whole workbook",
  continue: "Continue",
  cancel: "Cancel",
  dismiss: "Close",
  noProblems: "No problems found.",
  wordUnavailable:
    "Nothing was exported or saved: Excel for Mac does not let a task pane save files. Instead, open the report sheet and choose File > Print, then Save as PDF; or save the workbook, open it in Excel for Windows or Excel on the web and click Export Word there.",
  exportWord: "Export Word",
  exportWordTitle:
    "Makes the Word file in the official-document style from the report and self-evaluation sheets as they stand, your edits included",
  reportLink: "Open the report sheet",
  stale: "Changed since: validate again",
  wordFileName: "self-evaluation-report.docx",
  privacy: "This add-in collects no data and uploads nothing.",
  explained: "Explained",
  explanation: "Explanation",
  explain: "Explain",
  editExplanation: "Edit explanation",
  saveExplanation: "Save explanation",
  explanationHint:
    "Say why this warning is expected for your unit. It lapses when the figures change; errors cannot be explained away.",
  explanationSaved:
    "The explanation is on the results sheet; the next validation counts the finding as explained.",
  explanationFailed:
    "The explanation could not be written to the results sheet; validate again and retry.",
};

export const messages: Record<Locale, Messages> = { "zh-CN": zhCN, "en-US": enUS };

/** Texts with figures in them. */
export interface Formats {
  severity(s: Severity): string;
  /** A kind's name: a severity's, or 已说明. */
  kind(k: Kind): string;
  /** "2 个错误、5 个警告" — severities with none are left out. */
  counts(counts: Record<Severity, number>): string;
  /** Explained warnings and info, counted apart. */
  explainedCount(n: number): string;
  /** The heading of a group, counted as its filter button counts. */
  group(k: Kind, n: number): string;
  score(total: number, grade: string | undefined): string;
  /** The score cannot be completed; `earned`: points counted so far. */
  scoreIncomplete(earned?: string): string;
  /** Figures (data) the score lacks, and how many indicators they leave unscored when known. */
  missing(figures: number, indicators?: number): string;
  /** The label before the scoring profile's name (the name is the bureau's, in Chinese). */
  profile: string;
  /** The filter button of a kind. */
  chip(k: Kind, n: number): string;
  shown(n: number, of: number): string;
  running(command: "validate" | "report" | "clearMarks" | "insertTemplate" | "refresh"): string;
  /** What 生成报告 says once the report is written. */
  reportDone(errors: number): string;
}

const SEVERITY_ZH: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const SEVERITY_EN: Record<Severity, [string, string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["note", "notes"],
};
const GRADE_EN: Record<string, string> = {
  优: "Excellent",
  良: "Good",
  中: "Fair",
  差: "Poor",
};
const ORDER: Severity[] = ["error", "warning", "info"];
const figure = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
const kindZh = (k: Kind) => (k === "explained" ? "已说明" : SEVERITY_ZH[k]);
const kindEn = (k: Kind) => {
  const word = k === "explained" ? "explained" : SEVERITY_EN[k][0];
  return word[0].toUpperCase() + word.slice(1);
};
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const formats: Record<Locale, Formats> = {
  "zh-CN": {
    severity: (s) => SEVERITY_ZH[s],
    kind: kindZh,
    counts: (c) =>
      ORDER.filter((s) => c[s] > 0)
        .map((s) => `${c[s]} 个${SEVERITY_ZH[s]}`)
        .join("、"),
    explainedCount: (n) => `已说明 ${n} 个`,
    group: (k, n) => `${kindZh(k)}（${n}）`,
    score: (total, grade) => `总分 ${figure(total)} 分${grade ? `，等级：${grade}` : ""}`,
    scoreIncomplete: (earned) => (earned ? `评分不完整：已计 ${earned} 分` : "评分不完整"),
    missing: (n, k) => `缺少 ${n} 项数据${k ? `，${k} 项指标因此未计分` : ""}`,
    profile: "评分方案：",
    chip: (k, n) => `${kindZh(k)} ${n}`,
    shown: (n, of) => `显示 ${n} / ${of} 条`,
    running: (c) =>
      ({
        validate: "正在校验…",
        report: "正在生成报告…",
        clearMarks: "正在清除标记…",
        insertTemplate: "正在插入模板…",
        refresh: "正在读取工作簿…",
      })[c],
    reportDone: (errors) =>
      errors ? `报告已生成（草稿：仍有 ${errors} 个错误）。` : "报告已生成。",
  },
  "en-US": {
    severity: (s) => kindEn(s),
    kind: kindEn,
    counts: (c) =>
      ORDER.filter((s) => c[s] > 0)
        .map((s) => plural(c[s], ...SEVERITY_EN[s]))
        .join(", "),
    explainedCount: (n) => `${n} explained`,
    group: (k, n) => `${kindEn(k)} (${n})`,
    score: (total, grade) =>
      `Score ${figure(total)}${grade ? `, grade ${GRADE_EN[grade] ?? grade}` : ""}`,
    scoreIncomplete: (earned) =>
      earned ? `Score incomplete: ${earned} points so far` : "Score incomplete",
    missing: (n, k) =>
      `${plural(n, "figure", "figures")} missing` +
      (k ? `, so ${plural(k, "indicator is", "indicators are")} not scored` : ""),
    profile: "Scoring profile: ",
    chip: (k, n) => `${kindEn(k)} ${n}`,
    shown: (n, of) => `Showing ${n} of ${of}`,
    running: (c) =>
      ({
        validate: "Validating…",
        report: "Generating the report…",
        clearMarks: "Clearing marks…",
        insertTemplate: "Inserting the template…",
        refresh: "Reading the workbook…",
      })[c],
    reportDone: (errors) =>
      errors
        ? `The report was generated (draft: ${plural(errors, "error remains", "errors remain")}).`
        : "The report was generated.",
  },
};

/**
 * The locale for an Office display language such as "zh-CN", "zh-TW" or "en-US": Chinese (or
 * unknown) gives zh-CN, any other language en-US.
 */
export function pickLocale(displayLanguage: string | null | undefined): Locale {
  const language = (displayLanguage ?? "").trim().toLowerCase();
  if (language === "" || language === "zh" || language.startsWith("zh-")) return "zh-CN";
  return "en-US";
}

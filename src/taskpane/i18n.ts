/**
 * Task pane strings. zh-CN is the product's language; en-US is chosen when Office's display
 * language is not Chinese. Every locale has exactly the keys of zh-CN (checked by the type).
 */

export type Locale = "zh-CN" | "en-US";

const zhCN = {
  title: "绩效自评助手",
  tagline:
    "检查部门整体支出绩效自评工作簿中的数据是否完整、一致、计算正确，并生成自评报告、自评表和汇总表。",
  validate: "校验",
  report: "生成报告",
  comingSoon: "校验和生成报告将在后续版本中提供。",
  statusLoading: "正在连接 Excel…",
  statusExcel: "已连接 Excel。",
  statusOtherHost: "此加载项用于 Excel，当前宿主不受支持。",
  statusNoExcel: "未检测到 Excel：请在 Excel 中打开此加载项。",
  statusNoOfficeJs: "未能加载 office.js：请检查网络或部署设置。",
  privacy: "本加载项不收集、不上传任何数据。",
};

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;

const enUS: Messages = {
  title: "Jixiao: Performance Self-Evaluation",
  tagline:
    "Checks a department's overall expenditure performance self-evaluation workbook for completeness, consistency and arithmetic, and generates the report, the scoring table and the summary.",
  validate: "Validate",
  report: "Generate report",
  comingSoon: "Validation and report generation come in the next versions.",
  statusLoading: "Connecting to Excel…",
  statusExcel: "Connected to Excel.",
  statusOtherHost: "This add-in is for Excel; the current host is not supported.",
  statusNoExcel: "Excel was not detected: open this add-in in Excel.",
  statusNoOfficeJs: "office.js could not be loaded: check the network or the deployment settings.",
  privacy: "This add-in collects no data and uploads nothing.",
};

export const messages: Record<Locale, Messages> = { "zh-CN": zhCN, "en-US": enUS };

/**
 * The locale for an Office display language such as "zh-CN", "zh-TW" or "en-US": Chinese (or
 * unknown) gives zh-CN, any other language en-US.
 */
export function pickLocale(displayLanguage: string | null | undefined): Locale {
  const language = (displayLanguage ?? "").trim().toLowerCase();
  if (language === "" || language === "zh" || language.startsWith("zh-")) return "zh-CN";
  return "en-US";
}

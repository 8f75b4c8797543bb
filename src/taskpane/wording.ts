/**
 * The engine's words as a clerk reads them in the pane. Findings and refusals are worded by the
 * rules and the workbook layer for every surface (CLI, 校验结果 sheet, pane); a few of those
 * phrases are meant for someone at a terminal (`jixiao upgrade`, a defined name) or print a
 * difference with a bare minus sign. The pane rewords them here, on display only: the recorded
 * finding is never changed. Pure, so it is tested without a page.
 */
import type { Message } from "../commands/messages";
import type { Locale } from "./i18n";

type Rewrite = readonly [RegExp, string | ((...groups: string[]) => string)];

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;

/** Phrases for a developer or a terminal, and what the pane says instead. */
const DEVELOPER_ZH: readonly Rewrite[] = [
  [/缺少模板版本标记（[^）]*），按当前模板读取。/g, "未能识别本工作簿的模板版本，按当前模板读取。"],
  [/请运行 jixiao upgrade 或(?:在加载项中点击)?“插入模板”添加/g, "请点击“插入模板”添加"],
  [/，或用 jixiao validate --profile \S+ 重新写入。/g, "。"],
  [
    /（没有模板版本标记，也没有模板中的工作表）。请用“jixiao template”或加载项生成的模板填报。/g,
    "（没有模板中的工作表）。请在空白工作簿中点击“插入模板”，在插入的模板中填报。",
  ],
  [/（需要 ExcelApi [\d.]+，即 /g, "（需要 "],
  [
    /较旧的 Office 可使用模板文件和命令行工具。/g,
    "较旧的 Office 可使用随加载项提供的模板文件填报。",
  ],
];

const DEVELOPER_EN: readonly Rewrite[] = [
  [
    /The template version marker \([^)]*\) is missing; read as the current template\./g,
    "The workbook's template version was not recognised; it was read as the current template.",
  ],
  [/Run `jixiao upgrade` or 插入模板 to add/g, "Click Insert template to add"],
  [/, or write it again with jixiao validate --profile \S+\./g, "."],
  [
    /\(no version marker and none of its sheets\)\. Fill in the template made by `jixiao template` or the add-in\./g,
    "(none of its sheets). Click Insert template in a blank workbook and fill in that template.",
  ],
  [/\(it needs ExcelApi [\d.]+: /g, "(it needs "],
  [
    /Older Office can use the template files and the command-line tool\./g,
    "Older Office can fill in the template files that come with the add-in.",
  ],
];

/**
 * A difference the rules print as "first − second" ("相差 -8.00 万元"): said as more or less
 * than the first figure, with no bare minus sign ("少 8.00 万元").
 */
const DIFFERENCE_ZH: Rewrite = [
  new RegExp(String.raw`相差 ([-−]?)(${NUMBER})`, "g"),
  (_all, minus, n) => `${minus ? "少" : "多"} ${n}`,
];
const DIFFERENCE_EN: Rewrite = [
  new RegExp(String.raw`difference ([-−]?)(${NUMBER})`, "g"),
  (_all, minus, n) => `${minus ? "less by" : "more by"} ${n}`,
];

/** Units after a figure in an English message, which the rules leave in Chinese. */
const UNITS_EN: readonly Rewrite[] = [
  [new RegExp(String.raw`(${NUMBER}) ?万元`, "g"), "$1 (10,000 yuan)"],
  [new RegExp(String.raw`(${NUMBER}) ?元`, "g"), "$1 yuan"],
  [new RegExp(String.raw`(${NUMBER}) ?人次`, "g"), "$1 person-times"],
  [new RegExp(String.raw`(${NUMBER}) ?人`, "g"), "$1 persons"],
];

const apply = (text: string, rewrites: readonly Rewrite[]): string =>
  rewrites.reduce(
    (t, [pattern, to]) =>
      typeof to === "string" ? t.replace(pattern, to) : t.replace(pattern, to as never),
    text
  );

/** Chinese text from the engine, in the pane's words. */
export const plainZh = (text: string): string => apply(text, [...DEVELOPER_ZH, DIFFERENCE_ZH]);

/** English text from the engine, in the pane's words, its units in English. */
export const plainEn = (text: string): string =>
  apply(text, [...DEVELOPER_EN, DIFFERENCE_EN, ...UNITS_EN]);

export const plainMessage = (m: Message): Message => ({ zh: plainZh(m.zh), en: plainEn(m.en) });

/**
 * Words a clerk should never meet in the pane (issue 27): the CLI and its commands (lower-case
 * `jixiao`; "Jixiao" is the add-in's English name), a standard's code, the version marker.
 */
export const DEVELOPER_WORDS: readonly RegExp[] = [
  /jixiao/,
  /命令行/,
  /command[- ]line/i,
  /GB\/T/,
  /模板版本标记/,
  /version marker/i,
];

// ---- a finding's figures ----

/** The units a figure carries in the rules' Chinese messages, longest first. */
const UNITS = ["万元", "人次", "元", "人", "个", "项", "家", "户", "次", "天", "件", "名", "所"];
const UNIT_EN: Record<string, string> = {
  万元: "(10,000 yuan)",
  元: "yuan",
  人次: "person-times",
  人: "persons",
};
const LIMIT = /^([<>≤≥≠=＜＞≦≧])\s*(.*)$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The unit that follows `figure` in `message` ("421.30" in "…财政拨款 421.30 万元…" → 万元), or
 * none where the message does not give it (never guessed).
 */
export function unitIn(message: string, figure: string): string | undefined {
  if (!/^[-−]?\d[\d,]*(?:\.\d+)?$/.test(figure)) return undefined;
  const m = new RegExp(String.raw`(?<![\d.])${escape(figure)}\s*(${UNITS.join("|")})`).exec(
    message
  );
  return m?.[1];
}

export interface FigureText {
  label: string;
  value: string;
}

/** The recorded finding's figures and the message they come with (Chinese). */
export interface FigureSource {
  ruleId: string;
  message: string;
  expected?: string;
  actual?: string;
}

const LABELS: Record<Locale, { expected: string; limit: string; actual: string }> = {
  "zh-CN": { expected: "应为", limit: "应", actual: "实为" },
  "en-US": { expected: "Expected", limit: "Should be", actual: "Found" },
};

function withUnit(value: string, message: string, locale: Locale): string {
  const unit = unitIn(message, value);
  if (!unit) return value;
  if (locale === "zh-CN") return `${value} ${unit}`;
  return UNIT_EN[unit] ? `${value} ${UNIT_EN[unit]}` : value;
}

/**
 * Expected and found as the pane shows them: each with its unit from the message ("应为 234.98
 * 万元"), a limit as a limit ("应 < 130%"), and grade-supported's count said as what it counts.
 */
export function figuresOf(
  f: FigureSource,
  locale: Locale
): { expected?: FigureText; actual?: FigureText } {
  const labels = LABELS[locale];
  const out: { expected?: FigureText; actual?: FigureText } = {};
  if (f.expected !== undefined) {
    const limit = LIMIT.exec(f.expected.trim());
    out.expected = limit
      ? { label: labels.limit, value: `${limit[1]} ${withUnit(limit[2], f.message, locale)}` }
      : { label: labels.expected, value: withUnit(f.expected, f.message, locale) };
    if (f.ruleId === "grade-supported" && locale === "en-US" && f.expected === "完整评分")
      out.expected.value = "a complete score";
  }
  if (f.actual !== undefined) {
    const missing = f.ruleId === "grade-supported" ? /^缺少 (\d+) 项$/.exec(f.actual) : null;
    const value = missing
      ? locale === "zh-CN"
        ? `${missing[1]} 项指标缺少数据`
        : `${missing[1]} indicators lack data`
      : withUnit(f.actual, f.message, locale);
    out.actual = { label: labels.actual, value };
  }
  return out;
}

/**
 * What the pane shows, as plain data: the verdict line, the findings grouped by severity and
 * sheet, and the filter. No DOM here, so it is tested without a browser.
 */
import { SHEETS } from "../layout";
import type { Severity } from "../model/finding";
import type { LastResults, RecordedFinding } from "../workbook/last-results";
import { formats, type Locale } from "./i18n";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type Counts = Record<Severity, number>;

/** Findings by severity; explained ones are counted apart (`explainedCount`), not here. */
export function countBySeverity(findings: readonly RecordedFinding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!f.explanation) counts[f.severity] += 1;
  return counts;
}

export const explainedCount = (findings: readonly RecordedFinding[]): number =>
  findings.filter((f) => f.explanation).length;

/** The message in the pane's language; a finding recorded without English falls back to Chinese. */
export const messageOf = (f: RecordedFinding, locale: Locale): string =>
  locale === "en-US" && f.messageEn ? f.messageEn : f.message;

/** "支出汇总!K6", the sheet alone, or "" for the whole workbook. */
export const placeOf = (f: RecordedFinding): string =>
  f.sheet && f.cell ? `${f.sheet}!${f.cell}` : (f.sheet ?? "");

export interface Verdict {
  /** The worst severity present, or ok. */
  tone: Severity | "ok";
  /** "2 个错误、5 个警告", or that nothing was found. */
  line: string;
  /** Score and grade, or that it is incomplete; absent when the 评分 cells are empty. */
  score?: string;
  /** What keeps the score incomplete, in the 评分 sheet's (Chinese) words. */
  missing?: string[];
  /** The rest of the 评分 sheet's status, e.g. the execution-rate cap (Chinese). */
  scoreNote?: string;
  /** "评分方案：…", the profile the workbook carries, beside a score. */
  profile?: string;
}

const INCOMPLETE = /^评分不完整：已计 ([\d.]+) 分，缺少 ([\s\S]*?)。([\s\S]*)$/;
const COMPLETE = /^评分完整，按“[^”]*”计分。([\s\S]*)$/;

export function verdictOf(last: LastResults, locale: Locale, noProblems: string): Verdict {
  const f = formats[locale];
  const counts = countBySeverity(last.findings);
  const tone = SEVERITIES.find((s) => counts[s] > 0) ?? "ok";
  const explained = explainedCount(last.findings);
  const line = tone === "ok" ? noProblems : f.counts(counts);
  const verdict: Verdict = {
    tone,
    line: explained ? `${line}（${f.explainedCount(explained)}）` : line,
  };
  const { total, grade, status } = last.score;
  const note = (text: string | undefined) => {
    if (text && text.trim()) verdict.scoreNote = text.trim();
  };
  if (total !== undefined) {
    verdict.score = f.score(total, grade);
    const complete = status ? COMPLETE.exec(status) : null;
    note(complete ? complete[1] : status);
  } else if (status) {
    // The 评分 sheet's status (written by validate, see scoreCells) names what is missing.
    const incomplete = INCOMPLETE.exec(status);
    if (incomplete) {
      verdict.score = f.scoreIncomplete(incomplete[1]);
      verdict.missing = incomplete[2].split("；").filter((m) => m.trim() !== "");
      note(incomplete[3]);
    } else {
      verdict.score = f.scoreIncomplete();
      note(status);
    }
  }
  if (verdict.score !== undefined && last.score.profile)
    verdict.profile = f.profile(last.score.profile);
  return verdict;
}

export interface Filter {
  severities: ReadonlySet<Severity>;
  /** Matched in the message (both languages), the place, expected, found and rule id. */
  text: string;
  /** "" for every sheet. */
  sheet: string;
}

export const NO_FILTER: Filter = { severities: new Set(SEVERITIES), text: "", sheet: "" };

const fold = (s: string) => s.normalize("NFKC").toLowerCase();

export function matches(f: RecordedFinding, filter: Filter): boolean {
  if (!filter.severities.has(f.severity)) return false;
  if (filter.sheet !== "" && (f.sheet ?? "") !== filter.sheet) return false;
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(
    [
      f.message,
      f.messageEn,
      placeOf(f),
      f.expected ?? "",
      f.actual ?? "",
      f.ruleId,
      f.explanation ?? "",
    ].join("\n")
  );
  return words.every((w) => haystack.includes(w));
}

/** Sheets in the template's order, then any others by name; "" (whole workbook) last. */
export function sheetsOf(findings: readonly RecordedFinding[]): string[] {
  const rank = (s: string) => {
    if (s === "") return SHEETS.length + 1;
    const i = SHEETS.findIndex((d) => d.name === s);
    return i < 0 ? SHEETS.length : i;
  };
  return [...new Set(findings.map((f) => f.sheet ?? ""))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b, "zh-CN")
  );
}

export interface SheetGroup {
  sheet: string;
  findings: RecordedFinding[];
}

export interface SeverityGroup {
  severity: Severity;
  sheets: SheetGroup[];
  count: number;
}

/** The findings that pass the filter, by severity, then sheet; within a sheet, as recorded. */
export function groupFindings(
  findings: readonly RecordedFinding[],
  filter: Filter = NO_FILTER
): SeverityGroup[] {
  const shown = findings.filter((f) => matches(f, filter));
  const order = sheetsOf(shown);
  return SEVERITIES.map((severity) => {
    const of = shown.filter((f) => f.severity === severity);
    const sheets = order
      .map((sheet) => ({ sheet, findings: of.filter((f) => (f.sheet ?? "") === sheet) }))
      .filter((g) => g.findings.length > 0);
    return { severity, sheets, count: of.length };
  }).filter((g) => g.count > 0);
}

/** Two readings show the same thing (the pane keeps its list, focus and scroll when so). */
export function sameResults(a: LastResults | undefined, b: LastResults): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What the pane shows, as plain data: the verdict line, the findings grouped by severity and
 * sheet, and the filter. No DOM here, so it is tested without a browser.
 */
import { SHEETS } from "../layout";
import type { Severity } from "../model/finding";
import type { LastResults, RecordedFinding } from "../workbook/last-results";
import { formats, type Kind, type Locale } from "./i18n";
import { plainEn, plainZh } from "./wording";

export type { Kind } from "./i18n";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
/** The list's groups and filter buttons, in order: explained findings apart, last. */
export const KINDS: readonly Kind[] = [...SEVERITIES, "explained"];

export type Counts = Record<Severity, number>;

/** An explained warning or info counts as explained, never also under its severity. */
export const kindOf = (f: RecordedFinding): Kind => (f.explanation ? "explained" : f.severity);

/** Findings by kind: the one count the verdict, the filter buttons and the headings all show. */
export function countByKind(findings: readonly RecordedFinding[]): Record<Kind, number> {
  const counts: Record<Kind, number> = { error: 0, warning: 0, info: 0, explained: 0 };
  for (const f of findings) counts[kindOf(f)] += 1;
  return counts;
}

/** Findings by severity; explained ones are counted apart (`explainedCount`), not here. */
export function countBySeverity(findings: readonly RecordedFinding[]): Counts {
  const { error, warning, info } = countByKind(findings);
  return { error, warning, info };
}

export const explainedCount = (findings: readonly RecordedFinding[]): number =>
  countByKind(findings).explained;

/**
 * The message in the pane's language and words (./wording); a finding recorded without English
 * falls back to Chinese.
 */
export const messageOf = (f: RecordedFinding, locale: Locale): string =>
  locale === "en-US" && f.messageEn ? plainEn(f.messageEn) : plainZh(f.message);

/** Which finding a row shows, stable across readings of the same results. */
export const keyOf = (f: RecordedFinding): string =>
  JSON.stringify([f.ruleId, f.sheet ?? "", f.cell ?? "", f.fingerprint ?? f.message]);

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
  /** "缺少 15 项数据，12 项指标因此未计分": what `missing` counts, said so. */
  missingLine?: string;
  /** The rest of the 评分 sheet's status, e.g. the execution-rate cap (Chinese). */
  scoreNote?: string;
  /** The profile the workbook carries, beside a score: its label, and its name (Chinese data). */
  profile?: { label: string; name: string };
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
      verdict.missingLine = f.missing(verdict.missing.length, indicatorsIn(verdict.missing));
      note(incomplete[3]);
    } else {
      verdict.score = f.scoreIncomplete();
      note(status);
    }
  }
  if (verdict.score !== undefined && last.score.profile)
    verdict.profile = { label: f.profile, name: last.score.profile };
  return verdict;
}

/**
 * The indicators the missing figures belong to: each is "指标：数据" (scoring/score.ts); none
 * when an item does not say, so the pane never claims a count it cannot see.
 */
function indicatorsIn(missing: readonly string[]): number | undefined {
  const names = missing.map((m) => /^([^：]+)：/.exec(m)?.[1]);
  if (names.some((n) => n === undefined)) return undefined;
  return new Set(names).size;
}

export interface Filter {
  kinds: ReadonlySet<Kind>;
  /** Matched in the message (both languages), the place, expected, found and rule id. */
  text: string;
  /** "" for every sheet. */
  sheet: string;
}

export const NO_FILTER: Filter = { kinds: new Set(KINDS), text: "", sheet: "" };

const fold = (s: string) => s.normalize("NFKC").toLowerCase();

export function matches(f: RecordedFinding, filter: Filter): boolean {
  if (!filter.kinds.has(kindOf(f))) return false;
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

export interface FindingGroup {
  kind: Kind;
  sheets: SheetGroup[];
  count: number;
}

/** The findings that pass the filter, by kind, then sheet; within a sheet, as recorded. */
export function groupFindings(
  findings: readonly RecordedFinding[],
  filter: Filter = NO_FILTER
): FindingGroup[] {
  const shown = findings.filter((f) => matches(f, filter));
  const order = sheetsOf(shown);
  return KINDS.map((kind) => {
    const of = shown.filter((f) => kindOf(f) === kind);
    const sheets = order
      .map((sheet) => ({ sheet, findings: of.filter((f) => (f.sheet ?? "") === sheet) }))
      .filter((g) => g.findings.length > 0);
    return { kind, sheets, count: of.length };
  }).filter((g) => g.count > 0);
}

const column = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** One area of an A1 address ("B5", "$A$1:C3", "A:C", "3:5"), as inclusive row/column bounds. */
function area(text: string): { r0: number; r1: number; c0: number; c1: number } | undefined {
  const part = (p: string) => /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(p);
  const [a, b = a] = text.split(":");
  const from = part(a);
  const to = part(b);
  if (!from || !to || (!from[1] && !from[2]) || (!to[1] && !to[2])) return undefined;
  const max = Number.MAX_SAFE_INTEGER;
  return {
    c0: from[1] ? column(from[1]) : 1,
    c1: to[1] ? column(to[1]) : max,
    r0: from[2] ? Number(from[2]) : 1,
    r1: to[2] ? Number(to[2]) : max,
  };
}

/**
 * Whether `cell` ("K6") lies in `address`, an address as Excel's change event gives it: one or
 * more areas, with or without the sheet's name and dollar signs.
 */
export function cellIn(cell: string, address: string): boolean {
  const at = area(cell);
  if (!at) return false;
  return address
    .split(",")
    .map((a) => area(a.trim().replace(/^.*!/, "")))
    .some(
      (r) => r !== undefined && r.r0 <= at.r0 && at.r0 <= r.r1 && r.c0 <= at.c0 && at.c0 <= r.c1
    );
}

/** Two readings show the same thing (the pane keeps its list, focus and scroll when so). */
export function sameResults(a: LastResults | undefined, b: LastResults): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

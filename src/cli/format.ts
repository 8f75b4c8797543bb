import { SEVERITY_LABEL, fingerprint, type Finding, type Severity } from "../model/finding";
import { sortFindings } from "../layout/results";
import type { ScoreResult } from "../rules/scoring/score";

/** Findings by severity; explained ones (说明 on 校验结果) count apart, as the sheet counts them. */
export function counts(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!f.explanation) c[f.severity]++;
  return c;
}

/** Explained findings by severity (errors cannot be explained, so never counted here). */
export function explainedCounts(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.explanation) c[f.severity]++;
  return c;
}

/** The counts line, as the 校验结果 sheet's summary states them: explained findings apart. */
export function summaryLine(findings: Finding[]): string {
  const c = counts(findings);
  const explained = findings.filter((f) => f.explanation).length;
  const en = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;
  const apart = explained
    ? { zh: `，已说明 ${explained} 个`, en: `, ${explained} explained` }
    : undefined;
  return `错误 ${c.error} 个，警告 ${c.warning} 个，提示 ${c.info} 个${apart?.zh ?? ""}（${en(c.error, "error")}, ${en(c.warning, "warning")}, ${c.info} info${apart?.en ?? ""}）`;
}

/** Findings grouped by sheet, in Chinese, for a terminal. */
export function humanReport(file: string, findings: Finding[]): string {
  const lines = [`${file}：${summaryLine(findings)}`];
  const bySheet = new Map<string, Finding[]>();
  for (const f of sortFindings(findings, "sheet")) {
    const k = f.sheet ?? "（工作簿）";
    bySheet.set(k, [...(bySheet.get(k) ?? []), f]);
  }
  for (const [sheet, list] of bySheet) {
    lines.push("", `【${sheet}】`);
    for (const f of list) {
      const where = f.cell ? `${f.cell} ` : "";
      const explained = f.explanation ? `（已说明：${f.explanation}）` : "";
      lines.push(`  ${SEVERITY_LABEL[f.severity]} ${where}${f.message}${explained}  [${f.ruleId}]`);
    }
  }
  return lines.join("\n");
}

/**
 * The JSON form of PRODUCT.md §7, carrying what the 校验结果 sheet carries (issue 25 item 10):
 * the preparer's explanation and the fingerprint it is matched by, beside every cell involved.
 */
export function jsonFindings(file: string, findings: Finding[]): object[] {
  return findings.map((f) => ({
    file,
    ruleId: f.ruleId,
    severity: f.severity,
    sheet: f.sheet ?? null,
    cell: f.cell ?? null,
    cells: f.cells.map((c) => (c.cell ? `${c.sheet}!${c.cell}` : c.sheet)),
    message: f.message,
    messageEn: f.messageEn,
    expected: f.expected ?? null,
    actual: f.actual ?? null,
    explanation: f.explanation ?? null,
    fingerprint: fingerprint(f),
  }));
}

/** The summary the 校验结果 sheet and the pane show: counts apart from explained, score, grade. */
export interface JsonSummary {
  /** Unexplained findings by severity. */
  counts: Record<Severity, number>;
  /** Explained findings by severity, and their total. */
  explained: Record<Severity, number> & { total: number };
  score: {
    /** The total when complete, else what could be scored so far. */
    value: string;
    complete: boolean;
    grade: string | null;
    /** What the score still lacks (scoring indicators without data). */
    missing: string[];
  } | null;
}

export function jsonSummary(findings: Finding[], score?: ScoreResult): JsonSummary {
  const explained = explainedCounts(findings);
  return {
    counts: counts(findings),
    explained: { ...explained, total: explained.warning + explained.info },
    score: score
      ? {
          value: (score.total ?? score.earned).toFixed(),
          complete: score.complete,
          grade: score.grade ?? null,
          missing: score.missing,
        }
      : null,
  };
}

/** `validate --json --summary`: the file, its summary and its findings in one object. */
export function jsonValidate(file: string, findings: Finding[], score?: ScoreResult): object {
  return { file, summary: jsonSummary(findings, score), findings: jsonFindings(file, findings) };
}

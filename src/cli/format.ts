import { SEVERITY_LABEL, type Finding, type Severity } from "../model/finding";
import { sortFindings } from "../layout/results";

export function counts(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function summaryLine(findings: Finding[]): string {
  const c = counts(findings);
  const en = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;
  return `错误 ${c.error} 个，警告 ${c.warning} 个，提示 ${c.info} 个（${en(c.error, "error")}, ${en(c.warning, "warning")}, ${c.info} info）`;
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
      lines.push(`  ${SEVERITY_LABEL[f.severity]} ${where}${f.message}  [${f.ruleId}]`);
    }
  }
  return lines.join("\n");
}

/** The JSON form of PRODUCT.md §7. */
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
  }));
}

/**
 * Explained findings (PRODUCT.md §5): a preparer's 说明 beside a warning or info finding on
 * 校验结果 is matched to the finding by its fingerprint on the next run. When the figures change
 * the fingerprint does too; the explanation then stays visible under 已失效说明, never deleted.
 */
import { explainable, fingerprint, type Explanation, type Finding } from "../model/finding";
import {
  RESULTS_SHEET,
  explanationsOnSheet,
  whereOf,
  type StaleExplanation,
} from "../layout/results";
import type { ReadResult } from "./port";
import type { WriteRecord } from "./marks";

/**
 * The explanations the workbook holds: the 校验结果 sheet validate wrote, as the user may have
 * edited it, or else (after 清除标记 removed that sheet) the record's copy.
 */
export function knownExplanations(read: ReadResult, previous: WriteRecord): Explanation[] {
  const values = read.sheetValues?.[RESULTS_SHEET];
  if (values && previous.sheets.includes(RESULTS_SHEET)) return explanationsOnSheet(values);
  return previous.explanations;
}

export interface Explained {
  /** The findings, warnings and info carrying their explanation where one matches. */
  findings: Finding[];
  /** Explanations that match no explainable finding. */
  stale: StaleExplanation[];
  /** Everything to keep in the record: the matched explanations, then the stale ones. */
  kept: Explanation[];
}

const explanationOf = (f: Finding, text: string): Explanation => ({
  fingerprint: fingerprint(f),
  ruleId: f.ruleId,
  where: whereOf(f),
  message: f.message,
  text,
});

export function applyExplanations(findings: Finding[], known: Explanation[]): Explained {
  // Nothing to match: no finding needs its fingerprint here.
  if (!known.length) return { findings, stale: [], kept: [] };
  const byPrint = new Map<string, Explanation>();
  for (const e of known) if (!byPrint.has(e.fingerprint)) byPrint.set(e.fingerprint, e);
  const used = new Set<string>();
  const matched: Explanation[] = [];
  const stale: StaleExplanation[] = [];
  const out = findings.map((f) => {
    const print = fingerprint(f);
    const e = byPrint.get(print);
    if (!e || used.has(print)) return f;
    used.add(print);
    if (!explainable(f)) {
      stale.push({ ...e, notExplainable: true });
      return f;
    }
    matched.push(explanationOf(f, e.text));
    return { ...f, explanation: e.text };
  });
  const seen = new Set<string>();
  for (const e of known) {
    const key = `${e.fingerprint}\u0001${e.text}`;
    if (seen.has(key) || (used.has(e.fingerprint) && byPrint.get(e.fingerprint) === e)) continue;
    seen.add(key);
    stale.push(e);
  }
  return { findings: out, stale, kept: [...matched, ...stale] };
}

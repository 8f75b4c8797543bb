import type { Evaluation } from "../../model/evaluation";
import type { ScoringProfile } from "../../model/scoring-profile";
import type { CellRef } from "../../model/finding";
import type { Report, RuleMeta } from "./meta";

/** What a check sees: the model, where each figure sits, and a way to report. */
export interface RuleContext {
  model: Evaluation;
  /** The scoring profile in force: thresholds and switches some rules read. */
  profile: ScoringProfile;
  /** The cell of a model path, e.g. "profile.staffing.total" or "expenditure.items.3.actual". */
  at(path: string): CellRef;
  report(r: Report): void;
}

/**
 * One rule, one file (src/rules/<id>.ts), the ESLint way: metadata beside a pure check that
 * reports data (message id, placeholder data, cells, expected, actual) and never formats text.
 */
export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

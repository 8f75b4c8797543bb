/**
 * The domain's verdict on one model, in one call: every rule's findings, the score and the
 * score's cells, all from the model's derived figures computed once (core/figures.ts).
 */
import type { CellValue } from "../model/sheet";
import type { Finding } from "../model/finding";
import type { ScoringProfile } from "../model/scoring-profile";
import type { Evaluation } from "../model/evaluation";
import type { Locations } from "../layout/locations";
import { runRules } from "./core/engine";
import { score, type ScoreResult } from "./scoring/score";
import { scoreCells } from "./scoring/cells";
import { RULES } from "./index";

export interface Verdict {
  findings: Finding[];
  score: ScoreResult;
  /** The 评分 sheet's computed cells by name. */
  scoreCells: Map<string, CellValue>;
}

export function judge(model: Evaluation, where: Locations, profile: ScoringProfile): Verdict {
  const scored = score(model, profile);
  return {
    findings: runRules(model, RULES, where, profile),
    score: scored,
    scoreCells: scoreCells(scored, profile),
  };
}

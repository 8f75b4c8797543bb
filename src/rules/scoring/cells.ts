import type { CellValue } from "../../model/sheet";
import { SCORE_NAMES } from "../../layout/template";
import type { ScoringProfile } from "../../model/scoring-profile";
import { show } from "../core/relations";
import type { ScoreResult } from "./score";

const num = (d: { toDecimalPlaces(n: number): { toNumber(): number } } | undefined): CellValue =>
  d === undefined ? null : d.toDecimalPlaces(4).toNumber();

/** The 评分 sheet's result cells for a score, by defined name. */
export function scoreCells(result: ScoreResult, profile: ScoringProfile): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const i of result.indicators) {
    out.set(SCORE_NAMES.points(i.id), i.points.toNumber());
    out.set(SCORE_NAMES.rate(i.id), num(i.rate));
    out.set(
      SCORE_NAMES.earned(i.id),
      i.earned === undefined ? null : i.earned.toDecimalPlaces(2).toNumber()
    );
    out.set(SCORE_NAMES.note(i.id), i.note);
  }
  for (const l of result.levels) {
    out.set(SCORE_NAMES.levelPoints(l.level1), l.points.toNumber());
    out.set(SCORE_NAMES.level(l.level1), l.earned.toDecimalPlaces(2).toNumber());
  }
  const parts: string[] = [];
  if (result.complete) parts.push(`评分完整，按“${profile.name}”计分。`);
  else
    parts.push(`评分不完整：已计 ${show(result.earned)} 分，缺少 ${result.missing.join("；")}。`);
  if (result.cap)
    parts.push(
      `预算执行率 ${show(result.cap.rate.times(100), 2)}%，总分以 ${result.cap.cap} 分封顶。`
    );
  out.set(
    SCORE_NAMES.total,
    result.total === undefined ? null : result.total.toDecimalPlaces(2).toNumber()
  );
  out.set(SCORE_NAMES.status, parts.join(""));
  out.set(SCORE_NAMES.grade, result.grade ?? null);
  return out;
}

import { DECIMAL_PATTERN as PLAIN } from "../model/decimal";
import type { Indicator } from "../model/evaluation";
import type { IndicatorFigures } from "../rules/core/figures";
import { clause } from "./text";
import { percentage, type NumberStyle } from "./numbers";
import { plainDecimal } from "./scaled";

/**
 * How §四 speaks of a 绩效指标: a count against its task ("目标3746人，实际完成3821人，完成
 * 目标的102%"), a rate against its bound ("控制在4.5%以内，实际为4.3%"), a qualitative
 * indicator by what was achieved. The direction's words (以内, 不低于) are kept.
 */
const figure = (v: string) => (PLAIN.test(v) ? plainDecimal(v) : v);

function quantitative(ind: Indicator, d: IndicatorFigures, n: NumberStyle): string | undefined {
  if (ind.target === undefined || ind.actual === undefined) return undefined;
  const name = ind.level3 ?? "";
  const unit = ind.unit ?? "";
  const t = `${figure(ind.target)}${unit}`;
  const a = `${figure(ind.actual)}${unit}`;
  const { met, rate } = d;
  const isRate = unit === "%" || unit === "％";
  if (ind.direction === "≤") {
    const bound = `${name}目标控制在${t}以内，实际为${a}`;
    return met === false ? `${bound}，超出目标` : `${bound}，控制在目标以内`;
  }
  if (ind.direction === "=")
    return `${name}目标${t}，实际${a}${met === false ? "，未达到目标" : "，达到目标"}`;
  if (isRate) return `${name}目标不低于${t}，实际达到${a}${met === false ? "，未达到目标" : ""}`;
  const share = rate.kind === "rate" ? `，完成目标的${percentage(rate.value, n)}` : "";
  return `${name}目标${t}，实际完成${a}${share}${met === false ? "，未完成目标" : ""}`;
}

/**
 * One indicator as a clause (no closing punctuation), with the preparer's reason for a shortfall;
 * `d` is the row's derived figures (figuresOf(model).indicators).
 */
export function indicatorClause(
  ind: Indicator,
  d: IndicatorFigures,
  n: NumberStyle
): string | undefined {
  if (ind.direction === "定性") {
    const actual = clause(ind.actual);
    return actual ? `${ind.level3 ?? ""}：${actual}` : undefined;
  }
  const text = quantitative(ind, d, n);
  if (!text) return undefined;
  const reason = clause(ind.deviationReason);
  return d.met === false && reason ? `${text}，主要原因是${reason}` : text;
}

/** The figures of a text as normalised decimals: "3,746" is not split, "15.70" reads 15.7. */
export function figuresIn(text: string): Set<string> {
  return new Set((text.match(/\d+(?:\.\d+)?/g) ?? []).map(plainDecimal));
}

/**
 * Whether the narrative already tells this indicator: both its target and actual figures (or
 * its qualitative result) appear in it. Told indicators are not repeated in §四.
 */
export function toldIn(ind: Indicator, narrative: string, figures: Set<string>): boolean {
  if (ind.direction === "定性") return Boolean(ind.actual && narrative.includes(ind.actual.trim()));
  if (ind.target === undefined || ind.actual === undefined) return true;
  return [ind.target, ind.actual].every((v) => !PLAIN.test(v) || figures.has(plainDecimal(v)));
}

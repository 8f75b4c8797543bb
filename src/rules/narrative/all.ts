import type { Evaluation } from "../../model/evaluation";
import { checkGrowth, checkRatio, checkSumRelation } from "./checks";
import type { Figure } from "./figures";
import { growths, partsOfWhole, shares, sumsAfterParts, taskRates } from "./relations";
import { agrees, restatements } from "./restated";

export type RelationKind = "parts" | "sumAfter" | "rate" | "share" | "growth" | "restated";

/** A relation found in a passage and whether its figures agree; the rules report the failing ones. */
export interface CheckedRelation {
  kind: RelationKind;
  quote: string;
  /** Every figure of the passage the relation involves. */
  figures: Figure[];
  holds: boolean;
  /** "48 ≠ 24 + 25 = 49" where it does not hold. */
  arithmetic: string;
}

/**
 * Every relation the checker finds in one passage, checked. `model` is needed only for the
 * figures the template holds (restated totals); without it they are not looked for.
 */
export function checkPassage(text: string, model?: Evaluation): CheckedRelation[] {
  const out: CheckedRelation[] = [];
  for (const rel of [...partsOfWhole(text), ...sumsAfterParts(text)]) {
    const o = checkSumRelation(rel);
    out.push({
      kind: rel.kind,
      quote: rel.quote,
      figures: [rel.whole, ...rel.parts],
      holds: o.holds,
      arithmetic: o.arithmetic,
    });
  }
  for (const rel of taskRates(text)) {
    const o = checkRatio(rel.done, rel.task, rel.rate);
    if (o)
      out.push({
        kind: "rate",
        quote: rel.quote,
        figures: [rel.task, rel.done, rel.rate],
        holds: o.holds,
        arithmetic: o.arithmetic,
      });
  }
  for (const rel of shares(text)) {
    const o = checkRatio(rel.part, rel.whole, rel.rate);
    if (o)
      out.push({
        kind: "share",
        quote: rel.quote,
        figures: [rel.whole, rel.part, rel.rate],
        holds: o.holds,
        arithmetic: o.arithmetic,
      });
  }
  for (const rel of growths(text)) {
    const o = checkGrowth(rel);
    const amounts = [rel.current, rel.change ?? rel.previous].filter((f): f is Figure => !!f);
    if (o)
      out.push({
        kind: "growth",
        quote: rel.quote,
        figures: [...amounts, rel.rate],
        holds: o.holds,
        arithmetic: o.arithmetic,
      });
  }
  if (model)
    for (const r of restatements(text, model))
      out.push({
        kind: "restated",
        quote: r.quote,
        figures: [r.figure],
        holds: agrees(r),
        arithmetic: `${r.figure.written} ≠ ${r.held.toFixed()}万元`,
      });
  return out;
}

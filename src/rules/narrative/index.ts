import type { RuleContext } from "../core/rule";
import { narrativePassages, type Passage } from "./texts";
import type { RatioOutcome, SumOutcome } from "./checks";

export { extractFigures, type Figure, type Qualifier } from "./figures";
export { sentences, type Sentence, type Clause } from "./structure";
export {
  partsOfWhole,
  sumsAfterParts,
  taskRates,
  shares,
  growths,
  type SumRelation,
  type RateRelation,
  type ShareRelation,
  type GrowthRelation,
} from "./relations";
export { checkSumRelation, checkRatio, checkGrowth } from "./checks";
export { narrativePassages, type Passage } from "./texts";

/** Runs `each` over every passage of prose with the cell its findings are marked at. */
export function eachPassage(
  ctx: RuleContext,
  each: (passage: Passage, cell: ReturnType<RuleContext["at"]>) => void
): void {
  for (const p of narrativePassages(ctx.model)) each(p, ctx.at(p.path));
}
export { checkPassage, type CheckedRelation, type RelationKind } from "./all";
export { restatements, agrees, type Restatement } from "./restated";

/**
 * The relation rules' one way of reporting: every relation `find` sees in a passage that its
 * `check` finds broken is a "mismatch" at the passage's cell, quoting it with the arithmetic.
 */
export function reportMismatches<R extends { quote: string }>(
  ctx: RuleContext,
  find: (text: string) => R[],
  check: (rel: R) => SumOutcome | RatioOutcome | undefined,
  stated: (rel: R) => string
): void {
  eachPassage(ctx, (passage, cell) => {
    for (const rel of find(passage.text)) {
      const outcome = check(rel);
      if (!outcome || outcome.holds) continue;
      ctx.report({
        messageId: "mismatch",
        data: {
          quote: rel.quote,
          arithmetic: outcome.arithmetic,
          ...("unit" in outcome ? { unit: outcome.unit } : {}),
        },
        cells: [cell],
        expected: outcome.computed,
        actual: stated(rel),
      });
    }
  });
}

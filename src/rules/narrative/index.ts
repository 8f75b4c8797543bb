import type { RuleContext } from "../core/rule";
import { narrativePassages, type Passage } from "./texts";

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

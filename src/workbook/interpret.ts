/**
 * What validate knows of a workbook, read from it once: the model and the reader's findings, the
 * record of the previous run, the preparer's explanations, the scoring profile in use and the
 * computed cells as they stand. Everything after this stage plans from these facts.
 */
import type { Explanation } from "../model/finding";
import type { ScoringProfile } from "../model/scoring-profile";
import type { Placements } from "../layout";
import { computedWrites, type ComputedWrites } from "./computed";
import { knownExplanations } from "./explanations";
import { EMPTY_RECORD, parseRecord, type WriteRecord } from "./marks";
import { profileInUse, type ProfileInUse } from "./profile";
import { readFrom, type ReadOutcome } from "./reader";
import type { ReadResult } from "./port";

export interface ValidateOptions {
  /** Replaces the workbook's 评分方案 (written into it) for this run and the next. */
  profile?: ScoringProfile;
  /** Notes need ExcelApi 1.18; without them the marks, results sheet and pane list remain. */
  notes?: boolean;
  /** Show the 校验结果 sheet at the end (the ribbon command's way to show what it found). */
  activate?: boolean;
}

export interface Interpreted {
  outcome: ReadOutcome;
  /** What the previous run wrote (empty when none). */
  previous: WriteRecord;
  /** The 说明 the preparer wrote beside earlier findings. */
  known: Explanation[];
  inUse: ProfileInUse;
  computed: ComputedWrites;
}

export function interpret(read: ReadResult, options: ValidateOptions, p: Placements): Interpreted {
  const outcome = readFrom(read, p);
  const previous = parseRecord(read) ?? EMPTY_RECORD;
  return {
    outcome,
    previous,
    known: knownExplanations(read, previous),
    inUse: profileInUse(read, options.profile),
    computed: computedWrites(read, outcome, p),
  };
}

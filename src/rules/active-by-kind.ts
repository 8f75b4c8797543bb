import { defineRule } from "./core/rule";
import { blankPaths, checkSum, figures } from "./core/helpers";
import {
  IMPLIED_BLANK_MESSAGE,
  IMPLIED_IMPOSSIBLE_MESSAGE,
  UNVERIFIABLE_MESSAGE,
} from "./core/blanks";

const KINDS = [
  "activeAdministrative",
  "activePoliticalLegal",
  "activeInstitutional",
  "activeWorker",
] as const;
const PATHS = KINDS.map((k) => `profile.people.${k}`);

/**
 * 在职 = 行政 + 政法 + 事业 + 工勤 (template 1.4), as reports state it: “在职人员10人，其中
 * 行政6人、事业4人”.
 */
export default defineRule({
  meta: {
    id: "active-by-kind",
    category: "arithmetic",
    severity: "error",
    description:
      "在职人员 equals its kinds 行政 + 政法 + 事业 + 工勤 where any kind is filled (the statement “在职人员10人，其中行政6人、事业4人”).",
    messages: {
      mismatch: {
        zh: "在职人员填报 {{stated}} 人，按行政、政法、事业、工勤相加为 {{computed}} 人（相差 {{difference}} 人）。",
        en: "Serving staff are stated as {{stated}}, but their kinds add up to {{computed}} (difference {{difference}} persons).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
      impliedBlank: IMPLIED_BLANK_MESSAGE,
      impliedImpossible: IMPLIED_IMPOSSIBLE_MESSAGE,
    },
    blanks:
      "Checked only where 在职人员 and at least one kind are filled. A blank kind may be any number ≥ 0: the sum fails only when the filled kinds already exceed 在职; one blank kind is pinned down by the rest (a warning names its implied value); a shortfall two or more blanks could fill is one info finding (type 0 for none).",
  },
  check(ctx) {
    const p = ctx.model.profile.people;
    if (p.active === undefined) return;
    const get = (path: string) => p[path.split(".").pop() as keyof typeof p];
    // checkSum is silent when no kind is filled: a unit that states 在职 alone is not asked for kinds.
    checkSum(ctx, {
      total: { path: "profile.people.active", value: p.active },
      exact: true,
      parts: figures(ctx, get, PATHS),
      blanks: blankPaths(get, PATHS),
      relation: { zh: "在职人员与各类在职人员之和", en: "serving staff against their kinds" },
    });
  },
});

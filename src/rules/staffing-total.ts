import { defineRule } from "./core/rule";
import { blankPaths, checkSum, figures } from "./core/helpers";
import {
  IMPLIED_BLANK_MESSAGE,
  IMPLIED_IMPOSSIBLE_MESSAGE,
  UNVERIFIABLE_MESSAGE,
} from "./core/blanks";

const KINDS = ["administrative", "politicalLegal", "institutional", "worker"] as const;

const BLANKS =
  "A blank kind may be any number ≥ 0: the total fails only when the filled kinds already exceed it; a shortfall only a blank could fill is one info finding at the blank (type 0 for none).";

/** 行政 + 政法 + 事业 + 工勤编制 = 编制数合计 (seed: 10 + 0 + 0 + 1 = 11). */
export default defineRule({
  meta: {
    id: "staffing-total",
    category: "arithmetic",
    severity: "error",
    description: "编制数合计 equals the sum of the posts by kind (行政、政法、事业、工勤).",
    messages: {
      mismatch: {
        zh: "编制数合计填报 {{stated}} 人，按行政、政法、事业、工勤编制相加为 {{computed}} 人（相差 {{difference}} 人）。",
        en: "Authorised posts total {{stated}}, but the posts by kind add up to {{computed}} (difference {{difference}} persons).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
      impliedBlank: IMPLIED_BLANK_MESSAGE,
      impliedImpossible: IMPLIED_IMPOSSIBLE_MESSAGE,
    },
    blanks: BLANKS,
  },
  check(ctx) {
    const s = ctx.model.profile.staffing;
    if (s.total === undefined) return;
    const get = (p: string) => s[p.split(".").pop() as keyof typeof s];
    checkSum(ctx, {
      total: { path: "profile.staffing.total", value: s.total },
      exact: true,
      parts: figures(
        ctx,
        get,
        KINDS.map((k) => `profile.staffing.${k}`)
      ),
      blanks: blankPaths(
        get,
        KINDS.map((k) => `profile.staffing.${k}`)
      ),
      relation: { zh: "编制数合计与各类编制之和", en: "the posts total against the posts by kind" },
    });
  },
});

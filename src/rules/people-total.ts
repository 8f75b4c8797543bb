import { defineRule } from "./core/rule";
import { blankPaths, checkSum, figures } from "./core/helpers";
import {
  IMPLIED_BLANK_MESSAGE,
  IMPLIED_IMPOSSIBLE_MESSAGE,
  UNVERIFIABLE_MESSAGE,
} from "./core/blanks";

const KINDS = ["active", "retiredCadre", "retired"] as const;

const BLANKS =
  "A blank kind may be any number ≥ 0: the total fails only when the filled kinds already exceed it; a shortfall only a blank could fill is one info finding at the blank (type 0 for none).";

/** 在职 + 离休 + 退休 = 实有人数合计 (seed: 10 + 0 + 13 = 23). */
export default defineRule({
  meta: {
    id: "people-total",
    category: "arithmetic",
    severity: "error",
    description: "实有人数合计 equals 在职 + 离休 + 退休.",
    messages: {
      mismatch: {
        zh: "实有人数合计填报 {{stated}} 人，按在职、离休、退休人员相加为 {{computed}} 人（相差 {{difference}} 人）。",
        en: "Headcount total {{stated}}, but serving, retired cadres and retired staff add up to {{computed}} (difference {{difference}} persons).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
      impliedBlank: IMPLIED_BLANK_MESSAGE,
      impliedImpossible: IMPLIED_IMPOSSIBLE_MESSAGE,
    },
    blanks: BLANKS,
  },
  check(ctx) {
    const p = ctx.model.profile.people;
    if (p.total === undefined) return;
    const get = (path: string) => p[path.split(".").pop() as keyof typeof p];
    checkSum(ctx, {
      total: { path: "profile.people.total", value: p.total },
      exact: true,
      parts: figures(
        ctx,
        get,
        KINDS.map((k) => `profile.people.${k}`)
      ),
      blanks: blankPaths(
        get,
        KINDS.map((k) => `profile.people.${k}`)
      ),
      relation: { zh: "实有人数合计与各类人员之和", en: "the headcount total against its kinds" },
    });
  },
});

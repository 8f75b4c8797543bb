import { defineRule } from "./core/rule";
import { checkSum, figures } from "./core/helpers";

const KINDS = ["active", "retiredCadre", "retired"] as const;

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
    },
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
    });
  },
});

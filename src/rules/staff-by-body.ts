import { Decimal } from "../model/decimal";
import type { Evaluation } from "../model/evaluation";
import { defineRule, type RuleContext } from "./core/rule";
import { checkSum, type Figure } from "./core/helpers";
import {
  IMPLIED_BLANK_MESSAGE,
  IMPLIED_IMPOSSIBLE_MESSAGE,
  UNVERIFIABLE_MESSAGE,
} from "./core/blanks";

const KINDS = ["administrative", "politicalLegal", "institutional", "worker"] as const;
type Column = "staffing" | "active";

const RELATION: Record<Column, { zh: string; en: string }> = {
  staffing: { zh: "编制数合计与分单位编制数之和", en: "the posts total against the posts by body" },
  active: { zh: "在职人员与分单位在职人数之和", en: "serving staff against the staff by body" },
};

/**
 * The stated total a column of 分单位人员 adds up to. A 编制数合计 that disagrees with its
 * kinds (all four stated) is staffing-total's finding: the total is in question, so it is not
 * held against the bodies too (one fault, one finding).
 */
function totalOf(model: Evaluation, column: Column): Figure | undefined {
  if (column === "active") {
    const v = model.profile.people.active;
    return v === undefined ? undefined : { path: "profile.people.active", value: v };
  }
  const s = model.profile.staffing;
  if (s.total === undefined) return undefined;
  const kinds = KINDS.map((k) => s[k]);
  if (kinds.every((k) => k !== undefined)) {
    const sum = kinds.reduce((acc, k) => acc.plus(k!), new Decimal(0));
    if (!sum.eq(s.total)) return undefined;
  }
  return { path: "profile.staffing.total", value: s.total };
}

function checkColumn(ctx: RuleContext, column: Column): void {
  const rows = ctx.model.profile.staffByBody ?? [];
  const total = totalOf(ctx.model, column);
  if (!total || rows.length === 0) return;
  const path = (i: number) => `profile.staffByBody.${i}.${column}`;
  checkSum(ctx, {
    total,
    exact: true,
    messageId: column === "staffing" ? "staffingMismatch" : "activeMismatch",
    parts: rows.flatMap((r, i) =>
      r[column] === undefined ? [] : [{ path: path(i), value: r[column]! }]
    ),
    blanks: rows.flatMap((r, i) => (r[column] === undefined ? [path(i)] : [])),
    relation: RELATION[column],
  });
}

/** 分单位人员 adds up to the stated 编制数合计 and 在职人员 (issue 15 item 8, template 1.2). */
export default defineRule({
  meta: {
    id: "staff-by-body",
    category: "arithmetic",
    severity: "error",
    description:
      "Where 分单位人员 (机关 and each 下属单位) is filled, its 编制数 add up to 编制数合计 and its 在职人数 to 在职人员 of 基本信息, exactly (counts). A 编制数合计 that disagrees with its kinds is left to staffing-total.",
    blanks:
      "A body's blank figure may be any number ≥ 0: the sum fails only when the filled bodies already exceed the total; a shortfall only a blank could fill is one info finding at the blank (type 0 for none). A column no body fills, or a blank total, is not checked. Exactly one blank part with the total and the other parts stated is pinned down (issue 25): a warning names its implied value (按合计应为 … ——如为 0 请填 0), an error where that value is impossible.",
    messages: {
      staffingMismatch: {
        zh: "编制数合计填报 {{stated}} 人，按“分单位人员”各单位编制数相加为 {{computed}} 人（相差 {{difference}} 人）。",
        en: "Authorised posts total {{stated}}, but the posts by body add up to {{computed}} (difference {{difference}} persons).",
      },
      activeMismatch: {
        zh: "在职人员填报 {{stated}} 人，按“分单位人员”各单位在职人数相加为 {{computed}} 人（相差 {{difference}} 人）。",
        en: "Serving staff {{stated}}, but the staff by body add up to {{computed}} (difference {{difference}} persons).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
      impliedBlank: IMPLIED_BLANK_MESSAGE,
      impliedImpossible: IMPLIED_IMPOSSIBLE_MESSAGE,
    },
  },
  check(ctx) {
    checkColumn(ctx, "staffing");
    checkColumn(ctx, "active");
  },
});

import { Decimal } from "../model/decimal";
import { defineRule } from "./core/rule";
import { fieldLabel } from "./core/helpers";
import {
  IMPLIED_BLANK_MESSAGE,
  reportImplied,
  reportUnverifiable,
  UNVERIFIABLE_MESSAGE,
} from "./core/blanks";

const P = "profile.people";
/** The year's movements with the sign each takes: 调入 adds, 调出 and 退休 take away. */
const MOVES = [
  { key: "transferredIn", sign: 1 },
  { key: "transferredOut", sign: -1 },
  { key: "retiredInYear", sign: -1 },
] as const;
const RELATION = {
  zh: "上年末实有在职 + 本年调入 − 调出 − 退休 = 在职人员",
  en: "last year's serving staff + joined − left − retired = serving staff",
};

/**
 * 上年末实有在职 + 调入 − 调出 − 退休 = 本年在职 (template 1.4), as reports state it: “年初实有在职
 * 人员25人，本年调入2人、调出1人、退休1人，年末实有在职25人”.
 */
export default defineRule({
  meta: {
    id: "staff-movement",
    category: "arithmetic",
    severity: "error",
    description:
      "Last year's serving staff plus the year's 调入, less 调出 and 退休, equals this year's 在职人员 (the statement “年初实有在职人员25人，本年调入2人、调出1人、退休1人，年末实有在职25人”).",
    messages: {
      mismatch: {
        zh: "在职人员填报 {{stated}} 人，按上年末实有在职人员加本年调入、减调出和退休计算为 {{computed}} 人（相差 {{difference}} 人）。",
        en: "Serving staff are stated as {{stated}}, but last year's serving staff with the year's movements give {{computed}} (difference {{difference}} persons).",
      },
      impliedNegative: {
        zh: "{{blank}}未填；按{{relation}}应为 {{implied}} 人，而人数不能为负：上年末、本年在职或已填的增减人数有误，请核对。",
        en: "{{blankEn}} is blank; {{relationEn}} implies {{implied}}, but a head count cannot be negative: last year's, this year's or a filled movement is wrong.",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
      impliedBlank: IMPLIED_BLANK_MESSAGE,
    },
    blanks:
      "Checked only where 上年末实有在职人员 and 在职人员 are both filled. A blank movement is not 0: one blank movement is pinned down by the rest (a warning names its implied value, an error where that value is negative); two or more blank movements are one info finding (type 0 for none).",
  },
  check(ctx) {
    const p = ctx.model.profile.people;
    if (p.activeLastYear === undefined || p.active === undefined) return;
    const filled = MOVES.filter((m) => p[m.key] !== undefined);
    const blanks = MOVES.filter((m) => p[m.key] === undefined).map((m) => `${P}.${m.key}`);
    const computed = filled.reduce(
      (sum, m) => sum.plus(new Decimal(p[m.key] as string).times(m.sign)),
      new Decimal(p.activeLastYear)
    );
    const others = [`${P}.active`, `${P}.activeLastYear`, ...filled.map((m) => `${P}.${m.key}`)];
    const gap = new Decimal(p.active).minus(computed);
    if (blanks.length === 0) {
      if (gap.isZero()) return;
      ctx.report({
        messageId: "mismatch",
        data: { stated: p.active, computed: computed.toString(), difference: gap.toString() },
        cells: others.map((path) => ctx.at(path)),
        expected: computed.toString(),
        actual: p.active,
      });
      return;
    }
    if (blanks.length > 1) {
      reportUnverifiable(ctx, { blanks, relation: RELATION, others });
      return;
    }
    const blank = MOVES.find((m) => `${P}.${m.key}` === blanks[0]);
    const implied = gap.times(blank?.sign ?? 1);
    if (implied.isNegative()) {
      const label = fieldLabel(blanks[0]);
      ctx.report({
        messageId: "impliedNegative",
        data: {
          blank: label.zh,
          blankEn: label.en,
          relation: RELATION.zh,
          relationEn: RELATION.en,
          implied: implied.toString(),
        },
        cells: [blanks[0], ...others].map((path) => ctx.at(path)),
        expected: "≥ 0",
        actual: implied.toString(),
      });
      return;
    }
    reportImplied(ctx, {
      blank: blanks[0],
      implied,
      decimals: 0,
      relation: RELATION,
      others,
      unit: " 人",
    });
  },
});

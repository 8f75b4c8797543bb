import type { Evaluation } from "../model/evaluation";
import { defineRule, type RuleContext } from "./core/rule";
import { decimalsOfAll, fixed, overlaps, show, sumIntervals } from "./core/relations";
import {
  combine,
  effective,
  effectiveTotal,
  rateTotal,
  TOTAL_LABEL,
  type Amount,
} from "./core/expenditure";
import { reportUnverifiable, UNVERIFIABLE_MESSAGE } from "./core/blanks";

const KEYS = { total: "additions", basic: "additionsBasic", project: "additionsProject" } as const;
type Level = keyof typeof KEYS;
const ADDITIONS = {
  total: `expenditure.execution.${KEYS.total}`,
  basic: `expenditure.execution.${KEYS.basic}`,
  project: `expenditure.execution.${KEYS.project}`,
} as const;

/** One level's 年初预算, 全年预算 and 追加/调整, each stated or computed. */
interface LevelFigures {
  level: Level;
  initial: Amount;
  adjusted: Amount;
  additions: Amount;
}

type Verdict = "holds" | "differs" | undefined;

const statedAddition = (model: Evaluation, level: Level): Amount | undefined =>
  effective(ADDITIONS[level], model.expenditure.execution[KEYS[level]], undefined);

/** The level's figures when all three are there and none is a 元 slip (relations prove nothing then). */
function complete(
  level: Level,
  initial?: Amount,
  adjusted?: Amount,
  additions?: Amount
): LevelFigures | undefined {
  if (!initial || !adjusted || !additions) return undefined;
  if (initial.suspect || adjusted.suspect || additions.suspect) return undefined;
  return { level, initial, adjusted, additions };
}

/** 年初预算 + 追加/调整 = 全年预算 at one level, by intervals; undefined when not checkable. */
function verdictOf(f: LevelFigures | undefined): Verdict {
  if (!f) return undefined;
  const left = sumIntervals([f.initial.interval, f.additions.interval]);
  return overlaps(left, f.adjusted.interval) ? "holds" : "differs";
}

function reportMismatch(ctx: RuleContext, f: LevelFigures): void {
  const all = [...f.additions.figures, ...f.initial.figures, ...f.adjusted.figures];
  const dp = decimalsOfAll(all.map((x) => x.value));
  const computed = f.initial.value.plus(f.additions.value);
  ctx.report({
    messageId: "mismatch",
    data: {
      level: TOTAL_LABEL[f.level].zh,
      levelEn: TOTAL_LABEL[f.level].en,
      initial: fixed(f.initial.value, dp),
      additions: fixed(f.additions.value, dp),
      computed: fixed(computed, dp),
      adjusted: fixed(f.adjusted.value, dp),
      difference: fixed(computed.minus(f.adjusted.value), dp),
    },
    cells: all.map((x) => ctx.at(x.path)),
    expected: fixed(f.adjusted.value.minus(f.initial.value), dp),
    actual: f.additions.stated ? f.additions.figures[0].value : show(f.additions.value),
  });
}

/**
 * 基本 + 项目 追加/调整 = the stated total 追加/调整. A blank part is judged only when it could
 * not change the outcome: adjustments may be negative, so any gap could be closed by it; with the
 * filled part already equal to the total (the blank being 0 fits), nothing is said.
 */
function checkParts(ctx: RuleContext, total: Amount, basic?: Amount, project?: Amount): Verdict {
  const given = [basic, project].filter((a): a is Amount => a !== undefined);
  if (given.length === 0 || total.suspect || given.some((a) => a.suspect)) return undefined;
  const parts = combine(given)!;
  if (overlaps(parts.interval, total.interval)) return given.length === 2 ? "holds" : undefined;
  if (given.length === 1) {
    reportUnverifiable(ctx, {
      blanks: [basic ? ADDITIONS.project : ADDITIONS.basic],
      relation: {
        zh: "基本支出追加/调整 + 项目支出追加/调整 = 本年追加/调整预算",
        en: "basic + project adjustments = total adjustments",
      },
      others: [ADDITIONS.total, ...parts.figures.map((f) => f.path)],
    });
    return undefined;
  }
  const all = [...total.figures, ...parts.figures];
  const dp = decimalsOfAll(all.map((x) => x.value));
  ctx.report({
    messageId: "partsMismatch",
    data: {
      basic: fixed(basic!.value, dp),
      project: fixed(project!.value, dp),
      computed: fixed(parts.value, dp),
      total: fixed(total.value, dp),
      difference: fixed(total.value.minus(parts.value), dp),
    },
    cells: all.map((x) => ctx.at(x.path)),
    expected: show(parts.value),
    actual: total.figures[0].value,
  });
  return "differs";
}

/** The total level; a blank total adjustment is taken from both parts when both are stated. */
function checkTotal(ctx: RuleContext, basic?: Amount, project?: Amount): void {
  const initial = rateTotal(ctx.model, "budgetInitial");
  const adjusted = rateTotal(ctx.model, "budgetAdjusted");
  if (!initial || !adjusted || initial.suspect || adjusted.suspect) return;
  const stated = statedAddition(ctx.model, "total");
  const additions = stated ?? (basic && project ? combine([basic, project]) : undefined);
  if (!additions) {
    if (overlaps(initial.interval, adjusted.interval)) return;
    reportUnverifiable(ctx, {
      blanks: [ADDITIONS.total],
      relation: {
        zh: "年初预算 + 本年追加/调整 = 全年预算",
        en: "initial budget + adjustments = adjusted budget",
      },
      others: [...initial.figures, ...adjusted.figures].map((f) => f.path),
    });
    return;
  }
  const f = complete("total", initial, adjusted, additions);
  if (f && verdictOf(f) === "differs") reportMismatch(ctx, f);
}

/** 年初预算 + 本年追加/调整 = 全年预算 at the total and, where stated, basic and project level. */
export default defineRule({
  meta: {
    id: "budget-adjustment",
    category: "arithmetic",
    severity: "error",
    description:
      "年初预算 + 本年追加/调整预算 = 全年预算 of total expenditure (stated, else from its parts including 基本支出), and of 基本支出 and 项目支出 where their own 追加/调整 is stated (template 1.2); the stated 基本 and 项目 追加/调整 add up to the total one. By the interval rule; an adjustment may be negative (a cut). One fault, one finding: a level that fails silences the parts sum and the total, a failing parts sum silences the total, and where both levels and the parts sum hold the total follows from them (a stated total off its parts is total-expenditure's finding).",
    blanks:
      "本年追加/调整 may be negative, so a blank one could close any gap: with 年初预算 and 全年预算 different and the adjustment blank, one info finding at the adjustment; with the two equal, nothing (no adjustment). A blank total adjustment is taken as the sum of the basic and project ones when both are stated. A blank basic or project adjustment is not checked at its level (the total covers it); beside a stated total and the other part, it is info unless the filled part alone already equals the total. A blank budget leaves nothing to check.",
    messages: {
      mismatch: {
        zh: "{{level}}：年初预算 {{initial}} 万元 + 本年追加/调整 {{additions}} 万元 = {{computed}} 万元，而全年预算为 {{adjusted}} 万元（相差 {{difference}} 万元）。",
        en: "{{levelEn}}: initial budget {{initial}} plus in-year adjustments {{additions}} make {{computed}}, but the adjusted budget is {{adjusted}} (difference {{difference}} 万元).",
      },
      partsMismatch: {
        zh: "基本支出追加/调整 {{basic}} 万元 + 项目支出追加/调整 {{project}} 万元 = {{computed}} 万元，而本年追加/调整预算为 {{total}} 万元（相差 {{difference}} 万元）。",
        en: "Basic adjustments {{basic}} plus project adjustments {{project}} make {{computed}}, but the total in-year adjustments are {{total}} (difference {{difference}} 万元).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
    },
  },
  check(ctx) {
    const m = ctx.model;
    const basic = statedAddition(m, "basic");
    const project = statedAddition(m, "project");
    const levels = (["basic", "project"] as const).map((level) =>
      complete(
        level,
        effectiveTotal(m, level, "budgetInitial"),
        effectiveTotal(m, level, "budgetAdjusted"),
        level === "basic" ? basic : project
      )
    );
    const verdicts = levels.map(verdictOf);
    levels.forEach((f, i) => {
      if (f && verdicts[i] === "differs") reportMismatch(ctx, f);
    });
    if (verdicts.includes("differs")) return;
    const total = statedAddition(m, "total");
    const parts = total ? checkParts(ctx, total, basic, project) : undefined;
    if (parts === "differs") return;
    if (verdicts.every((v) => v === "holds")) return;
    checkTotal(ctx, basic, project);
  },
});

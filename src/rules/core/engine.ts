import type { Evaluation } from "../../model/evaluation";
import type { Finding } from "../../model/finding";
import { DEFAULT_PROFILE, type ScoringProfile } from "../../model/scoring-profile";
import { layoutLocations, type Locations } from "../../layout/locations";
import { PLACEMENTS } from "../../layout";
import { toFinding, type RuleMeta } from "./meta";
import type { Rule } from "./rule";
import { figuresOf } from "./figures";

/** The rule that reports unit slips; every other finding on a slipped figure is its echo. */
const UNIT_SLIP_RULE = "amount-in-yuan";

export const ENGINE_ERROR: RuleMeta = {
  id: "engine-error",
  category: "completeness",
  severity: "error",
  description: "A rule failed on this workbook; the other rules ran. Please report it.",
  messages: {
    crashed: {
      zh: "规则 {{rule}} 未能完成检查（{{detail}}），其余规则已执行。",
      en: "Rule {{rule}} could not finish ({{detail}}); the other rules ran.",
    },
  },
};

function sheetOfPath(path: string): string {
  for (const f of PLACEMENTS.fields.values()) if (f.field.path === path) return f.sheet;
  for (const t of PLACEMENTS.tables.values())
    if (path.startsWith(`${t.table.path}.`)) return t.sheet;
  return "";
}

/** Runs every rule over the model; no exception escapes, every problem becomes a finding. */
export function runRules(
  model: Evaluation,
  rules: readonly Rule[],
  where?: Locations,
  profile: ScoringProfile = DEFAULT_PROFILE
): Finding[] {
  const locations = where ?? layoutLocations(model);
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      rule.check({
        model,
        profile,
        at: (path) => locations.get(path) ?? { sheet: sheetOfPath(path) },
        report: (r) => findings.push(toFinding(rule.meta, r)),
      });
    } catch (e) {
      findings.push(
        toFinding(ENGINE_ERROR, {
          messageId: "crashed",
          data: { rule: rule.meta.id, detail: e instanceof Error ? e.message : String(e) },
          cells: [],
        })
      );
    }
  }
  return withoutSlipEchoes(model, findings, (path) => locations.get(path)).filter(placed);
}

/**
 * A finding marked at a figure the workbook does not hold (its sheet, name or column is gone)
 * echoes the damage the reader already reported there: one fault, one finding.
 */
const placed = (f: Finding) => f.ruleId === ENGINE_ERROR.id || f.cells[0]?.cell !== undefined;

/**
 * One slip, one finding (PRODUCT.md §5): a sum, rate or comparison computed from a figure typed
 * in 元 (执行率 984000 %) repeats the slip, so findings involving a slipped cell are dropped,
 * except the slip's own.
 */
function withoutSlipEchoes(
  model: Evaluation,
  findings: Finding[],
  at: (path: string) => { sheet: string; cell?: string } | undefined
): Finding[] {
  let paths: ReadonlySet<string>;
  try {
    paths = figuresOf(model).slipPaths;
  } catch {
    return findings; // a crash in the slip finder is reported by the amount-in-yuan rule itself
  }
  if (paths.size === 0) return findings;
  const key = (c: { sheet: string; cell?: string }) => `${c.sheet}!${c.cell}`;
  const slipped = new Set(
    [...paths].flatMap((p) => {
      const c = at(p);
      return c?.cell ? [key(c)] : [];
    })
  );
  return findings.filter(
    (f) => f.ruleId === UNIT_SLIP_RULE || !f.cells.some((c) => c.cell && slipped.has(key(c)))
  );
}

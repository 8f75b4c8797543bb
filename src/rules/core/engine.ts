import type { Evaluation } from "../../model/evaluation";
import type { Finding } from "../../model/finding";
import { DEFAULT_PROFILE, type ScoringProfile } from "../../model/scoring-profile";
import { layoutLocations, type Locations } from "../../layout/locations";
import { PLACEMENTS } from "../../layout";
import { toFinding, type RuleMeta } from "./meta";
import type { Rule } from "./rule";

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
        at: (path) => locations[path] ?? { sheet: sheetOfPath(path) },
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
  return findings;
}

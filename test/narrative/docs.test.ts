import { RULES } from "../../src/rules";
import { runRules } from "../../src/rules/core/engine";
import { sampleModel } from "../helpers/workbooks";

/**
 * The examples docs/rules.md shows for the narrative rules are true: each quoted sentence of a
 * "Fires" line fires its rule on the sample, each of a "Does not fire" or "Claims nothing" line
 * does not. Quotes with an elision (…) are fragments and are left out.
 */
const NARRATIVE = RULES.filter((r) => r.meta.id.startsWith("narrative-"));

function examples(description: string, lead: RegExp): string[] {
  return description
    .split("\n")
    .filter((l) => lead.test(l))
    .flatMap((l) => [...l.matchAll(/“([^”]+)”/g)].map((m) => m[1]))
    .filter((q) => !q.includes("…"));
}

const withProse = (text: string) => {
  const m = structuredClone(sampleModel());
  m.narrative = { achievements: [{ topic: "示例", text }], problems: [], suggestions: [] };
  return m;
};

describe.each(NARRATIVE.map((r) => [r.meta.id, r] as const))(
  "%s: its documented examples",
  (_id, rule) => {
    const fires = examples(rule.meta.description, /^- Fires:/);
    const quiet = examples(rule.meta.description, /^- (Does not fire|Claims nothing)/);
    test("it documents both", () => {
      expect(fires.length).toBeGreaterThan(0);
      expect(quiet.length).toBeGreaterThan(0);
    });
    test.each(fires)("fires: %s", (text) => {
      expect(runRules(withProse(text), [rule]).map((f) => f.ruleId)).toEqual([rule.meta.id]);
    });
    test.each(quiet)("quiet: %s", (text) => {
      expect(runRules(withProse(text), [rule])).toEqual([]);
    });
  }
);

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { ALL_METAS, RULES } from "../../src/rules";
import { REPORT_ONLY_METAS } from "../../src/rules/narrative/proofreading";
import { fill, placeholders } from "../../src/rules/core/meta";
import { rulesMarkdown } from "../../src/rules/core/docs";

const ruleFiles = [
  ...readdirSync("src/rules").filter((f) => f.endsWith(".ts") && f !== "index.ts"),
  // The proofreading rules live beside the other prose checks, one file each.
  ...readdirSync("src/rules/narrative").filter((f) => /^proofread-.+\.ts$/.test(f)),
].map((f) => f.replace(/\.ts$/, ""));

describe("the rule catalog", () => {
  test("every rule file is in the catalog, under its own id", () => {
    const ids = [...RULES.map((r) => r.meta), ...REPORT_ONLY_METAS].map((m) => m.id);
    expect(ids.sort()).toEqual([...ruleFiles].sort());
  });

  test("every rule has its table tests with passing and failing cases", () => {
    for (const id of ruleFiles) {
      const path = `test/rules/${id}.test.ts`;
      expect([id, existsSync(path)]).toEqual([id, true]);
      const text = readFileSync(path, "utf8");
      expect(text).toMatch(/valid: \[/);
      expect(text).toMatch(/invalid: \[/);
    }
  });

  test("ids are unique and every message has both languages with the same placeholders", () => {
    const ids = ALL_METAS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of ALL_METAS) {
      expect(Object.keys(m.messages).length).toBeGreaterThan(0);
      for (const [id, msg] of Object.entries(m.messages)) {
        expect([m.id, id, msg.zh.length > 0, msg.en.length > 0]).toEqual([m.id, id, true, true]);
        // Placeholders are plain words, so a typo cannot hide inside one.
        for (const p of [...placeholders(msg.zh), ...placeholders(msg.en)])
          expect(p).toMatch(/^[a-zA-Z]+$/);
      }
    }
  });

  test("a placeholder without data fails loudly instead of printing {{…}}", () => {
    expect(() => fill("差 {{difference}}", {})).toThrow(/difference/);
    expect(fill("差 {{difference}}", { difference: "1" })).toBe("差 1");
  });

  test("docs/rules.md documents every rule and is fresh", () => {
    const doc = readFileSync("docs/rules.md", "utf8");
    expect(doc).toBe(rulesMarkdown(ALL_METAS));
    for (const m of ALL_METAS) expect(doc).toContain(`\`${m.id}\``);
  });
});

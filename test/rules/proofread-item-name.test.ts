import rule from "../../src/rules/narrative/proofread-item-name";
import type { Evaluation } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";
import { PARAGRAPH, prose } from "../narrative/cases";
import * as texts from "../../src/rules/narrative/texts";
import { runRules } from "../../src/rules/core/engine";

// The seed's 支出明细 names 30239 "其他交通补助"; the classification's name is 其他交通费用.
const items = (m: Evaluation, code: string, name: string): Evaluation => ({
  ...m,
  expenditure: {
    ...m.expenditure,
    items: [{ category: "公用支出", code, name, actual: "9.28" }],
  },
});

ruleTester(rule, {
  valid: [
    {
      name: "the prose uses the item's own name",
      model: items(prose("其他交通补助9.28万元，用于下乡补助。"), "30239", "其他交通补助"),
    },
    {
      name: "a name that means the standard one by a word in it",
      model: items(prose("基本工资36.90万元。"), "30101", "工资支出"),
    },
    {
      name: "the standard name in both places",
      model: items(prose("其他交通费用9.28万元。"), "30239", "其他交通费用"),
    },
    { name: "no prose", model: items(evaluation(), "30239", "其他交通补助") },
  ],
  invalid: [
    {
      name: "其他交通补助 in 支出明细, 其他交通费用 in the prose",
      model: items(prose("公用支出中其他交通费用9.28万元。"), "30239", "其他交通补助"),
      errors: [
        {
          messageId: "twoNames",
          paths: [PARAGRAPH, "expenditure.items.0.name"],
          severity: "info",
          data: { code: "30239", name: "其他交通补助", standard: "其他交通费用" },
          expected: "其他交通补助",
          actual: "其他交通费用",
        },
      ],
    },
  ],
});

describe("proofread-item-name at scale", () => {
  it("reads the prose's passages once, not once per item (issue 24: it was quadratic)", () => {
    const m = prose("公用支出中其他交通费用9.28万元。");
    const model: Evaluation = {
      ...m,
      expenditure: {
        ...m.expenditure,
        items: Array.from({ length: 40 }, () => ({
          category: "公用支出",
          code: "30239",
          name: "其他交通补助",
          actual: "9.28",
        })),
      },
    };
    const spy = jest.spyOn(texts, "narrativePassages");
    try {
      const findings = runRules(model, [rule]);
      expect(findings).toHaveLength(40);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});

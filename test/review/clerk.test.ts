/**
 * Issue 27's review items: the 规则统计 sheet explains each rule in Chinese, a unit sent in two
 * files is flagged, and the terminal names each file that could not be checked.
 */
import { ALL_METAS } from "../../src/rules";
import { reviewWorkbookOps, ruleCounts } from "../../src/review/sheets";
import { ruleTitle } from "../../src/review/rule-titles";
import { markDuplicates, refusedUnit, type UnitSummary } from "../../src/review/unit";
import { terminalNotes } from "../../src/cli/review";

const checked = (file: string, unitName?: string, year?: string): UnitSummary => ({
  file,
  status: "checked",
  unitName,
  year,
  errors: 0,
  warnings: 0,
  info: 0,
  explained: 0,
  findings: ALL_METAS.map((m) => ({
    file,
    unit: unitName ?? file,
    ruleId: m.id,
    severity: m.severity,
    message: "m",
    messageEn: "m",
  })),
});

test("规则统计's 说明 is a line of Chinese for every rule, none of the English docs", () => {
  const counts = ruleCounts([checked("a.xlsx")], ALL_METAS);
  expect(counts).toHaveLength(ALL_METAS.length);
  for (const c of counts) {
    expect([c.ruleId, c.description]).toEqual([c.ruleId, expect.stringMatching(/[\u4e00-\u9fff]/)]);
    expect([c.ruleId, c.description]).not.toEqual([
      c.ruleId,
      expect.stringMatching(/[A-Za-z]{3,} [A-Za-z]{2,}/),
    ]);
  }
  // A rule added later without a line here still reads in Chinese, from its own message.
  const later = { ...ALL_METAS[0], id: "some-new-rule" };
  expect(ruleTitle(later, later.id)).toMatch(/^[^…{}]*[\u4e00-\u9fff]/);
  expect(ruleTitle(later, later.id)).not.toContain("{{");
});

describe("the same unit and year in two files", () => {
  test("is marked on both rows, named on the terminal; other years and units are not", () => {
    const units = [
      checked("a.xlsx", "邵阳市双清区人社局", "2021"),
      checked("sub/a-副本.xlsx", "邵阳市双清区人社局 ", "2021"),
      checked("b.xlsx", "邵阳市双清区人社局", "2022"),
      checked("c.xlsx", "邵阳市大祥区人社局", "2021"),
      checked("d.xlsx", undefined, "2021"),
      checked("e.xlsx", undefined, "2021"),
    ];
    const repeated = markDuplicates(units);
    expect(repeated.map((g) => g.map((u) => u.file))).toEqual([["a.xlsx", "sub/a-副本.xlsx"]]);
    expect(units[0].sameUnitAs).toEqual(["sub/a-副本.xlsx"]);
    expect(units[1].sameUnitAs).toEqual(["a.xlsx"]);
    expect(units.slice(2).map((u) => u.sameUnitAs)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);

    const table = reviewWorkbookOps(
      units,
      {
        when: "2026-12-07 08:00",
        profileName: "默认",
        templateVersion: "1.2",
        inputs: ["in"],
        toolVersion: "t",
      },
      ALL_METAS
    ).find((o) => o.op === "table")!;
    if (table.op !== "table") throw new Error("no table");
    const reason = table.headers.indexOf("原因");
    expect(table.rows[0][reason]).toMatch(/^同一单位、同一年度另有：sub\/a-副本\.xlsx/);
    expect(table.rows[2][reason]).toBeNull();

    const notes = terminalNotes(units, repeated);
    expect(notes).toEqual([
      expect.stringMatching(/同一单位、同一年度有 2 个文件.*a\.xlsx、sub\/a-副本\.xlsx/),
    ]);
  });
});

test("the terminal names every file that could not be checked, and why", () => {
  const units = [
    checked("a.xlsx", "甲", "2021"),
    refusedUnit("broken.xlsx", "unreadable", { zh: "文件已损坏", en: "the file is damaged" }),
    refusedUnit("工资表.xlsx", "notTemplate", { zh: "不是本模板", en: "not this template" }),
  ];
  expect(terminalNotes(units, markDuplicates(units))).toEqual([
    "无法读取：broken.xlsx——文件已损坏 Not checked: broken.xlsx — the file is damaged",
    "不是模板：工资表.xlsx——不是本模板 Not checked: 工资表.xlsx — not this template",
  ]);
});

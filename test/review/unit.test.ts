import { ALL_METAS } from "../../src/rules";
import {
  ABOUT_SHEET,
  FINDINGS_SHEET,
  RULES_SHEET,
  UNITS_SHEET,
  reviewWorkbookOps,
  ruleCounts,
} from "../../src/review/sheets";
import { refusedUnit, reviewOutcome, type UnitSummary } from "../../src/review/unit";

const unit = (file: string, errors: number, explained = 0): UnitSummary => ({
  file,
  status: "checked",
  errors,
  warnings: 1,
  info: 0,
  explained,
  findings: [
    ...Array.from({ length: errors }, () => ({
      file,
      unit: file,
      ruleId: "total-expenditure",
      severity: "error" as const,
      message: "m",
      messageEn: "m",
    })),
    {
      file,
      unit: file,
      ruleId: "indicator-target-too-low",
      severity: "warning",
      message: "w",
      messageEn: "w",
    },
    ...Array.from({ length: explained }, () => ({
      file,
      unit: file,
      ruleId: "indicator-target-too-low",
      severity: "warning" as const,
      message: "x",
      messageEn: "x",
      explanation: "原因",
    })),
  ],
});
const broken = refusedUnit("b.xlsx", "unreadable", { zh: "坏", en: "broken" });

describe("the review's exit code", () => {
  test.each([
    ["all clean", [unit("a", 0)], 0],
    ["a unit with errors", [unit("a", 0), unit("b", 2)], 1],
    ["a file not read", [unit("a", 0), broken], 1],
    ["nothing read", [broken], 2],
    ["no files at all", [], 2],
  ] as const)("%s", (_, units, code) => {
    expect(reviewOutcome([...units]).exitCode).toBe(code);
  });
});

describe("rule counts", () => {
  test("per rule and severity, explained apart, most frequent first, with units", () => {
    const counts = ruleCounts([unit("a", 3), unit("b", 0, 2)], ALL_METAS);
    expect(counts.map((c) => [c.ruleId, c.error, c.warning, c.explained, c.units])).toEqual([
      ["indicator-target-too-low", 0, 2, 2, 2],
      ["total-expenditure", 3, 0, 0, 1],
    ]);
    expect(counts[1].description).not.toBe("");
  });
});

describe("the summary workbook's plan", () => {
  test("four sheets, the units first; a table row per unit and per finding", () => {
    const ops = reviewWorkbookOps(
      [unit("a", 1), broken],
      {
        when: "2026-11-30 08:00",
        profileName: "默认",
        templateVersion: "1.0",
        inputs: ["in"],
        toolVersion: "t",
      },
      ALL_METAS
    );
    expect(ops.flatMap((o) => (o.op === "addSheet" ? [o.sheet] : []))).toEqual([
      UNITS_SHEET,
      FINDINGS_SHEET,
      RULES_SHEET,
      ABOUT_SHEET,
    ]);
    const tables = ops.flatMap((o) => (o.op === "table" ? [o] : []));
    expect(tables.map((t) => t.rows.length)).toEqual([2, 2, 2]);
    const units = tables[0];
    const status = units.headers.indexOf("状态");
    expect(units.rows.map((r) => r[status])).toEqual(["已校验", "无法读取"]);
    expect(units.rows[1][units.headers.indexOf("原因")]).toBe("坏 broken");
  });

  test("which scoring profile each unit used: its name, where it came from, its fingerprint", () => {
    const bureau = { name: "某区方案", source: "workbook" as const, digest: "0a1b2c3d" };
    const given = { name: "市局方案", source: "option" as const, digest: "99887766" };
    const ops = reviewWorkbookOps(
      [
        { ...unit("a", 0), profile: bureau },
        { ...unit("b", 0), profile: bureau },
        { ...unit("c", 0), profile: given },
        broken,
      ],
      { when: "w", profileName: "p", templateVersion: "1.2", inputs: ["in"], toolVersion: "t" },
      ALL_METAS
    );
    const units = ops.flatMap((o) => (o.op === "table" ? [o] : []))[0];
    const col = (h: string) => units.rows.map((r) => r[units.headers.indexOf(h)]);
    expect(col("评分方案")).toEqual(["某区方案", "某区方案", "市局方案（命令行指定）", null]);
    expect(col("方案指纹")).toEqual(["0a1b2c3d", "0a1b2c3d", "99887766", null]);
    const about = ops.flatMap((o) => (o.op === "cells" && o.sheet === ABOUT_SHEET ? o.cells : []));
    const values = about.map((c) => c.value);
    expect(values).toContain(
      "2 种：某区方案（指纹 0a1b2c3d）2 个单位；市局方案（命令行指定）（指纹 99887766）1 个单位"
    );
  });
});

/** Matching explanations to findings by fingerprint (PRODUCT.md §5), without a workbook. */
import { fingerprint, type Finding } from "../../src/model/finding";
import { applyExplanations } from "../../src/workbook/explanations";
import { explanationsOnSheet, resultsSheetOps } from "../../src/layout/results";
import type { CellValue, WriteOp } from "../../src/model/sheet";

const warning: Finding = {
  ruleId: "indicator-target-too-low",
  messageId: "tooLow",
  severity: "warning",
  sheet: "绩效指标",
  cell: "F9",
  cells: [{ sheet: "绩效指标", cell: "F9" }],
  message: "目标值 2300 人，实际完成 4405 人",
  messageEn: "target 2300, actual 4405",
  expected: "< 130%",
  actual: "191.5%",
};
const error: Finding = { ...warning, ruleId: "total-expenditure", severity: "error", cell: "H8" };
const known = (f: Finding, text: string) => ({
  fingerprint: fingerprint(f),
  ruleId: f.ruleId,
  where: `${f.sheet}!${f.cell}`,
  message: f.message,
  text,
});

describe("fingerprint", () => {
  test("the same for the same finding, different when a figure or the place changes", () => {
    expect(fingerprint({ ...warning })).toBe(fingerprint(warning));
    expect(fingerprint({ ...warning, actual: "191.6%" })).not.toBe(fingerprint(warning));
    expect(fingerprint({ ...warning, message: "目标值 2300 人，实际完成 4406 人" })).not.toBe(
      fingerprint(warning)
    );
    expect(fingerprint({ ...warning, cells: [{ sheet: "绩效指标", cell: "F10" }] })).not.toBe(
      fingerprint(warning)
    );
  });

  test("the same as earlier builds wrote, so explanations kept in a workbook still match", () => {
    // Values the two-pass FNV-1a of builds up to 2026-12-07 gave; the hash must never drift.
    expect(fingerprint(warning)).toBe("9c5c14c4cdb348d2");
    expect(fingerprint({ ...warning, cells: [], expected: undefined, message: "" })).toBe(
      "91274ab29b07e028"
    );
  });
});

describe("applyExplanations", () => {
  test("a matching explanation is attached; the record keeps it", () => {
    const r = applyExplanations([warning, error], [known(warning, "超额完成")]);
    expect(r.findings.map((f) => f.explanation)).toEqual(["超额完成", undefined]);
    expect(r.stale).toEqual([]);
    expect(r.kept.map((e) => e.text)).toEqual(["超额完成"]);
  });
  test("an explanation whose figures changed goes stale, kept", () => {
    const changed = { ...warning, actual: "200.0%", message: "目标值 2300 人，实际完成 4600 人" };
    const r = applyExplanations([changed], [known(warning, "超额完成")]);
    expect(r.findings[0].explanation).toBeUndefined();
    expect(r.stale.map((e) => [e.text, e.notExplainable])).toEqual([["超额完成", undefined]]);
    expect(r.kept.map((e) => e.text)).toEqual(["超额完成"]);
  });
  test("errors cannot be explained away: the text is kept as not explainable", () => {
    const r = applyExplanations([error], [known(error, "不是错")]);
    expect(r.findings[0].explanation).toBeUndefined();
    expect(r.stale.map((e) => [e.text, e.notExplainable])).toEqual([["不是错", true]]);
  });
});

describe("the 说明 column read back", () => {
  test("explanations on the sheet come back with their fingerprints, stale ones too", () => {
    const ops = resultsSheetOps(
      [{ ...warning, explanation: "超额完成" }, error],
      [{ ...known(warning, "旧说明"), fingerprint: "0123456789abcdef" }]
    );
    const values: Record<string, CellValue> = {};
    for (const op of ops.filter((o): o is Extract<WriteOp, { op: "cells" }> => o.op === "cells"))
      for (const c of op.cells)
        values[c.address] = c.formula ? c.formula.result : (c.value ?? null);
    expect(explanationsOnSheet(values).map((e) => [e.text, e.fingerprint])).toEqual([
      ["超额完成", fingerprint(warning)],
      ["旧说明", "0123456789abcdef"],
    ]);
  });
});

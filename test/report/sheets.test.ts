import type { CellWrite, WriteOp } from "../../src/model/sheet";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { score } from "../../src/rules/scoring/score";
import { RULES, runRules } from "../../src/rules";
import { buildReport } from "../../src/report/narrative";
import { reportSheetOps, selfEvaluationSheetOps, wrappedLines } from "../../src/report/sheets";
import { sampleModel } from "../helpers/workbooks";
import { completeUnit } from "./units";

const docOf = (m = sampleModel()) =>
  buildReport(m, runRules(m, RULES, undefined, DEFAULT_PROFILE), score(m, DEFAULT_PROFILE));
const cellsOf = (ops: WriteOp[]) =>
  ops.flatMap((o) => (o.op === "cells" ? o.cells : [])) as CellWrite[];
const merges = (ops: WriteOp[]) => ops.flatMap((o) => (o.op === "merge" ? [o.range] : []));

describe("the 自评表 sheet", () => {
  for (const [name, make] of [
    ["sample", sampleModel],
    ["complete unit", completeUnit],
  ] as const) {
    test(`${name}: 分值 and 得分 are numbers in unmerged cells; 分值 adds up to 100`, () => {
      const ops = selfEvaluationSheetOps(docOf(make()));
      const cells = cellsOf(ops);
      const header = cells.find((c) => c.value === "分值")!;
      const headerRow = Number(/\d+/.exec(header.address)![0]);
      expect(cells.find((c) => c.address === `G${headerRow}`)?.value).toBe("得分");
      const below = (col: string) =>
        cells.filter(
          (c) =>
            c.address.startsWith(col) &&
            Number(c.address.slice(1)) > headerRow &&
            typeof c.value === "number"
        );
      const points = below("F");
      const total = points.pop()!.value as number;
      expect(total).toBe(100);
      expect(points.reduce((a, c) => a + Math.round((c.value as number) * 100), 0)).toBe(10000);
      for (const c of [...points, ...below("G")]) expect(c.style?.numFmt).toBe("0.00");
      // No merge below the header touches columns F or G.
      for (const range of merges(ops)) {
        const [from, to] = range.split(":");
        if (Number(from.slice(1)) <= headerRow) continue;
        const cols = [from.charCodeAt(0), to.charCodeAt(0)];
        expect(cols[0] <= 70 && cols[1] >= 70).toBe(false);
        expect(cols[0] <= 71 && cols[1] >= 71).toBe(false);
      }
      const setup = ops.find((o) => o.op === "pageSetup");
      expect(setup).toMatchObject({
        orientation: "landscape",
        printTitleRows: [headerRow, headerRow],
      });
    });
  }
});

describe("the 报告 sheet", () => {
  test("rows are as tall as their wrapped text, not more", () => {
    const ops = reportSheetOps(docOf());
    const heights = ops.find((o) => o.op === "rowHeights") as Extract<
      WriteOp,
      { op: "rowHeights" }
    >;
    const cells = cellsOf(ops);
    const row = (prefix: string) => {
      const c = cells.find((x) => String(x.value).startsWith(prefix))!;
      return heights.heights[Number(c.address.slice(1))];
    };
    const one = row("一、基本情况");
    expect(one).toBeLessThan(24);
    // A paragraph of n lines is n single lines tall, give or take the padding.
    const para = cells.find((x) => String(x.value).includes("编办核定编制人数"))!;
    const lines = wrappedLines(String(para.value), 68, 12);
    expect(lines).toBeGreaterThan(2);
    expect(row(String(para.value).slice(0, 6))).toBeCloseTo((one - 4) * lines + 4, 0);
  });

  test("wrappedLines counts CJK characters as wide as their size, Latin as about half", () => {
    expect(wrappedLines("短", 68, 12)).toBe(1);
    expect(wrappedLines("字".repeat(29), 68, 12)).toBe(1);
    expect(wrappedLines("字".repeat(31), 68, 12)).toBe(2);
    expect(wrappedLines("a".repeat(50), 68, 12)).toBe(1);
    expect(wrappedLines("一\n二", 68, 12)).toBe(2);
  });
});

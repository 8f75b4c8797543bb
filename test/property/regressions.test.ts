/** Bugs the property tests found, pinned by the smallest case that showed each. */
import { PLACEMENTS } from "../../src/layout";
import { RESULTS_SHEET } from "../../src/layout/results";
import type { ReadResult } from "../../src/model/sheet";
import { parseCell } from "../../src/workbook/cell-values";
import { planValidate, validateRequest } from "../../src/workbook/validate";
import { planReport } from "../../src/workbook/report";
import { open, sampleBytes } from "../contract/ports";

test.each([-999999999999998, 0, 0.4, -1, 2958466, 1e300])(
  "a number %p in a date cell that is no Excel date is an invalid date, not a crash",
  (serial) => {
    expect(parseCell(serial, "date", {})).toMatchObject({ kind: "invalidDate" });
  }
);

test("the first and last dates Excel shows are read", () => {
  expect(parseCell(61, "date", {})).toEqual({ kind: "ok", value: "1900-03-01" });
  expect(parseCell(2958465, "date", {})).toEqual({ kind: "ok", value: "9999-12-31" });
});

/** Bugs the property tests found in the planners, fixed; each case failed before its fix. */
describe("planner bugs the property tests found", () => {
  let read: ReadResult;
  beforeAll(async () => {
    const wb = await open("xlsx", sampleBytes());
    read = await wb.port().read(validateRequest(wb.port().capabilities));
  });

  test("an error value typed over a computed cell is shown as itself, not [object Object]", () => {
    const r = structuredClone(read);
    const calc = r.names[[...PLACEMENTS.calcs.keys()][0]]!;
    delete calc.formula;
    calc.value = { error: "#DIV/0!" };
    const f = planValidate(r).all.find((x) => x.ruleId === "computed-overwritten")!;
    expect(f.actual).toBe("#DIV/0!");
  });

  test.each([
    ["T_Indicators", 3],
    ["T_Expenditure", 10],
  ] as const)(
    "the 报告 rows for %s at %d times the sample's fit Excel's 409 points",
    (table, n) => {
      const r = structuredClone(read);
      const t = r.tables[table]!;
      t.rows = Array.from({ length: n }, () => structuredClone(t.rows)).flat();
      const heights = planReport({ ...r, sheetValues: {} }).ops.flatMap((o) =>
        o.op === "rowHeights" ? Object.values(o.heights) : []
      );
      expect(Math.max(...heights)).toBeLessThanOrEqual(409);
    }
  );

  test("a figure of -1e300 typed in an amount leaves every written row within 409 points", () => {
    const r = structuredClone(read);
    const cell = Object.values(r.names).find((c) => c?.sheet === "支出汇总" && c.address === "H4")!;
    cell.value = -1e300;
    const heights = [...planValidate(r).ops, ...planReport({ ...r, sheetValues: {} }).ops].flatMap(
      (o) => (o.op === "rowHeights" ? Object.values(o.heights) : [])
    );
    expect(Math.max(...heights)).toBeLessThanOrEqual(409);
  });

  test("a sheet of the user's named 校验结果 is kept, not written over", () => {
    const r = structuredClone(read);
    r.sheets.push(RESULTS_SHEET);
    r.sheetState[RESULTS_SHEET] = { visibility: "visible", protection: null };
    const ops = planValidate(r).ops;
    const first = ops.find((o) => "sheet" in o && o.sheet === RESULTS_SHEET);
    expect(first?.op).toBe("renameSheet");
  });
});

test("a renamed table header is one finding, not a blank-value finding without a cell per row", async () => {
  const wb = await open("xlsx", sampleBytes());
  const read = await wb.port().read(validateRequest(wb.port().capabilities));
  const t = read.tables.T_Indicators!;
  t.headers[t.headers.indexOf("目标值")] = "金额";
  const all = planValidate(read).all;
  expect(all.filter((f) => !f.cell)).toEqual([]);
  expect(all.filter((f) => f.messageId === "columnMissing").map((f) => f.message)).toEqual([
    expect.stringContaining("目标值"),
  ]);
});

import { planInsertTemplate, formulasLast } from "../../src/workbook/template";
import { templateOps } from "../../src/layout";
import type { ReadResult, WriteOp } from "../../src/workbook/port";

const EMPTY: ReadResult = {
  sheets: ["Sheet1"],
  definedNames: [],
  sheetState: { Sheet1: { visibility: "visible", protection: null } },
  names: {},
  tables: {},
  cells: {},
};

/** Tables a formula names before they exist, in op order; and cells written after protect. */
function misorders(ops: WriteOp[]): string[] {
  const tables = new Set<string>();
  const protectedSheets = new Set<string>();
  const out: string[] = [];
  for (const op of ops) {
    if (op.op === "table") tables.add(op.name);
    if (op.op === "protect") protectedSheets.add(op.sheet);
    if (op.op !== "cells") continue;
    if (protectedSheets.has(op.sheet)) out.push(`${op.sheet} written after protect`);
    for (const c of op.cells)
      for (const [, t] of c.formula?.text.matchAll(/\b(T_\w+)\[/g) ?? [])
        if (!tables.has(t)) out.push(`${op.sheet}!${c.address} names ${t}`);
  }
  return out;
}

describe("插入模板 orders its writes: sheets, tables and names first, formulas last", () => {
  test("the layout's own order names tables before they exist (why the planner reorders)", () => {
    expect(misorders(templateOps()).length).toBeGreaterThan(0);
  });

  test("the planned insert names no table before it exists and writes no protected sheet", () => {
    expect(misorders(planInsertTemplate(EMPTY).ops)).toEqual([]);
  });

  test("formulasLast keeps every cell and op, only moving formulas and protection", () => {
    const ops = templateOps();
    const moved = formulasLast(ops);
    const cells = (list: WriteOp[]) =>
      list
        .flatMap((o) => (o.op === "cells" ? o.cells.map((c) => `${o.sheet}!${c.address}`) : []))
        .sort();
    expect(cells(moved)).toEqual(cells(ops));
    const others = (list: WriteOp[]) => list.filter((o) => o.op !== "cells");
    expect(others(moved).filter((o) => o.op !== "protect")).toEqual(
      others(ops).filter((o) => o.op !== "protect")
    );
  });
});

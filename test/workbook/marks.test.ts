import fc from "fast-check";
import { groupBySheet, markOps, marksToDelete } from "../../src/workbook/marks";
import { markFormula } from "../../src/model/sheet";

describe("marksToDelete: which formats are ours, as positions to delete", () => {
  test("ours by their formula, highest position first; the user's and non-custom ones stay", () => {
    const formats = [
      { type: "Custom", formula: `=${markFormula("error")}` },
      { type: "Custom", formula: "=H4>200" },
      { type: "CellValue", formula: null },
      { type: "Custom", formula: `=${markFormula("warning")}` },
      // A format a broken run added and never gave its formula (no dialog of Excel's makes one).
      { type: "Custom", formula: "=" },
      { type: "Custom", formula: '=ISTEXT("绩效自评助手:something else")' },
    ];
    expect(marksToDelete(formats)).toEqual([4, 3, 0]);
  });

  test("none of ours: nothing to delete", () => {
    expect(marksToDelete([{ type: "Custom", formula: "=A1>0" }])).toEqual([]);
  });
});

describe("markOps: one mark op per severity and sheet, cells in the order found", () => {
  const cell = fc.record({
    sheet: fc.constantFrom("支出明细", "绩效指标", "收入"),
    address: fc.stringMatching(/^[A-H][1-9]\d{0,3}$/),
  });
  test("groupBySheet keeps every address, by sheet in first-seen order", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (cells) => {
        const sheets = [...new Set(cells.map((c) => c.sheet))];
        const expected = sheets.map((s) => [
          s,
          cells.filter((c) => c.sheet === s).map((c) => c.address),
        ]);
        expect([...groupBySheet(cells)]).toEqual(expected);
      })
    );
  });

  test("the most severe colour first, a sheet's cells together", () => {
    const at = (sheet: string, address: string) => ({ sheet, address });
    const ops = markOps([
      { at: at("收入", "C4"), severity: "warning", messages: ["a"] },
      { at: at("支出明细", "E8"), severity: "error", messages: ["b"] },
      { at: at("收入", "C6"), severity: "warning", messages: ["c"] },
    ]);
    expect(ops.map((o) => (o.op === "mark" ? [o.severity, o.sheet, o.addresses] : o.op))).toEqual([
      ["error", "支出明细", ["E8"]],
      ["warning", "收入", ["C4", "C6"]],
    ]);
  });
});

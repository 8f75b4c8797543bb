import { marksToDelete } from "../../src/workbook/marks";
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

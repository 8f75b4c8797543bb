/**
 * The browser test's WPS: injected into the built WPS task pane before its script (WPS gives
 * every add-in page `window.Application`; here it is the fake WPS host, loaded in Node from an
 * xlsx and handed over as JSON, see ./codec). A small handle for the test: window.__jixiaoWps.
 */
import "../../src/model/no-eval"; // this bundle has its own zod, under the pane's CSP too
import { FakeWps } from "../fake-wps";
import type { WorkbookState } from "../fake-excel";
import { DEFAULT_FORMAT } from "../fake-excel/styles";
import { rectA1 } from "../fake-excel/address";
import { decode, type EncodedGraph } from "./codec";
import { isMarkFormula } from "../../src/workbook/port";

export interface WpsE2EInit {
  state: EncodedGraph;
}

const g = globalThis as unknown as Record<string, unknown> & { __jixiaoE2E: WpsE2EInit };
const fake = new FakeWps({
  state: decode<WorkbookState>(g.__jixiaoE2E.state, { DEFAULT_FORMAT }),
  currentYear: 2022,
});
g.Application = fake.Application;

g.__jixiaoWps = {
  sheets: () => fake.state.sheets.map((s) => s.name),
  activeSheet: () => fake.state.activeSheet?.name ?? null,
  selection: () => {
    const sel = fake.state.selection;
    return sel ? { sheet: sel.sheet.name, address: rectA1(sel.rect) } : null;
  },
  /** Cells carrying one of our marks, "sheet!A1". */
  marks: () =>
    fake.state.sheets.flatMap((s) =>
      s.conditionalFormats
        .filter((cf) => isMarkFormula(cf.formula))
        .flatMap((cf) => cf.ranges.map((r) => `${s.name}!${rectA1(r)}`))
    ),
  calls: () => fake.calls,
  settings: () => ({
    screenUpdating: fake.screenUpdating,
    calculation: fake.calculation,
    displayAlerts: fake.displayAlerts,
  }),
};

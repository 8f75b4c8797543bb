/**
 * Two sources of truth, compared (issue 13): for any model, the workbook the CLI writes holds
 * each computed cell as a live formula with the engine's result cached; Excel's own calculation
 * (HyperFormula in the fake host) of those formulas must give the same figure on every cell.
 */
import fc from "fast-check";
import { PLACEMENTS, allNames } from "../../src/layout";
import type { ReadResult } from "../../src/model/sheet";
import { templateXlsx } from "../../src/cli/template";
import { readFrom } from "../../src/workbook/reader";
import { loadXlsx } from "../fake-excel/xlsx";
import { open, sampleBytes } from "../contract/ports";
import { runs } from "./arbitraries";
import { applyDamage, valueDamage } from "./damage";
import { disagreements } from "./excel-calc";

let base: ReadResult;
beforeAll(async () => {
  const wb = await open("xlsx", sampleBytes());
  base = await wb.port().read({ names: allNames(), tables: [...PLACEMENTS.tables.keys()] });
});

test("for any model, every computed cell's cached result is what Excel computes from its formula", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(valueDamage, { minLength: 1, maxLength: 25 }), async (damages) => {
      // A random model: whatever the reader makes of randomly typed cells and resized tables.
      const { model } = readFrom(applyDamage(base, damages).read);
      const state = await loadXlsx(await templateXlsx(model));
      expect(disagreements(state)).toEqual([]);
    }),
    runs(40)
  );
}, 300000);

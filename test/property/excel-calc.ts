import type { WorkbookState } from "../fake-excel";
import { recalculate } from "../fake-excel/calc";
import { keyCol, keyRow } from "../fake-excel/state";
import { TEMPLATE_SHEETS } from "./arbitraries";

/**
 * Formula cells of the template's sheets whose cached result (what the engine computed) is not
 * what Excel's own calculation gives: the fake recomputes them with HyperFormula, independent
 * of our evaluator. Numbers agree to 1e-9 relative (Excel shows 15 digits). Recalculates `state`.
 */
/**
 * A gap of the fake, worked around: Excel gives #VALUE! for arithmetic on a formula's "" (as
 * the engine does); HyperFormula counts it as 0. A formula's "no figure" branch returns this
 * text instead while Excel's side is computed, and reads back as "".
 */
const NO_FIGURE = "\u2205";

export function disagreements(state: WorkbookState): string[] {
  const cached = new Map<string, unknown>();
  const sheets = state.sheets.filter((s) => TEMPLATE_SHEETS.includes(s.name));
  for (const s of sheets)
    for (const [k, c] of s.cells)
      if (c.formula) {
        cached.set(`${s.name}!${k}`, c.value);
        c.formula = c.formula.replace(/,""/g, `,"${NO_FIGURE}"`);
      }
  recalculate(state);
  for (const s of sheets) for (const c of s.cells.values()) if (c.value === NO_FIGURE) c.value = "";
  const out: string[] = [];
  for (const s of sheets)
    for (const [k, c] of s.cells) {
      if (!c.formula) continue;
      const a = cached.get(`${s.name}!${k}`);
      const b = c.value;
      const same =
        typeof a === "number" && typeof b === "number"
          ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))
          : JSON.stringify(a ?? "") === JSON.stringify(b ?? "");
      if (!same)
        out.push(
          `${s.name}!R${keyRow(k) + 1}C${keyCol(k) + 1} ${c.formula}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`
        );
    }
  return out;
}

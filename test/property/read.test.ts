/**
 * PRODUCT.md §10 over what a port reads, damaged at random: the reader, the rules, scoring,
 * the report document and the validate and report plans never throw; every problem is a
 * finding with a place; no message leaks; no plan writes an input cell. Hundreds of cases a
 * second: the many cheap cases of the property suite.
 */
import fc from "fast-check";
import { PLACEMENTS, allNames } from "../../src/layout";
import { REPORT_RECORD_SHEET, RECORD_SHEET } from "../../src/layout/results";
import type { ReadResult, WriteOp } from "../../src/model/sheet";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { buildReport } from "../../src/report/narrative";
import { RULES, runRules } from "../../src/rules";
import { score } from "../../src/rules/scoring/score";
import { recordCells } from "../../src/workbook/record";
import { NotATemplateError, readFrom } from "../../src/workbook/reader";
import { GENERATED_SHEETS, planReport } from "../../src/workbook/report";
import { planValidate } from "../../src/workbook/validate";
import { TEMPLATE_SHEETS, badFindings, runs } from "./arbitraries";
import { anyDamage, applyDamage, inputKeys, valueDamage, type Damaged } from "./damage";
import { open, sampleBytes } from "../contract/ports";

let base: ReadResult;
beforeAll(async () => {
  const wb = await open("xlsx", sampleBytes());
  base = await wb.port().read({
    names: allNames(),
    tables: [...PLACEMENTS.tables.keys()],
    cells: [...recordCells(RECORD_SHEET), ...recordCells(REPORT_RECORD_SHEET)],
    sheetValues: GENERATED_SHEETS,
  });
});

/** Writes of a plan that land on one of `inputs` ("sheet!A1"). */
function writesToInputs(ops: WriteOp[], inputs: Set<string>): string[] {
  const hits: string[] = [];
  // A sheet the plan renames out of the way keeps its cells under its new name.
  const renamed = new Map<string, string>();
  const key = (sheet: string, address: string) => `${renamed.get(sheet) ?? sheet}!${address}`;
  for (const op of ops) {
    if (op.op === "renameSheet") {
      renamed.set(op.to, op.sheet);
      renamed.set(op.sheet, "\u0000");
    }
    if (op.op === "cells")
      for (const c of op.cells)
        if (inputs.has(key(op.sheet, c.address))) hits.push(`${op.sheet}!${c.address}`);
    if ((op.op === "deleteSheet" || op.op === "renameSheet") && TEMPLATE_SHEETS.includes(op.sheet))
      hits.push(`${op.op} ${op.sheet}`);
  }
  return hits;
}

const refused = (e: unknown, read: ReadResult) =>
  e instanceof NotATemplateError && !TEMPLATE_SHEETS.some((s) => read.sheets.includes(s));

test("typed values and resized tables: reader, rules, scoring and report never throw and place every finding", () => {
  fc.assert(
    fc.property(fc.array(valueDamage, { minLength: 1, maxLength: 30 }), (damages) => {
      const { read } = applyDamage(base, damages);
      const { model, findings, where } = readFrom(read);
      const all = [...findings, ...runRules(model, RULES, where)];
      expect(badFindings(all, read.sheets)).toEqual([]);
      const scored = score(model, DEFAULT_PROFILE);
      const doc = buildReport(model, all, scored);
      expect(JSON.stringify(doc)).not.toMatch(/undefined|NaN|\[object|\{\{/);
    }),
    runs(760)
  );
}, 120000);

test("structural damage: the validate and report plans never throw, place every finding and never write an input", () => {
  fc.assert(
    fc.property(fc.array(anyDamage, { minLength: 1, maxLength: 12 }), (damages) => {
      const damaged: Damaged = applyDamage(base, damages);
      const { read } = damaged;
      const inputs = inputKeys(damaged);
      try {
        const v = planValidate(read);
        expect(badFindings(v.all, read.sheets)).toEqual([]);
        expect(writesToInputs(v.ops, inputs)).toEqual([]);
        const r = planReport(read);
        expect(badFindings(r.all, read.sheets)).toEqual([]);
        expect(writesToInputs(r.ops, inputs)).toEqual([]);
      } catch (e) {
        // A workbook with none of the template's sheets and no marker is refused, nothing else.
        if (!refused(e, read)) throw e;
      }
    }),
    runs(200)
  );
}, 120000);

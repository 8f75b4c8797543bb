import { createHash } from "node:crypto";
import JSZip from "jszip";
import { PLACEMENTS, addr, allNames } from "../../src/layout";
import { toFormula } from "../../src/layout/expr";
import { MARK_FILL, RECORD_SHEET, RESULTS_SHEET } from "../../src/layout/results";
import { INPUT_FILL } from "../../src/layout/styles";
import { isMarkFormula } from "../../src/model/sheet";
import { templateXlsx } from "../../src/cli/template";
import { clearMarks, sameFormula, validate } from "../../src/workbook/validate";
import { childOrder, followsSequence, worksheetPaths } from "../../src/workbook/xlsx/ooxml-order";
import { snapshotOf, type Snapshot } from "../../src/workbook/xlsx/snapshot";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { at, sampleWorkbook, setCell, tableCell } from "../helpers/workbooks";

const reload = async (wb: XlsxWorkbook) => XlsxWorkbook.load(await wb.toBuffer());

/** The marks (conditional formats with the mark formula) on a sheet, as saved in the file. */
function marksOn(wb: XlsxWorkbook, sheet: string): { ref: string; fill?: string }[] {
  type Cf = {
    ref: string;
    rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[];
  };
  const cfs = (wb.workbook.getWorksheet(sheet) as unknown as { conditionalFormattings: Cf[] })
    .conditionalFormattings;
  return cfs
    .filter((cf) => cf.rules.some((r) => (r.formulae ?? []).some(isMarkFormula)))
    .map((cf) => ({ ref: cf.ref, fill: cf.rules[0].style?.fill?.bgColor?.argb }));
}

/** A hash of every input cell's value: names of inputs and the input columns of every table. */
async function inputHash(wb: XlsxWorkbook): Promise<string> {
  const read = await wb.read({
    names: [...PLACEMENTS.fields.keys()],
    tables: [...PLACEMENTS.tables.keys()],
  });
  const h = createHash("sha256");
  for (const n of PLACEMENTS.fields.keys())
    h.update(`${n}=${JSON.stringify(read.names[n]?.value ?? null)};`);
  for (const [n, tp] of PLACEMENTS.tables) {
    const t = read.tables[n]!;
    const inputs = tp.table.columns.filter((c) => !c.calc).map((c) => t.headers.indexOf(c.header));
    for (const row of t.rows) h.update(JSON.stringify(inputs.map((i) => row[i].value)));
  }
  return h.digest("hex");
}

/** The snapshot's input cells only: every defined input and every input column of every table. */
function inputCells(snap: Snapshot): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of PLACEMENTS.fields.values())
    out[`${f.sheet}!${f.address}`] = snap.sheets[f.sheet].cells[f.address];
  for (const t of PLACEMENTS.tables.values()) {
    t.table.columns.forEach((c, j) => {
      if (c.calc) return;
      for (let i = 1; i <= t.templateRows; i++) {
        const a = addr(t.col + j, t.headerRow + i);
        out[`${t.sheet}!${a}`] = snap.sheets[t.sheet].cells[a];
      }
    });
  }
  return out;
}

async function brokenSample(): Promise<XlsxWorkbook> {
  const wb = await sampleWorkbook();
  setCell(wb, at("jx_staffTotal"), 12); // 10 + 0 + 0 + 1 = 11
  setCell(wb, tableCell("T_Expenditure", 3, "实际支出"), "abc");
  return reload(wb);
}

describe("validate writes back", () => {
  test("an offending input is marked by severity with a note; its value is untouched", async () => {
    const wb = await brokenSample();
    const { all } = await validate(wb);
    const where = at("jx_staffTotal");
    const f = all.find((x) => x.ruleId === "staffing-total")!;
    expect(f).toMatchObject({ severity: "error", sheet: where.sheet, cell: where.address });
    const saved = await reload(wb);
    const cell = saved.workbook.getWorksheet(where.sheet)!.getCell(where.address);
    expect(cell.value).toBe(12);
    // The mark is a conditional format; the cell's own fill stays the input fill.
    expect(marksOn(saved, where.sheet)).toContainEqual({
      ref: expect.stringMatching(new RegExp(`(^| )${where.address}( |$)`)),
      fill: `FF${MARK_FILL.error}`,
    });
    expect((cell.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe(`FF${INPUT_FILL}`);
    expect(String(cell.note)).toContain(f.message);
  });

  test("the 校验结果 sheet lists every finding with a working HYPERLINK to its cell", async () => {
    const wb = await brokenSample();
    const { all } = await validate(wb);
    const ws = wb.workbook.getWorksheet(RESULTS_SHEET)!;
    expect(String(ws.getCell("A2").value)).toContain(
      `错误 ${all.filter((f) => f.severity === "error").length} 个`
    );
    const links: string[] = [];
    ws.eachRow((row, r) => {
      if (r > 3 && row.getCell(3).formula) links.push(row.getCell(3).formula);
    });
    expect(links).toHaveLength(all.filter((f) => f.cell).length);
    const staff = at("jx_staffTotal");
    expect(links).toContain(
      `HYPERLINK("#'${staff.sheet}'!${staff.address}","${staff.sheet}!${staff.address}")`
    );
    const item = tableCell("T_Expenditure", 3, "实际支出");
    expect(links).toContain(
      `HYPERLINK("#'${item.sheet}'!${item.address}","${item.sheet}!${item.address}")`
    );
  });

  test("running twice gives exactly what running once gives (values, formulas, styles, notes)", async () => {
    const once = await brokenSample();
    await validate(once);
    const onceAgain = await reload(once);
    await validate(onceAgain);
    expect(snapshotOf(await reload(onceAgain))).toEqual(snapshotOf(await reload(once)));
  });

  test("validate and clear never change an input cell; clear gives back the inputs' values and formats", async () => {
    const wb = await brokenSample();
    const before = inputCells(snapshotOf(await reload(wb)));
    const hash = await inputHash(wb);
    await validate(wb);
    const validated = await reload(wb);
    expect(await inputHash(validated)).toBe(hash);
    expect(validated.workbook.getWorksheet(RECORD_SHEET)?.state).toBe("veryHidden");
    expect(inputCells(snapshotOf(validated))).not.toEqual(before); // marked
    expect(await clearMarks(validated)).toBe(true);
    const cleared = await reload(validated);
    expect(await inputHash(cleared)).toBe(hash);
    expect(inputCells(snapshotOf(cleared))).toEqual(before);
  });

  test("clear after validate gives back the whole workbook once its cached results are current", async () => {
    const wb = await brokenSample();
    await validate(wb); // brings the cached results of the edited copy up to date
    await clearMarks(wb);
    const baseline = await reload(wb);
    const before = snapshotOf(baseline);
    await validate(baseline);
    const again = await reload(baseline);
    await clearMarks(again);
    expect(snapshotOf(await reload(again))).toEqual(before);
  });

  test("everything the template holds survives validate → clear", async () => {
    const blank = await XlsxWorkbook.load(await templateXlsx());
    const before = snapshotOf(blank);
    await validate(blank);
    const validated = await reload(blank);
    await clearMarks(validated);
    expect(snapshotOf(await reload(validated))).toEqual(before);
  });

  test("a number typed over a computed cell is a warning and its formula is restored", async () => {
    const wb = await sampleWorkbook();
    const calc = PLACEMENTS.calcs.get("jx_calc_staffTotal")!;
    setCell(wb, { sheet: calc.sheet, address: calc.address }, 99);
    const { all } = await validate(wb);
    expect(
      all.filter((f) => f.ruleId === "computed-overwritten").map((f) => [f.cell, f.severity])
    ).toEqual([[calc.address, "warning"]]);
    const cell = wb.workbook.getWorksheet(calc.sheet)!.getCell(calc.address);
    expect(cell.formula).toBe(toFormula(calc.calc.expr));
    expect(cell.result).toBe(11);
  });

  test("a formula Excel re-spaced or prefixed is the same formula", () => {
    expect(sameFormula('_xlfn.IF( ISNUMBER(a) ,a,"x y")', 'IF(ISNUMBER(a),a,"x y")')).toBe(true);
    expect(sameFormula('IF(ISNUMBER(a),a,"x y")', 'IF(ISNUMBER(a),a,"xy")')).toBe(false);
    expect(sameFormula(undefined, "A1")).toBe(false);
  });

  test("every sheet written, notes on table sheets included, follows the OOXML element order", async () => {
    const wb = await brokenSample();
    await validate(wb);
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const paths = worksheetPaths(zip);
    let withBoth = 0;
    for (const p of paths) {
      const order = childOrder(await zip.file(p)!.async("string"));
      if (order.includes("legacyDrawing") && order.includes("tableParts")) withBoth++;
      expect([p, followsSequence(order)]).toEqual([p, true]);
    }
    expect(withBoth).toBeGreaterThan(0);
  });

  test("clearing a workbook never validated changes nothing", async () => {
    const wb = await sampleWorkbook();
    const before = snapshotOf(await reload(wb));
    expect(await clearMarks(wb)).toBe(false);
    expect(snapshotOf(await reload(wb))).toEqual(before);
  });

  test("a fixed figure loses its mark on the next run; the original fill comes back", async () => {
    const wb = await brokenSample();
    await validate(wb);
    const fixed = await reload(wb);
    setCell(fixed, at("jx_staffTotal"), 11);
    await validate(fixed);
    const where = at("jx_staffTotal");
    const cell = (await reload(fixed)).workbook.getWorksheet(where.sheet)!.getCell(where.address);
    expect((cell.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe(`FF${INPUT_FILL}`);
    expect(cell.note).toBeUndefined();
  });

  test("all defined names still resolve after validate", async () => {
    const wb = await brokenSample();
    await validate(wb);
    const read = await (await reload(wb)).read({ names: allNames(), tables: [] });
    for (const n of allNames()) expect([n, read.names[n] !== undefined]).toEqual([n, true]);
  });
});

test("marking one cell marks that cell only; its own format and its neighbours' stay", async () => {
  const wb = await reload(await brokenSample());
  await validate(wb);
  const where = at("jx_staffTotal");
  const saved = await reload(wb);
  const ws = saved.workbook.getWorksheet(where.sheet)!;
  const fillOf = (a: string) =>
    (ws.getCell(a).fill as { fgColor?: { argb?: string } }).fgColor?.argb;
  const marked = marksOn(saved, where.sheet).flatMap((m) => m.ref.split(" "));
  expect(marked).toContain(where.address);
  const neighbour = at("jx_staffWorker").address;
  expect(marked).not.toContain(neighbour);
  expect(fillOf(where.address)).toBe(`FF${INPUT_FILL}`);
  expect(fillOf(neighbour)).toBe(`FF${INPUT_FILL}`);
});

test("a 校验结果 sheet of the user's own is kept under a new name, not written over or cleared", async () => {
  const wb = await sampleWorkbook();
  wb.workbook.addWorksheet(RESULTS_SHEET).getCell("A1").value = "我自己的记录";
  const mine = await reload(wb);
  expect(await clearMarks(mine)).toBe(false);
  expect(mine.workbook.getWorksheet(RESULTS_SHEET)?.getCell("A1").value).toBe("我自己的记录");
  await validate(mine);
  const kept = mine.workbook.getWorksheet(`${RESULTS_SHEET}（修改1）`);
  expect(kept?.getCell("A1").value).toBe("我自己的记录");
  expect(mine.workbook.getWorksheet(RESULTS_SHEET)?.getCell("A1").value).toBe("校验结果");
  await clearMarks(await reload(mine));
});

test("an error value typed over a computed cell is reported as itself", async () => {
  const wb = await sampleWorkbook();
  const calc = at([...PLACEMENTS.calcs.keys()][0]);
  wb.workbook.getWorksheet(calc.sheet)!.getCell(calc.address).value = { error: "#DIV/0!" };
  const { all } = await validate(await reload(wb));
  expect(all.find((f) => f.ruleId === "computed-overwritten")?.actual).toBe("#DIV/0!");
});

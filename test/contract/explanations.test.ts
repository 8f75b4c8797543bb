/**
 * Explained findings on every port (PRODUCT.md §5): an explanation typed on 校验结果 beside a
 * warning survives validate → validate and 清除标记, and goes stale — kept, not deleted — when the
 * figures it explains change. Errors cannot be explained away.
 */
import { clearWorkbook, validate } from "../../src/workbook/validate";
import {
  NOT_EXPLAINABLE_LABEL,
  RECORD_SHEET,
  RESULTS_SHEET,
  STALE_LABEL,
} from "../../src/layout/results";
import { fingerprint, type Finding } from "../../src/model/finding";
import { readLastResults } from "../../src/workbook/last-results";
import type { CellValue, WorkbookPort } from "../../src/workbook/port";
import { HOSTS, open, sampleBytes, type Host } from "./ports";

const TEXT = "目标值按上年水平设定，本年因政策调整服务量大增，已在年中报告说明。";
const ERROR_TEXT = "此处不应能说明。";

async function resultsSheet(port: WorkbookPort): Promise<Record<string, CellValue>> {
  const read = await port.read({ names: [], tables: [], sheetValues: [RESULTS_SHEET] });
  return read.sheetValues?.[RESULTS_SHEET] ?? {};
}

/** The 校验结果 row of a finding, by the fingerprint column. */
async function rowOf(port: WorkbookPort, f: Finding): Promise<number> {
  const values = await resultsSheet(port);
  const hit = Object.entries(values).find(([a, v]) => /^I\d+$/.test(a) && v === fingerprint(f));
  if (!hit) throw new Error(`no row for ${f.ruleId} ${f.cell}`);
  return Number(hit[0].slice(1));
}

/** What a preparer does: types text into the 说明 cell of a row. */
async function type(port: WorkbookPort, address: string, text: string): Promise<void> {
  await port.write([{ op: "cells", sheet: RESULTS_SHEET, cells: [{ address, value: text }] }]);
}

const explained = (all: Finding[]) => all.filter((f) => f.explanation);

describe.each(HOSTS)("explained findings on %s", (host: Host) => {
  test("an explanation survives validate → validate and 清除标记, and goes stale when the figures change", async () => {
    const wb = await open(host, sampleBytes());
    const first = await validate(wb.port());
    const warning = first.all.find((f) => f.ruleId === "indicator-target-too-low")!;
    const error = first.all.find((f) => f.severity === "error" && f.cell)!;
    expect(warning.severity).toBe("warning");
    await type(wb.port(), `H${await rowOf(wb.port(), warning)}`, TEXT);
    await type(wb.port(), `H${await rowOf(wb.port(), error)}`, ERROR_TEXT);

    const second = await validate(wb.port());
    expect(explained(second.all).map((f) => [f.ruleId, f.cell, f.explanation])).toEqual([
      [warning.ruleId, warning.cell, TEXT],
    ]);
    // The explained warning is listed apart and counted apart.
    const listed = await readLastResults(wb.port());
    const row = listed.findings.find((f) => f.fingerprint === fingerprint(warning))!;
    expect(row.explanation).toBe(TEXT);
    const values = await resultsSheet(wb.port());
    expect(values[`B${row.row}`]).toBe("警告（已说明）");
    expect(String(values.A2)).toContain("已说明 1 个");
    // The text typed beside the error is kept, under 已失效说明, as not explainable.
    const staleRow = Object.entries(values)
      .find(([, v]) => v === ERROR_TEXT)![0]
      .slice(1);
    expect(values[`B${staleRow}`]).toBe(NOT_EXPLAINABLE_LABEL);
    expect(second.all.filter((f) => f.severity === "error").every((f) => !f.explanation)).toBe(
      true
    );

    const third = await validate(wb.port());
    expect(explained(third.all).map((f) => f.explanation)).toEqual([TEXT]);

    const cleared = await clearWorkbook(wb.port());
    expect(cleared.found).toBe(true);
    const afterClear = await wb.port().read({ names: [], tables: [] });
    expect(afterClear.sheets).not.toContain(RESULTS_SHEET);
    expect(afterClear.sheets).toContain(RECORD_SHEET);
    const fourth = await validate(wb.port());
    expect(explained(fourth.all).map((f) => f.explanation)).toEqual([TEXT]);

    // The unit changes a figure the warning is about: the warning returns unexplained.
    const cell = { sheet: warning.sheet!, address: warning.cell! };
    const before = await wb.port().read({ names: [], tables: [], cells: [cell] });
    const value = before.cells[`${cell.sheet}!${cell.address}`]?.value;
    expect(typeof value).toBe("number");
    await wb.port().write([
      {
        op: "cells",
        sheet: cell.sheet,
        cells: [{ address: cell.address, value: Number(value) + 1 }],
      },
    ]);
    const fifth = await validate(wb.port());
    const again = fifth.all.filter((f) => f.ruleId === warning.ruleId && f.cell === warning.cell);
    expect(again.length).toBe(1);
    expect(again[0].explanation).toBeUndefined();
    const after = await resultsSheet(wb.port());
    const old = Object.entries(after)
      .find(([, v]) => v === TEXT)![0]
      .slice(1);
    expect(after[`B${old}`]).toBe(STALE_LABEL);
    // And it stays there, run after run, until the preparer removes it.
    await validate(wb.port());
    expect(Object.values(await resultsSheet(wb.port()))).toContain(TEXT);
  }, 60000);

  test("without explanations, clear still gives back a workbook without the record", async () => {
    const wb = await open(host, sampleBytes());
    await validate(wb.port());
    await clearWorkbook(wb.port());
    const read = await wb.port().read({ names: [], tables: [] });
    expect(read.sheets).not.toContain(RECORD_SHEET);
  }, 60000);
});

/**
 * One contract for every port: the CLI's ExcelJS adapter and the Office.js adapter on the fake
 * Excel under each requirement-set profile give the same results. Differences by design:
 * - notes exist only where ExcelApi 1.18 does (m365, web) and in files (xlsx);
 * - charts on 汇总 only where the host draws them (not ExcelJS): values are the same.
 */
import { validate, clearWorkbook } from "../../src/workbook/validate";
import { generateReport } from "../../src/workbook/report";
import { RECORD_SHEET } from "../../src/layout/results";
import { open, sampleBytes } from "./ports";
import type { WorkbookPort } from "../../src/workbook/port";
import { contentOf, expectSameFormulas, findingKey, type Content } from "./content";

/** Notes, and the record's list of them, differ by design between hosts with and without notes. */
function withoutNotes(c: Content): Content {
  const values = { ...c.values };
  const record = values[RECORD_SHEET]?.A1;
  if (typeof record === "string")
    values[RECORD_SHEET] = { A1: JSON.stringify({ ...JSON.parse(record), notes: [] }) };
  return { ...c, values, notes: undefined };
}

/** The 汇总 hint says whether charts were drawn: by design it differs where ExcelJS writes. */
const CHART_HINT = "A2";

/** A workbook open on a host under test: a fresh port over it per command, as the pane makes. */
export interface OpenedOn {
  port(): WorkbookPort;
}

/**
 * The contract's cases over any set of hosts, each compared with the CLI (ExcelJS) run of the
 * same sample: run by contract.test.ts over ExcelJS and the Office profiles, and by
 * wps-contract.test.ts over WPS on the fake WPS host.
 */
export function contractCases<H extends string>(
  hosts: readonly H[],
  openOn: (host: H, bytes: Buffer) => Promise<OpenedOn>
): void {
  let cli: { validated: Content; findings: string[]; reported: Content; original: Content };

  beforeAll(async () => {
    const a = await open("xlsx", sampleBytes());
    const original = await contentOf(a.port());
    const { all } = await validate(a.port());
    const validated = await contentOf(a.port());
    const b = await open("xlsx", sampleBytes());
    await generateReport(b.port());
    cli = {
      original,
      validated,
      findings: all.map(findingKey).sort(),
      reported: await contentOf(b.port()),
    };
  }, 60000);

  describe.each(hosts as H[])("on %s", (host: H) => {
    test("validate finds what the CLI finds and writes back the same", async () => {
      const wb = await openOn(host, sampleBytes());
      const { all } = await validate(wb.port());
      expect(all.map(findingKey).sort()).toEqual(cli.findings);
      const after = await contentOf(wb.port());
      expect(withoutNotes(after)).toEqual({
        ...withoutNotes(cli.validated),
        formulas: after.formulas,
      });
      expect(expectSameFormulas(after, cli.validated)).toEqual([]);
      if (wb.port().capabilities.notes) expect(after.notes).toEqual(cli.validated.notes);
      else expect(after.notes).toBeUndefined();
    });

    test("validate twice equals validate once; clear gives back the original", async () => {
      const once = await openOn(host, sampleBytes());
      await validate(once.port());
      const twice = await openOn(host, sampleBytes());
      await validate(twice.port());
      await validate(twice.port());
      expect(await contentOf(twice.port())).toEqual(await contentOf(once.port()));
      const cleared = await clearWorkbook(twice.port());
      expect(cleared.left).toEqual([]);
      expect(withoutNotes(await contentOf(twice.port()))).toEqual(withoutNotes(cli.original));
    });

    test("report writes the CLI's sheets, figure for figure", async () => {
      const wb = await openOn(host, sampleBytes());
      await generateReport(wb.port());
      const after = await contentOf(wb.port());
      for (const sheet of ["报告", "自评表"])
        expect([sheet, after.values[sheet]]).toEqual([sheet, cli.reported.values[sheet]]);
      const { [CHART_HINT]: hint, ...summary } = after.values["汇总"];
      const { [CHART_HINT]: cliHint, ...cliSummary } = cli.reported.values["汇总"];
      expect(summary).toEqual(cliSummary);
      expect(hint === cliHint).toBe(!wb.port().capabilities.charts);
    });
  });
}

/**
 * Formulas as Excel gives them back (TOOLCHAIN.md, Office facts: "Excel shows
 * T[[#This Row],[c]] as [@c] (and T[@c] outside the table) and may give that form back through
 * range.formulas: compare formulas by meaning"). The fake answers in Excel's form, so a
 * byte comparison would report every calculated cell as overwritten here.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FakeExcel } from "../fake-excel";
import { saveXlsx } from "../fake-excel/xlsx";
import { excelForm } from "../fake-excel/formula-form";
import { keyCol, keyRow } from "../fake-excel/state";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { insertTemplate } from "../../src/workbook/template";
import { validate } from "../../src/workbook/validate";
import { cliRunner } from "../helpers/cli";
import { HOSTS, OFFICE_PROFILES, open, sampleBytes, type Host } from "./ports";
import type { ProfileName } from "../fake-excel";

const OVERWRITTEN = "computed-overwritten";

const portOn = (fake: FakeExcel) =>
  new OfficeWorkbook({
    run: fake.run,
    excel: fake.Excel,
    isSetSupported: (s, v) => fake.isSetSupported(s, v),
  });

/** A new blank workbook in Excel with the template inserted by 插入模板. */
async function inserted(profile: ProfileName): Promise<FakeExcel> {
  const fake = new FakeExcel({ profile, currentYear: 2022 });
  const plan = await insertTemplate(portOn(fake));
  expect(plan.refused).toBeUndefined();
  return fake;
}

describe.each(OFFICE_PROFILES)("on %s", (profile) => {
  test("the sample's table formulas read back in Excel's [@列] form", async () => {
    const wb = await open(profile, sampleBytes());
    const read = await wb.port().read({ names: [], tables: ["T_Projects"] });
    const formulas = read.tables.T_Projects!.rows.flat().flatMap((c) => c.formula ?? []);
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) {
      expect(f).toContain("[@实际支出]");
      expect(f).not.toMatch(/#This Row|T_Projects\[/i);
    }
  });

  test("validate on a freshly inserted template reports no formula as overwritten", async () => {
    const fake = await inserted(profile);
    const { all } = await validate(portOn(fake));
    expect(all.filter((f) => f.ruleId === OVERWRITTEN)).toEqual([]);
  });
});

describe.each(HOSTS)("validate on the sample, on %s", (host: Host) => {
  test("reports no formula as overwritten", async () => {
    const wb = await open(host, sampleBytes());
    const { all } = await validate(wb.port());
    expect(all.filter((f) => f.ruleId === OVERWRITTEN)).toEqual([]);
  });
});

describe("through the CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-formulas-"));
  const cli = cliRunner(dir);

  /** The workbook as a file whose formulas are all in Excel's displayed form. */
  async function inExcelsForm(fake: FakeExcel, name: string): Promise<string> {
    for (const sheet of fake.state.sheets)
      for (const [key, cell] of sheet.cells)
        if (cell.formula)
          cell.formula = excelForm(
            cell.formula,
            fake.state.tables,
            sheet,
            keyRow(key),
            keyCol(key)
          );
    const path = join(dir, name);
    writeFileSync(path, Buffer.from(await saveXlsx(fake.state)));
    return path;
  }

  test("validate reports no formula as overwritten on the sample and an inserted template", async () => {
    const sample = await open("m365", sampleBytes());
    const files = [
      "assets/sample.xlsx",
      await inExcelsForm(sample.fake!, "sample-excel-form.xlsx"),
      await inExcelsForm(await inserted("ltsc2021"), "inserted.xlsx"),
    ];
    for (const file of files) {
      const run = cli("validate", file, "--json");
      expect([file, run.stderr]).toEqual([file, ""]);
      const findings = JSON.parse(run.stdout) as { ruleId?: string; rule?: string }[];
      expect(JSON.stringify(findings)).not.toContain(OVERWRITTEN);
      expect(findings.length).toBeGreaterThan(0);
    }
  }, 120000);
});

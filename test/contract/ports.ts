import { readFileSync } from "node:fs";
import { FakeExcel, type ProfileName } from "../fake-excel";
import { loadXlsx, saveXlsx } from "../fake-excel/xlsx";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import type { WorkbookPort } from "../../src/workbook/port";

export type Host = "xlsx" | ProfileName;
export const OFFICE_PROFILES: ProfileName[] = ["ltsc2021", "ltsc2024", "m365", "web"];
export const HOSTS: Host[] = ["xlsx", ...OFFICE_PROFILES];

/** A workbook open on one host: the CLI's ExcelJS adapter, or Office.js on the fake Excel. */
export interface Opened {
  host: Host;
  /** A fresh port over the same workbook (a command and the pane each make their own). */
  port(): WorkbookPort;
  save(): Promise<Buffer>;
  /** The fake Excel, for hosts that are Office.js. */
  fake?: FakeExcel;
}

export const sampleBytes = (): Buffer => readFileSync("assets/sample.xlsx");

export async function open(host: Host, bytes: Buffer): Promise<Opened> {
  if (host === "xlsx") {
    const wb = await XlsxWorkbook.load(bytes);
    return { host, port: () => wb, save: () => wb.toBuffer() };
  }
  const fake = new FakeExcel({ profile: host, state: await loadXlsx(bytes), currentYear: 2022 });
  return {
    host,
    fake,
    port: () =>
      new OfficeWorkbook({
        run: fake.run,
        excel: fake.Excel,
        isSetSupported: (s, v) => fake.isSetSupported(s, v),
      }),
    save: async () => Buffer.from(await saveXlsx(fake.state)),
  };
}

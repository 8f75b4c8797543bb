import { FakeWps } from "../fake-wps";
import { loadXlsx, saveXlsx } from "../fake-excel/xlsx";
import { WpsWorkbook } from "../../src/workbook/wps/wps-workbook";
import type { WpsApplication } from "../../src/workbook/wps/host";
import type { WorkbookPort } from "../../src/workbook/port";

/** A workbook open in WPS 表格: the WPS adapter over the fake WPS host (the file loaded as the fake Excel loads it). */
export interface OpenedInWps {
  host: "wps";
  port(): WorkbookPort;
  save(): Promise<Buffer>;
  fake: FakeWps;
}

/** The fake's objects are typed by their own classes; the adapter sees them through its interfaces. */
export const applicationOf = (fake: FakeWps): WpsApplication =>
  fake.Application as unknown as WpsApplication;

export async function openInWps(bytes: Buffer): Promise<OpenedInWps> {
  const fake = new FakeWps({ state: await loadXlsx(bytes), currentYear: 2022 });
  return {
    host: "wps",
    fake,
    port: () => new WpsWorkbook(applicationOf(fake)),
    save: async () => Buffer.from(await saveXlsx(fake.state)),
  };
}

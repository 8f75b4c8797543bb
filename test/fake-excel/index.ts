import { loadClient } from "./client";
import type { FakeExcelOptions } from "./fake";
import { FakeExcel as HostedExcel } from "./fake";

export type { ProfileName } from "./profiles";
export type { WorkbookState, SheetState, CellState } from "./state";
export { FakeRichApiError } from "./errors";
export { createWorkbook } from "./state";

/** The fake Excel in Node: Microsoft's client runs in a vm context of its own per host. */
export class FakeExcel extends HostedExcel {
  constructor(options: Omit<FakeExcelOptions, "loadClient"> & Partial<FakeExcelOptions>) {
    super({ loadClient, ...options });
  }
}

import type { Capabilities, ReadRequest, ReadResult, WorkbookPort, WriteOp } from "../port";
import { XL } from "./enums";
import type { WpsApplication, WpsWorkbook as WpsBook } from "./host";
import { readWorkbook } from "./read";
import { WpsWriter } from "./write";

/**
 * The WorkbookPort over WPS 表格's JS object model (a WPS add-in's `window.Application`),
 * executing the same plans as the Office adapter. Reads and writes go by whole ranges, never
 * cell by cell: each property or call crosses the add-in bridge. Only this folder and the
 * src/wps entry files touch WPS objects.
 */
export class WpsWorkbook implements WorkbookPort {
  /** Comments (批注) and charts exist; one run is not one undo step (WPS has no undo grouping for add-ins). */
  readonly capabilities: Capabilities = { notes: true, charts: true, undoGroup: false };

  constructor(private readonly app: WpsApplication) {}

  private get book(): WpsBook {
    const wb = this.app.ActiveWorkbook;
    if (!wb) throw new Error("WPS has no open workbook");
    return wb;
  }

  async read(request: ReadRequest): Promise<ReadResult> {
    return readWorkbook(this.book, request);
  }

  /**
   * Writes with the screen frozen, calculation manual (formulas recalculate once, after) and
   * alerts off (Worksheet.Delete would otherwise wait for the user to confirm); each setting is
   * given back as it was on every path, the failing one included.
   */
  async write(ops: WriteOp[]): Promise<void> {
    const wb = this.book;
    const app = this.app;
    const saved = {
      screen: app.ScreenUpdating,
      calculation: app.Calculation,
      alerts: app.DisplayAlerts,
    };
    try {
      app.ScreenUpdating = false;
      app.Calculation = XL.xlCalculationManual;
      app.DisplayAlerts = false;
      new WpsWriter(app, wb).execute(ops);
    } finally {
      restore(() => (app.DisplayAlerts = saved.alerts));
      restore(() => (app.Calculation = saved.calculation));
      restore(() => (app.ScreenUpdating = saved.screen));
    }
  }
}

/** One setting given back; a failure to restore one must not keep the others from being restored. */
function restore(give: () => void): void {
  try {
    give();
  } catch {
    // the host refused to take the setting back: nothing more can be done from here
  }
}

/**
 * The one small interface between the engine and a workbook host. Requests and writes are
 * batched so the Office.js adapter can serve a whole read in two `context.sync()` calls and a
 * whole write in two more; the ExcelJS adapter serves the CLI. The vocabulary itself lives in
 * src/model/sheet.ts, below the domain; nothing here knows the template.
 */
import type { Capabilities, ReadRequest, ReadResult, WriteOp } from "../model/sheet";

export * from "../model/sheet";

export interface WorkbookPort {
  readonly capabilities: Capabilities;
  read(request: ReadRequest): Promise<ReadResult>;
  /** Executes the ops in order; throws `SheetLockedError` when a protected sheet will not open. */
  write(ops: WriteOp[]): Promise<void>;
}

/** A sheet protected with a password the add-in does not know: its writes cannot happen. */
export class SheetLockedError extends Error {
  constructor(readonly sheet: string) {
    super(`sheet ${sheet} is protected with a password`);
  }
}

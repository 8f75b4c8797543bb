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

/** The workbook is not this template at all, or is of a version this build cannot read. */
export class NotATemplateError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string
  ) {
    super(`${zh} ${en}`);
  }
}

/** In one sentence, what stops the run and what to do (PRODUCT.md §5: plain Chinese first). */
export const STRUCTURE_PROTECTED = {
  zh: "工作簿结构受保护，无法添加或删除工作表，本次未做任何修改：请在“审阅 → 保护工作簿”中取消保护后重试。",
  en: "The workbook structure is protected, so no sheet can be added or removed and nothing was changed: unprotect it under Review → Protect Workbook and try again.",
};

/** A run that needs a sheet it cannot add: nothing was written. */
export class StructureProtectedError extends Error {
  readonly zh = STRUCTURE_PROTECTED.zh;
  readonly en = STRUCTURE_PROTECTED.en;
  constructor() {
    super(STRUCTURE_PROTECTED.en);
    this.name = "StructureProtectedError";
  }
}

/** Ops on the workbook itself (its sheets, names, protection, selection); the rest write a sheet. */
export type WorkbookOpName =
  | "addSheet"
  | "deleteSheet"
  | "setVisibility"
  | "renameSheet"
  | "defineName"
  | "deleteName"
  | "protect"
  | "unprotect"
  | "activate"
  | "select"
  | "checkpoint";

import { canonicalProtection } from "./port";
import type { ProtectionOptions, ReadResult, Visibility, WriteOp } from "./port";

/** Ops that write into a sheet's cells or layout, which Excel refuses on a protected sheet. */
const WRITES_INTO: ReadonlySet<WriteOp["op"]> = new Set([
  "cells",
  "merge",
  "columns",
  "rowHeights",
  "table",
  "listValidation",
  "freeze",
  "pageSetup",
  "mark",
  "unmark",
  "addNote",
  "deleteNote",
  "chart",
]);

const sheetOf = (op: WriteOp): string | undefined => ("sheet" in op ? op.sheet : undefined);

export interface Guarded {
  /** Ops with those on locked sheets left out. */
  ops: WriteOp[];
  /** Unprotect the sheets the ops write into; run after the record, before the ops. */
  open: WriteOp[];
  /** Protect them again with the options they had. */
  close: WriteOp[];
  /** Options of the sheets opened, for the record (clear re-protects after a broken run). */
  opened: Record<string, ProtectionOptions>;
  /** Protected with a password: their writes are skipped. */
  locked: string[];
}

/**
 * Excel refuses every write on a protected sheet, marks included: the sheets `ops` write into
 * are unprotected for the run and protected again with the same options. A sheet whose
 * password we do not know is left alone.
 */
export function guardProtection(ops: WriteOp[], read: ReadResult): Guarded {
  const touched = new Set<string>();
  for (const op of ops) {
    const sheet = sheetOf(op);
    if (sheet && WRITES_INTO.has(op.op) && read.sheetState[sheet]?.protection) touched.add(sheet);
  }
  const locked = [...touched].filter((s) => read.sheetState[s]?.protection?.password === true);
  const opened: Record<string, ProtectionOptions> = {};
  for (const s of touched) {
    const p = read.sheetState[s]?.protection;
    if (p && !locked.includes(s)) opened[s] = canonicalProtection(p.options);
  }
  return {
    ops: ops.filter((op) => !(WRITES_INTO.has(op.op) && locked.includes(sheetOf(op) ?? ""))),
    open: Object.keys(opened).map((sheet): WriteOp => ({ op: "unprotect", sheet })),
    close: Object.entries(opened).map(([sheet, options]): WriteOp => ({
      op: "protect",
      sheet,
      options,
    })),
    opened,
    locked,
  };
}

/** Deletes a sheet if it exists; a very hidden one is made hidden first, as Excel requires. */
export function deleteSheetOps(
  read: ReadResult,
  sheet: string,
  /** For a sheet this run adds, which the read does not know. */
  added?: Visibility
): WriteOp[] {
  if (!added && !read.sheets.includes(sheet)) return [];
  const hidden = (added ?? read.sheetState[sheet]?.visibility) === "veryHidden";
  return [
    ...(hidden ? [{ op: "setVisibility", sheet, visibility: "hidden" } as const] : []),
    { op: "deleteSheet", sheet },
  ];
}

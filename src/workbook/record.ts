import { RECORD_CELLS, RECORD_CHUNK, recordAddress } from "../layout/results";
import { cellKey, type CellAt, type ReadResult, type WriteOp } from "./port";
import { deleteSheetOps } from "./guard";

/**
 * A JSON record kept in a very hidden sheet, split over cells because one cell holds at most
 * 32,767 characters. Validate and report each keep one, to undo or compare what they wrote.
 */
export function recordCells(sheet: string): CellAt[] {
  return Array.from({ length: RECORD_CELLS }, (_, i) => ({ sheet, address: recordAddress(i) }));
}

/** The record read back, or undefined when it is missing or unreadable. */
export function readRecord<T>(read: ReadResult, sheet: string): T | undefined {
  const text = recordCells(sheet)
    .map((c) => read.cells[cellKey(c.sheet, c.address)]?.value)
    .map((v) => (typeof v === "string" ? v : ""))
    .join("");
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/**
 * Writes `value` as the record: every record cell is written (unused ones emptied), so a
 * record can be rewritten in place within one run without deleting its sheet.
 */
export function writeRecordOps(read: ReadResult, sheet: string, value: unknown): WriteOp[] {
  const json = JSON.stringify(value);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += RECORD_CHUNK) chunks.push(json.slice(i, i + RECORD_CHUNK));
  if (chunks.length > RECORD_CELLS) throw new Error(`record ${sheet} too large`);
  const exists = read.sheets.includes(sheet);
  return [
    ...(exists ? [] : [{ op: "addSheet", sheet, visibility: "veryHidden" } as const]),
    {
      op: "cells",
      sheet,
      cells: recordCells(sheet).map((c, i) => ({
        address: c.address,
        value: chunks[i] ?? null,
        style: { numFmt: "@" },
      })),
    },
  ];
}

/** Removes the record sheet, if there is one. */
export const deleteRecordOps = (read: ReadResult, sheet: string): WriteOp[] =>
  deleteSheetOps(read, sheet);

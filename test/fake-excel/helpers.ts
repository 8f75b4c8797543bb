import type { FakeExcel } from "./index";
import type { CellState, SheetState, WorkbookState } from "./state";
import { findSheet, getCell } from "./state";
import { parseA1 } from "./address";

/** Test helpers over the in-memory state. */

export function sheetOf(state: WorkbookState, name: string): SheetState {
  const s = findSheet(state, name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

export function cellOf(host: FakeExcel, sheet: string, address: string): CellState | undefined {
  const rect = parseA1(address);
  if (!rect) throw new Error(`bad address ${address}`);
  return getCell(sheetOf(host.state, sheet), rect.r0, rect.c0);
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(
  p: Promise<unknown>
): Promise<{ code: string; name: string; debugInfo: { errorLocation?: string } }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; name: string; debugInfo: { errorLocation?: string } };
  }
  throw new Error("expected a rejection");
}

import { addr, cellPosition } from "../../layout";

/** A 0-based inclusive rectangle of cells. */
export interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export const a1 = (b: Box): string =>
  b.r0 === b.r1 && b.c0 === b.c1
    ? addr(b.c0, b.r0 + 1)
    : `${addr(b.c0, b.r0 + 1)}:${addr(b.c1, b.r1 + 1)}`;

/** "B3:D9", "$B$3", "$A$1:$C$3" into a box. */
export function boxOf(address: string): Box {
  const [from, to] = address.replace(/\$/g, "").split(":");
  const a = cellPosition(from);
  const b = cellPosition(to ?? from);
  return { r0: a.row, c0: a.col, r1: b.row, c1: b.col };
}

export const boxAround = (cells: { row: number; col: number }[]): Box => ({
  r0: Math.min(...cells.map((p) => p.row)),
  r1: Math.max(...cells.map((p) => p.row)),
  c0: Math.min(...cells.map((p) => p.col)),
  c1: Math.max(...cells.map((p) => p.col)),
});

/**
 * Cells as few rectangles, each wholly made of the given cells (a VBA array write clears what
 * it covers, so a rectangle must never reach a cell the op does not name): runs along each row,
 * stacked where consecutive rows have the same run.
 */
export function rectangles(addresses: string[]): Box[] {
  const byRow = new Map<number, number[]>();
  for (const a of new Set(addresses)) {
    const { row, col } = cellPosition(a);
    byRow.set(row, [...(byRow.get(row) ?? []), col]);
  }
  const open = new Map<string, Box>();
  const done: Box[] = [];
  for (const [row, cols] of [...byRow].sort(([x], [y]) => x - y)) {
    cols.sort((x, y) => x - y);
    let start = 0;
    for (let i = 1; i <= cols.length; i++) {
      if (i < cols.length && cols[i] === cols[i - 1] + 1) continue;
      const [c0, c1] = [cols[start], cols[i - 1]];
      const key = `${c0}:${c1}`;
      const rect = open.get(key);
      if (rect && rect.r1 === row - 1) rect.r1 = row;
      else {
        if (rect) done.push(rect);
        open.set(key, { r0: row, r1: row, c0, c1 });
      }
      start = i;
    }
  }
  return [...done, ...open.values()];
}

/** A VBA read as rows: one cell reads a scalar, several a 2-D array. */
export function rowsOf<T>(read: T | T[][]): T[][] {
  return Array.isArray(read) ? read : [[read]];
}

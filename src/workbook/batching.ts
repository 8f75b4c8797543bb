/**
 * How writes are cut into requests: the one place the request budget lives (the Office adapter
 * executes it). Excel on the web refuses a request over 5 MB whole
 * (`RequestPayloadSizeLimitExceeded`), so a refused batch can be split and sent again safely.
 */
import type { WriteOp } from "./port";
import { cellPosition } from "../layout";

/** The wire budget of one request: under the web host's 5 MB, with room for the envelope. */
export const REQUEST_LIMIT = 4_000_000;
/** A `cells` op above this is written in parts, so no single part nears the cap. */
export const CELLS_PART = 512 * 1024;
/** UTF-8 length, the unit of the web host's 5 MB request cap. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Object paths and action metadata each op adds besides its values (a few actions each). */
const ACTION_BYTES = 600;

/**
 * An op's size on the wire: a request's JSON carries object paths and action metadata, about
 * twice the compact JSON of the values (TOOLCHAIN.md, Office facts).
 */
export function wireBytes(op: WriteOp): number {
  const values = 2 * utf8Bytes(JSON.stringify(op)) + ACTION_BYTES;
  if (op.op !== "cells" || !op.cells.length) return values;
  // Each 2-D array written covers the bounding box: a null per untouched cell, up to 3 arrays.
  const pos = op.cells.map((c) => cellPosition(c.address));
  const rows = Math.max(...pos.map((p) => p.row)) - Math.min(...pos.map((p) => p.row)) + 1;
  const cols = Math.max(...pos.map((p) => p.col)) - Math.min(...pos.map((p) => p.col)) + 1;
  return values + rows * cols * 3 * 2 * "null,".length;
}

/** Large `cells` ops in parts, each well under the request cap. */
export function splitLarge(ops: WriteOp[]): WriteOp[] {
  return ops.flatMap((op): WriteOp[] => {
    if (op.op !== "cells" || wireBytes(op) <= CELLS_PART) return [op];
    const parts = Math.ceil(wireBytes(op) / CELLS_PART);
    const size = Math.ceil(op.cells.length / parts);
    const out: WriteOp[] = [];
    for (let i = 0; i < op.cells.length; i += size)
      out.push({ ...op, cells: op.cells.slice(i, i + size) });
    return out;
  });
}

/**
 * A refused batch in two halves, in order; one `cells` op is halved by its cells. Undefined
 * when there is nothing left to split.
 */
export function halve(ops: WriteOp[]): [WriteOp[], WriteOp[]] | undefined {
  if (ops.length > 1) {
    const mid = Math.ceil(ops.length / 2);
    return [ops.slice(0, mid), ops.slice(mid)];
  }
  const [op] = ops;
  if (op?.op !== "cells" || op.cells.length < 2) return undefined;
  const mid = Math.ceil(op.cells.length / 2);
  return [[{ ...op, cells: op.cells.slice(0, mid) }], [{ ...op, cells: op.cells.slice(mid) }]];
}

import {
  PLACEMENTS,
  SHEETS,
  TEMPLATE_MARKER,
  TEMPLATE_VERSION,
  VERSION_NAME,
  allNames,
  appendedFieldOps,
  inVersion,
  sheetRows,
  sheetsFor,
  templateOps,
  type Field,
  type SheetDef,
} from "../layout";
import { guardProtection } from "./guard";
import { STRUCTURE_PROTECTED } from "./port";
import { recognise } from "./reader";
import { readRecord, recordCells, writeRecordOps } from "./record";
import { deleteSheetOps } from "./guard";
import type { ReadRequest, ReadResult, WorkbookPort, WriteOp } from "./port";

/** Very hidden record of an 插入模板 under way: the sheets it is creating. */
export const INSERT_RECORD_SHEET = "_jixiao_insert";

interface InsertRecord {
  version: 1;
  sheets: string[];
}

export interface InsertPlan {
  ops: WriteOp[];
  /** Why nothing is written, in Chinese and English. */
  refused?: { zh: string; en: string };
}

/**
 * Excel refuses a formula naming a table that does not exist yet, and a sheet's formulas may
 * name tables laid out on later sheets: every sheet, table and name is made first, the cells
 * holding formulas are written after them, and sheets are protected last. Other ops keep their
 * order.
 */
export function formulasLast(ops: WriteOp[]): WriteOp[] {
  const structure: WriteOp[] = [];
  const formulas: WriteOp[] = [];
  const protect: WriteOp[] = [];
  for (const op of ops) {
    if (op.op === "protect") protect.push(op);
    else if (op.op !== "cells") structure.push(op);
    else {
      const [live, plain] = [op.cells.filter((c) => c.formula), op.cells.filter((c) => !c.formula)];
      if (plain.length) structure.push({ ...op, cells: plain });
      if (live.length) formulas.push({ ...op, cells: live });
    }
  }
  return [...structure, ...formulas, ...protect];
}

export const insertRequest = (): ReadRequest => ({
  // Every name: on an older template, the fields it already has are not added again.
  names: allNames(),
  // An older template is upgraded: its new cells go below the tables as they have grown.
  tables: [...PLACEMENTS.tables.keys()],
  cells: recordCells(INSERT_RECORD_SHEET),
});

/**
 * 插入模板: the standard sheets from the same layout ops the CLI writes. The record of the
 * sheets being created comes first, so a run that broke off is completed by the next one; a
 * complete template, or a sheet of the user's with a template sheet's name, is left alone.
 */
export function planInsertTemplate(read: ReadResult): InsertPlan {
  const names = SHEETS.map((s) => s.name);
  const pending = readRecord<InsertRecord>(read, INSERT_RECORD_SHEET);
  const ours = new Set(pending?.version === 1 ? pending.sheets : []);
  const present = names.filter((n) => read.sheets.includes(n));
  if (read.structureProtected) return { ops: [], refused: STRUCTURE_PROTECTED };
  const older = read.names[VERSION_NAME] ? upgradeOps(read) : undefined;
  if (!pending && older?.length) return { ops: older };
  if (!pending && read.names[VERSION_NAME] && present.length === names.length) {
    return {
      ops: [],
      refused: {
        zh: "本工作簿已有完整的绩效自评模板，无需再次插入。",
        en: "This workbook already holds the complete template.",
      },
    };
  }
  const clash = present.filter((n) => !ours.has(n));
  if (clash.length) {
    return {
      ops: [],
      refused: {
        zh: `工作簿中已有同名工作表“${clash.join("”“")}”，为免覆盖，未插入模板。请在新建的空白工作簿中插入模板。`,
        en: `The workbook already has sheets named ${clash.join(", ")}; to overwrite nothing, the template was not inserted. Insert it into a new blank workbook.`,
      },
    };
  }
  const template = new Set<string>(allNames());
  const record: InsertRecord = { version: 1, sheets: names };
  return {
    ops: [
      ...writeRecordOps(read, INSERT_RECORD_SHEET, record),
      { op: "checkpoint" },
      ...present.flatMap((s) => deleteSheetOps(read, s)),
      ...read.definedNames
        .filter((n) => template.has(n))
        .map((name): WriteOp => ({ op: "deleteName", name })),
      ...formulasLast(templateOps()),
      ...deleteSheetOps(read, INSERT_RECORD_SHEET, "veryHidden"),
      { op: "activate", sheet: names[0] },
    ],
  };
}

export async function insertTemplate(port: WorkbookPort): Promise<InsertPlan> {
  const plan = planInsertTemplate(await port.read(insertRequest()));
  if (plan.ops.length) await port.write(plan.ops);
  return plan;
}

/** Names and tables: what was appended before and how far tables have grown (see lastUsedRow). */
export const upgradeRequest = (): ReadRequest => ({
  names: allNames(),
  tables: [...PLACEMENTS.tables.keys()],
});

/**
 * The last row the workbook uses on a sheet the layout knows: its laid-out rows, a table grown
 * past its template size, cells an earlier upgrade appended. New cells go below all of them, so
 * no project row or earlier appended field is written over.
 */
function lastUsedRow(read: ReadResult, sheet: SheetDef): number {
  const rowOf = (address: string) => Number(/(\d+)$/.exec(address)?.[1] ?? 0);
  const tables = Object.values(read.tables)
    .filter((t) => t?.sheet === sheet.name)
    .map((t) => rowOf(t!.range.split(":").pop() ?? ""));
  const names = Object.values(read.names)
    .filter((c) => c?.sheet === sheet.name)
    .map((c) => rowOf(c!.address));
  return Math.max(sheetRows(sheet), ...tables, ...names);
}

/**
 * jixiao upgrade and 插入模板 on a workbook of an older template version: the sheets added since
 * are created, the fields added to existing sheets are written below what that version laid out,
 * and the version marker is raised. No input cell is written. Empty when the workbook is current
 * (or older than nothing this build knows).
 */
export function upgradeOps(read: ReadResult): WriteOp[] {
  const { version, versionMissing } = recognise(read);
  if (versionMissing || version === TEMPLATE_VERSION) return [];
  const newSheets = SHEETS.filter(
    (s) => !inVersion(s.since, version) && !read.sheets.includes(s.name)
  );
  const old = new Map(sheetsFor(version).map((s) => [s.name, s]));
  const appended: WriteOp[] = [];
  for (const [name, oldSheet] of old) {
    if (!read.sheets.includes(name)) continue;
    const added: Field[] = [...PLACEMENTS.fields.values()]
      .filter(
        (fp) =>
          fp.sheet === name && !inVersion(fp.field.since, version) && !read.names[fp.field.name]
      )
      .map((fp) => fp.field);
    const calcs = [...PLACEMENTS.calcs.values()]
      .filter(
        (cp) => cp.sheet === name && !inVersion(cp.since, version) && !read.names[cp.calc.name]
      )
      .map((cp) => cp.calc);
    if (added.length || calcs.length)
      appended.push(...appendedFieldOps(oldSheet, lastUsedRow(read, oldSheet) + 2, added, calcs));
  }
  const marker = read.names[VERSION_NAME];
  const raise: WriteOp[] = marker
    ? [
        {
          op: "cells",
          sheet: marker.sheet,
          cells: [{ address: marker.address, value: `${TEMPLATE_MARKER} ${TEMPLATE_VERSION}` }],
        },
      ]
    : [];
  const guarded = guardProtection([...appended, ...raise], read);
  return formulasLast([
    ...templateOps(undefined, SHEETS, new Set(newSheets.map((s) => s.name))),
    ...guarded.open,
    ...guarded.ops,
    ...guarded.close,
  ]);
}

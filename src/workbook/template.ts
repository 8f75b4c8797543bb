import { SHEETS, VERSION_NAME, allNames, templateOps } from "../layout";
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

export const insertRequest = (): ReadRequest => ({
  names: [VERSION_NAME],
  tables: [],
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
      ...templateOps(),
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

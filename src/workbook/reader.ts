import { Evaluation, emptyEvaluation, type Evaluation as EvaluationT } from "../model/evaluation";
import type { Finding } from "../model/finding";
import {
  PLACEMENTS,
  SHEETS,
  TEMPLATE_MARKER,
  TEMPLATE_VERSION,
  TEMPLATE_VERSIONS,
  VERSION_NAME,
  allNames,
  inVersion,
  type Placements,
} from "../layout";
import { setPath } from "../model/paths";
import { cellPath, Locations } from "../layout/locations";
import { NARRATIVE_KINDS } from "../layout/template";
import type { Column, FieldBase, TableDef } from "../layout/types";
import { toFinding, type RuleMeta } from "../rules/core/meta";
import {
  ERROR_VALUE,
  INVALID_DATE,
  NOT_A_NUMBER,
  NOT_IN_LIST,
  NUMBER_AS_TEXT,
  REQUIRED,
  REQUIRED_FOR_REPORT,
  TEMPLATE_DAMAGED,
  TEMPLATE_OLDER,
} from "../rules/core/reading";
import { cellValue, decimalsOpen, type Parsed } from "./cell-values";
import { NOT_CHECKED, compileCheck, type Check } from "./schema-check";
import {
  NotATemplateError,
  type CellRead,
  type ReadResult,
  type TableRead,
  type WorkbookPort,
} from "./port";

export { NotATemplateError } from "./port";

/** Template versions this build reads. */
export const READABLE_VERSIONS: readonly string[] = TEMPLATE_VERSIONS;

export interface ReadOutcome {
  model: EvaluationT;
  findings: Finding[];
  /** Where each figure was read from, by model path. */
  where: Locations;
  /** What the port returned, for write-back and formula checks. */
  cells: ReadResult;
}

const PARSE_FINDING: Record<Exclude<Parsed["kind"], "blank" | "ok">, [RuleMeta, string]> = {
  numberAsText: [NUMBER_AS_TEXT, "numberAsText"],
  notANumber: [NOT_A_NUMBER, "notANumber"],
  errorValue: [ERROR_VALUE, "errorValue"],
  notInList: [NOT_IN_LIST, "notInList"],
  invalidDate: [INVALID_DATE, "invalidDate"],
};

/** Recognise the workbook from what was read; throws when it is not ours to read. */
export function recognise(read: ReadResult): { versionMissing: boolean; version: string } {
  const ours = SHEETS.filter((s) => read.sheets.includes(s.name));
  const marker = read.names[VERSION_NAME]?.value;
  const text = typeof marker === "string" ? marker.trim() : "";
  if (!text.startsWith(TEMPLATE_MARKER)) {
    if (ours.length === 0) {
      throw new NotATemplateError(
        "这不是绩效自评模板工作簿（没有模板版本标记，也没有模板中的工作表）。请用“jixiao template”或加载项生成的模板填报。",
        "This is not a Jixiao template workbook (no version marker and none of its sheets). Fill in the template made by `jixiao template` or the add-in."
      );
    }
    return { versionMissing: true, version: TEMPLATE_VERSION };
  }
  const version = text.slice(TEMPLATE_MARKER.length).trim();
  if (!READABLE_VERSIONS.includes(version)) {
    throw new NotATemplateError(
      `模板版本 ${version} 无法识别（本程序读取版本 ${READABLE_VERSIONS.join("、")}）。请更新绩效自评助手，或改用当前模板。`,
      `Template version ${version} is not supported (this build reads ${READABLE_VERSIONS.join(", ")}). Update Jixiao or use the current template.`
    );
  }
  return { versionMissing: false, version };
}

function describe(base: FieldBase): string {
  return `“${base.label}”`;
}

/** Reads any filled template into the model plus findings; never throws on user data. */
export async function readWorkbook(
  port: WorkbookPort,
  p: Placements = PLACEMENTS
): Promise<ReadOutcome> {
  const read = await port.read({ names: allNames(p), tables: [...p.tables.keys()] });
  return readFrom(read, p);
}

export function readFrom(read: ReadResult, p: Placements = PLACEMENTS): ReadOutcome {
  const { versionMissing, version: workbookVersion } = recognise(read);
  const current = (since: string | undefined) => inVersion(since, workbookVersion);
  const findings: Finding[] = [];
  const report = (
    meta: RuleMeta,
    messageId: string,
    at: { sheet: string; address?: string },
    data: Record<string, string>
  ) =>
    findings.push(
      toFinding(meta, { messageId, data, cells: [{ sheet: at.sheet, cell: at.address }] })
    );

  const older = { version: workbookVersion, current: TEMPLATE_VERSION };
  const missingSheets = reportMissingSheets(read, report, current, older);
  const version = p.fields.get(VERSION_NAME)!;
  if (versionMissing && !missingSheets.has(version.sheet)) {
    report(
      TEMPLATE_DAMAGED,
      "versionMissing",
      // Its cell, or where the template puts it when the name itself is gone.
      { sheet: version.sheet, address: read.names[VERSION_NAME]?.address ?? version.address },
      { name: VERSION_NAME }
    );
  }

  const model = emptyEvaluation(workbookVersion) as unknown as Record<string, unknown>;
  const where = new Locations();

  const take = takerFor(report);
  const reading: Reading = {
    read,
    p,
    current,
    missingSheets,
    report,
    take,
    model,
    where,
    findings,
  };
  const newerFields = readFields(reading);
  readTables(reading);

  if (newerFields.length) {
    const at = {
      sheet: version.sheet,
      address: read.names[VERSION_NAME]?.address ?? version.address,
    };
    report(TEMPLATE_OLDER, "fieldsMissing", at, { ...older, ...labelsOf(newerFields) });
  }

  const parsed = parseModel(model);
  // The reader only stores values it has checked; a failure here is a bug, not user data.
  if (!parsed.success) throw new Error(`reader produced an invalid model: ${parsed.error.message}`);
  return { model: parsed.data, findings, where, cells: read };
}

/** The model's lists of rows (indicators, projects) and the check compiled from their schema. */
const ROW_CHECKS: [string, Check][] = Object.entries(Evaluation.shape).flatMap(([key, schema]) => {
  const check = schema._zod.def.type === "array" ? compileCheck(schema) : undefined;
  return check ? [[key, check]] : [];
});

/**
 * Evaluation.safeParse(model), its lists of rows checked by their compiled check and the rest by
 * zod; when a check does not accept its rows, or zod not the rest, zod parses the whole model, so
 * a failure is zod's own as before.
 */
export function parseModel(
  model: Record<string, unknown>
): ReturnType<typeof Evaluation.safeParse> {
  const rows: [string, unknown][] = [];
  for (const [key, check] of ROW_CHECKS) {
    const checked = check(model[key]);
    if (checked === NOT_CHECKED) return Evaluation.safeParse(model);
    rows.push([key, checked]);
  }
  const rest = Evaluation.safeParse({
    ...model,
    ...Object.fromEntries(rows.map(([k]) => [k, []])),
  });
  if (!rest.success) return Evaluation.safeParse(model);
  // Each list's key is in the output already (as []): assigning keeps the schema's key order.
  for (const [key, checked] of rows) (rest.data as Record<string, unknown>)[key] = checked;
  return rest;
}

/** The fields a newer template added, named in both languages for one finding. */
const labelsOf = (fields: { label: string; en: string }[]) => ({
  labels: fields.map((f) => f.label).join("、"),
  labelsEn: fields.map((f) => f.en).join(", "),
});

/**
 * The template's sheets the workbook lacks: damage when its version has them, else what a newer
 * version added (an info finding, with both versions).
 */
function reportMissingSheets(
  read: ReadResult,
  report: Reading["report"],
  current: (since: string | undefined) => boolean,
  older: { version: string; current: string }
): Set<string> {
  const missing = new Set(SHEETS.map((s) => s.name).filter((s) => !read.sheets.includes(s)));
  for (const s of SHEETS.filter((d) => missing.has(d.name))) {
    if (current(s.since))
      report(TEMPLATE_DAMAGED, "sheetMissing", { sheet: s.name }, { sheet: s.name });
    else report(TEMPLATE_OLDER, "sheetMissing", { sheet: s.name }, { sheet: s.name, ...older });
  }
  return missing;
}

/** Where the reader is: what was read, how to report, and the model and locations it fills. */
interface Reading {
  read: ReadResult;
  p: Placements;
  current: (since: string | undefined) => boolean;
  missingSheets: Set<string>;
  report: Report;
  take: Take;
  model: Record<string, unknown>;
  where: Locations;
  findings: Finding[];
}

type Report = (
  meta: RuleMeta,
  messageId: string,
  at: { sheet: string; address?: string },
  data: Record<string, string>
) => void;

/** Reads a cell by its field's type; what cannot be read becomes a finding at the cell. */
function takerFor(report: Report): Take {
  return (cell, base, label) => {
    const parsed = cellValue(cell.value, cell.numFmt, base);
    if (parsed === undefined || typeof parsed !== "object") return parsed;
    const [meta, messageId] = PARSE_FINDING[parsed.kind];
    const data: Record<string, string> = {
      label: typeof label === "string" ? label : label(base),
      text: parsed.text,
    };
    if (parsed.kind === "numberAsText") data.value = parsed.value;
    if (parsed.kind === "notInList") data.choices = (base.choices ?? ["是", "否"]).join("、");
    report(meta, messageId, cell, data);
    return parsed.kind === "numberAsText" ? parsed.value : undefined;
  };
}

/** The scalar fields by their names; returns the fields of a newer template the workbook lacks. */
function readFields(reading: Reading) {
  const { read, p, current, missingSheets, report, take, model, where, findings } = reading;
  const newerFields: FieldBase[] = [];
  const forReport: { field: FieldBase; cell: CellRead }[] = [];
  for (const [n, place] of p.fields) {
    if (n === VERSION_NAME) continue;
    const cell = read.names[n];
    if (!cell && !current(place.field.since)) {
      if (!missingSheets.has(place.sheet)) newerFields.push(place.field);
      continue;
    }
    if (!cell) {
      if (!missingSheets.has(place.sheet)) {
        report(
          TEMPLATE_DAMAGED,
          "nameMissing",
          { sheet: place.sheet },
          { name: n, label: place.field.label, labelEn: place.field.en }
        );
      }
      continue;
    }
    where.set(place.field.path, { sheet: cell.sheet, cell: cell.address });
    const v = take(cell, place.field, describe(place.field));
    if (v !== undefined) setPath(model, place.field.path, v);
    else if (place.field.required && isBlank(cell.value)) {
      if (place.field.forReport) forReport.push({ field: place.field, cell });
      else
        report(REQUIRED, "required", cell, {
          label: describe(place.field),
          labelEn: place.field.en,
        });
    }
  }
  reportForReport(findings, forReport);
  return newerFields;
}

/** The blank fields only the report needs: one info line, marked at the first (issue 25 item 2). */
function reportForReport(findings: Finding[], blank: { field: FieldBase; cell: CellRead }[]): void {
  if (blank.length === 0) return;
  findings.push(
    toFinding(REQUIRED_FOR_REPORT, {
      messageId: "requiredForReport",
      data: {
        labels: blank.map((b) => b.field.label).join("、"),
        labelsEn: blank.map((b) => b.field.en).join(", "),
      },
      cells: blank.map((b) => ({ sheet: b.cell.sheet, cell: b.cell.address })),
    })
  );
}

/** The tables by their names and headers, row by row. */
function readTables({ read, p, missingSheets, report, take, model, where }: Reading): void {
  for (const [n, place] of p.tables) {
    const t = read.tables[n];
    if (!t) {
      if (!missingSheets.has(place.sheet)) {
        report(
          TEMPLATE_DAMAGED,
          "tableMissing",
          { sheet: place.sheet },
          { table: n, label: place.table.label, labelEn: place.table.en }
        );
      }
      continue;
    }
    const rows = readTable(
      t,
      place.table,
      take,
      (column) =>
        report(
          TEMPLATE_DAMAGED,
          "columnMissing",
          // Marked at the table's first header cell: the row where the column's header belongs.
          { sheet: t.sheet, address: t.range.split(":")[0] },
          { label: place.table.label, labelEn: place.table.en, column }
        ),
      (cell, label, labelEn) => report(REQUIRED, "required", cell, { label, labelEn })
    );
    storeRows(model, place.table, rows, where);
  }
}

/** Reads one cell; the label is only written into a finding, so a row's is made when needed. */
type Take = (
  cell: CellRead,
  base: FieldBase,
  label: string | ((base: FieldBase) => string)
) => string | boolean | undefined;

/** A keyed column the table has: where it sits in a row, and its base (label: its header). */
interface ColumnAt {
  column: Column;
  key: string;
  at: number;
  base: FieldBase;
}

/** The table's keyed columns found by their headers, in the template's order. */
function columnsAt(t: TableRead, table: TableDef, missing: (column: string) => void): ColumnAt[] {
  const out: ColumnAt[] = [];
  for (const c of table.columns) {
    if (!c.key) continue;
    const i = t.headers.findIndex((h) => h.trim() === c.header);
    // A column a later template added (since) is optional: upgrade cannot widen a table, so an
    // older or upgraded table without it reads as blank there; typing its header beside the
    // table in Excel adds it.
    if (i < 0 && !c.since) missing(c.header);
    // One base per column, not one per cell (10,000 rows × a dozen columns).
    else if (i >= 0) out.push({ column: c, key: c.key, at: i, base: { ...c, label: c.header } });
  }
  return out;
}

function readTable(
  t: TableRead,
  table: TableDef,
  take: Take,
  missing: (column: string) => void,
  required: (cell: CellRead, label: string, labelEn: string) => void
): Rows {
  const columns = columnsAt(t, table, missing);
  const out: Row[] = [];
  t.rows.forEach((cells, r) => {
    if (!anyFilled(columns, cells)) return;
    // A row without figures is the template's preset (机关, a standard 经济分类 item) only when it
    // is exactly one; a body or project named but not yet filled is the preparer's (issue 25).
    if (table.rowWhen) {
      const present = columns.filter((c) => !isBlank(cells[c.at]?.value ?? null));
      if (
        !present.some((c) => table.rowWhen!.includes(c.key)) &&
        isPresetRow(table, present, cells)
      )
        return;
    }
    const label = (base: FieldBase) => `${table.label}第${r + 1}行“${base.label}”`;
    const obj: Record<string, unknown> = {};
    for (const { column: c, key, at: i, base } of columns) {
      const cell = cells[i];
      if (!cell) continue;
      const v = take(cell, base, label);
      if (v !== undefined) obj[key] = v;
      if (v !== undefined && decimalsOpen(cell.value, c.type, cell.numFmt))
        obj.decimalsOpen = [...((obj.decimalsOpen as string[] | undefined) ?? []), key];
      else if (c.required && isBlank(cell.value))
        required(cell, label(base), `${table.en}, row ${r + 1}, ${c.en}`);
    }
    out.push({ obj, cells });
  });
  return { rows: out, columns };
}

/** Some column of the row has a cell filled (a loop: no closure per row). */
function anyFilled(columns: ColumnAt[], cells: (CellRead | undefined)[]): boolean {
  for (const c of columns) if (!isBlank(cells[c.at]?.value ?? null)) return true;
  return false;
}

/** The filled cells of a row are exactly one of the table's preset rows. */
function isPresetRow(
  table: TableDef,
  present: ColumnAt[],
  cells: (CellRead | undefined)[]
): boolean {
  const text = (i: number) => String(cells[i]?.value ?? "").trim();
  return (table.presetRows ?? []).some(
    (preset) =>
      present.length === Object.keys(preset).length &&
      present.every((c) => preset[c.key] === text(c.at))
  );
}

/** A row read: its model object, and its cells (by the columns' `at`) for the locations. */
interface Row {
  obj: Record<string, unknown>;
  cells: (CellRead | undefined)[];
}

interface Rows {
  rows: Row[];
  columns: ColumnAt[];
}

function isBlank(v: CellRead["value"]): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

function storeRows(
  model: Record<string, unknown>,
  table: TableDef,
  { rows, columns }: Rows,
  where: Locations
): void {
  const place = (list: Row[], prefix: string) =>
    list.forEach((row, i) => {
      for (const { key, at } of columns) {
        const cell = row.cells[at];
        if (!cell) continue;
        const path = cellPath(`${prefix}.${i}`, key, table);
        if (where.has(path) && key !== "text") continue;
        where.set(path, { sheet: cell.sheet, cell: cell.address });
      }
    });
  const text = (r: Row) => (typeof r.obj.text === "string" ? r.obj.text : undefined);
  if (table.path === "narrative.$paragraphs") {
    const [achievements, problems, suggestions] = NARRATIVE_KINDS;
    const a = rows.filter((r) => r.obj.kind === achievements && text(r));
    const p = rows.filter((r) => r.obj.kind === problems && text(r));
    const s = rows.filter((r) => r.obj.kind === suggestions && text(r));
    setPath(
      model,
      "narrative.achievements",
      a.map((r) => ({ ...(r.obj.topic ? { topic: r.obj.topic } : {}), text: r.obj.text }))
    );
    setPath(model, "narrative.problems", p.map(text));
    setPath(model, "narrative.suggestions", s.map(text));
    place(a, "narrative.achievements");
    place(p, "narrative.problems");
    place(s, "narrative.suggestions");
    return;
  }
  if (table.columns.some((c) => c.key === "$value")) {
    const kept = rows.filter((r) => typeof r.obj.$value === "string");
    setPath(
      model,
      table.path,
      kept.map((r) => r.obj.$value)
    );
    place(kept, table.path);
    return;
  }
  // A table newer than template 1.0 is optional in the JSON: empty, it is left out.
  if (table.since && rows.length === 0) return;
  setPath(
    model,
    table.path,
    rows.map((r) => r.obj)
  );
  // Kept as read: no path string, entry or record per cell (a table may have 10,000 rows).
  where.setColumns(
    table.path,
    rows.map((r) => r.cells),
    new Map(columns.map((c) => [c.key, c.at]))
  );
}

import type { Evaluation } from "../model/evaluation";
import type { Raw } from "./expr";
import type { Column, Field, TableDef, ValueType } from "./types";
import { NARRATIVE_KINDS } from "./sheets/narrative";

/** Model values ↔ the raw cell contents that state them, for writing a model into a workbook. */

type Json = string | number | boolean | null | undefined | Json[] | { [k: string]: Json };

export { getPath, setPath } from "../model/paths";
import { getPath } from "../model/paths";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

export function isoDateToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH_MS) / DAY_MS;
}

export function serialToIsoDate(serial: number): string {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** The raw cell content that states a model value of the given type. */
export function toRaw(value: unknown, type: ValueType): Raw {
  if (value === undefined || value === null || value === "") return null;
  switch (type) {
    case "amount":
    case "count":
    case "year":
    case "rate":
      return typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)
        ? Number(value)
        : String(value);
    case "date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? isoDateToSerial(value)
        : String(value);
    case "value":
      return typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)
        ? Number(value)
        : String(value);
    case "flag":
      return value === true ? "是" : value === false ? "否" : String(value);
    default:
      return String(value as Json);
  }
}

export function fieldRaw(model: Evaluation, f: Field): Raw {
  return toRaw(getPath(model, f.path), f.type);
}

/** Rows of a table as objects keyed by column key, from the model. */
export function tableObjects(model: Evaluation, t: TableDef): Record<string, unknown>[] {
  if (t.path === "narrative.$paragraphs") {
    const n = model.narrative;
    return [
      ...n.achievements.map((a) => ({ kind: NARRATIVE_KINDS[0], topic: a.topic, text: a.text })),
      ...n.problems.map((p) => ({ kind: NARRATIVE_KINDS[1], text: p })),
      ...n.suggestions.map((s) => ({ kind: NARRATIVE_KINDS[2], text: s })),
    ];
  }
  const list = getPath(model, t.path);
  if (!Array.isArray(list)) return [];
  return list.map((item: unknown) =>
    t.columns.some((c) => c.key === "$value")
      ? { $value: item }
      : ((item ?? {}) as Record<string, unknown>)
  );
}

export function rowRaw(obj: Record<string, unknown>, columns: Column[]): Raw[] {
  return columns.map((c) => (c.key ? toRaw(obj[c.key], c.type) : null));
}

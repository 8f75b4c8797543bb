import * as z from "zod/mini";
import { Evaluation } from "../../src/model/evaluation";
import { PLACEMENTS, SHEETS, allNames, place } from "../../src/layout";
import { references } from "../../src/layout/expr";

/** Every leaf of the model: "a.b.c" for scalars, "list[]" / "list[].key" for lists. */
function leaves(schema: z.ZodMiniType, prefix = ""): string[] {
  let s: z.ZodMiniType = schema;
  while (s instanceof z.ZodMiniOptional || s instanceof z.ZodMiniDefault)
    s = (s as z.ZodMiniOptional<z.ZodMiniType>).def.innerType;
  if (s instanceof z.ZodMiniObject) {
    return Object.entries(s.shape as Record<string, z.ZodMiniType>).flatMap(([k, v]) =>
      leaves(v, prefix ? `${prefix}.${k}` : k)
    );
  }
  if (s instanceof z.ZodMiniArray) {
    const el = s.def.element as z.ZodMiniType;
    return el instanceof z.ZodMiniObject ? leaves(el, `${prefix}[]`) : [`${prefix}[]`];
  }
  return [prefix];
}

/** What the layout maps: field paths and table columns as model leaves. */
function mapped(): Set<string> {
  const out = new Set<string>();
  for (const { field } of PLACEMENTS.fields.values()) out.add(field.path);
  for (const { table } of PLACEMENTS.tables.values()) {
    for (const c of table.columns) {
      if (!c.key) continue;
      if (table.path === "narrative.$paragraphs") {
        // One table holds the three narrative lists, split by its 部分 column.
        if (c.key === "text")
          [
            "narrative.achievements[].text",
            "narrative.problems[]",
            "narrative.suggestions[]",
          ].forEach((p) => out.add(p));
        if (c.key === "topic") out.add("narrative.achievements[].topic");
      } else {
        out.add(c.key === "$value" ? `${table.path}[]` : `${table.path}[].${c.key}`);
      }
    }
  }
  // Not a cell: what the reader learns from the 目标值/实际值 cells' number formats (issue 15 item 7).
  out.add("indicators[].decimalsOpen[]");
  return out;
}

describe("the layout covers the model", () => {
  test("every input of the model has a defined name or a table column", () => {
    const m = mapped();
    const missing = leaves(Evaluation).filter((p) => !m.has(p));
    expect(missing).toEqual([]);
  });

  test("every mapped path exists in the model (no typos)", () => {
    const all = new Set(leaves(Evaluation));
    const unknown = [...mapped()].filter((p) => !all.has(p));
    expect(unknown).toEqual([]);
  });
});

describe("names and tables", () => {
  const names = allNames();

  test("names are unique, workbook-scoped-safe and cannot be mistaken for cell references", () => {
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) {
      expect(n).toMatch(/^jx_[A-Za-z][A-Za-z0-9_]*$/);
      expect(n).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
      expect(n.length).toBeLessThanOrEqual(255);
    }
  });

  test("sheet names are valid Excel sheet names", () => {
    for (const s of SHEETS) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[\\/?*[\]:]/);
    }
    expect(new Set(SHEETS.map((s) => s.name)).size).toBe(SHEETS.length);
  });

  test("table names and headers are unique; headers are plain text", () => {
    const tables = [...PLACEMENTS.tables.values()];
    expect(new Set(tables.map((t) => t.table.name)).size).toBe(tables.length);
    for (const { table } of tables) {
      const headers = table.columns.map((c) => c.header);
      expect(new Set(headers).size).toBe(headers.length);
      for (const h of headers) expect(h).not.toMatch(/[\n[\]#']/);
    }
  });

  test("every formula refers only to names and table columns the layout defines", () => {
    const nameSet = new Set(names);
    const columns = new Set(
      [...PLACEMENTS.tables.values()].flatMap(({ table }) =>
        table.columns.map((c) => `${table.name}[${c.header}]`)
      )
    );
    const exprs = [
      ...[...PLACEMENTS.calcs.values()].map((c) => c.calc.expr),
      ...[...PLACEMENTS.tables.values()].flatMap(({ table }) =>
        table.columns.flatMap((c) => (c.calc ? [c.calc] : []))
      ),
    ];
    for (const e of exprs) {
      const r = references(e);
      for (const n of r.names) expect(nameSet.has(n)).toBe(true);
      for (const c of r.columns) expect(columns.has(c)).toBe(true);
    }
  });

  test("placing twice gives the same coordinates", () => {
    const again = place();
    for (const [n, p] of PLACEMENTS.fields) expect(again.fields.get(n)?.address).toBe(p.address);
  });
});

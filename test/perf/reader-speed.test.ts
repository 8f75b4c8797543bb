/**
 * Issue 24 item 4 (reading the model faster): each fast path of the reader is held against the
 * computation it stands in for, so a faster read can never give a different figure or finding.
 */
import fc from "fast-check";
import { Decimal, shortestDecimal, withDecimals } from "../../src/model/decimal";
import * as z from "zod/mini";
import {
  ASSESSMENT_BANDS,
  DIRECTIONS,
  EXPENDITURE_CATEGORIES,
  Evaluation,
  ExpenditureItem,
  GRADES,
  Indicator,
  Project,
  StaffOfBody,
  emptyEvaluation,
} from "../../src/model/evaluation";
import { Locations } from "../../src/layout/locations";
import { parseModel } from "../../src/workbook/reader";
import { NOT_CHECKED, compileCheck } from "../../src/workbook/schema-check";
import { sampleModel } from "../helpers/workbooks";
import {
  formatDecimals,
  plainFormatDecimals,
  sectionDecimals,
} from "../../src/workbook/cell-values";

const runs = { numRuns: 3000 };

/** Number formats: mostly the plain characters, with what a plain format may not hold. */
const numFmt = fc.oneof(
  fc.stringMatching(/^[0#?.,%]{0,8}$/),
  fc
    .array(fc.constantFrom(..."0#?.,%".split(""), ...'0.00;"@[]\\_ Eg%'.split("")), {
      maxLength: 10,
    })
    .map((cs) => cs.join("")),
  fc.constantFrom("0", "0.00", "0%", "0.0%", "#,##0.00", "#,##0.00_ ", "General", "@", "0.00.0")
);

/** Doubles as cells hold them: stated figures (few decimals), and any double at all. */
const cellNumber = fc.oneof(
  fc
    .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }))
    .map(([n, k]) => n / 10 ** k),
  fc.double(),
  fc.double({ min: -1e-6, max: 1e-6 }),
  fc.constantFrom(0, -0, 1e21, 1e-7, 0.1 + 0.2, 2.675, 1.005, -2.5)
);

describe("number cells written out as decimal.js writes them", () => {
  test("with the decimals a format fixes, rounded half up", () => {
    fc.assert(
      fc.property(cellNumber, fc.integer({ min: 0, max: 8 }), (v, d) => {
        expect(withDecimals(v, d)).toBe(new Decimal(v).toFixed(d, Decimal.ROUND_HALF_UP));
      }),
      runs
    );
  });

  test("in their shortest text", () => {
    fc.assert(
      fc.property(cellNumber, (v) => expect(shortestDecimal(v)).toBe(new Decimal(v).toFixed())),
      runs
    );
  });
});

describe("number formats read without regular expressions", () => {
  test("a plain format's decimals and percent are those of its section, stripped", () => {
    fc.assert(
      fc.property(numFmt, (f) => {
        const plain = plainFormatDecimals(f);
        if (plain !== null) expect(plain).toEqual(sectionDecimals(f));
        expect(formatDecimals(f)).toEqual(f ? sectionDecimals(f) : undefined);
      }),
      runs
    );
  });

  test("the template's formats take the plain path", () => {
    for (const f of ["0", "0.00", "0%", "0.0%", "#,##0.00", "0.0"])
      expect(plainFormatDecimals(f)).not.toBeNull();
  });
});

/** A value, its kinds and layout as zod's output holds them: key order and undefined count. */
const tree = (x: unknown): unknown =>
  Array.isArray(x)
    ? ["array", x.length, x.map(tree)]
    : typeof x === "object" && x !== null
      ? ["object", Object.keys(x).map((k) => [k, tree((x as Record<string, unknown>)[k])])]
      : ["value", typeof x, x];

const junk = fc.oneof(
  fc.constantFrom(null, undefined, {}, [], 0, true, "", " ", "1e3"),
  fc.integer(),
  fc.double(),
  fc.string()
);
/** Mostly what zod accepts there, now and then what it does not. */
const mostly = <T>(valid: fc.Arbitrary<T>, wrong: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: wrong });
const text = fc.oneof(fc.string(), fc.constantFrom("", " ", "≥", "优", "12.50"));
const decimal = mostly(
  fc.stringMatching(/^-?\d{1,5}(\.\d{1,4})?$/),
  fc.constantFrom("1.", ".5", "1e3", " 12", "12\n", "-", "0x1", "١٢")
);
const oneOf = (values: readonly string[]) =>
  mostly(fc.constantFrom(...values), fc.constantFrom("", "x", `${values[0]} `));
const flag = mostly(fc.boolean(), fc.constantFrom("是", 1, 0));
const openKeys = mostly(
  fc.subarray(["target", "actual"]),
  fc.oneof(
    fc.array(fc.constantFrom("target", "actual", "points", 1), { maxLength: 3 }),
    fc.constant("target")
  )
);

/** Each row schema's keys and what a cell may put there. */
const ROW_KINDS: [string, z.ZodMiniObject, Record<string, fc.Arbitrary<unknown>>][] = [
  [
    "Indicator",
    Indicator,
    {
      level1: text,
      level2: text,
      level3: text,
      unit: text,
      direction: oneOf(DIRECTIONS),
      target: text,
      actual: text,
      statedRate: decimal,
      points: decimal,
      assessment: oneOf(ASSESSMENT_BANDS),
      deviationReason: text,
      topic: text,
      decimalsOpen: openKeys,
    },
  ],
  [
    "Project",
    Project,
    {
      budgetInitial: decimal,
      budgetAdjusted: decimal,
      actual: decimal,
      fiscal: decimal,
      name: text,
      key: flag,
      purpose: text,
      result: text,
      statedRate: decimal,
      score: decimal,
      grade: oneOf(GRADES),
    },
  ],
  [
    "ExpenditureItem",
    ExpenditureItem,
    {
      budgetInitial: decimal,
      budgetAdjusted: decimal,
      actual: decimal,
      fiscal: decimal,
      category: oneOf(EXPENDITURE_CATEGORIES),
      code: text,
      name: text,
      functionCode: text,
      note: text,
    },
  ],
  ["StaffOfBody", StaffOfBody, { name: text, staffing: decimal, active: decimal }],
];

/** Rows as the reader might leave them: some keys, now and then junk or an extra key. */
const rowOf = (kinds: Record<string, fc.Arbitrary<unknown>>) =>
  fc
    .tuple(
      fc.record(
        Object.fromEntries(
          Object.entries(kinds).map(([k, a]) => [
            k,
            fc.oneof({ weight: 30, arbitrary: a }, { weight: 1, arbitrary: junk }),
          ])
        ),
        { requiredKeys: [] }
      ),
      fc.option(fc.dictionary(fc.constantFrom("extra", "kind", "$value", "label"), junk))
    )
    .map(([row, extra]) => (extra ? { ...row, ...extra } : row));

/** The compiled check against zod: the same values accepted, the same output. */
function sameAsZod(schema: z.ZodMiniType, value: unknown): boolean {
  const check = compileCheck(schema)!;
  const fast = check(value);
  const slow = schema.safeParse(value);
  expect(fast === NOT_CHECKED).toBe(!slow.success);
  if (slow.success) expect(tree(fast)).toEqual(tree(slow.data));
  return slow.success;
}

/** Runs `property` and returns how many of its cases zod accepted. */
function accepted<T>(arb: fc.Arbitrary<T>, property: (value: T) => boolean): number {
  let ok = 0;
  fc.assert(
    fc.property(arb, (v) => {
      if (property(v)) ok++;
    }),
    runs
  );
  return ok;
}

describe("table rows checked by the check compiled from their zod schema", () => {
  test.each(ROW_KINDS)("%s: the test knows every key of the schema", (_, schema, kinds) =>
    expect(Object.keys(kinds).sort()).toEqual(Object.keys(schema.shape).sort())
  );

  test.each(ROW_KINDS)(
    "%s: a row is accepted and written out exactly as zod does",
    (_, schema, kinds) => {
      const ok = accepted(rowOf(kinds), (row) => sameAsZod(schema, row));
      // Both sides of the property are exercised: rows zod accepts and rows it refuses.
      expect(ok).toBeGreaterThan(runs.numRuns / 20);
      expect(ok).toBeLessThan(runs.numRuns);
    }
  );

  test("a list of rows, and what is no row at all, as zod", () => {
    const list = z.array(Indicator);
    const rows = fc.oneof(fc.array(rowOf(ROW_KINDS[0][2]), { maxLength: 4 }), junk);
    expect(accepted(rows, (r) => sameAsZod(list, r))).toBeGreaterThan(runs.numRuns / 20);
  });

  test("a schema the check cannot follow exactly is left to zod", () => {
    for (const schema of [
      z.email(),
      z.string().check(z.minLength(2)),
      z.exactOptional(z.string()),
      z.looseObject({ a: z.string() }),
      z.object({ a: z.string() }).check(z.refine(() => true)),
      z.array(z.string()).check(z.maxLength(3)),
      z._default(z.string(), "x"),
      z.literal("a"),
      z.object({ toString: z.string() }),
    ] as z.ZodMiniType[])
      expect(compileCheck(schema)).toBeUndefined();
    expect(compileCheck(Indicator)).toBeDefined();
  });
});

describe("the reader's model parsed as Evaluation.safeParse parses it", () => {
  const rowsOf = (i: number) => fc.array(rowOf(ROW_KINDS[i][2]), { maxLength: 4 });
  const model = fc
    .record({
      indicators: rowsOf(0),
      projects: rowsOf(1),
      year: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, decimal, junk),
    })
    .map(({ indicators, projects, year }) => {
      const m = emptyEvaluation("1.5") as unknown as Record<string, unknown>;
      const profile = m.profile as Record<string, unknown>;
      if (year !== undefined) profile.year = year;
      return { ...m, indicators, projects };
    });

  test("the same model, or the same error", () => {
    const ok = accepted(model, (m) => {
      const fast = parseModel(m);
      const slow = Evaluation.safeParse(m);
      expect(fast.success).toBe(slow.success);
      if (slow.success) expect(tree(fast.data)).toEqual(tree(slow.data));
      else expect(fast.error?.message).toBe(slow.error.message);
      return slow.success;
    });
    expect(ok).toBeGreaterThan(runs.numRuns / 30);
    expect(ok).toBeLessThan(runs.numRuns);
  });

  test("the sample's model", () => {
    const m = sampleModel();
    expect(tree(parseModel(m).data)).toEqual(tree(Evaluation.safeParse(m).data));
  });
});

describe("a table's locations kept as the reader's rows of cells", () => {
  const KEYS = ["target", "actual", "level3", "text"];
  const cell = fc.record({
    sheet: fc.constantFrom("绩效指标", "项目"),
    address: fc.stringMatching(/^[A-M]\d{1,3}$/),
  });
  const table = fc
    .tuple(
      fc.subarray(KEYS, { minLength: 1 }),
      fc.array(fc.array(fc.option(cell, { nil: undefined }), { maxLength: 6 }), { maxLength: 6 })
    )
    .chain(([keys, rows]) =>
      fc.tuple(
        fc.constant(rows),
        // Each key's column: where its cell sits in a row (a row may be shorter).
        fc.tuple(...keys.map((k) => fc.tuple(fc.constant(k), fc.nat({ max: 6 }))))
      )
    );
  const path = fc.oneof(
    fc
      .tuple(
        fc.nat({ max: 7 }),
        fc.constantFrom(...KEYS, "constructor", "toString", "__proto__", "")
      )
      .map(([i, k]) => `indicators.${i}.${k}`),
    fc.constantFrom("indicators.00.target", "indicators.-0.target", "indicators.0", "indicators"),
    fc.string().map((s) => `indicators.${s}`)
  );

  test("every path finds the cell a record per row (as the reader kept them before) finds", () => {
    fc.assert(
      fc.property(table, fc.array(path, { maxLength: 20 }), ([rows, columns], paths) => {
        // The records as the reader made them: a row's key holds its cell when there is one.
        const records = rows.map((cells) => {
          const at: Record<string, { sheet: string; address: string }> = {};
          for (const [key, i] of columns) if (cells[i]) at[key] = cells[i]!;
          return at;
        });
        const byRecord = new Locations().setRows("indicators", records);
        const byColumn = new Locations().setColumns("indicators", rows, new Map(columns));
        for (const p of paths) expect(byColumn.get(p)).toEqual(byRecord.get(p));
        records.forEach((at, i) => {
          for (const key of Object.keys(at))
            expect(byColumn.get(`indicators.${i}.${key}`)).toEqual({
              sheet: at[key].sheet,
              cell: at[key].address,
            });
        });
      }),
      runs
    );
  });
});

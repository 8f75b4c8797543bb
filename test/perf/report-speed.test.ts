/**
 * Issue 24 (engine at scale), the report plan: each fast path of the report is held against the
 * decimal.js computation it replaces, so a faster path can never give a different figure or
 * text. (The whole-engine check is `node build-bench/scripts/bench/engine.js FILE 0 --digest`.)
 */
import fc from "fast-check";
import { Decimal } from "../../src/model/decimal";
import { largestRemainder, percentage } from "../../src/report/numbers";
import {
  fixedText,
  largestRemainderScaled,
  percentText,
  plainDecimal,
} from "../../src/report/scaled";
import { SELF_EVAL_WIDTHS, byLevel2, roundedScores } from "../../src/report/self-evaluation";
import {
  SELF_EVAL_SHEET_WIDTHS,
  selfEvaluationSheetOps,
  wrappedLines,
} from "../../src/report/sheets";
import type { ReportDocument, Table, TableCell } from "../../src/report/document";
import { addr } from "../../src/layout";
import {
  EXPLAINED_FILL,
  EXPLAINED_SUFFIX,
  MARK_FILL,
  MARK_FONT,
  RESULTS_FIRST_ROW,
  SELF_EVAL_SHEET,
  linkFormula,
  resultsOrder,
  resultsSheetOps,
} from "../../src/layout/results";
import {
  SEVERITY_LABEL,
  explainable,
  fingerprint as findingPrint,
  type Finding,
} from "../../src/model/finding";
import { BORDER, STYLES } from "../../src/layout/styles";
import {
  rowHeight,
  type CellStyle,
  type CellValue,
  type CellWrite,
  type WriteOp,
} from "../../src/model/sheet";
import { fingerprint } from "../../src/workbook/report";

/** Decimal strings of every shape: signs, leading and trailing zeros, long fractions. */
const decimalText = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.nat({ max: 999 }), fc.nat({ max: 99999999 })),
    fc.option(fc.stringMatching(/^\d{1,24}$/), { nil: undefined })
  )
  .map(
    ([negative, whole, fraction]) =>
      `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`
  );

/** Values as the score makes them: quotients and products at decimal.js's 20 digits. */
const computed = fc
  .tuple(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: 1, max: 99999 }))
  .map(([a, b]) => new Decimal(a).div(b));

const value = fc.oneof(
  decimalText.map((t) => new Decimal(t)),
  computed,
  computed.map((d) => d.times(3)),
  fc
    .constantFrom("0", "0.005", "0.015", "-0.005", "100", "1e-25", "-1e-25")
    .map((t) => new Decimal(t))
);

/**
 * A total for the values, as the score gives one: near their sum (a total far from it would
 * make either path hand out units one by one for ever), or none.
 */
const totalNear = (values: Decimal[], offset: number | undefined) =>
  offset === undefined
    ? undefined
    : values.reduce((a, b) => a.plus(b), new Decimal(0)).plus(new Decimal(offset).div(1000));
const offset = fc.option(fc.integer({ min: -5000, max: 5000 }), { nil: undefined });

/** largestRemainder's result × 100, as numbers (each is a whole number of hundredths). */
const scaledOf = (ds: Decimal[]) => ds.map((d) => d.times(100).toNumber());

describe("largest remainder on integers", () => {
  test("gives decimal.js's rounding wherever it answers", () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), offset, (values, off) => {
        const t = totalNear(values, off);
        const fast = largestRemainderScaled(values, 2, t);
        if (fast === undefined) return;
        answered++;
        expect(fast).toEqual(scaledOf(largestRemainder(values, 2, t)));
      }),
      { numRuns: 500 }
    );
    // Not a check that holds by answering nothing.
    expect(answered).toBeGreaterThan(300);
  });

  test("leftovers equal to decimal.js's 20 digits tie there, the earlier row first", () => {
    // Found in review: the exact digits gave the later row the unit.
    const cases: [string[], string][] = [
      [["2.005000000000000000000001", "3.005000000000000000000002"], "5.01"],
      [["-2e-30", "-1e-30"], "-0.01"],
    ];
    for (const [texts, total] of cases) {
      const values = texts.map((t) => new Decimal(t));
      const fast = largestRemainderScaled(values, 2, new Decimal(total));
      const slow = scaledOf(largestRemainder(values, 2, new Decimal(total)));
      if (fast !== undefined) expect(fast).toEqual(slow);
    }
    // Pairs that agree for 20 or more digits and differ after, either sign.
    const twin = fc
      .tuple(
        fc.boolean(),
        fc.integer({ min: 0, max: 999 }),
        fc.stringMatching(/^\d{18,22}$/),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 })
      )
      .map(([negative, whole, shared, a, b]) =>
        [a, b].map((tail) => new Decimal(`${negative ? "-" : ""}${whole}.${shared}${tail}`))
      );
    fc.assert(
      fc.property(twin, offset, ([a, b], off) => {
        const values = [a, b];
        const t = totalNear(values, off);
        const fast = largestRemainderScaled(values, 2, t);
        if (fast !== undefined) expect(fast).toEqual(scaledOf(largestRemainder(values, 2, t)));
      }),
      { numRuns: 500 }
    );
  });

  test("answers unless the exact sum is at a half (values of few decimals)", () => {
    const short = fc
      .tuple(fc.integer({ min: -99999, max: 99999 }), fc.constantFrom(1, 10, 1000, 10000))
      .map(([a, b]) => new Decimal(a).div(b));
    fc.assert(
      fc.property(fc.array(short, { maxLength: 30 }), (values) => {
        const exact = values.reduce((a, b) => a.plus(b), new Decimal(0)).times(100);
        const atHalf = exact.minus(exact.floor()).eq(0.5);
        const fast = largestRemainderScaled(values);
        expect(fast === undefined).toBe(atHalf);
        if (fast) expect(fast).toEqual(scaledOf(largestRemainder(values)));
      })
    );
  });

  test("defers where decimal.js's 20-digit sum and the exact sum round apart", () => {
    // Exactly 1000.0049999…: decimal.js adds it up as 1000.0050000000000000 and rounds up.
    const values = [new Decimal(1000), new Decimal("0.0049999999999999999999")];
    expect(largestRemainderScaled(values)).toBeUndefined();
    expect(roundedScores(values).sum.text).toBe(
      largestRemainder(values)
        .reduce((a, b) => a.plus(b), new Decimal(0))
        .toFixed(2)
    );
    expect(largestRemainder(values).map((d) => d.toFixed(2))).toEqual(["1000.00", "0.01"]);
  });

  test("the grid's cells: texts, numbers and sums as decimal.js writes them", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 30 }), offset, (values, off) => {
        const t = totalNear(values, off);
        const slow = largestRemainder(values, 2, t);
        const sum = slow.reduce((a, b) => a.plus(b), new Decimal(0));
        const got = roundedScores(values, t);
        expect(got.each).toEqual(slow.map((d) => ({ text: d.toFixed(2), number: d.toNumber() })));
        expect(got.sum).toEqual({ text: sum.toFixed(2), number: sum.toNumber() });
      }),
      { numRuns: 300 }
    );
  });

  test("an integer of hundredths written with two decimals, and as a number", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), fc.nat({ max: 6 }), (k, places) => {
        const d = new Decimal(k).div(new Decimal(10).pow(places));
        expect(fixedText(k, places)).toBe(d.toFixed(places));
        if (places === 2) expect(k / 100).toBe(d.toNumber());
      })
    );
  });
});

describe("percentages from the rate's digits", () => {
  const slow = (rate: Decimal, places: number) =>
    rate.times(100).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed();

  test("the text decimal.js gives, for rates of up to 20 digits", () => {
    const rate = fc.oneof(
      value,
      decimalText.map((t) => new Decimal(t).div(7))
    );
    fc.assert(
      fc.property(rate, fc.nat({ max: 4 }), (r, places) => {
        const fast = percentText(r, places);
        if (r.sd() <= Decimal.precision) expect(fast).toBeDefined();
        if (fast !== undefined) expect(fast).toBe(slow(r, places));
        expect(percentage(r, { amounts: "stated", percentDecimals: places })).toBe(
          `${slow(r, places)}%`
        );
      }),
      { numRuns: 1000 }
    );
  });

  test("edges: halves, carries, zeros and more digits than decimal.js keeps", () => {
    const cases: [string, number][] = [
      ["1.02", 0],
      ["0.995", 0],
      ["0.9995", 1],
      ["-0.995", 0],
      ["-0.004", 0],
      ["-0.005", 0],
      ["0", 2],
      ["-0", 0],
      ["9.9995", 1],
      ["0.123456789012345678905", 0],
      ["0.1234567890123456789049", 18],
    ];
    for (const [text, places] of cases) {
      const r = new Decimal(text);
      const fast = percentText(r, places);
      if (fast !== undefined) expect(fast).toBe(slow(r, places));
      expect(percentage(r, { amounts: "stated", percentDecimals: places })).toBe(
        `${slow(r, places)}%`
      );
    }
    expect(percentText(new Decimal("0.123456789012345678905"), 0)).toBeUndefined();
  });
});

test("a decimal string written back as decimal.js writes it", () => {
  const text = fc
    .tuple(
      fc.boolean(),
      fc.stringMatching(/^\d{1,8}$/),
      fc.option(fc.stringMatching(/^\d{1,8}$/), { nil: undefined })
    )
    .map(
      ([negative, whole, fraction]) =>
        `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`
    );
  fc.assert(
    fc.property(text, (t) => {
      expect(plainDecimal(t)).toBe(new Decimal(t).toFixed());
    }),
    { numRuns: 1000 }
  );
  for (const t of ["-0", "-0.000", "000", "007.50", "-00.10", "3746", "1200", "0.0"])
    expect(plainDecimal(t)).toBe(new Decimal(t).toFixed());
});

test("rows ordered by 二级指标 as the sort that ranked them at each comparison", () => {
  const words = ["数量", "质量", "时效", "成本", "经济", "社会", "生态", "可持续", "满意"];
  const rankOf = (level2: string | undefined) => {
    const k = words.findIndex((word) => (level2 ?? "").includes(word));
    return k < 0 ? words.length : k;
  };
  const level2 = fc.option(
    fc.constantFrom(...words, "产出数量指标", "社会效益", "服务对象满意度", "其他", ""),
    { nil: undefined }
  );
  const rows = fc.array(fc.record({ id: fc.nat(), level2 }), { maxLength: 60 });
  fc.assert(
    fc.property(rows, (rs) => {
      const before = [...rs].sort((a, b) => rankOf(a.level2) - rankOf(b.level2));
      expect(byLevel2(rs, (r) => r.level2)).toEqual(before);
    })
  );
});

describe("the 自评表 sheet's table cells", () => {
  // The way tableOps placed a table before (c82fae4): a Set of covered columns per row, a
  // style found by a key string, each table's cells copied into the sheet's.
  const BODY = "仿宋";
  const border: CellStyle = {
    border: BORDER,
    wrap: true,
    vertical: "middle",
    numFmt: "@",
    font: { name: BODY, size: 10 },
  };
  const styleBefore = (cell: TableCell): CellStyle => {
    const dot = cell.text.indexOf(".");
    const decimals = dot >= 0 ? cell.text.length - dot - 1 : 0;
    const numFmt =
      cell.number === undefined ? undefined : decimals ? `0.${"0".repeat(decimals)}` : "0";
    return {
      ...border,
      horizontal: cell.align,
      font: { name: BODY, size: 10, bold: cell.bold },
      ...(cell.bold ? { fill: STYLES.header.fill } : {}),
      ...(numFmt !== undefined ? { numFmt } : {}),
    };
  };
  const spanWidth = (widths: number[], c: number, span: number) =>
    widths.slice(c, c + span).reduce((a, b) => a + b, 0);
  const tableBefore = (sheet: string, t: Table, top: number, widths: number[]) => {
    const cells: CellWrite[] = [];
    const ops: WriteOp[] = [];
    const heights: Record<number, number> = {};
    const covered = new Map<number, Set<number>>();
    let r = top;
    for (const row of [...t.header, ...t.rows]) {
      let c = 0;
      let lines = 1;
      const taken = covered.get(r) ?? new Set<number>();
      for (const cell of row) {
        while (taken.has(c)) c++;
        const span = cell.span ?? 1;
        const down = cell.rowSpan ?? 1;
        const style = styleBefore(cell);
        cells.push({ address: addr(c, r), value: cell.number ?? cell.text, style });
        for (let dr = 0; dr < down; dr++)
          for (let k = 0; k < span; k++) {
            if (dr === 0 && k === 0) continue;
            cells.push({ address: addr(c + k, r + dr), style });
            if (dr > 0) {
              const below = covered.get(r + dr) ?? new Set<number>();
              below.add(c + k);
              covered.set(r + dr, below);
            }
          }
        if (span > 1 || down > 1)
          ops.push({
            op: "merge",
            sheet,
            range: `${addr(c, r)}:${addr(c + span - 1, r + down - 1)}`,
          });
        if (down === 1 && cell.text !== "")
          lines = Math.max(lines, wrappedLines(cell.text, spanWidth(widths, c, span), 10));
        c += span;
      }
      heights[r] = rowHeight(lines * 10 * 1.35 + 4);
      r++;
    }
    return { ops, cells, heights, next: r };
  };

  const cell: fc.Arbitrary<TableCell> = fc
    .record(
      {
        text: fc.constantFrom(
          "",
          "指标",
          "8.50",
          "12",
          "0.1",
          "很长的偏差原因分析及改进措施说明文字"
        ),
        span: fc.integer({ min: 1, max: 3 }),
        rowSpan: fc.integer({ min: 1, max: 4 }),
        align: fc.constantFrom("left", "center", "right") as fc.Arbitrary<TableCell["align"]>,
        bold: fc.boolean(),
        number: fc.constantFrom(8.5, 12, 0.1),
      },
      { requiredKeys: ["text"] }
    )
    .map((c) => c as TableCell);
  const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 12 });
  const table = fc
    .tuple(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 2 }), rows)
    .map(([header, body]): Table => ({ header, rows: body, widths: SELF_EVAL_WIDTHS }));

  test("cells, merges and heights as placed before", () => {
    fc.assert(
      fc.property(fc.array(table, { minLength: 1, maxLength: 3 }), (tables) => {
        const doc: ReportDocument = {
          title: "t",
          blocks: [],
          attachment: { title: "附件", blocks: tables.map((t) => ({ kind: "table", table: t })) },
        };
        const got = selfEvaluationSheetOps(doc);
        const cells: CellWrite[] = [];
        const merges: WriteOp[] = [];
        const heights: Record<number, number> = { 1: 28 };
        let top = 3;
        for (const t of tables) {
          const placed = tableBefore(SELF_EVAL_SHEET, t, top, SELF_EVAL_SHEET_WIDTHS);
          merges.push(...placed.ops);
          cells.push(...placed.cells);
          Object.assign(heights, placed.heights);
          top = placed.next;
        }
        const of = (kind: WriteOp["op"]) => got.filter((op) => op.op === kind);
        expect(JSON.stringify(of("merge").slice(1))).toBe(JSON.stringify(merges));
        const written = of("cells")[0] as Extract<WriteOp, { op: "cells" }>;
        expect(JSON.stringify(written.cells.slice(1))).toBe(JSON.stringify(cells));
        expect(JSON.stringify(of("rowHeights")[0])).toBe(
          JSON.stringify({ op: "rowHeights", sheet: SELF_EVAL_SHEET, heights })
        );
      }),
      { numRuns: 300 }
    );
  });
});

describe("the report's sheet fingerprints", () => {
  // As it was hashed before (c82fae4): each "k=v" built, v by JSON.stringify.
  const fingerprintBefore = (values: Record<string, CellValue> | Map<string, CellValue>) => {
    const map = values instanceof Map ? values : new Map(Object.entries(values));
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    let length = 0;
    const feed = (text: string) => {
      for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
      }
      length += text.length;
    };
    [...map.keys()].sort().forEach((k, i) => {
      if (i > 0) feed(";");
      feed(`${k}=${JSON.stringify(map.get(k))}`);
    });
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return `${(h2 >>> 0).toString(16).padStart(8, "0")}${(h1 >>> 0).toString(16).padStart(8, "0")}:${length}`;
  };
  const piece = fc.constantFrom(
    "指标",
    "a",
    '"',
    "\\",
    "\n",
    "\u0001",
    "\u001f",
    " ",
    "😀",
    "\ud800",
    "\udc00",
    "\u2028",
    "=",
    ";"
  );
  const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));
  const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
    text,
    fc.double(),
    fc.integer(),
    fc.constantFrom(-0, NaN, Infinity, 1e21, 5e-7),
    fc.boolean(),
    fc.constant(null),
    text.map((error) => ({ error }))
  );
  const address = fc
    .tuple(fc.constantFrom("A", "B", "I", "AA"), fc.integer({ min: 1, max: 200 }))
    .map(([c, r]) => `${c}${r}`);

  test("the same fingerprint as when each entry was written out", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(address, cellValue), { maxLength: 40 }), (entries) => {
        const map = new Map(entries);
        expect(fingerprint(map)).toBe(fingerprintBefore(map));
        const record = Object.fromEntries(entries);
        expect(fingerprint(record)).toBe(fingerprintBefore(record));
      }),
      { numRuns: 500 }
    );
    const undefinedValue = new Map([["A1", undefined as unknown as CellValue]]);
    expect(fingerprint(undefinedValue)).toBe(fingerprintBefore(undefinedValue));
  });
});

describe("校验结果 rows", () => {
  // A finding's row as it was written before (c82fae4): its styles made per row, addresses by addr.
  const TEXT_STYLE: CellStyle = { ...STYLES.label, numFmt: "@", vertical: "top" };
  const EXPLANATION_STYLE: CellStyle = { ...STYLES.inputText };
  const HINT_FONT = { name: STYLES.label.font?.name, size: 8, color: "808080" };
  const rowBefore = (f: Finding, index: number, r: number): CellWrite[] => {
    const fill = {
      ...TEXT_STYLE,
      fill: f.explanation ? EXPLAINED_FILL : MARK_FILL[f.severity],
      font: { ...STYLES.label.font, color: MARK_FONT, bold: true },
    };
    const label = SEVERITY_LABEL[f.severity] + (f.explanation ? EXPLAINED_SUFFIX : "");
    const cells: CellWrite[] = [
      { address: addr(0, r), value: String(index), style: TEXT_STYLE },
      { address: addr(1, r), value: label, style: fill },
    ];
    if (f.sheet && f.cell) {
      const link = linkFormula(f.sheet, f.cell);
      cells.push({
        address: addr(2, r),
        formula: { text: link.text, result: link.shown },
        style: {
          ...TEXT_STYLE,
          numFmt: "General",
          font: { ...STYLES.label.font, color: "0563C1" },
        },
      });
    } else {
      cells.push({ address: addr(2, r), value: f.sheet ?? "", style: TEXT_STYLE });
    }
    cells.push(
      {
        address: addr(3, r),
        value: `${f.message}\n${f.messageEn}`,
        style: { ...TEXT_STYLE, wrap: true },
      },
      { address: addr(4, r), value: f.expected ?? "", style: TEXT_STYLE },
      { address: addr(5, r), value: f.actual ?? "", style: TEXT_STYLE },
      { address: addr(6, r), value: f.ruleId, style: TEXT_STYLE },
      {
        address: addr(7, r),
        value: f.explanation ?? "",
        style: explainable(f) ? EXPLANATION_STYLE : TEXT_STYLE,
      },
      { address: addr(8, r), value: findingPrint(f), style: { ...TEXT_STYLE, font: HINT_FONT } }
    );
    return cells;
  };
  const word = fc.constantFrom("", "指标", "F5", "绩效指标", "a'b", 'q"');
  const finding: fc.Arbitrary<Finding> = fc.record(
    {
      ruleId: fc.constantFrom("indicator-target-too-low", "stated-rate"),
      messageId: fc.constantFrom("tooLow", "mismatch"),
      severity: fc.constantFrom("error", "warning", "info") as fc.Arbitrary<Finding["severity"]>,
      sheet: word,
      cell: fc.constantFrom("", "F5", "AB12"),
      cells: fc.constant([]),
      message: word,
      messageEn: word,
      expected: word,
      actual: word,
      explanation: word,
    },
    { requiredKeys: ["ruleId", "messageId", "severity", "cells", "message", "messageEn"] }
  );

  test("the cells of each finding's row as written before", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 30 }), (findings) => {
        const written = resultsSheetOps(findings).find((op) => op.op === "cells") as Extract<
          WriteOp,
          { op: "cells" }
        >;
        const before = resultsOrder(findings).flatMap((f, i) =>
          rowBefore(f, i + 1, RESULTS_FIRST_ROW + i)
        );
        const rows = written.cells.slice(2 + 9, 2 + 9 + before.length);
        expect(JSON.stringify(rows)).toBe(JSON.stringify(before));
      }),
      { numRuns: 300 }
    );
  });
});

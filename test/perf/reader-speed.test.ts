/**
 * Issue 24 item 4 (reading the model faster): each fast path of the reader is held against the
 * computation it stands in for, so a faster read can never give a different figure or finding.
 */
import fc from "fast-check";
import { shortestDecimal, withDecimals } from "../../src/model/decimal";
import {
  fixedDecimals,
  formatDecimals,
  plainFormatDecimals,
  sectionDecimals,
  shortestText,
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

describe("numbers written out without a Decimal", () => {
  test("fixed decimals are decimal.js's, rounded half up", () => {
    fc.assert(
      fc.property(cellNumber, fc.integer({ min: 0, max: 8 }), (v, d) => {
        expect(fixedDecimals(v, d)).toBe(withDecimals(v, d));
      }),
      runs
    );
  });

  test("the shortest text is decimal.js's", () => {
    fc.assert(
      fc.property(cellNumber, (v) => expect(shortestText(v)).toBe(shortestDecimal(v))),
      runs
    );
  });
});

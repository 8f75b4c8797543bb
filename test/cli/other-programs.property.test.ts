/**
 * Issue 31's property: for a random fixture (ours or LibreOffice's save) with random edits to its
 * XML, as other programs write it differently, whatever `validate` can read, `validate -o`,
 * `clear` and `report` can also write, or refuse in one bilingual line; the internal-error line
 * never appears, whether the command succeeds or refuses.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { runs } from "../property/arbitraries";
import { INTERNAL, jixiao, type Run } from "./in-process";

const dir = mkdtempSync(join(tmpdir(), "jixiao-other-prop-"));
process.env.JIXIAO_STATE_DIR = join(dir, ".state");
const FIXTURES = join(__dirname, "..", "fixtures", "other-programs");
const ASSETS = join(__dirname, "..", "..", "assets");
const SOURCES = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join(FIXTURES, f)),
  join(ASSETS, "template.xlsx"),
  join(ASSETS, "sample.xlsx"),
];

/** Elements other programs leave out or write differently. */
const DROPPABLE = [
  "tableStyleInfo",
  "autoFilter",
  "sheetProtection",
  "cols",
  "dataValidations",
  "conditionalFormatting",
  "printOptions",
  "pageSetup",
  "sheetViews",
  "mergeCells",
  "sheetFormatPr",
  "dimension",
];

type Edit =
  | { k: "drop"; element: number; nth: number }
  | { k: "value"; nth: number; value: string }
  | { k: "booleans"; to: "words" | "digits" }
  | { k: "deleteRow"; nth: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    k: fc.constant("drop" as const),
    element: fc.nat({ max: DROPPABLE.length - 1 }),
    nth: fc.nat({ max: 40 }),
  }),
  fc.record({
    k: fc.constant("value" as const),
    nth: fc.nat({ max: 5000 }),
    value: fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }).map(String),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.constantFrom("", "-", "1e308", "0.1", "abc")
    ),
  }),
  fc.record({ k: fc.constant("booleans" as const), to: fc.constantFrom("words", "digits") }),
  fc.record({ k: fc.constant("deleteRow" as const), nth: fc.nat({ max: 400 }) })
);

/** The nth match of `re` (wrapping around) replaced by what `f` returns. */
function replaceNth(xml: string, re: RegExp, nth: number, f: (m: string) => string): string {
  const all = [...xml.matchAll(re)];
  if (!all.length) return xml;
  const m = all[nth % all.length];
  return xml.slice(0, m.index) + f(m[0]) + xml.slice(m.index! + m[0].length);
}

function applyEdit(xml: string, e: Edit): string {
  switch (e.k) {
    case "drop": {
      const name = DROPPABLE[e.element];
      const re = new RegExp(`<${name}\\b[^>]*/>|<${name}\\b[^>]*>[\\s\\S]*?</${name}>`, "g");
      return replaceNth(xml, re, e.nth, () => "");
    }
    case "value":
      return replaceNth(xml, /<v>[^<]*<\/v>/g, e.nth, () => `<v>${e.value}</v>`);
    case "booleans":
      return e.to === "words"
        ? xml.replace(
            /(\s(?:sheet|locked|hidden|wrapText|fitToPage))="([01])"/g,
            (_m, a, v) => `${a}="${v === "1" ? "true" : "false"}"`
          )
        : xml.replace(/="true"/g, '="1"').replace(/="false"/g, '="0"');
    case "deleteRow":
      return replaceNth(xml, /<row\b[^>]*\/>|<row\b[^>]*>[\s\S]*?<\/row>/g, e.nth, () => "");
  }
}

const EDITABLE = /^xl\/(?:worksheets\/sheet\d+|tables\/table\d+|styles)\.xml$/;

async function edited(source: string, edits: { part: number; edit: Edit }[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(source));
  const parts = Object.keys(zip.files)
    .filter((p) => EDITABLE.test(p))
    .sort();
  for (const { part, edit: e } of edits) {
    const path = parts[part % parts.length];
    zip.file(path, applyEdit(await zip.file(path)!.async("string"), e));
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

/** Done (0, 1) or refused in one bilingual line; never the internal error. */
function expectDoneOrRefused(r: Run, what: string) {
  const context = `${what}: ${r.stderr}`;
  expect({ context, internal: INTERNAL.test(r.stderr) }).toEqual({ context, internal: false });
  if (r.code === 2) {
    expect({ context, lines: r.stderr.trim().split("\n").length }).toEqual({ context, lines: 1 });
    expect(r.stderr).toMatch(/^错误：.* Error: /);
  } else {
    expect([0, 1]).toContain(r.code);
  }
}

let run = 0;

test("whatever validate reads, validate -o, clear and report write or refuse in one line", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.nat({ max: SOURCES.length - 1 }),
      fc.array(fc.record({ part: fc.nat({ max: 100 }), edit }), { minLength: 1, maxLength: 4 }),
      async (source, edits) => {
        const folder = join(dir, String(run++));
        mkdirSync(folder);
        const input = join(folder, "in.xlsx");
        writeFileSync(input, await edited(SOURCES[source], edits));
        const read = await jixiao("validate", input);
        expectDoneOrRefused(read, "validate");
        if (read.code === 2) return;
        for (const args of [
          ["validate", input, "-o", join(folder, "v.xlsx")],
          ["clear", input, "-o", join(folder, "c.xlsx")],
          ["report", input, "-o", join(folder, "r.xlsx")],
        ]) {
          const r = await jixiao(...args);
          expectDoneOrRefused(r, args[0]);
          // A refusal leaves nothing behind.
          if (r.code === 2)
            expect(readdirSync(folder)).not.toContain(args[3].slice(folder.length + 1));
        }
      }
    ),
    runs(12)
  );
}, 600000);

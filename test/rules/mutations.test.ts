import { Decimal } from "../../src/model/decimal";
import type { Evaluation } from "../../src/model/evaluation";
import type { Finding } from "../../src/model/finding";
import { getPath, setPath } from "../../src/layout/model-map";
import { layoutLocations } from "../../src/layout/locations";
import { RULES, runRules } from "../../src/rules";
import { PLACEMENTS, allNames } from "../../src/layout";
import { readFrom } from "../../src/workbook/reader";
import { formatDecimals } from "../../src/workbook/cell-values";
import type { ReadResult } from "../../src/workbook/port";
import { sampleModel, sampleWorkbook } from "../helpers/workbooks";

/**
 * Every stated figure that takes part in a relation that holds in the seed: change it alone
 * and a finding that was not there before must name its cell (issue 4); change it within its
 * stated rounding and nothing may change (issue 13).
 */
const model = sampleModel();
const where = layoutLocations(model);
const items = (category: string) =>
  model.expenditure.items.flatMap((it, i) =>
    it.category === category ? [`expenditure.items.${i}.actual`] : []
  );
const HOLDING: string[] = [
  ...items("人员支出"),
  "expenditure.stated.personnel.actual",
  ...items("公用支出"),
  "expenditure.stated.public.actual",
  "expenditure.stated.basic.actual",
  "expenditure.stated.personnel.fiscal",
  "expenditure.stated.public.fiscal",
  "expenditure.stated.basic.fiscal",
  "expenditure.shares.personnel",
  "expenditure.shares.public",
  "expenditure.stated.project.actual",
  "expenditure.stated.project.budgetAdjusted",
  "projects.0.actual",
  "projects.0.budgetAdjusted",
  "profile.staffing.administrative",
  "profile.staffing.politicalLegal",
  "profile.staffing.institutional",
  "profile.staffing.worker",
  "profile.staffing.total",
  "profile.people.active",
  "profile.people.retiredCadre",
  "profile.people.retired",
  "profile.people.total",
  "profile.internalBodyCount",
];

/**
 * Paths whose cell the seed's own findings already name (total-expenditure names 基本 and
 * 项目; fiscal-within-actual names the basic figures of both columns): a finding there proves
 * nothing unless it is new.
 */
const ALREADY_NAMED = [
  "expenditure.stated.personnel.actual",
  "expenditure.stated.public.actual",
  "expenditure.stated.basic.actual",
  "expenditure.stated.personnel.fiscal",
  "expenditure.stated.public.fiscal",
  "expenditure.stated.basic.fiscal",
  "expenditure.stated.project.actual",
];

/** A finding as the same fault: rule, marked cell and expected value (its text prints figures). */
const key = (f: Finding) => `${f.ruleId}|${f.sheet}!${f.cell}|${f.expected ?? ""}`;
const names = (f: Finding, path: string) =>
  f.cells.some((c) => c.sheet === where.get(path)!.sheet && c.cell === where.get(path)!.cell);

const seedFindings = runRules(model, RULES);
const baseline = new Set(seedFindings.map(key));

function changed(path: string, to: (v: string, decimals: number) => string): Evaluation {
  const m = structuredClone(model);
  const v = getPath(m, path) as string;
  expect([path, typeof v]).toEqual([path, "string"]);
  setPath(m as unknown as Record<string, unknown>, path, to(v, v.split(".")[1]?.length ?? 0));
  return m;
}

test("the paths the seed's findings already name are exactly those listed", () => {
  expect(HOLDING.filter((p) => seedFindings.some((f) => names(f, p)))).toEqual(ALREADY_NAMED);
});

test.each(HOLDING)("changing %s alone yields a new finding naming its cell", (path) => {
  const bumped = changed(path, (v, d) =>
    new Decimal(v).plus(path.includes("shares") ? "0.05" : 3).toFixed(d)
  );
  const fresh = runRules(bumped, RULES).filter((f) => !baseline.has(key(f)));
  expect(fresh.filter((f) => names(f, path)).map(key)).not.toEqual([]);
});

/** The seed as the reader sees it in the sample workbook: values with their number formats. */
let sampleRead: ReadResult;
beforeAll(async () => {
  sampleRead = await (
    await sampleWorkbook()
  ).read({ names: allNames(), tables: [...PLACEMENTS.tables.keys()] });
});

/** What the whole check finds on a read: reader findings and rules, as rule and marked cell. */
function foundOn(read: ReadResult): string[] {
  const { model: m, findings, where: w } = readFrom(read);
  return [...findings, ...runRules(m, RULES, w)].map((f) => `${f.ruleId}|${f.sheet}!${f.cell}`);
}

/** The stored number of the cell at `path`, moved by `delta`; its number format kept. */
function nudgedRead(path: string, delta: (v: number, decimals: number) => number): ReadResult {
  const read = structuredClone(sampleRead);
  const at = where.get(path)!;
  const cell = [
    ...Object.values(read.names),
    ...Object.values(read.tables).flatMap((t) => t?.rows.flat() ?? []),
  ].find((c) => c && c.sheet === at.sheet && c.address === at.cell);
  if (!cell || typeof cell.value !== "number") throw new Error(`${path}: no number at ${at.cell}`);
  const f = formatDecimals(cell.numFmt);
  if (!f) throw new Error(`${path}: format ${cell.numFmt} fixes no decimals`);
  cell.value = delta(cell.value, f.percent ? f.decimals + 2 : f.decimals);
  return read;
}

test.each(HOLDING)(
  "changing %s within the decimals its cell format states raises nothing new",
  (path) => {
    const before = foundOn(sampleRead);
    // 125.94 → 125.944 in a 0.00 cell, 71% → 71.4% in a 0% cell: four tenths of the last unit.
    expect(foundOn(nudgedRead(path, (v, d) => v + 0.4 * 10 ** -d))).toEqual(before);
    expect(foundOn(nudgedRead(path, (v, d) => v - 0.4 * 10 ** -d))).toEqual(before);
  }
);

/**
 * Issue 25 item 4: a 0.05 slip among the seed's eleven 公用支出 items (or in their total) sits
 * inside the worst-case rounding bound (12 × 0.005) and is caught as a warning at the total.
 */
test.each([...items("公用支出"), "expenditure.stated.public.actual"])(
  "a 0.05 slip at %s among the eleven 公用 items is caught as a warning",
  (path) => {
    for (const delta of ["0.05", "-0.05"]) {
      const slipped = changed(path, (v, d) => new Decimal(v).plus(delta).toFixed(Math.max(d, 2)));
      const fresh = runRules(slipped, RULES).filter((f) => !baseline.has(key(f)));
      expect(fresh.map((f) => [f.ruleId, f.severity, f.cell])).toContainEqual([
        "public-items-total",
        "warning",
        where.get("expenditure.stated.public.actual")!.cell,
      ]);
    }
  }
);

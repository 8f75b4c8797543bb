import { Decimal } from "../../src/model/decimal";
import { getPath, setPath } from "../../src/layout/model-map";
import { layoutLocations } from "../../src/layout/locations";
import { RULES, runRules } from "../../src/rules";
import { sampleModel } from "../helpers/workbooks";

/**
 * Every stated figure that takes part in a relation that holds in the seed: change it alone and
 * some finding must name its cell (issue 4).
 */
const model = sampleModel();
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

const baseline = new Set(runRules(model, RULES).map((f) => `${f.ruleId}|${f.message}`));

test.each(HOLDING)("changing %s alone yields a new finding naming its cell", (path) => {
  const changed = structuredClone(model);
  const v = getPath(changed, path) as string;
  expect(v).toBeDefined();
  const decimals = v.split(".")[1]?.length ?? 0;
  const bumped = path.includes("shares")
    ? new Decimal(v).plus("0.05").toFixed(decimals)
    : new Decimal(v).plus(3).toFixed(decimals);
  setPath(changed as unknown as Record<string, unknown>, path, bumped);
  const where = layoutLocations(model)[path];
  const fresh = runRules(changed, RULES).filter((f) => !baseline.has(`${f.ruleId}|${f.message}`));
  expect(
    fresh.some((f) => f.cells.some((c) => c.sheet === where.sheet && c.cell === where.cell))
  ).toBe(true);
});

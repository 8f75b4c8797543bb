import { templateXlsx } from "../../src/cli/template";
import { validate } from "../../src/workbook/validate";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { PLACEMENTS } from "../../src/layout";
import { sampleModel } from "../helpers/workbooks";

/**
 * Issue 15 "Done when": a workbook stating this and last year's 三公 items, one item's stated
 * change wrong and another's growth rate stated from a zero base, gets exactly two findings at
 * those two stated cells; the correct ones raise nothing.
 */
const name = (n: string) => PLACEMENTS.fields.get(n)!;

async function findings(changes: boolean) {
  const m = sampleModel();
  const both = (current: string, previous: string) => ({
    current: { actual: current },
    previous: { actual: previous },
  });
  const items = {
    abroad: both("3.60", "0.00"),
    vehiclePurchase: both("0.00", "0.00"),
    vehicleRunning: both("5.00", "6.00"),
    reception: both("0.31", "0.73"),
  };
  for (const [k, v] of Object.entries(items)) {
    const key = k as keyof typeof items;
    m.threePublic.current[key].actual = v.current.actual;
    m.threePublic.previous[key].actual = v.previous.actual;
  }
  if (changes)
    m.yearOnYear = {
      changes: {
        abroad: { amount: "3.60", rate: "1.00" }, // growth from zero: no rate
        vehicleRunning: { amount: "-1.00", rate: "-0.1667" }, // right
        reception: { amount: "-0.32", rate: "-0.5753" }, // 0.31 − 0.73 is −0.42
        threePublicTotal: { amount: "2.18" }, // 8.91 − 6.73, right
      },
    };
  const wb = await XlsxWorkbook.load(await templateXlsx(m));
  const { all } = await validate(wb);
  return all.map((f) => `${f.severity} ${f.ruleId} ${f.sheet}!${f.cell}`);
}

test("a wrong change and a rate from zero: exactly two findings, at the two stated cells", async () => {
  const before = await findings(false);
  const after = await findings(true);
  const added = after.filter((f) => !before.includes(f));
  const at = (n: string) => `${name(n).sheet}!${name(n).address}`;
  expect(added).toEqual([
    `error year-on-year-change ${at("jx_yoy_abroad_changeRate")}`,
    `error year-on-year-change ${at("jx_yoy_reception_changeAmount")}`,
  ]);
  expect(before.filter((f) => !after.includes(f))).toEqual([]);
});

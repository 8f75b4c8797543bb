import fc from "fast-check";
import { emptyEvaluation, type Evaluation } from "../../src/model/evaluation";
import { TEMPLATE_VERSION } from "../../src/layout";
import { statedNumberFormat } from "../../src/layout/precision";
import { templateXlsx } from "../../src/cli/template";
import { readWorkbook } from "../../src/workbook/reader";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { sampleModel } from "../helpers/workbooks";

/** fill then export, in process: the model written into the template and read back. */
async function roundTrip(model: Evaluation): Promise<Evaluation> {
  const wb = await XlsxWorkbook.load(await templateXlsx(model));
  return (await readWorkbook(wb)).model;
}

/** The hand-typed JSON of issue 12: points "8", target "0.50", an amount "3.7". */
function handTyped(): Evaluation {
  const m = emptyEvaluation(TEMPLATE_VERSION);
  m.profile.name = "某单位";
  m.projects = [{ name: "项目甲", budgetAdjusted: "3.7", actual: "3.70" }];
  m.expenditure.stated.total.actual = "12";
  m.expenditure.shares = { basis: "实际支出", personnel: "0.712", public: "1" };
  m.indicators = [
    {
      level1: "产出指标",
      level3: "指标甲",
      direction: "≥",
      target: "0.50",
      actual: "0.5",
      points: "8",
      statedRate: "1.0",
    },
    { level1: "效益指标", level3: "指标乙", direction: "≤", target: "4.5", actual: "4.30" },
  ];
  return m;
}

describe("stated precision survives fill → export (issue 12)", () => {
  test("the sample", async () => {
    expect(await roundTrip(sampleModel())).toEqual(sampleModel());
  });

  test("a hand-typed JSON: points 8, target 0.50, amount 3.7, rates 0.712 and 1", async () => {
    expect(await roundTrip(handTyped())).toEqual(handTyped());
  });

  // Issue 25 item 9: rows named but not yet filled, and 8.00 kept as 8.00 on points and amounts.
  test("a body and a project with a name but no figures yet survive fill → export → fill", async () => {
    const m = sampleModel();
    m.profile.staffByBody = [
      { name: "机关", staffing: "7", active: "6" },
      { name: "就业服务中心" },
    ];
    m.projects.push({ name: "待分配项目" });
    m.indicators[0].points = "8.00";
    m.projects[0].actual = "8.00";
    const once = await roundTrip(m);
    expect(once).toEqual(m);
    expect(once.indicators[0].points).toBe("8.00");
    expect(once.projects[0].actual).toBe("8.00");
    expect(await roundTrip(once)).toEqual(m);
  });

  test("formats are only changed where the default would lose the stated decimals", () => {
    expect(statedNumberFormat("amount", "8.00")).toBeUndefined();
    expect(statedNumberFormat("amount", "3.7")).toBe("0.0");
    expect(statedNumberFormat("amount", "8")).toBe("0");
    expect(statedNumberFormat("rate", "0.71")).toBeUndefined();
    expect(statedNumberFormat("rate", "0.712")).toBe("0.0%");
    // A number in General has open decimals (issue 15 item 7): a filled value fixes its own.
    expect(statedNumberFormat("value", "0.5")).toBe("0.0");
    expect(statedNumberFormat("value", "3746")).toBe("0");
    expect(statedNumberFormat("value", "0.50")).toBe("0.00");
    expect(statedNumberFormat("text", "0.50")).toBeUndefined();
  });

  test("property: any stated decimals come back as stated", async () => {
    const decimal = fc
      .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 4 }))
      .chain(([whole, d]) =>
        d === 0
          ? fc.constant(String(whole))
          : fc
              .integer({ min: 0, max: 10 ** d - 1 })
              .map((frac) => `${whole}.${String(frac).padStart(d, "0")}`)
      );
    const optional = fc.option(decimal, { nil: undefined });
    const model = fc.record({
      projects: fc.array(
        fc.record({ budgetAdjusted: optional, actual: optional, fiscal: optional }),
        { maxLength: 3 }
      ),
      indicators: fc.array(
        fc.record({ target: optional, actual: optional, points: optional, statedRate: optional }),
        { maxLength: 3 }
      ),
      total: optional,
      active: optional,
    });
    await fc.assert(
      fc.asyncProperty(model, async (g) => {
        const m = emptyEvaluation(TEMPLATE_VERSION);
        const clean = <T extends object>(o: T) =>
          Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
        m.projects = g.projects.map((p, i) => clean({ name: `项目${i + 1}`, ...p }));
        m.indicators = g.indicators.map((r, i) =>
          clean({ level1: "产出指标", level3: `指标${i + 1}`, direction: "≥" as const, ...r })
        );
        if (g.total !== undefined) m.expenditure.stated.total.actual = g.total;
        if (g.active !== undefined) m.profile.people.active = g.active;
        expect(await roundTrip(m)).toEqual(m);
      }),
      { numRuns: 25 }
    );
  });
});

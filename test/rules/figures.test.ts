import { deriveFigures, figuresOf } from "../../src/rules/core/figures";
import { sampleModel } from "../helpers/workbooks";

/** The derived-figures stage (issue 24 item 1): every total of a model, computed once. */
describe("derived figures", () => {
  test("a stated total stands as stated; its computed twin is what the parts give", () => {
    const f = figuresOf(sampleModel());
    // The seed's own error: 226.98 stated, basic 226.98 + project 8.00 give 234.98.
    expect(f.effective.total.actual?.stated).toBe(true);
    expect(f.effective.total.actual?.value.toFixed(2)).toBe("226.98");
    expect(f.computed.total.actual?.value.toFixed(2)).toBe("234.98");
    expect(f.computed.total.actual?.stated).toBe(false);
  });

  test("a project list marked 部分列示 never stands in for a blank 项目支出 (issue 25 item 8)", () => {
    const m = sampleModel();
    m.expenditure.stated.project = {};
    expect(deriveFigures(m).effective.project.actual?.value.toFixed(2)).toBe("8.00");
    m.expenditure.projectsPartial = true;
    const f = deriveFigures(m);
    expect(f.effective.project.actual).toBeUndefined();
    expect(f.computed.project.actual?.value.toFixed(2)).toBe("8.00");
  });

  test("a blank stated total is replaced by the computed one, with the cells it came from", () => {
    const m = sampleModel();
    m.expenditure.stated.personnel = {};
    const f = deriveFigures(m);
    const personnel = f.effective.personnel.actual!;
    expect(personnel.stated).toBe(false);
    expect(personnel.value.eq(f.computed.personnel.actual!.value)).toBe(true);
    expect(personnel.figures.every((p) => p.path.startsWith("expenditure.items."))).toBe(true);
    // Its interval is the sum of the items' intervals, wider than its own decimals say.
    expect(personnel.interval.hi.minus(personnel.interval.lo).gt("0.01")).toBe(true);
  });

  test("blank is not zero: nothing filled gives no figure, not 0", () => {
    const m = sampleModel();
    m.expenditure.items = [];
    m.projects = [];
    for (const t of ["personnel", "public", "basic", "project", "total"] as const)
      m.expenditure.stated[t] = {};
    const f = deriveFigures(m);
    expect(f.effective.total.actual).toBeUndefined();
    expect(f.rateTotal.actual).toBeUndefined();
  });

  test("a rate total computed from projects alone is incomplete, a stated one is not", () => {
    const m = sampleModel();
    m.expenditure.items = [];
    for (const t of ["personnel", "public", "basic", "total"] as const)
      m.expenditure.stated[t] = {};
    expect(deriveFigures(m).effective.total.actual).toBeDefined();
    expect(deriveFigures(m).rateTotal.actual).toBeUndefined();
    m.expenditure.stated.total = { actual: "300.00" };
    expect(deriveFigures(m).rateTotal.actual?.value.toFixed(2)).toBe("300.00");
  });

  test("once per model, and immutable", () => {
    const m = sampleModel();
    const f = figuresOf(m);
    expect(figuresOf(m)).toBe(f);
    expect(figuresOf(sampleModel())).not.toBe(f);
    expect(Object.isFrozen(f) && Object.isFrozen(f.effective.total)).toBe(true);
    expect(f.indicators).toHaveLength(m.indicators.length);
  });

  test("a figure typed in 元 is a slip, and its path is known to every reader", () => {
    const m = sampleModel();
    expect(figuresOf(m).slips).toHaveLength(0);
    const slipped = sampleModel();
    slipped.expenditure.items[0].actual = "369000";
    const f = figuresOf(slipped);
    expect(f.slips.map((s) => s.path)).toContain("expenditure.items.0.actual");
    expect(f.slipPaths.has("expenditure.items.0.actual")).toBe(true);
  });
});

/**
 * The ribbon commands end to end on the fake Excel host, from assets/sample.xlsx: each handler,
 * wired as commands.ts wires it (OfficeWorkbook over the host's run and isSetSupported), leaves
 * the workbook the CLI's validate / report / clear leave (apart from what the contract suite
 * lists: notes only where ExcelApi 1.18 exists, charts only where the host draws them), ends on
 * the sheet it wrote, and completes once. A failure midway shows a message and completes, and
 * the next 清除标记 / 生成报告 / 插入模板 repairs the workbook.
 */
import { createHandlers, UNDO_NOTICE, type NoticeMemory } from "../../src/commands/handlers";
import { messages, type CommandName, type Message } from "../../src/commands/messages";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { validate } from "../../src/workbook/validate";
import { generateReport } from "../../src/workbook/report";
import { RECORD_SHEET, RESULTS_SHEET } from "../../src/layout/results";
import { SHEETS } from "../../src/layout";
import { createWorkbook } from "../fake-excel";
import { OFFICE_PROFILES, open, sampleBytes, type Opened } from "../contract/ports";
import { contentOf, expectSameFormulas, type Content } from "../contract/content";
import { templateXlsx } from "../../src/cli/template";

jest.setTimeout(120000);

/** Notes (and the record's list of them) differ by design between hosts with and without. */
function withoutNotes(c: Content): Content {
  const values = { ...c.values };
  const record = values[RECORD_SHEET]?.A1;
  if (typeof record === "string")
    values[RECORD_SHEET] = { A1: JSON.stringify({ ...JSON.parse(record), notes: [] }) };
  return { ...c, values, notes: undefined };
}

/** The 汇总 hint (A2) says whether charts were drawn: ExcelJS draws none. */
function withoutChartHint(c: Content): Content {
  const summary = { ...c.values["汇总"] };
  delete summary.A2;
  return { ...c, values: { ...c.values, 汇总: summary } };
}

const remembered: NoticeMemory = { seen: () => true, remember: () => undefined };

interface Clicked {
  shown: Message[];
  completed: number;
}

/** The four handlers over a fake-hosted workbook, wired as src/commands/commands.ts does. */
function ribbon(wb: Opened, notices: NoticeMemory = remembered) {
  const fake = wb.fake!;
  const shown: Message[] = [];
  const handlers = createHandlers({
    env: {
      run: fake.run,
      excel: fake.Excel,
      isSetSupported: (s: string, v: string) => fake.isSetSupported(s, v),
    },
    openWorkbook: (env) => new OfficeWorkbook(env),
    show: async (message) => void shown.push(message),
    notices,
  });
  return async (command: CommandName): Promise<Clicked> => {
    const before = shown.length;
    let completed = 0;
    await handlers[command]({ completed: () => completed++ });
    return { shown: shown.slice(before), completed };
  };
}

const activeSheet = (wb: Opened) => wb.fake!.state.activeSheet?.name;

let cli: { original: Content; validated: Content; reported: Content; template: Content };

beforeAll(async () => {
  const a = await open("xlsx", sampleBytes());
  const original = await contentOf(a.port());
  await validate(a.port());
  const validated = await contentOf(a.port());
  const b = await open("xlsx", sampleBytes());
  await generateReport(b.port());
  // The CLI's `jixiao template`, built now (assets/template.xlsx may lag the layout).
  const t = await open("xlsx", await templateXlsx());
  cli = {
    original,
    validated,
    reported: await contentOf(b.port()),
    template: await contentOf(t.port()),
  };
});

describe.each(OFFICE_PROFILES)("on %s", (profile) => {
  test("校验 leaves what the CLI's validate leaves, ends on 校验结果, completes once", async () => {
    const wb = await open(profile, sampleBytes());
    const click = ribbon(wb);
    expect(await click("validate")).toEqual({ shown: [], completed: 1 });
    expect(activeSheet(wb)).toBe(RESULTS_SHEET);
    const after = await contentOf(wb.port());
    expect({ ...withoutNotes(after), formulas: {} }).toEqual({
      ...withoutNotes(cli.validated),
      formulas: {},
    });
    expect(expectSameFormulas(after, cli.validated)).toEqual([]);
    if (wb.port().capabilities.notes) expect(after.notes).toEqual(cli.validated.notes);
    else expect(after.notes).toBeUndefined();
  });

  test("清除标记 after 校验 gives back the original; a second click says there is nothing", async () => {
    const wb = await open(profile, sampleBytes());
    const click = ribbon(wb);
    await click("validate");
    expect(await click("clearMarks")).toEqual({ shown: [], completed: 1 });
    expect(withoutNotes(await contentOf(wb.port()))).toEqual(withoutNotes(cli.original));
    expect(await click("clearMarks")).toEqual({
      shown: [messages.nothingToClear()],
      completed: 1,
    });
  });

  test("生成报告 writes the CLI's sheets and ends on 报告", async () => {
    const wb = await open(profile, sampleBytes());
    expect(await ribbon(wb)("report")).toEqual({ shown: [], completed: 1 });
    expect(activeSheet(wb)).toBe("报告");
    const after = withoutChartHint(await contentOf(wb.port()));
    const expected = withoutChartHint(cli.reported);
    for (const sheet of ["报告", "自评表", "汇总"]) {
      expect([sheet, after.values[sheet]]).toEqual([sheet, expected.values[sheet]]);
    }
  });

  test("插入模板 in an empty workbook writes the template's sheets and leaves Sheet1 alone", async () => {
    const wb = await open(profile, sampleBytes());
    wb.fake!.state = createWorkbook(["Sheet1"]);
    const click = ribbon(wb);
    expect(await click("insertTemplate")).toEqual({ shown: [], completed: 1 });
    expect(activeSheet(wb)).toBe(SHEETS[0].name);
    const after = await contentOf(wb.port());
    expect(after.sheets.Sheet1).toBe("visible");
    const sheets = { ...after.sheets };
    delete sheets.Sheet1;
    expect(sheets).toEqual(cli.template.sheets);
    expect({ ...after.values, Sheet1: undefined }).toEqual({
      ...cli.template.values,
      Sheet1: undefined,
    });
    const again = await click("insertTemplate");
    expect(again.completed).toBe(1);
    expect(again.shown).toHaveLength(1);
    expect(again.shown[0].zh).toMatch(/已有完整的绩效自评模板/);
  });

  test("a workbook that is not the template is refused and left as it was", async () => {
    const wb = await open(profile, sampleBytes());
    wb.fake!.state = createWorkbook(["Sheet1"]);
    const click = ribbon(wb);
    for (const command of ["validate", "report"] as const) {
      const { shown, completed } = await click(command);
      expect(completed).toBe(1);
      expect(shown).toHaveLength(1);
      expect(shown[0].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(shown[0].zh).not.toMatch(/未能完成/); // the reader's refusal, not a failure
      expect(shown[0].en).toMatch(/[A-Za-z]/);
      expect(wb.fake!.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    }
  });
});

describe("refusals and failures on the fake host", () => {
  // The retry after a refused unprotect re-reads the workbook first (it failed before that).
  test("a sheet protected with a password: 校验 finishes elsewhere and names it", async () => {
    const wb = await open("ltsc2021", sampleBytes());
    const scoring = wb.fake!.state.sheets.find((s) => s.name === "评分")!;
    expect(scoring.protection.protected).toBe(true);
    scoring.protection = { ...scoring.protection, password: "1234" };
    const clicked = await ribbon(wb)("validate");
    expect(clicked).toEqual({ shown: [messages.lockedSheets(["评分"])], completed: 1 });
    expect(activeSheet(wb)).toBe(RESULTS_SHEET);
    expect(scoring.protection).toMatchObject({ protected: true, password: "1234" });
  });

  test("the undo-history notice comes once where ExcelApi 1.20 is missing, never where it exists", async () => {
    const keys = new Set<string>();
    const memory: NoticeMemory = { seen: (k) => keys.has(k), remember: (k) => void keys.add(k) };
    const ltsc = ribbon(await open("ltsc2024", sampleBytes()), memory);
    expect((await ltsc("validate")).shown).toEqual([messages.undoHistory()]);
    expect(keys).toEqual(new Set([UNDO_NOTICE]));
    expect((await ltsc("clearMarks")).shown).toEqual([]);
    const fresh = new Set<string>();
    const m365 = ribbon(await open("m365", sampleBytes()), {
      seen: (k) => fresh.has(k),
      remember: (k) => void fresh.add(k),
    });
    expect((await m365("validate")).shown).toEqual([]);
    expect(fresh.size).toBe(0);
  });

  /** Operations a command performs on a fresh sample, per sync (the first `reads` syncs read). */
  async function opsOf(profile: "ltsc2021" | "m365", command: CommandName) {
    const wb = await open(profile, sampleBytes());
    wb.fake!.resetStats();
    await ribbon(wb)(command);
    return wb.fake!.stats.requests.map((r) => r.ops);
  }

  test.each(["ltsc2021", "m365"] as const)(
    "on %s, 校验 failing midway shows the failure, completes, and 清除标记 restores the original",
    async (profile) => {
      const perSync = await opsOf(profile, "validate");
      const readOps = perSync[0] + perSync[1];
      const writeOps = perSync.slice(2).reduce((a, b) => a + b, 0);
      expect(writeOps).toBeGreaterThan(10);
      for (const share of [0.3, 0.7]) {
        const wb = await open(profile, sampleBytes());
        wb.fake!.failAt(readOps + Math.round(writeOps * share), "GeneralException");
        const click = ribbon(wb);
        expect(await click("validate")).toEqual({
          shown: [messages.failed("validate", "GeneralException")],
          completed: 1,
        });
        const cleared = await click("clearMarks");
        expect(cleared.completed).toBe(1);
        expect(withoutNotes(await contentOf(wb.port()))).toEqual(withoutNotes(cli.original));
      }
    }
  );

  test("生成报告 failing midway shows the failure; the next 生成报告 replaces the partial sheets", async () => {
    const perSync = await opsOf("ltsc2021", "report");
    const readOps = perSync[0] + perSync[1];
    const writeOps = perSync.slice(2).reduce((a, b) => a + b, 0);
    const wb = await open("ltsc2021", sampleBytes());
    wb.fake!.failAt(readOps + Math.round(writeOps / 2), "GeneralException");
    const click = ribbon(wb);
    expect(await click("report")).toEqual({
      shown: [messages.failed("report", "GeneralException")],
      completed: 1,
    });
    expect(await click("report")).toEqual({ shown: [], completed: 1 });
    const after = withoutChartHint(await contentOf(wb.port()));
    const expected = withoutChartHint(cli.reported);
    expect(Object.keys(after.sheets).sort()).toEqual(Object.keys(expected.sheets).sort());
    for (const sheet of ["报告", "自评表", "汇总"]) {
      expect([sheet, after.values[sheet]]).toEqual([sheet, expected.values[sheet]]);
    }
  });

  test("插入模板 failing midway shows the failure; the next 插入模板 completes it", async () => {
    const wb = await open("ltsc2021", sampleBytes());
    wb.fake!.state = createWorkbook(["Sheet1"]);
    wb.fake!.resetStats();
    await ribbon(wb)("insertTemplate");
    const total = wb.fake!.stats.requests.reduce((a, r) => a + r.ops, 0);
    const reads = wb.fake!.stats.requests[0].ops + wb.fake!.stats.requests[1].ops;

    wb.fake!.state = createWorkbook(["Sheet1"]);
    wb.fake!.failAt(reads + Math.round((total - reads) / 2), "GeneralException");
    const click = ribbon(wb);
    expect(await click("insertTemplate")).toEqual({
      shown: [messages.failed("insertTemplate", "GeneralException")],
      completed: 1,
    });
    expect(await click("insertTemplate")).toEqual({ shown: [], completed: 1 });
    const after = await contentOf(wb.port());
    const sheets = { ...after.sheets };
    delete sheets.Sheet1;
    expect(sheets).toEqual(cli.template.sheets);
    expect({ ...after.values, Sheet1: undefined }).toEqual({
      ...cli.template.values,
      Sheet1: undefined,
    });
  });
});

/**
 * The browser test's Office: served in place of office.js, it puts the fake Excel (loaded in
 * Node from an xlsx and handed over as JSON, see ./codec) on the page before the pane's script.
 * Beyond the fake it models what the pane needs of a real host: the display language,
 * `Office.onReady` in both forms, and `worksheets.onActivated`, fired whenever a run or the user
 * changes the active sheet. It also exposes a small handle for the test (window.__jixiaoHost):
 * a digest of the workbook, the selection, a ribbon command run as the function file runs it.
 */
import "../../src/model/no-eval"; // this bundle has its own zod, under the pane's CSP too
import { FakeExcel, type ProfileName, type WorkbookState } from "../fake-excel";
import { FakeWorksheetCollection } from "../fake-excel/worksheet";
import { DEFAULT_FORMAT } from "../fake-excel/styles";
import { cellA1, rectA1, type Rect } from "../fake-excel/address";
import { findSheet, keyCol, keyRow } from "../fake-excel/state";
import { compareVersions } from "../fake-excel/profiles";
import { digest } from "../contract/digest";
import { decode, type EncodedGraph } from "./codec";
import { createHandlers } from "../../src/commands/handlers";
import type { CommandName, Message } from "../../src/commands/messages";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { isMarkFormula } from "../../src/workbook/port";

export interface E2EInit {
  profile: ProfileName;
  state: EncodedGraph;
  displayLanguage: string;
  /** Caps the ExcelApi version reported, for an Excel older than any profile. */
  excelApi?: string;
}

type ActivatedHandler = (event: { type: string; worksheetId: string }) => Promise<unknown>;

const g = globalThis as unknown as Record<string, unknown> & { __jixiaoE2E: E2EInit };
const init = g.__jixiaoE2E;
const fake = new FakeExcel({
  profile: init.profile,
  state: decode<WorkbookState>(init.state, { DEFAULT_FORMAT }),
  currentYear: 2022,
});
fake.install(g);

// ---- what a real host has beyond the fake ----

const office = g.Office as {
  context: Record<string, unknown>;
  onReady: (callback?: (info: unknown) => void) => Promise<unknown>;
};
office.context.displayLanguage = init.displayLanguage;
if (init.excelApi) {
  const cap = init.excelApi;
  office.context.requirements = {
    isSetSupported: (set: string, version?: string) =>
      fake.isSetSupported(set, version) &&
      (version === undefined || compareVersions(version, cap) <= 0),
  };
}
const ready = office.onReady.bind(office);
office.onReady = (callback) => {
  const p = ready();
  if (callback) void p.then(callback);
  return p;
};

const handlers: ActivatedHandler[] = [];
Object.defineProperty(FakeWorksheetCollection.prototype, "onActivated", {
  configurable: true,
  get: () => ({
    add(handler: ActivatedHandler) {
      handlers.push(handler);
      return { remove: () => handlers.splice(handlers.indexOf(handler), 1) };
    },
  }),
});

/**
 * `worksheets.onChanged` (ExcelApi 1.9), minimally: fired when the test's user types into a cell
 * (`type` below), as Excel fires it for an edit, with `triggerSource` "Unknown" (1.14: not this
 * add-in). The add-in's own API writes do not fire it here.
 */
type ChangedHandler = (event: {
  type: string;
  worksheetId: string;
  address: string;
  changeType: string;
  source: string;
  triggerSource: string;
}) => Promise<unknown>;
const changedHandlers: ChangedHandler[] = [];
Object.defineProperty(FakeWorksheetCollection.prototype, "onChanged", {
  configurable: true,
  get: () => ({
    add(handler: ChangedHandler) {
      changedHandlers.push(handler);
      return { remove: () => changedHandlers.splice(changedHandlers.indexOf(handler), 1) };
    },
  }),
});

let activated = 0;
function fireIfActivated(before: unknown): void {
  const now = fake.state.activeSheet;
  if (!now || now === before) return;
  activated += 1;
  for (const h of handlers)
    setTimeout(() => void h({ type: "WorksheetActivated", worksheetId: String(now.id) }), 0);
}

const excel = g.Excel as { run: (...args: unknown[]) => Promise<unknown> };
const run = excel.run;
excel.run = async (...args: unknown[]) => {
  const before = fake.state.activeSheet;
  try {
    return await run(...args);
  } finally {
    fireIfActivated(before);
  }
};

// ---- the test's handle ----

function cellsOf(r: Rect): string[] {
  const out: string[] = [];
  for (let row = r.r0; row <= r.r1; row++)
    for (let col = r.c0; col <= r.c1; col++) out.push(cellA1(row, col));
  return out;
}

const port = () =>
  new OfficeWorkbook({
    isSetSupported: (s, v) => fake.isSetSupported(s, v),
    run: excel.run as typeof Excel.run,
  });

g.__jixiaoHost = {
  /** Everything a run could change, as plain data (test/contract/digest). */
  digest: () => JSON.parse(JSON.stringify(digest(fake.state))) as unknown,
  sheets: () => fake.state.sheets.filter((s) => !s.deleted).map((s) => s.name),
  /** Cells carrying a validate mark, one "sheet!A1" each. */
  marks: () =>
    fake.state.sheets.flatMap((s) =>
      s.conditionalFormats
        .filter((cf) => isMarkFormula(cf.formula))
        .flatMap((cf) => cf.ranges.flatMap((r) => cellsOf(r).map((a) => `${s.name}!${a}`)))
    ),
  selection: () => {
    const sel = fake.state.selection;
    return sel ? { sheet: sel.sheet.name, address: rectA1(sel.rect) } : null;
  },
  activeSheet: () => fake.state.activeSheet?.name ?? null,
  activations: () => activated,
  listeners: () => handlers.length,
  /** The first cell of `sheet` whose text contains `needle`, as A1. */
  findText: (sheet: string, needle: string): string | null => {
    const found = [...(findSheet(fake.state, sheet)?.cells ?? [])].find(
      ([, c]) => typeof c.value === "string" && c.value.includes(needle)
    );
    return found ? cellA1(keyRow(found[0]), keyCol(found[0])) : null;
  },
  /** The user types text into a cell (through Excel's API, as typing parses it). */
  type: async (sheet: string, address: string, text: string) => {
    let worksheetId = "";
    await (excel.run as typeof Excel.run)(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet).load("id");
      ws.getRange(address).values = [[text]];
      await ctx.sync();
      worksheetId = ws.id;
    });
    const event = { type: "WorksheetChanged", worksheetId, address, changeType: "RangeEdited" };
    for (const h of changedHandlers)
      setTimeout(() => void h({ ...event, source: "Local", triggerSource: "Unknown" }), 0);
  },
  changeListeners: () => changedHandlers.length,
  /** The user clicks a sheet tab. */
  activate: (name: string) => {
    const sheet = findSheet(fake.state, name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const before = fake.state.activeSheet;
    fake.state.activeSheet = sheet;
    fireIfActivated(before);
  },
  /** A ribbon command, as the function file runs it (its dialogs recorded, not shown). */
  ribbon: async (command: CommandName): Promise<Message[]> => {
    const shown: Message[] = [];
    const h = createHandlers({
      env: { isSetSupported: (s: string, v: string) => fake.isSetSupported(s, v) },
      openWorkbook: () => port(),
      show: async (m) => void shown.push(m),
      notices: { seen: () => true, remember: () => undefined },
    });
    await new Promise<void>((resolve) => void h[command]({ completed: resolve }));
    return shown;
  },
};

/**
 * The browser test's Office: served in place of office.js. It puts the fake Excel (loaded in
 * Node from an xlsx and handed over as JSON, see ./codec) behind `OSF.DDA.RichApi` on the page
 * and has Microsoft's own client (`@microsoft/office-js`, the profile's file, served beside it as
 * Office serves its host files) written in after it: the pane's `Excel.run` is Microsoft's.
 * It runs twice: first to set up the host and write the client's script tag and its own again,
 * then (after the client has replaced `window.Office`) to give Office what a real host has
 * beyond the client — the display language, `Office.onReady`, requirement sets — and a small
 * handle for the test (window.__jixiaoHost): a digest of the workbook, the selection, a ribbon
 * command run as the function file runs it.
 */
import "../../src/model/no-eval"; // this bundle has its own zod, under the pane's CSP too
import { FakeExcel } from "../fake-excel/fake";
import { pageLoader } from "../fake-excel/page-client";
import type { ProfileName } from "../fake-excel/profiles";
import type { WorkbookState } from "../fake-excel/state";
import { DEFAULT_FORMAT } from "../fake-excel/styles";
import { cellA1, rectA1, type Rect } from "../fake-excel/address";
import { findSheet, keyCol, keyRow } from "../fake-excel/state";
import { digest } from "../contract/digest";
import { decode, type EncodedGraph } from "./codec";
import { createHandlers, type Engine } from "../../src/commands/handlers";
import { clearWorkbook, validate } from "../../src/workbook/validate";
import { insertTemplate } from "../../src/workbook/template";
import { generateReport } from "../../src/workbook/report";
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

/** The query string of this script's second run, after Microsoft's client (browser.ts). */
const AFTER_CLIENT = "after-client";

const g = globalThis as unknown as Record<string, unknown> & {
  __jixiaoE2E: E2EInit;
  __jixiaoFake?: FakeExcel;
};
const init = g.__jixiaoE2E;
const self = (document.currentScript as HTMLScriptElement).src;

if (!g.__jixiaoFake) {
  const fake = new FakeExcel({
    profile: init.profile,
    state: decode<WorkbookState>(init.state, { DEFAULT_FORMAT }),
    currentYear: 2022,
    excelApi: init.excelApi,
    loadClient: pageLoader(self),
  });
  g.__jixiaoFake = fake;
  document.write(`<script src="${self}?${AFTER_CLIENT}"></script>`);
} else {
  afterClient(g.__jixiaoFake);
}

/** What a real host has beyond the client: Office's context, onReady, the host's enums. */
function afterClient(fake: FakeExcel): void {
  const info = { host: "Excel", platform: init.profile === "web" ? "OfficeOnline" : "PC" };
  // The client's Office: its context is the host's app context (client-shim.ts).
  const office = g.Office as Record<string, unknown> & { context: Record<string, unknown> };
  office.context.displayLanguage = init.displayLanguage;
  office.HostType = { Excel: "Excel" };
  office.onReady = (callback?: (i: unknown) => void) => {
    const p = Promise.resolve(info);
    if (callback) void p.then(callback);
    return p;
  };
  installHandle(fake);
}

// ---- the test's handle ----

function cellsOf(r: Rect): string[] {
  const out: string[] = [];
  for (let row = r.r0; row <= r.r1; row++)
    for (let col = r.c0; col <= r.c1; col++) out.push(cellA1(row, col));
  return out;
}

const RIBBON_ENGINE: Engine = { validate, generateReport, clearWorkbook, insertTemplate };

/** The page's Excel.run when called: a test may have wrapped it (failNextRuns). */
const pageRun = (): typeof Excel.run => (g.Excel as typeof Excel).run;

function installHandle(fake: FakeExcel): void {
  const port = () =>
    new OfficeWorkbook({
      isSetSupported: (s, v) => fake.isSetSupported(s, v),
      run: pageRun(),
      excel: g.Excel as typeof Excel,
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
    /** Sheet activations (by a run or the user), raised through the client when registered. */
    activations: () => fake.events.activations,
    /** onActivated registrations the client made with the host. */
    listeners: () => fake.events.registrations("Activated"),
    /** The first cell of `sheet` whose text contains `needle`, as A1. */
    findText: (sheet: string, needle: string): string | null => {
      const found = [...(findSheet(fake.state, sheet)?.cells ?? [])].find(
        ([, c]) => typeof c.value === "string" && c.value.includes(needle)
      );
      return found ? cellA1(keyRow(found[0]), keyCol(found[0])) : null;
    },
    /** The user types text into a cell: parsed as typing, raised as an edit, not the add-in's. */
    type: (sheet: string, address: string, text: string) => fake.userTypes(sheet, address, text),
    /** onChanged registrations the client made with the host. */
    changeListeners: () => fake.events.registrations("DataChanged"),
    /** The user clicks a sheet tab. */
    activate: (name: string) => fake.userActivates(name),
    /** A ribbon command, as the function file runs it (its dialogs recorded, not shown). */
    ribbon: async (command: CommandName): Promise<Message[]> => {
      const shown: Message[] = [];
      const h = createHandlers({
        env: { isSetSupported: (s: string, v: string) => fake.isSetSupported(s, v) },
        openWorkbook: () => port(),
        show: async (m) => void shown.push(m),
        notices: { seen: () => true, remember: () => undefined },
        // The function file loads its engine from beside commands.js; this script is served
        // from elsewhere, so its ribbon carries the engine in its own bundle.
        engine: RIBBON_ENGINE,
      });
      await new Promise<void>((resolve) => void h[command]({ completed: resolve }));
      return shown;
    },
  };
}

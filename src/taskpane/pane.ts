/**
 * The task pane: four commands, progress, the last results recorded in the workbook (verdict,
 * findings grouped and filterable, a click selects the cell) and the notices. The commands run
 * through the ribbon's own handlers (src/commands/handlers), so the pane and the ribbon do the
 * same thing and say the same thing. Workbook text only ever enters the page as textContent.
 */
import {
  UNDO_NOTICE,
  createHandlers,
  type CommandEnv,
  type CommandHandler,
  type NoticeMemory,
} from "../commands/handlers";
import {
  REQUIRED_SET,
  messages as commandMessages,
  type CommandName,
  type Message,
} from "../commands/messages";
import { readLastResults, type LastResults, type RecordedFinding } from "../workbook/last-results";
import type { WorkbookPort } from "../workbook/port";
import { REPORT_SHEET, RESULTS_COLUMNS, RESULTS_SHEET } from "../layout/results";
import { formats, messages, type Locale, type MessageKey, type Messages } from "./i18n";
import { commandFailure, readFailure, wordFailure, type Failure } from "./failures";
import { paneEngine, type PaneEngine } from "./engine";
import { MessageBox, type MessageLink } from "./message-box";
import { DOCX_TYPE, wordSaved, type FileSaving } from "./word";
import { FindingsView, byId, el } from "./findings-view";
import { placeOf, sameResults, verdictOf } from "./view-model";
import { plainMessage } from "./wording";

export interface PaneDeps {
  doc: Document;
  locale: Locale;
  env: CommandEnv;
  /** A fresh port over the open workbook (no state is kept between runs). */
  openWorkbook(): WorkbookPort;
  /** Notices already shown; the same storage and key as the ribbon's. */
  notices: NoticeMemory;
  engine?: PaneEngine;
  /** Hands a made file to the user (a download); without it the pane offers no 导出 Word. */
  saveFile?(bytes: Uint8Array, name: string, type: string): void;
  /** Whether the host lets saveFile work; "none" on Excel for Mac. Default "download". */
  fileSaving?: FileSaving;
  log?(error: unknown): void;
}

/** A run that threw, or one that ended with work left undone. */
type RunFailure = { thrown: unknown } | "fell short";

/** How one command's run ended: the handler's last message, and whether that is a failure. */
interface RunEnd {
  outcome: Message | undefined;
  failure: RunFailure | undefined;
  /** 生成报告 only: errors left in the report. */
  reportErrors?: number;
}

const COMMANDS: readonly CommandName[] = ["validate", "report", "clearMarks", "insertTemplate"];

const isMessageKey = (key: string | undefined, table: Messages): key is MessageKey =>
  key !== undefined && Object.prototype.hasOwnProperty.call(table, key);

/** Writes the strings of `locale` into every element marked data-i18n / data-i18n-label. */
export function applyLocale(doc: Document, locale: Locale): void {
  const table = messages[locale];
  doc.documentElement.lang = locale;
  doc.title = table.title;
  doc.querySelectorAll<HTMLElement>("[data-i18n]").forEach((element) => {
    const key = element.dataset.i18n;
    if (isMessageKey(key, table)) element.textContent = table[key];
  });
  doc.querySelectorAll<HTMLElement>("[data-i18n-label]").forEach((element) => {
    const key = element.dataset.i18nLabel;
    if (isMessageKey(key, table)) element.setAttribute("aria-label", table[key]);
  });
}

export type HostState =
  "loading" | "excel" | "other-host" | "no-excel" | "no-office-js" | "old-excel";

const STATUS_KEY: Record<Exclude<HostState, "old-excel">, MessageKey> = {
  loading: "statusLoading",
  excel: "statusExcel",
  "other-host": "statusOtherHost",
  "no-excel": "statusNoExcel",
  "no-office-js": "statusNoOfficeJs",
};

/** Shows the host state in the status line (and as data-state, for styling and tests). */
export function showHostState(doc: Document, locale: Locale, state: HostState): void {
  const status = doc.getElementById("status");
  doc.body.dataset.host = state;
  if (!status) return;
  status.dataset.state = state;
  if (state === "old-excel") {
    const m = plainMessage(commandMessages.unsupportedHost());
    delete status.dataset.i18n;
    status.textContent = locale === "en-US" ? m.en : m.zh;
  } else {
    status.dataset.i18n = STATUS_KEY[state];
    status.textContent = messages[locale][STATUS_KEY[state]];
  }
}

export class Pane {
  private readonly doc: Document;
  private readonly t: Messages;
  private readonly f: (typeof formats)[Locale];
  private readonly handlers: Record<CommandName, CommandHandler>;
  private readonly box: MessageBox;
  private readonly list: FindingsView;
  private last: LastResults | undefined;
  private busy = false;
  /** Readings started; a reading that is not the latest is dropped. */
  private readings = 0;
  private outcomes: Message[] = [];
  /** How the command under way ended, when not simply done: its message is then an error. */
  private failure: RunFailure | undefined;
  private reportErrors: number | undefined;

  constructor(private readonly deps: PaneDeps) {
    this.doc = deps.doc;
    this.t = messages[deps.locale];
    this.f = formats[deps.locale];
    this.handlers = createHandlers({
      env: deps.env,
      openWorkbook: () => deps.openWorkbook(),
      show: async (message) => {
        this.outcomes.push(message);
      },
      engine: paneEngine(deps.engine, {
        threw: (thrown) => (this.failure = { thrown }),
        fellShort: () => (this.failure = "fell short"),
        reported: (errors) => (this.reportErrors = errors),
      }),
      // The pane asks before the first write itself (with a way to cancel), so the handler
      // never needs to.
      notices: { seen: () => true, remember: () => undefined },
      log: deps.log,
    });
    applyLocale(this.doc, deps.locale);
    this.box = new MessageBox(this.doc, deps.locale);
    this.list = new FindingsView(this.doc, deps.locale, this.t, this.f, {
      select: (finding) => void this.select(finding),
      saveExplanation: (finding, text) => void this.saveExplanation(finding, text),
    });
    const word = byId(this.doc, "export-word");
    word.hidden = !deps.saveFile;
    word.title = this.t.exportWordTitle;
    this.wire();
  }

  /** Checks the host's API level, then shows the buttons and the last results. */
  async start(): Promise<void> {
    if (!this.deps.env.isSetSupported(REQUIRED_SET.name, REQUIRED_SET.version)) {
      showHostState(this.doc, this.deps.locale, "old-excel");
      return;
    }
    showHostState(this.doc, this.deps.locale, "excel");
    byId(this.doc, "toolbar").hidden = false;
    await this.refresh();
  }

  /** Reads the last results from the workbook and shows them (unchanged results: nothing moves). */
  async refresh(): Promise<void> {
    if (this.busy) return; // the command under way refreshes when it ends
    const reading = ++this.readings;
    try {
      const last = await readLastResults(this.deps.openWorkbook());
      if (reading !== this.readings || this.busy) return;
      if (sameResults(this.last, last)) return;
      this.last = last;
      this.render();
    } catch (e) {
      this.deps.log?.(e);
      if (reading !== this.readings) return;
      this.showFailure(readFailure(e));
    }
  }

  /**
   * The user changed cells (Excel's change event): the findings listed at them are marked as
   * out of date until the next 校验. Changes made while a command runs are the command's own.
   */
  cellsChanged(sheet: string, address: string): void {
    if (this.busy || !this.last?.validated) return;
    this.list.changed(sheet, address);
  }

  async run(command: CommandName): Promise<void> {
    if (this.busy) return;
    this.hideMessage();
    const port = this.deps.openWorkbook();
    if (!port.capabilities.undoGroup && !this.deps.notices.seen(UNDO_NOTICE)) {
      // PRODUCT.md §5: once, before the first write, where Excel has no undo grouping.
      if ((await this.ask(commandMessages.undoHistory())) === "cancel") return;
      this.deps.notices.remember(UNDO_NOTICE);
    }
    // 生成报告 on a workbook never validated: validate first, so the list and the report's
    // draft page say the same; if that fails, say so and write no report.
    const validateFirst = command === "report" && this.last?.template && !this.last.validated;
    const first = validateFirst ? await this.execute("validate") : undefined;
    const end = first?.failure ? undefined : await this.execute(command);
    this.last = undefined; // what the run wrote is read back and shown, whatever it was
    await this.refresh();
    if (first?.failure) this.showEnd(first, reportNotWritten);
    else if (end) this.showEnd(end, validateFirst ? validatedFirst : undefined);
    if (command === "validate") byId(this.doc, "verdict").focus();
  }

  /** Runs one command through its handler, with the progress shown meanwhile. */
  private async execute(command: CommandName): Promise<RunEnd> {
    this.setBusy(command);
    this.outcomes = [];
    this.failure = undefined;
    this.reportErrors = undefined;
    try {
      await new Promise<void>((resolve) => {
        void this.handlers[command]({ completed: resolve });
      });
    } finally {
      this.setBusy(undefined);
    }
    return {
      outcome: this.outcomes[this.outcomes.length - 1],
      // Set by the engine's watch during the run, which narrowing cannot see.
      failure: this.failure as RunFailure | undefined,
      reportErrors: this.reportErrors as number | undefined,
    };
  }

  /** What a run says: a failure as an error, 生成报告 done with its errors and a link to 报告. */
  private showEnd(end: RunEnd, lead?: Message): void {
    const { outcome, failure } = end;
    const led = (m: Message): Message =>
      lead ? { zh: lead.zh + m.zh, en: `${lead.en} ${m.en}` } : m;
    if (outcome && typeof failure === "object") {
      const { message, details } = commandFailure(outcome, failure.thrown);
      this.showFailure({ message: led(message), details });
    } else if (outcome && failure) this.showMessage(led(outcome), "error");
    else if (end.reportErrors !== undefined) {
      const done: Message = {
        zh: formats["zh-CN"].reportDone(end.reportErrors),
        en: formats["en-US"].reportDone(end.reportErrors),
      };
      const kept = outcome ? { zh: outcome.zh, en: outcome.en } : undefined;
      this.showMessage(led(kept ?? done), "info", this.reportLink());
    } else if (outcome) this.showMessage(led(outcome), "info");
  }

  private reportLink(): MessageLink {
    return {
      label: this.t.reportLink,
      go: () => void this.goTo(REPORT_SHEET),
    };
  }

  /** Activates a sheet (the 报告 link). */
  private async goTo(sheet: string): Promise<void> {
    try {
      await this.deps.openWorkbook().write([{ op: "activate", sheet }]);
    } catch (e) {
      this.deps.log?.(e);
      this.showFailure({
        message: {
          zh: `无法打开“${sheet}”工作表：它可能已被删除或改名。请重新生成报告。`,
          en: `Cannot open the sheet ${sheet}: it may have been deleted or renamed. Generate the report again.`,
        },
      });
    }
  }

  /** 导出 Word: the 报告 and 自评表 sheets as they stand, the user's edits included. */
  async exportWord(): Promise<void> {
    const save = this.deps.saveFile;
    if (this.busy || !save) return;
    this.hideMessage();
    if (this.deps.fileSaving === "none") {
      // The host would drop the download without a word: say so, and what works instead.
      const { wordUnavailable: zh } = messages["zh-CN"];
      this.showMessage({ zh, en: messages["en-US"].wordUnavailable }, "info");
      return;
    }
    const button = byId<HTMLButtonElement>(this.doc, "export-word");
    let report: typeof import("../workbook/report") | undefined;
    this.busy = true;
    button.disabled = true;
    try {
      report = await import(/* webpackChunkName: "report" */ "../workbook/report");
      const { bytes, all } = await report.exportWord(this.deps.openWorkbook());
      save(bytes, this.t.wordFileName, DOCX_TYPE);
      const errors = all.filter((f) => f.severity === "error").length;
      this.showMessage(wordSaved(this.t.wordFileName, errors), "info");
    } catch (e) {
      const refusal = report && e instanceof report.NoReportSheetError ? e : undefined;
      if (!refusal) this.deps.log?.(e); // a refusal, not a failure
      this.showFailure(refusal ? { message: { zh: refusal.zh, en: refusal.en } } : wordFailure(e));
    } finally {
      this.busy = false;
      button.disabled = false;
    }
  }

  /** Selects the finding's cell (its sheet, where it has no cell) through the port. */
  async select(finding: RecordedFinding): Promise<void> {
    if (!finding.sheet) return;
    this.list.setCurrent(finding);
    try {
      await this.deps
        .openWorkbook()
        .write([
          { op: "activate", sheet: finding.sheet },
          ...(finding.cell
            ? [{ op: "select" as const, sheet: finding.sheet, address: finding.cell }]
            : []),
        ]);
    } catch (e) {
      this.deps.log?.(e);
      this.showMessage(
        {
          zh: `无法跳到“${placeOf(finding)}”：工作表可能已被删除或改名。请重新校验。`,
          en: `Cannot go to ${placeOf(finding)}: the sheet may have been deleted or renamed. Validate again.`,
        },
        "error"
      );
    }
  }

  // ---- wiring ----

  private wire(): void {
    for (const button of this.doc.querySelectorAll<HTMLButtonElement>("[data-command]")) {
      const command = button.dataset.command as CommandName;
      if (COMMANDS.includes(command))
        button.addEventListener("click", () => void this.run(command));
    }
    byId(this.doc, "export-word").addEventListener("click", () => void this.exportWord());
  }

  private setBusy(command: CommandName | undefined): void {
    this.busy = command !== undefined;
    this.doc.body.dataset.busy = this.busy ? command : "";
    for (const b of this.doc.querySelectorAll<HTMLButtonElement>("[data-command], #export-word"))
      b.disabled = this.busy;
    const progress = byId(this.doc, "progress");
    progress.hidden = !this.busy;
    byId(this.doc, "progress-text").textContent = command ? this.f.running(command) : "";
    byId(this.doc, "results").setAttribute("aria-busy", String(this.busy));
  }

  // ---- messages (the engine's words made plain for the pane: ./wording) ----

  private showMessage(message: Message, tone: "info" | "error" | "notice", link?: MessageLink) {
    this.box.show(plainMessage(message), tone, undefined, link);
  }

  private showFailure(failure: Failure): void {
    this.box.show(plainMessage(failure.message), "error", failure.details);
  }

  private hideMessage(): void {
    this.box.hide();
  }

  private ask(message: Message): Promise<"continue" | "cancel"> {
    return this.box.ask(message);
  }

  // ---- results ----

  private render(): void {
    const last = this.last;
    if (!last) return;
    const empty = byId(this.doc, "empty");
    const results = byId(this.doc, "results");
    this.doc.body.dataset.results = !last.template
      ? "no-template"
      : last.validated
        ? "validated"
        : "not-validated";
    results.hidden = !last.validated;
    empty.hidden = last.validated;
    if (!last.validated) {
      byId(this.doc, "empty-title").textContent = last.template
        ? this.t.emptyValidateTitle
        : this.t.emptyStartTitle;
      byId(this.doc, "empty-text").textContent = last.template
        ? this.t.emptyValidate
        : this.t.emptyStart;
      return;
    }
    this.renderVerdict(last);
    this.list.show(last.findings);
  }

  private renderVerdict(last: LastResults): void {
    const verdict = verdictOf(last, this.deps.locale, this.t.noProblems);
    const line = byId(this.doc, "verdict");
    line.dataset.tone = verdict.tone;
    line.textContent = verdict.line;
    const score = byId(this.doc, "score");
    score.replaceChildren();
    score.hidden = verdict.score === undefined;
    if (verdict.score) score.append(el(this.doc, "strong", "score-line", verdict.score));
    const zh = (tag: "li" | "span", cls: string | undefined, text: string) => {
      const e = el(this.doc, tag, cls, text);
      e.lang = "zh-CN"; // the 评分 sheet's own words
      return e;
    };
    if (verdict.missing && verdict.missingLine) {
      const details = el(this.doc, "details", "missing");
      const list = el(this.doc, "ul", "missing-list");
      list.append(...verdict.missing.map((m) => zh("li", undefined, m)));
      details.append(el(this.doc, "summary", undefined, verdict.missingLine), list);
      score.append(details);
    }
    if (verdict.scoreNote) score.append(zh("span", "score-note", verdict.scoreNote));
    if (verdict.profile) {
      const profile = el(this.doc, "span", "score-profile", verdict.profile.label);
      profile.append(zh("span", undefined, verdict.profile.name));
      score.append(profile);
    }
  }

  async saveExplanation(f: RecordedFinding, text: string): Promise<void> {
    if (f.row === undefined) return;
    try {
      await this.deps.openWorkbook().write([
        {
          op: "cells",
          sheet: RESULTS_SHEET,
          // As text: what a user types must not become a formula or a number.
          cells: [
            {
              address: `${RESULTS_COLUMNS.explanation}${f.row}`,
              value: text.trim(),
              style: { numFmt: "@" },
            },
          ],
        },
      ]);
      this.showMessage(
        { zh: messages["zh-CN"].explanationSaved, en: messages["en-US"].explanationSaved },
        "info"
      );
    } catch (e) {
      this.deps.log?.(e);
      this.showMessage(
        { zh: messages["zh-CN"].explanationFailed, en: messages["en-US"].explanationFailed },
        "error"
      );
      return;
    }
    this.last = undefined;
    await this.refresh();
  }
}

const validatedFirst: Message = {
  zh: "工作簿尚未校验，已先校验。",
  en: "The workbook had not been validated, so it was validated first.",
};

const reportNotWritten: Message = {
  zh: "报告没有生成，因为生成报告前要先校验。",
  en: "The report was not generated, as the workbook must be validated first.",
};

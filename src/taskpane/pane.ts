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
  type Engine,
  type NoticeMemory,
} from "../commands/handlers";
import {
  REQUIRED_SET,
  messages as commandMessages,
  type CommandName,
  type Message,
} from "../commands/messages";
import type { Severity } from "../model/finding";
import { readLastResults, type LastResults, type RecordedFinding } from "../workbook/last-results";
import type { WorkbookPort } from "../workbook/port";
import { RESULTS_COLUMNS, RESULTS_SHEET } from "../layout/results";
import { formats, messages, type Locale, type MessageKey, type Messages } from "./i18n";
import { commandFailure, readFailure, wordFailure, type Failure } from "./failures";
import { paneEngine } from "./engine";
import { MessageBox } from "./message-box";
import { DOCX_TYPE, wordSaved, type FileSaving } from "./word";
import {
  SEVERITIES,
  countBySeverity,
  groupFindings,
  messageOf,
  placeOf,
  sameResults,
  sheetsOf,
  verdictOf,
  type Filter,
} from "./view-model";

export interface PaneDeps {
  doc: Document;
  locale: Locale;
  env: CommandEnv;
  /** A fresh port over the open workbook (no state is kept between runs). */
  openWorkbook(): WorkbookPort;
  /** Notices already shown; the same storage and key as the ribbon's. */
  notices: NoticeMemory;
  engine?: Engine;
  /** Hands a made file to the user (a download); without it the pane offers no 导出 Word. */
  saveFile?(bytes: Uint8Array, name: string, type: string): void;
  /** Whether the host lets saveFile work; "none" on Excel for Mac. Default "download". */
  fileSaving?: FileSaving;
  log?(error: unknown): void;
}

/** A run that threw, or one that ended with work left undone. */
type RunFailure = { thrown: unknown } | "fell short";

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
    const m = commandMessages.unsupportedHost();
    delete status.dataset.i18n;
    status.textContent = locale === "en-US" ? m.en : m.zh;
  } else {
    status.dataset.i18n = STATUS_KEY[state];
    status.textContent = messages[locale][STATUS_KEY[state]];
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function byId<T extends HTMLElement = HTMLElement>(doc: Document, id: string): T {
  const e = doc.getElementById(id);
  if (!e) throw new Error(`taskpane.html has no #${id}`);
  return e as T;
}

export class Pane {
  private readonly doc: Document;
  private readonly t: Messages;
  private readonly f: (typeof formats)[Locale];
  private readonly handlers: Record<CommandName, CommandHandler>;
  private last: LastResults | undefined;
  private filter: { severities: Set<Severity>; text: string; sheet: string } = {
    severities: new Set(SEVERITIES),
    text: "",
    sheet: "",
  };
  private busy = false;
  /** Readings started; a reading that is not the latest is dropped. */
  private readings = 0;
  private outcomes: Message[] = [];
  /** How the command under way ended, when not simply done: its message is then an error. */
  private failure: RunFailure | undefined;
  private readonly box: MessageBox;

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
      }),
      // The pane asks before the first write itself (with a way to cancel), so the handler
      // never needs to.
      notices: { seen: () => true, remember: () => undefined },
      log: deps.log,
    });
    applyLocale(this.doc, deps.locale);
    this.box = new MessageBox(this.doc, deps.locale);
    byId(this.doc, "word-hint").textContent =
      deps.fileSaving === "none" ? this.t.wordHintMac : this.t.wordHint;
    byId(this.doc, "word-command").textContent = this.t.wordCommand;
    byId(this.doc, "word").hidden = false;
    byId(this.doc, "export-word").hidden = !deps.saveFile;
    byId<HTMLInputElement>(this.doc, "filter-text").placeholder = this.t.filterText;
    byId<HTMLInputElement>(this.doc, "filter-text").setAttribute("aria-label", this.t.filterText);
    byId(this.doc, "filter-sheet").setAttribute("aria-label", this.t.allSheets);
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

  async run(command: CommandName): Promise<void> {
    if (this.busy) return;
    this.hideMessage();
    const port = this.deps.openWorkbook();
    if (!port.capabilities.undoGroup && !this.deps.notices.seen(UNDO_NOTICE)) {
      // PRODUCT.md §5: once, before the first write, where Excel has no undo grouping.
      if ((await this.ask(commandMessages.undoHistory())) === "cancel") return;
      this.deps.notices.remember(UNDO_NOTICE);
    }
    this.setBusy(command);
    this.outcomes = [];
    this.failure = undefined;
    try {
      await new Promise<void>((resolve) => {
        void this.handlers[command]({ completed: resolve });
      });
    } finally {
      this.setBusy(undefined);
    }
    const outcomes = this.outcomes;
    // Set by the engine's watch during the run, which narrowing cannot see.
    const failure = this.failure as RunFailure | undefined;
    this.last = undefined; // what the run wrote is read back and shown, whatever it was
    await this.refresh();
    const outcome = outcomes[outcomes.length - 1];
    if (outcome && typeof failure === "object")
      this.showFailure(commandFailure(outcome, failure.thrown));
    else if (outcome) this.showMessage(outcome, failure ? "error" : "info");
    if (command === "validate") byId(this.doc, "verdict").focus();
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
    const text = byId<HTMLInputElement>(this.doc, "filter-text");
    text.addEventListener("input", () => {
      this.filter.text = text.value;
      this.renderFindings();
    });
    const sheet = byId<HTMLSelectElement>(this.doc, "filter-sheet");
    sheet.addEventListener("change", () => {
      this.filter.sheet = sheet.value;
      this.renderFindings();
    });
    byId(this.doc, "findings").addEventListener("keydown", (event) => this.onFindingsKey(event));
  }

  /** Up and down arrows (Home, End) move between findings; Tab leaves the list. */
  private onFindingsKey(event: KeyboardEvent): void {
    const buttons = [
      ...this.doc.querySelectorAll<HTMLButtonElement>("#findings button.finding"),
    ].filter((b) => b.offsetParent !== null);
    const i = buttons.indexOf(this.doc.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))].focus();
  }

  private setBusy(command: CommandName | undefined): void {
    this.busy = command !== undefined;
    this.doc.body.dataset.busy = this.busy ? command : "";
    for (const b of this.doc.querySelectorAll<HTMLButtonElement>("[data-command]"))
      b.disabled = this.busy;
    const progress = byId(this.doc, "progress");
    progress.hidden = !this.busy;
    byId(this.doc, "progress-text").textContent = command ? this.f.running(command) : "";
    byId(this.doc, "results").setAttribute("aria-busy", String(this.busy));
  }

  // ---- messages ----

  private showMessage(message: Message, tone: "info" | "error" | "notice"): void {
    this.box.show(message, tone);
  }

  private showFailure(failure: Failure): void {
    this.box.show(failure.message, "error", failure.details);
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
    if (!last.validated) {
      results.hidden = true;
      empty.hidden = false;
      byId(this.doc, "empty-title").textContent = last.template
        ? this.t.emptyValidateTitle
        : this.t.emptyStartTitle;
      byId(this.doc, "empty-text").textContent = last.template
        ? this.t.emptyValidate
        : this.t.emptyStart;
      return;
    }
    empty.hidden = true;
    results.hidden = false;
    const verdict = verdictOf(last, this.deps.locale, this.t.noProblems);
    const line = byId(this.doc, "verdict");
    line.dataset.tone = verdict.tone;
    line.textContent = verdict.line;
    const score = byId(this.doc, "score");
    score.replaceChildren();
    score.hidden = verdict.score === undefined;
    if (verdict.score) score.append(el(this.doc, "strong", "score-line", verdict.score));
    if (verdict.missing) {
      const details = el(this.doc, "details", "missing");
      const list = el(this.doc, "ul", "missing-list");
      list.lang = "zh-CN"; // the 评分 sheet's own words
      list.append(...verdict.missing.map((m) => el(this.doc, "li", undefined, m)));
      details.append(
        el(this.doc, "summary", undefined, this.f.missing(verdict.missing.length)),
        list
      );
      score.append(details);
    }
    if (verdict.scoreNote) {
      const note = el(this.doc, "span", "score-note", verdict.scoreNote);
      note.lang = "zh-CN";
      score.append(note);
    }
    if (verdict.profile) score.append(el(this.doc, "span", "score-profile", verdict.profile));
    byId(this.doc, "filters").hidden = last.findings.length === 0;
    this.renderFilters(last.findings);
    this.renderFindings();
  }

  private renderFilters(findings: readonly RecordedFinding[]): void {
    const counts = countBySeverity(findings);
    const chips = byId(this.doc, "chips");
    chips.replaceChildren(
      ...SEVERITIES.filter((s) => counts[s] > 0).map((s) => {
        const chip = el(this.doc, "button", "chip", this.f.chip(s, counts[s]));
        chip.type = "button";
        chip.dataset.severity = s;
        chip.setAttribute("aria-pressed", String(this.filter.severities.has(s)));
        chip.addEventListener("click", () => {
          if (this.filter.severities.has(s)) this.filter.severities.delete(s);
          else this.filter.severities.add(s);
          chip.setAttribute("aria-pressed", String(this.filter.severities.has(s)));
          this.renderFindings();
        });
        return chip;
      })
    );
    const select = byId<HTMLSelectElement>(this.doc, "filter-sheet");
    const sheets = sheetsOf(findings);
    if (!sheets.includes(this.filter.sheet)) this.filter.sheet = "";
    const option = (value: string, label: string) => {
      const o = el(this.doc, "option", undefined, label);
      o.value = value;
      return o;
    };
    select.replaceChildren(
      option("", this.t.allSheets),
      ...sheets.map((s) => option(s === "" ? "" : s, s === "" ? this.t.wholeWorkbook : s))
    );
    select.value = this.filter.sheet;
  }

  private renderFindings(): void {
    const findings = this.last?.findings ?? [];
    const filter: Filter = this.filter;
    const groups = groupFindings(findings, filter);
    const shown = groups.reduce((n, g) => n + g.count, 0);
    byId(this.doc, "shown").textContent =
      shown === findings.length ? "" : this.f.shown(shown, findings.length);
    byId(this.doc, "no-match").hidden = shown > 0 || findings.length === 0;
    byId(this.doc, "findings").replaceChildren(
      ...groups.map((g) => {
        const section = el(this.doc, "details", "group");
        section.open = true;
        section.dataset.severity = g.severity;
        const summary = el(this.doc, "summary", "group-title");
        summary.append(
          el(this.doc, "span", "dot"),
          el(this.doc, "span", undefined, this.f.group(g.severity, g.count))
        );
        section.append(summary);
        for (const sg of g.sheets) {
          section.append(el(this.doc, "h3", "sheet-name", sg.sheet || this.t.wholeWorkbook));
          const list = el(this.doc, "ul", "finding-list");
          list.append(...sg.findings.map((f) => this.findingItem(f)));
          section.append(list);
        }
        return section;
      })
    );
  }

  private findingItem(f: RecordedFinding): HTMLLIElement {
    const item = el(this.doc, "li");
    const row = f.sheet ? el(this.doc, "button", "finding") : el(this.doc, "div", "finding");
    if (row instanceof HTMLButtonElement) {
      row.type = "button";
      row.addEventListener("click", () => void this.select(f));
    }
    row.dataset.severity = f.severity;
    row.dataset.rule = f.ruleId;
    row.dataset.sheet = f.sheet ?? "";
    row.dataset.cell = f.cell ?? "";
    const head = el(this.doc, "span", "finding-head");
    head.append(
      el(this.doc, "span", "badge", this.f.severity(f.severity)),
      el(this.doc, "span", "place", placeOf(f) || this.t.wholeWorkbook)
    );
    row.append(head, el(this.doc, "span", "finding-message", messageOf(f, this.deps.locale)));
    if (f.expected !== undefined || f.actual !== undefined) {
      const figures = el(this.doc, "span", "figures");
      const pair = (label: string, value: string | undefined, cls: string) => {
        const p = el(this.doc, "span", `figure ${cls}`);
        p.append(
          el(this.doc, "span", "figure-label", label),
          el(this.doc, "span", "figure-value", value ?? "—")
        );
        if (value === undefined) (p.lastChild as HTMLElement).dataset.blank = "true";
        return p;
      };
      figures.append(
        pair(this.t.expected, f.expected, "expected"),
        pair(this.t.actual, f.actual, "actual")
      );
      row.append(figures);
    }
    item.append(row);
    if (f.explanation) {
      row.dataset.explained = "true";
      const note = el(this.doc, "p", "explanation");
      note.append(
        el(this.doc, "span", "explained-badge", this.t.explained),
        el(this.doc, "span", "explanation-text", f.explanation)
      );
      item.append(note);
    }
    if (f.severity !== "error" && f.row !== undefined) item.append(this.explanationEditor(f));
    return item;
  }

  /** A warning or info finding's 说明, written to its row on 校验结果 (PRODUCT.md §5). */
  private explanationEditor(f: RecordedFinding): HTMLDetailsElement {
    const details = el(this.doc, "details", "explain");
    details.append(
      el(this.doc, "summary", undefined, f.explanation ? this.t.editExplanation : this.t.explain)
    );
    const box = el(this.doc, "textarea", "explain-text");
    box.value = f.explanation ?? "";
    box.rows = 3;
    box.setAttribute("aria-label", this.t.explanation);
    const save = el(this.doc, "button", "explain-save", this.t.saveExplanation);
    save.type = "button";
    save.addEventListener("click", () => void this.saveExplanation(f, box.value));
    details.append(el(this.doc, "p", "explain-hint", this.t.explanationHint), box, save);
    return details;
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

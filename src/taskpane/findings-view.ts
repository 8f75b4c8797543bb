/**
 * The findings list of the pane: filter buttons, groups by kind then sheet, one row per finding
 * (a click selects its cell), the 说明 editor, the current finding marked and the rows whose cell
 * the user has changed since greyed as stale. Counts come from one place (countByKind), so the
 * verdict, the buttons and the headings agree. Workbook text enters only as textContent.
 */
import type { RecordedFinding } from "../workbook/last-results";
import type { Formats, Locale, Messages } from "./i18n";
import { figuresOf } from "./wording";

/** Chinese script and its punctuation, as the unit writes them. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
import {
  KINDS,
  cellIn,
  countByKind,
  groupFindings,
  keyOf,
  kindOf,
  messageOf,
  placeOf,
  sheetsOf,
  type Filter,
  type FindingGroup,
  type Kind,
} from "./view-model";

export interface FindingsActions {
  select(finding: RecordedFinding): void;
  saveExplanation(finding: RecordedFinding, text: string): void;
}

export function el<K extends keyof HTMLElementTagNameMap>(
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

export function byId<T extends HTMLElement = HTMLElement>(doc: Document, id: string): T {
  const e = doc.getElementById(id);
  if (!e) throw new Error(`taskpane.html has no #${id}`);
  return e as T;
}

export class FindingsView {
  private findings: readonly RecordedFinding[] = [];
  private filter: { kinds: Set<Kind>; text: string; sheet: string } = {
    kinds: new Set(KINDS),
    text: "",
    sheet: "",
  };
  /** Findings whose cell the user changed since the results were read (keyOf). */
  private readonly stale = new Set<string>();
  /** The finding last gone to (keyOf). */
  private current: string | undefined;

  constructor(
    private readonly doc: Document,
    private readonly locale: Locale,
    private readonly t: Messages,
    private readonly f: Formats,
    private readonly actions: FindingsActions
  ) {
    const text = byId<HTMLInputElement>(doc, "filter-text");
    text.placeholder = t.filterText;
    text.setAttribute("aria-label", t.filterText);
    text.addEventListener("input", () => {
      this.filter.text = text.value;
      this.renderList();
    });
    const sheet = byId<HTMLSelectElement>(doc, "filter-sheet");
    sheet.setAttribute("aria-label", t.allSheets);
    sheet.addEventListener("change", () => {
      this.filter.sheet = sheet.value;
      this.renderList();
    });
    byId(doc, "findings").addEventListener("keydown", (event) => this.onKey(event));
  }

  /** New results: what was stale or current in the old ones no longer applies. */
  show(findings: readonly RecordedFinding[]): void {
    this.findings = findings;
    this.stale.clear();
    const keys = new Set(findings.map(keyOf));
    if (this.current && !keys.has(this.current)) this.current = undefined;
    byId(this.doc, "filters").hidden = findings.length === 0;
    this.renderFilters();
    this.renderList();
  }

  /** The user changed `address` on `sheet`: the findings at those cells are out of date. */
  changed(sheet: string, address: string): number {
    let marked = 0;
    for (const f of this.findings) {
      if (f.sheet !== sheet || !f.cell || !cellIn(f.cell, address)) continue;
      if (!this.stale.has(keyOf(f))) marked += 1;
      this.stale.add(keyOf(f));
    }
    if (marked) this.forRows((row, f) => this.markStale(row, f));
    return marked;
  }

  /** Marks the finding gone to; the others lose the mark. */
  setCurrent(finding: RecordedFinding): void {
    this.current = keyOf(finding);
    this.forRows((row, f) => {
      if (keyOf(f) === this.current) row.setAttribute("aria-current", "true");
      else row.removeAttribute("aria-current");
    });
  }

  // ---- rendering ----

  private rows = new Map<HTMLElement, RecordedFinding>();

  private forRows(each: (row: HTMLElement, f: RecordedFinding) => void): void {
    for (const [row, f] of this.rows) each(row, f);
  }

  private renderFilters(): void {
    const counts = countByKind(this.findings);
    byId(this.doc, "chips").replaceChildren(
      ...KINDS.filter((k) => counts[k] > 0).map((k) => this.chip(k, counts[k]))
    );
    const select = byId<HTMLSelectElement>(this.doc, "filter-sheet");
    const sheets = sheetsOf(this.findings);
    if (!sheets.includes(this.filter.sheet)) this.filter.sheet = "";
    const option = (value: string, label: string) => {
      const o = el(this.doc, "option", undefined, label);
      o.value = value;
      return o;
    };
    select.replaceChildren(
      option("", this.t.allSheets),
      ...sheets.map((s) => option(s, s === "" ? this.t.wholeWorkbook : s))
    );
    select.value = this.filter.sheet;
  }

  private chip(kind: Kind, count: number): HTMLButtonElement {
    const chip = el(this.doc, "button", "chip", this.f.chip(kind, count));
    chip.type = "button";
    chip.dataset.kind = kind;
    if (kind !== "explained") chip.dataset.severity = kind;
    chip.setAttribute("aria-pressed", String(this.filter.kinds.has(kind)));
    chip.addEventListener("click", () => {
      if (this.filter.kinds.has(kind)) this.filter.kinds.delete(kind);
      else this.filter.kinds.add(kind);
      chip.setAttribute("aria-pressed", String(this.filter.kinds.has(kind)));
      this.renderList();
    });
    return chip;
  }

  private renderList(): void {
    const filter: Filter = this.filter;
    const groups = groupFindings(this.findings, filter);
    const shown = groups.reduce((n, g) => n + g.count, 0);
    const all = this.findings.length;
    byId(this.doc, "shown").textContent = shown === all ? "" : this.f.shown(shown, all);
    byId(this.doc, "no-match").hidden = shown > 0 || all === 0;
    this.rows.clear();
    byId(this.doc, "findings").replaceChildren(...groups.map((g) => this.group(g)));
  }

  private group(g: FindingGroup): HTMLDetailsElement {
    const section = el(this.doc, "details", "group");
    section.open = true;
    section.dataset.kind = g.kind;
    if (g.kind !== "explained") section.dataset.severity = g.kind;
    const summary = el(this.doc, "summary", "group-title");
    summary.append(
      el(this.doc, "span", "dot"),
      el(this.doc, "span", "group-label", this.f.group(g.kind, g.count))
    );
    section.append(summary);
    for (const sg of g.sheets) {
      section.append(el(this.doc, "h3", "sheet-name", sg.sheet || this.t.wholeWorkbook));
      const list = el(this.doc, "ul", "finding-list");
      list.append(...sg.findings.map((f) => this.item(f)));
      section.append(list);
    }
    return section;
  }

  private item(f: RecordedFinding): HTMLLIElement {
    const item = el(this.doc, "li");
    const row = f.sheet ? el(this.doc, "button", "finding") : el(this.doc, "div", "finding");
    if (row instanceof HTMLButtonElement) {
      row.type = "button";
      row.addEventListener("click", () => this.actions.select(f));
    }
    Object.assign(row.dataset, {
      severity: f.severity,
      kind: kindOf(f),
      rule: f.ruleId,
      sheet: f.sheet ?? "",
      cell: f.cell ?? "",
    });
    if (keyOf(f) === this.current) row.setAttribute("aria-current", "true");
    const head = el(this.doc, "span", "finding-head");
    head.append(
      el(this.doc, "span", "badge", this.f.severity(f.severity)),
      el(this.doc, "span", "place", placeOf(f) || this.t.wholeWorkbook)
    );
    row.append(head, el(this.doc, "span", "finding-message", messageOf(f, this.locale)));
    const figures = this.figures(f);
    if (figures) row.append(figures);
    item.append(row);
    this.rows.set(row, f);
    this.markStale(row, f);
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

  private figures(f: RecordedFinding): HTMLElement | undefined {
    if (f.expected === undefined && f.actual === undefined) return undefined;
    const { expected, actual } = figuresOf(f, this.locale);
    const figures = el(this.doc, "span", "figures");
    const pair = (
      figure: { label: string; value: string } | undefined,
      label: string,
      cls: string
    ) => {
      const p = el(this.doc, "span", `figure ${cls}`);
      const value = el(this.doc, "span", "figure-value", figure?.value ?? "—");
      if (!figure) value.dataset.blank = "true";
      // A figure may quote the unit's own Chinese words (proofreading): say so to the reader.
      else if (CJK.test(figure.value)) value.lang = "zh-CN";
      p.append(el(this.doc, "span", "figure-label", figure?.label ?? label), value);
      return p;
    };
    figures.append(
      pair(expected, this.t.expected, "expected"),
      pair(actual, this.t.actual, "actual")
    );
    return figures;
  }

  private markStale(row: HTMLElement, f: RecordedFinding): void {
    if (!this.stale.has(keyOf(f)) || row.dataset.stale === "true") return;
    row.dataset.stale = "true";
    row.append(el(this.doc, "span", "stale-note", this.t.stale));
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
    save.addEventListener("click", () => this.actions.saveExplanation(f, box.value));
    details.append(el(this.doc, "p", "explain-hint", this.t.explanationHint), box, save);
    return details;
  }

  /** Up and down arrows (Home, End) move between findings; Tab leaves the list. */
  private onKey(event: KeyboardEvent): void {
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
}

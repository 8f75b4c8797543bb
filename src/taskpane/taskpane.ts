/**
 * Task pane entry: host glue only (Office.onReady, display language). The workbook API (Excel.*)
 * is reached through src/workbook/office, never from here. All text goes in through textContent.
 */
import { messages, pickLocale, type Locale, type MessageKey, type Messages } from "./i18n";

type HostState = "loading" | "excel" | "other-host" | "no-excel" | "no-office-js";

const statusKey: Record<HostState, MessageKey> = {
  loading: "statusLoading",
  excel: "statusExcel",
  "other-host": "statusOtherHost",
  "no-excel": "statusNoExcel",
  "no-office-js": "statusNoOfficeJs",
};

function isMessageKey(key: string | undefined, table: Messages): key is MessageKey {
  return key !== undefined && Object.prototype.hasOwnProperty.call(table, key);
}

/** Writes the strings of `locale` into every element marked data-i18n, and the page language. */
export function applyLocale(doc: Document, locale: Locale): void {
  const table = messages[locale];
  doc.documentElement.lang = locale;
  doc.title = table.title;
  doc.querySelectorAll<HTMLElement>("[data-i18n]").forEach((element) => {
    const key = element.dataset.i18n;
    if (isMessageKey(key, table)) element.textContent = table[key];
  });
}

/** Shows the host state in the status line (and as data-state, for styling and tests). */
export function showHostState(doc: Document, locale: Locale, state: HostState): void {
  const status = doc.getElementById("status");
  if (!status) return;
  const key = statusKey[state];
  status.dataset.state = state;
  status.dataset.i18n = key;
  status.textContent = messages[locale][key];
  doc.body.dataset.host = state;
}

/** The Office display language, or undefined outside Office. */
function displayLanguage(): string | undefined {
  try {
    return Office.context?.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

function hostState(host: Office.HostType | null | undefined): HostState {
  if (host === Office.HostType.Excel) return "excel";
  return host ? "other-host" : "no-excel";
}

function start(): void {
  if (typeof Office === "undefined") {
    // office.js did not load (offline, blocked CDN): the pane still renders and says why.
    applyLocale(document, "zh-CN");
    showHostState(document, "zh-CN", "no-office-js");
    return;
  }
  Office.onReady((info) => {
    const locale = pickLocale(displayLanguage());
    applyLocale(document, locale);
    showHostState(document, locale, hostState(info.host));
  });
}

start();

/**
 * Task pane entry: host glue only (Office.onReady, display language, requirement sets, the
 * origin's localStorage). The workbook is reached through the Office adapter; the pane itself
 * is ./pane. All workbook text goes in through textContent.
 */
import "../model/no-eval"; // first: before any zod schema is created
import { OfficeWorkbook } from "../workbook/office/office-workbook";
import type { NoticeMemory } from "../commands/handlers";
import { pickLocale } from "./i18n";
import { Pane, applyLocale, showHostState } from "./pane";
import type { FileSaving } from "./word";
import { watchCellChanges, watchSheetActivation } from "../workbook/office/events";

/** Notices already shown, in the origin's localStorage (shared with the ribbon commands). */
const notices: NoticeMemory = {
  seen: (key) => {
    try {
      return window.localStorage.getItem(key) === "1";
    } catch {
      return false;
    }
  },
  remember: (key) => {
    try {
      window.localStorage.setItem(key, "1");
    } catch {
      // private mode or storage disabled: the notice will show again next time
    }
  },
};

/** A made file goes to the user as a download (Excel on the web and WebView2 both allow it). */
function saveFile(bytes: Uint8Array, name: string, type: string): void {
  // A copy: Blob takes only views over a plain ArrayBuffer, not a possibly shared one.
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob asynchronously; revoke only once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Whether a task pane's download reaches the user: Excel for Mac drops `a.download` silently
 * (TOOLCHAIN.md, Office facts), so there the pane must not claim it saved anything.
 */
function fileSaving(platform: unknown): FileSaving {
  try {
    const mac = Office.PlatformType?.Mac ?? "Mac"; // the enum's value, where office.js has it
    return (Office.context?.platform ?? platform) === mac ? "none" : "download";
  } catch {
    return "download";
  }
}

/** The Office display language, or undefined outside Office. */
function displayLanguage(): string | undefined {
  try {
    return Office.context?.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

async function connect(): Promise<void> {
  if (typeof Office === "undefined") {
    // office.js did not load (offline, blocked CDN): the pane still renders and says why.
    applyLocale(document, "zh-CN");
    showHostState(document, "zh-CN", "no-office-js");
    return;
  }
  const info = await Office.onReady();
  const locale = pickLocale(displayLanguage());
  if (info.host !== Office.HostType.Excel) {
    applyLocale(document, locale);
    showHostState(document, locale, info.host ? "other-host" : "no-excel");
    return;
  }
  const env = {
    isSetSupported: (set: string, version: string) =>
      Office.context.requirements.isSetSupported(set, version),
  };
  const pane = new Pane({
    doc: document,
    locale,
    env,
    openWorkbook: () => new OfficeWorkbook(env),
    notices,
    saveFile,
    fileSaving: fileSaving(info.platform),
    log: (error) => console.error(error),
  });
  await pane.start();
  if (document.body.dataset.host === "excel") {
    await watchSheetActivation(() => void pane.refresh());
    // Cells the user edits after 校验: the findings listed there are marked as out of date.
    await watchCellChanges(({ sheet, address }) => pane.cellsChanged(sheet, address), env);
  }
}

/** data-ready marks the end of start-up, whatever the host (tests and screenshots wait for it). */
void connect()
  .catch((error) => console.error(error))
  .finally(() => (document.body.dataset.ready = "true"));

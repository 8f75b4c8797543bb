/**
 * The task pane in WPS 表格: the same pane as in Excel (src/taskpane/pane.ts, same page and
 * styles), with the WPS host injected — no office.js; the workbook is reached through the WPS
 * adapter over window.Application.
 */
import "../model/no-eval"; // first: before any zod schema is created
import { Pane, applyLocale, showHostState } from "../taskpane/pane";
import { WpsWorkbook } from "../workbook/wps/wps-workbook";
import { wpsApplication } from "./app";

/** A made file goes to the user as a download (WPS's built-in Chromium). */
function saveFile(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function connect(): Promise<void> {
  const app = wpsApplication();
  if (!app) {
    applyLocale(document, "zh-CN");
    showHostState(document, "zh-CN", "no-excel");
    return;
  }
  nameTheHost(document, "正在连接 WPS 表格…");
  const pane = new Pane({
    doc: document,
    locale: "zh-CN",
    env: { isSetSupported: () => true },
    openWorkbook: () => new WpsWorkbook(app),
    notices: {
      seen: (key) => app.PluginStorage.getItem(key) === "1",
      remember: (key) => app.PluginStorage.setItem(key, "1"),
    },
    saveFile,
    fileSaving: "download",
    log: (error) => console.error(error),
  });
  await pane.start();
  if (document.getElementById("status")?.dataset.state === "excel")
    nameTheHost(document, "已连接 WPS 表格。");
}

/**
 * The pane's status line names Excel while connecting and once connected; in WPS it names WPS
 * 表格. (The pane has no host-name seam yet: the line is rewritten here, and kept out of the
 * pane's relocalising.)
 */
function nameTheHost(doc: Document, text: string): void {
  const status = doc.getElementById("status");
  if (!status) return;
  delete status.dataset.i18n;
  status.textContent = text;
}

void connect()
  .catch((error) => console.error(error))
  .finally(() => (document.body.dataset.ready = "true"));

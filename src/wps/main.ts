/**
 * The WPS add-in's entry (index.html → main.js): the ribbon's callbacks on window.ribbon. Each
 * button runs the same handlers as the Excel ribbon, over the WPS adapter; a message is shown
 * with alert (the wpsjs templates' way: WPS add-in pages have no Office dialog API).
 */
import "../model/no-eval"; // first: before any zod schema is created
import { createHandlers, type NoticeMemory } from "../commands/handlers";
import type { CommandName, Message } from "../commands/messages";
import { WpsWorkbook } from "../workbook/wps/wps-workbook";
import { addinBase, wpsApplication, type WpsHost } from "./app";

/** Ribbon button ids and the command each runs (ribbon.xml). */
export const BUTTONS: Record<string, CommandName> = {
  btnValidate: "validate",
  btnReport: "report",
  btnClearMarks: "clearMarks",
  btnInsertTemplate: "insertTemplate",
};
export const TASK_PANE_BUTTON = "btnTaskPane";
const TASK_PANE_ID = "jixiao.taskpane";

/** Notices already shown, kept where every page of the add-in sees them. */
function notices(app: WpsHost): NoticeMemory {
  return {
    seen: (key) => app.PluginStorage.getItem(key) === "1",
    remember: (key) => app.PluginStorage.setItem(key, "1"),
  };
}

/** Opens the task pane, once: later clicks show the same pane again. */
export function openTaskPane(app: WpsHost): void {
  const id = app.PluginStorage.getItem(TASK_PANE_ID);
  if (typeof id === "string" && id) {
    try {
      app.GetTaskPane(id).Visible = true;
      return;
    } catch {
      // the pane was closed for good: make a new one
    }
  }
  const pane = app.CreateTaskPane(`${addinBase()}taskpane.html`);
  app.PluginStorage.setItem(TASK_PANE_ID, pane.ID);
  pane.Visible = true;
}

export function createRibbon(app: WpsHost, show: (message: Message) => void) {
  const handlers = createHandlers({
    // WPS runs the engine's whole plan on its own object model: no requirement sets to check.
    env: { isSetSupported: () => true },
    openWorkbook: () => new WpsWorkbook(app),
    show: async (message) => show(message),
    notices: notices(app),
    log: (error) => console.error(error),
  });
  return {
    OnAddinLoad: (): boolean => true,
    OnAction: (control: { Id: string }): void => {
      if (control.Id === TASK_PANE_BUTTON) return openTaskPane(app);
      const command = BUTTONS[control.Id];
      if (command) void handlers[command]({ completed: () => undefined });
    },
    GetImage: (): string => "images/icon-32.png",
  };
}

const app = wpsApplication();
if (app) {
  (window as unknown as { ribbon: unknown }).ribbon = createRibbon(app, (m) => alert(m.zh));
}

/**
 * The function file's entry (commands.html): host glue only. Registers the four ExecuteFunction
 * commands with Office; the handlers (./handlers) reach the workbook through the Office.js
 * adapter and report through dialog.html. No shared runtime: this runtime starts for a click
 * and ends after `event.completed()`.
 */
import "../model/no-eval"; // first: before any zod schema is created
import { OfficeWorkbook } from "../workbook/office/office-workbook";
import { createHandlers } from "./handlers";
import { dialogUrl, officeDialogConstants, showDialog } from "./dialog";
import { COMMAND_NAMES } from "./messages";
import type { NoticeMemory } from "./handlers";

/** Notices already shown, in the origin's localStorage; forgetful where storage is refused. */
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

Office.onReady(() => {
  const handlers = createHandlers({
    env: {
      isSetSupported: (set: string, version: string) =>
        Office.context.requirements.isSetSupported(set, version),
    },
    openWorkbook: (env) => new OfficeWorkbook(env),
    show: (message, timeoutMs) =>
      showDialog(
        Office.context.ui,
        dialogUrl(window.location.href, message),
        officeDialogConstants(),
        timeoutMs
      ),
    notices,
    log: (error) => console.error(error),
  });
  const global = globalThis as unknown as Record<string, unknown>;
  for (const name of COMMAND_NAMES) {
    Office.actions.associate(name, handlers[name]);
    // Clients that look a FunctionName up on the window instead of in the association table.
    global[name] = handlers[name];
  }
});

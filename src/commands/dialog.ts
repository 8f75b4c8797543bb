/**
 * Showing a command's message: Excel has no notification API for commands, so a small dialog of
 * ours (dialog.html) shows the text passed in its URL. The function file's runtime ends with
 * `event.completed()`, so `showDialog` resolves only once the dialog is closed (its OK button,
 * its close box, or the time the click has left: handlers.ts, COMMAND_BUDGET_MS), and the
 * handler completes after that.
 */
import type { Message } from "./messages";

/** Longest text per language carried in the URL (URLs of a few KB are safe in every host). */
export const MAX_TEXT = 400;

const clip = (text: string) =>
  [...text].length > MAX_TEXT ? [...text].slice(0, MAX_TEXT - 1).join("") + "…" : text;

/** The dialog page's URL beside `pageUrl` (the function file), with the message as parameters. */
export function dialogUrl(pageUrl: string, message: Message): string {
  const url = new URL("dialog.html", pageUrl);
  url.search = new URLSearchParams({ zh: clip(message.zh), en: clip(message.en) }).toString();
  return url.toString();
}

/** The message carried by a dialog URL's query (Office may add its own parameters). */
export function messageFromQuery(search: string): Message {
  const params = new URLSearchParams(search);
  return { zh: params.get("zh") ?? "", en: params.get("en") ?? "" };
}

/** The part of `Office.context.ui` used here. */
export interface DialogUi {
  displayDialogAsync(
    startAddress: string,
    options: Office.DialogOptions,
    callback: (result: Office.AsyncResult<Office.Dialog>) => void
  ): void;
}

/** The Office enums used here, passed in so tests need no global `Office`. */
export interface DialogConstants {
  succeeded: Office.AsyncResultStatus;
  messageReceived: Office.EventType;
  eventReceived: Office.EventType;
}

export const officeDialogConstants = (): DialogConstants => ({
  succeeded: Office.AsyncResultStatus.Succeeded,
  messageReceived: Office.EventType.DialogMessageReceived,
  eventReceived: Office.EventType.DialogEventReceived,
});

/**
 * Opens the dialog and resolves when it is closed, when it could not be opened (another dialog
 * is open, the host has no dialog API) or after `timeoutMs`. Never rejects.
 */
export function showDialog(
  ui: DialogUi,
  url: string,
  constants: DialogConstants,
  timeoutMs: number
): Promise<void> {
  return new Promise((resolve) => {
    let dialog: Office.Dialog | undefined;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        dialog?.close();
      } catch {
        // already closed by the user
      }
      resolve();
    };
    const timer = setTimeout(finish, timeoutMs);
    try {
      ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (result) => {
        if (result.status !== constants.succeeded) {
          finish();
          return;
        }
        dialog = result.value;
        if (settled) {
          dialog.close(); // opened after the time limit: nobody waits for it any more
          return;
        }
        dialog.addEventHandler(constants.messageReceived, finish);
        dialog.addEventHandler(constants.eventReceived, finish);
      });
    } catch {
      finish();
    }
  });
}

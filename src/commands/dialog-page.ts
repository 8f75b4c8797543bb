/**
 * dialog.html: shows the message a command passed in the URL, as text (never as HTML: it may
 * quote sheet names the user typed), and closes through its parent, the function file.
 */
import { messageFromQuery } from "./dialog";

function render(doc: Document): void {
  const message = messageFromQuery(doc.location.search);
  const zh = doc.getElementById("message-zh");
  const en = doc.getElementById("message-en");
  if (zh) zh.textContent = message.zh || "（没有消息）";
  if (en) en.textContent = message.en || "(no message)";
  const ok = doc.getElementById("ok");
  ok?.addEventListener("click", close);
  ok?.focus();
}

/** The parent closes the dialog on any message; without office.js the window closes itself. */
function close(): void {
  try {
    Office.context.ui.messageParent("close");
  } catch {
    window.close();
  }
}

render(document);
if (typeof Office !== "undefined") Office.onReady(() => undefined);

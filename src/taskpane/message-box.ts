/**
 * The pane's message box: results (role="status"), errors (role="alert", the error colour) and
 * questions with 继续/取消. An error leads with plain words; Excel's code, when there is one, goes
 * only in the smaller details line below. Everything enters the page as textContent.
 */
import type { Message } from "../commands/messages";
import type { Locale } from "./i18n";

export type Tone = "info" | "error" | "notice";
export type Choice = "continue" | "cancel";

const DETAILS_LABEL: Record<Locale, string> = { "zh-CN": "详细信息：", "en-US": "Details: " };

export class MessageBox {
  private resolveChoice: ((c: Choice) => void) | undefined;

  constructor(
    private readonly doc: Document,
    private readonly locale: Locale
  ) {
    this.part("message-continue").addEventListener("click", () => this.choose("continue"));
    this.part("message-cancel").addEventListener("click", () => this.choose("cancel"));
    this.part("message-dismiss").addEventListener("click", () => this.hide());
  }

  /** `details`: a technical reason (Excel's error code), shown apart and smaller. */
  show(message: Message, tone: Tone, details?: string): void {
    const box = this.part("message");
    box.hidden = false;
    box.dataset.tone = tone;
    box.setAttribute("role", tone === "info" ? "status" : "alert");
    this.part("message-text").textContent = this.locale === "en-US" ? message.en : message.zh;
    const line = this.part("message-details");
    line.hidden = details === undefined;
    line.textContent = details === undefined ? "" : DETAILS_LABEL[this.locale] + details;
    this.part("message-continue").hidden = tone !== "notice";
    this.part("message-cancel").hidden = tone !== "notice";
    this.part("message-dismiss").hidden = tone === "notice";
  }

  hide(): void {
    this.part("message").hidden = true;
  }

  /** Asks with 继续/取消; a question still open is dropped (the user moved on). */
  ask(message: Message): Promise<Choice> {
    this.choose("cancel");
    this.show(message, "notice");
    this.part("message-continue").focus();
    return new Promise((resolve) => {
      this.resolveChoice = resolve;
    });
  }

  private choose(choice: Choice): void {
    const resolve = this.resolveChoice;
    this.resolveChoice = undefined;
    this.hide();
    resolve?.(choice);
  }

  private part(id: string): HTMLElement {
    const e = this.doc.getElementById(id);
    if (!e) throw new Error(`taskpane.html has no #${id}`);
    return e;
  }
}

/**
 * The pane's message box: results (role="status"), errors (role="alert", the error colour) and
 * questions with 继续/取消. An error leads with plain words; Excel's code, when there is one, goes
 * only in the smaller details line below. A result may carry one link (生成报告's "查看“报告”工作表").
 * Esc closes it (a question: as 取消). Everything enters the page as textContent.
 */
import type { Message } from "../commands/messages";
import type { Locale } from "./i18n";

export type Tone = "info" | "error" | "notice";
export type Choice = "continue" | "cancel";

/** A link under the message: its words and what it does. */
export interface MessageLink {
  label: string;
  go(): void;
}

const DETAILS_LABEL: Record<Locale, string> = { "zh-CN": "详细信息：", "en-US": "Details: " };

export class MessageBox {
  private resolveChoice: ((c: Choice) => void) | undefined;
  private link: MessageLink | undefined;

  constructor(
    private readonly doc: Document,
    private readonly locale: Locale
  ) {
    this.part("message-continue").addEventListener("click", () => this.choose("continue"));
    this.part("message-cancel").addEventListener("click", () => this.choose("cancel"));
    this.part("message-dismiss").addEventListener("click", () => this.hide());
    this.part("message-link").addEventListener("click", () => this.link?.go());
    doc.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || this.part("message").hidden) return;
      event.preventDefault();
      if (this.resolveChoice) this.choose("cancel");
      else this.hide();
    });
  }

  /** `details`: a technical reason (Excel's error code), shown apart and smaller. */
  show(message: Message, tone: Tone, details?: string, link?: MessageLink): void {
    const box = this.part("message");
    box.hidden = false;
    box.dataset.tone = tone;
    box.setAttribute("role", tone === "info" ? "status" : "alert");
    this.part("message-text").textContent = this.locale === "en-US" ? message.en : message.zh;
    const line = this.part("message-details");
    line.hidden = details === undefined;
    line.textContent = details === undefined ? "" : DETAILS_LABEL[this.locale] + details;
    this.link = link;
    const go = this.part("message-link");
    go.hidden = link === undefined;
    go.textContent = link?.label ?? "";
    this.part("message-continue").hidden = tone !== "notice";
    this.part("message-cancel").hidden = tone !== "notice";
    this.part("message-dismiss").hidden = tone === "notice";
  }

  hide(): void {
    this.part("message").hidden = true;
    this.link = undefined;
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

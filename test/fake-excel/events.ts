import type { RichApiEntry } from "./client-shim";
import type { AnyObject } from "./objects-base";
import { sheetId } from "./sheets";
import type { SheetState } from "./state";

/** `WorksheetChangedEventArgs.triggerSource` (ExcelApi 1.14). */
export type ChangeTrigger = "ThisLocalAddin" | "Unknown";

/** The rich-API message category of events (the client's `Constants.eventMessageCategory`). */
const EVENT_CATEGORY = 65536;
/** The client's event types: `eventType` in its GenericEventHandlers. */
const ACTIVATED = 11;
const CHANGED = 10;
/** `getTargetIdFunc` of the workbook-wide collections' events. */
const WORKBOOK = "Workbook";

/**
 * Events the client registered through its requests (`_RegisterActivatedEvent`,
 * `_RegisterDataChangedEvent`), raised from the fake's state as Excel raises them: a message to
 * the handler the client put in `OSF.DDA.RichApi.richApiMessageManager`, after the request that
 * caused it has been answered.
 */
export class HostEvents {
  private readonly registered = new Map<string, number>();
  private send: (entries: RichApiEntry[]) => boolean = () => false;
  /** Messages raised so far (tests). */
  raised = 0;

  connect(send: (entries: RichApiEntry[]) => boolean): void {
    this.send = send;
  }

  register(name: string, target: AnyObject): void {
    void target;
    this.registered.set(name, (this.registered.get(name) ?? 0) + 1);
  }

  unregister(name: string, target: AnyObject): void {
    void target;
    const n = (this.registered.get(name) ?? 0) - 1;
    if (n > 0) this.registered.set(name, n);
    else this.registered.delete(name);
  }

  /** Whether the client asked for this event (`Activated`, `DataChanged`). */
  isRegistered(name: string): boolean {
    return this.registered.has(name);
  }

  /** How many registrations of this event the client holds. */
  registrations(name: string): number {
    return this.registered.get(name) ?? 0;
  }

  /** Sheet activations so far, raised to a handler or not. */
  activations = 0;

  /** `worksheets.onActivated` (ExcelApi 1.7). */
  activated(sheet: SheetState): void {
    this.activations += 1;
    this.raise("Activated", ACTIVATED, { type: "WorksheetActivated", worksheetId: sheetId(sheet) });
  }

  /**
   * `worksheets.onChanged` (1.9) and `worksheet.onChanged` (1.7): cells edited; `triggerSource`
   * (1.14) says whether this add-in's own API call made the change.
   */
  changed(sheet: SheetState, address: string, triggerSource?: ChangeTrigger): void {
    const args = {
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: sheetId(sheet),
      address,
      shiftDirection: "None",
      ...(triggerSource ? { triggerSource } : {}),
    };
    this.raise("DataChanged", CHANGED, args, WORKBOOK);
    this.raise("DataChanged", CHANGED, args, sheetId(sheet));
  }

  private raise(name: string, type: number, args: object, targetId = WORKBOOK): void {
    if (!this.isRegistered(name)) return;
    const entry = {
      messageCategory: EVENT_CATEGORY,
      messageType: type,
      targetId,
      message: JSON.stringify(args),
    };
    this.raised += 1;
    // Excel raises an event after the request that caused it has been answered.
    setTimeout(() => this.send([entry]), 0);
  }
}

import type { Engine } from "./engine";
import type { RichApiEntry } from "./client";
import type { AnyObject } from "./objects-base";

/** The rich-API message category of events (the client's `Constants.eventMessageCategory`). */
const EVENT_CATEGORY = 65536;

/**
 * Events the client registered through its requests (`_RegisterActivatedEvent`…), raised from
 * the fake's state as Excel raises them: a message to the handler the client put in
 * `OSF.DDA.RichApi.richApiMessageManager`.
 */
export class HostEvents {
  private readonly registered = new Map<string, number>();
  private send: (entries: RichApiEntry[]) => boolean = () => false;

  constructor(private readonly engine: Engine) {}

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

  protected raise(name: string, messageType: number, targetId: string, args: object): boolean {
    if (!this.isRegistered(name)) return false;
    void this.engine;
    return this.send([
      { messageCategory: EVENT_CATEGORY, messageType, targetId, message: JSON.stringify(args) },
    ]);
  }
}

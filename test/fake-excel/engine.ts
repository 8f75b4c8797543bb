import { recalculate } from "./calc";
import { FakeRichApiError, richError } from "./errors";
import type { Profile } from "./profiles";
import { compareVersions } from "./profiles";
import type { QueuedAction } from "./proxy";
import type { WorkbookState } from "./state";

/** Per sync: request bytes (UTF-8 JSON of what was queued), operations, response bytes. */
export interface SyncStat {
  bytes: number;
  ops: number;
  responseBytes: number;
}

export interface HostStats {
  syncs: number;
  requests: SyncStat[];
}

/** UTF-8 length of a string without Node's Buffer (the core also runs in browsers). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

export interface SyncRequest {
  json: string;
  actions: QueuedAction[];
}

/** Everything that outlives one Excel.run: the workbook, the profile, counters, injected faults. */
export class Engine {
  readonly stats: HostStats = { syncs: 0, requests: [] };
  private failure: { countdown: number; code: string } | null = null;
  private calcSuspended = false;
  calculate = true;
  screenUpdatingSuspensions = 0;

  constructor(
    public state: WorkbookState,
    readonly profile: Profile,
    readonly currentYear: number
  ) {}

  failAt(n: number, code = "GeneralException"): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError("failAt counts operations from 1");
    this.failure = { countdown: n, code };
  }

  requireApi(api: string, location: string): void {
    if (compareVersions(api, this.profile.excelApi) > 0) {
      throw richError(
        "ApiNotFound",
        `The API you are trying to use could not be found (ExcelApi ${api}; this host has ${this.profile.excelApi}).`,
        location
      );
    }
  }

  suspendCalculation(): void {
    this.calcSuspended = true;
  }

  /** Reads see calculated values, unless calculation is suspended until the next sync. */
  beforeRead(): void {
    if (this.state.calcDirty && !this.calcSuspended && this.calculate) recalculate(this.state);
  }

  /** Runs one sync: the payload check, then each operation in order until one fails. */
  execute(request: SyncRequest): void {
    const stat: SyncStat = {
      bytes: utf8Length(request.json),
      ops: request.actions.length,
      responseBytes: 0,
    };
    this.stats.syncs += 1;
    this.stats.requests.push(stat);
    const limit = this.profile.payloadLimit;
    if (limit !== null && stat.bytes > limit) {
      throw richError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${stat.bytes} bytes).`,
        "RequestContext.sync"
      );
    }
    try {
      for (const action of request.actions) this.runAction(action);
    } finally {
      this.calcSuspended = false;
      if (this.state.calcDirty && this.calculate) recalculate(this.state);
    }
  }

  /** Called with the response once the operations succeeded. */
  checkResponse(json: string): void {
    const stat = this.stats.requests[this.stats.requests.length - 1];
    stat.responseBytes = utf8Length(json);
    const limit = this.profile.payloadLimit;
    if (limit !== null && stat.responseBytes > limit) {
      throw richError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${stat.responseBytes} bytes).`,
        "RequestContext.sync"
      );
    }
  }

  private runAction(action: QueuedAction): void {
    if (this.failure) {
      this.failure.countdown -= 1;
      if (this.failure.countdown === 0) {
        const code = this.failure.code;
        this.failure = null;
        throw new FakeRichApiError(
          code,
          `fake-excel: injected failure at ${action.location}`,
          action.location
        );
      }
    }
    try {
      this.requireApi(action.api, action.location);
      action.run();
    } catch (e) {
      throw e instanceof FakeRichApiError ? e.at(action.location) : e;
    }
  }
}

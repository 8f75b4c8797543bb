import { recalculate } from "./calc";
import { FakeRichApiError, richError } from "./errors";
import type { Profile } from "./profiles";
import { compareVersions } from "./profiles";
import type { WorkbookState } from "./state";

/** Per request: its bytes as Microsoft's client built it, operations, response bytes. */
export interface SyncStat {
  bytes: number;
  ops: number;
  responseBytes: number;
  /**
   * A request Microsoft's client sends by itself when Excel.run ends, releasing the references
   * it kept (`_RemoveReference`): not one of the adapter's `context.sync()` calls.
   */
  cleanup: boolean;
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

/** Everything that outlives one Excel.run: the workbook, the profile, counters, injected faults. */
export class Engine {
  readonly stats: HostStats = { syncs: 0, requests: [] };
  private failure: { countdown: number; code: string } | null = null;
  private calcSuspended = false;
  calculate = true;
  screenUpdatingSuspensions = 0;
  /**
   * The user is typing in a cell: a request fails with InvalidOperationInCellEditMode, unless
   * it asked to wait (delayForCellEdit, ExcelApi 1.11), which ends the edit here at once.
   */
  cellEditing = false;

  constructor(
    public state: WorkbookState,
    readonly profile: Profile,
    readonly currentYear: number
  ) {}

  failAt(n: number, code = "GeneralException"): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError("failAt counts operations from 1");
    this.failure = { countdown: n, code };
  }

  supports(api: string): boolean {
    return compareVersions(api, this.profile.excelApi) <= 0;
  }

  requireApi(api: string, location: string): void {
    if (!this.supports(api)) {
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

  /** The n-th operation from the failAt call fails: throws the injected error. */
  countOperation(location: string): void {
    if (!this.failure) return;
    this.failure.countdown -= 1;
    if (this.failure.countdown > 0) return;
    const code = this.failure.code;
    this.failure = null;
    throw new FakeRichApiError(code, `fake-excel: injected failure at ${location}`, location);
  }

  /** After every request: calculation resumes, formulas are computed. */
  endRequest(): void {
    this.calcSuspended = false;
    if (this.state.calcDirty && this.calculate) recalculate(this.state);
  }

  /** Counts a request and refuses one over the profile's cap. */
  checkRequest(bytes: number, ops: number, cleanup = false): SyncStat {
    const stat: SyncStat = { bytes, ops, responseBytes: 0, cleanup };
    this.stats.syncs += 1;
    this.stats.requests.push(stat);
    const limit = this.profile.payloadLimit;
    if (limit !== null && bytes > limit) {
      throw richError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${bytes} bytes).`,
        "RequestContext.sync"
      );
    }
    return stat;
  }

  /** Refuses a response over the profile's cap (the request's changes stay made). */
  checkResponse(stat: SyncStat, bytes: number): void {
    stat.responseBytes = bytes;
    const limit = this.profile.payloadLimit;
    if (limit !== null && bytes > limit) {
      throw richError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${bytes} bytes).`,
        "RequestContext.sync"
      );
    }
  }
}

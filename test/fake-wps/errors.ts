import { FakeRichApiError } from "../fake-excel/errors";

/**
 * What a refused call throws in WPS's JS add-in bridge: a plain Error carrying the COM error
 * number, as VBA's Err.Number shows it. 1004 (0x800A03EC, "application-defined or
 * object-defined error") is what Excel's object model raises for a refused range or sheet
 * operation; 9 is VBA's "subscript out of range" for a missing collection item. The message
 * is localized in the real host: callers must not parse it.
 */
export class FakeWpsError extends Error {
  constructor(
    readonly number: number,
    message: string
  ) {
    super(message);
    this.name = "WpsError";
  }
}

export const REFUSED = -2146827284; // 0x800A03EC
export const OUT_OF_RANGE = 9;

export const refused = (message: string) => new FakeWpsError(REFUSED, message);

/** Runs a state operation shared with the fake Excel, rethrowing its refusal the WPS way. */
export function asWps<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof FakeRichApiError) throw refused(`${e.code}: ${e.message}`);
    throw e;
  }
}

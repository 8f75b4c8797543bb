/** Error codes the fake raises; the same strings as Excel.ErrorCodes / OfficeExtension.ErrorCodes. */
export type FakeErrorCode =
  | "AccessDenied"
  | "InvalidOperation"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "ApiNotFound"
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "InvalidOperationInCellEditMode"
  | "ResponsePayloadSizeLimitExceeded"
  | "UndoNotSupported"
  | "GeneralException"
  | "NotImplemented"
  | "InvalidObjectPath";

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

/**
 * Shaped like OfficeExtension.Error (name "RichApi.Error", code, message, debugInfo.errorLocation).
 * Callers must test `code`: real Excel localizes the message.
 */
export class FakeRichApiError extends Error {
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: Error | null = null;

  constructor(code: FakeErrorCode | string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }

  /** The same error, now naming the operation that failed. */
  at(location: string): FakeRichApiError {
    if (!this.debugInfo.errorLocation) this.debugInfo.errorLocation = location;
    return this;
  }
}

export function richError(
  code: FakeErrorCode,
  message: string,
  errorLocation?: string
): FakeRichApiError {
  return new FakeRichApiError(code, message, errorLocation);
}

/** An API the fake deliberately does not model: loud, never a silent no-op. */
export function notImplemented(what: string): FakeRichApiError {
  return richError("NotImplemented", `fake-excel does not implement ${what}`);
}

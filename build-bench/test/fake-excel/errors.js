"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FakeRichApiError = void 0;
exports.richError = richError;
exports.notImplemented = notImplemented;
/**
 * Shaped like OfficeExtension.Error (name "RichApi.Error", code, message, debugInfo.errorLocation).
 * Callers must test `code`: real Excel localizes the message.
 */
class FakeRichApiError extends Error {
    constructor(code, message, errorLocation) {
        super(message);
        this.traceMessages = [];
        this.innerError = null;
        this.name = "RichApi.Error";
        this.code = code;
        this.debugInfo = { code, message, errorLocation };
    }
    /** The same error, now naming the operation that failed. */
    at(location) {
        if (!this.debugInfo.errorLocation)
            this.debugInfo.errorLocation = location;
        return this;
    }
}
exports.FakeRichApiError = FakeRichApiError;
function richError(code, message, errorLocation) {
    return new FakeRichApiError(code, message, errorLocation);
}
/** An API the fake deliberately does not model: loud, never a silent no-op. */
function notImplemented(what) {
    return richError("NotImplemented", `fake-excel does not implement ${what}`);
}

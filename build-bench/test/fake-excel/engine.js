"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Engine = void 0;
exports.utf8Length = utf8Length;
const calc_1 = require("./calc");
const errors_1 = require("./errors");
const profiles_1 = require("./profiles");
/** UTF-8 length of a string without Node's Buffer (the core also runs in browsers). */
function utf8Length(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (c >= 0xd800 && c <= 0xdbff) {
            n += 4;
            i += 1;
        }
        else
            n += 3;
    }
    return n;
}
/** Everything that outlives one Excel.run: the workbook, the profile, counters, injected faults. */
class Engine {
    constructor(state, profile, currentYear) {
        this.state = state;
        this.profile = profile;
        this.currentYear = currentYear;
        this.stats = { syncs: 0, requests: [] };
        this.failure = null;
        this.calcSuspended = false;
        this.calculate = true;
        this.screenUpdatingSuspensions = 0;
    }
    failAt(n, code = "GeneralException") {
        if (!Number.isInteger(n) || n < 1)
            throw new RangeError("failAt counts operations from 1");
        this.failure = { countdown: n, code };
    }
    requireApi(api, location) {
        if ((0, profiles_1.compareVersions)(api, this.profile.excelApi) > 0) {
            throw (0, errors_1.richError)("ApiNotFound", `The API you are trying to use could not be found (ExcelApi ${api}; this host has ${this.profile.excelApi}).`, location);
        }
    }
    suspendCalculation() {
        this.calcSuspended = true;
    }
    /** Reads see calculated values, unless calculation is suspended until the next sync. */
    beforeRead() {
        if (this.state.calcDirty && !this.calcSuspended && this.calculate)
            (0, calc_1.recalculate)(this.state);
    }
    /** Runs one sync: the payload check, then each operation in order until one fails. */
    execute(request) {
        const stat = {
            bytes: utf8Length(request.json),
            ops: request.actions.length,
            responseBytes: 0,
        };
        this.stats.syncs += 1;
        this.stats.requests.push(stat);
        const limit = this.profile.payloadLimit;
        if (limit !== null && stat.bytes > limit) {
            throw (0, errors_1.richError)("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${stat.bytes} bytes).`, "RequestContext.sync");
        }
        try {
            for (const action of request.actions)
                this.runAction(action);
        }
        finally {
            this.calcSuspended = false;
            if (this.state.calcDirty && this.calculate)
                (0, calc_1.recalculate)(this.state);
        }
    }
    /** Called with the response once the operations succeeded. */
    checkResponse(json) {
        const stat = this.stats.requests[this.stats.requests.length - 1];
        stat.responseBytes = utf8Length(json);
        const limit = this.profile.payloadLimit;
        if (limit !== null && stat.responseBytes > limit) {
            throw (0, errors_1.richError)("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${stat.responseBytes} bytes).`, "RequestContext.sync");
        }
    }
    runAction(action) {
        if (this.failure) {
            this.failure.countdown -= 1;
            if (this.failure.countdown === 0) {
                const code = this.failure.code;
                this.failure = null;
                throw new errors_1.FakeRichApiError(code, `fake-excel: injected failure at ${action.location}`, action.location);
            }
        }
        try {
            this.requireApi(action.api, action.location);
            action.run();
        }
        catch (e) {
            throw e instanceof errors_1.FakeRichApiError ? e.at(action.location) : e;
        }
    }
}
exports.Engine = Engine;

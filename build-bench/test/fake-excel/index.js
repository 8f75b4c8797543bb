"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FakeExcel = exports.createWorkbook = exports.FakeRichApiError = void 0;
const context_1 = require("./context");
const engine_1 = require("./engine");
const enums_1 = require("./enums");
const errors_1 = require("./errors");
const profiles_1 = require("./profiles");
const state_1 = require("./state");
var errors_2 = require("./errors");
Object.defineProperty(exports, "FakeRichApiError", { enumerable: true, get: function () { return errors_2.FakeRichApiError; } });
var state_2 = require("./state");
Object.defineProperty(exports, "createWorkbook", { enumerable: true, get: function () { return state_2.createWorkbook; } });
/**
 * A faithful fake Excel host: an in-memory workbook behind an Office.js-shaped API.
 * `run` has the overloads of Excel.run; `install` puts Excel, Office and OfficeExtension on a global.
 */
class FakeExcel {
    constructor(options) {
        const profile = profiles_1.PROFILES[options.profile];
        if (!profile)
            throw new Error(`unknown profile ${options.profile}`);
        this.engine = new engine_1.Engine(options.state ?? (0, state_1.createWorkbook)(), profile, options.currentYear ?? new Date().getFullYear());
        this.engine.calculate = options.calculate ?? true;
    }
    get profile() {
        return this.engine.profile.name;
    }
    /** The in-memory workbook, for setup and assertions. */
    get state() {
        return this.engine.state;
    }
    set state(state) {
        this.engine.state = state;
    }
    get stats() {
        return this.engine.stats;
    }
    resetStats() {
        this.engine.stats.syncs = 0;
        this.engine.stats.requests = [];
    }
    /** The n-th operation executed from now (1-based, over all later syncs) fails with `code`. */
    failAt(n, code = "GeneralException") {
        this.engine.failAt(n, code);
    }
    isSetSupported(name, version) {
        return (0, profiles_1.profileSupports)(this.engine.profile, name, version);
    }
    async run(a, b) {
        const batch = (typeof a === "function" ? a : b);
        const context = this.contextFor(typeof a === "function" ? undefined : a);
        // The proxies implement the slice of Excel.* the adapter uses, not the whole interface.
        const result = await batch(context);
        if (context.pending > 0)
            await context.sync();
        return result;
    }
    contextFor(option) {
        const first = Array.isArray(option) ? option[0] : option;
        if (first && "context" in first && first.context instanceof context_1.FakeRequestContext)
            return first.context;
        const runOptions = option;
        if (runOptions?.mergeUndoGroup && !this.isSetSupported("ExcelApi", "1.20")) {
            throw (0, errors_1.richError)("ApiNotFound", "mergeUndoGroup needs ExcelApi 1.20.", "Excel.run");
        }
        return new context_1.FakeRequestContext(this.engine);
    }
    /** Sets Excel, Office and OfficeExtension on `target`; returns a function that restores them. */
    install(target = globalThis) {
        const saved = {
            Excel: target.Excel,
            Office: target.Office,
            OfficeExtension: target.OfficeExtension,
        };
        target.Excel = { ...enums_1.EXCEL_ENUMS, run: this.run.bind(this) };
        target.Office = {
            context: { requirements: { isSetSupported: this.isSetSupported.bind(this) } },
            onReady: () => Promise.resolve({
                host: "Excel",
                platform: this.profile === "web" ? "OfficeOnline" : "PC",
            }),
            HostType: { Excel: "Excel" },
        };
        target.OfficeExtension = enums_1.OFFICE_EXTENSION;
        return () => Object.assign(target, saved);
    }
}
exports.FakeExcel = FakeExcel;

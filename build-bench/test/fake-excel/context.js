"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FakeRequestContext = void 0;
const workbook_1 = require("./workbook");
/** Excel.RequestContext: a queue of operations, sent by sync(). One per Excel.run. */
class FakeRequestContext {
    constructor(engine) {
        this.engine = engine;
        this.trackedObjects = { add: () => undefined, remove: () => undefined };
        this.queue = [];
        this.sentPaths = new Set();
        this.referenced = new Map();
        this.responses = [];
        this.resolvedNow = [];
        this.workbook = new workbook_1.FakeWorkbook(this);
        this.application = new workbook_1.FakeApplication(this);
    }
    get pending() {
        return this.queue.length;
    }
    enqueue(action) {
        this.queue.push(action);
    }
    referencePath(proxy) {
        this.referenced.set(proxy._id, proxy);
    }
    onResolved(proxy, isNull) {
        this.resolvedNow.push([proxy, isNull]);
    }
    onResponse(value, commit) {
        this.responses.push({ value, commit });
    }
    requireApi(api, location) {
        this.engine.requireApi(api, location);
    }
    beforeRead() {
        this.engine.beforeRead();
    }
    /** Sends the queued operations; loaded values and null-object flags arrive if all succeed. */
    async sync(passThroughValue) {
        const actions = this.queue;
        this.queue = [];
        await Promise.resolve();
        this.responses = [];
        this.resolvedNow = [];
        this.engine.execute({ json: this.requestJson(actions), actions });
        this.engine.checkResponse(JSON.stringify(this.responses.map((r) => r.value)));
        for (const r of this.responses)
            r.commit();
        for (const [proxy, isNull] of this.resolvedNow)
            proxy._commitNull(isNull);
        return passThroughValue;
    }
    /** The request as JSON: object paths not sent before, then the operations. */
    requestJson(actions) {
        const paths = [];
        const add = (p) => {
            for (let q = p; q && !this.sentPaths.has(q._id); q = q._parent) {
                this.sentPaths.add(q._id);
                paths.push(q._path);
            }
        };
        for (const a of actions)
            add(a.owner);
        for (const p of this.referenced.values())
            add(p);
        this.referenced.clear();
        return JSON.stringify({ paths, actions: actions.map((a) => a.json) });
    }
}
exports.FakeRequestContext = FakeRequestContext;

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CollectionBase = exports.ClientResult = exports.ProxyBase = void 0;
exports.loadPaths = loadPaths;
exports.jsonArg = jsonArg;
exports.knownInit = knownInit;
const errors_1 = require("./errors");
const profiles_1 = require("./profiles");
let nextProxyId = 1;
function maxApi(a, b) {
    return (0, profiles_1.compareVersions)(a, b) >= 0 ? a : b;
}
/** Flattens every Office.js load argument form into "a/b/c" paths. */
function loadPaths(spec) {
    if (spec === undefined)
        return [];
    if (typeof spec === "string")
        return spec
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean);
    if (Array.isArray(spec))
        return spec.flatMap((s) => loadPaths(s));
    if ("select" in spec && spec.select !== undefined)
        return loadPaths(spec.select);
    const paths = [];
    for (const [key, value] of Object.entries(spec)) {
        if (key.startsWith("$"))
            continue;
        if (value === true)
            paths.push(key);
        else if (value && typeof value === "object") {
            for (const sub of loadPaths(value))
                paths.push(`${key}/${sub}`);
        }
    }
    return paths;
}
function jsonArg(arg, ctx) {
    if (arg instanceof ProxyBase) {
        ctx.referencePath(arg);
        return { ref: arg._id };
    }
    return arg;
}
class ProxyBase {
    constructor(context, init) {
        this.context = context;
        this.init = init;
        this._id = nextProxyId++;
        this.loaded = new Map();
        this.navCache = new Map();
        /** ExcelApi version every use of this object needs (notes: 1.18). */
        this._api = "1.1";
        this.resolver = init.resolve;
        this._path = {
            i: this._id,
            p: init.parent?._id,
            n: init.name,
            a: init.args?.map((a) => jsonArg(a, context)),
        };
    }
    /** The host's workbook (operations run against it at sync). */
    get _state() {
        return this.context.engine.state;
    }
    get _parent() {
        return this.init.parent;
    }
    /** Navigation properties, for load paths such as "format/fill/color". */
    _navs() {
        return {};
    }
    /** A target that was deleted since it was reached (a deleted sheet, table, name). */
    _isGone(target) {
        void target;
        return false;
    }
    get isNullObject() {
        if (this.nullKnown === undefined) {
            throw (0, errors_1.richError)("PropertyNotLoaded", `isNullObject of ${this._className} is not known before sync`);
        }
        return this.nullKnown;
    }
    /** Resolves at execution time; null for a null object. Errors name `location`. */
    _resolve(location) {
        if (this.resolved)
            return this.resolved.target;
        let target;
        try {
            target = this.resolver();
        }
        catch (e) {
            throw e instanceof errors_1.FakeRichApiError ? e.at(location) : e;
        }
        if (target !== null && this._isGone(target)) {
            throw (0, errors_1.richError)("ItemNotFound", `${this._className} no longer exists`, location);
        }
        if (this.init.cache)
            this.resolved = { target };
        this.context.onResolved(this, target === null);
        return target;
    }
    /** The target an operation acts on: a null object fails like Excel (ItemNotFound). */
    _target(location) {
        const target = this._resolve(location);
        if (target === null) {
            throw (0, errors_1.richError)("ItemNotFound", `${this._className} is a null object`, location);
        }
        return target;
    }
    _commitNull(isNull) {
        this.nullKnown = isNull;
    }
    _commitLoaded(name, value) {
        this.loaded.set(name, value);
    }
    /** Reads a loaded property; throws PropertyNotLoaded like Office.js otherwise. */
    _read(name) {
        if (!this.loaded.has(name)) {
            throw (0, errors_1.richError)("PropertyNotLoaded", `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`, `${this._className}.${name}`);
        }
        return this.loaded.get(name);
    }
    /** Queues a property write; Office.js also keeps the written value on the proxy. */
    _write(name, value) {
        const spec = this._props()[name];
        const location = `${this._className}.${name}`;
        if (!spec?.set)
            throw new TypeError(`fake-excel: ${location} is read-only`);
        this.loaded.set(name, value);
        this._enqueue("set", name, value, maxApi(spec.api ?? "1.1", this._api), () => spec.set(this._target(location), value, location));
    }
    /** Queues a method call whose effect happens at sync. */
    _call(name, args, api, run) {
        const location = `${this._className}.${name}`;
        this._enqueue("call", name, args, maxApi(api, this._api), () => run(this._target(location)));
    }
    /** Queues a method call with a scalar result, delivered after sync. */
    _callResult(name, args, api, run) {
        const result = new ClientResult();
        const location = `${this._className}.${name}`;
        this._enqueue("call", name, args, maxApi(api, this._api), () => {
            const value = run(this._target(location));
            this.context.onResponse(value, () => result._set(value));
        });
        return result;
    }
    _enqueue(kind, name, value, api, run) {
        const v = Array.isArray(value) && kind === "call" ? value.map((a) => jsonArg(a, this.context)) : value;
        this.context.enqueue({
            owner: this,
            location: `${this._className}.${name}`,
            api,
            json: { i: this._id, k: kind, n: name, v },
            run,
        });
    }
    /**
     * An object returned by a method. Read methods (getItem, getRange) resolve lazily at the first
     * operation that uses the object; `eager` ones (add, *OrNullObject) are queued operations.
     */
    _child(ctor, name, args, resolve, options = {}) {
        const location = `${this._className}.${name}`;
        const api = options.api ?? this._api;
        const child = new ctor(this.context, {
            parent: this,
            name,
            args,
            cache: true,
            resolve: () => {
                try {
                    this.context.requireApi(api, location);
                    return resolve(this._target(location));
                }
                catch (e) {
                    throw e instanceof errors_1.FakeRichApiError ? e.at(location) : e;
                }
            },
        });
        if (options.eager)
            this._enqueue("call", name, args, api, () => child._resolve(location));
        return child;
    }
    /** A navigation property (format, fill, protection…): follows the parent's target. */
    _nav(ctor, name, derive) {
        // Office.js keeps one object per navigation property, so loads land where reads look.
        const known = this.navCache.get(name);
        if (known)
            return known;
        const nav = new ctor(this.context, {
            parent: this,
            name,
            cache: false,
            resolve: () => derive(this._target(`${this._className}.${name}`)),
        });
        this.navCache.set(name, nav);
        return nav;
    }
    /** Office.js load: queued; the values arrive when the sync succeeds. */
    load(spec) {
        const paths = loadPaths(spec);
        const own = [];
        for (const p of paths) {
            const [head, ...rest] = p.split("/");
            const nav = this._navs()[head];
            if (nav && rest.length)
                nav.load(rest.join("/"));
            else if (nav)
                nav.load();
            else
                own.push(head);
        }
        if (own.length || paths.length === 0)
            this._queueLoad(paths.length === 0 ? undefined : own);
        return this;
    }
    _queueLoad(names) {
        const location = `${this._className}.load`;
        this._enqueue("load", "load", names ?? "*", this._api, () => {
            const target = this._resolve(location);
            const values = this._readProps(target, names, location);
            this.context.onResponse(values, () => {
                for (const [k, v] of Object.entries(values))
                    this._commitLoaded(k, v);
            });
        });
    }
    /** Current values of the named properties (all when undefined); null for a null object. */
    _readProps(target, names, location) {
        const table = this._props();
        const wanted = names ?? Object.keys(table);
        const out = {};
        if (target !== null)
            this.context.beforeRead();
        for (const name of wanted) {
            const spec = table[name];
            if (!spec)
                throw (0, errors_1.richError)("InvalidArgument", `${this._className} has no property ${name}`, location);
            this.context.requireApi(spec.api ?? "1.1", `${this._className}.${name}`);
            out[name] = target === null ? null : spec.get(target);
        }
        return out;
    }
    toJSON() {
        return Object.fromEntries(this.loaded);
    }
}
exports.ProxyBase = ProxyBase;
/** Office.js ClientResult: `value` is there after sync. */
class ClientResult {
    get value() {
        if (!this.box)
            throw (0, errors_1.richError)("ValueNotLoaded", "The value of the result object has not been loaded yet. Call context.sync() first.");
        return this.box.value;
    }
    _set(value) {
        this.box = { value };
    }
}
exports.ClientResult = ClientResult;
/** A collection: `items` after load; a load's property names apply to the items. */
class CollectionBase extends ProxyBase {
    _props() {
        return {};
    }
    get items() {
        if (!this.loadedItems) {
            throw (0, errors_1.richError)("PropertyNotLoaded", `The property 'items' of ${this._className} is not loaded`, `${this._className}.items`);
        }
        return this.loadedItems;
    }
    load(spec) {
        const names = loadPaths(spec)
            .map((p) => (p.startsWith("items/") ? p.slice(6) : p))
            .filter((p) => p !== "items" && p !== "");
        const location = `${this._className}.load`;
        this._enqueue("load", "load", names.length ? names : "*", this._api, () => {
            const target = this._resolve(location);
            const list = target === null ? [] : this._list(target);
            const proxies = list.map((item) => this._wrap(item));
            const values = proxies.map((p) => p._readProps(p._target(location), names.length ? names : undefined, location));
            this.context.onResponse(values, () => {
                proxies.forEach((p, i) => {
                    p._commitNull(false);
                    for (const [k, v] of Object.entries(values[i]))
                        p._commitLoaded(k, v);
                });
                this.loadedItems = proxies;
            });
        });
        return this;
    }
    getCount() {
        return this._callResult("getCount", [], "1.4", (t) => this._list(t).length);
    }
    toJSON() {
        return { items: this.loadedItems?.map((p) => p.toJSON()) ?? [] };
    }
}
exports.CollectionBase = CollectionBase;
/** An item proxy over an already known target (collection items). */
function knownInit(parent, name, target) {
    return { parent, name, cache: true, resolve: () => target };
}

import { FakeRichApiError, richError } from "./errors";
import type { FakeRequestContext } from "./context";
import { compareVersions } from "./profiles";
import type { WorkbookState } from "./state";

/**
 * The proxy layer: objects shaped like Office.js ClientObjects. Property reads need load + sync,
 * writes and method calls are queued and applied at sync in order, objects returned by methods
 * are resolved at sync time.
 */

/** A scalar property of an API object: how to read it from the host target, how to write it. */
export interface PropSpec<T> {
  get(target: T): unknown;
  set?(target: T, value: unknown, location: string): void;
  /** ExcelApi version the property needs; "1.1" when absent. */
  api?: string;
}

export type PropTable<T> = Record<string, PropSpec<T>>;

/** JSON of how an object was reached, sent once per context (measures the request payload). */
export interface PathJson {
  i: number;
  p?: number;
  n: string;
  a?: unknown[];
}

export interface QueuedAction {
  owner: AnyProxy;
  location: string;
  api: string;
  json: { i: number; k: "set" | "call" | "load"; n: string; v?: unknown };
  run(): void;
}

type Resolve<T> = () => T | null;

export interface ProxyInit<T> {
  parent: AnyProxy | null;
  /** Name of the property or method that produced the object (payload and error locations). */
  name: string;
  args?: unknown[];
  resolve: Resolve<T>;
  /** Method results are resolved once and kept; navigation properties follow their parent. */
  cache: boolean;
}

/** Proxies of any target type, where only the proxy identity matters. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the target type is irrelevant to a holder of many proxies
export type AnyProxy = ProxyBase<any>;

/** A proxy class, constructed over a target of type U. */
export type ProxyClass<U, C> = new (context: FakeRequestContext, init: ProxyInit<U>) => C;

let nextProxyId = 1;

function maxApi(a: string, b: string): string {
  return compareVersions(a, b) >= 0 ? a : b;
}

export type LoadSpec = string | string[] | { select?: string | string[] } | Record<string, unknown>;

/** Flattens every Office.js load argument form into "a/b/c" paths. */
export function loadPaths(spec: LoadSpec | undefined): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  if ("select" in spec && spec.select !== undefined)
    return loadPaths(spec.select as string | string[]);
  const paths: string[] = [];
  for (const [key, value] of Object.entries(spec)) {
    if (key.startsWith("$")) continue;
    if (value === true) paths.push(key);
    else if (value && typeof value === "object") {
      for (const sub of loadPaths(value as LoadSpec)) paths.push(`${key}/${sub}`);
    }
  }
  return paths;
}

export function jsonArg(arg: unknown, ctx: FakeRequestContext): unknown {
  if (arg instanceof ProxyBase) {
    ctx.referencePath(arg);
    return { ref: arg._id };
  }
  return arg;
}

export abstract class ProxyBase<T> {
  readonly _id = nextProxyId++;
  readonly _path: PathJson;
  private readonly resolver: Resolve<T>;
  private resolved: { target: T | null } | undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;
  private readonly navCache = new Map<string, AnyProxy>();
  abstract readonly _className: string;
  /** ExcelApi version every use of this object needs (notes: 1.18). */
  protected readonly _api: string = "1.1";

  constructor(
    readonly context: FakeRequestContext,
    private readonly init: ProxyInit<T>
  ) {
    this.resolver = init.resolve;
    this._path = {
      i: this._id,
      p: init.parent?._id,
      n: init.name,
      a: init.args?.map((a) => jsonArg(a, context)),
    };
  }

  /** The host's workbook (operations run against it at sync). */
  protected get _state(): WorkbookState {
    return this.context.engine.state;
  }

  get _parent(): AnyProxy | null {
    return this.init.parent;
  }

  /** Scalar properties this object exposes to load. */
  protected abstract _props(): PropTable<T>;

  /** Navigation properties, for load paths such as "format/fill/color". */
  protected _navs(): Record<string, AnyProxy> {
    return {};
  }

  /** A navigation property by name, for nested loads through a collection. */
  _navAt(name: string): AnyProxy | undefined {
    return this._navs()[name];
  }

  /** A target that was deleted since it was reached (a deleted sheet, table, name). */
  protected _isGone(target: T): boolean {
    void target;
    return false;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) {
      throw richError(
        "PropertyNotLoaded",
        `isNullObject of ${this._className} is not known before sync`
      );
    }
    return this.nullKnown;
  }

  /** Resolves at execution time; null for a null object. Errors name `location`. */
  _resolve(location: string): T | null {
    if (this.resolved) return this.resolved.target;
    let target: T | null;
    try {
      target = this.resolver();
    } catch (e) {
      throw e instanceof FakeRichApiError ? e.at(location) : e;
    }
    if (target !== null && this._isGone(target)) {
      throw richError("ItemNotFound", `${this._className} no longer exists`, location);
    }
    if (this.init.cache) this.resolved = { target };
    this.context.onResolved(this, target === null);
    return target;
  }

  /** The target an operation acts on: a null object fails like Excel (ItemNotFound). */
  _target(location: string): T {
    const target = this._resolve(location);
    if (target === null) {
      throw richError("ItemNotFound", `${this._className} is a null object`, location);
    }
    return target;
  }

  _commitNull(isNull: boolean): void {
    this.nullKnown = isNull;
  }

  _commitLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  /** Reads a loaded property; throws PropertyNotLoaded like Office.js otherwise. */
  protected _read<V>(name: string): V {
    if (!this.loaded.has(name)) {
      throw richError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        `${this._className}.${name}`
      );
    }
    return this.loaded.get(name) as V;
  }

  /** Queues a property write; Office.js also keeps the written value on the proxy. */
  protected _write(name: string, value: unknown): void {
    const spec = this._props()[name];
    const location = `${this._className}.${name}`;
    if (!spec?.set) throw new TypeError(`fake-excel: ${location} is read-only`);
    this.loaded.set(name, value);
    this._enqueue("set", name, value, maxApi(spec.api ?? "1.1", this._api), () =>
      spec.set!(this._target(location), value, location)
    );
  }

  /** Queues a method call whose effect happens at sync. */
  protected _call(name: string, args: unknown[], api: string, run: (t: T) => void): void {
    const location = `${this._className}.${name}`;
    this._enqueue("call", name, args, maxApi(api, this._api), () => run(this._target(location)));
  }

  /** Queues a method call with a scalar result, delivered after sync. */
  protected _callResult<R>(
    name: string,
    args: unknown[],
    api: string,
    run: (t: T) => R
  ): ClientResult<R> {
    const result = new ClientResult<R>();
    const location = `${this._className}.${name}`;
    this._enqueue("call", name, args, maxApi(api, this._api), () => {
      const value = run(this._target(location));
      this.context.onResponse(value, () => result._set(value));
    });
    return result;
  }

  protected _enqueue(
    kind: "set" | "call" | "load",
    name: string,
    value: unknown,
    api: string,
    run: () => void
  ): void {
    const v =
      Array.isArray(value) && kind === "call" ? value.map((a) => jsonArg(a, this.context)) : value;
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
  protected _child<C extends AnyProxy, U>(
    ctor: ProxyClass<U, C>,
    name: string,
    args: unknown[],
    resolve: (t: T) => U | null,
    options: { eager?: boolean; api?: string } = {}
  ): C {
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
        } catch (e) {
          throw e instanceof FakeRichApiError ? e.at(location) : e;
        }
      },
    });
    if (options.eager) this._enqueue("call", name, args, api, () => child._resolve(location));
    return child;
  }

  /** A navigation property (format, fill, protection…): follows the parent's target. */
  protected _nav<C extends AnyProxy, U>(
    ctor: ProxyClass<U, C>,
    name: string,
    derive: (t: T) => U
  ): C {
    // Office.js keeps one object per navigation property, so loads land where reads look.
    const known = this.navCache.get(name);
    if (known) return known as C;
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
  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    const own: string[] = [];
    for (const p of paths) {
      const [head, ...rest] = p.split("/");
      const nav = this._navs()[head];
      if (nav && rest.length) nav.load(rest.join("/"));
      else if (nav) nav.load();
      else own.push(head);
    }
    if (own.length || paths.length === 0) this._queueLoad(paths.length === 0 ? undefined : own);
    return this;
  }

  protected _queueLoad(names: string[] | undefined): void {
    const location = `${this._className}.load`;
    this._enqueue("load", "load", names ?? "*", this._api, () => {
      const target = this._resolve(location);
      const values = this._readProps(target, names, location);
      this.context.onResponse(values, () => {
        for (const [k, v] of Object.entries(values)) this._commitLoaded(k, v);
      });
    });
  }

  /** Current values of the named properties (all when undefined); null for a null object. */
  _readProps(
    target: T | null,
    names: string[] | undefined,
    location: string
  ): Record<string, unknown> {
    const table = this._props();
    const wanted = names ?? Object.keys(table);
    const out: Record<string, unknown> = {};
    if (target !== null) this.context.beforeRead();
    for (const name of wanted) {
      const spec = table[name];
      if (!spec)
        throw richError("InvalidArgument", `${this._className} has no property ${name}`, location);
      this.context.requireApi(spec.api ?? "1.1", `${this._className}.${name}`);
      out[name] = target === null ? null : spec.get(target);
    }
    return out;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** Office.js ClientResult: `value` is there after sync. */
export class ClientResult<R> {
  private box: { value: R } | undefined;

  get value(): R {
    if (!this.box)
      throw richError(
        "ValueNotLoaded",
        "The value of the result object has not been loaded yet. Call context.sync() first."
      );
    return this.box.value;
  }

  _set(value: R): void {
    this.box = { value };
  }
}

/** A collection: `items` after load; a load's property names apply to the items. */
export abstract class CollectionBase<I, P extends ProxyBase<I>, T> extends ProxyBase<T> {
  private loadedItems: P[] | undefined;

  protected abstract _list(target: T): I[];
  protected abstract _wrap(item: I): P;

  protected _props(): PropTable<T> {
    return {};
  }

  get items(): P[] {
    if (!this.loadedItems) {
      throw richError(
        "PropertyNotLoaded",
        `The property 'items' of ${this._className} is not loaded`,
        `${this._className}.items`
      );
    }
    return this.loadedItems;
  }

  override load(spec?: LoadSpec): this {
    const names = loadPaths(spec)
      .map((p) => (p.startsWith("items/") ? p.slice(6) : p))
      .filter((p) => p !== "items" && p !== "");
    const own = names.filter((n) => !n.includes("/"));
    const nested = names.filter((n) => n.includes("/"));
    const location = `${this._className}.load`;
    this._enqueue("load", "load", names.length ? names : "*", this._api, () => {
      const target = this._resolve(location);
      const list = target === null ? [] : this._list(target);
      const proxies = list.map((item) => this._wrap(item));
      const values = proxies.map((p) =>
        p._readProps(p._target(location), names.length ? own : undefined, location)
      );
      // "items/custom/rule/formula": each item's navigation properties, in the same response.
      const deep = proxies.flatMap((p) => nested.map((path) => readNested(p, path, location)));
      this.context.onResponse([values, deep.map((d) => d.values)], () => {
        proxies.forEach((p, i) => {
          p._commitNull(false);
          for (const [k, v] of Object.entries(values[i])) p._commitLoaded(k, v);
        });
        for (const d of deep) d.commit();
        this.loadedItems = proxies;
      });
    });
    return this;
  }

  getCount(): ClientResult<number> {
    return this._callResult("getCount", [], "1.4", (t) => this._list(t).length);
  }

  override toJSON(): Record<string, unknown> {
    return { items: this.loadedItems?.map((p) => p.toJSON()) ?? [] };
  }
}

/**
 * One "nav/nav/prop" path read below an item; a null object on the way ends it (its own
 * isNullObject is what the caller reads).
 */
function readNested(
  item: AnyProxy,
  path: string,
  location: string
): { values: Record<string, unknown>; commit(): void } {
  const parts = path.split("/");
  const passed: AnyProxy[] = [];
  let node: AnyProxy = item;
  for (const head of parts.slice(0, -1)) {
    const next = node._navAt(head);
    if (!next) throw richError("InvalidArgument", `${node._className} has no ${head}`, location);
    node = next;
    if (node._resolve(location) === null) {
      const isNull = node;
      return {
        values: {},
        commit: () => {
          passed.forEach((p) => p._commitNull(false));
          isNull._commitNull(true);
        },
      };
    }
    passed.push(node);
  }
  const last = node;
  const values = last._readProps(last._resolve(location), [parts[parts.length - 1]], location);
  return {
    values,
    commit: () => {
      passed.forEach((p) => p._commitNull(false));
      for (const [k, v] of Object.entries(values)) last._commitLoaded(k, v);
    },
  };
}

/** An item proxy over an already known target (collection items). */
export function knownInit<U>(parent: AnyProxy, name: string, target: U): ProxyInit<U> {
  return { parent, name, cache: true, resolve: () => target };
}

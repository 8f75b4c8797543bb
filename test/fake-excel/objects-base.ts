import type { Engine } from "./engine";
import { FakeRichApiError, richError } from "./errors";
import type { WorkbookState } from "./state";

/**
 * The host's side of an Office.js object: what an object path reaches in the fake's state
 * (a sheet, a range, a conditional format at a position), its properties as a table, its
 * navigation properties as getters and its methods as methods. The request handler
 * (`rich-api.ts`) finds them by the PascalCase names of Microsoft's client's requests. Nothing
 * here is a client: no load, no sync, no queue; every call runs at once, inside a request.
 */

/** A scalar property of an API object: how to read it from the host target, how to write it. */
export interface PropSpec<T> {
  get(target: T): unknown;
  set?(target: T, value: unknown, location: string): void;
  /** ExcelApi version the property needs; "1.1" when absent. */
  api?: string;
}

export type PropTable<T> = Record<string, PropSpec<T>>;

/** What one request (one `context.sync()`) shares: the engine, and the profile's checks. */
export class HostSession {
  constructor(readonly engine: Engine) {}

  requireApi(api: string, location: string): void {
    this.engine.requireApi(api, location);
  }

  /** Whether the profile has this ExcelApi version. */
  supports(api: string): boolean {
    return this.engine.supports(api);
  }

  beforeRead(): void {
    this.engine.beforeRead();
  }
}

type Resolve<T> = () => T | null;

export interface ObjectInit<T> {
  /** Name of the property or method that produced the object (error locations). */
  name: string;
  resolve: Resolve<T>;
  /** Method results are resolved once per request; positional objects follow their position. */
  cache: boolean;
}

/** Host objects of any target type, where only the object matters. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the target type is irrelevant to a holder of many objects
export type AnyObject = HostObject<any>;

/** A host class, constructed over a target of type U. */
export type HostClass<U, C> = new (session: HostSession, init: ObjectInit<U>) => C;

export abstract class HostObject<T> {
  private resolved: { target: T | null } | undefined;
  private readonly navCache = new Map<string, AnyObject>();
  abstract readonly _className: string;
  /** ExcelApi version every use of this object needs (notes: 1.18). */
  readonly _api: string = "1.1";

  constructor(
    readonly session: HostSession,
    private readonly init: ObjectInit<T>
  ) {}

  /** The host's workbook. */
  protected get _state(): WorkbookState {
    return this.session.engine.state;
  }

  /** Scalar properties a query can select and a request can set. */
  abstract _props(): PropTable<T>;

  /** A target that was deleted since it was reached (a deleted sheet, table, name). */
  protected _isGone(target: T): boolean {
    void target;
    return false;
  }

  /** The target now; null for a null object. Errors name `location`. */
  _resolve(location: string): T | null {
    if (this.resolved) return this.resolved.target;
    let target: T | null;
    try {
      target = this.init.resolve();
    } catch (e) {
      throw e instanceof FakeRichApiError ? e.at(location) : e;
    }
    if (target !== null && this._isGone(target)) {
      throw richError("ItemNotFound", `${this._className} no longer exists`, location);
    }
    if (this.init.cache) this.resolved = { target };
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

  /** Runs a method with no result. */
  protected _call(name: string, api: string, run: (t: T) => void): void {
    this._callResult(name, api, run);
  }

  /** Runs a method with a scalar result. */
  protected _callResult<R>(name: string, api: string, run: (t: T) => R): R {
    const location = `${this._className}.${name}`;
    this.session.requireApi(api, location);
    this.session.requireApi(this._api, location);
    return run(this._target(location));
  }

  /**
   * An object returned by a method. Read methods (getItem, getRange) resolve when the request
   * instantiates their path; `*OrNullObject` ones resolve to null where nothing is found.
   */
  protected _child<C extends AnyObject, U>(
    ctor: HostClass<U, C>,
    name: string,
    resolve: (t: T) => U | null,
    options: { api?: string } = {}
  ): C {
    const location = `${this._className}.${name}`;
    const api = options.api ?? this._api;
    return new ctor(this.session, {
      name,
      cache: true,
      resolve: () => {
        try {
          this.session.requireApi(api, location);
          return resolve(this._target(location));
        } catch (e) {
          throw e instanceof FakeRichApiError ? e.at(location) : e;
        }
      },
    });
  }

  /** A navigation property (format, fill, protection…): follows the parent's target. */
  protected _nav<C extends AnyObject, U>(
    ctor: HostClass<U, C>,
    name: string,
    derive: (t: T) => U | null
  ): C {
    const known = this.navCache.get(name);
    if (known) return known as C;
    const nav = new ctor(this.session, {
      name,
      cache: false,
      resolve: () => derive(this._target(`${this._className}.${name}`)),
    });
    this.navCache.set(name, nav);
    return nav;
  }

  /** Current values of the named properties (all when undefined); null for a null object. */
  _readProps(target: T, names: string[] | undefined, location: string): Record<string, unknown> {
    const table = this._props();
    // Loading everything reads what this host has; naming a property above it is refused.
    const wanted =
      names ?? Object.keys(table).filter((k) => this.session.supports(table[k].api ?? "1.1"));
    const out: Record<string, unknown> = {};
    this.session.beforeRead();
    for (const name of wanted) {
      const spec = table[name];
      if (!spec)
        throw richError("InvalidArgument", `${this._className} has no property ${name}`, location);
      this.session.requireApi(spec.api ?? "1.1", `${this._className}.${name}`);
      out[name] = spec.get(target);
    }
    return out;
  }

  /** A property write, as a request's set-property action asks. */
  _setProp(name: string, value: unknown): void {
    const spec = this._props()[name];
    const location = `${this._className}.${name}`;
    if (!spec?.set) throw richError("InvalidArgument", `${location} is read-only`, location);
    this.session.requireApi(spec.api ?? "1.1", location);
    this.session.requireApi(this._api, location);
    try {
      spec.set(this._target(location), value, location);
    } catch (e) {
      throw e instanceof FakeRichApiError ? e.at(location) : e;
    }
  }
}

/** A collection: its items, reachable by position (the client's `GetItemAt`) and counted. */
export abstract class CollectionObject<I, P extends HostObject<I>, T> extends HostObject<T> {
  abstract _list(target: T): I[];
  protected abstract _wrap(item: I): P;

  _props(): PropTable<T> {
    return {};
  }

  /** The items as host objects, for a query of the collection. */
  _items(location: string): P[] {
    const target = this._target(location);
    return this._list(target).map((item) => this._wrap(item));
  }

  /** The client addresses a loaded item without an id by its position. */
  getItemAt(index: number): P {
    const location = `${this._className}.getItemAt`;
    const list = this._list(this._target(location));
    const item = list[index];
    if (item === undefined) throw richError("ItemNotFound", `No item at ${index}`, location);
    return this._wrap(item);
  }

  getCount(): number {
    return this._callResult("getCount", "1.4", (t) => this._list(t).length);
  }
}

/** An item over an already known target (collection items). */
export function knownInit<U>(name: string, target: U): ObjectInit<U> {
  return { name, cache: true, resolve: () => target };
}

import type { Engine } from "./engine";
import { utf8Length } from "./engine";
import { FakeRichApiError, richError } from "./errors";
import type { AnyObject } from "./objects-base";
import { CollectionObject, HostObject, HostSession } from "./objects-base";
import type { RangeRef } from "./cells";
import { rectA1 } from "./address";
import type { SheetState } from "./state";
import type { ChangeTrigger } from "./events";
import { FakeWorkbook } from "./workbook";

/**
 * The host half of Office.js: answers the JSON requests Microsoft's client builds at each
 * `context.sync()` (TOOLCHAIN.md, Office facts). It resolves object paths to host objects,
 * runs the actions in order, and stops the batch at the first error, as Excel does.
 */

export interface WireArguments {
  Arguments?: unknown[];
  /** Per argument: the object path an argument stands for (0 when it is a plain value). */
  ReferencedObjectPathIds?: unknown[];
}

export interface WirePath {
  Id: number;
  /** 1 global object, 2 new object, 3 method result, 4 property, 5 indexer, 6 kept reference, 7 null object. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: WireArguments;
}

export interface WireAction {
  Id: number;
  /** 1 instantiate, 2 query, 3 method, 4 set property, 5 trace. */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: WireArguments;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface WireRequest {
  Actions: WireAction[];
  ObjectPaths: Record<string, WirePath>;
}

export interface WireResult {
  ActionId: number;
  Value?: unknown;
}

export interface WireResponse {
  Results: WireResult[];
  Error?: { Code: string; Message: string; Location: string; ActionIndex?: number };
}

/** A bug of the fake itself, with where it happened, so it is found without a debugger. */
function internal(e: unknown): string {
  const stack = e instanceof Error ? (e.stack ?? "").split("\n").slice(0, 3).join(" | ") : "";
  return `${String(e)} ${stack}`;
}

/** The flag the client sets when Excel.run asked `delayForCellEdit`. */
export const DELAY_FOR_CELL_EDIT = 64;

const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Methods of the base classes are the host's own, never API methods. */
const INTERNAL = new Set(Object.getOwnPropertyNames(HostObject.prototype));

/** Actions that count as operations (failAt, stats): not instantiations, references or traces. */
function isOperation(action: WireAction): boolean {
  if (action.ActionType === 2 || action.ActionType === 4) return true;
  return action.ActionType === 3 && !action.Name.startsWith("_");
}

/** Only releases kept references: the request the client sends when Excel.run ends. */
function isCleanup(request: WireRequest): boolean {
  const released = request.Actions.filter((a) => a.Name === "_RemoveReference");
  return (
    released.length > 0 &&
    request.Actions.every((a) => a.ActionType === 1 || a.Name === "_RemoveReference")
  );
}

/** A method or navigation getter by the client's PascalCase name. */
function member(obj: AnyObject, name: string, kind: "method" | "getter"): unknown {
  const key = camel(name);
  if (key.startsWith("_") || INTERNAL.has(key)) return undefined;
  for (
    let p = Object.getPrototypeOf(obj);
    p && p !== Object.prototype;
    p = Object.getPrototypeOf(p)
  ) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (!d) continue;
    if (kind === "getter") return d.get ? d.get.call(obj) : undefined;
    return typeof d.value === "function" ? d.value : undefined;
  }
  return undefined;
}

/** Registered event handlers the host raises (see events.ts). */
export interface EventSink {
  register(name: string, target: AnyObject): void;
  unregister(name: string, target: AnyObject): void;
  activated(sheet: SheetState): void;
  changed(sheet: SheetState, address: string, triggerSource?: ChangeTrigger): void;
}

/** Range properties whose writes Excel reports as a change of the cells. */
const CONTENT = new Set(["values", "formulas"]);

/** One request being answered: its object paths, resolved once each. */
class Batch {
  private readonly objects = new Map<number, AnyObject | null>();
  private readonly session: HostSession;

  constructor(
    private readonly host: RichApiHost,
    private readonly request: WireRequest
  ) {
    this.session = new HostSession(host.engine);
  }

  objectAt(id: number): AnyObject | null {
    if (this.objects.has(id)) return this.objects.get(id)!;
    const path = this.request.ObjectPaths[String(id)];
    if (!path) throw richError("InvalidObjectPath", `No object path ${id} in the request.`);
    const obj = this.resolvePath(path);
    this.objects.set(id, obj);
    return obj;
  }

  private parentOf(path: WirePath): AnyObject {
    const parent = this.objectAt(path.ParentObjectPathId ?? -1);
    if (!parent) throw richError("ItemNotFound", "The object is a null object.");
    return parent;
  }

  private resolvePath(path: WirePath): AnyObject | null {
    switch (path.ObjectPathType) {
      case 1:
        return new FakeWorkbook(this.session);
      case 3:
        return this.asObject(this.invoke(this.parentOf(path), path.Name, path.ArgumentInfo), path);
      case 4: {
        const parent = this.parentOf(path);
        return this.asObject(member(parent, path.Name, "getter"), path, parent);
      }
      case 5:
        return this.asObject(this.invoke(this.parentOf(path), "GetItem", path.ArgumentInfo), path);
      case 6: {
        const kept = this.host.kept(path.Name);
        if (!kept)
          throw richError(
            "InvalidObjectPath",
            "The object path isn't working for what you're trying to do: no such reference."
          );
        return kept;
      }
      case 7:
        return null;
      default:
        throw richError("NotImplemented", `fake-excel: object path type ${path.ObjectPathType}`);
    }
  }

  private asObject(value: unknown, path: WirePath, parent?: AnyObject): AnyObject {
    if (value instanceof HostObject) return value;
    const where = parent ? `${parent._className}.${camel(path.Name)}` : camel(path.Name);
    throw richError("NotImplemented", `fake-excel does not implement ${where}`, where);
  }

  /** Calls an API method with the request's arguments (object paths become host objects). */
  invoke(obj: AnyObject, name: string, info: WireArguments | undefined): unknown {
    const fn = member(obj, name, "method");
    const location = `${obj._className}.${camel(name)}`;
    if (typeof fn !== "function")
      throw richError("NotImplemented", `fake-excel does not implement ${location}`, location);
    const args = (info?.Arguments ?? []).map((arg, i) => {
      const ref = info?.ReferencedObjectPathIds?.[i];
      if (typeof ref === "number" && ref > 0) return this.objectAt(ref);
      // The client sends an omitted optional argument as null.
      return arg === null ? undefined : arg;
    });
    try {
      return (fn as (...a: unknown[]) => unknown).apply(obj, args);
    } catch (e) {
      throw e instanceof FakeRichApiError ? e.at(location) : e;
    }
  }

  run(action: WireAction): WireResult | null {
    // A trace marker names no object: the client runs its callback when it is answered.
    if (action.ActionType === 5) return { ActionId: action.Id, Value: null };
    const obj = this.objectAt(action.ObjectPathId);
    if (isOperation(action)) this.host.engine.countOperation(this.location(obj, action));
    switch (action.ActionType) {
      case 1:
        return { ActionId: action.Id, Value: this.instance(obj) };
      case 2:
        return { ActionId: action.Id, Value: this.query(obj, action) };
      case 3:
        return this.method(obj, action);
      case 4:
        this.set(this.live(obj, action), camel(action.Name), action.ArgumentInfo?.Arguments?.[0]);
        return null;
      case 5:
        return { ActionId: action.Id, Value: null };
      default:
        throw richError("NotImplemented", `fake-excel: action type ${action.ActionType}`);
    }
  }

  /** A property write; a write of cell contents is a change Excel raises onChanged for. */
  private set(obj: AnyObject, name: string, value: unknown): void {
    obj._setProp(name, value);
    if (obj._className !== "Range" || !CONTENT.has(name)) return;
    const ref = obj._target(`Range.${name}`) as RangeRef;
    this.changes.push(ref);
  }

  /** Cells written in this request, for onChanged once it is answered. */
  readonly changes: RangeRef[] = [];

  private location(obj: AnyObject | null, action: WireAction): string {
    const what = action.ActionType === 2 ? "load" : camel(action.Name);
    return `${obj?._className ?? "NullObject"}.${what}`;
  }

  private live(obj: AnyObject | null, action: WireAction): AnyObject {
    if (!obj) throw richError("ItemNotFound", "The object is a null object.", camel(action.Name));
    return obj;
  }

  /** An instantiation answers null for a null object, and the object's id and reference. */
  private instance(obj: AnyObject | null): unknown {
    if (!obj) return null;
    const target = obj._resolve(`${obj._className}`);
    if (target === null) return null;
    const out: Record<string, unknown> = {};
    const id = obj._props().id;
    if (id) out.Id = id.get(target);
    const ref = this.host.referenceOf(obj);
    if (ref) out._ReferenceId = ref;
    return out;
  }

  private method(obj: AnyObject | null, action: WireAction): WireResult | null {
    const host = this.host;
    const args = action.ArgumentInfo?.Arguments ?? [];
    if (action.Name === "_KeepReference") {
      host.keep(this.live(obj, action));
      return null;
    }
    if (action.Name === "_RemoveReference") {
      host.release(String(args[0]));
      return null;
    }
    if (action.Name === "_ValidateArraySize") {
      // Excel on the web's client announces a large 2-D write's size first; the request's own
      // size cap is what the host enforces.
      this.live(obj, action);
      return null;
    }
    const event = /^_(Register|Unregister)(\w+)Event$/.exec(action.Name);
    if (event) {
      const target = this.live(obj, action);
      if (event[1] === "Register") host.events.register(event[2], target);
      else host.events.unregister(event[2], target);
      return null;
    }
    const value = this.invoke(this.live(obj, action), action.Name, action.ArgumentInfo);
    if (value instanceof HostObject) throw richError("NotImplemented", "object result");
    return value === undefined ? null : { ActionId: action.Id, Value: value };
  }

  private query(obj: AnyObject | null, action: WireAction): unknown {
    if (!obj) return null;
    const location = `${obj._className}.load`;
    this.session.requireApi(obj._api, location);
    const target = obj._resolve(location);
    if (target === null) return null;
    const select = action.QueryInfo?.Select;
    const expand = action.QueryInfo?.Expand ?? [];
    const value = this.valueOf(obj, target, select, expand, location);
    const ref = this.host.referenceOf(obj);
    if (ref && !(obj instanceof CollectionObject)) value._ReferenceId = ref;
    return value;
  }

  /** A query's value: selected properties, "nav/prop" paths below, `_Items` for collections. */
  private valueOf(
    obj: AnyObject,
    target: unknown,
    select: string[] | undefined,
    expand: string[],
    location: string
  ): Record<string, unknown> {
    if (obj instanceof CollectionObject) {
      const strip = (s: string) => (s.startsWith("items/") ? s.slice(6) : s);
      const sel = select?.map(strip).filter((s) => s !== "items" && s !== "");
      const items = obj._items(location) as AnyObject[];
      return {
        _Items: items.map((item) => {
          const t = item._target(location);
          const value = this.valueOf(item, t, sel?.length ? sel : undefined, expand, location);
          const id = item._props().id;
          if (id && value.Id === undefined) value.Id = id.get(t);
          return value;
        }),
      };
    }
    const own: string[] = [];
    const below = new Map<string, string[] | undefined>();
    for (const path of select ?? []) {
      const [head, ...rest] = path.split("/");
      if (rest.length === 0 && !(head in obj._props()) && member(obj, head, "getter") !== undefined)
        below.set(head, undefined);
      else if (rest.length === 0) own.push(head);
      else below.set(head, [...(below.get(head) ?? []), rest.join("/")]);
    }
    for (const head of expand) if (!below.has(head)) below.set(head, undefined);
    const props = obj._readProps(target, select ? own : undefined, location);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(props)) out[pascal(k)] = v;
    for (const [head, sub] of below) {
      const nav = member(obj, head, "getter");
      if (!(nav instanceof HostObject))
        throw richError("InvalidArgument", `${obj._className} has no ${head}`, location);
      const t = nav._resolve(location);
      out[pascal(head)] = t === null ? null : this.valueOf(nav, t, sub, [], location);
    }
    return out;
  }
}

/** The request handler of one fake Excel: kept references live here, across requests. */
export class RichApiHost {
  private readonly references = new Map<string, AnyObject>();
  private readonly referenceIds = new Map<AnyObject, string>();
  private nextReference = 1;
  /** The last request and response, for traces. */
  readonly trace: { request: string; response: string }[] = [];
  tracing = false;
  /**
   * Requests made for the test's user (typing into a cell) rather than by the add-in: their
   * changes are raised with `triggerSource` "Unknown", as Excel raises an edit in the grid.
   */
  asUser = false;

  constructor(
    readonly engine: Engine,
    readonly events: EventSink
  ) {}

  kept(id: string): AnyObject | undefined {
    return this.references.get(id);
  }

  keep(obj: AnyObject): void {
    if (this.referenceIds.has(obj)) return;
    const id = `fake-ref-${this.nextReference++}`;
    this.references.set(id, obj);
    this.referenceIds.set(obj, id);
  }

  referenceOf(obj: AnyObject): string | undefined {
    return this.referenceIds.get(obj);
  }

  release(id: string): void {
    const obj = this.references.get(id);
    this.references.delete(id);
    if (obj) this.referenceIds.delete(obj);
  }

  /** How many references the client holds (tests: a finished Excel.run released its own). */
  get referenceCount(): number {
    return this.references.size;
  }

  /** Answers one request body (JSON text) with a response body (JSON text). */
  handle(body: string, flags: number): string {
    const response = this.answer(body, flags);
    const text = JSON.stringify(response);
    if (this.tracing) this.trace.push({ request: body, response: text });
    return text;
  }

  private answer(body: string, flags: number): WireResponse {
    const request = JSON.parse(body) as WireRequest;
    const results: WireResult[] = [];
    let index = -1;
    try {
      const stat = this.engine.checkRequest(
        utf8Length(body),
        request.Actions.filter(isOperation).length,
        isCleanup(request)
      );
      this.checkCellEdit(flags);
      const batch = new Batch(this, request);
      const active = this.engine.state.activeSheet;
      try {
        for (const [i, action] of request.Actions.entries()) {
          index = i;
          const result = batch.run(action);
          if (result) results.push(result);
        }
      } finally {
        this.engine.endRequest();
        this.raiseEvents(batch, active);
      }
      this.engine.checkResponse(stat, utf8Length(JSON.stringify({ Results: results })));
      return { Results: results };
    } catch (e) {
      const error =
        e instanceof FakeRichApiError
          ? e
          : richError("GeneralException", `fake-excel internal error: ${internal(e)}`);
      const failed = request.Actions[index];
      const location = error.debugInfo.errorLocation ?? failed?.Name ?? "";
      return {
        Results: results,
        Error: { Code: error.code, Message: error.message, Location: location },
      };
    }
  }

  private raiseEvents(batch: Batch, active: SheetState | null): void {
    // ExcelApi 1.14 tells an add-in its own writes apart (`triggerSource`); before it, none.
    const trigger = !this.engine.supports("1.14")
      ? undefined
      : this.asUser
        ? "Unknown"
        : "ThisLocalAddin";
    for (const ref of batch.changes) this.events.changed(ref.sheet, rectA1(ref.rect), trigger);
    const now = this.engine.state.activeSheet;
    if (now && now !== active) this.events.activated(now);
  }

  private checkCellEdit(flags: number): void {
    if (!this.engine.cellEditing) return;
    if (flags & DELAY_FOR_CELL_EDIT) {
      // Waiting ends when the user leaves the cell: here, at once.
      this.engine.cellEditing = false;
      return;
    }
    throw richError(
      "InvalidOperationInCellEditMode",
      "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB.",
      "RequestContext.sync"
    );
  }
}

import type { Engine } from "./engine";
import type { AnyProxy, PathJson, QueuedAction } from "./proxy";
import { FakeWorkbook, FakeApplication } from "./workbook";

/** Excel.RequestContext: a queue of operations, sent by sync(). One per Excel.run. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: QueuedAction[] = [];
  private readonly sentPaths = new Set<number>();
  private readonly referenced = new Map<number, AnyProxy>();
  private responses: { value: unknown; commit: () => void }[] = [];
  private resolvedNow: [AnyProxy, boolean][] = [];

  constructor(readonly engine: Engine) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(action: QueuedAction): void {
    this.queue.push(action);
  }

  referencePath(proxy: AnyProxy): void {
    this.referenced.set(proxy._id, proxy);
  }

  onResolved(proxy: AnyProxy, isNull: boolean): void {
    this.resolvedNow.push([proxy, isNull]);
  }

  onResponse(value: unknown, commit: () => void): void {
    this.responses.push({ value, commit });
  }

  requireApi(api: string, location: string): void {
    this.engine.requireApi(api, location);
  }

  beforeRead(): void {
    this.engine.beforeRead();
  }

  /** Sends the queued operations; loaded values and null-object flags arrive if all succeed. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.responses = [];
    this.resolvedNow = [];
    this.engine.execute({ json: this.requestJson(actions), actions });
    this.engine.checkResponse(JSON.stringify(this.responses.map((r) => r.value)));
    for (const r of this.responses) r.commit();
    for (const [proxy, isNull] of this.resolvedNow) proxy._commitNull(isNull);
    return passThroughValue as T;
  }

  /**
   * The request as Office.js sends it (TOOLCHAIN.md, Office facts: `{ Actions, ObjectPaths }`,
   * PascalCase names, an instantiate action per new object path): the wire size, which is
   * about twice the compact JSON of the values it carries.
   */
  private requestJson(actions: QueuedAction[]): string {
    const paths: PathJson[] = [];
    const add = (p: AnyProxy | null): void => {
      for (let q = p; q && !this.sentPaths.has(q._id); q = q._parent) {
        this.sentPaths.add(q._id);
        paths.push(q._path);
      }
    };
    for (const a of actions) add(a.owner);
    for (const p of this.referenced.values()) add(p);
    this.referenced.clear();
    return wireJson(paths, actions);
  }
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Paths and actions in the shape of Microsoft's client's request. */
export function wireJson(paths: PathJson[], actions: QueuedAction[]): string {
  let id = 0;
  const wireActions: unknown[] = paths.map((p) => ({
    Id: ++id,
    ActionType: 1,
    Name: "",
    ObjectPathId: p.i,
  }));
  for (const a of actions) {
    const { i, k, n, v } = a.json;
    if (k === "load")
      wireActions.push({
        Id: ++id,
        ActionType: 2,
        Name: "",
        ObjectPathId: i,
        QueryInfo: { Select: v },
      });
    else
      wireActions.push({
        Id: ++id,
        ActionType: k === "set" ? 4 : 3,
        Name: pascal(n),
        ObjectPathId: i,
        ArgumentInfo: { Arguments: k === "set" ? [v] : v },
      });
  }
  const objectPaths = Object.fromEntries(
    paths.map((p) => [
      p.i,
      {
        Id: p.i,
        ObjectPathType: p.p === undefined ? 1 : p.a ? 3 : 4,
        Name: pascal(p.n),
        ParentObjectPathId: p.p,
        ArgumentInfo: p.a ? { Arguments: p.a } : {},
      },
    ])
  );
  return JSON.stringify({ Actions: wireActions, ObjectPaths: objectPaths });
}

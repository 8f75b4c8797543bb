import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Script, createContext } from "node:vm";

/**
 * Microsoft's Office.js client for Excel (`@microsoft/office-js`), loaded into a Node vm
 * context whose global carries the two entry points a host provides (TOOLCHAIN.md, Office
 * facts): `OSF.DDA.RichApi.executeRichApiRequestAsync` (each `context.sync()` arrives there as
 * one JSON request) and `OSF.DDA.RichApi.richApiMessageManager` (where the client registers the
 * handler the host raises events through). Everything else — Excel.run, RequestContext,
 * ClientObject, load, sync, PropertyNotLoaded, object paths — is Microsoft's code.
 */

/** The client files the profiles load (package.json pins the package's version). */
export type ClientFile = "excel-win32-16.01.js" | "excel-web-16.00.js";

export const CLIENT_DIR = join(
  __dirname,
  "..",
  "..",
  "node_modules",
  "@microsoft",
  "office-js",
  "dist"
);

/** What the host answers: a JSON response body, or throws for a transport failure. */
export interface Transport {
  /** One request: the body Microsoft's client built, and its flags (64: delayForCellEdit). */
  request(body: string, flags: number): string;
  isSetSupported(set: string, version?: string | number): boolean;
}

/** A rich-API event message, as the host sends it to the client's registered handler. */
export interface RichApiEntry {
  messageCategory: number;
  messageType: number;
  targetId: string;
  message: string;
}

export interface LoadedClient {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  /** `Office` as this host offers it: requirement sets only. */
  Office: { context: { requirements: { isSetSupported: Transport["isSetSupported"] } } };
  /** Raises events: hands the message to the handler the client registered (if any). */
  dispatch(entries: RichApiEntry[]): boolean;
}

const scripts = new Map<ClientFile, Script>();

/** The compiled client, once per file per process: each host runs it in a context of its own. */
function script(file: ClientFile): Script {
  let s = scripts.get(file);
  if (!s) {
    s = new Script(readFileSync(join(CLIENT_DIR, file), "utf8"), { filename: file });
    scripts.set(file, s);
  }
  return s;
}

type MessageHandler = (message: { entries: RichApiEntry[] }) => void;

/** The page globals the client reads, with the realm's built-ins so values cross cleanly. */
function pageGlobal(): Record<string, unknown> {
  const g: Record<string, unknown> = {
    console: { log() {}, warn() {}, error() {}, info() {} },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    Promise,
    JSON,
    Math,
    Date,
    Error,
    TypeError,
    RangeError,
    Array,
    Object,
    String,
    Number,
    Boolean,
    RegExp,
    Map,
    Set,
    Symbol,
    navigator: { userAgent: "Mozilla/5.0 (fake-excel)", language: "zh-CN" },
    location: { href: "https://localhost/taskpane.html", protocol: "https:", host: "localhost" },
  };
  g.window = g;
  g.self = g;
  return g;
}

export function loadClient(file: ClientFile, transport: Transport): LoadedClient {
  const handlers: MessageHandler[] = [];
  const g = pageGlobal();
  const office = { context: { requirements: { isSetSupported: transport.isSetSupported } } };
  g.Office = office;
  g.OSF = {
    DDA: {
      RichApi: {
        executeRichApiRequestAsync(message: unknown[], callback: (r: unknown) => void): void {
          const body = String(message[4]);
          const flags = Number(message[6]) || 0;
          // Excel answers asynchronously; so does the host.
          Promise.resolve().then(() => {
            const response = transport.request(body, flags);
            callback({ status: "succeeded", value: { data: [200, [], response] } });
          });
        },
        richApiMessageManager: {
          register(handler: MessageHandler): Promise<void> {
            handlers.push(handler);
            return Promise.resolve();
          },
          removeHandlerAsync(
            _name: string,
            options: { handler: MessageHandler },
            callback?: (r: { status: string }) => void
          ): void {
            const i = handlers.indexOf(options.handler);
            if (i >= 0) handlers.splice(i, 1);
            callback?.({ status: "succeeded" });
          },
        },
      },
    },
  };
  createContext(g);
  script(file).runInContext(g);
  // The client may replace Office's namespace; requirement sets stay the host's answer.
  // Office.context is a fixed getter over the page's app context, which no host initialised
  // here: the page sees the client's Office with this host's requirement sets in front.
  const loadedOffice = Object.create((g.Office ?? {}) as object, {
    context: { value: office.context },
  }) as Record<string, unknown>;
  g.Office = loadedOffice;
  return {
    Excel: g.Excel as typeof Excel,
    OfficeExtension: g.OfficeExtension as typeof OfficeExtension,
    Office: loadedOffice as unknown as LoadedClient["Office"],
    dispatch(entries) {
      for (const h of handlers) h({ entries });
      return handlers.length > 0;
    },
  };
}

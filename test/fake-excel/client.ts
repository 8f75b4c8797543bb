import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Script, createContext } from "node:vm";
import type { ClientFile, LoadedClient, Transport } from "./client-shim";
import { clientOn, installShim } from "./client-shim";

/**
 * Microsoft's Office.js client for Excel (`@microsoft/office-js`), loaded into a Node vm
 * context whose global carries the host's entry points (client-shim.ts). Excel.run,
 * RequestContext, ClientObject, load, sync, PropertyNotLoaded, object paths: Microsoft's code.
 */

/** The installed package's dist folder (found from wherever this file was compiled to). */
export const CLIENT_DIR = join(
  dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist"
);

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

/** The page globals the client reads, with this realm's built-ins so values cross cleanly. */
function pageGlobal(): Record<string, unknown> {
  const quiet = () => undefined;
  const g: Record<string, unknown> = {
    console: { log: quiet, warn: quiet, error: quiet, info: quiet },
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
  const g = pageGlobal();
  const dispatch = installShim(g, transport);
  createContext(g);
  script(file).runInContext(g);
  return clientOn(g, dispatch);
}

/**
 * The browser side of the e2e test: dist/ on a local http server, Debian's Chromium through
 * playwright-core (never a downloaded browser), and the pane opened over the fake Excel, which
 * is served in place of office.js so the page runs exactly as built, CSP included. Everything
 * that would embarrass us is collected as a problem: a script error, a console error, a CSP
 * violation, a dialog, a request that leaves the machine, an HTTP error.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import type { ProfileName, WorkbookState } from "../fake-excel";
import { DEFAULT_FORMAT } from "../fake-excel/styles";
import { encode } from "./codec";
import type { E2EInit } from "./fake-office";

/** The query of fake-office.js's second run (see fake-office.ts); kept apart from its bundle. */
const AFTER_CLIENT = "after-client";
/** Microsoft's client files the profiles load (test/fake-excel/profiles.ts). */
const CLIENT_FILES = ["excel-win32-16.01.js", "excel-web-16.00.js"];
const CLIENT_DIST = path.join(
  path.dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist"
);

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
export const HOST_BUNDLE = path.join(ROOT, "build", "e2e", "fake-office.js");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];
const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
};

export interface Server {
  baseUrl: string;
  close(): Promise<void>;
}

export function serve(root: string = DIST): Promise<Server> {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = path.normalize(path.join(root, urlPath));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": MIME[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        baseUrl: `http://localhost:${(server.address() as AddressInfo).port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      })
    )
  );
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

/** The office.js address the built pane loads (CDN, 21Vianet or the local copy). */
export function officeJsSource(baseUrl: string): string {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const m = /<script src="?([^" >]*office\.js)"?/.exec(html);
  if (!m) throw new Error("dist/taskpane.html loads no office.js");
  return new URL(m[1], baseUrl).toString();
}

export interface PaneOptions {
  profile: ProfileName;
  state: WorkbookState;
  displayLanguage?: string;
  /** Caps the ExcelApi version the host reports (an Excel older than the profile's). */
  excelApi?: string;
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
}

export interface OpenPane {
  page: Page;
  problems: string[];
}

/** Opens the built pane over a fake Excel holding `state`; resolves once the pane is ready. */
export async function openPane(
  browser: Browser,
  server: Server,
  options: PaneOptions
): Promise<OpenPane> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 350, height: 720 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: options.displayLanguage ?? "zh-CN",
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const officeJs = officeJsSource(server.baseUrl);
  const local = new URL(server.baseUrl).host;
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === officeJs || url === `${officeJs}?${AFTER_CLIENT}`) {
      return route.fulfill({ path: HOST_BUNDLE, contentType: "text/javascript; charset=utf-8" });
    }
    // Microsoft's client, beside office.js as Office serves it: the installed package's file.
    const client = CLIENT_FILES.find((f) => url === new URL(f, officeJs).toString());
    if (client) {
      return route.fulfill({
        path: path.join(CLIENT_DIST, client),
        contentType: "text/javascript; charset=utf-8",
      });
    }
    if (new URL(url).host !== local) {
      problems.push(`network request off this machine: ${url}`);
      return route.abort();
    }
    return route.continue();
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("dialog", (d) => {
    problems.push(`dialog ${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  const init: E2EInit = {
    profile: options.profile,
    state: encode(options.state, { DEFAULT_FORMAT }),
    displayLanguage: options.displayLanguage ?? "zh-CN",
    ...(options.excelApi ? { excelApi: options.excelApi } : {}),
  };
  await page.addInitScript((value) => {
    (window as unknown as { __jixiaoE2E: unknown }).__jixiaoE2E = value;
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)
    );
  }, init);
  await page.goto(`${server.baseUrl}taskpane.html`, { waitUntil: "load" });
  await page.waitForSelector("body[data-ready='true']", { timeout: 20000 });
  return { page, problems };
}

/** Calls a function of the test host handle in the page (see fake-office.ts). */
export function host<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([m, a]) => {
      const h = (
        window as unknown as { __jixiaoHost: Record<string, (...x: unknown[]) => unknown> }
      ).__jixiaoHost;
      return h[m as string](...(a as unknown[]));
    },
    [method, args] as const
  ) as Promise<T>;
}

/** A finding as the pane shows it. */
export interface ShownFinding {
  severity: string;
  ruleId: string;
  sheet: string;
  cell: string;
  message: string;
  expected?: string;
  actual?: string;
}

export function shownFindings(page: Page): Promise<ShownFinding[]> {
  return page.$$eval("#findings .finding", (rows) =>
    rows.map((row) => {
      const e = row as HTMLElement;
      const figure = (cls: string) => {
        const v = e.querySelector<HTMLElement>(`.figure.${cls} .figure-value`);
        return v && v.dataset.blank !== "true" ? (v.textContent ?? "") : undefined;
      };
      return {
        severity: e.dataset.severity ?? "",
        ruleId: e.dataset.rule ?? "",
        sheet: e.dataset.sheet ?? "",
        cell: e.dataset.cell ?? "",
        message: e.querySelector(".finding-message")?.textContent ?? "",
        expected: figure("expected"),
        actual: figure("actual"),
      };
    })
  );
}

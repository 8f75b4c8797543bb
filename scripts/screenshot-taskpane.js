#!/usr/bin/env node
"use strict";
/**
 * Serves dist/ on http://localhost (a random free port), opens the task pane in headless Chromium
 * at 350x600 and saves docs/screenshots/taskpane-outside-excel.png. Outside Office, office.js resolves Office.onReady
 * with host null, so the pane must say that Excel was not detected.
 *
 * Build first with a local office.js (the CDN is not reachable offline):
 *   JIXIAO_OFFICE_JS=local npx webpack --mode production && node scripts/screenshot-taskpane.js
 *
 * Exits 1 when the page throws, breaks its Content-Security-Policy, requests anything that is not
 * on localhost, or does not reach the "no Excel" state.
 */
const fs = require("fs");
const http = require("http");
const path = require("path");
const { chromium } = require("playwright-core");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const outIndex = process.argv.indexOf("--out");
const OUT =
  outIndex > 0
    ? path.resolve(process.argv[outIndex + 1])
    : path.join(ROOT, "docs", "screenshots", "taskpane-outside-excel.png");
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];
const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
};

/** A static file server for `root`; resolves to { server, baseUrl }. */
function serve(root) {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    const file = path.normalize(path.join(root, urlPath === "/" ? "taskpane.html" : urlPath));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": MIME[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, baseUrl: `http://localhost:${server.address().port}/` })
    );
  });
}

async function main() {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error(
      "dist/taskpane.html is missing: run `JIXIAO_OFFICE_JS=local npx webpack --mode production` first"
    );
  }
  if (!fs.existsSync(path.join(DIST, "office-js", "office.js"))) {
    throw new Error(
      "dist/office-js/office.js is missing: build with JIXIAO_OFFICE_JS=local (the CDN is not reachable offline)"
    );
  }
  const { server, baseUrl } = await serve(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  const problems = [];
  try {
    const page = await browser.newPage({
      viewport: { width: 350, height: 600 },
      deviceScaleFactor: 1,
      locale: "zh-CN",
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error" || /Content Security Policy/i.test(message.text())) {
        problems.push(
          `console ${message.type()}: ${message.text()} ${message.location().url || ""}`.trim()
        );
      }
    });
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol !== "data:" && url.hostname !== "localhost")
        problems.push(`network request off localhost: ${request.url()}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });

    await page.goto(`${baseUrl}taskpane.html`, { waitUntil: "load" });
    await page.waitForSelector("#status:not([data-state='loading'])", { timeout: 15000 });
    const state = await page.getAttribute("#status", "data-state");
    const status = (await page.textContent("#status")).trim();
    process.stdout.write(`status (${state}): ${status}\n`);
    if (state !== "no-excel") problems.push(`expected state no-excel outside Office, got ${state}`);
    await page.evaluate(() => document.fonts.ready);
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    await page.screenshot({ path: OUT });
    process.stdout.write(`wrote ${path.relative(process.cwd(), OUT)}\n`);
  } finally {
    await browser.close();
    server.close();
  }
  if (problems.length > 0) {
    throw new Error(`the task pane has problems:\n  ${problems.join("\n  ")}`);
  }
}

main().catch((error) => {
  process.stderr.write(`screenshot-taskpane: ${error && error.message ? error.message : error}\n`);
  process.exit(1);
});

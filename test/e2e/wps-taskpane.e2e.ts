/**
 * The task pane in WPS 表格, end to end: the built add-in (npm run build:wps) in Debian's
 * Chromium, over the fake WPS host loaded from assets/sample.xlsx and injected as
 * window.Application before the pane's script. Run by `npm run test:e2e:wps`, which builds first.
 * 校验 → a click on a finding selects its cell → 生成报告 → 导出 Word → 清除标记.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import type { Browser, Page } from "playwright-core";
import { loadXlsx } from "../fake-excel/xlsx";
import { DEFAULT_FORMAT } from "../fake-excel/styles";
import { ROOT, launch, serve, shownFindings, type Server } from "./browser";
import { encode } from "./codec";
import type { WpsE2EInit } from "./fake-wps-page";

const ADDIN = path.join(ROOT, "build", "wps", "jixiao");
const HOST = path.join(ROOT, "build", "e2e-wps", "fake-wps.js");

let server: Server;
let browser: Browser;

beforeAll(async () => {
  for (const f of [path.join(ADDIN, "taskpane.html"), HOST])
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: run npm run test:e2e:wps`);
  server = await serve(ADDIN);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPane(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 350, height: 720 },
    locale: "zh-CN",
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const local = new URL(server.baseUrl).host;
  await context.route("**/*", (route) => {
    if (new URL(route.request().url()).host !== local) {
      problems.push(`network request off this machine: ${route.request().url()}`);
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
  const init: WpsE2EInit = {
    state: encode(await loadXlsx(fs.readFileSync(path.join(ROOT, "assets", "sample.xlsx"))), {
      DEFAULT_FORMAT,
    }),
  };
  await page.addInitScript((value) => {
    (window as unknown as { __jixiaoE2E: unknown }).__jixiaoE2E = value;
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)
    );
  }, init);
  await page.addInitScript({ path: HOST });
  await page.goto(`${server.baseUrl}taskpane.html`, { waitUntil: "load" });
  await page.waitForSelector("body[data-ready='true']", { timeout: 20000 });
  return { page, problems };
}

const wps = <T>(page: Page, method: string): Promise<T> =>
  page.evaluate(
    (m) => (window as unknown as { __jixiaoWps: Record<string, () => unknown> }).__jixiaoWps[m](),
    method
  ) as Promise<T>;

async function click(page: Page, command: string): Promise<void> {
  await page.click(`[data-command='${command}']`);
  await page.waitForFunction(() => !document.body.dataset.busy, undefined, { timeout: 60000 });
}

test("WPS: 校验 lists findings and marks them; a click selects the cell; 生成报告 writes the report; 清除标记 removes the marks", async () => {
  const { page, problems } = await openPane();
  expect(await page.getAttribute("body", "data-results")).toBe("not-validated");
  expect(await page.textContent("#status")).toBe("已连接 WPS 表格。");

  // WPS has no undo grouping: the pane says so once before the first write; continue runs it.
  await page.click("[data-command='validate']");
  await page.waitForSelector("#message-continue:visible");
  await page.click("#message-continue");
  await page.waitForSelector("body[data-results='validated']", { timeout: 60000 });
  const shown = await shownFindings(page);
  expect(shown.length).toBeGreaterThan(0);
  expect(await wps<string[]>(page, "sheets")).toContain("校验结果");
  const marks = await wps<string[]>(page, "marks");
  expect(marks.length).toBeGreaterThan(0);
  expect(await wps<unknown>(page, "settings")).toEqual({
    screenUpdating: true,
    calculation: -4105,
    displayAlerts: true,
  });

  // A click on a finding selects its cell in WPS.
  const target = shown.find((f) => f.cell && f.sheet !== "校验结果")!;
  await page.click(`#findings .finding[data-sheet='${target.sheet}'][data-cell='${target.cell}']`);
  await page.waitForFunction(
    ([s, c]) => {
      const sel = (
        window as unknown as {
          __jixiaoWps: { selection(): { sheet: string; address: string } | null };
        }
      ).__jixiaoWps.selection();
      return sel !== null && sel.sheet === s && sel.address === c;
    },
    [target.sheet, target.cell]
  );
  expect(await wps<string>(page, "activeSheet")).toBe(target.sheet);

  // 生成报告: 报告, 自评表, 汇总 exist.
  await click(page, "report");
  expect(await wps<string[]>(page, "sheets")).toEqual(
    expect.arrayContaining(["报告", "自评表", "汇总"])
  );

  // 导出 Word works in WPS's Chromium: word.js loads from the add-in's folder, a .docx downloads.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-word")]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
  expect(await zip.file("word/document.xml")!.async("string")).toContain("一、基本情况");

  // 清除标记: no mark left, 校验结果 gone.
  await click(page, "clearMarks");
  await page.waitForSelector("body[data-results='not-validated']");
  expect(await wps<string[]>(page, "marks")).toEqual([]);
  expect(await wps<string[]>(page, "sheets")).not.toContain("校验结果");
  expect(problems).toEqual([]);
});

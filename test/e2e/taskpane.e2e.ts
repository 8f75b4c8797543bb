/**
 * The task pane end to end (issue 11, item 3): the built dist/ in Debian's Chromium, over the
 * fake Excel loaded from assets/sample.xlsx. Run by `npm run test:e2e`, which builds first.
 * Screenshots go to out/screenshots/, or to docs/screenshots/ with JIXIAO_SCREENSHOTS=docs.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import type { Browser, Page } from "playwright-core";
import { createWorkbook, findSheet, touchCell } from "../fake-excel/state";
import { parseA1 } from "../fake-excel/address";
import { loadXlsx } from "../fake-excel/xlsx";
import { PLACEMENTS } from "../../src/layout";
import { figuresOf, DEVELOPER_WORDS } from "../../src/taskpane/wording";
import { messageOf } from "../../src/taskpane/view-model";
import type { Severity } from "../../src/model/finding";
import {
  DIST,
  HOST_BUNDLE,
  ROOT,
  host,
  launch,
  openPane,
  serve,
  shownFindings,
  type Server,
  type ShownFinding,
} from "./browser";

interface CliFinding {
  ruleId: string;
  severity: string;
  sheet?: string;
  cell?: string;
  message: string;
  messageEn: string;
  expected?: string;
  actual?: string;
}

const SHOTS =
  process.env.JIXIAO_SCREENSHOTS === "docs"
    ? path.join(ROOT, "docs", "screenshots")
    : path.join(ROOT, "out", "screenshots");
const REPORT_SHEETS = ["报告", "自评表", "汇总", "_jixiao_report"];

let server: Server;
let browser: Browser;
let sampleBytes: Buffer;
let cli: CliFinding[];
const pages: Page[] = [];

/** The sample as the fake Excel holds it, freshly loaded (a test may change its copy). */
const sample = () => loadXlsx(sampleBytes);

async function open(options: Parameters<typeof openPane>[2]) {
  const pane = await openPane(browser, server, options);
  pages.push(pane.page);
  return pane;
}

/** A CLI finding as the pane words it (src/taskpane/wording: units, limits, no bare minus). */
const cliKey = (f: CliFinding, en = false): string => {
  const locale = en ? "en-US" : "zh-CN";
  const recorded = {
    ...f,
    severity: f.severity as Severity,
    expected: f.expected || undefined,
    actual: f.actual || undefined,
  };
  const figures = figuresOf(recorded, locale);
  return JSON.stringify([
    f.severity,
    f.ruleId,
    f.sheet ?? "",
    f.cell ?? "",
    messageOf(recorded, locale),
    figures.expected?.value,
    figures.actual?.value,
  ]);
};

/** The pane's whole visible text has none of the words meant for developers. */
async function developerWordsShown(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return DEVELOPER_WORDS.filter((w) => w.test(text)).map(String);
}

/** Numbers in the verdict line, filter buttons and group headings, and rows per group. */
async function countsShown(page: Page) {
  return page.evaluate(() => {
    const number = (text: string | null) => Number(/\d+/.exec(text ?? "")?.[0] ?? NaN);
    const byKind = (selector: string, text: (e: Element) => string | null) =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>(selector)].map((e) => [
          e.dataset.kind,
          number(text(e)),
        ])
      );
    return {
      verdict: document.getElementById("verdict")!.textContent ?? "",
      chips: byKind(".chip", (e) => e.textContent),
      headings: byKind("#findings .group", (e) => e.querySelector(".group-label")!.textContent),
      rows: byKind("#findings .group", (e) => String(e.querySelectorAll(".finding").length)),
    };
  });
}
const shownKey = (f: ShownFinding): string =>
  JSON.stringify([f.severity, f.ruleId, f.sheet, f.cell, f.message, f.expected, f.actual]);

async function click(page: Page, command: string): Promise<void> {
  await page.click(`[data-command='${command}']`);
  await page.waitForFunction(() => !document.body.dataset.busy, undefined, { timeout: 60000 });
}

/**
 * Numbers to 9 decimals: formulas recalculated after a run give binary floating-point results
 * (101.03999999999999) where the file cached the decimal figure, as Excel itself does.
 */
function rounded(value: unknown): unknown {
  if (typeof value === "number") return Math.round(value * 1e9) / 1e9 + 0;
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

/** The digest without the sheets (and their names) that 生成报告 writes. */
function withoutReport(d: unknown): unknown {
  const digest = d as { sheets: { name: string }[]; names: { ref: { sheet: string } | null }[] };
  return {
    sheets: digest.sheets.filter((s) => !REPORT_SHEETS.includes(s.name)),
    names: digest.names.filter((n) => !n.ref || !REPORT_SHEETS.includes(n.ref.sheet)),
  };
}

beforeAll(async () => {
  for (const f of [path.join(DIST, "taskpane.html"), path.join(DIST, "taskpane.js"), HOST_BUNDLE]) {
    if (!fs.existsSync(f))
      throw new Error(`${f} is missing: run npm run test:e2e (it builds first)`);
  }
  sampleBytes = fs.readFileSync(path.join(ROOT, "assets", "sample.xlsx"));
  const run = spawnSync(
    process.execPath,
    ["bin/jixiao.js", "validate", "--json", "assets/sample.xlsx"],
    { cwd: ROOT, encoding: "utf8" }
  );
  expect(run.status).toBe(1); // the sample has errors: that is the point of it
  cli = JSON.parse(run.stdout) as CliFinding[];
  expect(cli.length).toBeGreaterThan(0);
  server = await serve();
  browser = await launch();
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.context().close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("a blank workbook: the empty state says to start with 插入模板, which inserts the template", async () => {
  const { page, problems } = await open({ profile: "m365", state: createWorkbook() });
  expect(await page.getAttribute("body", "data-results")).toBe("no-template");
  expect(await page.textContent("#empty-title")).toBe("从模板开始");
  expect(await page.textContent("#empty-text")).toContain("插入模板");
  expect(await page.isVisible("#results")).toBe(false);
  // 导出 Word sits beside 生成报告; nothing in the pane speaks of the command line.
  expect(await page.$eval("[data-command='report']", (b) => b.nextElementSibling?.id ?? null)).toBe(
    "export-word"
  );
  expect(await page.isVisible("#export-word")).toBe(true);
  expect(await developerWordsShown(page)).toEqual([]);
  await shot(page, "taskpane-zh-start.png");
  await click(page, "insertTemplate");
  expect(await host<string[]>(page, "sheets")).toEqual(
    expect.arrayContaining(["Sheet1", "填表说明", "基本信息", "支出汇总", "评分"])
  );
  await page.waitForSelector("body[data-results='not-validated']");
  expect(await page.textContent("#empty-title")).toBe("尚未校验");
  expect(problems).toEqual([]);
});

test("the sample: 校验 lists the CLI's findings; a click selects the cell; 清除标记 restores the workbook; the report's sheets are all 清除标记 leaves", async () => {
  const { page, problems } = await open({ profile: "m365", state: await sample() });
  const original = await host<unknown>(page, "digest");

  // Not validated yet: the empty state tells what to do.
  expect(await page.getAttribute("body", "data-results")).toBe("not-validated");
  expect(await page.isVisible("#empty")).toBe(true);
  expect(await page.textContent("#empty-text")).toContain("校验");
  // Microsoft 365 has undo grouping: no undo-history notice.
  await click(page, "validate");
  expect(await page.isVisible("#message-continue")).toBe(false);

  // The same findings as `jixiao validate --json` on the same file.
  await page.waitForSelector("body[data-results='validated']");
  const shown = await shownFindings(page);
  expect(shown.map(shownKey).sort()).toEqual(cli.map((f) => cliKey(f)).sort());
  const errors = cli.filter((f) => f.severity === "error").length;
  const warnings = cli.filter((f) => f.severity === "warning").length;
  const infos = cli.filter((f) => f.severity === "info").length;
  // The sample's prose has the seed's own slips: the proofreading's 提示 are counted too.
  expect(infos).toBeGreaterThan(0);
  expect(await page.textContent("#verdict")).toBe(
    `${errors} 个错误、${warnings} 个警告、${infos} 个提示`
  );
  expect(await page.getAttribute("#verdict", "data-tone")).toBe("error");
  expect(await page.textContent("#score .score-line")).toMatch(/^评分不完整：已计 [\d.]+ 分$/);
  // What each count counts: figures (data) on the 评分 sheet, indicators in the grade finding.
  expect(await page.textContent("#score .missing summary")).toMatch(
    /^缺少 \d+ 项数据，\d+ 项指标因此未计分$/
  );
  const grade = page.locator("#findings .finding[data-rule='grade-supported']");
  expect(await grade.locator(".figure.actual").textContent()).toMatch(/^实为\d+ 项指标缺少数据$/);
  // 应为 carries its unit; a limit reads 应 < 130%; a difference has no bare minus sign.
  const total = page.locator("#findings .finding[data-rule='total-expenditure']");
  expect(await total.locator(".figure.expected").textContent()).toBe("应为234.98 万元");
  expect(await total.locator(".finding-message").textContent()).toContain("（少 8.00 万元）");
  const tooLow = page.locator("#findings .finding[data-rule='indicator-target-too-low']").first();
  expect(await tooLow.locator(".figure.expected").textContent()).toBe("应< 130%");
  expect(
    await page.$$eval("#findings .finding-message", (m) =>
      m.map((e) => e.textContent ?? "").filter((t) => /相差 [-−]|\s[-−]\d/.test(t))
    )
  ).toEqual([]);
  expect(await developerWordsShown(page)).toEqual([]);
  // Grouped by severity, then sheet.
  expect(
    await page.$$eval("#findings .group", (g) => g.map((e) => (e as HTMLElement).dataset.severity))
  ).toEqual(["error", "warning", "info"]);
  // The fake workbook holds the marks and the 校验结果 sheet.
  expect(await host<string[]>(page, "sheets")).toContain("校验结果");
  const marks = await host<string[]>(page, "marks");
  expect(marks).toEqual(expect.arrayContaining(cli.map((f) => `${f.sheet}!${f.cell}`)));
  // 校验 from the pane stays on the user's sheet.
  expect(await host<string>(page, "activeSheet")).not.toBe("校验结果");

  // A click on a finding selects its cell.
  const target = cli.find((f) => f.severity === "warning")!;
  await page.click(`#findings .finding[data-sheet='${target.sheet}'][data-cell='${target.cell}']`);
  await page.waitForFunction(
    ([s, c]) => {
      const sel = (
        window as unknown as {
          __jixiaoHost: { selection(): { sheet: string; address: string } | null };
        }
      ).__jixiaoHost.selection();
      return sel !== null && sel.sheet === s && sel.address === c;
    },
    [target.sheet, target.cell]
  );
  expect(await host<string>(page, "activeSheet")).toBe(target.sheet);
  // The finding gone to is marked as current, and only it.
  const current = () =>
    page.$$eval("#findings .finding[aria-current='true']", (rows) =>
      rows.map((r) => (r as HTMLElement).dataset.cell)
    );
  expect(await current()).toEqual([target.cell]);
  // Keyboard: the next finding is one arrow away, and Enter selects it.
  await page.keyboard.press("ArrowDown");
  const next = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cell);
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    (c) =>
      (
        window as unknown as { __jixiaoHost: { selection(): { address: string } | null } }
      ).__jixiaoHost.selection()?.address === c,
    next
  );
  expect(await current()).toEqual([next]);
  await shot(page, "taskpane-zh-validated.png", { scrollTop: true });
  await page.locator("#findings .finding[aria-current='true']").scrollIntoViewIfNeeded();
  await shot(page, "taskpane-zh-current.png");

  // 清除标记: the marks are gone and the workbook equals the original.
  await click(page, "clearMarks");
  await page.waitForSelector("body[data-results='not-validated']");
  expect(await host<string[]>(page, "marks")).toEqual([]);
  expect(rounded(await host<unknown>(page, "digest"))).toEqual(rounded(original));

  // 校验 again, then 生成报告: 报告, 自评表, 汇总 exist; 清除标记 leaves only them behind.
  await click(page, "validate");
  await page.waitForSelector("body[data-results='validated']");
  await click(page, "report");
  expect(await host<string[]>(page, "sheets")).toEqual(
    expect.arrayContaining(["报告", "自评表", "汇总"])
  );
  expect(await host<string>(page, "activeSheet")).toBe("报告");
  // 生成报告 says what it did, and how many errors keep the report a draft.
  expect(await messageBox(page)).toMatchObject({
    role: "status",
    tone: "info",
    text: `报告已生成（草稿：仍有 ${errors} 个错误）。`,
  });
  await shot(page, "taskpane-zh-report.png", { scrollTop: true });
  // Its link goes back to the 报告 sheet from wherever the user went.
  await host(page, "activate", "基本信息");
  expect(await page.textContent("#message-link")).toBe("查看“报告”工作表");
  await page.click("#message-link");
  await page.waitForFunction(
    () =>
      (
        window as unknown as { __jixiaoHost: { activeSheet(): string | null } }
      ).__jixiaoHost.activeSheet() === "报告"
  );
  // Esc closes the message.
  await page.keyboard.press("Escape");
  expect(await page.isVisible("#message")).toBe(false);
  await click(page, "clearMarks");
  await page.waitForSelector("body[data-results='not-validated']");
  expect(await host<string[]>(page, "marks")).toEqual([]);
  expect(rounded(withoutReport(await host<unknown>(page, "digest")))).toEqual(
    rounded(withoutReport(original))
  );
  expect(problems).toEqual([]);
});

test("导出 Word: refused before 生成报告; afterwards a .docx of the 报告 sheet as edited, draft while errors remain", async () => {
  const { page, problems } = await open({ profile: "m365", state: await sample() });
  // The Word renderer is not part of the first load: word.js is fetched when a .docx is made.
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
  });
  await page.click("#export-word");
  await page.waitForSelector("#message[data-tone='error']");
  expect(await page.textContent("#message-text")).toContain("请先生成报告");
  expect(scripts.filter((s) => s.endsWith("/word.js"))).toEqual([]);

  await click(page, "report");
  const paragraph = await host<string | null>(page, "findText", "报告", "按照区财政局");
  expect(paragraph).not.toBeNull();
  const edited = "　　本单位按照区财政局的通知，报告整体支出绩效自评情况如下（用户修改）：";
  await host(page, "type", "报告", paragraph, edited);

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-word")]);
  expect(download.suggestedFilename()).toBe("部门整体支出绩效自评报告.docx");
  const file = await download.path();
  const zip = await JSZip.loadAsync(fs.readFileSync(file!));
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(scripts.filter((s) => s.endsWith("/word.js"))).toHaveLength(1);
  expect(xml).toContain("（用户修改）");
  expect(xml).not.toContain("按照区财政局关于绩效评价文件要求");
  expect(xml).toContain("<w:tblHeader/>");
  // The sample has errors: the header carries the 草稿 watermark and the message says why.
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/header\d*\.xml$/.test(n))
      .map((n) => zip.file(n)!.async("string"))
  );
  expect(headers.join("")).toContain("草稿");
  expect(await page.textContent("#message-text")).toMatch(/已导出 Word 文件.*草稿/);
  await shot(page, "taskpane-zh-word.png");
  expect(problems).toEqual([]);
});

test("filters: by severity, by text and by sheet; the list says how many it shows", async () => {
  const { page, problems } = await open({ profile: "web", state: await sample() });
  await click(page, "validate");
  await page.waitForSelector("body[data-results='validated']");
  const all = (await shownFindings(page)).length;
  await page.click(".chip[data-severity='error']");
  expect(await page.getAttribute(".chip[data-severity='error']", "aria-pressed")).toBe("false");
  const withoutErrors = await shownFindings(page);
  expect(withoutErrors.every((f) => f.severity !== "error")).toBe(true);
  expect(await page.textContent("#shown")).toBe(`显示 ${withoutErrors.length} / ${all} 条`);
  await page.click(".chip[data-severity='error']");
  await page.fill("#filter-text", "K6");
  expect((await shownFindings(page)).map((f) => f.cell)).toEqual(["K6"]);
  await page.fill("#filter-text", "没有这样的问题");
  expect(await shownFindings(page)).toEqual([]);
  expect(await page.isVisible("#no-match")).toBe(true);
  await page.fill("#filter-text", "");
  await page.selectOption("#filter-sheet", "绩效指标");
  const bySheet = await shownFindings(page);
  expect(bySheet.length).toBeGreaterThan(0);
  expect(bySheet.every((f) => f.sheet === "绩效指标")).toBe(true);
  expect(problems).toEqual([]);
});

test("the pane shows what the workbook records: on opening, and when the ribbon's 校验 activates its sheet", async () => {
  const first = await open({ profile: "ltsc2024", state: await sample() });
  expect(await first.page.getAttribute("body", "data-results")).toBe("not-validated");
  expect(await host<number>(first.page, "listeners")).toBe(1);
  // The ribbon's 校验 (its own runtime) ends on 校验结果; the pane follows.
  const shown = await host<unknown[]>(first.page, "ribbon", "validate");
  expect(shown).toEqual([]);
  expect(await host<string>(first.page, "activeSheet")).toBe("校验结果");
  await first.page.waitForSelector("body[data-results='validated']");
  expect((await shownFindings(first.page)).map(shownKey).sort()).toEqual(
    cli.map((f) => cliKey(f)).sort()
  );
  // A user's click on a sheet tab with nothing new leaves the list as it is (focus kept).
  await first.page.focus("#filter-text");
  await host(first.page, "activate", "基本信息");
  await first.page.waitForTimeout(300);
  expect(await first.page.evaluate(() => document.activeElement?.id)).toBe("filter-text");
  // The ribbon's 清除标记 activates nothing; the next activation shows the cleared state.
  await host(first.page, "ribbon", "clearMarks");
  await host(first.page, "activate", "支出汇总");
  await first.page.waitForSelector("body[data-results='not-validated']");
  expect(first.problems).toEqual([]);
});

test("display language en-US: the pane in English, findings in English", async () => {
  const { page, problems } = await open({
    profile: "m365",
    state: await sample(),
    displayLanguage: "en-US",
  });
  expect(await page.getAttribute("html", "lang")).toBe("en-US");
  expect(await page.textContent("[data-command='validate']")).toBe("Validate");
  expect(await page.textContent("[data-command='insertTemplate']")).toBe("Insert template");
  expect(await page.textContent("#empty-title")).toBe("Not validated yet");
  await click(page, "validate");
  await page.waitForSelector("body[data-results='validated']");
  const shown = await shownFindings(page);
  expect(shown.map(shownKey).sort()).toEqual(cli.map((f) => cliKey(f, true)).sort());
  expect(await page.textContent("#verdict")).toMatch(/^\d+ errors?, \d+ warnings?, \d+ notes?$/);
  const figureLabel = (rule: string) =>
    page.textContent(`#findings .finding[data-rule='${rule}'] .figure.expected .figure-label`);
  expect(await figureLabel("total-expenditure")).toBe("Expected");
  expect(await figureLabel("fiscal-within-actual")).toBe("Should be");
  // No Chinese of the pane's own: Chinese only as workbook data (sheet names and places, the
  // 评分 sheet's words and names marked lang="zh-CN", labels the rules quote in a message).
  const chinese = await page.evaluate(() => {
    const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
    const data = "[lang='zh-CN'], .place, .sheet-name, option, .finding-message, .explanation";
    const walker = document.createTreeWalker(document.querySelector(".app")!, NodeFilter.SHOW_TEXT);
    const left: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement!;
      if (!cjk.test(n.textContent ?? "") || parent.closest(data)) continue;
      if (parent.closest("[hidden]") || parent.offsetParent === null) continue;
      left.push(n.textContent ?? "");
    }
    return left;
  });
  expect(chinese).toEqual([]);
  // Amounts in the messages and figures carry English units.
  expect(
    (await shownFindings(page)).filter((f) =>
      [f.message, f.expected ?? "", f.actual ?? ""].some((t) => t.includes("万元"))
    )
  ).toEqual([]);
  await shot(page, "taskpane-en.png", { scrollTop: true });
  expect(problems).toEqual([]);
});

test("LTSC 2021 (no notes, no undo grouping): the undo notice once, with a way out; every finding shown", async () => {
  const { page, problems } = await open({ profile: "ltsc2021", state: await sample() });
  const original = await host<unknown>(page, "digest");
  await page.click("[data-command='validate']");
  await page.waitForSelector("#message-continue:visible");
  expect(await page.textContent("#message-text")).toContain("撤销记录会被清空");
  expect(await page.getAttribute("#message", "role")).toBe("alert");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("message-continue");
  // Cancel: nothing written, and the notice comes again next time.
  await page.click("#message-cancel");
  expect(await host<unknown>(page, "digest")).toEqual(original);
  expect(await page.evaluate(() => localStorage.getItem("jixiao.notice.undoHistory"))).toBeNull();
  // Esc closes the notice as 取消 does.
  await page.click("[data-command='validate']");
  await page.waitForSelector("#message-continue:visible");
  await page.keyboard.press("Escape");
  expect(await page.isVisible("#message")).toBe(false);
  expect(await page.evaluate(() => document.body.dataset.busy ?? "")).toBe("");
  expect(await host<unknown>(page, "digest")).toEqual(original);
  expect(await page.evaluate(() => localStorage.getItem("jixiao.notice.undoHistory"))).toBeNull();

  // Validated from the ribbon meanwhile: the pane lists every finding, without notes.
  await host(page, "ribbon", "validate");
  await page.waitForSelector("body[data-results='validated']");
  expect((await shownFindings(page)).map(shownKey).sort()).toEqual(
    cli.map((f) => cliKey(f)).sort()
  );
  const digest = (await host<{ sheets: { notes: unknown[] }[] }>(page, "digest")).sheets;
  expect(digest.flatMap((s) => s.notes)).toEqual([]);

  // The pane's first write still asks first; continue runs it.
  await page.click("[data-command='report']");
  await page.waitForSelector("#message-continue:visible");
  await shot(page, "taskpane-ltsc2021.png", { scrollTop: true, keepFocus: true });
  await page.click("#message-continue");
  await page.waitForFunction(() => !document.body.dataset.busy);
  expect(await host<string[]>(page, "sheets")).toEqual(expect.arrayContaining(["报告"]));
  // The ribbon's key: the commands will not show it again either.
  expect(await page.evaluate(() => localStorage.getItem("jixiao.notice.undoHistory"))).toBe("1");

  // Once only: 校验 from the pane runs at once and lists every finding.
  await click(page, "validate");
  expect(await page.isVisible("#message-continue")).toBe(false);
  await page.waitForSelector("body[data-results='validated']");
  expect((await shownFindings(page)).map(shownKey).sort()).toEqual(
    cli.map((f) => cliKey(f)).sort()
  );
  expect(problems).toEqual([]);
});

test("生成报告 before any 校验: validates first, then says the report is a draft and why", async () => {
  const { page, problems } = await open({ profile: "m365", state: await sample() });
  expect(await page.getAttribute("body", "data-results")).toBe("not-validated");
  await click(page, "report");
  await page.waitForSelector("body[data-results='validated']");
  const errors = cli.filter((f) => f.severity === "error").length;
  expect(await messageBox(page)).toMatchObject({
    role: "status",
    text: `工作簿尚未校验，已先校验。报告已生成（草稿：仍有 ${errors} 个错误）。`,
  });
  expect((await shownFindings(page)).length).toBe(cli.length);
  expect(await host<string[]>(page, "sheets")).toEqual(
    expect.arrayContaining(["校验结果", "报告"])
  );
  await shot(page, "taskpane-zh-report-first.png", { scrollTop: true });

  // When that 校验 fails, no report is written and the message says why.
  const other = await open({ profile: "m365", state: await sample() });
  await failNextRuns(other.page, "AccessDenied", 1);
  await click(other.page, "report");
  const box = await messageBox(other.page);
  expect(box).toMatchObject({ role: "alert", tone: "error", details: "详细信息：AccessDenied" });
  expect(box.text).toMatch(/^报告没有生成，因为生成报告前要先校验。“校验”未能完成。/);
  expect(await host<string[]>(other.page, "sheets")).not.toContain("报告");
  expect(problems).toEqual([]);
  expect(other.problems.filter((p) => !p.includes("Excel 拒绝"))).toEqual([]);
});

test("counts agree: the verdict, the filter buttons and the headings count an explained warning once", async () => {
  const { page, problems } = await open({ profile: "m365", state: await sample() });
  await click(page, "validate");
  await page.waitForSelector("body[data-results='validated']");
  // Explain one warning in the pane; it is written to 校验结果 and read back as explained.
  const item = page
    .locator("#findings li")
    .filter({ has: page.locator(".finding[data-kind='warning']") })
    .first();
  const cell = await item.locator(".finding").getAttribute("data-cell");
  await item.locator("details.explain summary").click();
  await item.locator("textarea.explain-text").fill("本年新增培训任务，目标按年初计划填报");
  await item.locator("button.explain-save").click();
  await page.waitForSelector("#findings .finding[data-kind='explained']");
  const errors = cli.filter((f) => f.severity === "error").length;
  const warnings = cli.filter((f) => f.severity === "warning").length - 1;
  const infos = cli.filter((f) => f.severity === "info").length;
  const counts = await countsShown(page);
  expect(counts.verdict).toBe(
    `${errors} 个错误、${warnings} 个警告、${infos} 个提示（已说明 1 个）`
  );
  const expected = { error: errors, warning: warnings, info: infos, explained: 1 };
  expect(counts.chips).toEqual(expected);
  expect(counts.headings).toEqual(expected);
  expect(counts.rows).toEqual(expected);
  expect(
    await page.getAttribute(
      `#findings .finding[data-kind='explained'][data-cell='${cell}']`,
      "data-cell"
    )
  ).toBe(cell);
  // The explained button filters exactly those.
  await page.click(".chip[data-kind='explained']");
  expect((await countsShown(page)).rows).toEqual({ error: errors, warning: warnings, info: infos });
  await page.click(".chip[data-kind='explained']");
  await page.locator("#findings .group[data-kind='explained']").scrollIntoViewIfNeeded();
  await shot(page, "taskpane-zh-explained.png");
  expect(problems).toEqual([]);
});

test("the list knows it is stale: a listed cell the user edits is greyed until the next 校验", async () => {
  const { page, problems } = await open({ profile: "m365", state: await sample() });
  expect(await host<number>(page, "changeListeners")).toBe(1);
  await click(page, "validate");
  await page.waitForSelector("body[data-results='validated']");
  // The user corrects the stated total (支出汇总!H8, the total-expenditure error).
  const target = cli.find((f) => f.ruleId === "total-expenditure")!;
  await host(page, "type", target.sheet, target.cell, "234.98");
  const row = `#findings .finding[data-sheet='${target.sheet}'][data-cell='${target.cell}']`;
  await page.waitForSelector(`${row}[data-stale='true']`);
  expect(await page.textContent(`${row} .stale-note`)).toBe("已修改，请重新校验");
  // Only the findings at that cell.
  expect(
    await page.$$eval("#findings .finding[data-stale='true']", (rows) =>
      rows.map((r) => `${(r as HTMLElement).dataset.sheet}!${(r as HTMLElement).dataset.cell}`)
    )
  ).toEqual(
    cli
      .filter((f) => f.sheet === target.sheet && f.cell === target.cell)
      .map((f) => `${f.sheet}!${f.cell}`)
  );
  // An input cell nobody lists changes nothing.
  const listed = new Set(cli.map((f) => `${f.sheet}!${f.cell}`));
  const free = [...PLACEMENTS.fields.values()].find(
    (p) => p.sheet === target.sheet && !listed.has(`${p.sheet}!${p.address}`)
  )!;
  await host(page, "type", free.sheet, free.address, "1");
  await page.waitForTimeout(300);
  expect(await page.locator("#findings .finding[data-stale='true']").count()).toBe(1);
  await page.locator(row).scrollIntoViewIfNeeded();
  await shot(page, "taskpane-zh-stale.png");
  // 校验 again: the list is current (the corrected total is no longer an error).
  await click(page, "validate");
  await page.waitForSelector("body[data-results='validated']");
  expect(await page.locator("#findings .finding[data-stale='true']").count()).toBe(0);
  expect(await page.locator(`${row}[data-rule='total-expenditure']`).count()).toBe(0);
  expect(problems).toEqual([]);
});

test("a cell holding markup shows as text and runs nothing", async () => {
  const payload = "<img src=x onerror=alert(1)>";
  const state = await sample();
  const where = PLACEMENTS.fields.get("jx_peopleRetired")!;
  const rect = parseA1(where.address)!;
  const cell = touchCell(findSheet(state, where.sheet)!, rect.r0, rect.c0);
  cell.value = payload;
  delete cell.formula;
  const { page, problems } = await open({ profile: "m365", state });
  await page.evaluate(() => {
    (window as unknown as { pwned: boolean }).pwned = false;
    window.alert = () => {
      (window as unknown as { pwned: boolean }).pwned = true;
    };
  });
  await click(page, "validate");
  await page.waitForSelector("body[data-results='validated']");
  const row = page
    .locator(`#findings .finding[data-sheet='${where.sheet}'][data-cell='${where.address}']`)
    .first();
  expect(await row.textContent()).toContain(payload);
  expect(await page.locator("#findings img").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(false);
  expect(problems).toEqual([]); // no dialog, no request for "x"
});

test("Excel below the manifest's floor (ExcelApi 1.14): a clear Chinese message, no buttons", async () => {
  const { page, problems } = await open({
    profile: "ltsc2021",
    state: await sample(),
    excelApi: "1.13",
  });
  expect(await page.getAttribute("#status", "data-state")).toBe("old-excel");
  expect(await page.textContent("#status")).toContain("此版本的 Excel 不支持本加载项");
  expect(await page.isVisible("#toolbar")).toBe(false);
  expect(await developerWordsShown(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test("200% zoom: a pane 350 px wide still fits its width, every button and finding readable", async () => {
  const { page, problems } = await open({
    profile: "m365",
    state: await sample(),
    viewport: { width: 175, height: 400 },
    deviceScaleFactor: 2,
  });
  await click(page, "validate");
  await page.waitForSelector("body[data-results='validated']");
  const overflow = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    clipped: [...document.querySelectorAll<HTMLElement>("button, .finding-message, .verdict")]
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent),
  }));
  expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
  expect(overflow.clipped).toEqual([]);
  expect(problems).toEqual([]);
});

async function shot(
  page: Page,
  name: string,
  options: { scrollTop?: boolean; keepFocus?: boolean } = {}
) {
  if (options.scrollTop) await page.evaluate(() => window.scrollTo(0, 0));
  if (!options.keepFocus)
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => document.fonts.ready);
  // What a person sees in a pane beside the workbook: the window, not the whole scroll height.
  await page.screenshot({ path: path.join(SHOTS, name) });
}

/** The next `count` Excel.run calls fail as Excel fails them, with an error code. */
async function failNextRuns(page: Page, code: string, count = 1): Promise<void> {
  await page.evaluate(
    ([failing, times]) => {
      const excel = (window as unknown as { Excel: { run: (...a: unknown[]) => unknown } }).Excel;
      const run = excel.run;
      let left = times;
      excel.run = (...args: unknown[]) => {
        if (left-- > 0)
          return Promise.reject(Object.assign(new Error("Excel 拒绝"), { code: failing }));
        return run(...args);
      };
    },
    [code, count] as const
  );
}

/** The message box as a user and a screen reader meet it. */
async function messageBox(page: Page) {
  await page.waitForSelector("#message:not([hidden])");
  return page.evaluate(() => {
    const box = document.getElementById("message")!;
    const details = document.getElementById("message-details")!;
    return {
      role: box.getAttribute("role"),
      tone: box.dataset.tone,
      text: document.getElementById("message-text")!.textContent ?? "",
      details: details.hidden ? null : details.textContent,
      colour: getComputedStyle(box).borderLeftColor,
      detailsSmaller:
        parseFloat(getComputedStyle(details).fontSize) <
        parseFloat(getComputedStyle(document.getElementById("message-text")!).fontSize),
    };
  });
}

const ERROR_RED = "rgb(192, 0, 0)"; // --error in taskpane.css

test("a command that fails is an error: plain words first, Excel's code apart in the details line", async () => {
  const { page, problems } = await open({ profile: "m365", state: await sample() });
  // Validated first, so 生成报告 runs its own write rather than 校验 before it.
  await click(page, "validate");
  await page.waitForSelector("body[data-results='validated']");
  for (const [command, label] of [
    ["validate", "校验"],
    ["report", "生成报告"],
    ["clearMarks", "清除标记"],
    ["insertTemplate", "插入模板"],
  ] as const) {
    await failNextRuns(page, "AccessDenied");
    await click(page, command);
    const box = await messageBox(page);
    expect(box).toMatchObject({ role: "alert", tone: "error", colour: ERROR_RED });
    expect(box.text.startsWith(`“${label}”未能完成。`)).toBe(true);
    expect(box.text).not.toContain("AccessDenied");
    expect(box.details).toBe("详细信息：AccessDenied");
    expect(box.detailsSmaller).toBe(true);
  }
  await shot(page, "taskpane-zh-error.png", { scrollTop: true });
  // A result that is not a failure stays a status, with no details line (the second 清除标记
  // finds nothing to clear and says so).
  await click(page, "clearMarks");
  await click(page, "clearMarks");
  expect(await messageBox(page)).toMatchObject({ role: "status", tone: "info", details: null });
  // The only console errors are the pane logging the failures it was made to meet.
  expect(problems.filter((p) => !p.includes("Excel 拒绝"))).toEqual([]);
});

test("en-US: a failure and a failed read of the results, as errors with the code apart", async () => {
  const { page, problems } = await open({
    profile: "m365",
    state: await sample(),
    displayLanguage: "en-US",
  });
  await failNextRuns(page, "GeneralException");
  await click(page, "validate");
  let box = await messageBox(page);
  expect(box).toMatchObject({ role: "alert", tone: "error", details: "Details: GeneralException" });
  expect(box.text).toMatch(/^Validate did not finish\. /);
  // Reading what the workbook records fails (the user clicks a sheet tab): an error too.
  await failNextRuns(page, "ItemNotFound");
  const active = await host<string>(page, "activeSheet");
  const other = (await host<string[]>(page, "sheets")).find((n) => n !== active)!;
  await host(page, "activate", other);
  await page.waitForSelector("#message-details:has-text('ItemNotFound')");
  box = await messageBox(page);
  expect(box).toMatchObject({ role: "alert", tone: "error", details: "Details: ItemNotFound" });
  expect(box.text).toMatch(/^The results recorded in the workbook could not be read\./);
  expect(problems.filter((p) => !p.includes("Excel 拒绝"))).toEqual([]);
});

test("校验 that could not write into a password-protected sheet: an error naming the sheet; a plain result stays a status", async () => {
  const state = await sample();
  const scoring = findSheet(state, "评分")!;
  scoring.protection = { ...scoring.protection, protected: true, password: "1234" };
  const { page, problems } = await open({ profile: "m365", state });
  await click(page, "validate");
  const box = await messageBox(page);
  expect(box).toMatchObject({ role: "alert", tone: "error", colour: ERROR_RED, details: null });
  expect(box.text).toMatch(/^校验已完成，但工作表“评分”设置了保护密码/);
  // Unprotected, the same sheet gives no message at all: nothing fell short.
  const free = await open({ profile: "m365", state: await sample() });
  await click(free.page, "validate");
  await free.page.waitForSelector("body[data-results='validated']");
  expect(await free.page.isVisible("#message")).toBe(false);
  expect(problems).toEqual([]);
  expect(free.problems).toEqual([]);
});

test("清除标记 that could not clear a sheet locked meanwhile: an error that says where", async () => {
  const { page, problems } = await open({ profile: "m365", state: await sample() });
  await click(page, "validate");
  const marked = (await host<string[]>(page, "marks"))[0].split("!")[0];
  await page.evaluate(async (sheet) => {
    await Excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItem(sheet).protection;
      protection.load("protected");
      await context.sync();
      if (protection.protected) protection.unprotect(); // the template's, with no password
      protection.protect(undefined, "1234");
      await context.sync();
    });
  }, marked);
  await click(page, "clearMarks");
  const box = await messageBox(page);
  expect(box).toMatchObject({ role: "alert", tone: "error", details: null });
  expect(box.text).toMatch(/^标记已清除，但以下位置未能清除：/);
  expect(box.text).toContain(marked);
  expect(problems).toEqual([]);
});

test("导出 Word failing midway: an error in plain words, the code apart", async () => {
  const { page, problems } = await open({ profile: "m365", state: await sample() });
  await click(page, "report");
  await failNextRuns(page, "AccessDenied");
  await page.click("#export-word");
  await page.waitForSelector("#message[data-tone='error']");
  const box = await messageBox(page);
  expect(box).toMatchObject({ role: "alert", details: "详细信息：AccessDenied" });
  expect(box.text).toMatch(/^未能导出 Word 文件。/);
  expect(box.text).not.toContain("已导出");
  expect(problems.filter((p) => !p.includes("Excel 拒绝"))).toEqual([]);
});

/**
 * Opens the pane as Excel for Mac reports itself (Office.context.platform "Mac"): the fake's
 * Office is given the platform as it is put on the page.
 */
async function openOnMac(options: Parameters<typeof openPane>[2]) {
  const mac = new Proxy(browser, {
    get(target, key) {
      if (key === "newContext")
        return async (...args: Parameters<Browser["newContext"]>) => {
          const context = await target.newContext(...args);
          await context.addInitScript(() => {
            let office: { context: Record<string, unknown>; PlatformType?: unknown } | undefined;
            // Microsoft's client sets window.Office before its context exists: set the
            // platform when the page reads it.
            Object.defineProperty(window, "Office", {
              configurable: true,
              get: () => {
                if (office?.context) office.context.platform = "Mac";
                return office;
              },
              set: (value: typeof office) => {
                office = value;
                if (!value) return;
                value.PlatformType = { Mac: "Mac", PC: "PC", OfficeOnline: "OfficeOnline" };
              },
            });
          });
          return context;
        };
      const value: unknown = Reflect.get(target, key);
      return typeof value === "function" ? (value as () => unknown).bind(target) : value;
    },
  });
  const pane = await openPane(mac, server, options);
  pages.push(pane.page);
  return pane;
}

test("Excel for Mac: 导出 Word claims no file, saves nothing, and offers PDF and Excel elsewhere", async () => {
  for (const [displayLanguage, claim, offer] of [
    ["zh-CN", /已导出/, /存储为 PDF.*Windows 电脑或网页版 Excel/],
    ["en-US", /Word file .*was exported/, /Save as PDF.*Excel on the web/],
  ] as const) {
    const { page, problems } = await openOnMac({
      profile: "m365",
      state: await sample(),
      displayLanguage,
    });
    expect(await page.evaluate(() => Office.context.platform)).toBe("Mac");
    await click(page, "report");
    const downloads: string[] = [];
    page.on("download", (d) => downloads.push(d.suggestedFilename()));
    await page.click("#export-word");
    await page.waitForSelector("#message:not([hidden])");
    const box = await messageBox(page);
    expect(box.text).not.toMatch(claim);
    expect(box.text).toMatch(offer);
    expect(box.role).toBe("status");
    await page.waitForTimeout(500);
    expect(downloads).toEqual([]);
    expect(problems).toEqual([]);
  }
});

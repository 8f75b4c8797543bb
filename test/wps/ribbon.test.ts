/** The WPS ribbon: its XML names the five buttons in zh-CN, and each button does its work over the fake WPS host. */
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { createRibbon, BUTTONS, TASK_PANE_BUTTON } from "../../src/wps/main";
import type { WpsHost } from "../../src/wps/app";
import { RESULTS_SHEET } from "../../src/layout/results";
import { openInWps } from "../contract/wps-ports";
import { sampleBytes } from "../contract/ports";

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
  readFileSync("src/wps/ribbon.xml", "utf8")
);
const buttons: { id: string; label: string; onAction: string; getImage: string }[] =
  xml.customUI.ribbon.tabs.tab.group.button;

test("ribbon.xml: 校验, 生成报告, 清除标记, 插入模板, 打开任务窗格, each calling window.ribbon", () => {
  expect(buttons.map((b) => b.label)).toEqual([
    "校验",
    "生成报告",
    "清除标记",
    "插入模板",
    "打开任务窗格",
  ]);
  expect(buttons.map((b) => b.id).sort()).toEqual(
    [...Object.keys(BUTTONS), TASK_PANE_BUTTON].sort()
  );
  expect(new Set(buttons.map((b) => `${b.onAction} ${b.getImage}`))).toEqual(
    new Set(["ribbon.OnAction ribbon.GetImage"])
  );
  expect(xml.customUI.onLoad).toBe("ribbon.OnAddinLoad");
});

async function clicked(id: string) {
  const wb = await openInWps(sampleBytes());
  const shown: string[] = [];
  const app = wb.fake.Application as unknown as WpsHost;
  const ribbon = createRibbon(app, (m) => shown.push(m.zh));
  ribbon.OnAction({ Id: id });
  // The handler runs asynchronously: wait until it has spoken (every outcome shows a message).
  for (let i = 0; i < 200 && shown.length < 2; i++) await new Promise((r) => setTimeout(r, 25));
  return { wb, shown };
}

test("校验 validates the open workbook through the WPS adapter and says so", async () => {
  const { wb, shown } = await clicked("btnValidate");
  expect(wb.fake.state.sheets.map((s) => s.name)).toContain(RESULTS_SHEET);
  expect(shown.length).toBeGreaterThan(0);
}, 60000);

test("打开任务窗格 opens the pane once and shows the same pane on a second click", async () => {
  const wb = await openInWps(sampleBytes());
  const app = wb.fake.Application as unknown as WpsHost;
  const ribbon = createRibbon(app, () => undefined);
  Object.defineProperty(globalThis, "window", {
    value: { location: { href: "file:///addins/jixiao/index.html" } },
    configurable: true,
  });
  try {
    ribbon.OnAction({ Id: TASK_PANE_BUTTON });
    wb.fake.taskPanes[0].Visible = false;
    ribbon.OnAction({ Id: TASK_PANE_BUTTON });
  } finally {
    delete (globalThis as { window?: unknown }).window;
  }
  expect(wb.fake.taskPanes.map((p) => [p.url, p.Visible])).toEqual([
    ["file:///addins/jixiao/taskpane.html", true],
  ]);
});

import { readFileSync } from "node:fs";
import { pageSetupOp } from "../../src/layout/styles";
import { PLACEMENTS } from "../../src/layout";
import { findSheet } from "../fake-excel/state";
import { loadXlsx } from "../fake-excel/xlsx";
import { HOSTS, open } from "../contract/ports";

/** Pages wide and tall as the saved file tells a printer (0: as many as needed). */
async function zoomOf(bytes: Buffer, sheet: string) {
  return findSheet(await loadXlsx(bytes), sheet)?.pageLayout.zoom;
}

describe.each(HOSTS)("page setup on %s", (host) => {
  test("one page tall where asked, only one page wide elsewhere", async () => {
    const opened = await open(host, readFileSync("assets/template.xlsx"));
    // Sheets with tables are not protected, so the setup is written without unprotecting.
    await opened
      .port()
      .write([
        pageSetupOp("绩效指标", "landscape", undefined, true),
        pageSetupOp("项目", "landscape"),
      ]);
    const saved = await opened.save();
    expect(await zoomOf(saved, "绩效指标")).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 1,
    });
    expect(await zoomOf(saved, "项目")).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 0,
    });
  });
});

test("the template prints 评分 on one page (总分 and 等级 with their table), lists one page wide", async () => {
  const template = readFileSync("assets/template.xlsx");
  expect(await zoomOf(template, "评分")).toEqual({
    horizontalFitToPages: 1,
    verticalFitToPages: 1,
  });
  const lists = [...PLACEMENTS.tables.values()].map((t) => t.sheet);
  for (const sheet of new Set(lists))
    expect((await zoomOf(template, sheet))?.verticalFitToPages).toBe(0);
});

import { FakeExcel } from "./index";
import { cellOf, rejection } from "./helpers";
import { WEB_PAYLOAD_LIMIT } from "./profiles";

/** Range.getSurroundingDataRegion (ExcelApi 1.15): in the client, not in @types/office-js. */
const surrounding = (r: Excel.Range) =>
  (r as unknown as { getSurroundingDataRegion(): unknown }).getSurroundingDataRegion();

describe("requirement-set profiles", () => {
  test.each([
    ["ltsc2021", "1.14", "1.15"],
    ["ltsc2024", "1.17", "1.18"],
    ["m365", "1.20", "1.21"],
    ["web", "1.20", "1.21"],
  ] as const)("%s supports up to %s", (profile, yes, no) => {
    const host = new FakeExcel({ profile });
    expect(host.isSetSupported("ExcelApi", yes)).toBe(true);
    expect(host.isSetSupported("ExcelApi", no)).toBe(false);
    expect(host.isSetSupported("ExcelApi", "1.9")).toBe(true);
  });

  test("an API the fake does not model is refused loudly on every profile", async () => {
    const old = new FakeExcel({ profile: "ltsc2021" });
    const e = await rejection(
      old.run(async (c) => {
        surrounding(c.workbook.worksheets.getItem("Sheet1").getRange("A1"));
        await c.sync();
      })
    );
    // This client asks no requirement set for it: the request reaches the host, which does not
    // model the API (a NotImplemented, never a silent success).
    expect(e.code).toBe("NotImplemented");
    // On a host that has ExcelApi 1.15 the request reaches the host, which does not model it.
    const m365 = new FakeExcel({ profile: "m365" });
    const later = await rejection(
      m365.run(async (c) => {
        surrounding(c.workbook.worksheets.getItem("Sheet1").getRange("A1"));
        await c.sync();
      })
    );
    expect(later.code).toBe("NotImplemented");
  });

  test("an API the fake models above the host's set: the host refuses it with ApiNotFound", async () => {
    const office2019 = new FakeExcel({ profile: "ltsc2021", excelApi: "1.6" });
    const e = await rejection(
      office2019.run(async (c) => {
        c.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 1).values = [[1]];
        await c.sync();
      })
    );
    expect([e.code, e.debugInfo.errorLocation]).toEqual([
      "ApiNotFound",
      "Worksheet.getRangeByIndexes",
    ]);
    expect(office2019.stats.syncs).toBe(1);
    const ltsc = new FakeExcel({ profile: "ltsc2021" });
    await ltsc.run(async (c) => {
      c.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 1).values = [[1]];
      await c.sync();
    });
    expect(cellOf(ltsc, "Sheet1", "A1")?.value).toBe(1);
  });

  test("the pinned client (1.1.110) has no notes API, whatever the host's requirement sets", async () => {
    const m365 = new FakeExcel({ profile: "m365" });
    expect(m365.isSetSupported("ExcelApi", "1.18")).toBe(true);
    expect("NoteCollection" in m365.Excel).toBe(false);
    await m365.run(async (c) => {
      expect((c.workbook as unknown as Record<string, unknown>).notes).toBeUndefined();
    });
  });

  test("install() puts Excel, Office and OfficeExtension on a global", async () => {
    const host = new FakeExcel({ profile: "ltsc2021" });
    const g: Record<string, unknown> = {};
    const restore = host.install(g);
    const office = g.Office as typeof Office;
    const excel = g.Excel as typeof Excel;
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
    expect(excel.SheetVisibility.veryHidden).toBe("VeryHidden");
    expect(excel.ConditionalFormatType.custom).toBe("Custom");
    const e = await rejection(
      excel.run(async (c) => {
        c.workbook.worksheets.getItem("none").load("name");
        await c.sync();
      })
    );
    expect(e).toBeInstanceOf((g.OfficeExtension as typeof OfficeExtension).Error);
    restore();
    expect(g.Excel).toBeUndefined();
  });
});

describe("fault injection", () => {
  test("failAt(n): earlier operations stay applied, the n-th and later ones in that sync are skipped", async () => {
    const host = new FakeExcel({ profile: "m365" });
    host.failAt(2);
    const e = await rejection(
      host.run(async (c) => {
        const ws = c.workbook.worksheets.getItem("Sheet1");
        ws.getRange("A1").values = [[1]];
        ws.getRange("A2").format.fill.color = "#FF0000";
        ws.getRange("A3").values = [[3]];
        await c.sync();
      })
    );
    expect(e.code).toBe("GeneralException");
    expect(e.debugInfo.errorLocation).toBe("RangeFill.color");
    expect(cellOf(host, "Sheet1", "A1")?.value).toBe(1);
    expect(cellOf(host, "Sheet1", "A2")).toBeUndefined();
    expect(cellOf(host, "Sheet1", "A3")).toBeUndefined();
  });

  test("failAt counts across syncs, from the call on; later syncs work again", async () => {
    const host = new FakeExcel({ profile: "m365" });
    host.failAt(3);
    await host.run(async (c) => {
      const r = c.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.values = [[1]];
      r.load("values");
      await c.sync();
      r.values = [[2]];
      const e = await rejection(c.sync());
      expect(e.debugInfo.errorLocation).toBe("Range.values");
      r.values = [[3]];
      await c.sync();
    });
    expect(cellOf(host, "Sheet1", "A1")?.value).toBe(3);
  });
});

describe("sync counting and payloads", () => {
  test("each sync is counted with the UTF-8 bytes and the operations it carried", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (c) => {
      const r = c.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      r.values = [["绩效", "x"]];
      r.load("values");
      await c.sync();
      await c.sync();
    });
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.requests[0].ops).toBe(2);
    expect(host.stats.requests[0].bytes).toBeGreaterThan(20);
    expect(host.stats.requests[0].responseBytes).toBeGreaterThan(0);
    expect(host.stats.requests[1].ops).toBe(0);
  });

  test("payload grows with the data: about one byte per ASCII character written", async () => {
    const host = new FakeExcel({ profile: "m365", calculate: false });
    const text = "y".repeat(10_000);
    await host.run(async (c) => {
      c.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[text]];
      await c.sync();
    });
    const bytes = host.stats.requests[0].bytes;
    expect(bytes).toBeGreaterThan(10_000);
    // Plus the request's object paths and actions in Office.js's wire shape: under 1 KB here.
    expect(bytes).toBeLessThan(11_000);
  });

  test("web: a request over 5 MB is refused and nothing is applied; m365 takes it", async () => {
    const big = Array.from({ length: 60 }, () => ["z".repeat(100_000)]);
    const batch = async (c: Excel.RequestContext) => {
      const ws = c.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B1").values = [["first"]];
      ws.getRange("A1:A60").values = big;
      await c.sync();
    };
    const web = new FakeExcel({ profile: "web", calculate: false });
    const e = await rejection(web.run(batch));
    expect(e.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(web.stats.requests[0].bytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(cellOf(web, "Sheet1", "B1")).toBeUndefined();
    const desktop = new FakeExcel({ profile: "m365", calculate: false });
    await desktop.run(batch);
    expect(cellOf(desktop, "Sheet1", "B1")?.value).toBe("first");
  });

  test("web: a response over 5 MB is refused", async () => {
    const host = new FakeExcel({ profile: "web", calculate: false });
    await host.run(async (c) => {
      const r = c.workbook.worksheets.getItem("Sheet1").getRange("A1:A30");
      r.values = Array.from({ length: 30 }, () => ["w".repeat(100_000)]);
      await c.sync();
    });
    const e = await rejection(
      host.run(async (c) => {
        c.workbook.worksheets.getItem("Sheet1").getRange("A1:A30").load("values");
        c.workbook.worksheets.getItem("Sheet1").getRange("A1:A30").load("formulas");
        await c.sync();
      })
    );
    expect(e.code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

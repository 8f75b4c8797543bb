import { FakeExcel } from "./index";
import { cellOf, rejection } from "./helpers";

/** Deliberate misuse fails the way it fails in Excel: the rules are Microsoft's client's. */
describe.each(["ltsc2021", "web"] as const)("Microsoft's client on %s", (profile) => {
  test("a range from one Excel.run used in another fails with InvalidObjectPath", async () => {
    const fake = new FakeExcel({ profile });
    let kept: Excel.Range | undefined;
    await fake.run(async (c) => {
      kept = c.workbook.worksheets.getItem("Sheet1").getRange("A1");
      kept.load("address");
      await c.sync();
    });
    const e = await rejection(
      fake.run(async (c) => {
        c.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [[1]];
        kept!.values = [[2]];
        await c.sync();
      })
    );
    expect(e.code).toBe("InvalidObjectPath");
    expect(cellOf(fake, "Sheet1", "A1")).toBeUndefined();
    // The first run released what it kept: the host holds no reference any more.
    expect(fake.host.referenceCount).toBe(0);
  });

  test("a property read without load throws PropertyNotLoaded from Microsoft's code, before any request", async () => {
    const fake = new FakeExcel({ profile });
    await fake.run(async (c) => {
      const range = c.workbook.worksheets.getItem("Sheet1").getRange("A1");
      let thrown: unknown;
      try {
        void range.values;
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(fake.OfficeExtension.Error);
      expect((thrown as { code: string }).code).toBe("PropertyNotLoaded");
      expect((thrown as Error).stack).toMatch(/excel-(win32|web)-16\.0\d\.js/);
      expect(fake.stats.syncs).toBe(0);
    });
  });

  test("a failing action stops the batch: earlier actions stay applied, later ones never run", async () => {
    const fake = new FakeExcel({ profile });
    const e = await rejection(
      fake.run(async (c) => {
        const ws = c.workbook.worksheets.getItem("Sheet1");
        ws.getRange("A1").values = [[1]];
        c.workbook.worksheets.getItem("none").getRange("A1").values = [[2]];
        ws.getRange("A3").values = [[3]];
        await c.sync();
      })
    );
    expect(e.code).toBe("ItemNotFound");
    expect(cellOf(fake, "Sheet1", "A1")?.value).toBe(1);
    expect(cellOf(fake, "Sheet1", "A3")).toBeUndefined();
  });

  test("getItemOrNullObject answers a null object the client reports with isNullObject", async () => {
    const fake = new FakeExcel({ profile });
    await fake.run(async (c) => {
      const none = c.workbook.worksheets.getItemOrNullObject("none");
      const some = c.workbook.worksheets.getItemOrNullObject("Sheet1");
      await c.sync();
      expect([none.isNullObject, some.isNullObject]).toEqual([true, false]);
    });
  });

  test("a tracked range is kept across syncs by the _ReferenceId the host gave", async () => {
    const fake = new FakeExcel({ profile });
    fake.host.tracing = true;
    await fake.run(async (c) => {
      const r = c.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      r.load("address");
      await c.sync();
      r.values = [[1, 2]];
      await c.sync();
    });
    expect(cellOf(fake, "Sheet1", "B1")?.value).toBe(2);
    const second = JSON.parse(fake.host.trace[1].request) as {
      ObjectPaths: Record<string, { ObjectPathType: number; Name: string }>;
    };
    expect(Object.values(second.ObjectPaths).map((p) => p.ObjectPathType)).toEqual([6]);
  });
});

import { FakeExcel } from "./index";
import { watchSheetActivation } from "../../src/workbook/office/events";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe.each(["ltsc2021", "web"] as const)(
  "events through Microsoft's client on %s",
  (profile) => {
    function twoSheets(): FakeExcel {
      const fake = new FakeExcel({ profile });
      return fake;
    }

    test("worksheets.onActivated: raised when a run or the user activates a sheet, not otherwise", async () => {
      const fake = twoSheets();
      await fake.run(async (c) => {
        c.workbook.worksheets.add("校验结果");
        await c.sync();
      });
      const seen: number[] = [];
      expect(await watchSheetActivation(() => seen.push(1), fake.run)).toBe(true);
      expect(fake.events.isRegistered("Activated")).toBe(true);
      await fake.run(async (c) => {
        c.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        await c.sync();
      });
      await tick();
      expect(seen).toHaveLength(0);
      await fake.run(async (c) => {
        c.workbook.worksheets.getItem("校验结果").activate();
        await c.sync();
      });
      await tick();
      expect(seen).toHaveLength(1);
      fake.userActivates("Sheet1");
      await tick();
      expect(seen).toHaveLength(2);
    });

    test("worksheets.onChanged: the written cells' address and sheet id arrive", async () => {
      const fake = twoSheets();
      const events: { address: string; worksheetId: string; changeType: string }[] = [];
      await fake.run(async (c) => {
        c.workbook.worksheets.onChanged.add(async (e) => void events.push(e));
        await c.sync();
      });
      expect(fake.events.isRegistered("DataChanged")).toBe(true);
      let id = "";
      await fake.run(async (c) => {
        const ws = c.workbook.worksheets.getItem("Sheet1");
        ws.getRange("B2:C2").values = [[1, 2]];
        ws.load("id");
        await c.sync();
        id = ws.id;
      });
      await tick();
      expect(events.map((e) => [e.address, e.worksheetId, e.changeType])).toEqual([
        ["B2:C2", id, "RangeEdited"],
      ]);
    });
  }
);

test("an event the host is never asked for is never raised", async () => {
  const fake = new FakeExcel({ profile: "m365" });
  await fake.run(async (c) => {
    c.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
    await c.sync();
  });
  fake.userActivates("Sheet1");
  expect(fake.events.raised).toBe(0);
});

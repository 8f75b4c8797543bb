/**
 * The change watcher (src/workbook/office/events.ts) over a hand-made Excel.run: what it hands
 * the pane, what it leaves out (the add-in's own writes), and how it degrades.
 */
import { watchCellChanges, type CellChange } from "../../src/workbook/office/events";
import type { ExcelRun } from "../../src/workbook/office/office-workbook";

type Handler = (event: Record<string, string>) => Promise<void>;

/** A host with two sheets, by id and name, whose onChanged handlers the test fires. */
function host(options: { refuse?: boolean } = {}) {
  const handlers: Handler[] = [];
  const items = [
    { id: "{1}", name: "基本信息" },
    { id: "{2}", name: "支出汇总" },
  ];
  const context = {
    workbook: {
      worksheets: {
        onChanged: {
          add: (h: Handler) => {
            if (options.refuse) throw Object.assign(new Error("no"), { code: "ApiNotFound" });
            handlers.push(h);
          },
        },
        load: () => ({ items }),
      },
    },
    sync: async () => undefined,
  };
  const run = (async (batch: (c: typeof context) => Promise<unknown>) =>
    batch(context)) as unknown as ExcelRun;
  const fire = async (event: Record<string, string>) => {
    for (const h of handlers) await h({ type: "WorksheetChanged", ...event });
  };
  return { run, fire, handlers };
}

const supported = { isSetSupported: () => true };

test("a change the user made reaches the pane with its sheet's name", async () => {
  const h = host();
  const seen: CellChange[] = [];
  expect(await watchCellChanges((c) => seen.push(c), supported, h.run)).toBe(true);
  await h.fire({ worksheetId: "{2}", address: "H8", triggerSource: "Unknown" });
  await h.fire({ worksheetId: "{1}", address: "B5:C6" }); // ExcelApi < 1.14: no triggerSource
  expect(seen).toEqual([
    { sheet: "支出汇总", address: "H8" },
    { sheet: "基本信息", address: "B5:C6" },
  ]);
});

test("the add-in's own writes, and a sheet gone meanwhile, reach nothing", async () => {
  const h = host();
  const seen: CellChange[] = [];
  await watchCellChanges((c) => seen.push(c), supported, h.run);
  await h.fire({ worksheetId: "{2}", address: "H8", triggerSource: "ThisLocalAddin" });
  await h.fire({ worksheetId: "{9}", address: "A1", triggerSource: "Unknown" });
  expect(seen).toEqual([]);
});

test("degrades: below ExcelApi 1.9, or where the host refuses the event, it says false", async () => {
  const seen: CellChange[] = [];
  const old = host();
  expect(
    await watchCellChanges((c) => seen.push(c), { isSetSupported: () => false }, old.run)
  ).toBe(false);
  expect(old.handlers).toHaveLength(0);
  expect(await watchCellChanges((c) => seen.push(c), supported, host({ refuse: true }).run)).toBe(
    false
  );
});

import type { ExcelRun } from "./office-workbook";

/**
 * Calls `onActivated` whenever the user (or a command) activates a sheet
 * (`worksheets.onActivated`, ExcelApi 1.7): the ribbon commands end by activating the sheet they
 * wrote, so a run started there shows in the pane too. Resolves false where the host refuses;
 * the pane then refreshes after its own runs only.
 */
export async function watchSheetActivation(
  onActivated: () => void,
  given?: ExcelRun
): Promise<boolean> {
  // Outside Office (a browser preview) there is no Excel: nothing to watch.
  const run = given ?? (typeof Excel === "undefined" ? undefined : Excel.run.bind(Excel));
  if (!run) return false;
  try {
    await run(async (context) => {
      context.workbook.worksheets.onActivated.add(async () => onActivated());
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}

/** A change the user made: the sheet's name and the address changed on it ("B5", "A1:C3"). */
export interface CellChange {
  sheet: string;
  address: string;
}

/**
 * Calls `onChanged` whenever cells change other than by this add-in's own API calls
 * (`worksheets.onChanged`, ExcelApi 1.9; `triggerSource`, 1.14, tells the add-in's own writes
 * apart). The event names the sheet by id: one more batch reads its name. Resolves false where
 * the host has no such event or refuses it; the pane then cannot mark findings as out of date.
 */
export async function watchCellChanges(
  onChanged: (change: CellChange) => void,
  env: { isSetSupported(set: string, version: string): boolean },
  given?: ExcelRun
): Promise<boolean> {
  const run = given ?? (typeof Excel === "undefined" ? undefined : Excel.run.bind(Excel));
  if (!run || !env.isSetSupported("ExcelApi", "1.9")) return false;
  const sheetName = async (id: string): Promise<string | undefined> => {
    let name: string | undefined;
    await run(async (context) => {
      // Collection items rather than getItem(id): a sheet is found by its id alike everywhere.
      const sheets = context.workbook.worksheets.load("items/id,items/name");
      await context.sync();
      name = sheets.items.find((s) => s.id === id)?.name;
    });
    return name;
  };
  try {
    await run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => {
        if (event.triggerSource === "ThisLocalAddin") return;
        try {
          const sheet = await sheetName(event.worksheetId);
          if (sheet !== undefined) onChanged({ sheet, address: event.address });
        } catch {
          // The sheet went meanwhile (or Excel is busy): nothing listed there can be marked.
        }
      });
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}

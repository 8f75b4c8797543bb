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

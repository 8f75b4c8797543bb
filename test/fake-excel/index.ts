import { FakeRequestContext } from "./context";
import { Engine } from "./engine";
import type { HostStats } from "./engine";
import { EXCEL_ENUMS, OFFICE_EXTENSION } from "./enums";
import { richError } from "./errors";
import type { ProfileName } from "./profiles";
import { PROFILES, profileSupports } from "./profiles";
import type { AnyProxy } from "./proxy";
import type { WorkbookState } from "./state";
import { createWorkbook } from "./state";

export type { ProfileName } from "./profiles";
export type { WorkbookState, SheetState, CellState } from "./state";
export { FakeRichApiError } from "./errors";
export { createWorkbook } from "./state";

export interface FakeExcelOptions {
  profile: ProfileName;
  /** Initial workbook; default one empty sheet "Sheet1". */
  state?: WorkbookState;
  /** Year used for typed dates without one ("1-5"); default the current year. */
  currentYear?: number;
  /** Compute formulas with HyperFormula after writes (default true). */
  calculate?: boolean;
  /** A request/response cap other than the profile's (tests of what happens at the cap). */
  payloadLimit?: number;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * A faithful fake Excel host: an in-memory workbook behind an Office.js-shaped API.
 * `run` has the overloads of Excel.run; `install` puts Excel, Office and OfficeExtension on a global.
 */
export class FakeExcel {
  private readonly engine: Engine;

  constructor(options: FakeExcelOptions) {
    const known = PROFILES[options.profile];
    if (!known) throw new Error(`unknown profile ${options.profile}`);
    const profile =
      options.payloadLimit === undefined ? known : { ...known, payloadLimit: options.payloadLimit };
    this.engine = new Engine(
      options.state ?? createWorkbook(),
      profile,
      options.currentYear ?? new Date().getFullYear()
    );
    this.engine.calculate = options.calculate ?? true;
  }

  get profile(): ProfileName {
    return this.engine.profile.name;
  }

  /** The in-memory workbook, for setup and assertions. */
  get state(): WorkbookState {
    return this.engine.state;
  }
  set state(state: WorkbookState) {
    this.engine.state = state;
  }

  get stats(): HostStats {
    return this.engine.stats;
  }

  resetStats(): void {
    this.engine.stats.syncs = 0;
    this.engine.stats.requests = [];
  }

  /** The n-th operation executed from now (1-based, over all later syncs) fails with `code`. */
  failAt(n: number, code = "GeneralException"): void {
    this.engine.failAt(n, code);
  }

  /**
   * The user is typing in a cell: a batch fails with InvalidOperationInCellEditMode, unless
   * the run asked `delayForCellEdit` (ExcelApi 1.11), which waits until the edit ends.
   * Ref: https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
   */
  cellEditing = false;

  isSetSupported(name: string, version?: string | number): boolean {
    return profileSupports(this.engine.profile, name, version);
  }

  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  run<T>(object: AnyProxy | AnyProxy[], batch: Batch<T>): Promise<T>;
  async run<T>(a: Batch<T> | Excel.RunOptions | AnyProxy | AnyProxy[], b?: Batch<T>): Promise<T> {
    const batch = (typeof a === "function" ? a : b) as Batch<T>;
    const context = this.contextFor(typeof a === "function" ? undefined : a);
    if (this.cellEditing) {
      const options = (typeof a === "function" ? undefined : a) as Excel.RunOptions | undefined;
      if (!(options?.delayForCellEdit && this.isSetSupported("ExcelApi", "1.11")))
        throw richError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB.",
          "Excel.run"
        );
      // Waiting ends when the user leaves the cell: here, at once.
      this.cellEditing = false;
    }
    // The proxies implement the slice of Excel.* the adapter uses, not the whole interface.
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending > 0) await context.sync();
    return result;
  }

  private contextFor(
    option: Excel.RunOptions | AnyProxy | AnyProxy[] | undefined
  ): FakeRequestContext {
    const first = Array.isArray(option) ? option[0] : option;
    if (first && "context" in first && first.context instanceof FakeRequestContext)
      return first.context;
    const runOptions = option as Excel.RunOptions | undefined;
    if (runOptions?.mergeUndoGroup && !this.isSetSupported("ExcelApi", "1.20")) {
      throw richError("ApiNotFound", "mergeUndoGroup needs ExcelApi 1.20.", "Excel.run");
    }
    return new FakeRequestContext(this.engine);
  }

  /** Sets Excel, Office and OfficeExtension on `target`; returns a function that restores them. */
  install(
    target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>
  ): () => void {
    const saved = {
      Excel: target.Excel,
      Office: target.Office,
      OfficeExtension: target.OfficeExtension,
    };
    target.Excel = { ...EXCEL_ENUMS, run: this.run.bind(this) };
    target.Office = {
      context: { requirements: { isSetSupported: this.isSetSupported.bind(this) } },
      onReady: () =>
        Promise.resolve({
          host: "Excel",
          platform: this.profile === "web" ? "OfficeOnline" : "PC",
        }),
      HostType: { Excel: "Excel" },
    };
    target.OfficeExtension = OFFICE_EXTENSION;
    return () => Object.assign(target, saved);
  }
}

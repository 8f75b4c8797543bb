import type { ClientLoader, LoadedClient } from "./client-shim";
import { Engine } from "./engine";
import type { HostStats } from "./engine";
import { HostEvents } from "./events";
import type { ProfileName } from "./profiles";
import { PROFILES, profileSupports } from "./profiles";
import { RichApiHost } from "./rich-api";
import type { WorkbookState } from "./state";
import { createWorkbook } from "./state";

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
  /** Where Microsoft's client comes from (index.ts: a Node vm; the browser test: the page). */
  loadClient: ClientLoader;
  /** An older ExcelApi than the profile's (a host below the profiles, e.g. Office 2019's 1.7). */
  excelApi?: string;
}

/**
 * A fake Excel host: an in-memory workbook (the state engine) answering the requests of
 * Microsoft's own Office.js client, loaded per host from `@microsoft/office-js` (the profile's
 * client file). `run` is that client's Excel.run; `install` puts its Excel, Office and
 * OfficeExtension on a global.
 */
export class FakeExcel {
  private readonly engine: Engine;
  /** The request handler: object paths, actions, kept references. */
  readonly host: RichApiHost;
  /** Events the client registered, raised from the state (sheet activated, cells changed). */
  readonly events: HostEvents;
  private readonly client: LoadedClient;

  constructor(options: FakeExcelOptions) {
    const known = PROFILES[options.profile];
    if (!known) throw new Error(`unknown profile ${options.profile}`);
    const profile = {
      ...known,
      payloadLimit: options.payloadLimit === undefined ? known.payloadLimit : options.payloadLimit,
      excelApi: options.excelApi ?? known.excelApi,
    };
    this.engine = new Engine(
      options.state ?? createWorkbook(),
      profile,
      options.currentYear ?? new Date().getFullYear()
    );
    this.engine.calculate = options.calculate ?? true;
    this.events = new HostEvents();
    this.host = new RichApiHost(this.engine, this.events);
    this.client = options.loadClient(profile.client, {
      request: (body, flags) => this.host.handle(body, flags),
      isSetSupported: (set, version) => this.isSetSupported(set, version),
    });
    this.events.connect((entries) => this.client.dispatch(entries));
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
  get cellEditing(): boolean {
    return this.engine.cellEditing;
  }
  set cellEditing(on: boolean) {
    this.engine.cellEditing = on;
  }

  isSetSupported(name: string, version?: string | number): boolean {
    return profileSupports(this.engine.profile, name, version);
  }

  /** The user clicks a sheet tab: the sheet becomes active and onActivated is raised. */
  userActivates(name: string): void {
    const sheet = this.engine.state.sheets.find((s) => s.name === name && !s.deleted);
    if (!sheet) throw new Error(`fake-excel: no sheet ${name}`);
    if (this.engine.state.activeSheet === sheet) return;
    this.engine.state.activeSheet = sheet;
    this.events.activated(sheet);
  }

  /**
   * The user types into a cell: parsed as typing, and raised as an edit in the grid
   * (`triggerSource` "Unknown"), not as this add-in's write. Call it while no run is under way.
   */
  async userTypes(sheet: string, address: string, text: string): Promise<void> {
    this.host.asUser = true;
    try {
      await this.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(address).values = [[text]];
        await context.sync();
      });
    } finally {
      this.host.asUser = false;
    }
  }

  /** Microsoft's Excel.run, talking to this host. */
  get run(): typeof Excel.run {
    return this.client.Excel.run;
  }

  /** Microsoft's Excel namespace (enums, ErrorCodes) as loaded for this host. */
  get Excel(): typeof Excel {
    return this.client.Excel;
  }

  get OfficeExtension(): typeof OfficeExtension {
    return this.client.OfficeExtension;
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
    target.Excel = this.client.Excel;
    target.OfficeExtension = this.client.OfficeExtension;
    target.Office = {
      ...(this.client.Office as object),
      context: { requirements: { isSetSupported: this.isSetSupported.bind(this) } },
      onReady: () =>
        Promise.resolve({
          host: "Excel",
          platform: this.profile === "web" ? "OfficeOnline" : "PC",
        }),
      HostType: { Excel: "Excel" },
    };
    return () => Object.assign(target, saved);
  }
}

/**
 * The ribbon commands (校验, 生成报告, 清除标记, 插入模板) as handlers that take everything they
 * touch by injection: the host environment, the workbook port, the engine and `show` for the
 * dialog. Each handler checks the host, runs the engine once, shows a message when the outcome
 * is not a sheet it activated, and calls `event.completed()` whatever happens.
 */
import { SHEET_LOCKED } from "../rules/core/host";
import type { Finding } from "../model/finding";
import {
  NotATemplateError,
  SheetLockedError,
  StructureProtectedError,
  type WorkbookPort,
} from "../workbook/port";
import { REQUIRED_SET, messages, type CommandName, type Message } from "./messages";

/** What Office passes an ExecuteFunction handler; only `completed` is used. */
export interface CommandEvent {
  completed(): void;
}

export type CommandHandler = (event: CommandEvent) => Promise<void>;

/** The host as the commands see it (a subset of the Office.js adapter's `OfficeEnv`). */
export interface CommandEnv {
  isSetSupported(set: string, version: string): boolean;
}

/** The engine entry points, narrowed to what the commands read from their results. */
export interface Engine {
  validate(port: WorkbookPort, options: { activate: boolean }): Promise<{ all: Finding[] }>;
  generateReport(port: WorkbookPort, options: { activate: boolean }): Promise<{ kept: string[] }>;
  clearWorkbook(port: WorkbookPort): Promise<{ found: boolean; left: string[] }>;
  insertTemplate(port: WorkbookPort): Promise<{ refused?: Message }>;
}

/**
 * The engine loads when a command first asks for it: the rules and planners in their own chunk
 * (engine.js), the report's in another (report.js), so the pane's first load, which only shows
 * the results the workbook records, stays within its budget (PRODUCT.md §9).
 */
const planners = () => import(/* webpackChunkName: "engine" */ "./planners");

export const ENGINE: Engine = {
  validate: async (port, options) => (await planners()).validate(port, options),
  generateReport: async (port, options) =>
    (await import(/* webpackChunkName: "report" */ "../workbook/report")).generateReport(
      port,
      options
    ),
  clearWorkbook: async (port) => (await planners()).clearWorkbook(port),
  insertTemplate: async (port) => (await planners()).insertTemplate(port),
};

export interface CommandDeps<Env extends CommandEnv> {
  env: Env;
  /** The workbook behind the port, opened once per click (no state survives between clicks). */
  openWorkbook(env: Env): WorkbookPort;
  /**
   * Shows a message in a dialog; resolves when it is closed, could not be shown (another dialog
   * open: 12007), or `timeoutMs` has passed — then the dialog is closed.
   */
  show(message: Message, timeoutMs: number): Promise<void>;
  /** The clock the command's lifetime is measured on (tests pass their own). */
  now?(): number;
  engine?: Engine;
  /**
   * Remembers notices already shown (the entry uses the origin's localStorage, which the pane
   * shares). Without it, the undo-history notice is shown on every click of a host without
   * undo grouping.
   */
  notices?: NoticeMemory;
  /** Where an unexpected error goes besides the dialog (the function file's console). */
  log?(error: unknown): void;
}

export interface NoticeMemory {
  seen(key: string): boolean;
  remember(key: string): void;
}

/**
 * A click's whole lifetime, dialogs included: `event.completed()` comes within it, however many
 * dialogs the click shows, so the host never ends the function file first.
 */
export const COMMAND_BUDGET_MS = 4 * 60 * 1000;
/** The undo-history notice may hold a click this long; the outcome's dialog gets the rest. */
export const NOTICE_TIMEOUT_MS = 60 * 1000;

/** The key under which the undo-history notice is remembered (shared with the pane). */
export const UNDO_NOTICE = "jixiao.notice.undoHistory";

/** A short, non-localized reason for an unexpected error: Office's error code, else its name. */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const raw =
    typeof code === "string" && code !== ""
      ? code
      : error instanceof Error
        ? error.name
        : typeof error;
  // Excel's messages are localized and may be long: keep an identifier only.
  return raw.replace(/[^A-Za-z0-9_.:-]/g, "").slice(0, 60) || "Error";
}

type Outcome = Message | undefined;

/** Each command's run: what it returns is shown; nothing means its sheet speaks for it. */
function bodies(engine: Engine): Record<CommandName, (port: WorkbookPort) => Promise<Outcome>> {
  return {
    async validate(port) {
      const { all } = await engine.validate(port, { activate: true });
      const locked = [
        ...new Set(all.filter((f) => f.ruleId === SHEET_LOCKED.id).map((f) => f.sheet ?? "")),
      ].filter((s) => s !== "");
      return locked.length ? messages.lockedSheets(locked) : undefined;
    },
    async report(port) {
      const { kept } = await engine.generateReport(port, { activate: true });
      return kept.length ? messages.reportKept(kept) : undefined;
    },
    async clearMarks(port) {
      const { found, left } = await engine.clearWorkbook(port);
      if (!found) return messages.nothingToClear();
      return left.length ? messages.clearLeft(left) : undefined;
    },
    async insertTemplate(port) {
      const { refused } = await engine.insertTemplate(port);
      return refused ? { zh: refused.zh, en: refused.en } : undefined;
    },
  };
}

/** The message for an error a command's run threw. */
export function messageForError(command: CommandName, error: unknown): Message {
  if (error instanceof NotATemplateError || error instanceof StructureProtectedError)
    return { zh: error.zh, en: error.en };
  if ((error as { code?: unknown } | null)?.code === "InvalidOperationInCellEditMode")
    return messages.cellEditing();
  if (error instanceof SheetLockedError) {
    return command === "report"
      ? messages.reportLocked(error.sheet)
      : messages.lockedSheets([error.sheet]);
  }
  return messages.failed(command, reasonOf(error));
}

export function createHandlers<Env extends CommandEnv>(
  deps: CommandDeps<Env>
): Record<CommandName, CommandHandler> {
  const engine = deps.engine ?? ENGINE;
  const run = bodies(engine);
  const now = deps.now ?? Date.now;
  const show = async (message: Message, timeoutMs: number) => {
    if (timeoutMs <= 0) return; // the click's time is spent: its sheet speaks for it
    try {
      await deps.show(message, timeoutMs);
    } catch (e) {
      deps.log?.(e); // nothing else can reach the user
    }
  };

  const handler =
    (command: CommandName): CommandHandler =>
    async (event) => {
      const deadline = now() + COMMAND_BUDGET_MS;
      const left = () => Math.max(0, deadline - now());
      try {
        if (!deps.env.isSetSupported(REQUIRED_SET.name, REQUIRED_SET.version)) {
          await show(messages.unsupportedHost(), left());
          return;
        }
        const port = deps.openWorkbook(deps.env);
        if (!port.capabilities.undoGroup && !deps.notices?.seen(UNDO_NOTICE)) {
          // PRODUCT.md §5: without undo grouping, say once, before the first write, that
          // Excel's undo history goes.
          await show(messages.undoHistory(), Math.min(NOTICE_TIMEOUT_MS, left()));
          deps.notices?.remember(UNDO_NOTICE);
        }
        const outcome = await run[command](port);
        if (outcome) await show(outcome, left());
      } catch (e) {
        const expected =
          e instanceof NotATemplateError ||
          e instanceof SheetLockedError ||
          e instanceof StructureProtectedError;
        if (!expected) deps.log?.(e);
        await show(messageForError(command, e), left());
      } finally {
        event.completed();
      }
    };

  return {
    validate: handler("validate"),
    report: handler("report"),
    clearMarks: handler("clearMarks"),
    insertTemplate: handler("insertTemplate"),
  };
}

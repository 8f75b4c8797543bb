/**
 * The engine as the pane runs it, watched: the ribbon's handlers word every outcome, and the
 * pane learns here which outcomes are failures, to show those as errors.
 */
import { ENGINE, type Engine } from "../commands/handlers";
import type { Severity } from "../model/finding";
import { SHEET_LOCKED } from "../rules/core/host";

/** The engine as the pane needs it: 生成报告 also tells what findings remain. */
export interface PaneEngine extends Engine {
  generateReport(
    ...args: Parameters<Engine["generateReport"]>
  ): Promise<{ kept: string[]; all: readonly { severity: Severity }[] }>;
}

export interface RunWatch {
  /** The run threw: its message is the handler's failure message. */
  threw(error: unknown): void;
  /** The run ended but left work undone the user must see to (a locked sheet, a mark left). */
  fellShort(): void;
  /** 生成报告 wrote the report with this many errors left (its 草稿 part lists them). */
  reported?(errors: number): void;
}

const UNWATCHED: RunWatch = { threw: () => undefined, fellShort: () => undefined };

/** The ribbon's engine, with 生成报告's findings kept (loaded on first use, as there). */
const DEFAULT_ENGINE: PaneEngine = {
  ...ENGINE,
  generateReport: async (port, options) =>
    (await import(/* webpackChunkName: "report" */ "../workbook/report")).generateReport(
      port,
      options
    ),
};

/**
 * 校验 stays on the user's sheet, since the pane lists the findings; the others behave as on the
 * ribbon (生成报告 shows 报告, 插入模板 its first sheet).
 */
export function paneEngine(
  engine: PaneEngine = DEFAULT_ENGINE,
  watch: RunWatch = UNWATCHED
): Engine {
  const watched =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>, short?: (result: R) => boolean) =>
    async (...args: A): Promise<R> => {
      let result: R;
      try {
        result = await run(...args);
      } catch (e) {
        watch.threw(e);
        throw e;
      }
      if (short?.(result)) watch.fellShort();
      return result;
    };
  return {
    validate: watched(
      (port) => engine.validate(port, { activate: false }),
      ({ all }) => all.some((f) => f.ruleId === SHEET_LOCKED.id)
    ),
    generateReport: watched(async (port, options) => {
      const result = await engine.generateReport(port, options);
      watch.reported?.(result.all.filter((f) => f.severity === "error").length);
      return result;
    }),
    clearWorkbook: watched(
      (port) => engine.clearWorkbook(port),
      ({ left }) => left.length > 0
    ),
    insertTemplate: watched((port) => engine.insertTemplate(port)),
  };
}

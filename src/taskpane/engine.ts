/**
 * The engine as the pane runs it, watched: the ribbon's handlers word every outcome, and the
 * pane learns here which outcomes are failures, to show those as errors.
 */
import { ENGINE, type Engine } from "../commands/handlers";
import { SHEET_LOCKED } from "../rules/core/host";

export interface RunWatch {
  /** The run threw: its message is the handler's failure message. */
  threw(error: unknown): void;
  /** The run ended but left work undone the user must see to (a locked sheet, a mark left). */
  fellShort(): void;
}

const UNWATCHED: RunWatch = { threw: () => undefined, fellShort: () => undefined };

/**
 * 校验 stays on the user's sheet, since the pane lists the findings; the others behave as on the
 * ribbon (生成报告 shows 报告, 插入模板 its first sheet).
 */
export function paneEngine(engine: Engine = ENGINE, watch: RunWatch = UNWATCHED): Engine {
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
    generateReport: watched((port, options) => engine.generateReport(port, options)),
    clearWorkbook: watched(
      (port) => engine.clearWorkbook(port),
      ({ left }) => left.length > 0
    ),
    insertTemplate: watched((port) => engine.insertTemplate(port)),
  };
}

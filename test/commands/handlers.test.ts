/**
 * The ribbon command handlers with plain fakes of the engine, the host and the dialog: each
 * command runs the engine once, shows a bilingual message on every refusal and failure (and only
 * then, or when its sheet cannot speak for it), and calls event.completed() exactly once, after
 * the dialog is closed, whatever happened.
 */
import type { Finding } from "../../src/model/finding";
import { NotATemplateError } from "../../src/workbook/reader";
import { SheetLockedError, type WorkbookPort } from "../../src/workbook/port";
import {
  COMMAND_BUDGET_MS,
  NOTICE_TIMEOUT_MS,
  UNDO_NOTICE,
  createHandlers,
  reasonOf,
  type NoticeMemory,
  type CommandEnv,
  type Engine,
} from "../../src/commands/handlers";
import {
  COMMAND_NAMES,
  messages,
  type CommandName,
  type Message,
} from "../../src/commands/messages";

/** A host with undo grouping (ExcelApi 1.20), so no undo-history notice unless a test asks. */
const PORT: WorkbookPort = {
  capabilities: { notes: false, charts: true, undoGroup: true },
  read: () => Promise.reject(new Error("the fake engine never reads")),
  write: () => Promise.reject(new Error("the fake engine never writes")),
};

const finding = (ruleId: string, sheet: string): Finding => ({
  ruleId,
  messageId: "m",
  severity: "error",
  sheet,
  cells: [{ sheet }],
  message: "",
  messageEn: "",
});

/** Everything a handler touched, in order. */
type Step =
  | ["isSetSupported", string, string]
  | ["open"]
  | ["engine", string, unknown?]
  | ["show", Message]
  | ["closed"]
  | ["completed"]
  | ["log", unknown];

interface Setup {
  supported?: boolean;
  engine?: Partial<Engine>;
  show?: (message: Message) => Promise<void>;
  open?: () => WorkbookPort;
  notices?: NoticeMemory;
  /** The handler's clock, and where each dialog's time limit is recorded. */
  now?: () => number;
  timeouts?: number[];
}

function setup(options: Setup = {}) {
  const steps: Step[] = [];
  const env: CommandEnv = {
    isSetSupported(set, version) {
      steps.push(["isSetSupported", set, version]);
      return options.supported ?? true;
    },
  };
  const ok: Engine = {
    validate: async () => ({ all: [] }),
    generateReport: async () => ({ kept: [] }),
    clearWorkbook: async () => ({ found: true, left: [] }),
    insertTemplate: async () => ({}),
  };
  const impl = { ...ok, ...options.engine };
  const engine: Engine = {
    validate: (port, o) => (steps.push(["engine", "validate", o]), impl.validate(port, o)),
    generateReport: (port, o) => (
      steps.push(["engine", "generateReport", o]),
      impl.generateReport(port, o)
    ),
    clearWorkbook: (port) => (steps.push(["engine", "clearWorkbook"]), impl.clearWorkbook(port)),
    insertTemplate: (port) => (steps.push(["engine", "insertTemplate"]), impl.insertTemplate(port)),
  };
  const handlers = createHandlers({
    env,
    engine,
    openWorkbook: (e) => {
      expect(e).toBe(env);
      steps.push(["open"]);
      return options.open ? options.open() : PORT;
    },
    show: async (message, timeoutMs) => {
      options.timeouts?.push(timeoutMs);
      steps.push(["show", message]);
      await (options.show ?? (() => Promise.resolve()))(message);
      steps.push(["closed"]);
    },
    log: (error) => steps.push(["log", error]),
    notices: options.notices,
    now: options.now,
  });
  const run = async (command: CommandName) => {
    await handlers[command]({ completed: () => steps.push(["completed"]) });
    return steps;
  };
  return { handlers, steps, run };
}

const shown = (steps: Step[]) => steps.filter((s) => s[0] === "show").map((s) => s[1]);
const count = (steps: Step[], kind: Step[0]) => steps.filter((s) => s[0] === kind).length;

describe("every command", () => {
  test.each(COMMAND_NAMES)(
    "%s checks ExcelApi 1.14, runs once and completes once",
    async (name) => {
      const steps = await setup().run(name);
      expect(steps[0]).toEqual(["isSetSupported", "ExcelApi", "1.14"]);
      expect(steps[1]).toEqual(["open"]);
      expect(count(steps, "engine")).toBe(1);
      expect(steps[steps.length - 1]).toEqual(["completed"]);
      expect(count(steps, "completed")).toBe(1);
    }
  );

  test.each(COMMAND_NAMES)(
    "%s on a host without ExcelApi 1.14 says so and touches nothing",
    async (name) => {
      const steps = await setup({ supported: false }).run(name);
      expect(steps).toEqual([
        ["isSetSupported", "ExcelApi", "1.14"],
        ["show", messages.unsupportedHost()],
        ["closed"],
        ["completed"],
      ]);
      expect(messages.unsupportedHost().zh).toMatch(/ExcelApi 1\.14/);
      expect(messages.unsupportedHost().en).toMatch(/ExcelApi 1\.14/);
    }
  );

  test.each(COMMAND_NAMES)(
    "%s that fails shows what failed and what to do, logs it and still completes",
    async (name) => {
      // Office.js errors carry a stable code beside a localized message.
      const error = Object.assign(new Error("拒绝访问。"), { code: "AccessDenied" });
      const failing = async () => {
        throw error;
      };
      const engine: Partial<Engine> = {
        validate: failing,
        generateReport: failing,
        clearWorkbook: failing,
        insertTemplate: failing,
      };
      const steps = await setup({ engine }).run(name);
      const expected = messages.failed(name, "AccessDenied");
      expect(shown(steps)).toEqual([expected]);
      expect(expected.zh).toContain("AccessDenied");
      expect(expected.zh).not.toContain("拒绝访问");
      expect(steps.slice(-4)).toEqual([
        ["log", error],
        ["show", expected],
        ["closed"],
        ["completed"],
      ]);
    }
  );

  test.each(COMMAND_NAMES)("%s completes even when the dialog cannot be shown", async (name) => {
    const failure = new Error("dialog API missing");
    const failing = async () => {
      throw new Error("boom");
    };
    const steps = await setup({
      engine: {
        validate: failing,
        generateReport: failing,
        clearWorkbook: failing,
        insertTemplate: failing,
      },
      show: () => Promise.reject(failure),
    }).run(name);
    expect(count(steps, "show")).toBe(1);
    expect(steps.slice(-2)).toEqual([["log", failure], ["completed"]]);
  });

  test("a host check or a port that throws is a failure like any other", async () => {
    const throwingEnv = setup({ supported: true });
    const handlers = createHandlers({
      env: {
        isSetSupported: () => {
          throw new TypeError("Office.context is undefined");
        },
      },
      openWorkbook: () => PORT,
      show: async (message) => void throwingEnv.steps.push(["show", message]),
    });
    let completed = 0;
    await handlers.validate({ completed: () => completed++ });
    expect(completed).toBe(1);
    expect(shown(throwingEnv.steps)).toEqual([messages.failed("validate", "TypeError")]);

    const opening = setup({
      open: () => {
        throw new RangeError("no workbook");
      },
    });
    const steps = await opening.run("report");
    expect(shown(steps)).toEqual([messages.failed("report", "RangeError")]);
    expect(count(steps, "engine")).toBe(0);
    expect(count(steps, "completed")).toBe(1);
  });

  test("completed waits until the dialog is closed", async () => {
    let close: () => void = () => undefined;
    const { handlers, steps } = setup({
      supported: false,
      show: () => new Promise<void>((resolve) => (close = resolve)),
    });
    const done = handlers.insertTemplate({ completed: () => steps.push(["completed"]) });
    await new Promise((r) => setImmediate(r));
    expect(count(steps, "show")).toBe(1);
    expect(count(steps, "completed")).toBe(0);
    close();
    await done;
    expect(steps.slice(-2)).toEqual([["closed"], ["completed"]]);
  });
});

describe("the undo-history notice (hosts without ExcelApi 1.20)", () => {
  const withoutUndo: WorkbookPort = {
    ...PORT,
    capabilities: { ...PORT.capabilities, undoGroup: false },
  };
  const memory = (): NoticeMemory & { keys: Set<string> } => {
    const keys = new Set<string>();
    return { keys, seen: (k) => keys.has(k), remember: (k) => void keys.add(k) };
  };

  test.each(COMMAND_NAMES)("%s shows it once, before the first write, then runs", async (name) => {
    const notices = memory();
    const first = await setup({ open: () => withoutUndo, notices }).run(name);
    expect(first.slice(2, 5)).toEqual([["show", messages.undoHistory()], ["closed"], first[4]]);
    expect(first[4][0]).toBe("engine");
    expect(notices.keys).toEqual(new Set([UNDO_NOTICE]));
    const second = await setup({ open: () => withoutUndo, notices }).run(name);
    expect(shown(second)).toEqual([]);
    expect(count(second, "engine")).toBe(1);
  });

  test("not on a host with undo grouping, and on every click where nothing remembers", async () => {
    const notices = memory();
    expect(shown(await setup({ notices }).run("validate"))).toEqual([]);
    expect(notices.keys.size).toBe(0);
    for (let i = 0; i < 2; i++) {
      expect(shown(await setup({ open: () => withoutUndo }).run("validate"))).toEqual([
        messages.undoHistory(),
      ]);
    }
  });

  test("a refusal that follows is shown after it", async () => {
    const refused = { zh: "已有完整模板。", en: "Already there." };
    const steps = await setup({
      open: () => withoutUndo,
      notices: memory(),
      engine: { insertTemplate: async () => ({ refused }) },
    }).run("insertTemplate");
    expect(shown(steps)).toEqual([messages.undoHistory(), refused]);
    expect(steps[steps.length - 1]).toEqual(["completed"]);
  });
});

describe("a click's lifetime (event.completed() within the host's limit)", () => {
  const withoutUndo: WorkbookPort = {
    ...PORT,
    capabilities: { ...PORT.capabilities, undoGroup: false },
  };
  const refused = { zh: "已有完整模板。", en: "Already there." };

  test("two dialogs share one budget: the notice at most a minute, the outcome what is left", async () => {
    let clock = 0;
    const timeouts: number[] = [];
    const steps = await setup({
      open: () => withoutUndo,
      now: () => clock,
      timeouts,
      // Each dialog is left open until its limit; the run itself takes 5 s.
      show: async () => void (clock += timeouts[timeouts.length - 1]),
      engine: { insertTemplate: async () => ((clock += 5000), { refused }) },
    }).run("insertTemplate");
    expect(shown(steps)).toEqual([messages.undoHistory(), refused]);
    expect(timeouts).toEqual([NOTICE_TIMEOUT_MS, COMMAND_BUDGET_MS - NOTICE_TIMEOUT_MS - 5000]);
    expect(clock).toBe(COMMAND_BUDGET_MS);
    expect(steps[steps.length - 1]).toEqual(["completed"]);
  });

  test("a click whose time is spent by its run shows no dialog and completes at once", async () => {
    let clock = 0;
    const timeouts: number[] = [];
    const steps = await setup({
      now: () => clock,
      timeouts,
      engine: { insertTemplate: async () => ((clock += COMMAND_BUDGET_MS), { refused }) },
    }).run("insertTemplate");
    expect(timeouts).toEqual([]);
    expect(shown(steps)).toEqual([]);
    expect(steps[steps.length - 1]).toEqual(["completed"]);
  });
});

describe("校验 validate", () => {
  test("activates 校验结果 and shows nothing when every sheet took its writes", async () => {
    const steps = await setup({
      engine: { validate: async () => ({ all: [finding("basic-total", "支出")] }) },
    }).run("validate");
    expect(steps).toContainEqual(["engine", "validate", { activate: true }]);
    expect(shown(steps)).toEqual([]);
  });

  test("names the password-protected sheets it could not write, once each", async () => {
    const all = [
      finding("sheet-locked", "支出"),
      finding("basic-total", "支出"),
      finding("sheet-locked", "评分"),
      finding("sheet-locked", "支出"),
    ];
    const steps = await setup({ engine: { validate: async () => ({ all }) } }).run("validate");
    expect(shown(steps)).toEqual([messages.lockedSheets(["支出", "评分"])]);
    expect(messages.lockedSheets(["支出", "评分"]).zh).toContain("“支出”、“评分”");
  });

  test("a workbook that is not the template is refused with the reader's words", async () => {
    const error = new NotATemplateError("这不是绩效自评模板。", "This is not the template.");
    const steps = await setup({
      engine: {
        validate: async () => {
          throw error;
        },
      },
    }).run("validate");
    expect(shown(steps)).toEqual([{ zh: "这不是绩效自评模板。", en: "This is not the template." }]);
    expect(count(steps, "log")).toBe(0);
    expect(count(steps, "completed")).toBe(1);
  });
});

describe("生成报告 report", () => {
  test("activates 报告 and shows nothing on a plain run", async () => {
    const steps = await setup().run("report");
    expect(steps).toContainEqual(["engine", "generateReport", { activate: true }]);
    expect(shown(steps)).toEqual([]);
  });

  test("says where edited earlier report sheets were kept", async () => {
    const steps = await setup({
      engine: { generateReport: async () => ({ kept: ["报告 (2)"] }) },
    }).run("report");
    expect(shown(steps)).toEqual([messages.reportKept(["报告 (2)"])]);
  });

  test("a password-protected sheet stops it with a message naming the sheet", async () => {
    const steps = await setup({
      engine: {
        generateReport: async () => {
          throw new SheetLockedError("汇总");
        },
      },
    }).run("report");
    expect(shown(steps)).toEqual([messages.reportLocked("汇总")]);
    expect(messages.reportLocked("汇总").zh).toContain("“汇总”");
    expect(messages.reportLocked("汇总").en).toContain("汇总");
    expect(count(steps, "log")).toBe(0);
  });

  test("a workbook that is not the template is refused", async () => {
    const steps = await setup({
      engine: {
        generateReport: async () => {
          throw new NotATemplateError("不是模板", "Not the template");
        },
      },
    }).run("report");
    expect(shown(steps)).toEqual([{ zh: "不是模板", en: "Not the template" }]);
  });
});

describe("清除标记 clearMarks", () => {
  test("shows nothing when it removed everything", async () => {
    expect(shown(await setup().run("clearMarks"))).toEqual([]);
  });

  test("says so when validate had written nothing", async () => {
    const steps = await setup({
      engine: { clearWorkbook: async () => ({ found: false, left: [] }) },
    }).run("clearMarks");
    expect(shown(steps)).toEqual([messages.nothingToClear()]);
  });

  test("names what the host could not remove", async () => {
    const steps = await setup({
      engine: { clearWorkbook: async () => ({ found: true, left: ["支出!C5", "评分"] }) },
    }).run("clearMarks");
    expect(shown(steps)).toEqual([messages.clearLeft(["支出!C5", "评分"])]);
    expect(messages.clearLeft(["支出!C5", "评分"]).zh).toContain("支出!C5、评分");
  });
});

describe("插入模板 insertTemplate", () => {
  test("shows nothing when it inserted the template", async () => {
    const steps = await setup().run("insertTemplate");
    expect(steps).toContainEqual(["engine", "insertTemplate"]);
    expect(shown(steps)).toEqual([]);
  });

  test("shows the planner's refusal", async () => {
    const refused = { zh: "本工作簿已有完整的绩效自评模板。", en: "Already there." };
    const steps = await setup({ engine: { insertTemplate: async () => ({ refused }) } }).run(
      "insertTemplate"
    );
    expect(shown(steps)).toEqual([refused]);
  });
});

describe("reasonOf", () => {
  test.each([
    [Object.assign(new Error("本地化的消息"), { code: "InvalidArgument" }), "InvalidArgument"],
    [new TypeError("x is undefined"), "TypeError"],
    [new SheetLockedError("支出"), "Error"],
    ["a string", "string"],
    [null, "object"],
    [{ code: "Access Denied <b>" }, "AccessDeniedb"],
    [{ code: "" }, "object"],
    [{ code: "访问被拒绝" }, "Error"],
  ])("%p → %p", (error, reason) => {
    expect(reasonOf(error)).toBe(reason);
  });

  test("every failure message is bilingual and names the command", () => {
    const labels: Record<CommandName, [string, string]> = {
      validate: ["校验", "Validate"],
      report: ["生成报告", "Generate Report"],
      clearMarks: ["清除标记", "Clear Marks"],
      insertTemplate: ["插入模板", "Insert Template"],
    };
    for (const name of COMMAND_NAMES) {
      const m = messages.failed(name, "GeneralException");
      expect(m.zh).toContain(`“${labels[name][0]}”`);
      expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(m.en.startsWith(labels[name][1])).toBe(true);
      expect(m.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

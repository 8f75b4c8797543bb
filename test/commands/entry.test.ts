/**
 * The function file's entry (src/commands/commands.ts) under a stand-in `Office` global: after
 * Office.onReady it associates the four FunctionNames of manifest.xml, and a click on a host
 * without ExcelApi 1.14 opens dialog.html beside the function file and completes once the
 * dialog is closed.
 */
import { COMMAND_NAMES } from "../../src/commands/messages";

type Handler = (event: { completed(): void }) => Promise<void>;

function installOffice(supported: boolean) {
  const associated = new Map<string, Handler>();
  const dialogs: { url: string; fire: (type: string, arg: unknown) => void; closed: number }[] = [];
  let ready: (() => void) | undefined;
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: {
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
    },
    onReady(callback: () => void) {
      ready = callback;
      return Promise.resolve({ host: "Excel", platform: "PC" });
    },
    actions: {
      associate(name: string, fn: Handler) {
        associated.set(name, fn);
      },
    },
    context: {
      requirements: {
        isSetSupported: (set: string, v: string) => supported && set === "ExcelApi" && v === "1.14",
      },
      ui: {
        displayDialogAsync(
          url: string,
          _options: unknown,
          callback: (r: { status: string; value: unknown }) => void
        ) {
          const handlers = new Map<string, (arg: unknown) => void>();
          const record = {
            url,
            closed: 0,
            fire: (type: string, arg: unknown) => handlers.get(type)?.(arg),
          };
          dialogs.push(record);
          callback({
            status: "succeeded",
            value: {
              addEventHandler: (type: string, h: (arg: unknown) => void) => handlers.set(type, h),
              close: () => record.closed++,
            },
          });
        },
      },
    },
  };
  const g = globalThis as unknown as Record<string, unknown>;
  g.Office = office;
  g.window = {
    location: { href: "https://addins.example.gov.cn/jixiao/commands.html?_host_Info=x" },
  };
  return { associated, dialogs, ready: () => ready?.() };
}

afterEach(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  for (const name of ["Office", "window", ...COMMAND_NAMES]) delete g[name];
});

test("associates the four commands only once Office is ready, and exposes them by name", async () => {
  const host = installOffice(true);
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
  });
  expect(host.associated.size).toBe(0);
  host.ready();
  expect([...host.associated.keys()]).toEqual([...COMMAND_NAMES]);
  const g = globalThis as unknown as Record<string, unknown>;
  for (const name of COMMAND_NAMES) expect(g[name]).toBe(host.associated.get(name));
});

test("on a host without ExcelApi 1.14 a click shows the dialog and completes after it closes", async () => {
  const host = installOffice(false);
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
  });
  host.ready();
  let completed = 0;
  const click = host.associated.get("validate")!({ completed: () => completed++ });
  await new Promise((r) => setImmediate(r));
  expect(host.dialogs).toHaveLength(1);
  const url = new URL(host.dialogs[0].url);
  expect(`${url.origin}${url.pathname}`).toBe("https://addins.example.gov.cn/jixiao/dialog.html");
  expect(url.searchParams.get("zh")).toMatch(/ExcelApi 1\.14/);
  expect(url.searchParams.get("en")).toMatch(/ExcelApi 1\.14/);
  expect(completed).toBe(0);
  host.dialogs[0].fire("dialogMessageReceived", { message: "close" });
  await click;
  expect(host.dialogs[0].closed).toBe(1);
  expect(completed).toBe(1);
});

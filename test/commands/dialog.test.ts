/**
 * The message dialog: the URL carries the text (round trip, clipping, Office's own parameters),
 * showDialog resolves only once the dialog is gone (OK, close box, time limit, or no dialog at
 * all), and the pages are static: a CSP from the build, no inline script, text set as text.
 */
import * as fs from "fs";
import * as path from "path";
import {
  MAX_TEXT,
  dialogUrl,
  messageFromQuery,
  showDialog,
  type DialogConstants,
  type DialogUi,
} from "../../src/commands/dialog";

const ROOT = path.resolve(__dirname, "../..");
const PAGE =
  "https://addins.example.gov.cn/jixiao/commands.html?_host_Info=Excel$Win32$16.01$zh-CN";

describe("dialogUrl / messageFromQuery", () => {
  test("the dialog sits beside the function file and carries both languages", () => {
    const message = { zh: "工作表“支出”设置了保护密码。", en: "Sheet 支出 is protected." };
    const url = new URL(dialogUrl(PAGE, message));
    expect(`${url.origin}${url.pathname}`).toBe("https://addins.example.gov.cn/jixiao/dialog.html");
    expect(url.searchParams.has("_host_Info")).toBe(false);
    expect(messageFromQuery(url.search)).toEqual(message);
  });

  test("markup, ampersands and equals signs come back as the same text", () => {
    const message = {
      zh: '<img src=x onerror="alert(1)">&a=b#c',
      en: "</p><script>1</script>%20+",
    };
    const url = dialogUrl(PAGE, message);
    expect(url).not.toMatch(/[<>"#]|&a=/);
    // Office appends its own parameters to the dialog's address.
    expect(messageFromQuery(new URL(url).search + "&_host_Info=Excel")).toEqual(message);
  });

  test("long texts are clipped to MAX_TEXT characters, counted as characters", () => {
    const url = dialogUrl(PAGE, { zh: "长".repeat(MAX_TEXT + 50), en: "x".repeat(MAX_TEXT) });
    const back = messageFromQuery(new URL(url).search);
    expect([...back.zh]).toHaveLength(MAX_TEXT);
    expect(back.zh.endsWith("长…")).toBe(true);
    expect(back.en).toBe("x".repeat(MAX_TEXT));
    expect(url.length).toBeLessThan(8000);
  });

  test("a query without the message gives empty texts", () => {
    expect(messageFromQuery("?_host_Info=Excel")).toEqual({ zh: "", en: "" });
  });
});

// ---------------------------------------------------------------------------------------------

const C: DialogConstants = {
  succeeded: "succeeded" as unknown as Office.AsyncResultStatus,
  messageReceived: "dialogMessageReceived" as unknown as Office.EventType,
  eventReceived: "dialogEventReceived" as unknown as Office.EventType,
};

/** A dialog that records what was done to it and lets a test fire its events. */
function fakeDialog() {
  const handlers = new Map<unknown, (arg: unknown) => void>();
  const dialog = {
    closed: 0,
    close() {
      dialog.closed++;
    },
    addEventHandler(type: unknown, handler: (arg: unknown) => void) {
      handlers.set(type, handler);
    },
    fire(type: unknown, arg: unknown) {
      handlers.get(type)?.(arg);
    },
  };
  return dialog;
}

type FakeDialog = ReturnType<typeof fakeDialog>;

function fakeUi(
  answer: (callback: (r: Office.AsyncResult<Office.Dialog>) => void, d: FakeDialog) => void
) {
  const dialog = fakeDialog();
  const calls: { url: string; options: Office.DialogOptions }[] = [];
  const ui: DialogUi = {
    displayDialogAsync(url, options, callback) {
      calls.push({ url, options });
      answer(callback, dialog);
    },
  };
  return { ui, dialog, calls };
}

const succeeded = (d: FakeDialog) =>
  ({
    status: C.succeeded,
    value: d as unknown as Office.Dialog,
  }) as Office.AsyncResult<Office.Dialog>;
const failed = {
  status: "failed",
  error: { code: 12007 },
} as unknown as Office.AsyncResult<Office.Dialog>;

/** Whether a promise has settled after pending callbacks ran. */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
}

describe("showDialog", () => {
  afterEach(() => jest.useRealTimers());

  test("opens a small dialog at the URL and resolves when OK sends its message", async () => {
    const { ui, dialog, calls } = fakeUi((cb, d) => cb(succeeded(d)));
    const shown = showDialog(ui, "https://h/dialog.html?zh=a&en=b", C, 60_000);
    expect(calls).toEqual([
      {
        url: "https://h/dialog.html?zh=a&en=b",
        options: { height: 30, width: 35, displayInIframe: true },
      },
    ]);
    expect(await settled(shown)).toBe(false);
    dialog.fire(C.messageReceived, { message: "close" });
    await shown;
    expect(dialog.closed).toBe(1);
  });

  test("resolves when the user closes the dialog with its close box", async () => {
    const { ui, dialog } = fakeUi((cb, d) => cb(succeeded(d)));
    const shown = showDialog(ui, "https://h/d", C, 60_000);
    dialog.fire(C.eventReceived, { error: 12006 });
    await expect(shown).resolves.toBeUndefined();
  });

  test("resolves at once when the dialog cannot open, or the API throws", async () => {
    const refused = fakeUi((cb) => cb(failed));
    await expect(showDialog(refused.ui, "https://h/d", C, 60_000)).resolves.toBeUndefined();
    expect(refused.dialog.closed).toBe(0);
    const throwing: DialogUi = {
      displayDialogAsync() {
        throw new Error("DialogApi missing");
      },
    };
    await expect(showDialog(throwing, "https://h/d", C, 60_000)).resolves.toBeUndefined();
  });

  test("a dialog left open is closed at the time limit", async () => {
    jest.useFakeTimers();
    const { ui, dialog } = fakeUi((cb, d) => cb(succeeded(d)));
    const shown = showDialog(ui, "https://h/d", C, 1000);
    jest.advanceTimersByTime(999);
    expect(dialog.closed).toBe(0);
    jest.advanceTimersByTime(1);
    await shown;
    expect(dialog.closed).toBe(1);
    dialog.fire(C.messageReceived, {}); // a late click changes nothing
    expect(dialog.closed).toBe(1);
  });

  test("a dialog that opens only after the time limit is closed at once", async () => {
    jest.useFakeTimers();
    let open: () => void = () => undefined;
    const { ui, dialog } = fakeUi((cb, d) => (open = () => cb(succeeded(d))));
    const shown = showDialog(ui, "https://h/d", C, 1000);
    jest.advanceTimersByTime(1000);
    await shown;
    open();
    expect(dialog.closed).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------

describe("the command pages", () => {
  const read = (file: string) => fs.readFileSync(path.join(ROOT, "src/commands", file), "utf8");

  test.each(["commands.html", "dialog.html"])(
    "%s has the build's CSP and office.js, and no inline script, style or handler",
    (file) => {
      const html = read(file);
      expect(html).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="<%= contentSecurityPolicy %>"/
      );
      expect(html.match(/<script\b(?:[^>"]|"[^"]*")*>/g) ?? []).toEqual([
        '<script src="<%= officeJsSrc %>">',
      ]);
      expect(html).not.toMatch(/<script\b(?:[^>"]|"[^"]*")*>[^<\s]/);
      expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  );

  test("the dialog has the two message slots and an OK button", () => {
    const html = read("dialog.html");
    for (const id of ["message-zh", "message-en", "ok"]) expect(html).toContain(`id="${id}"`);
    expect(read("dialog-page.ts")).toMatch(/getElementById\("message-zh"\)/);
  });

  test("the command code sets text as text and calls no Excel API", () => {
    for (const file of fs
      .readdirSync(path.join(ROOT, "src/commands"))
      .filter((f) => f.endsWith(".ts"))) {
      const source = read(file);
      expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
      expect(source).not.toMatch(/\bExcel\.[A-Za-z_$]/);
    }
  });
});

import { COMMAND_NAMES, messages } from "../../src/commands/messages";
import { messageForError } from "../../src/commands/handlers";
import { NotATemplateError } from "../../src/workbook/reader";
import { commandFailure, readFailure, wordFailure } from "../../src/taskpane/failures";
import { messages as paneText } from "../../src/taskpane/i18n";

const accessDenied = Object.assign(new Error("拒绝访问。"), { code: "AccessDenied" });

describe("a failure in the pane: plain words first, Excel's code only as details", () => {
  test.each(COMMAND_NAMES)("%s: the code leaves the sentence and becomes the details", (c) => {
    const shown = messageForError(c, accessDenied);
    expect(shown.zh).toContain("AccessDenied"); // the ribbon's words carry it
    const { message, details } = commandFailure(shown, accessDenied);
    expect(details).toBe("AccessDenied");
    expect(message.zh).not.toContain("AccessDenied");
    expect(message.en).not.toContain("AccessDenied");
    expect(message.zh).toMatch(/^“.+”未能完成。/);
    expect(message.zh).not.toMatch(/（）|\(\)/);
    // what the user can do follows
    expect(message.zh.length).toBeGreaterThan(`“${c}”未能完成。`.length + 4);
  });

  test("a refusal with no code in it is kept as it is, with no details", () => {
    const editing = { code: "InvalidOperationInCellEditMode" };
    const refusal = messageForError("validate", editing);
    expect(commandFailure(refusal, editing)).toEqual({ message: messages.cellEditing() });
    const notTemplate = new NotATemplateError("不是模板。", "Not the template.");
    expect(commandFailure(messageForError("validate", notTemplate), notTemplate)).toEqual({
      message: { zh: "不是模板。", en: "Not the template." },
    });
  });

  test("an error with no code gives its name as details", () => {
    const shown = messages.failed("report", "TypeError");
    expect(commandFailure(shown, new TypeError("x"))).toEqual({
      message: { zh: expect.not.stringContaining("TypeError"), en: expect.any(String) },
      details: "TypeError",
    });
  });

  test("reading the results and 导出 Word: plain words, the code apart", () => {
    for (const f of [readFailure(accessDenied), wordFailure(accessDenied)]) {
      expect(f.details).toBe("AccessDenied");
      expect(f.message.zh).not.toContain("AccessDenied");
      expect(f.message.en).not.toContain("AccessDenied");
      expect(f.message.zh).toMatch(/^未能/);
    }
  });
});

describe("Excel for Mac: 导出 Word says what works instead", () => {
  test.each(["zh-CN", "en-US"] as const)(
    "%s claims no export and offers PDF and Excel elsewhere",
    (l) => {
      const text = paneText[l].wordUnavailable;
      expect(text).not.toMatch(/已导出 Word|Word file .*was exported/);
      expect(text).toMatch(/PDF/);
      // What a clerk can do: Excel on Windows or the web, with the same button; no command line.
      expect(text).toMatch(
        l === "zh-CN"
          ? /Windows 电脑或网页版 Excel.*“导出 Word”/
          : /Excel on the web and click Export Word/
      );
      expect(text).not.toMatch(/jixiao|命令行|command-line/);
    }
  );
});

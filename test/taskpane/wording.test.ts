/**
 * The engine's words as the pane shows them (src/taskpane/wording): figures with their units,
 * a limit as a limit, a difference with no bare minus sign, and no developer words anywhere a
 * clerk can meet them in the pane.
 */
import { ALL_METAS } from "../../src/rules";
import {
  messages as commandMessages,
  COMMAND_NAMES,
  type Message,
} from "../../src/commands/messages";
import { messageForError } from "../../src/commands/handlers";
import { recognise, NotATemplateError } from "../../src/workbook/reader";
import type { ReadResult } from "../../src/workbook/port";
import { messages as paneText } from "../../src/taskpane/i18n";
import { readFailure, wordFailure } from "../../src/taskpane/failures";
import { wordSaved } from "../../src/taskpane/word";
import {
  DEVELOPER_WORDS,
  figuresOf,
  plainEn,
  plainMessage,
  plainZh,
  unitIn,
} from "../../src/taskpane/wording";

/** Findings as `jixiao validate --json assets/sample.xlsx` records them (abridged messages). */
const TOTAL = {
  ruleId: "total-expenditure",
  message:
    "支出总计（实际支出）填报 226.98 万元，但基本支出 226.98 万元 + 项目支出 8.00 万元 = 234.98 万元（相差 -8.00 万元）。",
  expected: "234.98",
  actual: "226.98",
};
const FISCAL = {
  ruleId: "fiscal-within-actual",
  message: "基本支出中财政拨款 421.30 万元（人员 299.95、公用 121.35）超过实际支出 226.98 万元。",
  expected: "≤ 226.98",
  actual: "421.30",
};
const TOO_LOW = {
  ruleId: "indicator-target-too-low",
  message: "指标“贫困劳动力培训”目标值 250 人，实际完成 628 人，完成率 251.2%。",
  expected: "< 130%",
  actual: "251.2%",
};
const GRADE = {
  ruleId: "grade-supported",
  message: "自评等级“良好”尚无完整评分支持：评分表中12项指标缺少数据（…），已计得分 27 分。",
  expected: "完整评分",
  actual: "缺少 12 项",
};

describe("a finding's figures", () => {
  test("应为 carries the unit the message gives the figure", () => {
    expect(figuresOf(TOTAL, "zh-CN")).toEqual({
      expected: { label: "应为", value: "234.98 万元" },
      actual: { label: "实为", value: "226.98 万元" },
    });
    expect(figuresOf(TOTAL, "en-US").expected).toEqual({
      label: "Expected",
      value: "234.98 (10,000 yuan)",
    });
  });

  test("a limit reads as a limit, with its unit: 应 < 130%, 应 ≤ 226.98 万元", () => {
    expect(figuresOf(TOO_LOW, "zh-CN").expected).toEqual({ label: "应", value: "< 130%" });
    expect(figuresOf(FISCAL, "zh-CN")).toEqual({
      expected: { label: "应", value: "≤ 226.98 万元" },
      actual: { label: "实为", value: "421.30 万元" },
    });
  });

  test("a unit the message does not give is never guessed", () => {
    expect(unitIn("填报 226.98 万元", "226.98")).toBe("万元");
    expect(unitIn("填报 226.98 万元", "26.98")).toBeUndefined(); // not a figure of its own
    expect(unitIn("完成率 251.2%", "251.2")).toBeUndefined();
    expect(figuresOf({ ...TOTAL, message: "无单位" }, "zh-CN").expected?.value).toBe("234.98");
  });

  test("grade-supported's count says it counts indicators", () => {
    expect(figuresOf(GRADE, "zh-CN").actual).toEqual({ label: "实为", value: "12 项指标缺少数据" });
    expect(figuresOf(GRADE, "en-US")).toEqual({
      expected: { label: "Expected", value: "a complete score" },
      actual: { label: "Found", value: "12 indicators lack data" },
    });
    // Another rule's "缺少 N 项" is left as it is: the pane only says what it knows.
    expect(figuresOf({ ...GRADE, ruleId: "other" }, "zh-CN").actual?.value).toBe("缺少 12 项");
  });
});

describe("a difference has no bare minus sign", () => {
  test("the first figure less or more than the second", () => {
    expect(plainZh(TOTAL.message)).toContain("= 234.98 万元（少 8.00 万元）。");
    expect(plainZh("实有人数合计填报 24 人，相加为 23 人（相差 1 人）。")).toContain("（多 1 人）");
    expect(plainEn("make 234.98 (difference -8.00 万元).")).toBe(
      "make 234.98 (less by 8.00 (10,000 yuan))."
    );
    expect(plainZh(TOTAL.message)).not.toMatch(/[-−]\d/);
  });
});

const FILL = (template: string) => template.replace(/\{\{\w+\}\}/g, "X");
const developer = (text: string) => DEVELOPER_WORDS.filter((w) => w.test(text)).map(String);

/** Every text of the engine a clerk may meet in the pane, as its source words it. */
function engineTexts(): { zh: string; en: string }[] {
  const texts: { zh: string; en: string }[] = [];
  for (const meta of ALL_METAS)
    for (const m of Object.values(meta.messages)) texts.push({ zh: FILL(m.zh), en: FILL(m.en) });
  // failed(command, reason) is covered by messageForError below.
  for (const [name, make] of Object.entries(commandMessages) as [string, (a: never) => Message][])
    if (name !== "failed") texts.push(make(["甲"] as never));
  for (const c of COMMAND_NAMES) texts.push(messageForError(c, new Error("x")));
  try {
    recognise({ names: {}, sheets: [], tables: {} } as unknown as ReadResult);
  } catch (e) {
    if (e instanceof NotATemplateError) texts.push({ zh: e.zh, en: e.en });
  }
  return texts;
}

describe("no developer words in the pane", () => {
  test("the engine's own words have some (the rewording is needed, so this test can fail)", () => {
    const raw = engineTexts().flatMap((m) => [...developer(m.zh), ...developer(m.en)]);
    expect(raw.length).toBeGreaterThan(4);
  });

  test("none is left once the pane has reworded them", () => {
    const left = engineTexts()
      .map(plainMessage)
      .flatMap((m) => [m.zh, m.en])
      .filter((text) => developer(text).length > 0);
    expect(left).toEqual([]);
  });

  test("none in the pane's own texts", () => {
    const own = [
      ...Object.values(paneText["zh-CN"]),
      ...Object.values(paneText["en-US"]),
      ...[readFailure(new Error()), wordFailure(new Error())].flatMap((f) => [
        f.message.zh,
        f.message.en,
      ]),
      ...[wordSaved("a.docx", 0), wordSaved("a.docx", 2)].flatMap((m) => [m.zh, m.en]),
    ];
    expect(own.filter((text) => developer(text).length > 0)).toEqual([]);
  });
});

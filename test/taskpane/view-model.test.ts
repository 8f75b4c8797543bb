/**
 * What the pane shows, without a browser: the verdict line in both languages, the score read
 * back from the 评分 sheet's status, grouping by severity then sheet, and the filter.
 */
import type { LastResults, RecordedFinding } from "../../src/workbook/last-results";
import { formats, messages } from "../../src/taskpane/i18n";
import {
  KINDS,
  NO_FILTER,
  cellIn,
  countByKind,
  groupFindings,
  matches,
  messageOf,
  placeOf,
  sameResults,
  sheetsOf,
  verdictOf,
} from "../../src/taskpane/view-model";

const finding = (over: Partial<RecordedFinding>): RecordedFinding => ({
  severity: "warning",
  ruleId: "r",
  sheet: "绩效指标",
  cell: "F9",
  message: "指标完成率 191.5%",
  messageEn: "Completion 191.5%",
  ...over,
});

const FINDINGS: RecordedFinding[] = [
  finding({ severity: "error", sheet: "支出汇总", cell: "H8", message: "支出总计应为 234.98" }),
  finding({ severity: "warning", sheet: "绩效指标", cell: "F9" }),
  finding({ severity: "warning", sheet: "基本信息", cell: "B15", message: "自评等级尚无完整评分" }),
  finding({ severity: "info", sheet: undefined, cell: undefined, message: "整个工作簿的提示" }),
  finding({ severity: "error", sheet: "我的表", cell: "A1", message: "用户自己的工作表" }),
];

const last = (over: Partial<LastResults> = {}): LastResults => ({
  template: true,
  validated: true,
  findings: FINDINGS,
  score: {},
  ...over,
});

describe("verdict", () => {
  test("counts by severity, worst first, in Chinese and English", () => {
    expect(verdictOf(last(), "zh-CN", "无").line).toBe("2 个错误、2 个警告、1 个提示");
    expect(verdictOf(last(), "en-US", "none").line).toBe("2 errors, 2 warnings, 1 note");
    expect(verdictOf(last(), "zh-CN", "无").tone).toBe("error");
    const one = last({ findings: [finding({ severity: "warning" })] });
    expect(verdictOf(one, "en-US", "none")).toMatchObject({ line: "1 warning", tone: "warning" });
  });

  test("no findings: the ok line", () => {
    const v = verdictOf(last({ findings: [] }), "zh-CN", messages["zh-CN"].noProblems);
    expect(v).toEqual({ tone: "ok", line: "没有发现问题。" });
  });

  test("a complete score: total and grade, and the cap the status names", () => {
    const v = verdictOf(
      last({
        score: {
          total: 79,
          grade: "中",
          status: "评分完整，按“默认方案”计分。预算执行率 65.20%，总分以 79 分封顶。",
        },
      }),
      "zh-CN",
      ""
    );
    expect(v.score).toBe("总分 79 分，等级：中");
    expect(v.scoreNote).toBe("预算执行率 65.20%，总分以 79 分封顶。");
    expect(v.missing).toBeUndefined();
    const en = verdictOf(last({ score: { total: 91.5, grade: "优" } }), "en-US", "");
    expect(en.score).toBe("Score 91.50, grade Excellent"); // no Chinese left in en-US
  });

  test("an incomplete score: what was counted, and each missing figure", () => {
    const status =
      "评分不完整：已计 27 分，缺少 三公经费变动率：本年三公经费预算；预算执行率：全年预算。";
    const v = verdictOf(last({ score: { status } }), "zh-CN", "");
    expect(v.score).toBe("评分不完整：已计 27 分");
    expect(v.missing).toEqual(["三公经费变动率：本年三公经费预算", "预算执行率：全年预算"]);
    expect(v.scoreNote).toBeUndefined();
    expect(verdictOf(last({ score: { status } }), "en-US", "").score).toBe(
      "Score incomplete: 27 points so far"
    );
  });

  test("the missing figures say what they count: figures, and the indicators they leave unscored", () => {
    const status =
      "评分不完整：已计 27 分，缺少 三公经费变动率：本年三公经费预算；三公经费变动率：上年三公经费预算；预算执行率：全年预算。";
    expect(verdictOf(last({ score: { status } }), "zh-CN", "").missingLine).toBe(
      "缺少 3 项数据，2 项指标因此未计分"
    );
    expect(verdictOf(last({ score: { status } }), "en-US", "").missingLine).toBe(
      "3 figures missing, so 2 indicators are not scored"
    );
    // An item that names no indicator: the figures alone, no count the pane cannot see.
    const bare = "评分不完整：已计 27 分，缺少 年末结转结余；预算执行率：全年预算。";
    expect(verdictOf(last({ score: { status: bare } }), "zh-CN", "").missingLine).toBe(
      "缺少 2 项数据"
    );
  });

  test("the profile the workbook carries is named beside the score, not without one", () => {
    const carried = { total: 91.5, grade: "优", profile: "某区财政局评分方案" };
    expect(verdictOf(last({ score: carried }), "zh-CN", "").profile).toEqual({
      label: "评分方案：",
      name: "某区财政局评分方案",
    });
    expect(verdictOf(last({ score: carried }), "en-US", "").profile).toEqual({
      label: "Scoring profile: ",
      name: "某区财政局评分方案", // the bureau's name is data, shown as lang="zh-CN"
    });
    expect(verdictOf(last({ score: { profile: "某区" } }), "zh-CN", "").profile).toBeUndefined();
  });

  test("a status in another form is shown whole, never dropped", () => {
    const v = verdictOf(last({ score: { status: "评分方案已更改" } }), "zh-CN", "");
    expect(v).toMatchObject({ score: "评分不完整", scoreNote: "评分方案已更改" });
  });
});

describe("grouping and filtering", () => {
  test("by severity, then the template's sheet order, other sheets after, the workbook last", () => {
    const groups = groupFindings(FINDINGS);
    expect(groups.map((g) => [g.kind, g.count, g.sheets.map((s) => s.sheet)])).toEqual([
      ["error", 2, ["支出汇总", "我的表"]],
      ["warning", 2, ["基本信息", "绩效指标"]],
      ["info", 1, [""]],
    ]);
    expect(sheetsOf(FINDINGS)).toEqual(["基本信息", "支出汇总", "绩效指标", "我的表", ""]);
  });

  test("severities switched off, words in any language or place, one sheet", () => {
    const only = (f: Partial<typeof NO_FILTER>) =>
      FINDINGS.filter((x) => matches(x, { ...NO_FILTER, ...f })).map(placeOf);
    expect(only({ kinds: new Set(["error"]) })).toEqual(["支出汇总!H8", "我的表!A1"]);
    expect(only({ text: "h8" })).toEqual(["支出汇总!H8"]);
    expect(only({ text: "completion  F9" })).toEqual(["绩效指标!F9"]);
    expect(only({ text: "２３４.９８" })).toEqual(["支出汇总!H8"]); // full-width folds
    expect(only({ sheet: "基本信息" })).toEqual(["基本信息!B15"]);
    expect(groupFindings(FINDINGS, { ...NO_FILTER, text: "nothing like this" })).toEqual([]);
  });

  test("the message in the pane's language, Chinese where no English was recorded", () => {
    expect(messageOf(FINDINGS[1], "en-US")).toBe("Completion 191.5%");
    expect(messageOf(finding({ messageEn: "" }), "en-US")).toBe("指标完成率 191.5%");
    expect(messageOf(FINDINGS[1], "zh-CN")).toBe("指标完成率 191.5%");
  });

  test("unchanged results are recognised, so a refresh moves nothing", () => {
    expect(sameResults(undefined, last())).toBe(false);
    expect(sameResults(last(), last())).toBe(true);
    expect(sameResults(last(), last({ findings: FINDINGS.slice(1) }))).toBe(false);
  });
});

describe("strings", () => {
  test("every figure text exists in both languages", () => {
    for (const locale of ["zh-CN", "en-US"] as const) {
      const f = formats[locale];
      for (const c of ["validate", "report", "clearMarks", "insertTemplate", "refresh"] as const)
        expect(f.running(c)).toMatch(/…$/);
      expect(f.shown(3, 7)).toMatch(/3.*7/);
      expect(f.missing(12)).toMatch(/12/);
    }
  });
});

describe("explained findings in the pane", () => {
  const explained = finding({
    severity: "warning",
    cell: "F10",
    explanation: "政策调整，超额完成",
  });
  test("count apart: not in the severity counts, named in the verdict line", () => {
    const v = verdictOf(last({ findings: [...FINDINGS, explained] }), "zh-CN", "无");
    expect(v.line).toBe(
      `${formats["zh-CN"].counts({ error: 2, warning: 2, info: 1 })}（已说明 1 个）`
    );
    const only = verdictOf(last({ findings: [explained] }), "en-US", "none");
    expect([only.tone, only.line]).toEqual(["ok", "none（1 explained）"]);
  });
  test("the filter finds a finding by its explanation", () => {
    expect(matches(explained, { ...NO_FILTER, text: "政策调整" })).toBe(true);
    expect(matches(FINDINGS[1], { ...NO_FILTER, text: "政策调整" })).toBe(false);
  });
});

describe("counts agree everywhere", () => {
  const explained = (cell: string, severity: "warning" | "info") =>
    finding({ severity, cell, explanation: "本单位情况如此" });
  const ALL = [...FINDINGS, explained("F10", "warning"), explained("F11", "info")];

  test("verdict, filter buttons and headings count an explained finding once, as explained", () => {
    const counts = countByKind(ALL);
    expect(counts).toEqual({ error: 2, warning: 2, info: 1, explained: 2 });
    const groups = groupFindings(ALL);
    expect(groups.map((g) => [g.kind, g.count])).toEqual(
      KINDS.map((k) => [k, counts[k]]).filter(([, n]) => n !== 0)
    );
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(ALL.length);
    expect(verdictOf(last({ findings: ALL }), "zh-CN", "").line).toBe(
      "2 个错误、2 个警告、1 个提示（已说明 2 个）"
    );
    expect(formats["zh-CN"].chip("explained", counts.explained)).toBe("已说明 2");
    expect(formats["zh-CN"].group("explained", counts.explained)).toBe("已说明（2）");
  });

  test("switching a kind off hides exactly that kind", () => {
    const shown = groupFindings(ALL, { ...NO_FILTER, kinds: new Set(["error", "explained"]) });
    expect(shown.map((g) => [g.kind, g.count])).toEqual([
      ["error", 2],
      ["explained", 2],
    ]);
  });
});

describe("which listed findings a change touches", () => {
  test.each([
    ["K6", "K6", true],
    ["K6", "$K$6", true],
    ["K6", "J5:L7", true],
    ["K6", "A1:B2, K6", true],
    ["K6", "支出汇总!K6", true],
    ["K6", "K:K", true],
    ["K6", "6:6", true],
    ["K6", "K7", false],
    ["K6", "A1:J10", false],
    ["K6", "L:M", false],
    ["AA10", "Z1:AB20", true],
  ])("%s in %s: %s", (cell, address, inside) => {
    expect(cellIn(cell, address)).toBe(inside);
  });
});

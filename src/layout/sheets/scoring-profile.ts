import type { ScoringProfile } from "../../model/scoring-profile";
import { blankRow, hintRow, row, sectionRow, text, titleRow } from "../build-helpers";
import type { RowSpec, SheetDef } from "../types";
import { SINCE_1_2 } from "../versions";

/**
 * The 评分方案 sheet (issue 15 item 10): the scoring profile in use, carried by the workbook so
 * that Excel, which has no --profile, scores as the finance bureau decided. A person reads the
 * table; the add-in reads the profile's JSON under `PROFILE_DATA_NAME` at the bottom.
 */
export const PROFILE_SHEET = "评分方案";
export const PROFILE_DATA_NAME = "jx_scoringProfile";

const WIDTHS = [10, 22, 7, 64];
const WIDTH = WIDTHS.length;
const LINE_POINTS = 13;
/** Excel's tallest row. */
const MAX_ROW_POINTS = 409;

const pct = (x: number) => `${Number((x * 100).toFixed(4))}%`;

/** Lines `t` wraps to in `chars` characters of width (CJK counted double). */
function lines(t: string, chars: number): number {
  const width = [...t].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
  return Math.max(1, Math.ceil(width / (chars - 1)));
}
const heightFor = (t: string, chars: number) =>
  Math.min(MAX_ROW_POINTS, Math.max(18, lines(t, chars) * LINE_POINTS + 5));
const sum = (widths: number[]) => widths.reduce((a, b) => a + b, 0);

/** A label over A:B and its text over C:D. */
const pairRow = (label: string, value: string): RowSpec =>
  row([text(label, "label", 2), text(value, "label", 2)], heightFor(value, sum(WIDTHS.slice(2))));

function gradeText(profile: ScoringProfile): string {
  const bands = [...profile.grades].sort((a, b) => b.min - a.min);
  return bands
    .map((g, i) => {
      const upper = i > 0 ? bands[i - 1].min : undefined;
      if (upper === undefined) return `${g.grade}：${g.min}分及以上`;
      return g.min <= 0
        ? `${g.grade}：${upper}分以下`
        : `${g.grade}：${g.min}–${upper}分（不含${upper}）`;
    })
    .join("；");
}

function deductionTexts(profile: ScoringProfile): [string, string][] {
  const low = profile.deductions.targetTooLow;
  const caps = profile.deductions.executionCaps;
  return [
    [
      "三公经费变动率口径",
      profile.threePublicBase === "budget" ? "按预算数比较本年与上年" : "按实际支出比较本年与上年",
    ],
    [
      "定性指标档次",
      Object.entries(profile.qualitativeShare)
        .map(([band, share]) => `${band}得该指标分值的${pct(share)}`)
        .join("；"),
    ],
    [
      "目标设定过低",
      low.enabled
        ? `实际完成值达到目标值的${pct(low.ratio)}及以上，视为目标设定过低，该指标扣${low.points}分`
        : "不扣分",
    ],
    [
      "预算执行率封顶",
      caps.enabled && caps.bands.length
        ? caps.bands
            .map((b) => `执行率${pct(b.atLeast)}–${pct(b.below)}（不含）总分不超过${b.cap}分`)
            .join("；")
        : "不封顶",
    ],
  ];
}

function indicatorRows(profile: ScoringProfile): RowSpec[] {
  const total = profile.indicators.reduce((n, i) => n + i.points, 0);
  return [
    row([
      text("一级指标", "header"),
      text("指标", "header"),
      text("分值", "header"),
      text("评分方法", "header"),
    ]),
    ...profile.indicators.map((i) =>
      row(
        [text(i.level1), text(i.name), text(String(i.points)), text(i.description)],
        heightFor(i.description, WIDTHS[3])
      )
    ),
    row([text("合计", "subtitle"), text(""), text(String(Number(total.toFixed(4))))]),
  ];
}

/** The sheet for `profile`: the template writes it with the default; --profile replaces it. */
export function profileSheetDef(profile: ScoringProfile): SheetDef {
  const json = JSON.stringify(profile);
  const sources = profile.sources.join("；");
  return {
    name: PROFILE_SHEET,
    since: SINCE_1_2,
    en: "Scoring profile",
    purpose: "本工作簿评分所用的评分方案：指标、分值、评分方法、等级和扣分规定（校验按此计分）",
    widths: WIDTHS,
    orientation: "portrait",
    freezeRows: 0,
    tabColor: "C00000",
    rows: [
      titleRow("评分方案", WIDTH),
      pairRow("方案名称", profile.name),
      pairRow("依据", sources || "（未注明）"),
      blankRow,
      sectionRow("指标、分值与评分方法", WIDTH),
      ...indicatorRows(profile),
      blankRow,
      sectionRow("等级与扣分规定", WIDTH),
      pairRow("等级", gradeText(profile)),
      ...deductionTexts(profile).map(([label, value]) => pairRow(label, value)),
      blankRow,
      sectionRow("方案数据", WIDTH),
      hintRow(
        "本方案的完整参数保存在下一行（已隐藏），校验时由绩效自评助手读取，请勿修改。财政部门另有评分方案的，用命令 jixiao template --profile 方案.json 写出带该方案的模板，或用 jixiao validate --profile 方案.json 替换本表。",
        WIDTH,
        30
      ),
      // The data row is hidden: the table above is what a person reads and prints.
      {
        ...row(
          [{ t: "text", text: json, style: "hint", span: WIDTH, name: PROFILE_DATA_NAME }],
          heightFor(json, sum(WIDTHS))
        ),
        hidden: true,
      },
    ],
  };
}

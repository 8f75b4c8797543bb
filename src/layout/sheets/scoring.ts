/**
 * 评分 (Scoring): the scoring profile's indicators with their points and the score validate
 * fills in; qualitative indicators are assessed by the unit.
 */
import {
  DEFAULT_PROFILE,
  type ProfileIndicator,
  type ScoringProfile,
} from "../../model/scoring-profile";
import {
  field,
  hintRow,
  input,
  result,
  row,
  sectionRow,
  skip,
  text,
  titleRow,
} from "../build-helpers";
import type { RowSpec, SheetDef } from "../types";

const assessedFields = Object.fromEntries(
  DEFAULT_PROFILE.indicators.flatMap((p) =>
    p.method.kind === "assessed"
      ? [
          [
            p.id,
            field(`jx_assess_${p.id}`, p.method.path, {
              label: `${p.name}（自评得分）`,
              en: `${p.id}, assessed points`,
              type: "amount",
              unit: "分",
              hint: `满分${p.points}分`,
            }),
          ],
        ]
      : []
  )
);

export const LEVEL_EN: Record<string, string> = {
  投入: "inputs",
  过程: "process",
  产出: "outputs",
  效益: "outcomes",
};
/** Names of the cells validate fills from the score (PRODUCT.md §4, scoring profile). */
export const SCORE_NAMES = {
  points: (id: string) => `jx_scorePoints_${id}`,
  rate: (id: string) => `jx_scoreRate_${id}`,
  earned: (id: string) => `jx_score_${id}`,
  note: (id: string) => `jx_scoreNote_${id}`,
  level: (level1: string) => `jx_scoreLevel_${LEVEL_EN[level1]}`,
  levelPoints: (level1: string) => `jx_scoreLevelPoints_${LEVEL_EN[level1]}`,
  total: "jx_scoreTotal",
  grade: "jx_scoreGrade",
  status: "jx_scoreStatus",
};
const LEVELS = [...new Set(DEFAULT_PROFILE.indicators.map((p) => p.level1))];

/** The scoring sheet's name, and where its indicator rows put their texts. */
export const SCORING_SHEET = "评分";
/** Columns (0-based) of an indicator row: 一级指标, 指标, 分值 (named), 评分方法. */
export const SCORING_TEXT_COLUMNS = { level1: 0, name: 1, points: 2, method: 3 } as const;

/**
 * A row per default indicator (the names stay the template's), showing how `profile` words it:
 * a bureau's profile may rename an indicator, move it or describe its method otherwise.
 */
function scoringRow(d: ProfileIndicator, profile: ScoringProfile): RowSpec {
  const shown = profile.indicators.find((i) => i.id === d.id);
  return row(
    [
      text(shown?.level1 ?? d.level1),
      text(shown?.name ?? d.name),
      result(SCORE_NAMES.points(d.id), `${d.name}分值`, `${d.id} points`, "amount"),
      text(shown?.description ?? "本评分方案不含此指标", "hint"),
      d.method.kind === "assessed" ? input(assessedFields[d.id]) : text("", "label"),
      result(SCORE_NAMES.rate(d.id), `${d.name}计算值`, `${d.id} rate`, "rate"),
      result(SCORE_NAMES.earned(d.id), `${d.name}得分`, `${d.id} points earned`, "amount"),
      result(SCORE_NAMES.note(d.id), `${d.name}说明`, `${d.id} note`, "text"),
    ],
    44
  );
}

/** The 评分 sheet worded as `profile` words its indicators (names and cells stay the template's). */
export const scoringSheetFor = (profile: ScoringProfile): SheetDef => ({
  ...scoringSheet,
  rows: scoringSheet.rows.map((r, i) =>
    i >= SCORING_FIRST_ROW && i < SCORING_FIRST_ROW + DEFAULT_PROFILE.indicators.length
      ? scoringRow(DEFAULT_PROFILE.indicators[i - SCORING_FIRST_ROW], profile)
      : r
  ),
});
/** Index in `rows` of the first indicator row (after the title and the header). */
const SCORING_FIRST_ROW = 2;

export const scoringSheet: SheetDef = {
  name: SCORING_SHEET,
  en: "Scoring",
  purpose: "评分表：评分方案的指标、分值与得分；定性指标由单位自评，其余由校验按数据计分",
  widths: [9, 22, 7, 46, 11, 11, 10, 40],
  orientation: "landscape",
  onePage: true,
  freezeRows: 2,
  tabColor: "C00000",
  rows: [
    titleRow("评分表", 8),
    row([
      text("一级指标", "header"),
      text("指标", "header"),
      text("分值", "header"),
      text("评分方法", "header"),
      text("自评得分", "header"),
      text("计算值", "header"),
      text("得分", "header"),
      text("说明", "header"),
    ]),
    ...DEFAULT_PROFILE.indicators.map((p) => scoringRow(p, DEFAULT_PROFILE)),
    sectionRow("合计", 8),
    ...LEVELS.map((l) =>
      row([
        text(l),
        text(`${l}小计`),
        result(SCORE_NAMES.levelPoints(l), `${l}分值`, `${LEVEL_EN[l]} points`, "amount"),
        text("", "label"),
        text("", "label"),
        text("", "label"),
        result(SCORE_NAMES.level(l), `${l}得分`, `${LEVEL_EN[l]} points earned`, "amount"),
        text("", "label"),
      ])
    ),
    row(
      [
        text("总分", "subtitle"),
        skip,
        skip,
        skip,
        skip,
        skip,
        result(SCORE_NAMES.total, "总分", "Total score", "amount"),
        result(SCORE_NAMES.status, "评分说明", "Scoring status", "text"),
      ],
      60
    ),
    row([
      text("等级", "subtitle"),
      skip,
      skip,
      skip,
      skip,
      skip,
      result(SCORE_NAMES.grade, "等级", "Grade", "text"),
    ]),
    hintRow(
      "“自评得分”由单位填写（不超过分值）；其余得分在校验时按“支出”“三公经费”“项目”“绩效指标”等表中的数字计算，缺少数据的指标不计分并在“说明”中列出，此时总分不完整。分值、评分方法和等级分数线按“评分方案”工作表中的方案；财政部门下发的方案含本表没有的指标时，校验在本表下方列出这些指标及其得分。",
      8,
      44
    ),
  ],
};

import {
  DEFAULT_PROFILE,
  type ProfileIndicator,
  type ScoringProfile,
} from "../model/scoring-profile";
import {
  blankRow,
  field,
  hintRow,
  input,
  result,
  row,
  sectionRow,
  skip,
  tablesRow,
  text,
  titleRow,
} from "./build-helpers";
import { PROFILE_SHEET, profileSheetDef } from "./scoring-profile-sheet";
import type { RowSpec, SheetDef, TableDef } from "./types";
import { VERSION_NAME } from "./versions";
import { bodiesAndDutiesSheet } from "./sheets/bodies-and-duties";
import { unitProfileSheet } from "./sheets/unit-profile";
import { staffByBodySheet } from "./sheets/staff-by-body";
import { expenditureItemsSheet } from "./sheets/expenditure-items";
import { projectsSheet } from "./sheets/projects";
import { expenditureSummarySheet } from "./sheets/expenditure-summary";
import { incomeSheet } from "./sheets/income";
import { threePublicSheet } from "./sheets/three-public-expenses";
import { yearOnYearSheet } from "./sheets/year-on-year";
import { indicatorsSheet } from "./sheets/indicators";

export {
  SINCE_1_2,
  TEMPLATE_MARKER,
  TEMPLATE_VERSION,
  TEMPLATE_VERSIONS,
  VERSION_NAME,
} from "./versions";
export { bodiesTable, dutiesTable } from "./sheets/bodies-and-duties";
export { staffByBodyTable } from "./sheets/staff-by-body";
export { expenditureTable } from "./sheets/expenditure-items";
export { projectsTable } from "./sheets/projects";
export { execution, expenditureCalcs, expenditureStated } from "./sheets/expenditure-summary";
export { statedRateFields, yearOnYearFields } from "./sheets/year-on-year";
export { indicatorsTable } from "./sheets/indicators";

// ------------------------------------------------------------------------------------------
// 填表说明

const versionField = field(VERSION_NAME, "templateVersion", {
  label: "模板版本",
  en: "Template version",
  type: "text",
  hint: "由绩效自评助手写入，请勿修改",
  system: true,
});

// ------------------------------------------------------------------------------------------
// 评分

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

const scoringSheetFor = (profile: ScoringProfile): SheetDef => ({
  ...scoringSheet,
  rows: scoringSheet.rows.map((r, i) =>
    i >= SCORING_FIRST_ROW && i < SCORING_FIRST_ROW + DEFAULT_PROFILE.indicators.length
      ? scoringRow(DEFAULT_PROFILE.indicators[i - SCORING_FIRST_ROW], profile)
      : r
  ),
});
/** Index in `rows` of the first indicator row (after the title and the header). */
const SCORING_FIRST_ROW = 2;

const scoringSheet: SheetDef = {
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

// ------------------------------------------------------------------------------------------
// 文字材料

const N = (n: string, path: string, label: string, en: string, hint: string) =>
  field(`jx_${n}`, `narrative.${path}`, { label, en, type: "longtext", hint });
const narrative = {
  overallGoal: N("overallGoal", "overallGoal", "年度总体目标", "Overall annual goal", "用于自评表"),
  goalCompletion: N(
    "goalCompletion",
    "goalCompletion",
    "总体目标实际完成情况",
    "Completion of the overall goal",
    "用于自评表"
  ),
  management: N(
    "managementText",
    "management",
    "部门整体支出管理",
    "Management of expenditure",
    "报告第三部分"
  ),
};

export const NARRATIVE_KINDS = ["工作成效", "存在问题", "改进建议"] as const;
export const narrativeTable: TableDef = {
  name: "T_Narrative",
  label: "文字段落",
  en: "Narrative paragraphs",
  path: "narrative.$paragraphs",
  blankRows: 12,
  columns: [
    {
      header: "部分",
      en: "Part",
      key: "kind",
      type: "choice",
      choices: NARRATIVE_KINDS,
      required: true,
      hint: "工作成效（报告四）、存在问题、改进建议（报告五）",
    },
    {
      header: "主题",
      en: "Topic",
      key: "topic",
      type: "text",
      hint: "工作成效的小标题，如“稳步推进就业创业工作”；同一主题的段落放在一起",
    },
    {
      header: "内容",
      en: "Text",
      key: "text",
      type: "longtext",
      required: true,
      hint: "一行一段；序号由报告生成",
    },
  ],
};

const narrativeSheet: SheetDef = {
  name: "文字材料",
  en: "Narrative",
  purpose: "报告中需要人工撰写的文字（报告三、四、五；自评表）",
  widths: [14, 28, 100],
  orientation: "landscape",
  freezeRows: 0,
  tabColor: "595959",
  rows: [
    titleRow("文字材料", 3),
    row([text(narrative.overallGoal.label), input(narrative.overallGoal, 2)], 60),
    row([text(narrative.goalCompletion.label), input(narrative.goalCompletion, 2)], 60),
    row([text(narrative.management.label), input(narrative.management, 2)], 60),
    blankRow,
    sectionRow("工作成效、存在问题、改进建议（每行一段）", 3),
    tablesRow({ table: narrativeTable, col: 0 }),
  ],
};

// ------------------------------------------------------------------------------------------
// 填表说明

const SHEETS_BEFORE_GUIDE: SheetDef[] = [
  unitProfileSheet,
  bodiesAndDutiesSheet,
  staffByBodySheet,
  expenditureSummarySheet,
  expenditureItemsSheet,
  projectsSheet,
  incomeSheet,
  threePublicSheet,
  yearOnYearSheet,
  indicatorsSheet,
  scoringSheet,
  profileSheetDef(DEFAULT_PROFILE),
  narrativeSheet,
];

const GUIDE_LINES = [
  "1. 本工作簿是部门整体支出绩效自评的标准模板。黄色单元格由单位填写；蓝灰色单元格为自动计算，请勿改写。",
  "2. 金额单位一律为万元，保留两位小数；人数、个数填整数；比例填百分数（如 71%）。空白表示未填，不等于零。",
  "3. 填报值照抄部门决算表或报告中的数字，与计算值不一致时“差额”列显示差额，校验时会提示。",
  "4. 列表（内设机构、主要职责、支出明细、项目、绩效指标、文字段落）是 Excel 表格，可在中间插入行，或在表格下方紧接着续填。",
  "5. 请勿删除工作表、重命名工作表中的名称或表格；工作表可以调整顺序。“评分方案”工作表是财政部门的评分规定，校验按它计分，请勿修改。",
  "6. 填完后在加载项中点击“校验”，按提示修改，直至没有错误；再点击“生成报告”。",
];

const guideSheet: SheetDef = {
  name: "填表说明",
  en: "Instructions",
  purpose: "填表说明、单元格样式图例、模板版本",
  widths: [24, 96],
  orientation: "portrait",
  tabColor: "404040",
  rows: [
    titleRow("部门整体支出绩效自评 — 填表说明", 2),
    row([text(versionField.label), input(versionField)]),
    blankRow,
    ...GUIDE_LINES.map((l) => row([text(l, "hint", 2)], 34)),
    blankRow,
    sectionRow("单元格样式", 2),
    row([text("填写", "input"), text("由单位填写的单元格（浅黄）", "hint")]),
    row([text("自动计算", "calc"), text("由公式计算的单元格（蓝灰），校验时自动恢复公式", "hint")]),
    blankRow,
    sectionRow("工作表", 2),
    ...SHEETS_BEFORE_GUIDE.map((s) => row([text(s.name), text(s.purpose, "hint")])),
  ],
};

export const SHEETS: readonly SheetDef[] = [guideSheet, ...SHEETS_BEFORE_GUIDE];

/**
 * The layout for a bureau's profile (jixiao template --profile): the 评分方案 sheet carries it,
 * and the 评分 sheet words its indicators as it does. Names and cells stay the template's.
 */
export function withProfile(
  sheets: readonly SheetDef[],
  profile: ScoringProfile
): readonly SheetDef[] {
  return sheets.map((s) =>
    s.name === PROFILE_SHEET
      ? profileSheetDef(profile)
      : s.name === SCORING_SHEET
        ? scoringSheetFor(profile)
        : s
  );
}

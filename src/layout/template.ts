import {
  ASSESSMENT_BANDS,
  DIRECTIONS,
  YEAR_ON_YEAR_FIGURES,
  STATED_RATES,
  type StatedRateKey,
} from "../model/evaluation";
import {
  DEFAULT_PROFILE,
  type ProfileIndicator,
  type ScoringProfile,
} from "../model/scoring-profile";
import {
  add,
  change,
  and,
  difference,
  effective,
  eq,
  iff,
  isNumber,
  name,
  ratio,
  str,
  sub,
  thisRow,
  BLANK,
  type Expr,
} from "./expr";
import {
  blankRow,
  calc,
  computed,
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
import type { Calc, CellSpec, Field, RowSpec, SheetDef, TableDef } from "./types";
import { VERSION_NAME } from "./versions";
import { bodiesAndDutiesSheet } from "./sheets/bodies-and-duties";
import { profile, profileCalcs, unitProfileSheet } from "./sheets/unit-profile";
import { staffByBodySheet } from "./sheets/staff-by-body";

export {
  SINCE_1_2,
  TEMPLATE_MARKER,
  TEMPLATE_VERSION,
  TEMPLATE_VERSIONS,
  VERSION_NAME,
} from "./versions";
export { bodiesTable, dutiesTable } from "./sheets/bodies-and-duties";
export { staffByBodyTable } from "./sheets/staff-by-body";
import { expenditureItemsSheet } from "./sheets/expenditure-items";
import { projectsSheet } from "./sheets/projects";
import {
  effectiveTotal,
  executionCalcs,
  expenditureSummarySheet,
} from "./sheets/expenditure-summary";
import { income, incomeEff, incomeSheet } from "./sheets/income";
export { expenditureTable } from "./sheets/expenditure-items";
export { projectsTable } from "./sheets/projects";
export { execution, expenditureCalcs, expenditureStated } from "./sheets/expenditure-summary";

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
// 三公经费

type TpItem = "abroad" | "vehiclePurchase" | "vehicleRunning" | "reception" | "total";
type TpYear = "current" | "previous";
type TpMeasure = "budget" | "actual" | "groups" | "persons" | "batches";
const TP_LABEL: Record<TpItem, [string, string]> = {
  abroad: ["因公出国(境)费", "Official travel abroad"],
  vehiclePurchase: ["公务用车购置费", "Official vehicle purchase"],
  vehicleRunning: ["公务用车运行维护费", "Official vehicle running"],
  reception: ["公务接待费", "Official reception"],
  total: ["三公经费合计（填报）", "Three public expenses, total"],
};
const TP_MEASURE: Record<TpMeasure, [string, string, "amount" | "count", string]> = {
  budget: ["预算", "budget", "amount", "万元"],
  actual: ["实际", "actual", "amount", "万元"],
  groups: ["团组数", "groups", "count", "个"],
  persons: ["人数", "persons", "count", "人"],
  batches: ["接待批次", "batches", "count", "批"],
};
const YEAR_LABEL: Record<TpYear, [string, string]> = {
  current: ["本年", "this year"],
  previous: ["上年", "previous year"],
};
function tp(item: TpItem, year: TpYear, m: TpMeasure): Field {
  const [label, en] = TP_LABEL[item];
  const [mLabel, mEn, type, unit] = TP_MEASURE[m];
  const [yLabel, yEn] = YEAR_LABEL[year];
  return field(`jx_tp_${year}_${item}_${m}`, `threePublic.${year}.${item}.${m}`, {
    label: `${label}（${yLabel}${mLabel}）`,
    en: `${en}, ${yEn} ${mEn}`,
    type,
    unit,
    hint: item === "total" ? undefined : "没有的填 0；空白表示未填，不按 0 计",
  });
}
const TP_YEARS: TpYear[] = ["current", "previous"];
const MONEY: ("budget" | "actual")[] = ["budget", "actual"];
const tpCalcName = (y: TpYear, m: "budget" | "actual") => `jx_calc_tp_${y}_total_${m}`;
const tpTotalCalc = (y: TpYear, m: "budget" | "actual") =>
  calc(
    tpCalcName(y, m),
    `三公经费合计（${YEAR_LABEL[y][0]}${TP_MEASURE[m][0]}，计算）`,
    `Three public expenses, ${YEAR_LABEL[y][1]} ${m}, computed`,
    "amount",
    add(
      ...(["abroad", "vehiclePurchase", "vehicleRunning", "reception"] as const).map((i) =>
        name(tp(i, y, m).name)
      )
    )
  );
const tpEff = (y: TpYear, m: "budget" | "actual") =>
  effective(tp("total", y, m).name, name(tpCalcName(y, m)));

/** Columns B–E: 本年预算, 本年实际, 上年预算, 上年实际. */
function tpMoneyRow(item: TpItem): RowSpec {
  return row([
    text(TP_LABEL[item][0]),
    ...TP_YEARS.flatMap((y) => MONEY.map((m) => input(tp(item, y, m)))),
  ]);
}
function tpCountRow(item: TpItem, m: TpMeasure): RowSpec {
  return row([
    text(`\u3000其中：${TP_MEASURE[m][0]}（${TP_MEASURE[m][3]}）`),
    ...TP_YEARS.flatMap((y): CellSpec[] => [skip, input(tp(item, y, m))]),
  ]);
}

const threePublicSheet: SheetDef = {
  name: "三公经费",
  en: "Three public expenses",
  purpose: "因公出国(境)、公务用车、公务接待，本年与上年（报告二（一）、评分）",
  widths: [30, 13, 13, 13, 13, 40],
  orientation: "portrait",
  freezeRows: 3,
  tabColor: "7030A0",
  rows: [
    titleRow("三公经费（万元）", 6),
    row([
      text("项目", "header"),
      text("本年", "header", 2),
      text("上年", "header", 2),
      text("说明", "header"),
    ]),
    row([
      text("", "header"),
      text("预算", "header"),
      text("实际", "header"),
      text("预算", "header"),
      text("实际", "header"),
      text("", "header"),
    ]),
    hintRow(
      "没有的项目请填 0（金额 0.00）；空白表示未填，不按 0 计，合计、控制率和变动率将无法核对。上年增减额、增减率填在“上年对比”。",
      6,
      30
    ),
    tpMoneyRow("abroad"),
    tpCountRow("abroad", "groups"),
    tpCountRow("abroad", "persons"),
    tpMoneyRow("vehiclePurchase"),
    tpMoneyRow("vehicleRunning"),
    tpMoneyRow("reception"),
    tpCountRow("reception", "batches"),
    tpCountRow("reception", "persons"),
    tpMoneyRow("total"),
    row([
      text("三公经费合计（计算）"),
      ...TP_YEARS.flatMap((y) => MONEY.map((m) => computed(tpTotalCalc(y, m)))),
    ]),
    row([
      text("差额"),
      ...TP_YEARS.flatMap((y) =>
        MONEY.map((m) =>
          computed(
            calc(
              `jx_diff_tp_${y}_total_${m}`,
              `三公经费合计（${YEAR_LABEL[y][0]}${TP_MEASURE[m][0]}）差额`,
              `Three public total, ${y} ${m}, difference`,
              "amount",
              difference(tp("total", y, m).name, name(tpCalcName(y, m)))
            )
          )
        )
      ),
    ]),
    row([
      text("变动率（本年较上年）"),
      computed(
        calc(
          "jx_calc_tpChange_budget",
          "三公经费变动率（预算口径）",
          "Three public change, budget basis",
          "rate",
          change(tpEff("current", "budget"), tpEff("previous", "budget"))
        )
      ),
      computed(
        calc(
          "jx_calc_tpChange_actual",
          "三公经费变动率（实际口径）",
          "Three public change, actual basis",
          "rate",
          change(tpEff("current", "actual"), tpEff("previous", "actual"))
        )
      ),
      skip,
      skip,
      text("(本年−上年)/上年，上年为0时无法计算", "hint"),
    ]),
    row([
      text("控制率（实际/预算）"),
      skip,
      computed(
        calc(
          "jx_calc_tpControl_current",
          "三公经费控制率（本年）",
          "Three public control, this year",
          "rate",
          ratio(tpEff("current", "actual"), tpEff("current", "budget"))
        )
      ),
      skip,
      computed(
        calc(
          "jx_calc_tpControl_previous",
          "三公经费控制率（上年）",
          "Three public control, previous year",
          "rate",
          ratio(tpEff("previous", "actual"), tpEff("previous", "budget"))
        )
      ),
      text("预算为0时无法计算", "hint"),
    ]),
  ],
};

// ------------------------------------------------------------------------------------------
// 上年对比 (template 1.1)

type YoyFigure = (typeof YEAR_ON_YEAR_FIGURES)[number];
const SINCE_1_1 = "1.1";

/** This year's figure of each row, as the other sheets give it (stated, else from its parts). */
const TP_OF: Partial<Record<YoyFigure, Exclude<TpItem, "total">>> = {
  abroad: "abroad",
  vehiclePurchase: "vehiclePurchase",
  vehicleRunning: "vehicleRunning",
  reception: "reception",
};
const YOY_LABEL: Record<YoyFigure, [string, string]> = {
  incomeTotal: ["本年收入合计", "Total income"],
  fiscalIncome: ["财政拨款收入", "Fiscal appropriation income"],
  expenditureTotal: ["支出总计（实际）", "Total expenditure"],
  basic: ["基本支出（实际）", "Basic expenditure"],
  project: ["项目支出（实际）", "Project expenditure"],
  threePublicTotal: ["三公经费合计（实际）", "Three public expenses"],
  abroad: ["因公出国(境)费（实际）", "Official travel abroad"],
  vehiclePurchase: ["公务用车购置费（实际）", "Official vehicle purchase"],
  vehicleRunning: ["公务用车运行维护费（实际）", "Official vehicle running"],
  reception: ["公务接待费（实际）", "Official reception"],
};
const fiscalIncomeExpr = (): Expr =>
  add(
    name(income.fiscalGeneral.name),
    name(income.fiscalFund.name),
    name(income.fiscalStateCapital.name)
  );

function yoyCurrent(f: YoyFigure): Expr {
  const item = TP_OF[f];
  if (item) return name(tp(item, "current", "actual").name);
  switch (f) {
    case "incomeTotal":
      return incomeEff;
    case "fiscalIncome":
      return fiscalIncomeExpr();
    case "expenditureTotal":
      return effectiveTotal("total", "actual");
    case "basic":
      return effectiveTotal("basic", "actual");
    case "project":
      return effectiveTotal("project", "actual");
    default:
      return tpEff("current", "actual");
  }
}

const yoyInput = (
  f: YoyFigure,
  n: string,
  path: string,
  label: string,
  type: "amount" | "rate",
  hint?: string
) =>
  field(`jx_yoy_${f}_${n}`, path, {
    label,
    en: `${YOY_LABEL[f][1]}, ${n}`,
    type,
    unit: type === "amount" ? "万元" : undefined,
    hint,
    // Reports state change rates to two decimals of a percent (增长13.56%).
    numFmt: type === "rate" ? "0.00%" : undefined,
    since: SINCE_1_1,
  });

/** Last year's figure: an input here, or the cell that already holds it elsewhere. */
function yoyPrevious(f: YoyFigure): { input?: Field; expr: Expr } {
  const item = TP_OF[f];
  if (item) return { expr: name(tp(item, "previous", "actual").name) };
  if (f === "threePublicTotal") return { expr: tpEff("previous", "actual") };
  if (f === "incomeTotal") return { expr: name(income.previousTotal.name) };
  const path =
    f === "fiscalIncome"
      ? "income.previousFiscal"
      : `yearOnYear.previous.${f === "expenditureTotal" ? "total" : f}`;
  const input = yoyInput(f, "previous", path, `上年${YOY_LABEL[f][0]}`, "amount");
  return { input, expr: name(input.name) };
}

export const yearOnYearFields = Object.fromEntries(
  YEAR_ON_YEAR_FIGURES.map((f) => [
    f,
    {
      previous: yoyPrevious(f).input,
      amount: yoyInput(
        f,
        "changeAmount",
        `yearOnYear.changes.${f}.amount`,
        `${YOY_LABEL[f][0]}较上年增减额`,
        "amount",
        "减少填负数"
      ),
      rate: yoyInput(
        f,
        "changeRate",
        `yearOnYear.changes.${f}.rate`,
        `${YOY_LABEL[f][0]}较上年增减率`,
        "rate",
        "下降填负数，如 -16.80%"
      ),
    },
  ])
) as Record<YoyFigure, { previous?: Field; amount: Field; rate: Field }>;

function yoyRow(f: YoyFigure): RowSpec {
  const cur = yoyCurrent(f);
  const prev = yoyPrevious(f);
  const fields = yearOnYearFields[f];
  const c = (n: string, label: string, type: Calc["type"], expr: Expr) =>
    computed(
      calc(
        `jx_calc_yoy_${f}_${n}`,
        `${YOY_LABEL[f][0]}${label}`,
        `${YOY_LABEL[f][1]}, ${n}`,
        type,
        expr
      )
    );
  const both = and(isNumber(cur), isNumber(prev.expr));
  return row([
    text(YOY_LABEL[f][0]),
    c("current", "（本年）", "amount", iff(isNumber(cur), cur, BLANK)),
    fields.previous
      ? input(fields.previous)
      : c("previous", "（上年，取自他表）", "amount", iff(isNumber(prev.expr), prev.expr, BLANK)),
    input(fields.amount),
    c("changeAmount", "较上年增减额（计算）", "amount", iff(both, sub(cur, prev.expr), BLANK)),
    input(fields.rate),
    c("changeRate", "较上年增减率（计算）", "rate", change(cur, prev.expr)),
  ]);
}

const RATE_LABEL: Record<StatedRateKey, [string, string, Expr]> = {
  execution: ["预算执行率", "Budget execution rate", name(executionCalcs.executionRate.name)],
  adjustment: ["预算调整率", "Budget adjustment rate", name(executionCalcs.adjustmentRate.name)],
  staffControl: [
    "在职人员控制率",
    "Staff control rate",
    ratio(
      name(profile.people.active.name),
      effective(profile.staffing.total.name, name(profileCalcs.staffTotal.name))
    ),
  ],
  threePublicControl: [
    "三公经费控制率",
    "Three public control rate",
    ratio(tpEff("current", "actual"), tpEff("current", "budget")),
  ],
  procurement: [
    "政府采购执行率",
    "Procurement execution rate",
    name(executionCalcs.procurementRate.name),
  ],
};

export const statedRateFields = Object.fromEntries(
  STATED_RATES.map((k) => [
    k,
    field(`jx_statedRate_${k}`, `statedRates.${k}`, {
      label: `${RATE_LABEL[k][0]}（报告中写的）`,
      en: `${RATE_LABEL[k][1]}, as stated`,
      type: "rate",
      numFmt: "0.00%",
      hint: "报告中写了才填，按报告的写法（如 96.6%）",
      since: SINCE_1_1,
    }),
  ])
) as Record<StatedRateKey, Field>;

const statedRateRow = (k: StatedRateKey): RowSpec =>
  row([
    text(RATE_LABEL[k][0]),
    input(statedRateFields[k]),
    computed(
      calc(
        `jx_calc_statedRate_${k}`,
        `${RATE_LABEL[k][0]}（计算）`,
        `${RATE_LABEL[k][1]}, computed`,
        "rate",
        RATE_LABEL[k][2]
      )
    ),
  ]);

const yearOnYearSheet: SheetDef = {
  name: "上年对比",
  en: "Year on year",
  since: SINCE_1_1,
  purpose: "上年数与报告中写的较上年增减额、增减率，以及报告中写的各项比率（报告一（三）、二）",
  widths: [26, 12, 12, 13, 13, 13, 13],
  orientation: "landscape",
  freezeRows: 3,
  tabColor: "375623",
  rows: [
    titleRow("上年对比（万元）", 7),
    hintRow(
      "“本年”取自其他工作表；上年数填在本表（三公经费、上年收入合计在其工作表填写）。报告中写了“较上年增加……万元，增长……%”的，填入“填报”列，与计算值核对；没写的留空。上年为 0 或空白时增长率无法计算。",
      7,
      44
    ),
    row([
      text("项目", "header"),
      text("本年", "header"),
      text("上年", "header"),
      text("增减额（填报）", "header"),
      text("增减额（计算）", "header"),
      text("增减率（填报）", "header"),
      text("增减率（计算）", "header"),
    ]),
    ...YEAR_ON_YEAR_FIGURES.map(yoyRow),
    blankRow,
    sectionRow("报告中写的比率（与计算值核对）", 7),
    row([text("比率", "header"), text("填报", "header"), text("计算", "header")]),
    ...STATED_RATES.map(statedRateRow),
  ],
};

// ------------------------------------------------------------------------------------------
// 绩效指标

const IND = "T_Indicators";
export const indicatorsTable: TableDef = {
  name: IND,
  label: "绩效指标",
  en: "Performance indicators",
  path: "indicators",
  blankRows: 15,
  columns: [
    {
      header: "一级指标",
      en: "Level 1",
      key: "level1",
      type: "choice",
      choices: ["产出指标", "效益指标", "满意度指标"],
      required: true,
    },
    {
      header: "二级指标",
      en: "Level 2",
      key: "level2",
      type: "choice",
      choices: [
        "数量指标",
        "质量指标",
        "时效指标",
        "成本指标",
        "经济效益指标",
        "社会效益指标",
        "生态效益指标",
        "可持续影响指标",
        "服务对象满意度指标",
      ],
    },
    {
      header: "三级指标",
      en: "Indicator",
      key: "level3",
      type: "text",
      required: true,
      hint: "报告中使用的指标名称，如“城镇新增就业人员”",
    },
    {
      header: "单位",
      en: "Unit",
      key: "unit",
      type: "text",
      hint: "人、万元、% 等；% 指标填 4.5 表示 4.5%",
    },
    {
      header: "方向",
      en: "Direction",
      key: "direction",
      type: "choice",
      choices: DIRECTIONS,
      required: true,
      hint: "≥ 越大越好；≤ 越小越好；= 恰好；定性",
    },
    {
      header: "目标值",
      en: "Target",
      key: "target",
      type: "value",
      hint: "定量指标填数字；定性指标可填文字",
    },
    { header: "实际值", en: "Actual", key: "actual", type: "value" },
    {
      header: "填报完成率",
      en: "Stated completion rate",
      key: "statedRate",
      type: "rate",
      hint: "报告中写的完成率，如 102%",
    },
    {
      header: "计算完成率",
      en: "Computed completion rate",
      type: "rate",
      calc: iff(
        eq(thisRow(IND, "方向"), str("≤")),
        ratio(thisRow(IND, "目标值"), thisRow(IND, "实际值")),
        iff(
          eq(thisRow(IND, "方向"), str("定性")),
          BLANK,
          ratio(thisRow(IND, "实际值"), thisRow(IND, "目标值"))
        )
      ),
      hint: "≥、=：实际/目标；≤：目标/实际；定性不计算",
    },
    { header: "分值", en: "Points", key: "points", type: "amount", unit: "分" },
    {
      header: "定性评价",
      en: "Assessment (qualitative)",
      key: "assessment",
      type: "choice",
      choices: ASSESSMENT_BANDS,
    },
    { header: "偏差原因", en: "Reason for deviation", key: "deviationReason", type: "longtext" },
    {
      header: "报告主题",
      en: "Report topic",
      key: "topic",
      type: "text",
      hint: "该指标在报告四中所属的主题，与“文字材料”中的主题一致",
    },
  ],
};

const indicatorsSheet: SheetDef = {
  name: "绩效指标",
  en: "Indicators",
  purpose: "年度绩效指标：目标、实际、完成率、分值（报告四、自评表）",
  widths: [11, 14, 30, 8, 7, 11, 11, 11, 11, 8, 17, 30, 24],
  orientation: "landscape",
  freezeRows: 3,
  tabColor: "BF8F00",
  rows: [
    titleRow("绩效指标", 13),
    hintRow(
      "每个指标一行。目标值、实际值填数字（单位见“单位”列）；“计算完成率”自动计算，与“填报完成率”比对。",
      13
    ),
    tablesRow({ table: indicatorsTable, col: 0 }),
  ],
};

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

/**
 * 支出汇总 (Expenditure summary): the stated expenditure totals beside the totals computed from
 * 支出明细 and 项目, the shares of basic expenditure, and budget execution.
 */
import type { AmountColumn } from "../../model/evaluation";
import {
  BLANK,
  add,
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
  sumCol,
  type Expr,
} from "../expr";
import { AMOUNT_HEADERS, AMOUNT_KEYS } from "../amount-columns";
import {
  blankRow,
  calc,
  computed,
  field,
  hintRow,
  input,
  row,
  sectionRow,
  skip,
  text,
  titleRow,
} from "../build-helpers";
import type { Calc, CellSpec, Field, RowSpec, SheetDef } from "../types";
import { SINCE_1_2, SINCE_1_5 } from "../versions";
import { expenditureTable } from "./expenditure-items";
import { projectsTable } from "./projects";

const TOTALS = [
  ["personnel", "人员支出合计", "Personnel expenditure"],
  ["public", "公用支出合计", "Public (operating) expenditure"],
  ["basic", "基本支出合计", "Basic expenditure"],
  ["project", "项目支出合计", "Project expenditure"],
  ["total", "支出总计", "Total expenditure"],
] as const;
type TotalKey = (typeof TOTALS)[number][0];

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const statedName = (t: TotalKey, k: AmountColumn) => `jx_exp${cap(t)}_${k}`;
const calcName = (t: TotalKey, k: AmountColumn) => `jx_calc_exp${cap(t)}_${k}`;
const diffName = (t: TotalKey, k: AmountColumn) => `jx_diff_exp${cap(t)}_${k}`;
/** A total as the other formulas use it: the stated figure, else the computed one. */
export const effectiveTotal = (t: TotalKey, k: AmountColumn) =>
  effective(statedName(t, k), name(calcName(t, k)));

export const expenditureStated: Record<TotalKey, Record<AmountColumn, Field>> = Object.fromEntries(
  TOTALS.map(([t, label, en]) => [
    t,
    Object.fromEntries(
      AMOUNT_KEYS.map((k) => [
        k,
        field(statedName(t, k), `expenditure.stated.${t}.${k}`, {
          label: `${label}（${AMOUNT_HEADERS[k].header}）`,
          en: `${en}, ${AMOUNT_HEADERS[k].en.toLowerCase()}`,
          type: "amount",
          unit: "万元",
        }),
      ])
    ),
  ])
) as Record<TotalKey, Record<AmountColumn, Field>>;

function totalExpr(t: TotalKey, k: AmountColumn): Expr {
  const col = AMOUNT_HEADERS[k].header;
  switch (t) {
    case "personnel":
      return sumCol(expenditureTable.name, col, { column: "类别", equals: "人员支出" });
    case "public":
      return sumCol(expenditureTable.name, col, { column: "类别", equals: "公用支出" });
    case "basic":
      return add(effectiveTotal("personnel", k), effectiveTotal("public", k));
    case "project":
      return sumCol(projectsTable.name, col);
    case "total":
      return add(effectiveTotal("basic", k), effectiveTotal("project", k));
  }
}

const TOTAL_SOURCES: Record<TotalKey, string> = {
  personnel: "支出明细中类别为“人员支出”的行之和",
  public: "支出明细中类别为“公用支出”的行之和",
  basic: "人员支出 + 公用支出",
  project: "项目表之和",
  total: "基本支出 + 项目支出",
};

export const expenditureCalcs: Record<TotalKey, Record<AmountColumn, Calc>> = Object.fromEntries(
  TOTALS.map(([t, label, en]) => [
    t,
    Object.fromEntries(
      AMOUNT_KEYS.map((k) => [
        k,
        calc(
          calcName(t, k),
          `${label}（${AMOUNT_HEADERS[k].header}，计算：${TOTAL_SOURCES[t]}）`,
          `${en}, ${AMOUNT_HEADERS[k].en.toLowerCase()}, computed`,
          "amount",
          totalExpr(t, k)
        ),
      ])
    ),
  ])
) as Record<TotalKey, Record<AmountColumn, Calc>>;

const expenditureDiffs = (t: TotalKey, k: AmountColumn): Calc =>
  calc(
    diffName(t, k),
    `${expenditureStated[t][k].label}差额`,
    `${expenditureStated[t][k].en}, difference`,
    "amount",
    difference(statedName(t, k), name(calcName(t, k)))
  );

const shareBasis = field("jx_shareBasis", "expenditure.shares.basis", {
  label: "占比口径",
  en: "Basis of shares",
  type: "choice",
  choices: ["实际支出", "财政拨款"],
  hint: "占比按哪一列计算；空白按实际支出",
});
const shareFields = {
  personnel: field("jx_sharePersonnel", "expenditure.shares.personnel", {
    label: "人员经费占基本支出比例",
    en: "Personnel share of basic expenditure",
    type: "rate",
  }),
  public: field("jx_sharePublic", "expenditure.shares.public", {
    label: "公用经费占基本支出比例",
    en: "Public share of basic expenditure",
    type: "rate",
  }),
};
function shareExpr(part: TotalKey): Expr {
  const on = (k: AmountColumn) =>
    ratio(
      effective(statedName(part, k), name(calcName(part, k))),
      effective(statedName("basic", k), name(calcName("basic", k)))
    );
  return iff(eq(name(shareBasis.name), str("财政拨款")), on("fiscal"), on("actual"));
}
const shareCalcs = {
  personnel: calc(
    "jx_calc_sharePersonnel",
    "人员经费占比（计算）",
    "Personnel share, computed",
    "rate",
    shareExpr("personnel")
  ),
  public: calc(
    "jx_calc_sharePublic",
    "公用经费占比（计算）",
    "Public share, computed",
    "rate",
    shareExpr("public")
  ),
};

const executionField = (n: string, path: string, base: Omit<Field, "kind" | "name" | "path">) =>
  field(`jx_${n}`, `expenditure.execution.${path}`, base);
export const execution = {
  carryoverPrior: executionField("carryoverPrior", "carryoverPrior", {
    label: "上年结转",
    en: "Carried over from the previous year",
    type: "amount",
    unit: "万元",
  }),
  additions: executionField("budgetAdditions", "additions", {
    label: "本年追加/调整预算",
    en: "In-year additions and adjustments",
    type: "amount",
    unit: "万元",
  }),
  additionsBasic: executionField("budgetAdditionsBasic", "additionsBasic", {
    label: "基本支出追加/调整",
    en: "In-year adjustments, basic expenditure",
    type: "amount",
    unit: "万元",
    hint: "可选；调减填负数，没有的填 0",
    since: SINCE_1_2,
  }),
  additionsProject: executionField("budgetAdditionsProject", "additionsProject", {
    label: "项目支出追加/调整",
    en: "In-year adjustments, project expenditure",
    type: "amount",
    unit: "万元",
    hint: "可选；调减填负数，没有的填 0",
    since: SINCE_1_2,
  }),
  carryoverEnd: executionField("carryoverEnd", "carryoverEnd", {
    label: "年末结转结余",
    en: "Carried forward at year end",
    type: "amount",
    unit: "万元",
  }),
  procurementBudget: executionField("procurementBudget", "procurementBudget", {
    label: "政府采购预算",
    en: "Government procurement, budget",
    type: "amount",
    unit: "万元",
  }),
  procurementActual: executionField("procurementActual", "procurementActual", {
    label: "政府采购实际",
    en: "Government procurement, actual",
    type: "amount",
    unit: "万元",
  }),
  executionReason: executionField("executionReason", "executionReason", {
    label: "预算执行率低于90%的原因",
    en: "Reason for execution below 90%",
    type: "longtext",
  }),
};
/** Execution, adjustment and procurement rates (also checked against the rates a report states). */
export const executionCalcs = {
  executionRate: calc(
    "jx_calc_executionRate",
    "预算执行率（实际支出/全年预算）",
    "Budget execution rate",
    "rate",
    // Every unit has basic expenditure: a budget total without it is incomplete, not small.
    // The engine also takes a stated 支出总计 without the split (issue 15 item 5); this formula
    // is kept as template 1.0 wrote it, since validate restores a computed cell whose formula
    // differs, which would warn on every older workbook.
    iff(
      isNumber(effectiveTotal("basic", "budgetAdjusted")),
      ratio(effectiveTotal("total", "actual"), effectiveTotal("total", "budgetAdjusted")),
      BLANK
    )
  ),
  adjustmentRate: calc(
    "jx_calc_adjustmentRate",
    "预算调整率（追加调整/年初预算）",
    "Budget adjustment rate",
    "rate",
    iff(
      isNumber(effectiveTotal("basic", "budgetInitial")),
      ratio(name(execution.additions.name), effectiveTotal("total", "budgetInitial")),
      BLANK
    )
  ),
  procurementRate: calc(
    "jx_calc_procurementRate",
    "政府采购执行率",
    "Procurement execution rate",
    "rate",
    ratio(name(execution.procurementActual.name), name(execution.procurementBudget.name))
  ),
};

/**
 * 本年支出 by the source of the funds (template 1.5), the set 部门决算 uses: the three 财政拨款 of
 * 财政拨款收入支出决算总表, 财政专户管理资金, and the rest (事业、经营、其他收入安排的支出).
 */
const FUND_KEYS = [
  ["fiscalGeneral", "一般公共预算财政拨款支出", "General budget appropriation spent"],
  ["fiscalFund", "政府性基金预算财政拨款支出", "Government fund appropriation spent"],
  ["fiscalStateCapital", "国有资本经营预算财政拨款支出", "State capital appropriation spent"],
  ["fiscalSpecial", "财政专户管理资金支出", "Special fiscal account funds spent"],
  ["other", "其他资金支出（事业、经营及其他收入安排）", "Other funds spent"],
] as const;
export type FundKey = (typeof FUND_KEYS)[number][0];
const fundField = (k: string, label: string, en: string, hint?: string) =>
  field(`jx_expFund_${k}`, `expenditure.byFund.${k}`, {
    label,
    en,
    type: "amount",
    unit: "万元",
    hint,
    since: SINCE_1_5,
  });
export const fundSpending = Object.fromEntries(
  FUND_KEYS.map(([k, label, en]) => [k, fundField(k, label, en)])
) as Record<FundKey, Field>;
/** 支出总计 as 决算 states it: 本年支出合计 + 年末结转结余 (template 1.5). */
export const expenditureGrand = fundField(
  "totalWithCarryover",
  "支出总计（含年末结转结余）",
  "Total expenditure incl. year-end balances",
  "= 本年支出合计 + 年末结转结余；决算表写了才填；应等于“收入”表的收入总计"
);
export const fundCalcs = {
  total: calc(
    "jx_calc_expFundTotal",
    "本年支出合计（计算：按资金来源相加）",
    "Total expenditure, computed from the sources of funds",
    "amount",
    add(...FUND_KEYS.map(([k]) => name(fundSpending[k].name)))
  ),
  grand: calc(
    "jx_calc_expTotalWithCarryover",
    "支出总计（计算：本年支出合计 + 年末结转结余）",
    "Total expenditure incl. year-end balances, computed",
    "amount",
    // Blank is not zero: no 支出总计 without the 年末结转结余.
    iff(
      and(isNumber(effectiveTotal("total", "actual")), isNumber(name(execution.carryoverEnd.name))),
      add(effectiveTotal("total", "actual"), name(execution.carryoverEnd.name)),
      BLANK
    )
  ),
};
const fundTotalDiff = calc(
  "jx_diff_expFundTotal",
  "本年支出合计（实际支出）与按资金来源相加之差",
  "Total expenditure against the sources of funds, difference",
  "amount",
  iff(
    and(isNumber(effectiveTotal("total", "actual")), isNumber(name(fundCalcs.total.name))),
    sub(effectiveTotal("total", "actual"), name(fundCalcs.total.name)),
    BLANK
  )
);
const since15 = (r: RowSpec): RowSpec => ({ ...r, since: SINCE_1_5 });
const FUND_ROWS: RowSpec[] = [
  since15(blankRow),
  since15(sectionRow("本年支出按资金来源（决算）", 13)),
  since15(
    row([
      text("项目", "header"),
      text("填报", "header"),
      text("计算", "header"),
      text("差额", "header"),
    ])
  ),
  ...FUND_KEYS.map(([k]) => row([text(fundSpending[k].label), input(fundSpending[k])])),
  since15(
    row([
      text("本年支出合计（按资金来源）"),
      skip,
      computed(fundCalcs.total),
      computed(fundTotalDiff),
      text("差额 = 上表支出总计（实际支出）− 按资金来源相加，应为 0", "hint", 9),
    ])
  ),
  row([
    text(expenditureGrand.label),
    input(expenditureGrand),
    computed(fundCalcs.grand),
    skip,
    text(expenditureGrand.hint ?? "", "hint", 9),
  ]),
];

const SUMMARY_WIDTH = 13;
export const expenditureSummarySheet: SheetDef = {
  name: "支出汇总",
  en: "Expenditure summary",
  purpose: "填报的支出合计与按明细计算的合计并列，差额一目了然（报告一（三）、二）",
  widths: [30, ...Array(12).fill(11)],
  orientation: "landscape",
  freezeRows: 3,
  tabColor: "833C0B",
  rows: [
    titleRow("支出汇总（万元）", SUMMARY_WIDTH),
    row([
      text("项目", "header"),
      ...AMOUNT_KEYS.flatMap((k): CellSpec[] => [text(AMOUNT_HEADERS[k].header, "header", 3)]),
    ]),
    row([
      text("", "header"),
      ...AMOUNT_KEYS.flatMap((): CellSpec[] => [
        text("填报", "header"),
        text("计算", "header"),
        text("差额", "header"),
      ]),
    ]),
    ...TOTALS.map(([t, label]) =>
      row([
        text(label),
        ...AMOUNT_KEYS.flatMap((k): CellSpec[] => [
          input(expenditureStated[t][k]),
          computed(expenditureCalcs[t][k]),
          computed(expenditureDiffs(t, k)),
        ]),
      ])
    ),
    hintRow(
      "“填报”列照抄部门决算表或报告中的数字；“计算”列由明细自动汇总：人员/公用支出来自“支出明细”，项目支出来自“项目”，基本支出=人员+公用，总计=基本+项目（填报为空时以计算值代替）。",
      SUMMARY_WIDTH,
      32
    ),
    blankRow,
    sectionRow("基本支出结构", SUMMARY_WIDTH),
    row([
      text("项目", "header"),
      text("填报", "header"),
      text("计算", "header"),
      text("差额", "header"),
    ]),
    row([
      text(shareBasis.label),
      input(shareBasis),
      skip,
      skip,
      text(shareBasis.hint ?? "", "hint", 9),
    ]),
    ...(["personnel", "public"] as const).map((p) =>
      row([
        text(shareFields[p].label),
        input(shareFields[p]),
        computed(shareCalcs[p]),
        computed(
          calc(
            `jx_diff_share${cap(p)}`,
            `${shareFields[p].label}差额`,
            `${shareFields[p].en}, difference`,
            "rate",
            difference(shareFields[p].name, name(shareCalcs[p].name))
          )
        ),
      ])
    ),
    blankRow,
    sectionRow("预算执行", SUMMARY_WIDTH),
    row([text("项目", "header"), text("填报", "header"), text("计算", "header")]),
    row([text(execution.carryoverPrior.label), input(execution.carryoverPrior)]),
    row([text(execution.additions.label), input(execution.additions)]),
    ...(["additionsBasic", "additionsProject"] as const).map((k) =>
      row([
        text(execution[k].label),
        input(execution[k]),
        skip,
        text(execution[k].hint ?? "", "hint", 10),
      ])
    ),
    row([text(execution.carryoverEnd.label), input(execution.carryoverEnd)]),
    row([text(execution.procurementBudget.label), input(execution.procurementBudget)]),
    row([text(execution.procurementActual.label), input(execution.procurementActual)]),
    row([text(executionCalcs.executionRate.label), skip, computed(executionCalcs.executionRate)]),
    row([text(executionCalcs.adjustmentRate.label), skip, computed(executionCalcs.adjustmentRate)]),
    row([
      text(executionCalcs.procurementRate.label),
      skip,
      computed(executionCalcs.procurementRate),
    ]),
    row([text(execution.executionReason.label), input(execution.executionReason, 12)], 48),
    ...FUND_ROWS,
  ],
};

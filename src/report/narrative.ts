import { Decimal, decimalsOf } from "../model/decimal";
import type { AmountColumn, Evaluation, Indicator, StaffOfBody } from "../model/evaluation";
import type { Finding } from "../model/finding";
import { DEFAULT_PROFILE, type ScoringProfile } from "../model/scoring-profile";
import type { ScoreResult } from "../rules/scoring/score";
import type { Block, ReportDocument } from "./document";
import {
  DEFAULT_NUMBERS,
  amount,
  chineseDate,
  chineseNumeral,
  percentage,
  type NumberStyle,
} from "./numbers";
import { GRADE_LONG, selfEvaluationBlocks, type ExplanationOf } from "./self-evaluation";
import type { Locations } from "../layout/locations";
import { dec, sumOf, effectiveTotal, indicatorFigures, statedTotal } from "./figures";
import { figuresIn, indicatorClause, toldIn } from "./indicators";
import { coverage } from "./wording";
import { BLANK, BLANK_DATE, joinClauses, sentence, withoutNumbering } from "./text";
import { WATERMARK, draftPart } from "./draft";
import { changeClause } from "./year-on-year";
import { assetsBlocks, projectRateClause, projectsLead } from "./narrative-projects";
import { fundsBlocks } from "./narrative-funds";

/**
 * The 部门整体支出绩效自评报告 in the seed's structure (PRODUCT.md §6). Figures are the
 * workbook's: inputs as stated (stated totals, else what the parts give), shares and rates
 * computed; free narrative comes from the 文字材料 blocks, untouched. The body holds only what
 * the unit would submit; what the tool still finds goes to the draft part.
 */
const paragraph = (text: string): Block => ({ kind: "paragraph", text });
const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: "heading", level, text });

/** Paragraphs of a free text block: one per line, blank lines dropped. */
function paragraphs(text: string | undefined): Block[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map(paragraph);
}

export interface ReportOptions {
  numbers?: NumberStyle;
  profile?: ScoringProfile;
  /** Where each model path sits, to find the 说明 a unit gave for an indicator's finding. */
  locations?: Locations;
}

/**
 * The 说明 the unit gave on 校验结果 for a finding at an indicator's row, by row index: the
 * unit's own words for its 偏差原因 where it typed none in the 绩效指标 sheet.
 */
function explanations(findings: Finding[], locations: Locations | undefined): ExplanationOf {
  const byCell = new Map<string, string>();
  for (const f of findings)
    if (f.explanation?.trim() && f.ruleId.startsWith("indicator-"))
      for (const c of f.cells) if (c.cell) byCell.set(`${c.sheet}!${c.cell}`, f.explanation);
  return (i) => {
    if (!locations || !byCell.size) return undefined;
    for (const key of ["actual", "target", "deviationReason"]) {
      const c = locations.get(`indicators.${i}.${key}`);
      const text = c?.cell ? byCell.get(`${c.sheet}!${c.cell}`) : undefined;
      if (text) return text;
    }
    return undefined;
  };
}

/** What every section needs: the model, how to write amounts, the unit's names. */
interface Context {
  m: Evaluation;
  n: NumberStyle;
  year: string;
  /** 简称 for sentences ("人社局2021年…"), else the full name. */
  short: string;
  /** 单位名称 */
  unit: string;
  money: (v: string | Decimal | undefined) => string;
}

export function reportTitle(m: Evaluation): string {
  const stated = m.profile.reportTitle?.trim();
  if (stated) return stated;
  const year = m.profile.year ? `${m.profile.year}年度` : "";
  return `${m.profile.name ?? m.profile.shortName ?? BLANK}${year}部门整体支出绩效自评报告`;
}

function staffing(c: Context): Block {
  const p = c.m.profile;
  const s = p.staffing;
  const people = p.people;
  const bodies = p.internalBodies;
  const count = p.internalBodyCount ?? (bodies.length ? String(bodies.length) : undefined);
  const kind = [p.fundingType, p.unitType].filter(Boolean).join("的");
  const first = joinClauses([
    `${c.unit}${kind ? `是${kind}` : ""}`,
    count !== undefined
      ? `机关内设机构${count}个${bodies.length ? `：${bodies.join("、")}` : ""}`
      : "",
  ]);
  const parts: string[] = [];
  if (s.total !== undefined || s.administrative !== undefined) {
    const total =
      s.total ?? sumOf([s.administrative, s.politicalLegal, s.institutional, s.worker])?.toFixed();
    const kinds = filledCounts([
      ["行政编制", s.administrative],
      ["政法编制", s.politicalLegal],
      ["事业编制", s.institutional],
      ["工勤编制", s.worker],
    ]);
    parts.push(`编办核定编制人数${total}人${kinds ? `（其中${kinds.join("、")}）` : ""}`);
  }
  parts.push(byBody(p.staffByBody, "staffing", "编制数中"));
  if (people.total !== undefined || people.active !== undefined) {
    const total =
      people.total ?? sumOf([people.active, people.retiredCadre, people.retired])?.toFixed();
    const activeKinds = filledCounts([
      ["行政", people.activeAdministrative],
      ["政法", people.activePoliticalLegal],
      ["事业", people.activeInstitutional],
      ["工勤", people.activeWorker],
    ]);
    const kinds = filledCounts([
      ["在职人员", people.active],
      ["离休人员", people.retiredCadre],
      ["退休人员", people.retired],
    ])?.map((k, i) =>
      i === 0 && people.active !== undefined && activeKinds
        ? `${k}（${activeKinds.join("、")}）`
        : k
    );
    parts.push(`实有人数${total}人${kinds ? `，其中${kinds.join("，")}` : ""}`);
  }
  parts.push(byBody(p.staffByBody, "active", "在职人员中"));
  parts.push(movements(people));
  const stated = parts.filter(Boolean);
  return paragraph(`${first}${stated.length ? joinClauses(stated) : ""}`);
}

/**
 * 分单位人员 in the seed's words ("机关42人，下属中心130人"), figure by figure as stated: a
 * body whose figure is blank is not named (blank is not zero); "" when no body states one.
 */
function byBody(
  rows: StaffOfBody[] | undefined,
  column: "staffing" | "active",
  lead: string
): string {
  const named = (rows ?? []).filter((r) => r.name?.trim() && r[column] !== undefined);
  if (named.length === 0) return "";
  return `${lead}${named.map((r) => `${r.name!.trim()}${r[column]}人`).join("、")}`;
}

function scale(c: Context): Block {
  const { m, money } = c;
  const itemsOf = (cat: "人员支出" | "公用支出") =>
    m.expenditure.items
      .filter((i) => i.category === cat && i.actual !== undefined)
      .map((i) => `${i.name ?? i.code ?? ""}${money(i.actual)}`);
  const personnel = itemsOf("人员支出");
  const publicItems = itemsOf("公用支出");
  const project = statedTotal(m, "project", "actual");
  return paragraph(
    [
      sentence(
        `${c.short}${c.year}年全年总支出${money(statedTotal(m, "total", "actual"))}${changeClause(m, "expenditureTotal", c.n)}`
      ),
      sentence(
        `基本支出${money(statedTotal(m, "basic", "actual"))}${changeClause(m, "basic", c.n)}，其中人员支出${money(statedTotal(m, "personnel", "actual"))}${personnel.length ? `（${personnel.join("、")}）` : ""}`
      ),
      sentence(
        `公用支出${money(statedTotal(m, "public", "actual"))}${publicItems.length ? `，主要用于${publicItems.join("、")}` : ""}`
      ),
      project !== undefined
        ? sentence(`项目支出${money(project)}${changeClause(m, "project", c.n)}`)
        : "",
    ].join("")
  );
}

function basicSpending(c: Context): Block {
  const { m, n, money } = c;
  const col: AmountColumn = m.expenditure.shares.basis === "财政拨款" ? "fiscal" : "actual";
  const basic = effectiveTotal(m, "basic", col);
  const share = (part: Decimal | undefined) =>
    part !== undefined && basic !== undefined && !basic.isZero()
      ? `，占基本支出的${percentage(part.div(basic), n)}`
      : "";
  const covers = (cat: "人员支出" | "公用支出") => {
    const list = coverage(m.expenditure.items.filter((i) => i.category === cat));
    return list ? `，主要包括${list}` : "";
  };
  const pers = effectiveTotal(m, "personnel", col);
  const pub = effectiveTotal(m, "public", col);
  return paragraph(
    sentence(
      `${c.short}${c.year}年度${col === "fiscal" ? "财政拨款" : ""}基本支出${money(statedTotal(m, "basic", col))}，其中：人员经费${money(statedTotal(m, "personnel", col))}${share(pers)}${covers("人员支出")}；公用经费${money(statedTotal(m, "public", col))}${share(pub)}${covers("公用支出")}${covers("公用支出") ? "等" : ""}`
    )
  );
}

const VEHICLE_LABEL = { vehiclePurchase: "公务用车购置费", vehicleRunning: "公务用车运行维护费" };

/** This year's 三公 total: stated, else the items' sum. */
function threePublicTotal(m: Evaluation): string | Decimal | undefined {
  const tp = m.threePublic.current;
  return (
    tp.total.actual ??
    sumOf([
      tp.abroad.actual,
      tp.vehiclePurchase.actual,
      tp.vehicleRunning.actual,
      tp.reception.actual,
    ])
  );
}

/** A stated rate with the decimals it was stated with: "0.902" → "90.2%". */
const statedPercent = (rate: string): string =>
  `${new Decimal(rate).times(100).toFixed(Math.max(0, decimalsOf(rate) - 2))}%`;

/**
 * "预算15.00万元，" before an item's 支出 where its budget is stated, and "，占“三公”经费的53.58%"
 * after it where its share is (template 1.4); "" for each left blank.
 */
function itemFigures(
  c: Context,
  item: { budget?: string; share?: string }
): { budget: string; share: string } {
  return {
    budget: item.budget !== undefined ? `预算${c.money(item.budget)}，` : "",
    share: item.share !== undefined ? `，占“三公”经费的${statedPercent(item.share)}` : "",
  };
}

/**
 * "“三公”经费预算30.00万元，支出27.06万元，占预算的90.2%，较上年增加…" where the budget is stated
 * (template 1.4): the 控制率 as stated, else 实际 ÷ 预算; without a budget the older sentence.
 */
function threePublicLead(c: Context): string {
  const tp = c.m.threePublic.current;
  const actual = threePublicTotal(c.m);
  const change = changeClause(c.m, "threePublicTotal", c.n);
  const budget = tp.total.budget;
  if (budget === undefined)
    return change
      ? `“三公”经费支出${c.money(actual)}${change}。使用情况如下：`
      : "“三公”经费的使用情况如下：";
  const stated = c.m.statedRates?.threePublicControl;
  // A stated rate keeps its decimals ("0.902" → 90.2%), as stated changes do; a computed one
  // is formatted as the report's other percentages.
  const rate =
    stated !== undefined
      ? statedPercent(stated)
      : actual !== undefined && !new Decimal(budget).isZero()
        ? percentage(new Decimal(actual).div(budget), c.n)
        : undefined;
  const spent = actual !== undefined ? `，支出${c.money(actual)}` : "";
  const share = rate !== undefined ? `，占预算的${rate}` : "";
  return `“三公”经费预算${c.money(budget)}${spent}${share}${change}。使用情况如下：`;
}

/**
 * "（购置费…，当年购置1辆；运行维护费…，年末保有量4辆，单车运行维护费2.15万元）" when a vehicle count
 * or the cost per vehicle is stated (template 1.4), each part's change with it; "" otherwise. The
 * cost per vehicle is as stated, else 运行维护费 ÷ 保有量.
 */
function vehicleDetails(c: Context): string {
  const { vehiclePurchase: buy, vehicleRunning: run } = c.m.threePublic.current;
  if (buy.vehicles === undefined && run.fleet === undefined && run.perVehicle === undefined)
    return "";
  const money = (label: string, item: "vehiclePurchase" | "vehicleRunning") => {
    const part = c.m.threePublic.current[item];
    if (part.actual === undefined) return "";
    const f = itemFigures(c, part);
    return `${label}${f.budget}支出${c.money(part.actual)}${f.share}${changeClause(c.m, item, c.n)}`;
  };
  const perVehicle =
    run.perVehicle ??
    (run.actual !== undefined && run.fleet !== undefined && !new Decimal(run.fleet).isZero()
      ? new Decimal(run.actual).div(run.fleet)
      : undefined);
  const parts = [
    [
      money("购置费", "vehiclePurchase"),
      buy.vehicles !== undefined ? `当年购置${buy.vehicles}辆` : "",
    ],
    [
      money("运行维护费", "vehicleRunning"),
      run.fleet !== undefined ? `年末保有量${run.fleet}辆` : "",
      perVehicle !== undefined ? `单车运行维护费${c.money(perVehicle)}` : "",
    ],
  ]
    .map((part) => part.filter(Boolean).join("，"))
    .filter(Boolean);
  return parts.length ? `（${parts.join("；")}）` : "";
}

/** 公务用车购置及运行费: as stated, else the one part filled, else 购置 + 运行. */
function vehicleActual(c: Context): string | Decimal | undefined {
  const tp = c.m.threePublic.current;
  if (tp.vehicle?.actual !== undefined) return tp.vehicle.actual;
  if (tp.vehiclePurchase.actual !== undefined && tp.vehicleRunning.actual === undefined)
    return tp.vehiclePurchase.actual;
  if (tp.vehicleRunning.actual !== undefined && tp.vehiclePurchase.actual === undefined)
    return tp.vehicleRunning.actual;
  return sumOf([tp.vehiclePurchase.actual, tp.vehicleRunning.actual]);
}

function vehicleParagraph(c: Context): Block {
  const details = vehicleDetails(c);
  // The change of the whole only where the workbook states it or states the whole (template 1.4).
  const statesWhole =
    c.m.threePublic.current.vehicle?.actual !== undefined ||
    c.m.yearOnYear?.changes?.vehicle !== undefined;
  const whole = statesWhole ? changeClause(c.m, "vehicle", c.n) : "";
  const partChanges = details
    ? ""
    : (["vehiclePurchase", "vehicleRunning"] as const)
        .map((item) => [item, changeClause(c.m, item, c.n)] as const)
        .filter(([, clause]) => clause)
        .map(([item, clause]) => `，其中${VEHICLE_LABEL[item]}${clause.slice(1)}`)
        .join("");
  return paragraph(
    `2．公务用车购置及运行费${itemFigures(c, c.m.threePublic.current.vehicle ?? {}).budget}支出决算${c.money(vehicleActual(c))}${whole}${details}${partChanges}；`
  );
}

function threePublic(c: Context): Block[] {
  const tp = c.m.threePublic.current;
  const abroad = itemFigures(c, tp.abroad);
  const reception = itemFigures(c, tp.reception);
  return [
    paragraph(threePublicLead(c)),
    paragraph(
      `1．因公出国（境）费用${abroad.budget}支出决算${c.money(tp.abroad.actual)}${abroad.share}${changeClause(c.m, "abroad", c.n)}${tp.abroad.groups !== undefined ? `，${c.year}年因公出国（境）团组数${tp.abroad.groups}个${tp.abroad.persons !== undefined ? `，团组人数${tp.abroad.persons}人` : ""}` : ""}；`
    ),
    vehicleParagraph(c),
    paragraph(
      sentence(
        `3．公务接待费${reception.budget}支出决算${c.money(tp.reception.actual)}${reception.share}${changeClause(c.m, "reception", c.n)}${tp.reception.batches !== undefined ? `，接待${tp.reception.batches}批次${tp.reception.persons !== undefined ? `${tp.reception.persons}人次` : ""}` : ""}`
      )
    ),
  ];
}

/**
 * The year's movements (template 1.4): "年初实有在职人员10人，本年调入1人、调出0人、退休1人";
 * "" without last year's figure, and a blank movement is left out, never written as 0.
 */
function movements(people: Evaluation["profile"]["people"]): string {
  if (people.activeLastYear === undefined) return "";
  const moved = filledCounts([
    ["调入", people.transferredIn],
    ["调出", people.transferredOut],
    ["退休", people.retiredInYear],
  ]);
  return `年初实有在职人员${people.activeLastYear}人${moved ? `，本年${moved.join("、")}` : ""}`;
}

/** "行政编制10人" for each kind stated; a blank kind is left out, never written as 0. */
function filledCounts(kinds: [string, string | undefined][]): string[] | undefined {
  const filled = kinds.flatMap(([label, n]) => (n === undefined ? [] : [`${label}${n}人`]));
  return filled.length ? filled : undefined;
}

/** "用于劳动保障扩面工作经费" under a project of that name says nothing new. */
function purposeOf(name: string | undefined, purpose: string | undefined): string {
  const p = (purpose ?? "")
    .trim()
    .replace(/^(主要)?用于/, "")
    .replace(/[。；，]$/, "");
  if (!p || (name && (p === name.trim() || name.includes(p)))) return "";
  return `主要用于${p}`;
}

function projects(c: Context): Block[] {
  const { m, money } = c;
  const blocks: Block[] = [heading(3, "1．项目资金安排落实、总投入等情况")];
  if (!m.projects.length) {
    // 项目支出 stated without a project listed: the figure, never "none".
    const spent = statedTotal(m, "project", "actual");
    const none = spent === undefined || new Decimal(spent).isZero();
    blocks.push(paragraph(none ? "本年度无项目支出。" : `全年项目支出${money(spent)}。`));
    return blocks;
  }
  const budgets = m.projects.map((x) => x.budgetAdjusted ?? x.budgetInitial);
  const budget = m.projects.length === 1 && budgets[0] !== undefined ? budgets[0] : sumOf(budgets);
  const names = m.projects.map((x) => x.name).filter((x): x is string => Boolean(x));
  blocks.push(paragraph(projectsLead(m, money(budget), names)));
  blocks.push(heading(3, "2．项目资金实际使用情况"));
  for (const x of m.projects) {
    const planned = x.budgetAdjusted ?? x.budgetInitial;
    blocks.push(
      paragraph(
        joinClauses([
          `${x.name ?? "项目"}${planned !== undefined ? `全年安排${money(planned)}，` : ""}实际支出${money(x.actual)}${projectRateClause(x, c.n)}`,
          purposeOf(x.name, x.purpose),
          x.result,
        ])
      )
    );
  }
  return blocks;
}

/** What every section reads: the model, the number style and the unit's names as written. */
function contextOf(m: Evaluation, n: NumberStyle): Context {
  const p = m.profile;
  return {
    m,
    n,
    // A blank year is a visible blank in "＿＿＿＿年全年总支出…", not "人社局年全年总支出".
    year: p.year?.trim() || BLANK,
    short: p.shortName ?? p.name ?? "本单位",
    unit: p.name ?? p.shortName ?? "本单位",
    // A figure not filled in is a visible blank for the unit to fill, never a word of ours.
    money: (v) => `${v === undefined ? BLANK : amount(v, n)}万元`,
  };
}

/** §四: the topics' own paragraphs; an indicator only where the text does not tell it or it fell short. */
function performance(c: Context): Block[] {
  const { m } = c;
  const topics: string[] = [];
  for (const a of m.narrative.achievements)
    if (a.topic && !topics.includes(a.topic)) topics.push(a.topic);
  for (const i of m.indicators) if (i.topic && !topics.includes(i.topic)) topics.push(i.topic);
  const told = m.narrative.achievements.map((a) => a.text ?? "").join("\n");
  const figures = figuresIn(told);
  const worth = (i: Indicator) => !toldIn(i, told, figures) || indicatorFigures(m, i).met === false;
  const clauses = (list: Indicator[]) =>
    list
      .filter(worth)
      .map((i) => indicatorClause(i, indicatorFigures(m, i), c.n))
      .filter((x): x is string => Boolean(x));
  const blocks: Block[] = [];
  let k = 0;
  for (const topic of topics) {
    blocks.push(heading(2, `（${chineseNumeral(++k)}）${topic}`));
    for (const a of m.narrative.achievements.filter((x) => x.topic === topic))
      blocks.push(...paragraphs(a.text));
    const said = clauses(m.indicators.filter((i) => i.topic === topic));
    if (said.length) blocks.push(paragraph(sentence(said.join("；"))));
  }
  const loose = m.narrative.achievements.filter((a) => !a.topic);
  const rest = clauses(m.indicators.filter((i) => !i.topic));
  if (loose.length || rest.length) {
    blocks.push(heading(2, `（${chineseNumeral(++k)}）主要绩效指标完成情况`));
    for (const a of loose) blocks.push(...paragraphs(a.text));
    if (rest.length) blocks.push(paragraph(sentence(rest.join("；"))));
  }
  return blocks;
}

function conclusion(c: Context, scored: ScoreResult): Block[] {
  const p = c.m.profile;
  const who = `${c.unit}${c.year}年度部门整体支出绩效`;
  const grade = scored.complete && scored.grade ? GRADE_LONG[scored.grade] : p.statedGrade;
  const stated =
    scored.complete && scored.total !== undefined
      ? `经自评，${who}自评得分${scored.total.toDecimalPlaces(2).toFixed()}分，评价等级为“${grade}”。`
      : grade
        ? `经自评，${who}评价等级为“${grade}”。`
        : `经自评，${who}各项指标得分详见附件。`;
  const numbered = (list: string[]) =>
    list
      .map((t) => withoutNumbering(t))
      .filter(Boolean)
      .map((t, i) => paragraph(`${i + 1}．${sentence(t)}`));
  return [
    heading(1, "五、评价结论及建议"),
    heading(2, "（一）评价结论"),
    paragraph(stated),
    heading(2, "（二）存在问题"),
    ...numbered(c.m.narrative.problems),
    heading(2, "（三）改进建议"),
    ...numbered(c.m.narrative.suggestions),
  ];
}

/** 一、基本情况: staffing, duties, the scale of spending and the assets. */
function basicSituation(c: Context): Block[] {
  return [
    heading(1, "一、基本情况"),
    heading(2, "（一）机构、人员构成"),
    staffing(c),
    heading(2, "（二）单位主要职责"),
    ...c.m.profile.duties.map((d, i) => paragraph(`${i + 1}．${sentence(withoutNumbering(d))}`)),
    heading(2, "（三）部门整体支出规模、使用方向和主要内容、涉及范围"),
    scale(c),
    ...assetsBlocks(c.m, c.n),
  ];
}

export function buildReport(
  m: Evaluation,
  findings: Finding[],
  scored: ScoreResult,
  options: ReportOptions = {}
): ReportDocument {
  const n = options.numbers ?? DEFAULT_NUMBERS;
  const p = m.profile;
  const c = contextOf(m, n);
  const title = reportTitle(m);
  const attachmentTitle = `${c.year ? `${c.year}年度` : ""}部门整体支出绩效自评表`;
  // Never a made-up 财政局: a blank the unit fills (generating the report warns of it).
  const addressee = p.addressee?.trim() || BLANK;
  const blocks: Block[] = [
    { kind: "title", text: title },
    { kind: "addressee", text: `${addressee}：` },
    paragraph(`按照${addressee}关于绩效评价文件要求，现将我单位整体支出绩效评价情况报告如下：`),
    ...basicSituation(c),
    heading(1, "二、部门整体支出管理及使用情况"),
    // 收入, 支出 by fund type, the grand totals and the budget stages (template 1.5).
    ...fundsBlocks(m, n, c.year),
    heading(2, "（一）基本支出"),
    basicSpending(c),
    ...threePublic(c),
    heading(2, "（二）专项支出"),
    ...projects(c),
    heading(1, "三、部门整体支出管理"),
    ...paragraphs(m.narrative.management),
    heading(1, "四、部门整体支出绩效情况"),
    ...performance(c),
    ...conclusion(c, scored),
    { kind: "attachmentNote", text: `附件：${attachmentTitle}` },
    {
      kind: "signature",
      lines: [p.name?.trim() || BLANK, p.reportDate ? chineseDate(p.reportDate) : BLANK_DATE],
    },
  ];
  const errors = findings.some((f) => f.severity === "error");
  return {
    title,
    blocks,
    attachment: {
      title: `附件：${attachmentTitle}`,
      blocks: selfEvaluationBlocks(
        m,
        scored,
        n,
        options.profile ?? DEFAULT_PROFILE,
        explanations(findings, options.locations)
      ),
    },
    draft: draftPart(findings, scored),
    watermark: errors ? WATERMARK : undefined,
  };
}

export { dec };

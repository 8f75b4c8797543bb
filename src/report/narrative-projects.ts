import { Decimal, decimalsOf } from "../model/decimal";
import type { Evaluation, Project } from "../model/evaluation";
import type { Block } from "./document";
import { amount, percentage, type NumberStyle } from "./numbers";
import { sentence } from "./text";

/**
 * The report's sentences on template 1.5's projects and assets (issue 26): the stated 项目个数,
 * each project's stated 执行率 and 自评得分, and the 资产 paragraph. Nothing is said of a figure
 * left blank; stated figures are written as stated.
 */

/** A stated rate with the decimals it was stated with: "0.965" → "96.5%". */
const statedPercent = (rate: string): string =>
  `${new Decimal(rate).times(100).toFixed(Math.max(0, decimalsOf(rate) - 2))}%`;

/** A score as stated, without the amount cell's trailing zeros: "95.00" → "95". */
const scoreText = (score: string): string => new Decimal(score).toFixed();

/**
 * The lead of §二（二）1: “全年安排项目资金8.00万元，共实施项目5个，其中主要项目：A、B” — the
 * stated 项目个数 where given (template 1.5), else the rows listed.
 */
export function projectsLead(m: Evaluation, budget: string, names: string[]): string {
  const stated = m.expenditure.projectCount;
  const partial = m.expenditure.projectsPartial === true;
  const list = names.length ? `：${names.join("、")}` : "";
  if (stated !== undefined)
    return sentence(
      `全年安排项目资金${budget}，共实施项目${stated}个${partial && list ? `，其中主要项目${list}` : list}`
    );
  if (m.projects.length === 1)
    return sentence(`全年安排项目资金${budget}${names.length ? `（${names[0]}）` : ""}`);
  return sentence(`全年安排项目资金${budget}，共${m.projects.length}个项目${list}`);
}

/**
 * “，项目执行率96.5%，项目自评得分95分，评价等级为“优””: the execution rate as stated (template
 * 1.5), else computed from 实际 ÷ 全年预算 as before; the score and grade where stated.
 */
export function projectRateClause(x: Project, n: NumberStyle): string {
  const planned = x.budgetAdjusted ?? x.budgetInitial;
  const rate =
    x.statedRate !== undefined
      ? `，项目执行率${statedPercent(x.statedRate)}`
      : planned !== undefined && x.actual !== undefined && !new Decimal(planned).isZero()
        ? `，预算执行率${percentage(new Decimal(x.actual).div(planned), n)}`
        : "";
  const score = x.score !== undefined ? `，项目自评得分${scoreText(x.score)}分` : "";
  const grade = x.grade !== undefined ? `，评价等级为“${x.grade}”` : "";
  return `${rate}${score}${grade}`;
}

/**
 * “年末资产总额1520.40万元，其中固定资产（账面价值）1235.60万元，包括房屋及构筑物980.00万元、车辆
 * 45.30万元、其他固定资产210.30万元，较上年增加35.60万元；车辆账面价值12.00万元。” (template 1.5):
 * under 一、基本情况, as reports state their assets; no paragraph when nothing is filled.
 */
export function assetsBlocks(m: Evaluation, n: NumberStyle): Block[] {
  const a = m.assets;
  if (!a) return [];
  const money = (v: string) => `${amount(v, n)}万元`;
  const clauses: string[] = [];
  if (a.total !== undefined) clauses.push(`年末资产总额${money(a.total)}`);
  const basis = a.basis === "原值" ? "原值" : "";
  const parts = (
    [
      ["房屋及构筑物", a.buildings],
      ["车辆", a.vehicles],
      ["其他固定资产", a.otherFixed],
    ] as const
  ).flatMap(([label, v]) => (v === undefined ? [] : [`${label}${money(v)}`]));
  if (a.fixed !== undefined || parts.length) {
    const lead = a.total !== undefined ? "其中固定资产" : "年末固定资产";
    const fixed = a.fixed !== undefined ? money(a.fixed) : "";
    const change = changeClause(a.fixedChange, a.previousFixed, money);
    clauses.push(
      `${lead}${basis}${fixed}${parts.length ? `${fixed ? "，" : ""}包括${parts.join("、")}` : ""}${change}`
    );
  } else if (a.previousFixed !== undefined)
    clauses.push(`上年末固定资产${basis}${money(a.previousFixed)}`);
  const text = [
    clauses.length ? sentence(clauses.join("，")) : "",
    a.vehiclesBook !== undefined ? sentence(`车辆账面价值${money(a.vehiclesBook)}`) : "",
  ].join("");
  return text ? [{ kind: "paragraph", text }] : [];
}

/** “，较上年增加35.60万元” from the stated change, else “（上年末1200.00万元）”. */
function changeClause(
  change: string | undefined,
  previous: string | undefined,
  money: (v: string) => string
): string {
  if (change !== undefined) {
    const d = new Decimal(change);
    const size = money(d.isNegative() ? change.replace(/^-/, "") : change);
    const said = d.isZero() ? "，与上年持平" : `，较上年${d.isNegative() ? "减少" : "增加"}${size}`;
    return `${said}${previous !== undefined ? `（上年末${money(previous)}）` : ""}`;
  }
  return previous !== undefined ? `（上年末${money(previous)}）` : "";
}

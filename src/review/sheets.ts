/**
 * The reviewer's summary workbook (复核汇总.xlsx) as write ops, executed by the ExcelJS port like
 * every other output: 单位一览 (one row per file), 问题明细 (every finding), 规则统计 (counts per
 * rule and severity) and 说明 (what was checked, how, when).
 */
import { SEVERITY_LABEL, type Severity } from "../model/finding";
import { PROFILE_SOURCE_LABEL } from "../model/scoring-profile";
import { rowHeight, type CellValue, type CellWrite, type WriteOp } from "../model/sheet";
import { addr } from "../layout";
import { STYLES, TABLE_STYLE, columnsOp, pageSetupOp } from "../layout/styles";
import type { RuleMeta } from "../rules/core/meta";
import { ruleTitle } from "./rule-titles";
import { STATUS_LABEL, type UnitSummary } from "./unit";

export const UNITS_SHEET = "单位一览";
export const FINDINGS_SHEET = "问题明细";
export const RULES_SHEET = "规则统计";
export const ABOUT_SHEET = "说明";

/** Where each table's header row is: a title and a summary line above it. */
const TABLE_TOP = 3;

/** What the 说明 sheet states about the run. */
export interface ReviewContext {
  /** When the review ran, as the reviewer reads it (local time, to the minute). */
  when: string;
  profileName: string;
  /** The template version this build reads. */
  templateVersion: string;
  /** The folders and files given. */
  inputs: string[];
  toolVersion: string;
}

const UNIT_COLUMNS: [header: string, width: number, format?: string][] = [
  ["文件", 20],
  ["单位名称", 22],
  ["年度", 6],
  ["模板版本", 8],
  ["自评等级（填报）", 9],
  ["计算得分", 9, "0.00"],
  ["计算等级", 8],
  ["评分完整", 8],
  ["评分方案", 24],
  ["方案指纹", 10],
  ["错误", 5],
  ["警告", 5],
  ["提示", 5],
  ["已说明", 6],
  ["支出总计（万元）", 10, "0.00"],
  ["预算执行率", 9, "0.0%"],
  ["三公经费合计（万元）", 10, "0.00"],
  ["三公经费预算（万元）", 10, "0.00"],
  ["公务用车购置及运行费（万元）", 12, "0.00"],
  ["公务用车保有量（辆）", 9, "0"],
  ["编制数合计", 8, "0"],
  ["在职人员", 8, "0"],
  ["实有人数", 8, "0"],
  ["本年收入合计（万元）", 10, "0.00"],
  ["状态", 8],
  ["原因", 36],
];
const UNIT_HEADERS = UNIT_COLUMNS.map(([h]) => h);
const UNIT_WIDTHS = UNIT_COLUMNS.map(([, w]) => w);
const UNIT_FORMATS: Record<number, string> = Object.fromEntries(
  UNIT_COLUMNS.flatMap(([, , f], i) => (f ? [[i, f]] : []))
);
const unitColumn = (header: string) => UNIT_HEADERS.indexOf(header);
const REASON = unitColumn("原因");

/** The profile as 单位一览 names it: where it came from when not the workbook's own. */
function profileName(u: UnitSummary): string | null {
  if (!u.profile) return null;
  const { name, source } = u.profile;
  return source === "workbook" ? name : `${name}（${PROFILE_SOURCE_LABEL[source].zh}）`;
}

/** Width in characters as a column counts them: a Chinese character takes two. */
const textWidth = (text: string): number =>
  [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** "同一单位同一年度另有 b.xlsx" on each file of a unit that sent more than one. */
function sameUnitNote(u: UnitSummary): string | null {
  if (!u.sameUnitAs?.length) return null;
  const others = u.sameUnitAs.join("、");
  return `同一单位、同一年度另有：${others}，请核对是否重复报送。 Same unit and year also in: ${u.sameUnitAs.join(", ")}.`;
}

function unitRow(u: UnitSummary): CellValue[] {
  const complete = u.complete === undefined ? null : u.complete ? "是" : "否";
  return [
    u.file,
    opt(u.unitName),
    opt(u.year),
    opt(u.version),
    opt(u.statedGrade),
    opt(u.score),
    opt(u.grade),
    complete,
    profileName(u),
    u.profile?.digest ?? null,
    u.status === "checked" ? u.errors : null,
    u.status === "checked" ? u.warnings : null,
    u.status === "checked" ? u.info : null,
    u.status === "checked" ? u.explained : null,
    opt(u.totalExpenditure),
    opt(u.executionRate),
    opt(u.threePublic),
    opt(u.threePublicBudget),
    opt(u.vehicle),
    opt(u.fleet),
    opt(u.staffing),
    opt(u.active),
    opt(u.people),
    opt(u.incomeTotal),
    STATUS_LABEL[u.status],
    u.reason ? `${u.reason.zh} ${u.reason.en}` : sameUnitNote(u),
  ];
}

/** The look of a table's cells where the host ignores table styles (LibreOffice, print). */
function tableLook(
  headers: string[],
  rows: number,
  formats: Record<number, string>,
  wrap: ReadonlySet<number>
): CellWrite[] {
  const cells: CellWrite[] = headers.map((_, j) => ({
    address: addr(j, TABLE_TOP),
    style: STYLES.header,
  }));
  for (let i = 0; i < rows; i++)
    headers.forEach((_, j) =>
      cells.push({
        address: addr(j, TABLE_TOP + 1 + i),
        style: {
          ...STYLES.label,
          vertical: "top",
          wrap: wrap.has(j),
          ...(formats[j] ? { numFmt: formats[j] } : {}),
        },
      })
    );
  return cells;
}

interface TableSheet {
  sheet: string;
  tableName: string;
  title: string;
  summary: string;
  headers: string[];
  rows: CellValue[][];
  widths: number[];
  formats?: Record<number, string>;
  /** Columns of long text, wrapped. */
  wrap?: number[];
  /** Heights of data rows that need more than one line, by index. */
  heights?: Record<number, number>;
}

/** A title, a summary line, and a filterable table below them. */
function tableSheet(t: TableSheet): WriteOp[] {
  const { sheet, headers, rows } = t;
  const last = addr(headers.length - 1, 1).replace(/\d+$/, "");
  return [
    { op: "addSheet", sheet, visibility: "visible" },
    columnsOp(sheet, t.widths),
    { op: "merge", sheet, range: `A1:${last}1` },
    { op: "merge", sheet, range: `A2:${last}2` },
    {
      op: "cells",
      sheet,
      cells: [
        { address: "A1", value: t.title, style: { ...STYLES.title, horizontal: "left" } },
        { address: "A2", value: t.summary, style: { ...STYLES.hint, numFmt: "@" } },
      ],
    },
    {
      op: "table",
      sheet,
      name: t.tableName,
      topLeft: `A${TABLE_TOP}`,
      headers,
      // A table needs a data row; an empty one says there is nothing to list.
      rows: rows.length ? rows : [headers.map(() => null)],
      style: TABLE_STYLE,
    },
    {
      op: "cells",
      sheet,
      cells: tableLook(headers, Math.max(1, rows.length), t.formats ?? {}, new Set(t.wrap)),
    },
    {
      op: "rowHeights",
      sheet,
      heights: {
        1: 24,
        [TABLE_TOP]: 30,
        ...Object.fromEntries(
          Object.entries(t.heights ?? {}).map(([i, h]) => [TABLE_TOP + 1 + Number(i), h])
        ),
      },
    },
    { op: "freeze", sheet, rows: TABLE_TOP },
    pageSetupOp(sheet, "landscape", [TABLE_TOP, TABLE_TOP]),
  ];
}

function unitsSheet(units: UnitSummary[]): WriteOp[] {
  const checked = units.filter((u) => u.status === "checked");
  const refused = units.length - checked.length;
  const withErrors = checked.filter((u) => u.errors > 0).length;
  const summary = `共 ${units.length} 个文件：已校验 ${checked.length} 个（其中有错误的 ${withErrors} 个），未能校验 ${refused} 个。用表头的筛选按钮可按状态、等级、错误数筛选。`;
  return tableSheet({
    sheet: UNITS_SHEET,
    tableName: "jx_review_units",
    title: "单位一览",
    summary,
    headers: UNIT_HEADERS,
    rows: units.map(unitRow),
    widths: UNIT_WIDTHS,
    formats: UNIT_FORMATS,
    wrap: [0, 1, unitColumn("评分方案"), REASON],
    heights: Object.fromEntries(
      units.flatMap((u, i) => {
        const reason = u.reason ? `${u.reason.zh} ${u.reason.en}` : "";
        const lines = Math.max(
          Math.ceil(textWidth(reason) / (UNIT_WIDTHS[REASON] - 2)),
          Math.ceil(textWidth(profileName(u) ?? "") / (UNIT_WIDTHS[unitColumn("评分方案")] - 2))
        );
        return lines > 1 ? [[i, rowHeight(lines * 13 + 4)]] : [];
      })
    ),
  });
}

const FINDING_HEADERS = [
  "文件",
  "单位",
  "工作表",
  "单元格",
  "规则",
  "级别",
  "问题",
  "应为",
  "实为",
  "说明（单位填写）",
];

const FINDING_WIDTHS = [18, 18, 10, 7, 18, 10, 60, 10, 10, 30];

function findingsSheet(units: UnitSummary[]): WriteOp[] {
  const rows = units.flatMap((u) =>
    u.findings.map((f): CellValue[] => [
      f.file,
      f.unit,
      opt(f.sheet),
      opt(f.cell),
      f.ruleId,
      SEVERITY_LABEL[f.severity] + (f.explanation ? "（已说明）" : ""),
      f.message,
      opt(f.expected),
      opt(f.actual),
      opt(f.explanation),
    ])
  );
  return tableSheet({
    sheet: FINDINGS_SHEET,
    tableName: "jx_review_findings",
    title: "问题明细",
    summary: `共 ${rows.length} 条问题。已说明的警告和提示标为“已说明”，单位的说明列在最后一列。`,
    headers: FINDING_HEADERS,
    rows,
    widths: FINDING_WIDTHS,
    wrap: [0, 1, 6, 9],
    heights: Object.fromEntries(
      rows.map((r, i) => {
        const lines = Math.max(
          Math.ceil(textWidth(String(r[6])) / (FINDING_WIDTHS[6] - 2)),
          Math.ceil(textWidth(String(r[9] ?? "")) / (FINDING_WIDTHS[9] - 2))
        );
        return [i, rowHeight(Math.max(1, lines) * 13 + 4)];
      })
    ),
  });
}

export interface RuleCount {
  ruleId: string;
  description: string;
  error: number;
  warning: number;
  info: number;
  explained: number;
  /** Units with at least one finding of the rule. */
  units: number;
}

/** Counts per rule, most frequent first; rules that never fired are left out. */
export function ruleCounts(units: UnitSummary[], metas: readonly RuleMeta[]): RuleCount[] {
  const byId = new Map<string, RuleCount>();
  const unitsOf = new Map<string, Set<string>>();
  for (const u of units)
    for (const f of u.findings) {
      const c = byId.get(f.ruleId) ?? {
        ruleId: f.ruleId,
        description: ruleTitle(
          metas.find((m) => m.id === f.ruleId),
          f.ruleId
        ),
        error: 0,
        warning: 0,
        info: 0,
        explained: 0,
        units: 0,
      };
      if (f.explanation) c.explained++;
      else c[f.severity]++;
      byId.set(f.ruleId, c);
      unitsOf.set(f.ruleId, (unitsOf.get(f.ruleId) ?? new Set()).add(u.file));
    }
  const total = (c: RuleCount) => c.error + c.warning + c.info + c.explained;
  return [...byId.values()]
    .map((c) => ({ ...c, units: unitsOf.get(c.ruleId)!.size }))
    .sort((a, b) => total(b) - total(a) || a.ruleId.localeCompare(b.ruleId));
}

function rulesSheet(units: UnitSummary[], metas: readonly RuleMeta[]): WriteOp[] {
  const counts = ruleCounts(units, metas);
  const severities: Severity[] = ["error", "warning", "info"];
  return tableSheet({
    sheet: RULES_SHEET,
    tableName: "jx_review_rules",
    title: "规则统计",
    summary: `共 ${counts.length} 条规则有发现，按出现次数排序；“已说明”不计入警告和提示。`,
    headers: ["规则", "说明", ...severities.map((s) => SEVERITY_LABEL[s]), "已说明", "涉及单位数"],
    rows: counts.map((c) => [
      c.ruleId,
      c.description,
      c.error,
      c.warning,
      c.info,
      c.explained,
      c.units,
    ]),
    widths: [26, 60, 7, 7, 7, 7, 10],
    wrap: [1],
  });
}

/** The distinct profiles the units were scored with, by fingerprint, with how many used each. */
function profilesUsed(units: UnitSummary[]): string {
  const used = new Map<string, { name: string; count: number }>();
  for (const u of units) {
    if (!u.profile) continue;
    const seen = used.get(u.profile.digest);
    used.set(u.profile.digest, { name: profileName(u) ?? "", count: (seen?.count ?? 0) + 1 });
  }
  if (!used.size) return "（无已校验的单位）";
  const list = [...used].map(
    ([digest, { name, count }]) => `${name}（指纹 ${digest}）${count} 个单位`
  );
  return `${used.size} 种：${list.join("；")}`;
}

function aboutSheet(units: UnitSummary[], context: ReviewContext): WriteOp[] {
  const sheet = ABOUT_SHEET;
  const count = (s: UnitSummary["status"]) => units.filter((u) => u.status === s).length;
  const lines: [string, string][] = [
    ["复核时间", context.when],
    ["程序", context.toolVersion],
    ["评分方案", context.profileName],
    ["各单位所用方案", profilesUsed(units)],
    ["读取的模板版本", context.templateVersion],
    ["复核范围", context.inputs.join("；")],
    ["文件数", String(units.length)],
    ["已校验", String(count("checked"))],
    ["不是模板（或模板版本无法读取）", String(count("notTemplate"))],
    ["无法读取", String(count("unreadable"))],
    [
      "检查内容",
      "对每个工作簿运行与“校验”相同的全部规则（见 docs/rules.md）并按评分方案计算得分；只读取，不修改任何被复核的文件。",
    ],
    [
      "已说明",
      "单位在其工作簿“校验结果”表的“说明”列中对警告或提示所写的说明；数字变化后说明失效，不再计入。错误不能以说明了结。",
    ],
  ];
  const cells: CellWrite[] = [
    { address: "A1", value: "复核说明", style: { ...STYLES.title, horizontal: "left" } },
    ...lines.flatMap(([label, value], i): CellWrite[] => [
      { address: `A${i + 3}`, value: label, style: { ...STYLES.header, horizontal: "left" } },
      { address: `B${i + 3}`, value, style: { ...STYLES.label, numFmt: "@" } },
    ]),
  ];
  return [
    { op: "addSheet", sheet, visibility: "visible" },
    columnsOp(sheet, [30, 90]),
    { op: "cells", sheet, cells },
    pageSetupOp(sheet, "portrait"),
  ];
}

/** The whole summary workbook, sheet by sheet. */
export function reviewWorkbookOps(
  units: UnitSummary[],
  context: ReviewContext,
  metas: readonly RuleMeta[]
): WriteOp[] {
  return [
    ...unitsSheet(units),
    ...findingsSheet(units),
    ...rulesSheet(units, metas),
    ...aboutSheet(units, context),
    { op: "activate", sheet: UNITS_SHEET },
  ];
}

/**
 * Template versions and the marker a workbook carries. Below every sheet module, so a sheet can
 * say which version added it (`since`) without importing the assembly in template.ts.
 */

/** Bump when names, tables or headers change: the reader refuses versions it does not know. */
export const TEMPLATE_VERSION = "1.5";
/**
 * Versions this build reads, oldest first. Fields and sheets carry the version that added them
 * (`since`); in an older workbook they are optional, and `jixiao upgrade` adds them.
 */
export const TEMPLATE_VERSIONS: readonly string[] = ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5"];
/** What template 1.1 added: report title, sub-units, total with carry-over, the 上年对比 sheet. */
export const SINCE_1_1 = "1.1";
/** What template 1.2 added: the 评分方案 sheet, staff by body, adjustments by kind. */
export const SINCE_1_2 = "1.2";
/** What template 1.3 added: 结转结余率 as stated, the 项目 list marked 部分列示. */
export const SINCE_1_3 = "1.3";
/**
 * What template 1.4 added (issue 26): 三公经费 in full: 公务用车购置及运行费 as stated, vehicles
 * bought and held, 单车运行维护费, each item's 实际/预算 and share of the total; staffing: 在职 by
 * kind and the year's movements (上年末实有在职, 调入, 调出, 退休).
 */
export const SINCE_1_4 = "1.4";
/**
 * What template 1.5 added (issue 26): income and expenditure by fund type, 支出总计 with 年末结转结余,
 * 收入总计 and 支出总计 against last year, the stated 基本/项目 execution rates; projects: the
 * stated 项目个数 and, per project, the stated 执行率, 自评得分 and 自评等级 (T_Projects columns at
 * the end); the 资产 sheet (资产总额, 固定资产 and its parts, 车辆账面价值, last year's 固定资产
 * and the change).
 */
export const SINCE_1_5 = "1.5";
export const TEMPLATE_MARKER = "jixiao-template";
export const VERSION_NAME = "jx_templateVersion";

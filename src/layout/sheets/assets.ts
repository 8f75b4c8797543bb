/**
 * 资产 (Assets, template 1.5, optional): 资产总额, 固定资产 stated and from its parts, 车辆账面价值,
 * last year's 固定资产 and the change, as the 决算's 资产情况表 and reports state them (issue 26).
 */
import { ASSET_BASES } from "../../model/evaluation";
import { add, change, name, sub, iff, and, isNumber, BLANK } from "../expr";
import {
  calc,
  computed,
  field,
  plainRow,
  row,
  skip,
  statedRow,
  text,
  titleRow,
} from "../build-helpers";
import type { Field, SheetDef } from "../types";
import { SINCE_1_5 } from "../versions";

const assetField = (key: string, label: string, en: string, hint?: string): Field =>
  field(`jx_assets_${key}`, `assets.${key}`, {
    label,
    en,
    type: "amount",
    unit: "万元",
    hint,
    since: SINCE_1_5,
  });

/** The asset inputs, shaped as the model's `assets`. */
export const assets = {
  basis: field("jx_assets_basis", "assets.basis", {
    label: "固定资产口径",
    en: "Basis of fixed assets",
    type: "choice",
    choices: ASSET_BASES,
    hint: "固定资产及其构成按决算资产情况表的“账面价值”（净值，与资产总额同口径）填；报告写的是原值（“固定资产原值X万元”）时选“原值”，全部按原值填。留空按账面价值",
    since: SINCE_1_5,
  }),
  total: assetField(
    "total",
    "资产总额（年末）",
    "Total assets, year end",
    "账面价值；报告写了才填"
  ),
  fixed: assetField(
    "fixed",
    "固定资产（年末）",
    "Fixed assets, year end",
    "按上面的口径；应等于下面三项之和，按账面价值时不超过资产总额"
  ),
  buildings: assetField("buildings", "其中：房屋及构筑物", "Buildings and structures"),
  vehicles: assetField("vehicles", "其中：车辆", "Vehicles"),
  otherFixed: assetField(
    "otherFixed",
    "其中：其他固定资产",
    "Other fixed assets",
    "通用设备、专用设备、家具、图书档案等"
  ),
  vehiclesBook: assetField(
    "vehiclesBook",
    "车辆账面价值（年末）",
    "Vehicles, book value",
    "净值，与口径无关；公务用车保有量为 0 时应为 0（三公经费表）"
  ),
  previousFixed: assetField(
    "previousFixed",
    "上年末固定资产",
    "Fixed assets, previous year end",
    "与本年同一口径"
  ),
  fixedChange: assetField(
    "fixedChange",
    "固定资产较上年增减额（报告中写的）",
    "Change in fixed assets, as stated",
    "减少填负数；应为本年−上年"
  ),
};

const assetsCalcs = {
  fixed: calc(
    "jx_calc_assets_fixed",
    "固定资产（计算）",
    "Fixed assets, computed",
    "amount",
    add(name(assets.buildings.name), name(assets.vehicles.name), name(assets.otherFixed.name))
  ),
  change: calc(
    "jx_calc_assets_fixedChange",
    "固定资产增减额（计算）",
    "Change in fixed assets, computed",
    "amount",
    iff(
      and(isNumber(name(assets.fixed.name)), isNumber(name(assets.previousFixed.name))),
      sub(name(assets.fixed.name), name(assets.previousFixed.name)),
      BLANK
    )
  ),
  changeRate: calc(
    "jx_calc_assets_fixedChangeRate",
    "固定资产增减率（计算）",
    "Change in fixed assets, rate",
    "rate",
    change(name(assets.fixed.name), name(assets.previousFixed.name))
  ),
};

export const assetsSheet: SheetDef = {
  name: "资产",
  en: "Assets",
  purpose: "资产情况（可选，报告写了资产才填）",
  since: SINCE_1_5,
  widths: [34, 14, 14, 12, 48],
  orientation: "portrait",
  freezeRows: 2,
  tabColor: "7F6000",
  rows: [
    titleRow("资产（万元，可选）", 5),
    row([
      text("项目", "header"),
      text("填报", "header"),
      text("计算", "header"),
      text("差额", "header"),
      text("说明", "header"),
    ]),
    row(plainRow(assets.basis)),
    row(plainRow(assets.total)),
    row(statedRow(assets.fixed, assetsCalcs.fixed, "jx_diff_assets_fixed")),
    row(plainRow(assets.buildings)),
    row(plainRow(assets.vehicles)),
    row(plainRow(assets.otherFixed)),
    row(plainRow(assets.vehiclesBook)),
    row(plainRow(assets.previousFixed)),
    row(statedRow(assets.fixedChange, assetsCalcs.change, "jx_diff_assets_fixedChange")),
    row([
      text(assetsCalcs.changeRate.label),
      skip,
      computed(assetsCalcs.changeRate),
      skip,
      text("(本年−上年)/上年", "hint"),
    ]),
  ],
};

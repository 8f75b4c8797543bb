import type { ExpenditureItem } from "../model/evaluation";
import { BY_CODE, byWord, sameName } from "../rules/narrative/proofread-item-name";

/**
 * What 人员经费 and 公用经费 "主要包括": the standard 经济分类 names of the items the unit
 * reported (by code, else by a word in the item's name), in the order stated, each once. The
 * names are the classification's (tables shared with the proofread-item-name rule).
 */

/**
 * The standard name where the unit's own name means it (by code, or a word of the name leading
 * to the same standard name); else the unit's name, so the report never calls one item by two
 * names (其他交通补助 in §一, 其他交通费用 in §二).
 */
function standardName(item: ExpenditureItem): string | undefined {
  const code = item.code?.trim() ?? "";
  const name = item.name?.trim();
  if (/^303/.test(code)) return "对个人和家庭的补助";
  if (/^310/.test(code)) return name || "资本性支出";
  const fromWord = name ? byWord(name) : undefined;
  const byCode = BY_CODE[code];
  if (byCode && (!name || sameName(name, byCode) || fromWord === byCode)) return byCode;
  return fromWord ?? name;
}

/** "基本工资、津贴补贴、奖金…" for the items of a category, or "" when none is named. */
export function coverage(items: ExpenditureItem[]): string {
  const names: string[] = [];
  for (const item of items) {
    const n = standardName(item);
    if (n && !names.includes(n)) names.push(n);
  }
  return names.join("、");
}

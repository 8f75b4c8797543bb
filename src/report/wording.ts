import type { ExpenditureItem } from "../model/evaluation";

/**
 * What 人员经费 and 公用经费 "主要包括": the standard 经济分类 names of the items the unit
 * reported (by code, else by a word in the item's name), in the order stated, each once. The
 * template has no field for these lists; the wording is the budget classification's own.
 */
const BY_CODE: Record<string, string> = {
  "30101": "基本工资",
  "30102": "津贴补贴",
  "30103": "奖金",
  "30106": "伙食补助费",
  "30107": "绩效工资",
  "30108": "机关事业单位基本养老保险缴费",
  "30109": "职业年金缴费",
  "30110": "职工基本医疗保险缴费",
  "30111": "公务员医疗补助缴费",
  "30112": "其他社会保障缴费",
  "30113": "住房公积金",
  "30114": "医疗费",
  "30199": "其他工资福利支出",
  "30201": "办公费",
  "30202": "印刷费",
  "30203": "咨询费",
  "30204": "手续费",
  "30205": "水费",
  "30206": "电费",
  "30207": "邮电费",
  "30208": "取暖费",
  "30209": "物业管理费",
  "30211": "差旅费",
  "30213": "维修（护）费",
  "30214": "租赁费",
  "30215": "会议费",
  "30216": "培训费",
  "30217": "公务接待费",
  "30218": "专用材料费",
  "30226": "劳务费",
  "30227": "委托业务费",
  "30228": "工会经费",
  "30229": "福利费",
  "30231": "公务用车运行维护费",
  "30239": "其他交通费用",
  "30299": "其他商品和服务支出",
};

/** Words in an item's name and the standard name they stand for, first match wins. */
const BY_WORD: [RegExp, string][] = [
  [/工资/, "基本工资"],
  [/津贴|补贴/, "津贴补贴"],
  [/奖/, "奖金"],
  [/伙食/, "伙食补助费"],
  [/养老/, "机关事业单位基本养老保险缴费"],
  [/医疗/, "职工基本医疗保险缴费"],
  [/社保|社会保障|保险/, "社会保障缴费"],
  [/住房|公积金/, "住房公积金"],
  [/个人|家庭|离休|退休|抚恤/, "对个人和家庭的补助"],
  [/设备|购置/, "办公设备购置"],
];

/** Brackets of either width read alike: "维修(护)费" is the code's "维修（护）费". */
const sameName = (a: string, b: string) =>
  a.replace(/\(/g, "（").replace(/\)/g, "）") === b.replace(/\(/g, "（").replace(/\)/g, "）");

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
  const byWord = name ? BY_WORD.find(([word]) => word.test(name))?.[1] : undefined;
  const byCode = BY_CODE[code];
  if (byCode && (!name || sameName(name, byCode) || byWord === byCode)) return byCode;
  return byWord ?? name;
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

import { defineRule } from "../core/rule";
import { narrativePassages } from "./index";

/**
 * One 支出经济分类 item, one name: the unit calls code 30239 "其他交通补助" in 支出明细 and
 * "其他交通费用" (the classification's name) in its prose. The tables below are also how the
 * report words its "主要包括" lists (src/report/wording.ts), so the two never disagree.
 */

/** The classification's own name of each 经济分类 code the report's lists use. */
export const BY_CODE: Record<string, string> = {
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
export const BY_WORD: [RegExp, string][] = [
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
export const sameName = (a: string, b: string) =>
  a.replace(/\(/g, "（").replace(/\)/g, "）") === b.replace(/\(/g, "（").replace(/\)/g, "）");

/** The standard name a unit's own name stands for by a word in it ("工资支出" → 基本工资). */
export const byWord = (name: string): string | undefined =>
  BY_WORD.find(([word]) => word.test(name))?.[1];

/** Standard names short enough to be other things in prose ("奖金", "水费") are not claimed. */
const MIN_LENGTH = 4;

export default defineRule({
  meta: {
    id: "proofread-item-name",
    category: "consistency",
    severity: "info",
    description: [
      "Proofreading of the unit's own text: an expenditure item named one way in 支出明细 and another in the prose — the unit's own name for a coded item there (“其他交通补助”, 30239), the classification's name (“其他交通费用”) in 文字材料. Names that mean the same by a word in them (工资支出 / 基本工资) and standard names under four characters are not claimed. Reported once per item, never corrected.",
      "",
      "- Fires: 30239 named “其他交通补助” in 支出明细, “其他交通费用9.28万元” in the prose.",
      "- Does not fire: the prose using the item's own name; 30101 “工资支出” beside “基本工资” in the prose.",
    ].join("\n"),
    messages: {
      twoNames: {
        zh: "同一支出科目（{{code}}）前后用了两个名称：支出明细中为“{{name}}”，文字中写作“{{standard}}”。请统一为一个名称。",
        en: "One expenditure item ({{code}}) has two names: “{{name}}” in 支出明细, “{{standard}}” in the text. Use one name.",
      },
    },
  },
  check(ctx) {
    // The passages once for all items: built per item, they made the rule quadratic in the rows
    // (1,800 items × every passage at 100×, most of the report's heap growth; issue 24).
    const passages = narrativePassages(ctx.model);
    ctx.model.expenditure.items.forEach((item, i) => {
      const code = item.code?.trim() ?? "";
      const name = item.name?.trim();
      const standard = BY_CODE[code];
      if (!name || !standard || standard.length < MIN_LENGTH) return;
      if (sameName(name, standard) || byWord(name) === standard) return;
      const passage = passages.find((p) => p.text.includes(standard) && !p.text.includes(name));
      if (!passage) return;
      ctx.report({
        messageId: "twoNames",
        data: { code, name, standard },
        cells: [ctx.at(passage.path), ctx.at(`expenditure.items.${i}.name`)],
        expected: name,
        actual: standard,
      });
    });
  },
});

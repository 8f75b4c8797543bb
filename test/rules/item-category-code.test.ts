import rule from "../../src/rules/item-category-code";
import type { ExpenditureItem } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const items = (...rows: ExpenditureItem[]) => evaluation({ expenditure: { items: rows } });

ruleTester(rule, {
  valid: [
    {
      name: "seed's codes and categories",
      model: items(
        { category: "人员支出", code: "30101", name: "工资支出" },
        { category: "人员支出", code: "30399", name: "对个人家庭补助" },
        { category: "公用支出", code: "30201", name: "办公费" },
        { category: "公用支出", code: "31002", name: "办公设备购置" },
        { category: "人员支出", name: "社保费开支" }
      ),
    },
    {
      name: "other classes are not checked",
      model: items({ category: "公用支出", code: "39999", name: "其他支出" }),
    },
    {
      name: "a blank category is the reader's to report",
      model: items({ code: "30101", name: "基本工资" }),
    },
  ],
  invalid: [
    {
      name: "办公费 filed as 人员支出",
      model: items({ category: "人员支出", code: "30201", name: "办公费" }),
      errors: [
        {
          messageId: "wrongCategory",
          severity: "warning",
          expected: "公用支出",
          actual: "人员支出",
          says: ["支出明细“30201 办公费”的类别填为“人员支出”", "属于公用支出"],
          paths: ["expenditure.items.0.category", "expenditure.items.0.code"],
        },
      ],
    },
    {
      name: "303 and 310 classes",
      model: items(
        { category: "公用支出", code: "30399" },
        { category: "人员支出", code: " 31002 " }
      ),
      errors: [
        {
          messageId: "wrongCategory",
          paths: ["expenditure.items.0.category", "expenditure.items.0.code"],
          data: {
            item: "支出明细“30399”",
            itemEn: "expenditure item “30399”",
            category: "公用支出",
            code: "30399",
            expected: "人员支出",
          },
          expected: "人员支出",
        },
        {
          messageId: "wrongCategory",
          paths: ["expenditure.items.1.category", "expenditure.items.1.code"],
          expected: "公用支出",
          says: ["31002"],
        },
      ],
    },
  ],
});

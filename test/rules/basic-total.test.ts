import rule from "../../src/rules/basic-total";
import type { AmountColumns, ExpenditureItem } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const stated = (
  personnel: AmountColumns,
  pub: AmountColumns,
  basic: AmountColumns,
  items: ExpenditureItem[] = []
) => evaluation({ expenditure: { items, stated: { personnel, public: pub, basic } } });

ruleTester(rule, {
  valid: [
    {
      name: "seed: 125.94 + 101.04 = 226.98 and fiscal 299.95 + 121.35 = 421.30",
      model: stated(
        { actual: "125.94", fiscal: "299.95" },
        { actual: "101.04", fiscal: "121.35" },
        { actual: "226.98", fiscal: "421.30" }
      ),
    },
    {
      name: "a blank personnel total stands in by its items",
      model: stated({}, { actual: "101.04" }, { actual: "226.98" }, [
        { category: "人员支出", actual: "100.00" },
        { category: "人员支出", actual: "25.94" },
      ]),
    },
    {
      name: "rounding: 1.11 + 2.22 stated 3.3 (one decimal)",
      model: stated({ actual: "1.11" }, { actual: "2.22" }, { actual: "3.3" }),
    },
    { name: "no basic stated", model: stated({ actual: "125.94" }, { actual: "101.04" }, {}) },
    { name: "no part filled", model: stated({}, {}, { actual: "226.98" }) },
    {
      // Issue 25 item 5: the slip (247200 for 24.72) read in 万元, the relation holds: silent.
      name: "a 元/万元 slip in the items, read in 万元, leaves the basic total holding",
      model: stated({}, { actual: "101.04" }, { actual: "185.42" }, [
        { category: "人员支出", actual: "36.90" },
        { category: "人员支出", actual: "22.76" },
        { category: "人员支出", actual: "247200" },
      ]),
    },
  ],
  invalid: [
    {
      // Issue 25 item 5: read in 万元 (24.72), the items still miss 226.98 − 101.04: reported
      // as it stands, without the slipped cell (amount-in-yuan's alone).
      name: "a 元/万元 slip in the items does not hide a basic total that disagrees anyway",
      model: stated({}, { actual: "101.04" }, { actual: "226.98" }, [
        { category: "人员支出", actual: "36.90" },
        { category: "人员支出", actual: "22.76" },
        { category: "人员支出", actual: "247200" },
      ]),
      errors: [
        {
          messageId: "mismatch",
          expected: "185.42",
          actual: "226.98",
          says: ["人员支出 84.38 万元（按支出明细合计）"],
          paths: [
            "expenditure.stated.basic.actual",
            "expenditure.items.0.actual",
            "expenditure.items.1.actual",
            "expenditure.stated.public.actual",
          ],
        },
      ],
    },
    {
      name: "125.94 + 101.04 stated as 227.98",
      model: stated({ actual: "125.94" }, { actual: "101.04" }, { actual: "227.98" }),
      errors: [
        {
          messageId: "mismatch",
          expected: "226.98",
          actual: "227.98",
          says: ["227.98", "125.94", "101.04", "226.98", "实际支出"],
          paths: [
            "expenditure.stated.basic.actual",
            "expenditure.stated.personnel.actual",
            "expenditure.stated.public.actual",
          ],
        },
      ],
    },
    {
      name: "computed parts are named with their items' cells",
      model: stated({}, { fiscal: "121.35" }, { fiscal: "421.30" }, [
        { category: "人员支出", fiscal: "200.00" },
        { category: "人员支出", fiscal: "99.00" },
      ]),
      errors: [
        {
          messageId: "mismatch",
          expected: "420.35",
          says: ["299.00 万元（按支出明细合计）", "121.35", "相差 0.95 万元"],
          paths: [
            "expenditure.stated.basic.fiscal",
            "expenditure.items.0.fiscal",
            "expenditure.items.1.fiscal",
            "expenditure.stated.public.fiscal",
          ],
        },
      ],
    },
    {
      // Issue 25 item 3, the seed's §一(三) (基本支出226.98万元，其中人员支出125.94万元) with 公用
      // left blank: the statement pins it to 101.04 — a warning naming it, never 0.
      name: "a blank public total that the rest pins down: a warning naming 101.04",
      model: stated({ actual: "125.94" }, {}, { actual: "226.98" }),
      errors: [
        {
          messageId: "impliedBlank",
          severity: "warning",
          expected: "101.04",
          paths: [
            "expenditure.stated.public.actual",
            "expenditure.stated.basic.actual",
            "expenditure.stated.personnel.actual",
          ],
          says: ["公用支出合计（实际支出）未填；按", "应为 101.04 万元——如为 0 请填 0"],
        },
      ],
    },
    {
      name: "personnel alone already exceeds the stated basic total: an error",
      model: stated({ actual: "230.00" }, {}, { actual: "226.98" }),
      errors: [
        {
          messageId: "mismatch",
          paths: ["expenditure.stated.basic.actual", "expenditure.stated.personnel.actual"],
          expected: "230",
          says: ["公用支出 未填"],
        },
      ],
    },
  ],
});

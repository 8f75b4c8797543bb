import { Decimal } from "../../src/model/decimal";
import {
  add,
  change,
  and,
  countCol,
  difference,
  effective,
  eq,
  evaluate,
  iff,
  isNumber,
  name,
  num,
  ratio,
  str,
  sub,
  sumCol,
  thisRow,
  toFormula,
  type EvalEnv,
  type Raw,
} from "../../src/layout/expr";

function env(
  names: Record<string, Raw>,
  columns: Record<string, Raw[]> = {},
  row: Record<string, Raw> = {}
): EvalEnv {
  return {
    name: (n) => (n in names ? names[n] : null),
    column: (t, c) => columns[`${t}[${c}]`] ?? [],
    thisRow: (_t, c) => row[c] ?? null,
  };
}

const show = (v: unknown) => (v instanceof Decimal ? v.toString() : v);

describe("formula text", () => {
  test.each([
    [sumCol("T_E", "实际支出"), 'IF(COUNT(T_E[实际支出])=0,"",SUM(T_E[实际支出]))'],
    [
      sumCol("T_E", "实际支出", { column: "类别", equals: "人员支出" }),
      'IF(SUMPRODUCT(ISNUMBER(T_E[实际支出])*(T_E[类别]="人员支出"))=0,"",SUMIFS(T_E[实际支出],T_E[类别],"人员支出"))',
    ],
    [countCol("T_B", "名称"), "COUNTA(T_B[名称])"],
    [thisRow("T_P", "全年预算"), "T_P[[#This Row],[全年预算]]"],
    [add(name("a"), name("b"), name("c")), 'IF(COUNT(a,b,c)=0,"",N(a)+N(b)+N(c))'],
    [sub(add(name("a"), name("b")), name("c")), '(IF(COUNT(a,b)=0,"",N(a)+N(b)))-c'],
    [sub(name("a"), name("b")), "a-b"],
    [ratio(name("a"), name("b")), 'IF(AND(ISNUMBER(b),b<>0),a/b,"")'],
    [difference("s", name("c")), 'IF(AND(ISNUMBER(s),ISNUMBER(c)),s-c,"")'],
    [effective("s", name("c")), "IF(ISNUMBER(s),s,c)"],
    [iff(eq(name("k"), str('say "hi"')), num(1), num(0)), 'IF(k="say ""hi""",1,0)'],
    [countCol("T", "a[1]#"), "COUNTA(T[a'[1']'#])"],
  ])("%j", (e, f) => expect(toFormula(e)).toBe(f));
});

describe("evaluation follows Excel", () => {
  test("SUMIFS counts numbers of matching rows only; text and blanks are skipped", () => {
    const e = sumCol("T", "amt", { column: "cat", equals: "人员支出" });
    const v = evaluate(
      e,
      env(
        {},
        {
          "T[amt]": [36.9, 22.76, "24.72", null, 5],
          "T[cat]": ["人员支出", "人员支出", "人员支出", "人员支出", "公用支出"],
        }
      )
    );
    expect(show(v)).toBe("59.66");
  });

  test("decimal arithmetic: no binary float residue", () => {
    const v = evaluate(add(num("0.1"), num("0.2")), env({}));
    expect(show(v)).toBe("0.3");
    const items = [36.9, 22.76, 24.72, 12.64, 15.7, 2.28, 10.94];
    expect(show(evaluate(sumCol("T", "a"), env({}, { "T[a]": items })))).toBe("125.94");
  });

  test("ISNUMBER is false for numeric-looking text and for blanks", () => {
    expect(
      evaluate(iff(isNumber(name("s")), num(1), num(0)), env({ s: "226.98" })).toString()
    ).toBe("0");
    expect(evaluate(iff(isNumber(name("s")), num(1), num(0)), env({ s: null })).toString()).toBe(
      "0"
    );
    expect(evaluate(iff(isNumber(name("s")), num(1), num(0)), env({ s: 226.98 })).toString()).toBe(
      "1"
    );
  });

  test("difference is blank until a number is stated, then stated − computed", () => {
    const e = difference("s", name("c"));
    expect(evaluate(e, env({ s: null, c: 234.98 }))).toBe("");
    expect(evaluate(e, env({ s: "226.98万元", c: 234.98 }))).toBe("");
    expect(evaluate(e, env({ s: 226.98, c: "" }))).toBe("");
    expect(show(evaluate(e, env({ s: 226.98, c: 234.98 })))).toBe("-8");
  });

  test("effective value: stated when numeric, else computed", () => {
    const e = effective("s", name("c"));
    expect(show(evaluate(e, env({ s: 226.98, c: 1 })))).toBe("226.98");
    expect(show(evaluate(e, env({ s: null, c: 1 })))).toBe("1");
  });

  test("a ratio over a blank or zero denominator cannot be computed", () => {
    const e = ratio(name("a"), name("b"));
    expect(evaluate(e, env({ a: 5, b: 0 }))).toBe("");
    expect(evaluate(e, env({ a: 5, b: null }))).toBe("");
    expect(show(evaluate(e, env({ a: 299.95, b: 421.3 })))).toMatch(/^0\.7119/);
  });

  test("a sum of cells skips text and blanks (N()), and is blank when nothing is a number", () => {
    expect(show(evaluate(add(name("a"), name("b")), env({ a: "2", b: 3 })))).toBe("3");
    expect(show(evaluate(add(name("a"), name("b")), env({ a: null, b: 3 })))).toBe("3");
    expect(evaluate(add(name("a"), name("b")), env({ a: null, b: "x" }))).toBe("");
    expect(evaluate(sumCol("T", "a"), env({}, { "T[a]": [null, "12"] }))).toBe("");
  });

  test("− coerces numeric text and fails on other text, as Excel does", () => {
    expect(show(evaluate(sub(name("a"), name("b")), env({ a: "5", b: 3 })))).toBe("2");
    expect(evaluate(sub(name("a"), name("b")), env({ a: "abc", b: 3 }))).toEqual({
      error: "#VALUE!",
    });
  });

  test("change over the previous year: blank without both figures or with a zero base", () => {
    expect(show(evaluate(change(name("c"), name("p")), env({ c: 63.46, p: 32 })))).toBe("0.983125");
    expect(evaluate(change(name("c"), name("p")), env({ c: 63.46, p: 0 }))).toBe("");
    expect(evaluate(change(name("c"), name("p")), env({ c: null, p: 32 }))).toBe("");
  });

  test('a blank cell equals ""; text comparison ignores case', () => {
    expect(evaluate(iff(eq(name("a"), str("")), num(1), num(0)), env({ a: null })).toString()).toBe(
      "1"
    );
    expect(
      evaluate(iff(eq(name("a"), str("ABC")), num(1), num(0)), env({ a: "abc" })).toString()
    ).toBe("1");
    expect(
      evaluate(
        iff(eq(name("a"), str("财政拨款")), num(1), num(0)),
        env({ a: "实际支出" })
      ).toString()
    ).toBe("0");
  });

  test("AND and this-row references", () => {
    const e = iff(
      and(isNumber(thisRow("T", "x")), isNumber(thisRow("T", "y"))),
      ratio(thisRow("T", "x"), thisRow("T", "y")),
      str("")
    );
    expect(show(evaluate(e, env({}, {}, { x: 3821, y: 3746 })))).toMatch(/^1\.0200/);
    expect(evaluate(e, env({}, {}, { x: 3821, y: null }))).toBe("");
  });

  test("AND reads every argument, as Excel's: an error after a FALSE still wins", () => {
    // =IF(AND(ISNUMBER(b),b<>0),a/b,"") with b a lost name (#NAME?) is #NAME? in Excel, not "".
    const e = ratio(name("a"), name("b"));
    expect(evaluate(e, env({ a: 3, b: { error: "#NAME?" } }))).toEqual({ error: "#NAME?" });
    expect(evaluate(e, env({ a: 3, b: "text" }))).toBe("");
    expect(evaluate(e, env({ a: 3, b: null }))).toBe("");
    // =IF(AND(ISNUMBER(a),b=0),1,"") with a text and b #REF!: #REF!, not "".
    const both = iff(and(isNumber(name("a")), eq(name("b"), num(0))), num(1), str(""));
    expect(evaluate(both, env({ a: "x", b: { error: "#REF!" } }))).toEqual({ error: "#REF!" });
  });

  test("a sum of parts: an error counts only beside a number, as COUNT skips errors", () => {
    const e = add(name("a"), name("b"));
    expect(evaluate(e, env({ a: { error: "#NAME?" }, b: null }))).toBe("");
    expect(evaluate(e, env({ a: { error: "#NAME?" }, b: 8 }))).toEqual({ error: "#NAME?" });
    expect(show(evaluate(e, env({ a: 1, b: 8 })))).toBe("9");
  });

  test("COUNTA counts non-empty cells, text included", () => {
    expect(
      show(
        evaluate(
          countCol("T", "n"),
          env({}, { "T[n]": ["办公室", null, "", "社会就业失业、保险管理、基金监督股"] })
        )
      )
    ).toBe("2");
  });

  test("errors propagate from SUMIFS", () => {
    expect(evaluate(sumCol("T", "a"), env({}, { "T[a]": [1, { error: "#REF!" }] }))).toEqual({
      error: "#REF!",
    });
  });
});

import type { Figure } from "./figures";
import { overlaps } from "./interval";
import { sentences, type Clause, type Sentence } from "./structure";

/** A whole and its parts: "受理48件，其中调解23件，裁决25件" or "A 1万元、B 2万元，合计3万元". */
export interface SumRelation {
  kind: "parts" | "sumAfter";
  whole: Figure;
  parts: Figure[];
  /** The words a finding quotes. */
  quote: string;
}

/** "任务 T，完成 A，完成 R%". */
export interface RateRelation {
  task: Figure;
  done: Figure;
  rate: Figure;
  quote: string;
}

/** "A，占 B 的 R%", B named earlier in the paragraph. */
export interface ShareRelation {
  part: Figure;
  whole: Figure;
  rate: Figure;
  quote: string;
}

/** Words that open the list of a whole's parts. */
const LIST_OPENER = /^\s*(其中|主要用于|主要包括|包括|分别为|分别是|用于)/;
/** A clause that starts something else than one more part: claim nothing. */
const ASIDE = /^\s*(另|此外|另外|同时|累计|其余)/;
/** A part that is itself a target, a completion or a subtotal: not a plain list. */
const NOT_A_PART = /任务|目标|计划|完成|共计|合计|总计/;
const TOTAL_WORD = /(共计|合计|总计|总共|共)[^\d，,、：:]{0,12}$/;

/** The words of the clause before a figure, after any earlier figure of the clause. */
export function labelOf(clause: Clause, f: Figure, text: string): string {
  const prior = clause.figures.filter((g) => g.end <= f.start).pop();
  return text.slice(prior ? prior.end : clause.start, f.start);
}

/** Text from the start of one clause to the end of another, for a finding to quote. */
function quoteOf(text: string, from: number, to: number): string {
  return text.slice(from, to).trim();
}

/** A figure followed at once by "等": the list it ends is partial. */
const endsPartial = (text: string, f: Figure) => /^\s*等/.test(text.slice(f.end));

// ---------------------------------------------------------------------------------------
// 其中: "X，其中 A…，B…" and "X(A、B…)"

export function partsOfWhole(text: string): SumRelation[] {
  const out: SumRelation[] = [];
  for (const s of sentences(text)) {
    s.clauses.forEach((c, k) => {
      const m = /^\s*其中/.exec(c.text);
      if (!m || k === 0) return;
      const rel = afterQiZhong(text, s, k);
      if (rel) out.push(rel);
    });
    for (const b of s.parentheticals) {
      const rel = bracketParts(text, b);
      if (rel) out.push(rel);
    }
  }
  return out;
}

function afterQiZhong(text: string, s: Sentence, k: number): SumRelation | undefined {
  const wholeClause = s.clauses[k - 1];
  const whole = wholeClause.figures[wholeClause.figures.length - 1];
  // The whole ends the clause before 其中: "受理案件48件，其中…".
  if (!whole || text.slice(whole.end, wholeClause.end).trim()) return undefined;
  const first = s.clauses[k].text.trim() === "其中" ? k + 1 : k;
  const parts = listForward(text, s.clauses.slice(first), whole);
  if (!parts || parts.figures.length < 2) return undefined;
  return {
    kind: "parts",
    whole,
    parts: parts.figures,
    quote: quoteOf(text, wholeClause.start, parts.end),
  };
}

/** The parts that follow a whole, clause by clause, or undefined where the list is unclear. */
function listForward(
  text: string,
  clauses: Clause[],
  whole: Figure
): { figures: Figure[]; end: number } | undefined {
  const figures: Figure[] = [];
  let end = 0;
  for (const c of clauses) {
    if (!c.figures.length) {
      // "残一级、二级共1432人": a bare name inside an enumeration belongs to the next item's label.
      if (c.sep === "、") continue;
      break;
    }
    const same = c.figures.filter((f) => f.dimension === whole.dimension);
    if (!same.length) break;
    if (figures.length && ASIDE.test(c.text)) return undefined;
    if (same.length > 1 || c.figures.length > 1 || NOT_A_PART.test(c.text)) return undefined;
    if (endsPartial(text, same[0])) return undefined;
    figures.push(same[0]);
    end = c.end;
  }
  return { figures, end };
}

function bracketParts(
  text: string,
  b: Sentence["parentheticals"][number]
): SumRelation | undefined {
  const whole = b.after;
  if (!whole || b.figures.length < 2) return undefined;
  if (b.figures.some((f) => f.dimension !== whole.dimension)) return undefined;
  if (/等\s*[)）]$/.test(text.slice(b.start, b.end))) return undefined;
  const inside = text.slice(b.start + 1, b.end - 1);
  if (/占|任务|完成/.test(inside)) return undefined;
  // "985万元(含结转项目50万元)": 含 names sub-items already inside the total, perhaps not all (§4).
  if (/^\s*(含|包含|包括)/.test(inside)) return undefined;
  return {
    kind: "parts",
    whole,
    parts: b.figures,
    quote: quoteOf(text, whole.start, b.end),
  };
}

// ---------------------------------------------------------------------------------------
// 共计 after its parts: "A、B……共计 X"

export function sumsAfterParts(text: string): SumRelation[] {
  const out: SumRelation[] = [];
  for (const s of sentences(text)) {
    s.clauses.forEach((c, k) => {
      for (const whole of c.figures) {
        const label = labelOf(c, whole, text);
        if (!TOTAL_WORD.test(label) || /完成|任务/.test(c.text)) continue;
        const rel = listBackward(text, s, k, whole);
        if (rel) out.push(rel);
      }
    });
  }
  return out;
}

function listBackward(
  text: string,
  s: Sentence,
  k: number,
  whole: Figure
): SumRelation | undefined {
  const own = s.clauses[k].figures.filter((f) => f.end <= whole.start);
  if (own.some((f) => f.dimension === whole.dimension)) return undefined;
  const parts: Figure[] = [];
  let opened = false;
  let from = s.clauses[k].start;
  for (let j = k - 1; j >= 0 && !opened; j--) {
    const c = s.clauses[j];
    if (!c.figures.length) {
      if (c.sep === "、" && parts.length) continue;
      break;
    }
    const same = c.figures.filter((f) => f.dimension === whole.dimension);
    if (!same.length) break;
    if (same.length > 1 || c.figures.length > 1 || /任务|目标|完成/.test(c.text)) return undefined;
    if (!parts.length && endsPartial(text, same[0])) return undefined;
    parts.unshift(same[0]);
    from = c.start;
    opened = LIST_OPENER.test(c.text);
  }
  // "公用支出101.04万元，办公费…，合计101.04万元": the first figure is the whole, said before its list.
  if (!opened && parts.length > 2 && overlaps(parts[0].interval, whole.interval)) {
    from = parts[1].start;
    parts.shift();
  }
  if (parts.length < 2) return undefined;
  return { kind: "sumAfter", whole, parts, quote: quoteOf(text, from, s.clauses[k].end) };
}

// ---------------------------------------------------------------------------------------
// 完成率: "任务 T，完成 A，完成 R%"

const RATE_WORDS = /完成(率[为达是]?|[^\d，,、]{0,8})$/;

export function taskRates(text: string): RateRelation[] {
  const out: RateRelation[] = [];
  for (const s of sentences(text)) {
    s.clauses.forEach((c, k) => {
      if (k < 2 || c.figures.length !== 1) return;
      const rate = c.figures[0];
      if (rate.dimension !== "%" || !RATE_WORDS.test(labelOf(c, rate, text))) return;
      const doneClause = s.clauses[k - 1];
      const taskClause = s.clauses[k - 2];
      if (doneClause.figures.length !== 1 || taskClause.figures.length !== 1) return;
      const done = doneClause.figures[0];
      const task = taskClause.figures[0];
      if (done.dimension !== task.dimension || done.dimension === "%") return;
      if (!/完成/.test(labelOf(doneClause, done, text))) return;
      const taskLabel = labelOf(taskClause, task, text);
      if (!/任务|目标|计划/.test(taskLabel) || /完成/.test(taskLabel)) return;
      out.push({ task, done, rate, quote: quoteOf(text, taskClause.start, c.end) });
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// 占: "人员经费299.95万元，占基本支出的71%"

const SHARE_WORDS = /占([^\d，,、]{1,15}?)(的)?(比[重例]?)?[为达是]?$/;

export function shares(text: string): ShareRelation[] {
  const all = sentences(text);
  const out: ShareRelation[] = [];
  all.forEach((s) => {
    s.clauses.forEach((c, k) => {
      for (const rate of c.figures) {
        if (rate.dimension !== "%") continue;
        const m = SHARE_WORDS.exec(labelOf(c, rate, text));
        if (!m) continue;
        const part = shareOf(s, k, rate);
        const whole = part && namedBefore(text, all, m[1], part);
        if (part && whole)
          out.push({ part, whole, rate, quote: quoteOf(text, clauseOf(s, part).start, c.end) });
      }
    });
  });
  return out;
}

const clauseOf = (s: Sentence, f: Figure): Clause =>
  s.clauses.find((c) => c.start <= f.start && f.end <= c.end) ?? s.clauses[0];

/** The figure whose share is stated: the one before 占 in its clause, else the clause before. */
function shareOf(s: Sentence, k: number, rate: Figure): Figure | undefined {
  const own = s.clauses[k].figures.filter((f) => f.end <= rate.start);
  if (own.length) return own.length === 1 && own[0].dimension !== "%" ? own[0] : undefined;
  const prev = s.clauses[k - 1];
  if (!prev || prev.figures.length !== 1 || prev.figures[0].dimension === "%") return undefined;
  return prev.figures[0];
}

/** The one figure before `part` whose label ends with `name` ("…基本支出421.3万元"). */
function namedBefore(
  text: string,
  all: Sentence[],
  name: string,
  part: Figure
): Figure | undefined {
  const found: Figure[] = [];
  for (const s of all)
    for (const c of s.clauses)
      for (const f of c.figures) {
        if (f.start >= part.start || f.dimension !== part.dimension) continue;
        if (labelOf(c, f, text).trim().endsWith(name)) found.push(f);
      }
  return found.length === 1 ? found[0] : undefined;
}

// ---------------------------------------------------------------------------------------
// 增长/下降: "收入512.56万元，较上年增加61.20万元，增长13.56%"

/** A change against last year: current, and either the change or last year's figure. */
export interface GrowthRelation {
  current: Figure;
  /** "较上年增加61.20万元" */
  change?: Figure;
  /** "上年451.36万元" */
  previous?: Figure;
  /** +1 for 增加/增长, −1 for 减少/下降. */
  direction: 1 | -1;
  rate: Figure;
  quote: string;
}

const UP = /增长|增加|上升|提高/;
const CHANGE_RATE = /(增长|下降|增加|减少|上升|降低|提高)了?$/;
const CHANGE_AMOUNT =
  /(较|比)(上年|去年|上年度|上一年)[^\d，,、]{0,6}(增长|下降|增加|减少|上升|降低|提高)了?$/;
const LAST_YEAR = /上年|去年|上一年/;

export function growths(text: string): GrowthRelation[] {
  const out: GrowthRelation[] = [];
  for (const s of sentences(text)) {
    s.clauses.forEach((c, k) => {
      for (const rate of c.figures) {
        if (rate.dimension !== "%") continue;
        const words = CHANGE_RATE.exec(labelOf(c, rate, text));
        if (!words) continue;
        const rel = growthBefore(text, s, k, rate, UP.test(words[1]) ? 1 : -1);
        if (rel) out.push(rel);
      }
    });
  }
  return out;
}

/** The amounts a growth rate is about: the figures of the sentence before it, if they are clear. */
function growthBefore(
  text: string,
  s: Sentence,
  k: number,
  rate: Figure,
  direction: 1 | -1
): GrowthRelation | undefined {
  const before: { f: Figure; label: string; clause: Clause }[] = [];
  s.clauses.slice(0, k + 1).forEach((c) => {
    for (const f of c.figures)
      if (f.end <= rate.start && f.dimension !== "%")
        before.push({ f, label: labelOf(c, f, text), clause: c });
  });
  if (before.length !== 2 || before[0].f.dimension !== before[1].f.dimension) return undefined;
  const [first, second] = before;
  const quote = quoteOf(text, first.clause.start, s.clauses[k].end);
  const amount = CHANGE_AMOUNT.exec(second.label);
  if (amount) {
    // The amount's own word must agree with the rate's: "增加…，下降…" is unclear.
    if ((UP.test(amount[3]) ? 1 : -1) !== direction) return undefined;
    return { current: first.f, change: second.f, direction, rate, quote };
  }
  if (LAST_YEAR.test(second.label) && !LAST_YEAR.test(first.label))
    return { current: first.f, previous: second.f, direction, rate, quote };
  return undefined;
}

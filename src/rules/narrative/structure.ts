import { extractFigures, type Figure } from "./figures";

/**
 * A report's prose cut where its punctuation cuts it. Chinese marks sentences and clauses
 * explicitly (。；！？ and ，、), so no dictionary is needed; Intl.Segmenter's sentence breaks
 * would also cut the paragraph number "1." off as a sentence and leave "；" whole.
 */
export interface Clause {
  start: number;
  end: number;
  text: string;
  /** Figures outside parentheses. */
  figures: Figure[];
  /** The mark that ends it: "、" joins items of one list, "，" clauses. */
  sep: string;
}

export interface Parenthetical {
  start: number;
  end: number;
  /** The figure the bracket follows ("人员支出125.94万元(…)"), if one does. */
  after?: Figure;
  figures: Figure[];
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  clauses: Clause[];
  /** Every figure, inside parentheses too. */
  figures: Figure[];
  parentheticals: Parenthetical[];
}

const SENTENCE_END = /[。；;！!？?\n]/;
const CLAUSE_END = /[，,、：:]/;
const OPEN = /[（(]/;
const CLOSE = /[）)]/;

/** The sentences of a text, each cut into clauses at depth zero of its brackets. */
export function sentences(text: string): Sentence[] {
  const figures = extractFigures(text);
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charAt(i);
    if (i === text.length || SENTENCE_END.test(ch)) {
      if (text.slice(start, i).trim()) out.push(sentence(text, start, i, figures));
      start = i + 1;
    }
  }
  return out;
}

function sentence(text: string, start: number, end: number, all: Figure[]): Sentence {
  const figures = all.filter((f) => f.start >= start && f.end <= end);
  const clauses: Clause[] = [];
  const parentheticals: Parenthetical[] = [];
  let depth = 0;
  let clauseStart = start;
  let openAt = start;
  const closeClause = (at: number) => {
    if (at > clauseStart) clauses.push(clause(text, clauseStart, at, figures, parentheticals));
    clauseStart = at + 1;
  };
  for (let i = start; i < end; i++) {
    const ch = text.charAt(i);
    if (OPEN.test(ch)) {
      if (depth === 0) openAt = i;
      depth++;
    } else if (CLOSE.test(ch) && depth > 0) {
      depth--;
      if (depth === 0) parentheticals.push(bracket(text, openAt, i + 1, figures));
    } else if (depth === 0 && CLAUSE_END.test(ch) && !thousands(text, i)) closeClause(i);
  }
  closeClause(end);
  return { start, end, text: text.slice(start, end), clauses, figures, parentheticals };
}

/** "1,821.69": a comma between digits separates thousands, not clauses. */
const thousands = (text: string, i: number) =>
  text.charAt(i) === "," && /\d/.test(text.charAt(i - 1)) && /\d/.test(text.charAt(i + 1));

function bracket(text: string, start: number, end: number, figures: Figure[]): Parenthetical {
  const before = text.slice(0, start).replace(/\s+$/, "");
  const after = figures.find((f) => f.end === before.length);
  return { start, end, after, figures: figures.filter((f) => f.start > start && f.end < end) };
}

function clause(
  text: string,
  start: number,
  end: number,
  figures: Figure[],
  brackets: Parenthetical[]
): Clause {
  const inBracket = (f: Figure) => brackets.some((b) => f.start > b.start && f.end < b.end);
  return {
    start,
    end,
    text: text.slice(start, end),
    figures: figures.filter((f) => f.start >= start && f.end <= end && !inBracket(f)),
    sep: text.charAt(end),
  };
}

import type { TextRange } from "./segment";

/** A quotation as written: one fragment, or several when attribution interrupts it. */
export interface Quotation {
  /** The quoted words of each fragment: no quote marks, no outer whitespace, no trailing , . ; : */
  fragments: TextRange[];
}

const MAX_QUOTATION_LENGTH = 3000;
const CLOSERS: Record<string, string> = {
  "“": "”",
  "„": "“”",
  "«": "»",
  "‹": "›",
  "‘": "’",
  '"': '"',
  "「": "」",
  "『": "』",
};
// Straight quotes and ‘ are also apostrophes and inch marks, so they only count in quote-like positions.
const AMBIGUOUS_OPENERS = new Set(['"', "‘"]);
const WORD_CHARACTER = /[\p{L}\p{M}\p{Nd}]/u;
const OPENING_CONTEXT = /[\s\p{Ps}\p{Pi}\p{Pd}/]/u;
const TRAILING_PUNCTUATION = /[\s,.;:…]+$/u;
const LEADING_ELLIPSIS = /^[\s.…]+/u;
// Attribution between two halves of one quotation: “…,” he said, “…”
const ATTRIBUTION_GAP = /^\s*[^\n.!?“”"«»„]{1,80},\s*$/u;
const MAX_ATTRIBUTION_WORDS = 8;
// Every character that can open or close a quotation, to jump between them instead of visiting each character.
const OPENING_MARKS = /[“„«‹‘"「『]/gu;
const CLOSING_MARKS = /[”“»›’"」』]/gu;

interface RawQuotation {
  open: number;
  close: number;
  inner: TextRange;
  endsWithComma: boolean;
}

function isOpener(text: string, index: number): boolean {
  const mark = text[index];
  if (!(mark in CLOSERS)) return false;
  if (!AMBIGUOUS_OPENERS.has(mark)) return true;
  const before = index === 0 ? " " : text[index - 1];
  const after = text[index + 1] ?? " ";
  return OPENING_CONTEXT.test(before) && !/\s/u.test(after);
}

function isCloser(text: string, index: number, closers: string): boolean {
  if (!closers.includes(text[index])) return false;
  if (text[index] !== "’" && text[index] !== '"') return true;
  // ’ inside a word is an apostrophe (O’Brien’s, We’ve); a closing mark is not followed by a letter.
  const after = text[index + 1] ?? " ";
  return !WORD_CHARACTER.test(after) && !/\s/u.test(text[index - 1]);
}

function trimQuoted(text: string, start: number, end: number): TextRange | null {
  const inner = text.slice(start, end);
  const lead = LEADING_ELLIPSIS.exec(inner)?.[0].length ?? 0;
  const body = inner.slice(lead).replace(TRAILING_PUNCTUATION, "");
  if (!WORD_CHARACTER.test(body)) return null;
  return { start: start + lead, end: start + lead + body.length };
}

/** Positions where each closing mark really closes, so that every opener finds its closer in amortised O(1). */
class CloserIndex {
  private readonly positions = new Map<string, number[]>();
  private readonly cursors = new Map<string, number>();

  constructor(text: string) {
    for (const { index, 0: mark } of text.matchAll(CLOSING_MARKS)) {
      if (!isCloser(text, index, mark)) continue;
      const list = this.positions.get(mark);
      if (list) list.push(index);
      else this.positions.set(mark, [index]);
    }
  }

  /** First closing position after `index` among `closers`; callers ask with increasing `index`. */
  next(closers: string, index: number): number {
    let best = Infinity;
    for (const mark of closers) {
      const list = this.positions.get(mark);
      if (!list) continue;
      let cursor = this.cursors.get(mark) ?? 0;
      while (cursor < list.length && list[cursor] <= index) cursor++;
      this.cursors.set(mark, cursor);
      if (cursor < list.length) best = Math.min(best, list[cursor]);
    }
    return best;
  }
}

function scan(text: string): RawQuotation[] {
  const found: RawQuotation[] = [];
  const closerIndex = new CloserIndex(text);
  let lineEnd = -1;
  OPENING_MARKS.lastIndex = 0;
  for (let match = OPENING_MARKS.exec(text); match; match = OPENING_MARKS.exec(text)) {
    const i = match.index;
    if (!isOpener(text, i)) continue;
    if (lineEnd < i) {
      lineEnd = text.indexOf("\n", i);
      if (lineEnd < 0) lineEnd = text.length;
    }
    const close = closerIndex.next(CLOSERS[text[i]], i);
    if (close >= Math.min(lineEnd, i + MAX_QUOTATION_LENGTH)) continue;
    const inner = trimQuoted(text, i + 1, close);
    if (inner) found.push({ open: i, close, inner, endsWithComma: /,\s*$/u.test(text.slice(i + 1, close)) });
    OPENING_MARKS.lastIndex = close + 1;
  }
  return found;
}

/**
 * Quotations in a text: “…”, "…", «…», „…“, ‘…’, 「…」. Apostrophes are not quote marks, and a
 * quotation interrupted by attribution (“…,” he said, “…”) comes back as one with two fragments.
 */
export function findQuotations(text: string): Quotation[] {
  const quotations: Quotation[] = [];
  let previous: RawQuotation | null = null;
  for (const raw of scan(text)) {
    const gap = previous ? text.slice(previous.close + 1, raw.open) : "";
    const continues =
      previous?.endsWithComma && ATTRIBUTION_GAP.test(gap) && gap.trim().split(/\s+/u).length <= MAX_ATTRIBUTION_WORDS;
    if (continues) quotations[quotations.length - 1].fragments.push(raw.inner);
    else quotations.push({ fragments: [raw.inner] });
    previous = raw;
  }
  return quotations;
}

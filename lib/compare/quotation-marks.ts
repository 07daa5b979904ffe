import type { TextRange } from "./segment";
import { isLineBreak, nextLineBreak } from "../text/line-breaks";
import { wrapsInsideQuotation } from "./hard-wraps";

/** A quotation as written: one fragment, or several when attribution interrupts it. */
export interface Quotation {
  /** The quoted words of each fragment: no quote marks, no outer whitespace, no trailing , . ; : */
  fragments: TextRange[];
  /** The opening mark is never closed: the quotation is read to the end of its paragraph. */
  unclosed?: true;
}

/** The longest quotation read, in UTF-16 code units: a mark not closed within it opens no quotation that far. */
export const MAX_QUOTATION_LENGTH = 3000;
// A curly mark closed by a straight one (or the reverse) still closes: writers and editing tools mix them.
const CLOSERS: Record<string, string> = {
  "“": '”"',
  "„": '“”"',
  "«": "»",
  "‹": "›",
  "‘": "’'",
  '"': '"”',
  "「": "」",
  "『": "』",
};
// Straight quotes and ‘ are also apostrophes and inch marks, so they only count in quote-like positions.
const AMBIGUOUS_OPENERS = new Set(['"', "‘"]);
const WORD_CHARACTER = /[\p{L}\p{M}\p{Nd}]/u;
const OPENING_CONTEXT = /[\s\p{Ps}\p{Pi}\p{Pd}/]/u;
const TRAILING_PUNCTUATION = /[\s,.;:…]+$/u;
const LEADING_ELLIPSIS = /^[\s.…]+/u;
// Attribution between two halves of one quotation: “…,” he said, “…”. A line break inside it must be a hard wrap
// (attributionGapWraps); white space around it, line breaks included, has always been read as part of the gap.
const ATTRIBUTION_GAP = /^\s*[^.!?“”"«»„]{1,80},\s*$/u;
const MAX_ATTRIBUTION_WORDS = 8;
// Every character that can open or close a quotation, to jump between them instead of visiting each character.
const OPENING_MARKS = /[“„«‹‘"「『]/gu;
const CLOSING_MARKS = /[”“»›’'"」』]/gu;
// A ’ or ' after an s and before a word may be a plural possessive (the neighbours’ demands) rather than a closing mark;
// the word may be on the next line, after a hard wrap (possessiveOrClosing).
const POSSESSIVE_OR_CLOSING = /^[’'] \p{Ll}/u;
// An unclosed quotation (or one paragraph of a quotation over several) is only reported with this many words.
const MIN_UNCLOSED_WORDS = 3;

interface RawQuotation {
  open: number;
  close: number;
  inner: TextRange;
  endsWithComma: boolean;
  unclosed?: true;
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
  if (text[index] !== "’" && text[index] !== '"' && text[index] !== "'") return true;
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

  /** First closing position after `index` among `closers` (Infinity if none); callers ask with (mostly) increasing `index`. */
  peek(closers: string, index: number): number {
    let best = Infinity;
    for (const mark of closers) {
      const list = this.positions.get(mark);
      if (!list) continue;
      let cursor = this.cursors.get(mark) ?? 0;
      // A look further ahead (singleQuoteCloser) may have moved past the next opener's closers: step back.
      while (cursor > 0 && list[cursor - 1] > index) cursor--;
      while (cursor < list.length && list[cursor] <= index) cursor++;
      this.cursors.set(mark, cursor);
      if (cursor < list.length) best = Math.min(best, list[cursor]);
    }
    return best;
  }
}

/**
 * Where the paragraph holding `index` ends: its first line break at or after `index` that is no hard wrap inside a
 * quotation (hard-wraps.ts wrapsInsideQuotation: a blank line, or a next line opening with a capital, a list marker or
 * an opening mark), or the text's end. A quotation read "to the end of its paragraph" goes on over wrapped lines.
 */
function paragraphEnd(text: string, index: number): number {
  for (let end = nextLineBreak(text, index); end >= 0; end = nextLineBreak(text, end + 1)) {
    if (!wrapsInsideQuotation(text, end)) return end;
  }
  return text.length;
}

/** Whether the ’ or ' at `close`, after an s, is followed by a lower-case word on its line or, past a hard wrap, on the next. */
function possessiveOrClosing(text: string, close: number): boolean {
  if (POSSESSIVE_OR_CLOSING.test(text.slice(close, close + 3))) return true;
  let next = close + 1;
  while (next < text.length && !isLineBreak(text.charCodeAt(next)) && /\s/u.test(text[next])) next++;
  return isLineBreak(text.charCodeAt(next)) && wrapsInsideQuotation(text, next);
}

/**
 * Whether every line break inside the attribution between two fragments, text[from, to) (UTF-16), is a hard wrap
 * inside a quotation (hard-wraps.ts wrapsInsideQuotation: "“…,” the Secretary\nsaid, “…”"). Breaks in the white space
 * before the attribution's first word or after its comma are not asked about (ATTRIBUTION_GAP).
 */
function attributionGapWraps(text: string, from: number, to: number): boolean {
  let start = from;
  while (start < to && /\s/u.test(text[start])) start++;
  let end = to;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  // Only within the gap (ATTRIBUTION_GAP keeps it short): a search for the next line break could run to the text's end.
  for (let at = start; at < end; at++) if (isLineBreak(text.charCodeAt(at)) && !wrapsInsideQuotation(text, at)) return false;
  return true;
}

/** True when the next non-empty paragraph after `end` opens with `mark`: the convention for a quotation running on. */
function continuesInNextParagraph(text: string, end: number, mark: string): boolean {
  let next = end;
  while (next < text.length && /\s/u.test(text[next])) next++;
  return next < text.length && next > end && text[next] === mark;
}

/**
 * Where a single-quoted quotation closes: ’ after an s and before a lower-case word may be a plural
 * possessive ("the neighbours’ demands"), so the quotation runs on to a later ’ in the same paragraph,
 * up to one that is not possessive-like or the last one before a new ‘ opens or the paragraph ends
 * ("‘the boys’ toys’ and more" quotes "the boys’ toys").
 */
function singleQuoteCloser(text: string, closerIndex: CloserIndex, closers: string, open: number, limit: number): number {
  let close = closerIndex.peek(closers, open);
  while (close < limit && text[close - 1] === "s" && possessiveOrClosing(text, close)) {
    const next = closerIndex.peek(closers, close);
    if (next >= limit) break;
    // A new ‘ opening before the next ’ means this ’ did close the quotation.
    let reopened = false;
    for (let k = close + 1; k < next && !reopened; k++) reopened = text[k] === "‘" && isOpener(text, k);
    if (reopened) break;
    close = next;
  }
  return close;
}

function scan(text: string): RawQuotation[] {
  const found: RawQuotation[] = [];
  const closerIndex = new CloserIndex(text);
  let lineEnd = -1;
  OPENING_MARKS.lastIndex = 0;
  for (let match = OPENING_MARKS.exec(text); match; match = OPENING_MARKS.exec(text)) {
    const i = match.index;
    if (!isOpener(text, i)) continue;
    if (lineEnd < i) lineEnd = paragraphEnd(text, i);
    const limit = Math.min(lineEnd, i + MAX_QUOTATION_LENGTH);
    const closers = CLOSERS[text[i]];
    const close = text[i] === "‘" ? singleQuoteCloser(text, closerIndex, closers, i, limit) : closerIndex.peek(closers, i);
    if (close < limit) {
      const inner = trimQuoted(text, i + 1, close);
      if (inner) found.push({ open: i, close, inner, endsWithComma: /,\s*$/u.test(text.slice(i + 1, close)) });
      OPENING_MARKS.lastIndex = close + 1;
      continue;
    }
    // No closing mark in this paragraph: a paragraph of a quotation that runs on (the next paragraph opens
    // with the same mark), or a quotation never closed. Either way its words are checked, never skipped.
    const inner = trimQuoted(text, i + 1, limit);
    const words = inner ? text.slice(inner.start, inner.end).split(/\s+/u).length : 0;
    if (inner && words >= MIN_UNCLOSED_WORDS) {
      const runsOn = lineEnd < text.length && continuesInNextParagraph(text, lineEnd, text[i]);
      found.push({ open: i, close: limit, inner, endsWithComma: false, ...(runsOn ? {} : { unclosed: true as const }) });
    }
    OPENING_MARKS.lastIndex = limit;
  }
  return found;
}

/**
 * Quotations in a text: “…”, "…", «…», „…“, ‘…’, 「…」, with curly and straight marks closing each
 * other. Apostrophes are not quote marks (O’Brien’s, the neighbours’ demands inside ‘…’), and a
 * quotation interrupted by attribution (“…,” he said, “…”) comes back as one with two fragments.
 * A quotation over several paragraphs (each opening with the mark, the last one closed) comes back
 * as one quotation per paragraph; one never closed is read to its paragraph's end and marked
 * `unclosed`. A paragraph goes on over hard-wrapped lines (hard-wraps.ts wrapsInsideQuotation: one line break, the
 * next line going on in lower case), inside a quotation and in the attribution between its fragments, so a fragment
 * may hold a line break: its words are compared as tokens, the break as the space between them. Fragments are UTF-16
 * ranges of `text`. Pure; never throws.
 */
export function findQuotations(text: string): Quotation[] {
  const quotations: Quotation[] = [];
  let previous: RawQuotation | null = null;
  for (const raw of scan(text)) {
    const gap = previous ? text.slice(previous.close + 1, raw.open) : "";
    const continues =
      previous?.endsWithComma &&
      ATTRIBUTION_GAP.test(gap) &&
      gap.trim().split(/\s+/u).length <= MAX_ATTRIBUTION_WORDS &&
      attributionGapWraps(text, previous.close + 1, raw.open);
    if (continues) quotations[quotations.length - 1].fragments.push(raw.inner);
    else quotations.push({ fragments: [raw.inner], ...(raw.unclosed ? { unclosed: true as const } : {}) });
    previous = raw;
  }
  return quotations;
}

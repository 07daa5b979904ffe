import type { Tokens } from "./analyse";
import type { DiffBounds } from "./diff";
import type { TextRange } from "./segment";
import { sameWhenFolded } from "../text/fold";
import { splitsGrapheme } from "../text/graphemes";
import type { DiffPart } from "./types";
import { forEachMatch } from "./word-matches";

/**
 * A text with its word tokens: normalised word ids from the lexicon, and where each token is:
 * `starts[k] - offset` to `ends[k] - offset` in `text` (an offset lets a single segment use its
 * statement's token arrays directly).
 */
export interface TokenizedText {
  text: string;
  offset: number;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  words: ArrayLike<number>;
}

/** A range of a statement's text with the range of its tokens, as units and quotation fragments have. */
export interface TokenRange extends TextRange {
  tokenFrom: number;
  tokenTo: number;
}

/**
 * The words of some ranges of a statement read as one text, `text`: the ranges joined by single
 * spaces. One range is a slice of the statement, so the statement's token arrays serve as they are.
 */
export function tokensOfRanges(tokens: Pick<Tokens, "starts" | "ends" | "words">, ranges: readonly TokenRange[], text: string): TokenizedText {
  const { starts, ends, words } = tokens;
  if (ranges.length === 1) {
    const [{ start, tokenFrom, tokenTo }] = ranges;
    return { text, offset: start, starts: starts.subarray(tokenFrom, tokenTo), ends: ends.subarray(tokenFrom, tokenTo), words: words.subarray(tokenFrom, tokenTo) };
  }
  const joined = { text, offset: 0, starts: [] as number[], ends: [] as number[], words: [] as number[] };
  let offset = 0;
  for (const range of ranges) {
    for (let i = range.tokenFrom; i < range.tokenTo; i++) {
      joined.starts.push(starts[i] - range.start + offset);
      joined.ends.push(ends[i] - range.start + offset);
      joined.words.push(words[i]);
    }
    offset += range.end - range.start + 1;
  }
  return joined;
}

/**
 * Word diffs of tokenized texts with jsdiff's diffArrays over word ids, bounded by jsdiff's
 * maxEditLength and timeout (counting inserted and deleted words). Shared leading and trailing
 * words are matched directly, and words that occur in only one of the texts can never be matched,
 * so they are set aside before jsdiff runs (as GNU diff does with lines): the diff is the same,
 * and a pair that must exceed the bound is rejected without running jsdiff at all.
 * Words are compared normalised (case, quote marks, dashes). Parts carry the original text: equal
 * and delete parts join back into `from.text`; equal and insert parts give `to.text` up to that
 * normalisation. Scratch space is sized to the vocabulary (and to the longest text) and reused
 * across diffs, so a diff allocates little beyond its parts.
 */
export class TokenDiffer {
  private readonly inFrom: Int32Array;
  private readonly inTo: Int32Array;
  // Indexes of the words each text keeps for jsdiff.
  private fromKept = new Int32Array(64);
  private toKept = new Int32Array(64);
  // Matched word indexes in order: from.words[matchedFrom[k]] = to.words[matchedTo[k]].
  private matchedFrom = new Int32Array(64);
  private matchedTo = new Int32Array(64);

  constructor(vocabularySize: number) {
    this.inFrom = new Int32Array(vocabularySize);
    this.inTo = new Int32Array(vocabularySize);
  }

  /** Null when the bound trips. */
  diff(from: TokenizedText, to: TokenizedText, bounds: DiffBounds): DiffPart[] | null {
    if (from.text === to.text) return from.text ? [{ op: "equal", text: from.text }] : [];
    const matched = this.match(from.words, to.words, bounds);
    return matched < 0 ? null : render(from, to, this.matchedFrom, this.matchedTo, matched);
  }

  /** Fills matchedFrom/matchedTo and returns how many words matched, or -1 when the bound trips. */
  private match(a: ArrayLike<number>, b: ArrayLike<number>, bounds: DiffBounds): number {
    this.reserve(Math.max(a.length, b.length));
    const { inFrom, inTo, fromKept, toKept, matchedFrom, matchedTo } = this;
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

    for (let i = head; i < a.length - tail; i++) inFrom[a[i]]++;
    for (let j = head; j < b.length - tail; j++) inTo[b[j]]++;
    let fromKeptCount = 0;
    let toKeptCount = 0;
    let common = 0;
    for (let i = head; i < a.length - tail; i++) {
      if (inTo[a[i]] > 0) fromKept[fromKeptCount++] = i;
      if (inFrom[a[i]] > 0 && inTo[a[i]] > 0) {
        common += Math.min(inFrom[a[i]], inTo[a[i]]);
        inFrom[a[i]] = -inFrom[a[i]]; // counted; restored below
      }
    }
    for (let j = head; j < b.length - tail; j++) if (inFrom[b[j]] !== 0) toKept[toKeptCount++] = j;
    for (let i = head; i < a.length - tail; i++) inFrom[a[i]] = 0;
    for (let j = head; j < b.length - tail; j++) inTo[b[j]] = 0;

    const edits = a.length + b.length - 2 * (head + tail);
    if (edits - 2 * common > bounds.maxEditLength) return -1;
    const setAside = edits - fromKeptCount - toKeptCount;

    let matched = 0;
    for (let k = 0; k < head; k++, matched++) matchedFrom[matched] = matchedTo[matched] = k;
    // When the words both texts have are in the same order, every one of them matches: no search needed.
    let sameOrder = fromKeptCount === toKeptCount;
    for (let k = 0; sameOrder && k < fromKeptCount; k++) sameOrder = a[fromKept[k]] === b[toKept[k]];
    if (sameOrder) {
      for (let k = 0; k < fromKeptCount; k++, matched++) {
        matchedFrom[matched] = fromKept[k];
        matchedTo[matched] = toKept[k];
      }
    } else if (fromKeptCount > 0 && toKeptCount > 0) {
      const fromValues = new Array<number>(fromKeptCount);
      const toValues = new Array<number>(toKeptCount);
      for (let k = 0; k < fromKeptCount; k++) fromValues[k] = a[fromKept[k]];
      for (let k = 0; k < toKeptCount; k++) toValues[k] = b[toKept[k]];
      const found = forEachMatch(fromValues, toValues, bounds.maxEditLength - setAside, bounds.timeoutMs, (i, j) => {
        matchedFrom[matched] = fromKept[i];
        matchedTo[matched++] = toKept[j];
      });
      if (!found) return -1;
    }
    for (let k = tail; k > 0; k--, matched++) {
      matchedFrom[matched] = a.length - k;
      matchedTo[matched] = b.length - k;
    }
    joinRuns(a, b, matchedFrom, matchedTo, matched);
    return matched;
  }

  private reserve(length: number): void {
    if (length <= this.fromKept.length) return;
    const size = Math.max(length, this.fromKept.length * 2);
    this.fromKept = new Int32Array(size);
    this.toKept = new Int32Array(size);
    this.matchedFrom = new Int32Array(size);
    this.matchedTo = new Int32Array(size);
  }
}

/**
 * Among diffs with as many matched words, prefers the one whose matches run together: a matched word
 * that stands alone (not next to the match before it) moves to the same word just before the next
 * match, when that one is free, so "The Secretary welcomed …" quoted inside a longer report matches as
 * one run instead of borrowing an earlier "the" and "secretary"; then a match still alone moves to
 * just after the match before it. Same count of matches, so the same edit length; each pass runs
 * against its direction of movement so that whole phrases move.
 */
function joinRuns(a: ArrayLike<number>, b: ArrayLike<number>, matchedFrom: Int32Array, matchedTo: Int32Array, matched: number): void {
  for (let k = matched - 2; k >= 0; k--) {
    const joinedBefore = k > 0 && matchedFrom[k - 1] === matchedFrom[k] - 1 && matchedTo[k - 1] === matchedTo[k] - 1;
    if (joinedBefore) continue;
    const [nextFrom, nextTo] = [matchedFrom[k + 1], matchedTo[k + 1]];
    if (nextFrom === matchedFrom[k] + 1 && nextTo > matchedTo[k] + 1 && b[nextTo - 1] === a[matchedFrom[k]]) matchedTo[k] = nextTo - 1;
    else if (nextTo === matchedTo[k] + 1 && nextFrom > matchedFrom[k] + 1 && a[nextFrom - 1] === b[matchedTo[k]]) matchedFrom[k] = nextFrom - 1;
  }
  // Then the other way: a match still alone moves to just after the match before it.
  for (let k = 1; k < matched; k++) {
    const joinedAfter = k + 1 < matched && matchedFrom[k + 1] === matchedFrom[k] + 1 && matchedTo[k + 1] === matchedTo[k] + 1;
    if (joinedAfter) continue;
    const [previousFrom, previousTo] = [matchedFrom[k - 1], matchedTo[k - 1]];
    if (previousFrom === matchedFrom[k] - 1 && previousTo < matchedTo[k] - 1 && b[previousTo + 1] === a[matchedFrom[k]]) matchedTo[k] = previousTo + 1;
    else if (previousTo === matchedTo[k] - 1 && previousFrom < matchedFrom[k] - 1 && a[previousFrom + 1] === b[matchedTo[k]]) matchedFrom[k] = previousFrom + 1;
  }
}

/**
 * Builds parts as ranges of the original texts — equal and delete parts from `from.text`, insert
 * parts from `to.text` — extending the last range where possible, so a long run of matched words
 * becomes one slice instead of many small strings.
 */
class PartBuilder {
  readonly parts: DiffPart[] = [];
  private op: DiffPart["op"] | null = null;
  private start = 0;
  private end = 0;

  constructor(
    private readonly from: string,
    private readonly to: string,
  ) {}

  add(op: DiffPart["op"], start: number, end: number): void {
    if (start >= end) return;
    if (op === this.op && start === this.end) {
      this.end = end;
      return;
    }
    this.flush();
    this.op = op;
    this.start = start;
    this.end = end;
  }

  /**
   * The text between two matched words (or an end of the text) in each version: separators and any
   * unmatched words. Whitespace and punctuation shared at its edges stay equal; the rest is a
   * deletion and an insertion. The gap's own words lie within [*WordsStart, *WordsEnd], which the
   * shared edges never enter (a reversed span when the gap has no words).
   */
  gap(
    fromStart: number,
    fromEnd: number,
    fromWordsStart: number,
    fromWordsEnd: number,
    toStart: number,
    toEnd: number,
    toWordsStart: number,
    toWordsEnd: number,
  ): void {
    const { from, to } = this;
    let prefix = 0;
    const prefixLimit = Math.min(fromWordsStart - fromStart, toWordsStart - toStart);
    while (prefix < prefixLimit && sameSeparator(from.charCodeAt(fromStart + prefix), to.charCodeAt(toStart + prefix))) prefix++;
    if (prefix === fromEnd - fromStart && fromEnd - fromStart === toEnd - toStart) return this.add("equal", fromStart, fromEnd);
    // Separators that differ in typography only ("--" for "—", doubled spaces, a soft hyphen) are the same text.
    // (A gap with an unmatched word has a real change: only separators alone need folding.)
    const separatorsOnly = fromWordsStart >= fromWordsEnd && toWordsStart >= toWordsEnd;
    if (separatorsOnly && sameWhenFolded(from.slice(fromStart, fromEnd), to.slice(toStart, toEnd))) return this.add("equal", fromStart, fromEnd);
    prefix = wholeGraphemes(from, fromStart, to, toStart, prefix, 1);
    let suffix = 0;
    const suffixLimit = Math.min(fromEnd - fromWordsEnd, toEnd - toWordsEnd, fromEnd - fromStart - prefix, toEnd - toStart - prefix);
    while (suffix < suffixLimit && sameSeparator(from.charCodeAt(fromEnd - 1 - suffix), to.charCodeAt(toEnd - 1 - suffix))) suffix++;
    suffix = wholeGraphemes(from, fromEnd, to, toEnd, suffix, -1);
    this.add("equal", fromStart, fromStart + prefix);
    this.add("delete", fromStart + prefix, fromEnd - suffix);
    this.add("insert", toStart + prefix, toEnd - suffix);
    this.add("equal", fromEnd - suffix, fromEnd);
  }

  finish(): DiffPart[] {
    this.flush();
    return this.parts;
  }

  private flush(): void {
    if (this.op === null) return;
    this.parts.push({ op: this.op, text: (this.op === "insert" ? this.to : this.from).slice(this.start, this.end) });
    this.op = null;
  }
}

// Separator characters by the class the matching fold (lib/text/fold) puts them in: 1 quote mark, 2 dash, 3 space.
const SEPARATOR_CLASS = new Uint8Array(0x10000);
for (const mark of "'\"‘’‚‛“”„‟«»‹›′″ʼ`´") SEPARATOR_CLASS[mark.charCodeAt(0)] = 1;
for (const dash of "-‐‑‒–—―−") SEPARATOR_CLASS[dash.charCodeAt(0)] = 2;
for (const space of " \u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000") SEPARATOR_CLASS[space.charCodeAt(0)] = 3;

/** Two separator characters that the fold makes one: the same, or both quote marks, dashes or spaces. */
function sameSeparator(a: number, b: number): boolean {
  return a === b || (SEPARATOR_CLASS[a] !== 0 && SEPARATOR_CLASS[a] === SEPARATOR_CLASS[b]);
}

// Code units that may join the character before them into one grapheme (combining marks, ZWJ, variation
// selectors, Hangul vowels and finals, surrogates), or (AFTER) the character after them (ZWJ, Hangul
// initials, CR, surrogates). A cut with neither needs no segmenting.
const JOINS_BEFORE = /[\p{M}\u200d\u1160-\u11ff\ud7b0-\ud7ff\ud800-\udfff]/u;
const JOINS_AFTER = /[\u200d\u1100-\u115f\ua960-\ua97f\r\ud800-\udfff]/u;

// Per code unit, 1 + (JOINS_BEFORE ? 1 : 0) + (JOINS_AFTER ? 2 : 0), filled on first sight (0: not yet): a table read
// instead of two regular-expression tests at every cut.
const JOINS = new Uint8Array(0x10000);

function joinsOf(code: number): number {
  let joins = JOINS[code];
  if (joins === 0) {
    const char = String.fromCharCode(code);
    joins = JOINS[code] = 1 + (JOINS_BEFORE.test(char) ? 1 : 0) + (JOINS_AFTER.test(char) ? 2 : 0);
  }
  return joins - 1;
}

/**
 * Whether a cut before text[index] (a UTF-16 offset) is plainly a grapheme boundary: neither unit beside it may join
 * the other (JOINS_BEFORE, JOINS_AFTER). False means "segment to be sure", not "no boundary".
 */
export function plainCut(text: string, index: number): boolean {
  return (index >= text.length || (joinsOf(text.charCodeAt(index)) & 1) === 0) && (index === 0 || (joinsOf(text.charCodeAt(index - 1)) & 2) === 0);
}

function isGraphemeCut(text: string, index: number): boolean {
  return plainCut(text, index) || !splitsGrapheme(text, index);
}

/**
 * Shrinks a shared run of `length` code units at the start (direction 1, from `fromAt`/`toAt` on) or
 * end (direction -1, up to them) of a gap until its edge falls between graphemes in both texts.
 */
function wholeGraphemes(from: string, fromAt: number, to: string, toAt: number, length: number, direction: 1 | -1): number {
  let n = length;
  while (n > 0 && !(isGraphemeCut(from, fromAt + direction * n) && isGraphemeCut(to, toAt + direction * n))) n--;
  return n;
}

/** Turns matched words into parts made of the original text, gaps included. */
function render(from: TokenizedText, to: TokenizedText, matchedFrom: Int32Array, matchedTo: Int32Array, matched: number): DiffPart[] {
  const builder = new PartBuilder(from.text, to.text);
  // Each gap runs from the end of the previous matched word to the start of the next one.
  let fromGapStart = 0;
  let toGapStart = 0;
  let fromWord = 0;
  let toWord = 0;
  for (let k = 0; k <= matched; k++) {
    const a = k < matched ? matchedFrom[k] : from.words.length;
    const b = k < matched ? matchedTo[k] : to.words.length;
    const fromGapEnd = a < from.words.length ? from.starts[a] - from.offset : from.text.length;
    const toGapEnd = b < to.words.length ? to.starts[b] - to.offset : to.text.length;
    const fromHasWords = fromWord < a;
    const toHasWords = toWord < b;
    builder.gap(
      fromGapStart,
      fromGapEnd,
      fromHasWords ? from.starts[fromWord] - from.offset : fromGapEnd,
      fromHasWords ? from.ends[a - 1] - from.offset : fromGapStart,
      toGapStart,
      toGapEnd,
      toHasWords ? to.starts[toWord] - to.offset : toGapEnd,
      toHasWords ? to.ends[b - 1] - to.offset : toGapStart,
    );
    if (a < from.words.length) {
      fromGapStart = from.ends[a] - from.offset;
      toGapStart = to.ends[b] - to.offset;
      builder.add("equal", fromGapEnd, fromGapStart);
      fromWord = a + 1;
      toWord = b + 1;
    }
  }
  return builder.finish();
}

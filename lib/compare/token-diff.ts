import { diffArrays } from "diff";
import type { DiffBounds } from "./diff";
import type { DiffPart } from "./types";

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

interface Matches {
  from: number[];
  to: number[];
}

/**
 * Word diffs of tokenized texts with jsdiff's diffArrays over word ids, bounded by jsdiff's
 * maxEditLength and timeout (counting inserted and deleted words). Shared leading and trailing
 * words are matched directly, and words that occur in only one of the texts can never be matched,
 * so they are set aside before jsdiff runs (as GNU diff does with lines): the diff is the same,
 * and a pair that must exceed the bound is rejected without running jsdiff at all.
 * Words are compared normalised (case, quote marks, dashes). Parts carry the original text: equal
 * and delete parts join back into `from.text`; equal and insert parts give `to.text` up to that
 * normalisation. Scratch space is sized to the vocabulary and reused across diffs.
 */
export class TokenDiffer {
  private readonly inFrom: Int32Array;
  private readonly inTo: Int32Array;

  constructor(vocabularySize: number) {
    this.inFrom = new Int32Array(vocabularySize);
    this.inTo = new Int32Array(vocabularySize);
  }

  /** Null when the bound trips. */
  diff(from: TokenizedText, to: TokenizedText, bounds: DiffBounds): DiffPart[] | null {
    if (from.text === to.text) return from.text ? [{ op: "equal", text: from.text }] : [];
    const matches = this.match(from.words, to.words, bounds);
    return matches && render(from, to, matches);
  }

  /** Matched word indexes in order (from.words[matched.from[k]] = to.words[matched.to[k]]), or null when the bound trips. */
  private match(a: ArrayLike<number>, b: ArrayLike<number>, bounds: DiffBounds): Matches | null {
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

    for (let i = head; i < a.length - tail; i++) this.inFrom[a[i]]++;
    for (let j = head; j < b.length - tail; j++) this.inTo[b[j]]++;
    const aKept: number[] = [];
    const bKept: number[] = [];
    let common = 0;
    for (let i = head; i < a.length - tail; i++) {
      if (this.inTo[a[i]] > 0) aKept.push(i);
      if (this.inFrom[a[i]] > 0 && this.inTo[a[i]] > 0) {
        common += Math.min(this.inFrom[a[i]], this.inTo[a[i]]);
        this.inFrom[a[i]] = -this.inFrom[a[i]]; // counted; restored below
      }
    }
    for (let j = head; j < b.length - tail; j++) if (this.inFrom[b[j]] !== 0) bKept.push(j);
    for (let i = head; i < a.length - tail; i++) this.inFrom[a[i]] = 0;
    for (let j = head; j < b.length - tail; j++) this.inTo[b[j]] = 0;

    const edits = a.length + b.length - 2 * (head + tail);
    if (edits - 2 * common > bounds.maxEditLength) return null;
    const setAside = edits - aKept.length - bKept.length;
    // When the words both texts have are in the same order, every one of them matches: no search needed.
    const sameOrder = aKept.length === bKept.length && aKept.every((i, k) => a[i] === b[bKept[k]]);
    const changes =
      aKept.length === 0 || bKept.length === 0
        ? []
        : sameOrder
          ? [{ count: aKept.length, added: false, removed: false, value: [] }]
          : diffArrays(
            aKept.map((i) => a[i]),
            bKept.map((j) => b[j]),
            { maxEditLength: bounds.maxEditLength - setAside, timeout: bounds.timeoutMs },
          );
    if (!changes) return null;

    const matches: Matches = { from: [], to: [] };
    const pair = (i: number, j: number) => {
      matches.from.push(i);
      matches.to.push(j);
    };
    for (let k = 0; k < head; k++) pair(k, k);
    let i = 0;
    let j = 0;
    for (const change of changes) {
      const count = change.count ?? change.value.length;
      if (change.removed) i += count;
      else if (change.added) j += count;
      else for (let k = 0; k < count; k++) pair(aKept[i++], bKept[j++]);
    }
    for (let k = tail; k > 0; k--) pair(a.length - k, b.length - k);
    return matches;
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
    [this.op, this.start, this.end] = [op, start, end];
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
    while (prefix < prefixLimit && from.charCodeAt(fromStart + prefix) === to.charCodeAt(toStart + prefix)) prefix++;
    if (prefix === fromEnd - fromStart && fromEnd - fromStart === toEnd - toStart) return this.add("equal", fromStart, fromEnd);
    let suffix = 0;
    const suffixLimit = Math.min(fromEnd - fromWordsEnd, toEnd - toWordsEnd, fromEnd - fromStart - prefix, toEnd - toStart - prefix);
    while (suffix < suffixLimit && from.charCodeAt(fromEnd - 1 - suffix) === to.charCodeAt(toEnd - 1 - suffix)) suffix++;
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

/** Turns matched words into parts made of the original text, gaps included. */
function render(from: TokenizedText, to: TokenizedText, matches: Matches): DiffPart[] {
  const builder = new PartBuilder(from.text, to.text);
  // Each gap runs from the end of the previous matched word to the start of the next one.
  let fromGapStart = 0;
  let toGapStart = 0;
  let fromWord = 0;
  let toWord = 0;
  for (let k = 0; k <= matches.from.length; k++) {
    const a = k < matches.from.length ? matches.from[k] : from.words.length;
    const b = k < matches.to.length ? matches.to[k] : to.words.length;
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

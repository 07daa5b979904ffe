import type { AnalysedStatement } from "./analyse";
import { diffWordsBounded, type DiffBounds } from "./diff";
import type { Quotation } from "./quotation-marks";
import type { TextRange } from "./segment";
import type { QuoteCheck, QuoteSource, Span } from "./types";

const FRAGMENT_SEPARATOR = " … ";
// The halves of a split quotation may sit this many words apart in the source and still be one quote.
const MAX_FRAGMENT_GAP = 40;
// Fuzzy search seeds from a quotation's rarest words only, and from at most this many of their occurrences.
const SEED_WORDS = 4;
const MAX_SEEDS = 64;
const WINDOW_SLACK = 3;
// One or two shared words say nothing about whether a short quotation was altered: those are verbatim or not found.
const MIN_FUZZY_WORDS = 3;

/** A statement's words as a searchable sequence: word ids, and where each id occurs. */
class WordIndex {
  readonly words: Int32Array;
  private occurrences: Map<number, number[]> | null = null;

  constructor(readonly statement: AnalysedStatement) {
    this.words = statement.tokens.codes.map((code) => code >> 1);
  }

  positionsOf(word: number): readonly number[] {
    if (!this.occurrences) {
      this.occurrences = new Map();
      this.words.forEach((w, position) => {
        const list = this.occurrences!.get(w);
        if (list) list.push(position);
        else this.occurrences!.set(w, [position]);
      });
    }
    return this.occurrences.get(word) ?? [];
  }

  /** First position ≥ from where `sequence` occurs, or -1. */
  find(sequence: Int32Array, from = 0, before = Infinity): number {
    if (sequence.length === 0) return -1;
    let seed = 0;
    for (let k = 1; k < sequence.length; k++) {
      if (this.positionsOf(sequence[k]).length < this.positionsOf(sequence[seed]).length) seed = k;
    }
    for (const position of this.positionsOf(sequence[seed])) {
      const start = position - seed;
      if (start < from) continue;
      if (start >= before) break;
      if (this.matchesAt(sequence, start)) return start;
    }
    return -1;
  }

  span(fromToken: number, toToken: number): Span {
    return { start: this.statement.tokens.starts[fromToken], end: this.statement.tokens.ends[toToken - 1] };
  }

  private matchesAt(sequence: Int32Array, start: number): boolean {
    if (start < 0 || start + sequence.length > this.words.length) return false;
    for (let k = 0; k < sequence.length; k++) if (this.words[start + k] !== sequence[k]) return false;
    return true;
  }
}

/** Word ids of the statement's tokens inside a range (quotation marks are never inside a token). */
function wordsIn(index: WordIndex, range: TextRange): Int32Array {
  const { starts, ends } = index.statement.tokens;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle] < range.start) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < starts.length && ends[end] <= range.end) end++;
  return index.words.slice(low, end);
}

/** Token range [from, to) where every fragment occurs verbatim, in order, close together; or null. */
function findVerbatim(target: WordIndex, fragments: Int32Array[]): [number, number] | null {
  const whole = Int32Array.from(fragments.flatMap((fragment) => Array.from(fragment)));
  const start = target.find(whole);
  if (start >= 0) return [start, start + whole.length];
  if (fragments.length === 1) return null;
  let attempts = 0;
  for (let first = target.find(fragments[0]); first >= 0 && attempts < MAX_SEEDS; first = target.find(fragments[0], first + 1)) {
    attempts++;
    let end = first + fragments[0].length;
    let complete = true;
    for (const fragment of fragments.slice(1)) {
      const next = target.find(fragment, end, end + MAX_FRAGMENT_GAP + 1);
      if (next < 0) {
        complete = false;
        break;
      }
      end = next + fragment.length;
    }
    if (complete) return [first, end];
  }
  return null;
}

/** Dice coefficient of two word multisets: 1 for the same words in any order. */
function overlap(quoteCounts: Map<number, number>, quoteLength: number, words: Int32Array, from: number, to: number): number {
  const remaining = new Map(quoteCounts);
  let shared = 0;
  for (let p = from; p < to; p++) {
    const left = remaining.get(words[p]);
    if (left) {
      shared++;
      remaining.set(words[p], left - 1);
    }
  }
  return (2 * shared) / (quoteLength + (to - from));
}

/**
 * The window of the target most like the quotation, by word overlap: seeded at occurrences of the
 * quotation's rarest words, then widened or narrowed a few words each way.
 */
function findClosest(target: WordIndex, quote: Int32Array): Window | null {
  const counts = new Map<number, number>();
  for (const word of quote) counts.set(word, (counts.get(word) ?? 0) + 1);
  const seedWords = [...counts.keys()]
    .filter((word) => target.positionsOf(word).length > 0)
    .sort((a, b) => target.positionsOf(a).length - target.positionsOf(b).length || a - b)
    .slice(0, SEED_WORDS);
  const starts = new Set<number>();
  for (const word of seedWords) {
    const offsetInQuote = quote.indexOf(word);
    for (const position of target.positionsOf(word)) {
      if (starts.size >= MAX_SEEDS) break;
      starts.add(Math.max(0, position - offsetInQuote));
    }
  }
  const total = target.words.length;
  const windowAt = (from: number, to: number): Window | null =>
    from < 0 || to > total || to <= from ? null : { from, to, similarity: overlap(counts, quote.length, target.words, from, to) };

  let best: Window | null = null;
  for (const start of [...starts].sort((a, b) => a - b)) best = better(best, windowAt(start, start + quote.length));
  const seed = best;
  if (!seed) return null;
  for (let dFrom = -WINDOW_SLACK; dFrom <= WINDOW_SLACK; dFrom++) {
    for (let dTo = -WINDOW_SLACK; dTo <= WINDOW_SLACK; dTo++) best = better(best, windowAt(seed.from + dFrom, seed.to + dTo));
  }
  return best;
}

interface Window {
  from: number;
  to: number;
  similarity: number;
}

/** Higher similarity wins; on a tie the earlier, then the shorter window, so results are deterministic. */
function better(current: Window | null, candidate: Window | null): Window | null {
  if (!candidate) return current;
  if (!current) return candidate;
  if (candidate.similarity !== current.similarity) return candidate.similarity > current.similarity ? candidate : current;
  if (candidate.from !== current.from) return candidate.from < current.from ? candidate : current;
  return candidate.to < current.to ? candidate : current;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Finds every quotation in every statement and looks for it in the other statements: verbatim
 * (same words after normalisation, punctuation aside), altered (the closest passage is similar
 * enough; the diff shows what changed), or not found.
 */
export function checkQuotes(
  statements: readonly AnalysedStatement[],
  quotations: readonly Quotation[][],
  quoteThreshold: number,
  bounds: DiffBounds,
): QuoteCheck[] {
  const indexes = statements.map((statement) => new WordIndex(statement));
  const checks: QuoteCheck[] = [];
  for (const index of indexes) {
    const { statement } = index;
    quotations[statement.order].forEach((quotation, q) => {
      const fragments = quotation.fragments.map((range) => wordsIn(index, range));
      const fragmentTexts = quotation.fragments.map((range) => statement.text.slice(range.start, range.end));
      const quoteWords = Int32Array.from(fragments.flatMap((fragment) => Array.from(fragment)));
      const verbatimIn: string[] = [];
      let source: QuoteSource | null = null;
      let closest: (Window & { target: WordIndex }) | null = null;

      for (const target of indexes) {
        if (target === index || quoteWords.length === 0) continue;
        const verbatim = findVerbatim(target, fragments);
        if (verbatim) {
          verbatimIn.push(target.statement.id);
          if (!source) {
            const span = target.span(verbatim[0], verbatim[1]);
            const text = target.statement.text.slice(span.start, span.end);
            source = { statementId: target.statement.id, span, text, similarity: 1, parts: [{ op: "equal", text }] };
          }
        } else if (verbatimIn.length === 0 && quoteWords.length >= MIN_FUZZY_WORDS) {
          const match = findClosest(target, quoteWords);
          if (match && (!closest || match.similarity > closest.similarity)) closest = { target, ...match };
        }
      }

      if (!source && closest && closest.similarity >= quoteThreshold) {
        const span = closest.target.span(closest.from, closest.to);
        const text = closest.target.statement.text.slice(span.start, span.end);
        const parts = diffWordsBounded(text, fragmentTexts.join(" "), { ...bounds, language: statement.language }) ?? [];
        source = { statementId: closest.target.statement.id, span, text, similarity: round(closest.similarity), parts };
      }

      checks.push({
        id: `${statement.id}:q${q}`,
        statementId: statement.id,
        text: fragmentTexts.join(FRAGMENT_SEPARATOR),
        spans: quotation.fragments.map(({ start, end }) => ({ start, end })),
        verdict: verbatimIn.length > 0 ? "verbatim" : source ? "altered" : "not_found",
        source,
        verbatimIn,
      });
    });
  }
  return checks;
}

import { foldWord, mayHaveOtherQuotationKeys, quotationKeys } from "../text/fold";
import { joinWrappedLines } from "../text/line-breaks";
import type { AnalysedStatement } from "./analyse";
import type { DiffBounds } from "./diff";
import type { Quotation } from "./quotation-marks";
import type { TextRange } from "./segment";
import { roundSimilarity } from "./similarity";
import { tokensOfRanges, type TokenDiffer, type TokenRange } from "./token-diff";
import { droppedAtEdges, sentenceOfToken, type EdgeMarks } from "./quotes/edge-omissions";
import { markEndsAt, markStartsAt, OMISSION } from "./quotes/omission-marks";
import { omitsMeaning } from "./quotes/omitted-words";
import type { QuoteRouter } from "./quotes/routing";
import type { QuoteCheck, QuoteSource, QuoteVerdict, Span } from "./types";

const FRAGMENT_SEPARATOR = " … ";
// The halves of a split quotation may sit this many words apart in the source and still be one quote.
const MAX_FRAGMENT_GAP = 40;
// Fuzzy search seeds from a quotation's rarest words only, and from at most this many of their occurrences.
const SEED_WORDS = 4;
const MAX_SEEDS = 32;
const WINDOW_SLACK = 3;
// Aligning a quotation with its closest passage word by word (alignEdges) costs quotation × passage cells; past this, the passage is kept as found.
const MAX_ALIGN_CELLS = 250_000;
// One or two shared words say nothing about whether a short quotation was altered: those are verbatim or not found.
const MIN_FUZZY_WORDS = 3;
/** The longest initialism written without dots that quotationKeys tells from a word ("US", "UN", "EU", "USA"). */
const MAX_INITIALISM_LETTERS = 3;

const IN_CAPITALS = /^\p{Lu}{2,}$/u;

/** Whether the character after text[start] is a capital or a dot ("US", "U.S"): a capitalised word ("The") is no initialism. */
function secondInCapitals(text: string, start: number): boolean {
  const next = text[start + 1];
  return next !== undefined && (next === "." || (next !== next.toLowerCase() && next === next.toUpperCase()));
}

/** Whether token t has a neighbour of two or more capitals: it is then part of text in capitals, not an initialism. */
function shoutedAround(statement: AnalysedStatement, t: number): boolean {
  const { starts, ends, count } = statement.tokens;
  const inCapitals = (k: number) => k >= 0 && k < count && IN_CAPITALS.test(statement.text.slice(starts[k], ends[k]));
  return inCapitals(t - 1) || inCapitals(t + 1);
}

/**
 * A statement's words as quotations are compared: each token's quotation keys (lib/text/fold quotationKeys: "U.S." as
 * "US" and neither as the pronoun "us", "high-level" as "high level"), as ids, with the token each key comes from.
 */
interface KeyedWords {
  keys: Int32Array;
  /** The token of each key. */
  tokenOf: Int32Array;
  /** The first key of each token, and the number of keys last (tokens.count + 1 entries). */
  firstKey: Int32Array;
}

/** Ids of the quotation keys of a comparison's statements. Most words are their own key, remembered by lexicon word id. */
class QuotationVocabulary {
  private readonly ids = new Map<string, number>();
  // Per lexicon word id: its key's id + 1; -1 when each writing of the word is keyed from its text; 0 not seen yet.
  private readonly byWord: Int32Array;

  constructor(lexiconSize: number) {
    this.byWord = new Int32Array(lexiconSize);
  }

  get size(): number {
    return this.ids.size;
  }

  keyed(statement: AnalysedStatement): KeyedWords {
    const { starts, ends, words, codes, count } = statement.tokens;
    let keys = new Int32Array(count + 8);
    let tokenOf = new Int32Array(count + 8);
    const firstKey = new Int32Array(count + 1);
    let length = 0;
    const push = (id: number, token: number) => {
      if (length === keys.length) {
        const grown = new Int32Array(2 * keys.length);
        grown.set(keys);
        keys = grown;
        const grownTokens = new Int32Array(2 * tokenOf.length);
        grownTokens.set(tokenOf);
        tokenOf = grownTokens;
      }
      keys[length] = id;
      tokenOf[length++] = token;
    };
    for (let t = 0; t < count; t++) {
      firstKey[t] = length;
      const word = words[t];
      let known = this.byWord[word];
      if (known === 0) {
        const key = foldWord(statement.text.slice(starts[t], ends[t]));
        known = this.byWord[word] = mayHaveOtherQuotationKeys(key) ? -1 : this.idOf(key) + 1;
      }
      // A short word written in capitals may be an initialism ("US", "UN"): its key is its own (quotationKeys).
      if (known > 0 && !((codes[t] & 1) === 1 && ends[t] - starts[t] <= MAX_INITIALISM_LETTERS && secondInCapitals(statement.text, starts[t]))) push(known - 1, t);
      else for (const key of quotationKeys(statement.text.slice(starts[t], ends[t]), shoutedAround(statement, t))) push(this.idOf(key), t);
    }
    firstKey[count] = length;
    return { keys: keys.subarray(0, length), tokenOf: tokenOf.subarray(0, length), firstKey };
  }

  private idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}

/** A statement's quotation keys as a searchable sequence: key ids, and where each id occurs. */
class WordIndex {
  readonly words: Int32Array;
  readonly tokenOf: Int32Array;
  readonly firstKey: Int32Array;
  // Positions of each word id, in compressed rows: positions[offsets[w] .. offsets[w + 1]], ascending.
  private readonly offsets: Int32Array;
  private readonly positions: Int32Array;

  constructor(
    readonly statement: AnalysedStatement,
    keyed: KeyedWords,
    vocabularySize: number,
  ) {
    this.words = keyed.keys;
    this.tokenOf = keyed.tokenOf;
    this.firstKey = keyed.firstKey;
    this.offsets = new Int32Array(vocabularySize + 1);
    // Indexed loops: for-of over a typed array allocates an iterator result per element until optimised.
    for (let position = 0; position < this.words.length; position++) this.offsets[this.words[position] + 1]++;
    for (let w = 0; w < vocabularySize; w++) this.offsets[w + 1] += this.offsets[w];
    const filled = this.offsets.slice(0, vocabularySize);
    this.positions = new Int32Array(this.words.length);
    for (let position = 0; position < this.words.length; position++) this.positions[filled[this.words[position]]++] = position;
  }

  countOf(word: number): number {
    return this.offsets[word + 1] - this.offsets[word];
  }

  /** The k-th position of a word, ascending. */
  positionOf(word: number, k: number): number {
    return this.positions[this.offsets[word] + k];
  }

  /** First position ≥ from (and < before) where `sequence` occurs, or -1. */
  find(sequence: Int32Array, from = 0, before = Infinity): number {
    if (sequence.length === 0) return -1;
    // Try the sequence's rarest word's occurrences only.
    let seed = 0;
    for (let k = 1; k < sequence.length; k++) if (this.countOf(sequence[k]) < this.countOf(sequence[seed])) seed = k;
    for (let k = 0, count = this.countOf(sequence[seed]); k < count; k++) {
      const start = this.positionOf(sequence[seed], k) - seed;
      if (start < from) continue;
      if (start >= before) break;
      if (this.matchesAt(sequence, start)) return start;
    }
    return -1;
  }

  /** The tokens of keys [from, to). */
  tokens(from: number, to: number): { tokenFrom: number; tokenTo: number } {
    return { tokenFrom: this.tokenOf[from], tokenTo: this.tokenOf[to - 1] + 1 };
  }

  span(from: number, to: number): Span {
    return { start: this.statement.tokens.starts[this.tokenOf[from]], end: this.statement.tokens.ends[this.tokenOf[to - 1]] };
  }

  /** Whether keys [from, to) are whole tokens: no match takes part of a word ("war protest" is not in "anti-war protest"). */
  wholeTokens(from: number, to: number): boolean {
    return this.firstKey[this.tokenOf[from]] === from && this.firstKey[this.tokenOf[to - 1] + 1] === to;
  }

  private matchesAt(sequence: Int32Array, start: number): boolean {
    if (start < 0 || start + sequence.length > this.words.length) return false;
    if (!this.wholeTokens(start, start + sequence.length)) return false;
    for (let k = 0; k < sequence.length; k++) if (this.words[start + k] !== sequence[k]) return false;
    return true;
  }
}

/** The first token of a statement that starts at or after `offset`. */
function firstTokenFrom(index: WordIndex, offset: number): number {
  const { starts } = index.statement.tokens;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A text range with the statement's tokens inside it (quotation marks are never inside a token). */
function tokensIn(index: WordIndex, range: TextRange): TokenRange {
  const { starts, ends } = index.statement.tokens;
  const low = firstTokenFrom(index, range.start);
  let end = low;
  while (end < starts.length && ends[end] <= range.end) end++;
  return { start: range.start, end: range.end, tokenFrom: low, tokenTo: end };
}

/**
 * The keys of a quotation's fragments, each cut where the quotation marks an omission ("the Secretary welcomed […]
 * with Armenia"): pieces that must each be found verbatim, in order, close together (findVerbatim). `edges`: whether
 * a mark stands before the quotation's first word or after its last, inside the fragment ("[…] will be") or just
 * outside it, where quotation-marks.ts trims a bare "…" off ("“…will be", "December…”").
 */
function quotedPieces(index: WordIndex, ranges: readonly TokenRange[]): { pieces: Int32Array[]; edges: EdgeMarks } {
  const pieces: Int32Array[] = [];
  const { text } = index.statement;
  const edges: EdgeMarks = { leading: false, trailing: false };
  ranges.forEach((range, r) => {
    let from = range.tokenFrom;
    const inner = text.slice(range.start, range.end);
    for (const omission of inner.matchAll(OMISSION)) {
      const cut = Math.min(range.tokenTo, Math.max(from, firstTokenFrom(index, range.start + omission.index)));
      if (r === 0 && cut === range.tokenFrom) edges.leading = true;
      if (r === ranges.length - 1 && firstTokenFrom(index, range.start + omission.index + omission[0].length) >= range.tokenTo) edges.trailing = true;
      if (cut > from) pieces.push(index.words.subarray(index.firstKey[from], index.firstKey[cut]));
      from = cut;
    }
    if (range.tokenTo > from) pieces.push(index.words.subarray(index.firstKey[from], index.firstKey[range.tokenTo]));
  });
  if (ranges.length > 0) {
    edges.leading ||= markEndsAt(text, ranges[0].start);
    edges.trailing ||= markStartsAt(text, ranges[ranges.length - 1].end);
  }
  return { pieces, edges };
}

/**
 * Whether keys [from, to) of a target, left out between two pieces of a quotation, hold a word that may not be left
 * out (quotes/omitted-words.ts isMeaningWord: a negation, approximate negator, condition, limit or number): leaving it
 * out inverts, voids or blurs what is quoted, so the quotation is not verbatim; the closest passage then shows the
 * dropped words. Pure.
 */
function omitsNegation(target: WordIndex, from: number, to: number): boolean {
  return omitsMeaning(target.statement, target.tokenOf[from], target.tokenOf[to - 1] + 1);
}

/**
 * What a quotation's edge marks drop around keys [from, to) of a target, when that is no faithful cut
 * (quotes/edge-omissions.ts droppedAtEdges): the key range widened by the dropped words; null for a faithful cut.
 */
type EdgeCheck = (from: number, to: number) => [number, number] | null;

/** An edge check of one target for a quotation with edge marks (null without: every cut at the edges is faithful). */
function edgeCheck(target: WordIndex, quotations: readonly Quotation[], edges: EdgeMarks): EdgeCheck | null {
  if (!edges.leading && !edges.trailing) return null;
  return (from, to) => {
    const { tokenFrom, tokenTo } = target.tokens(from, to);
    const widened = droppedAtEdges(target.statement, quotations, tokenFrom, tokenTo, edges);
    return widened && [target.firstKey[widened.from], target.firstKey[widened.to]];
  };
}

/**
 * Where a quotation is found verbatim in a target: `range`, keys [from, to) where every fragment occurs verbatim, in
 * order, close together, what lies between them holds no meaning word (omitsNegation) and what its edge marks drop
 * holds none either (`edges`); or null. `cut`: when `range` is null and the quotation's words were found that way but
 * for what an edge mark drops, that passage widened by the dropped words (the first such), for the closest passage.
 * `whole` is the fragments joined.
 */
function findVerbatim(
  target: WordIndex,
  fragments: Int32Array[],
  whole: Int32Array,
  edges: EdgeCheck | null,
): { range: [number, number] | null; cut: [number, number] | null } {
  let cut: [number, number] | null = null;
  // Without edge marks the first occurrence is the answer; with them, the first whose edges drop nothing that counts.
  let attempts = 0;
  for (let start = target.find(whole); start >= 0 && attempts < MAX_SEEDS; start = edges ? target.find(whole, start + 1) : -1) {
    attempts++;
    const widened = edges?.(start, start + whole.length) ?? null;
    if (!widened) return { range: [start, start + whole.length], cut: null };
    cut ??= widened;
  }
  if (fragments.length === 1) return { range: null, cut };
  attempts = 0;
  for (let first = target.find(fragments[0]); first >= 0 && attempts < MAX_SEEDS; first = target.find(fragments[0], first + 1)) {
    attempts++;
    let end = first + fragments[0].length;
    let complete = true;
    for (const fragment of fragments.slice(1)) {
      const next = target.find(fragment, end, end + MAX_FRAGMENT_GAP + 1);
      // What the quotation leaves out may not be a negation ("will not lift" quoted "will … lift"): that inverts it.
      if (next < 0 || (next > end && omitsNegation(target, end, next))) {
        complete = false;
        break;
      }
      end = next + fragment.length;
    }
    if (!complete) continue;
    const widened = edges?.(first, end) ?? null;
    if (!widened) return { range: [first, end], cut: null };
    cut ??= widened;
  }
  return { range: null, cut };
}

function concatenate(arrays: readonly Int32Array[]): Int32Array {
  if (arrays.length === 1) return arrays[0];
  const joined = new Int32Array(arrays.reduce((length, array) => length + array.length, 0));
  let offset = 0;
  for (const array of arrays) {
    joined.set(array, offset);
    offset += array.length;
  }
  return joined;
}

/**
 * Word counts of one quotation over the whole vocabulary, so a window of a target is scored with
 * array lookups only. One instance is reused for every quotation of a comparison.
 */
class QuoteCounts {
  words: Int32Array = new Int32Array(0);
  /** The quotation's distinct words, in order of first occurrence. */
  distinct: number[] = [];
  private readonly counts: Int32Array;
  private readonly used: Int32Array;

  constructor(vocabularySize: number) {
    this.counts = new Int32Array(vocabularySize);
    this.used = new Int32Array(vocabularySize);
  }

  load(words: Int32Array): void {
    for (let k = 0; k < this.words.length; k++) this.counts[this.words[k]] = 0;
    this.words = words;
    this.distinct = [];
    for (let k = 0; k < words.length; k++) if (this.counts[words[k]]++ === 0) this.distinct.push(words[k]);
  }

  countOf(word: number): number {
    return this.counts[word];
  }

  /** Dice coefficient of the quotation and words[from, to) as multisets: 1 for the same words in any order. */
  dice(words: Int32Array, from: number, to: number): number {
    let shared = 0;
    for (let p = from; p < to; p++) {
      if (this.used[words[p]] < this.counts[words[p]]) {
        this.used[words[p]]++;
        shared++;
      }
    }
    for (let p = from; p < to; p++) this.used[words[p]] = 0;
    return (2 * shared) / (this.words.length + (to - from));
  }
}

/**
 * The window of the target most like the quotation, by word overlap: seeded at occurrences of the
 * quotation's rarest words, then widened or narrowed a few words each way.
 */
function findClosest(target: WordIndex, quote: QuoteCounts, threshold: number): Window | null {
  const { distinct } = quote;
  // No window can score more than if every quoted word the target has at all were in it.
  let available = 0;
  for (const word of distinct) available += Math.min(quote.countOf(word), target.countOf(word));
  if ((2 * available) / (quote.words.length + available) < threshold) return null;
  // Windows start where the rarest quoted words put the quotation: at most MAX_SEEDS distinct starts, ascending.
  const starts = new Int32Array(MAX_SEEDS);
  let startCount = 0;
  for (const word of rarestWords(distinct, target)) {
    const offsetInQuote = quote.words.indexOf(word);
    for (let k = 0, count = target.countOf(word); k < count && startCount < MAX_SEEDS; k++) {
      const start = Math.max(0, target.positionOf(word, k) - offsetInQuote);
      let seen = false;
      for (let s = 0; s < startCount && !seen; s++) seen = starts[s] === start;
      if (!seen) starts[startCount++] = start;
    }
  }
  starts.subarray(0, startCount).sort();
  const best = new BestWindow(target, quote);
  for (let s = 0; s < startCount; s++) best.consider(starts[s], starts[s] + quote.words.length);
  if (best.from < 0) return null;
  // Move the start, then the end, a few words each way: the source may have a word more or less.
  const seedFrom = best.from;
  const seedTo = best.to;
  for (let d = -WINDOW_SLACK; d <= WINDOW_SLACK; d++) best.consider(seedFrom + d, seedTo);
  const widenedFrom = best.from;
  const widenedTo = best.to;
  for (let d = -WINDOW_SLACK; d <= WINDOW_SLACK; d++) best.consider(widenedFrom, widenedTo + d);
  return { from: best.from, to: best.to, similarity: best.similarity };
}

/** Up to SEED_WORDS of the words that the target has, fewest occurrences first (ties: lower id). */
function rarestWords(words: readonly number[], target: WordIndex): number[] {
  const rarest: number[] = [];
  for (const word of words) {
    if (target.countOf(word) === 0) continue;
    // Insertion into a short sorted list; anything past SEED_WORDS falls off the end.
    let at = rarest.length;
    while (at > 0 && (target.countOf(rarest[at - 1]) > target.countOf(word) || (target.countOf(rarest[at - 1]) === target.countOf(word) && rarest[at - 1] > word))) at--;
    if (at >= SEED_WORDS) continue;
    rarest.splice(at, 0, word);
    if (rarest.length > SEED_WORDS) rarest.pop();
  }
  return rarest;
}

interface Window {
  from: number;
  to: number;
  similarity: number;
}

/**
 * Moves the edges of a quotation's closest passage to the source words the quotation's first and last words stand for.
 * The best-scoring window drops a replaced edge word (“… with Azerbaijan” scores higher against “… with” than against
 * “… with Armenia”), so its diff would show an insertion where the quotation substitutes a word. Aligned word by word
 * (a longest common subsequence of keys), the quotation's words after its last shared word stand for as many source
 * words after the passage's last shared word, and likewise before the first: the passage ends (and starts) there,
 * within that word's source sentence, and drops unshared source words past them (“… made. The”). Kept only while the
 * passage still scores at least the threshold. A reused table, so aligning allocates only when a longer quotation comes.
 */
class EdgeAligner {
  private table = new Int32Array(0);

  align(target: WordIndex, quote: QuoteCounts, window: Window, threshold: number): Window {
    const q = quote.words;
    const { words } = target;
    const n = q.length;
    const { from, to } = window;
    const width = to - from + 1;
    if (n === 0 || width <= 1 || (n + 1) * width > MAX_ALIGN_CELLS) return window;
    if (this.table.length < (n + 1) * width) this.table = new Int32Array((n + 1) * width);
    const table = this.table;
    for (let j = 0; j < width; j++) table[j] = 0;
    for (let i = 1; i <= n; i++) {
      const row = i * width;
      table[row] = 0;
      for (let j = 1; j < width; j++) {
        table[row + j] = q[i - 1] === words[from + j - 1] ? table[row - width + j - 1] + 1 : Math.max(table[row - width + j], table[row + j - 1]);
      }
    }
    // Walk back through one longest alignment: its last and first shared pairs.
    let lastQuoted = -1;
    let lastFound = -1;
    let firstQuoted = -1;
    let firstFound = -1;
    for (let i = n, j = width - 1; i > 0 && j > 0; ) {
      const here = table[i * width + j];
      if (q[i - 1] === words[from + j - 1] && here === table[(i - 1) * width + j - 1] + 1) {
        if (lastQuoted < 0) {
          lastQuoted = i - 1;
          lastFound = from + j - 1;
        }
        firstQuoted = i - 1;
        firstFound = from + j - 1;
        i--;
        j--;
      } else if (table[(i - 1) * width + j] >= table[i * width + j - 1]) i--;
      else j--;
    }
    if (lastQuoted < 0) return window;
    const { statement, tokenOf, firstKey } = target;
    const endSentence = sentenceOfToken(statement, tokenOf[lastFound]);
    const startSentence = sentenceOfToken(statement, tokenOf[firstFound]);
    let alignedTo = Math.min(lastFound + 1 + (n - 1 - lastQuoted), firstKey[endSentence.to]);
    let alignedFrom = Math.max(firstFound - firstQuoted, firstKey[startSentence.from]);
    // Whole tokens only, as every window.
    alignedFrom = firstKey[tokenOf[alignedFrom]];
    alignedTo = firstKey[tokenOf[alignedTo - 1] + 1];
    if (alignedFrom === from && alignedTo === to) return window;
    const similarity = quote.dice(words, alignedFrom, alignedTo);
    return similarity >= threshold ? { from: alignedFrom, to: alignedTo, similarity } : window;
  }
}

/**
 * The best window of a target seen so far (from = -1 while there is none), kept as plain numbers so
 * that trying a window allocates nothing. Higher similarity wins; on a tie the earlier, then the
 * shorter window, so results are deterministic.
 */
class BestWindow {
  from = -1;
  to = -1;
  similarity = -1;

  private readonly words: Int32Array;

  constructor(
    private readonly target: WordIndex,
    private readonly quote: QuoteCounts,
  ) {
    this.words = target.words;
  }

  /** Scores words[from, to) if it is a window of the target at all, and keeps it if it is better. */
  consider(from: number, to: number): void {
    // A window reaching past either end of the target is cut there: the closest passage may be the target's first or last words.
    from = Math.max(0, from);
    to = Math.min(to, this.words.length);
    if (to <= from) return;
    // Whole tokens only: a window starting or ending inside "high-level" takes all of it.
    from = this.target.firstKey[this.target.tokenOf[from]];
    to = this.target.firstKey[this.target.tokenOf[to - 1] + 1];
    const similarity = this.quote.dice(this.words, from, to);
    const better =
      this.from < 0 ||
      similarity > this.similarity ||
      (similarity === this.similarity && (from < this.from || (from === this.from && to < this.to)));
    if (!better) return;
    this.from = from;
    this.to = to;
    this.similarity = similarity;
  }
}

/**
 * Finds every quotation in every statement and looks for it in the other statements: verbatim
 * (same words after normalisation, punctuation aside), altered (the closest passage is similar
 * enough; the diff shows what changed), or not found. With a `router`, each quotation is checked by its speaker:
 * skipped in the speaker's own statement, else first against the speaker's side (see QuoteVerdict).
 */
export function checkQuotes(
  statements: readonly AnalysedStatement[],
  quotations: readonly Quotation[][],
  vocabularySize: number,
  quoteThreshold: number,
  differ: TokenDiffer,
  bounds: DiffBounds,
  router?: QuoteRouter,
): QuoteCheck[] {
  if (quotations.every((found) => found.length === 0)) return [];
  const vocabulary = new QuotationVocabulary(vocabularySize);
  const keyed = statements.map((statement) => vocabulary.keyed(statement));
  const indexes = statements.map((statement, i) => new WordIndex(statement, keyed[i], vocabulary.size));
  const counts = new QuoteCounts(vocabulary.size);
  const aligner = new EdgeAligner();
  const checks: QuoteCheck[] = [];
  for (const index of indexes) {
    const { statement } = index;
    quotations[statement.order].forEach((quotation, q) => {
      const tokenRanges = quotation.fragments.map((range) => tokensIn(index, range));
      // Cut at marked omissions too: each piece is found verbatim, in order, with the gap allowed.
      const { pieces: fragments, edges } = quotedPieces(index, tokenRanges);
      const fragmentTexts = quotation.fragments.map((range) => statement.text.slice(range.start, range.end));
      const quoteWords = fragments.length ? concatenate(fragments) : new Int32Array(0);
      const route = router?.(statement.order, q);
      if (route?.skip) return;
      const allowed = route && !route.skip ? route.targets : null;
      const others = quoteWords.length === 0 ? [] : indexes.filter((target) => target !== index && (!allowed || allowed.includes(target.statement.order)));

      // Verbatim in any target, else the closest passage if similar enough.
      const search = (targets: WordIndex[]) => {
        const verbatimIn: string[] = [];
        let source: QuoteSource | null = null;
        // Every quoted word found in order, but an edge mark drops a meaning word: that passage with the dropped words.
        let cut: { target: WordIndex; from: number; to: number } | null = null;
        for (const target of targets) {
          const verbatim = findVerbatim(target, fragments, quoteWords, edgeCheck(target, quotations[target.statement.order], edges));
          if (!verbatim.range) {
            if (verbatim.cut && !cut) cut = { target, from: verbatim.cut[0], to: verbatim.cut[1] };
            continue;
          }
          verbatimIn.push(target.statement.id);
          if (!source) {
            const span = target.span(verbatim.range[0], verbatim.range[1]);
            const text = target.statement.text.slice(span.start, span.end);
            source = { statementId: target.statement.id, span, text, similarity: 1, parts: [{ op: "equal", text }] };
          }
        }
        let closest: (Window & { target: WordIndex }) | null = null;
        if (!source && cut) {
          // The closest passage there is, whatever its score: it holds every quoted word, in order, and the dropped ones.
          // Not edge-aligned: that would trim the dropped words off again.
          counts.load(quoteWords);
          closest = { ...cut, similarity: counts.dice(cut.target.words, cut.from, cut.to) };
        } else if (!source && quoteWords.length >= MIN_FUZZY_WORDS) {
          counts.load(quoteWords);
          for (const target of targets) {
            const match = findClosest(target, counts, quoteThreshold);
            if (match && (!closest || match.similarity > closest.similarity)) closest = { target, ...match };
          }
          if (closest && closest.similarity >= quoteThreshold) closest = { target: closest.target, ...aligner.align(closest.target, counts, closest, quoteThreshold) };
        }
        if (!source && closest && (cut || closest.similarity >= quoteThreshold)) {
          const span = closest.target.span(closest.from, closest.to);
          const text = closest.target.statement.text.slice(span.start, span.end);
          const found = tokensOfRanges(closest.target.statement.tokens, [{ ...span, ...closest.target.tokens(closest.from, closest.to) }], text);
          const quoted = tokensOfRanges(statement.tokens, tokenRanges, fragmentTexts.join(" "));
          const parts = differ.diff(found, quoted, bounds) ?? [];
          source = { statementId: closest.target.statement.id, span, text, similarity: roundSimilarity(closest.similarity), parts };
        }
        return { verbatimIn, source };
      };

      // By speaker (lib/compare/quotes/routing.ts): the speaker's side first, then the rest. A speaker with no side here
      // is checked against every statement, as an unattributed quotation: a passage found is verbatim or altered (a
      // changed number must not hide behind the speaker's absence); no_speaker_statement only when nothing is found.
      const side = route?.side;
      let found = search(side && side.length ? others.filter((target) => side.includes(target.statement.order)) : others);
      let verdict: QuoteVerdict = found.verbatimIn.length > 0 ? "verbatim" : found.source ? "altered" : "not_found";
      if (side && side.length === 0) {
        if (verdict === "not_found") verdict = "no_speaker_statement";
      } else if (side && verdict === "not_found") {
        found = search(others.filter((target) => !side.includes(target.statement.order)));
        verdict = found.source ? "other_party" : "not_found_in_speaker";
      }
      const { verbatimIn, source } = found;

      checks.push({
        id: `${statement.id}:q${q}`,
        statementId: statement.id,
        // A quotation read over a hard wrap (quotation-marks.ts) is shown on one line; its spans keep the text as written.
        text: fragmentTexts.map(joinWrappedLines).join(FRAGMENT_SEPARATOR),
        spans: quotation.fragments.map(({ start, end }) => ({ start, end })),
        verdict,
        speaker: route && !route.skip ? route.speaker : null,
        source,
        verbatimIn,
        ...(quotation.unclosed ? { unclosed: true as const } : {}),
      });
    });
  }
  return checks;
}

import type { AnalysedStatement } from "../analyse";
import type { DiffBounds } from "../diff";
import type { VersionPair } from "../types";
import { countWords } from "../../text/whitespace";
import type { VersionDiff } from "./types";
import { diffVersionsAtLeast } from "./diff-versions";
import { pairInPlace, pairSentences } from "./pair";
import { dice, wordsHash, type VersionSentence } from "./sentences";
import { versionPairOf } from "./version-pair";

/**
 * Two texts whose distinct words overlap less than this (Dice) cannot have most of their sentences
 * pair up at PAIR_MIN_DICE; the cheap check spares the sentence pairing for unrelated statements.
 */
const WORD_OVERLAP_MIN = 0.4;

/**
 * Marks lexicon word ids as seen in the current set (a sentence, a statement), by set number instead of clearing:
 * distinct ids without a Set per sentence. One Int32Array over the ids in use (4 bytes per distinct word).
 */
class SeenIds {
  private readonly setOf: Int32Array;
  private set = 0;

  constructor(statements: readonly AnalysedStatement[]) {
    let largest = -1;
    for (const { tokens } of statements) for (let t = 0; t < tokens.count; t++) if (tokens.words[t] > largest) largest = tokens.words[t];
    this.setOf = new Int32Array(largest + 1);
  }

  /** Starts a new set. */
  next(): void {
    this.set++;
  }

  /** True the first time `id` is seen in the current set. */
  first(id: number): boolean {
    if (this.setOf[id] === this.set) return false;
    this.setOf[id] = this.set;
    return true;
  }
}

/** Sorts values[from, to) ascending in place (a sentence's few distinct words: insertion sort, no comparator calls). */
function sortRange(values: Int32Array, from: number, to: number): void {
  for (let k = from + 1; k < to; k++) {
    const value = values[k];
    let m = k - 1;
    while (m >= from && values[m] > value) values[m + 1] = values[m--];
    values[m + 1] = value;
  }
}

/**
 * The engine's own sentences and lexicon word ids (already computed) as version sentences, for a cheap
 * first pairing: all distinct words count as content, so it pairs at least as readily as the full diff.
 * Words are views of the statement's token ids and contents views of one array per statement: no copies.
 */
function quickSentences(statement: AnalysedStatement, seen: SeenIds): VersionSentence[] {
  const { words } = statement.tokens;
  const contents = new Int32Array(statement.tokens.count);
  let used = 0;
  return statement.sentenceTokens.map(({ from, to }, i) => {
    const start = used;
    seen.next();
    for (let t = from; t < to; t++) if (seen.first(words[t])) contents[used++] = words[t];
    sortRange(contents, start, used);
    const ids = words.subarray(from, to);
    return { piece: statement.sentences[i], words: ids, starts: NO_OFFSETS, ends: NO_OFFSETS, content: contents.subarray(start, used), hash: wordsHash(ids) };
  });
}

const NO_OFFSETS: readonly number[] = [];

/** Share of words in sentences that pair up, from the engine's analysis (no re-segmentation). */
function quickPairedShare(a: AnalysedStatement, b: AnalysedStatement, sentencesA: VersionSentence[], sentencesB: VersionSentence[]): number {
  const total = a.tokens.count + b.tokens.count;
  if (!total) return 0;
  let paired = 0;
  // The pairs diffVersionsAtLeast counts, in place too (all but those by place alone, not looked for), so this stays an upper bound.
  for (const match of pairInPlace(sentencesA, sentencesB, pairSentences(sentencesA, sentencesB), undefined, false)) {
    for (const i of match.a) paired += sentencesA[i].words.length;
    for (const j of match.b) paired += sentencesB[j].words.length;
  }
  return paired / total;
}

/**
 * A version carries most of its source's wording and shape: at least this share of the two texts' words is carried
 * over (carriedOver). Independent readouts of one call pair most of their sentences too (every readout opens "X spoke
 * with Y" and names the same leaders, titles and countries, so short sentences share half their content words), but
 * carry little of each other's wording. Measured (carriedOver) by testers 57, 61 and 62: 0.21–0.62 on independent
 * readouts of one to six sentences by different parties (one two-sentence pair reached 0.68: two sentences cannot tell
 * a copy from a formula); 0.67–1 on republished, renumbered, respelled, recased, merged,
 * split, reordered and sentence-by-sentence reworded copies, quotations turned into reported speech included; 0.78 on
 * issue 12's six short sentences with two words swapped in each. Chosen between the two; not a published value.
 */
export const VERSION_MIN_SIMILARITY = 0.65;

/** Edit reasons that change a word's form, not the word: they count as carried over. */
const FORM_ONLY = new Set(["notation", "punctuation", "inflection"]);

/**
 * The share of the two texts' words (`totalWords`) carried over: a word not in an edit, or in a typographic edit, a
 * wording edit of form only (FORM_ONLY) or a phrase moved inside its sentence (`moved`), counts whole; a word of an edit that swaps as many words for as many in place
 * without changing a fact ("ceasefire" → "truce", "Ministers met" → "Envoys gathered") counts half, since the sentence
 * keeps its shape and the word its slot; words added, dropped, rewritten into a different number of words, or swapped
 * in place for words that state another fact count nothing. Independent readouts of one call written on one formula
 * swap the parties in place ("Госсекретарь Блинкен провел разговор с президентом Алиевым" / "Президент Алиев провел
 * разговор с госсекретарем Блинкеном": title and name facts of four words each), which counted half made them 0.72
 * carried over, a version (session 17, tester T3 #9); a version's own fact edits (a date, a number, a title) are a few
 * words of many. 1 for two empty texts.
 */
export function carriedOver(diff: VersionDiff, totalWords: number): number {
  if (!totalWords) return 1;
  let changed = 0;
  for (const edit of diff.edits) {
    // A phrase moved inside its sentence (phrase-moves.ts) carries its words over, whatever the move changes.
    if (edit.class === "typographic" || edit.moved || (edit.class === "wording" && FORM_ONLY.has(edit.reason))) continue;
    const [before, after] = [countWords(edit.before), countWords(edit.after)];
    changed += (before === after && before > 0 && edit.class !== "fact" ? 0.5 : 1) * (before + after);
  }
  return Math.max(0, 1 - changed / totalWords);
}

/** A margin under the threshold for the quick pairing, which counts stop words as content. */
const QUICK_MARGIN = 0.8;

/** Sorted distinct word ids of a statement (lexicon ids: equal under the matching fold). */
function distinctWords(statement: AnalysedStatement, seen: SeenIds): Int32Array {
  const { words, count } = statement.tokens;
  seen.next();
  let size = 0;
  for (let t = 0; t < count; t++) if (seen.first(words[t])) size++;
  const distinct = new Int32Array(size);
  seen.next();
  for (let t = 0, k = 0; t < count; t++) if (seen.first(words[t])) distinct[k++] = words[t];
  return distinct.sort();
}

/** Dice of two sorted distinct-word sets (sentences.ts dice), 0 when both are empty. */
const diceOf = (a: Int32Array, b: Int32Array): number => (a.length + b.length === 0 ? 0 : dice(a, b));

/**
 * Pairs of statements that are versions of each other (one republishing or rewriting the other), with
 * their sentence-aligned diff. Two statements are versions when the sentences that pair up
 * (lib/compare/versions/pair.ts) hold at least `threshold` of their words, however many words changed
 * inside them: no cliff at one more synonym swap (issue 12). `similarity` is the share of words left
 * unchanged (how much wording changed), and the share carried over (carriedOver: unchanged or changed in form only) must
 * be at least VERSION_MIN_SIMILARITY (independent readouts of one call pair their sentences on shared names alone); `bounds.maxEditLength` applies per sentence pair.
 * `mayBeVersions(i, j)` (statement indexes; default: any two) says which two may be versions at all: compare() passes
 * "they report an exchange in common", so two readouts of two different calls written on one template ("Secretary
 * Blinken spoke with …") are not listed as versions of each other (tester 37 #11), as their claims never pair.
 */
export function findVersions(statements: readonly AnalysedStatement[], threshold: number, bounds: DiffBounds, mayBeVersions: (i: number, j: number) => boolean = () => true): VersionPair[] {
  const counts = statements.map((statement) => statement.tokens.count);
  const seen = new SeenIds(statements);
  const words: (Int32Array | undefined)[] = [];
  const wordsOf = (s: number) => (words[s] ??= distinctWords(statements[s], seen));
  // Built once per statement, not once per pair: each statement is in n - 1 pairs.
  const sentences: (VersionSentence[] | undefined)[] = [];
  const sentencesOf = (s: number) => (sentences[s] ??= quickSentences(statements[s], seen));
  // Each statement's words counted once, for the pairs that reach the full diff (most never do).
  const wordCounts: (number | undefined)[] = [];
  const wordCountOf = (s: number) => (wordCounts[s] ??= countWords(statements[s].text));
  const versions: VersionPair[] = [];
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++) {
      const [shorter, longer] = [Math.min(counts[i], counts[j]), Math.max(counts[i], counts[j])];
      // At most 2 × shorter of the two texts' words can sit in pairs, so a paired share of `threshold` needs
      // shorter / longer ≥ threshold / (2 − threshold) (0.43 at 0.6): a copy with paragraphs added is still one (tester 62 F2).
      if (shorter === 0 || shorter * (2 - threshold) < threshold * longer || !mayBeVersions(i, j)) continue;
      if (diceOf(wordsOf(i), wordsOf(j)) < WORD_OVERLAP_MIN) continue;
      if (quickPairedShare(statements[i], statements[j], sentencesOf(i), sentencesOf(j)) < threshold * QUICK_MARGIN) continue;
      const diff = diffVersionsAtLeast(statements[i].text, statements[j].text, threshold, statements[i].language, bounds);
      if (!diff || carriedOver(diff, wordCountOf(i) + wordCountOf(j)) < VERSION_MIN_SIMILARITY) continue;
      versions.push(versionPairOf(statements[i].id, statements[j].id, diff));
    }
  }
  return versions;
}

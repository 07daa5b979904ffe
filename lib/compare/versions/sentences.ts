import { SpellingTable } from "../spelling-table";
import { splitSentences, type TextRange } from "../segment";
import { stopWordsFor } from "../stopwords";
import { tokenize } from "../tokens";
import { foldForMatching, foldWord as wordKey } from "../../text/fold";

/** One sentence of a version: its piece of the text and its words keyed by the matching fold. */
export interface VersionSentence {
  /** The sentence with the whitespace after it (and, for the first, any text before it): pieces join back into the text. */
  piece: TextRange;
  /** Word ids (shared by both versions of a diff), in order, and where each word is in the text (UTF-16). */
  words: ArrayLike<number>;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  /** Distinct ids of the words that are not stop words (all words when every word is one), ascending. */
  content: ArrayLike<number>;
  /** wordsHash(words), or for a line without words the hash of `symbols`: equal sentences give equal hashes; compare to be sure. */
  hash: number;
  /**
   * A sentence without words ("***", "—", "* * *" between sections): its marks under the matching fold, trimmed, so
   * that it pairs with the same line in the other version (tester 36: identical texts showed it removed and added).
   * Absent when the sentence has words.
   */
  symbols?: string;
}

/** Whether two sentences are the same up to typography: the same word ids, or the same marks for lines without words. */
export function sameSentence(a: VersionSentence, b: VersionSentence): boolean {
  return a.symbols === b.symbols && sameWords(a.words, b.words);
}

/** FNV-1a over a string's UTF-16 units. */
function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A hash of a word-id sequence (FNV-1a over the ids): equal sequences hash equal. */
export function wordsHash(words: ArrayLike<number>): number {
  let hash = 0x811c9dc5 ^ words.length;
  for (let k = 0; k < words.length; k++) hash = Math.imul(hash ^ words[k], 0x01000193);
  return hash >>> 0;
}

/** Whether two word-id sequences are the same. */
export function sameWords(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** A growable Int32Array (no spread, no per-element boxing). */
class IntList {
  values = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/**
 * The word ids of one version diff: a word's id is shared by every word equal to it under the matching
 * fold (lib/text/fold foldWord), in both versions, numbered in order of first appearance. Words are looked
 * up as written (spelling-table.ts: most words repeat, and slicing and folding each occurrence was the
 * costly part of cutting 2 × 50k words).
 */
export class VersionVocabulary {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly stop: number[] = [];
  private readonly stopWords: ReadonlySet<string>;
  // Each distinct form as written (spelling-table.ts) and its id.
  private readonly spellings = new SpellingTable();
  private readonly spellingIds = new IntList();
  // Per-sentence distinct-id scratch: stamp[id] = the sentence count when last seen.
  private stamp = new Int32Array(1024);
  private sentenceCount = 0;

  constructor(readonly language: string) {
    this.stopWords = stopWordsFor(language);
  }

  get size(): number {
    return this.ids.size;
  }

  isStop(id: number): boolean {
    return this.stop[id] === 1;
  }

  /** The folded word (lib/text/fold foldWord) that `id` stands for. */
  keyOf(id: number): string {
    return this.keys[id];
  }

  /** The id of text[start, end), a word as written. */
  idOf(text: string, start: number, end: number): number {
    const entry = this.spellings.intern(text, start, end);
    if (entry === this.spellingIds.length) this.spellingIds.push(this.foldedId(text.slice(start, end)));
    return this.spellingIds.values[entry];
  }

  /** Distinct ids of `words`, ascending, without stop words unless every word is one. */
  contentOf(words: ArrayLike<number>): Int32Array {
    if (this.stamp.length < this.ids.size) {
      const grown = new Int32Array(Math.max(this.ids.size, this.stamp.length * 2));
      grown.set(this.stamp);
      this.stamp = grown;
    }
    const mark = ++this.sentenceCount;
    const distinct: number[] = [];
    let content = 0;
    for (let k = 0; k < words.length; k++) {
      const id = words[k];
      if (this.stamp[id] === mark) continue;
      this.stamp[id] = mark;
      distinct.push(id);
      if (this.stop[id] !== 1) content++;
    }
    const result = new Int32Array(content || distinct.length);
    let n = 0;
    for (const id of distinct) if (!content || this.stop[id] !== 1) result[n++] = id;
    return result.sort();
  }

  private foldedId(written: string): number {
    const key = wordKey(written);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
      this.keys.push(key);
      this.stop[id] = this.stopWords.has(key) ? 1 : 0;
    }
    return id;
  }
}

/**
 * The sentences of `text` (the engine's segmentation, lib/compare/segment.ts), each with its words
 * keyed by the matching fold; `vocabulary` is shared with the other version so equal words get equal ids.
 * `ranges`: the sentences to use (default splitSentences; diffVersions passes them through agreeOnContentCuts).
 * A text with no sentence break is one sentence; an empty text has none.
 */
export function versionSentences(text: string, vocabulary: VersionVocabulary, ranges: readonly TextRange[] = splitSentences(text, vocabulary.language)): VersionSentence[] {
  const { language } = vocabulary;
  const pieces: TextRange[] =
    ranges.length === 0 ? (text ? [{ start: 0, end: text.length }] : []) : ranges.map((range, i) => ({ start: i === 0 ? 0 : range.start, end: ranges[i + 1]?.start ?? text.length }));
  if (!pieces.length) return [];
  // The whole text is tokenized once. A token never crosses a piece boundary in practice (pieces end in
  // the space after a sentence); if one does, tokens are cut per piece as before (a token must not span two).
  const starts = new IntList();
  const ends = new IntList();
  tokenize(text, 0, text.length, language, (start, end) => {
    starts.push(start);
    ends.push(end);
  });
  let crossing = false;
  for (let p = 1, k = 0; p < pieces.length && !crossing; p++) {
    const boundary = pieces[p].start;
    while (k < ends.length && ends.values[k] <= boundary) k++;
    crossing = k < starts.length && starts.values[k] < boundary;
  }
  if (crossing) {
    starts.length = ends.length = 0;
    for (const piece of pieces) {
      tokenize(text, piece.start, piece.end, language, (start, end) => {
        starts.push(start);
        ends.push(end);
      });
    }
  }
  const count = starts.length;
  const ids = new Int32Array(count);
  for (let k = 0; k < count; k++) ids[k] = vocabulary.idOf(text, starts.values[k], ends.values[k]);
  const allStarts = starts.values.subarray(0, count);
  const allEnds = ends.values.subarray(0, count);
  const sentences: VersionSentence[] = [];
  let k = 0;
  for (const piece of pieces) {
    const from = k;
    while (k < count && allStarts[k] < piece.end) k++;
    const words = ids.subarray(from, k);
    const sentence: VersionSentence = { piece, words, starts: allStarts.subarray(from, k), ends: allEnds.subarray(from, k), content: vocabulary.contentOf(words), hash: wordsHash(words) };
    if (words.length === 0) {
      // A line whose marks all fold away (a zero-width space, a soft hyphen) keeps its text as written.
      const written = text.slice(piece.start, piece.end);
      const symbols = foldForMatching(written).trim() || written.replace(/[\s\u200b]+/gu, " ").trim() || written;
      if (symbols) [sentence.symbols, sentence.hash] = [symbols, stringHash(symbols)];
    }
    sentences.push(sentence);
  }
  return sentences;
}

/** Dice coefficient of two sorted id sets: 2·shared / (|a| + |b|). */
export function dice(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length + b.length === 0) return 1;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/** Sorted union of sorted id sets. */
export function union(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const result: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    if (result.length === 0 || result[result.length - 1] !== next) result.push(next);
    if (i < a.length && a[i] === next) i++;
    if (j < b.length && b[j] === next) j++;
  }
  return result;
}

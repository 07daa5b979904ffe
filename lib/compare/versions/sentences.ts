import { splitSentences, type TextRange } from "../segment";
import { stopWordsFor } from "../stopwords";
import { tokenize } from "../tokens";
import { foldWord as wordKey } from "../../text/fold";

/** One sentence of a version: its piece of the text and its words keyed by the matching fold. */
export interface VersionSentence {
  /** The sentence with the whitespace after it (and, for the first, any text before it): pieces join back into the text. */
  piece: TextRange;
  /** Word ids (shared by both versions of a diff), in order, and where each word is in the text (UTF-16). */
  words: number[];
  starts: number[];
  ends: number[];
  /** Distinct ids of the words that are not stop words (all words when every word is one), sorted. */
  content: number[];
  /** The folded words joined: equal keys mean sentences equal up to typography. */
  key: string;
}

/**
 * The sentences of `text` (the engine's segmentation, lib/compare/segment.ts), each with its words
 * keyed by the matching fold; `ids` is shared with the other version so equal words get equal ids.
 * A text with no sentence break is one sentence; an empty text has none.
 */
export function versionSentences(text: string, language: string, ids: Map<string, number>, stopIds: Set<number>): VersionSentence[] {
  const ranges = splitSentences(text, language);
  if (ranges.length === 0) return text ? [sentence(text, { start: 0, end: text.length }, language, ids, stopIds)] : [];
  return ranges.map((range, i) =>
    sentence(text, { start: i === 0 ? 0 : range.start, end: ranges[i + 1]?.start ?? text.length }, language, ids, stopIds),
  );
}

/** Word ids by the word as written, per shared id map: most words repeat, and the fold is the costly part. */
const writtenIds = new WeakMap<Map<string, number>, Map<string, number>>();

function sentence(text: string, piece: TextRange, language: string, ids: Map<string, number>, stopIds: Set<number>): VersionSentence {
  const words: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const stopWords = stopWordsFor(language);
  tokenize(text, piece.start, piece.end, language, (start, end) => {
    starts.push(start);
    ends.push(end);
    const written = text.slice(start, end);
    let byWritten = writtenIds.get(ids);
    if (!byWritten) writtenIds.set(ids, (byWritten = new Map()));
    const known = byWritten.get(written);
    if (known !== undefined) {
      words.push(known);
      return;
    }
    const key = wordKey(written);
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
      if (stopWords.has(key)) stopIds.add(id);
    }
    byWritten.set(written, id);
    words.push(id);
  });
  const distinct = [...new Set(words)];
  const content = distinct.filter((id) => !stopIds.has(id));
  return { piece, words, starts, ends, content: (content.length ? content : distinct).sort((x, y) => x - y), key: words.join(",") };
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
export function union(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

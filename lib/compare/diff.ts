import { foldWord } from "../text/fold";
import { TokenDiffer, type TokenizedText } from "./token-diff";
import { tokenize } from "./tokens";
import type { DiffPart } from "./types";

export interface DiffBounds {
  /** Give up past this many token insertions plus deletions (jsdiff maxEditLength). */
  maxEditLength: number;
  /** Give up after this many milliseconds (jsdiff timeout). */
  timeoutMs: number;
  /** BCP 47 tag for word boundaries in scripts written without spaces (Intl.Segmenter). */
  language?: string;
}

/** The words of a text keyed by their matching fold (foldWord, as the engine's lexicon keys them), with ids from `ids` (shared by both texts of a diff). */
function wordsOf(text: string, language: string, ids: Map<string, number>): TokenizedText {
  const starts: number[] = [];
  const ends: number[] = [];
  const words: number[] = [];
  tokenize(text, 0, text.length, language, (start, end) => {
    const key = foldWord(text.slice(start, end));
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    starts.push(start);
    ends.push(end);
    words.push(id);
  });
  return { text, offset: 0, starts, ends, words };
}

/**
 * Word diff from `before` to `after`, bounded so that no pair of texts can hang the caller: the same
 * word tokens as the engine (lib/compare/tokens), compared by their matching fold (lib/text/fold), so
 * that a change of typography alone is no change. Only words anchor the diff, never punctuation: an
 * unchanged word between changed punctuation stays unchanged. Parts are cut between grapheme clusters
 * and carry the original text: equal and delete parts join back into `before`, equal and insert parts
 * give `after` up to the fold. Returns null when a bound trips: the texts are too different to diff
 * usefully. Adjacent parts with the same op are merged and empty parts dropped.
 */
export function diffWordsBounded(before: string, after: string, bounds: DiffBounds): DiffPart[] | null {
  if (before === after) return before ? [{ op: "equal", text: before }] : [];
  const language = bounds.language ?? "und";
  const ids = new Map<string, number>();
  const from = wordsOf(before, language, ids);
  const to = wordsOf(after, language, ids);
  return new TokenDiffer(ids.size).diff(from, to, bounds);
}

/** Appends a part, merged into the last one when the op is the same; empty text adds nothing. */
export function pushPart(parts: DiffPart[], op: DiffPart["op"], text: string): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last?.op === op) last.text += text;
  else parts.push({ op, text });
}

import { stopWordsFor } from "../stopwords";
import { voiceMayTurn } from "./english-voice";
import type { PairWords } from "./pair-diff";
import { MIN_STEM } from "./pair-reading";
import type { VersionVocabulary } from "./sentences";
import type { VersionEdit } from "./types";
import { holdsCapital, inWord, lowerUnit, wordEnd } from "./word-scan";

/**
 * The cheap cues that a sentence pair's edits may hold a role swap (role-swaps.ts), asked of every pair before anything
 * is read: most pairs hold none, and the pass reads no further.
 */

/**
 * Whether some word of `removed` and some word of `added` share their first MIN_STEM letters, case aside (shorter words:
 * are equal), and neither is a stop word: compared unit by unit, a word made a string only where the letters agree.
 */
function shareWordStart(removed: string, added: string, stop: ReadonlySet<string>): boolean {
  for (let x = 0; x < removed.length; ) {
    if (!inWord(removed, x)) {
      x++;
      continue;
    }
    const xEnd = wordEnd(removed, x);
    for (let y = 0; y < added.length; ) {
      if (!inWord(added, y)) {
        y++;
        continue;
      }
      const yEnd = wordEnd(added, y);
      const length = Math.min(MIN_STEM, xEnd - x, yEnd - y);
      let same = (xEnd - x >= MIN_STEM && yEnd - y >= MIN_STEM) || xEnd - x === yEnd - y;
      for (let k = 0; same && k < length; k++) same = lowerUnit(removed, x + k) === lowerUnit(added, y + k);
      if (same && !stop.has(removed.slice(x, xEnd).toLowerCase()) && !stop.has(added.slice(y, yEnd).toLowerCase())) return true;
      y = yEnd;
    }
    x = xEnd;
  }
  return false;
}

/**
 * Whether a pair's edits may hold a swap, asked before anything is read (most pairs hold none). In English, "by" and a
 * form of "be" inserted or dropped (voiceMayTurn: a passive made or unmade may turn the roles round). Else two edits or more with a capital
 * (swapped names, titles, places), or a content word dropped and one of the same first MIN_STEM letters added (the same
 * words reordered, a case ending moved: "министр" / "министра"); and, outside the languages with case endings, a
 * content word the edits touch on one side that the other side holds too (a party that moved: movedWord). Throws nothing.
 */
export function mayHoldSwap(edits: readonly VersionEdit[], a: string, wordsA: PairWords, b: string, wordsB: PairWords, vocabulary: VersionVocabulary, english: boolean, caseEndings: boolean): boolean {
  let capitalised = 0;
  let removing = false;
  let adding = false;
  for (const edit of edits) {
    if (holdsCapital(edit.before) || holdsCapital(edit.after)) capitalised++;
    if (edit.before) removing = true;
    if (edit.after) adding = true;
  }
  if (english && voiceMayTurn(edits)) return true;
  if (capitalised < 2) {
    if (!removing || !adding) return false;
    const stop = stopWordsFor(vocabulary.language);
    let shared = false;
    for (let x = 0; x < edits.length && !shared; x++) for (let y = 0; y < edits.length && !shared; y++) shared = shareWordStart(edits[x].before, edits[y].after, stop);
    if (!shared) return false;
  }
  return caseEndings || movedWord(edits, a, wordsA, wordsB, vocabulary, "a") || movedWord(edits, b, wordsB, wordsA, vocabulary, "b");
}

/** Whether text[end - 2, end) is a possessive "'s" (or "’s"). */
function possessiveAt(text: string, end: number): boolean {
  const mark = text.charCodeAt(end - 2);
  return (mark === 39 || mark === 0x2019) && (text[end - 1] === "s" || text[end - 1] === "S");
}

/**
 * Whether a content word that the edits touch on side `side` (`text`, `words`) is also written on the other side
 * (`otherWords`, ids of `vocabulary`): the same word id, or the same word with or without a possessive ("Armenia" /
 * "Armenia's", read from the vocabulary's folded words). A party that takes another's place is such a word; a word
 * replaced by an unrelated one is not. A scan of a few words a side, no set.
 */
function movedWord(edits: readonly VersionEdit[], text: string, words: PairWords, otherWords: PairWords, vocabulary: VersionVocabulary, side: "a" | "b"): boolean {
  let t = 0;
  for (const edit of edits) {
    const range = edit[side];
    while (t < words.starts.length && words.ends[t] <= range.start) t++;
    for (let k = t; k < words.starts.length && words.starts[k] < range.end; k++) {
      const id = words.ids[k];
      if (vocabulary.isStop(id)) continue;
      for (let j = 0; j < otherWords.ids.length; j++) if (otherWords.ids[j] === id) return true;
      const possessive = possessiveAt(text, words.ends[k]);
      const key = vocabulary.keyOf(id);
      for (let j = 0; j < otherWords.ids.length; j++) {
        const other = vocabulary.keyOf(otherWords.ids[j]);
        if (possessive ? other.length === key.length - 2 && key.startsWith(other) : other.length === key.length + 2 && other.startsWith(key) && other.endsWith("'s")) return true;
      }
    }
  }
  return false;
}

import { forEachMatch } from "../word-matches";
import { splitsGrapheme } from "../../text/graphemes";
import { sameWhenFolded } from "../../text/fold";
import type { DiffBounds } from "../diff";
import type { TextRange } from "../segment";
import type { PhraseMovePlan } from "./phrase-moves";

/**
 * A stretch of a pair's diff: unchanged, or one edit (what a had, what b has). `moved` marks the two stretches of a
 * phrase moved inside the pair (phrase-moves.ts): where it stood (only `before`) and where it stands (only `after`).
 */
export type PairStretch = { op: "equal"; text: string } | { op: "edit"; before: string; after: string; a: TextRange; b: TextRange; moved?: true };
type EditStretch = Extract<PairStretch, { op: "edit" }>;

/** Shared characters are trimmed off an edit only outside words: an edit is whole words or separators. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** splitsGrapheme (lib/text/graphemes), with a fast answer between two ASCII characters other than CR LF. */
function splits(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  if (before < 0x80 && after < 0x80) return before === 13 && after === 10;
  return splitsGrapheme(text, index);
}

/** Whether textA[aStart, aEnd) and textB[bStart, bEnd) are the same characters (no slicing). */
function sameText(textA: string, aStart: number, aEnd: number, textB: string, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let k = 0; k < aEnd - aStart; k++) if (textA.charCodeAt(aStart + k) !== textB.charCodeAt(bStart + k)) return false;
  return true;
}

function trailingSpace(text: string, from: number, end: number): number {
  while (end > from && /\s/u.test(text[end - 1])) end--;
  return end;
}

/**
 * The stretches of one pair's diff as they are written, in order. A class, not closures inside diffPair: under tsx
 * (the benchmark's loader) every closure made per pair is also given its name by Object.defineProperty.
 */
class StretchWriter {
  readonly stretches: PairStretch[] = [];
  // Unchanged text is gathered as one range of textA (consecutive unchanged pieces are adjacent there) and sliced once.
  private equalStart = 0;
  private equalEnd = 0;

  constructor(
    private readonly textA: string,
    private readonly textB: string,
  ) {}

  flushEqual(): void {
    if (this.equalStart === this.equalEnd) return;
    const text = this.textA.slice(this.equalStart, this.equalEnd);
    const last = this.stretches[this.stretches.length - 1];
    if (last?.op === "equal") last.text += text;
    else this.stretches.push({ op: "equal", text });
    this.equalStart = this.equalEnd = 0;
  }

  equal(start: number, end: number): void {
    if (start === end) return;
    if (this.equalStart !== this.equalEnd && this.equalEnd !== start) this.flushEqual();
    if (this.equalStart === this.equalEnd) this.equalStart = start;
    this.equalEnd = end;
  }

  edit(aStart: number, aEnd: number, bStart: number, bEnd: number, merge = true): void {
    const { textA, textB, stretches } = this;
    if (sameText(textA, aStart, aEnd, textB, bStart, bEnd)) return this.equal(aStart, aEnd);
    // Shared characters at both ends are unchanged text.
    let head = 0;
    while (aStart + head < aEnd && bStart + head < bEnd && textA[aStart + head] === textB[bStart + head] && !WORD_CHAR.test(textA[aStart + head])) head++;
    while (head > 0 && (splits(textA, aStart + head) || splits(textB, bStart + head))) head--;
    let tail = 0;
    while (aEnd - tail > aStart + head && bEnd - tail > bStart + head && textA[aEnd - 1 - tail] === textB[bEnd - 1 - tail] && !WORD_CHAR.test(textA[aEnd - 1 - tail])) tail++;
    while (tail > 0 && (splits(textA, aEnd - tail) || splits(textB, bEnd - tail))) tail--;
    // Trimming must not cut a typographic unit: "--" against "-" is one dash to the fold, "-" against "" is not.
    if ((head || tail) && sameWhenFolded(textA.slice(aStart, aEnd), textB.slice(bStart, bEnd)) && !sameWhenFolded(textA.slice(aStart + head, aEnd - tail), textB.slice(bStart + head, bEnd - tail))) head = tail = 0;
    this.equal(aStart, aStart + head);
    this.flushEqual();
    const a = { start: aStart + head, end: aEnd - tail };
    const b = { start: bStart + head, end: bEnd - tail };
    const last = stretches[stretches.length - 1];
    if (merge && last?.op === "edit" && !last.moved && last.a.end === a.start && last.b.end === b.start) {
      last.before += textA.slice(a.start, a.end);
      last.after += textB.slice(b.start, b.end);
      last.a.end = a.end;
      last.b.end = b.end;
    } else stretches.push({ op: "edit", before: textA.slice(a.start, a.end), after: textB.slice(b.start, b.end), a, b });
    this.equal(aEnd - tail, aEnd);
  }

  /**
   * The gap that holds a moved phrase's words (`block`, UTF-16 offsets on `side`): one stretch of its own, marked
   * moved, never merged with the edits beside it, with the spaces and punctuation around the phrase that the other
   * side lacks ("On Monday, " at a sentence's start, " on Monday" before its full stop). A change of the separators
   * the other side has there (". " → "! ") stays an edit of its own, after the phrase or before it.
   */
  moved(aStart: number, aEnd: number, bStart: number, bEnd: number, side: "a" | "b", block: TextRange): void {
    const count = this.stretches.length;
    this.edit(aStart, aEnd, bStart, bEnd, false);
    const stretch = this.stretches[this.stretches.length - 1];
    // The gap holds words on one side only, so it is an edit (the equal text edit() keeps is not pushed yet).
    if (this.stretches.length === count || stretch.op !== "edit") return;
    const [own, other] = side === "a" ? [stretch.a, stretch.b] : [stretch.b, stretch.a];
    if (other.start === other.end) {
      stretch.moved = true;
      return;
    }
    // Split: the phrase with the spaces before it (or, at the stretch's start, after it) is the move.
    const text = side === "a" ? this.textA : this.textB;
    let start = block.start;
    let end = block.end;
    while (start > own.start && /\s/u.test(text[start - 1])) start--;
    if (start === block.start) while (end < own.end && /\s/u.test(text[end])) end++;
    const pieces: EditStretch[] = [];
    const piece = (ownFrom: number, ownTo: number, otherFrom: number, otherTo: number, moved: boolean) => {
      if (ownFrom === ownTo && otherFrom === otherTo) return;
      const [a, b] = side === "a" ? [{ start: ownFrom, end: ownTo }, { start: otherFrom, end: otherTo }] : [{ start: otherFrom, end: otherTo }, { start: ownFrom, end: ownTo }];
      pieces.push({ op: "edit", before: this.textA.slice(a.start, a.end), after: this.textB.slice(b.start, b.end), a, b, ...(moved ? { moved: true as const } : {}) });
    };
    // The other side's separators go with what is left after the phrase, or before it when nothing is.
    const afterTakes = end < own.end;
    piece(own.start, start, other.start, afterTakes ? other.start : other.end, false);
    const at = afterTakes ? other.start : other.end;
    piece(start, end, at, at, true);
    piece(end, own.end, afterTakes ? other.start : other.end, other.end, false);
    this.stretches.pop();
    for (const p of pieces) this.stretches.push(p);
  }
}

/**
 * The gap between matched words a[lastI] and a[i], b[lastJ] and b[j] (text a[posA, endA) against b[posB, endB)): the
 * moved phrase's own stretch when it holds the phrase's words on one side, else an ordinary edit.
 */
function writeGap(out: StretchWriter, move: PhraseMovePlan, from: PairWords, to: PairWords, posA: number, endA: number, posB: number, endB: number, lastI: number, lastJ: number, i: number, j: number): void {
  const [startA, endMovedA] = move.movedA;
  const [startB, endMovedB] = move.movedB;
  if (startA > lastI && endMovedA <= i) out.moved(posA, endA, posB, endB, "a", { start: from.starts[startA], end: from.ends[endMovedA - 1] });
  else if (startB > lastJ && endMovedB <= j) out.moved(posA, endA, posB, endB, "b", { start: to.starts[startB], end: to.ends[endMovedB - 1] });
  else out.edit(posA, endA, posB, endB);
}

/** The words of a pair's piece: ids equal when equal under wordKey, and where each is (UTF-16, in the full text). */
export interface PairWords {
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  ids: ArrayLike<number>;
}

/**
 * Word diff of one sentence pair: piece `rangeA` of `textA` (its words `from`) against piece `rangeB` of
 * `textB` (words `to`). Words (the engine's tokens, lib/compare/tokens) are matched by their matching fold with jsdiff's diffArrays,
 * bounded per pair by `bounds` (maxEditLength counts words inserted plus deleted; when it trips the pair
 * is one edit, the whole a piece for the whole b piece — only that pair, never the whole text).
 * Matched words written differently (Azerbaijan’s / Azerbaijan's) and changed separators between
 * matched words are edits too, so that equal stretches are the same characters in both versions: the
 * stretches give back both pieces exactly. An edit's text is trimmed of the spaces and punctuation both sides share
 * at its ends (never a letter, so an edit is whole words; never inside a grapheme cluster). Offsets are UTF-16 offsets into the full texts.
 * `move` (phrase-moves.ts planOf): a phrase moved inside the pair; its words are matched as the plan says, not by
 * the word diff, and its two places are stretches of their own marked `moved` (StretchWriter.moved).
 */
export function diffPair(textA: string, rangeA: TextRange, from: PairWords, textB: string, rangeB: TextRange, to: PairWords, bounds: DiffBounds, move?: PhraseMovePlan): PairStretch[] {
  if (sameText(textA, rangeA.start, rangeA.end, textB, rangeB.start, rangeB.end)) {
    return [{ op: "equal", text: textA.slice(rangeA.start, rangeA.end) }];
  }
  const out = new StretchWriter(textA, textB);
  // Walk matched words; what lies between two matched words (separators, deleted and inserted words) is one gap.
  let posA = rangeA.start;
  let posB = rangeB.start;
  // With a moved phrase: the words before the gap (-1: none) tell whether the gap holds the phrase on either side.
  let lastI = -1;
  let lastJ = -1;
  const visit = (i: number, j: number) => {
    if (move) writeGap(out, move, from, to, posA, from.starts[i], posB, to.starts[j], lastI, lastJ, i, j);
    else out.edit(posA, from.starts[i], posB, to.starts[j]);
    out.edit(from.starts[i], from.ends[i], to.starts[j], to.ends[j]);
    posA = from.ends[i];
    posB = to.ends[j];
    lastI = i;
    lastJ = j;
  };
  let found = true;
  // A moved phrase's plan names the words that kept their place (phrase-moves.ts); else the word diff finds them.
  if (move) for (let k = 0; k < move.matches.length; k += 2) visit(move.matches[k], move.matches[k + 1]);
  else found = forEachMatch(from.ids, to.ids, bounds.maxEditLength, bounds.timeoutMs, visit);
  if (!found) {
    // Over the bound: the whole pair is one edit (only this pair).
    out.edit(rangeA.start, rangeA.end, rangeB.start, rangeB.end);
    out.flushEqual();
    return out.stretches;
  }
  // The whitespace after the last sentence changes when a sentence moves to or from the end: its own edit.
  const spaceA = trailingSpace(textA, posA, rangeA.end);
  const spaceB = trailingSpace(textB, posB, rangeB.end);
  if (move) writeGap(out, move, from, to, posA, spaceA, posB, spaceB, lastI, lastJ, from.ids.length, to.ids.length);
  else out.edit(posA, spaceA, posB, spaceB);
  out.edit(spaceA, rangeA.end, spaceB, rangeB.end, false);
  out.flushEqual();
  return out.stretches;
}

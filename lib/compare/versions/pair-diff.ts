import { forEachMatch } from "../word-matches";
import { splitsGrapheme } from "../../text/graphemes";
import { sameWhenFolded } from "../../text/fold";
import type { DiffBounds } from "../diff";
import type { TextRange } from "../segment";

/** A stretch of a pair's diff: unchanged, or one edit (what a had, what b has). */
export type PairStretch = { op: "equal"; text: string } | { op: "edit"; before: string; after: string; a: TextRange; b: TextRange };

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
    if (merge && last?.op === "edit" && last.a.end === a.start && last.b.end === b.start) {
      last.before += textA.slice(a.start, a.end);
      last.after += textB.slice(b.start, b.end);
      last.a.end = a.end;
      last.b.end = b.end;
    } else stretches.push({ op: "edit", before: textA.slice(a.start, a.end), after: textB.slice(b.start, b.end), a, b });
    this.equal(aEnd - tail, aEnd);
  }
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
 */
export function diffPair(textA: string, rangeA: TextRange, from: PairWords, textB: string, rangeB: TextRange, to: PairWords, bounds: DiffBounds): PairStretch[] {
  if (sameText(textA, rangeA.start, rangeA.end, textB, rangeB.start, rangeB.end)) {
    return [{ op: "equal", text: textA.slice(rangeA.start, rangeA.end) }];
  }
  const out = new StretchWriter(textA, textB);
  // Walk matched words; what lies between two matched words (separators, deleted and inserted words) is one gap.
  let posA = rangeA.start;
  let posB = rangeB.start;
  const found = forEachMatch(from.ids, to.ids, bounds.maxEditLength, bounds.timeoutMs, (i, j) => {
    out.edit(posA, from.starts[i], posB, to.starts[j]);
    out.edit(from.starts[i], from.ends[i], to.starts[j], to.ends[j]);
    posA = from.ends[i];
    posB = to.ends[j];
  });
  if (!found) {
    // Over the bound: the whole pair is one edit (only this pair).
    out.edit(rangeA.start, rangeA.end, rangeB.start, rangeB.end);
    out.flushEqual();
    return out.stretches;
  }
  // The whitespace after the last sentence changes when a sentence moves to or from the end: its own edit.
  const spaceA = trailingSpace(textA, posA, rangeA.end);
  const spaceB = trailingSpace(textB, posB, rangeB.end);
  out.edit(posA, spaceA, posB, spaceB);
  out.edit(spaceA, rangeA.end, spaceB, rangeB.end, false);
  out.flushEqual();
  return out.stretches;
}

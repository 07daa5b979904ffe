import { diffWords } from "diff";
import { codePointBoundary, segmenterFor } from "./segment";
import type { DiffPart } from "./types";

export interface DiffBounds {
  /** Give up past this many token insertions plus deletions (jsdiff maxEditLength). */
  maxEditLength: number;
  /** Give up after this many milliseconds (jsdiff timeout). */
  timeoutMs: number;
  /** BCP 47 tag for word boundaries in scripts jsdiff's own tokenizer does not know. */
  language?: string;
}

// jsdiff's built-in tokenizer knows Latin letters only; in Armenian or Cyrillic it would diff letter
// by letter, so texts with other letters are split into words by Intl.Segmenter instead.
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;
const WORD_WINDOW = 512;

interface SegmentPiece {
  segment: string;
  index: number;
}

/**
 * What jsdiff needs of an Intl.Segmenter, feeding the real one short windows cut at whitespace:
 * Intl.Segmenter slows down badly on long strings, and jsdiff segments whole change values.
 */
function windowedWordSegmenter(language: string) {
  const segmenter = segmenterFor(language, "word");
  return {
    resolvedOptions: () => segmenter.resolvedOptions(),
    segment(text: string): SegmentPiece[] {
      const pieces: SegmentPiece[] = [];
      for (let start = 0; start < text.length; ) {
        let end = Math.min(text.length, start + WORD_WINDOW);
        if (end < text.length) {
          const space = text.lastIndexOf(" ", end);
          if (space > start + WORD_WINDOW / 2) end = space + 1;
          else end = codePointBoundary(text, end);
        }
        for (const piece of segmenter.segment(text.slice(start, end))) {
          pieces.push({ segment: piece.segment, index: start + piece.index });
        }
        start = end;
      }
      return pieces;
    },
  };
}

/**
 * Word diff from `before` to `after` with jsdiff, bounded so that no pair of texts can hang the
 * caller. Returns null when a bound trips: the texts are too different to diff usefully.
 * Adjacent parts with the same op are merged and empty parts dropped.
 */
export function diffWordsBounded(before: string, after: string, bounds: DiffBounds): DiffPart[] | null {
  if (before === after) return before ? [{ op: "equal", text: before }] : [];
  const needsSegmenter = NON_LATIN_LETTER.test(before) || NON_LATIN_LETTER.test(after);
  const changes = diffWords(before, after, {
    maxEditLength: bounds.maxEditLength,
    timeout: bounds.timeoutMs,
    intlSegmenter: needsSegmenter ? windowedWordSegmenter(bounds.language ?? "und") : undefined,
  });
  if (!changes) return null;
  const parts: DiffPart[] = [];
  for (const change of changes) pushPart(parts, change.added ? "insert" : change.removed ? "delete" : "equal", change.value);
  return keepPhrasesWhole(parts);
}

/** Appends a part, merged into the last one when the op is the same; empty text adds nothing. */
export function pushPart(parts: DiffPart[], op: DiffPart["op"], text: string): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last?.op === op) last.text += text;
  else parts.push({ op, text });
}

// Whitespace is excluded because jsdiff takes an equality's whitespace from the new text only.
const WORDLESS = /^[^\p{L}\p{N}\s]{1,3}$/u;

/**
 * jsdiff may keep a lone punctuation mark of a deleted phrase as "equal" ("by U" | "." | "S. officials."
 * for a dropped "by U.S. officials."). Where the same mark also ends (or starts) the neighbouring
 * change, sliding the equality there describes the same edit as one unbroken phrase.
 */
function keepPhrasesWhole(parts: DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const [before, equal, after] = [result[result.length - 1], parts[i], parts[i + 1]];
    const sandwiched = before && after && equal.op === "equal" && before.op !== "equal" && before.op === after.op && WORDLESS.test(equal.text);
    if (sandwiched && after.text.endsWith(equal.text)) {
      before.text += equal.text + after.text.slice(0, -equal.text.length);
      pushPart(result, "equal", equal.text);
      i++;
    } else if (sandwiched && before.text.startsWith(equal.text)) {
      result.pop();
      pushPart(result, "equal", equal.text);
      pushPart(result, before.op, before.text.slice(equal.text.length) + equal.text + after.text);
      i++;
    } else {
      pushPart(result, parts[i].op, parts[i].text);
    }
  }
  return result;
}

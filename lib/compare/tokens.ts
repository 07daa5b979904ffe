import { isIgnorableInWord } from "../text/ignorable";
import { GROUP_SPACES } from "../text/numbers";
import { codePointBoundary, segmenterFor } from "./segment";

/**
 * Word tokens with offsets into the original text. A hand-written scanner handles scripts that put
 * spaces between words (several times faster than a regular expression or Intl.Segmenter, and this
 * runs on every character of every statement); runs of scripts written without spaces (Chinese,
 * Japanese, Thai, Lao, Khmer, Myanmar) go to Intl.Segmenter.
 *
 * A token is a number — digits, joined by . , : / or a hyphen to more digits ("100,000", "19-20",
 * "3.5", "27/11"), or by a space or apostrophe to a group of exactly three digits ("1 250 000",
 * "1'000": see lib/text/numbers.ts), optionally with a letter suffix ("19th") — or a word: letters, marks and digits,
 * joined by apostrophes or hyphens ("O’Brien’s", "Nagorno-Karabakh") or by a dot followed by a
 * letter, as in acronyms ("U.S").
 */

const LETTER = 1;
const DIGIT = 2;
const UNSPACED = 4;
// Combining marks belong to the character before them: they extend a token, never start one.
const MARK = 16;
// Characters the matching fold ignores inside a word (lib/text/ignorable.ts: soft hyphen, zero-width space, word
// joiner, bidi marks, combining grapheme joiner, variation selectors, Armenian ՛ ՜ ՞…): a word written with one is still
// one token. They are neither letters nor marks here, even those Unicode classes as such (U+034F, U+3164).
const IGNORABLE = 32;
// Joiners by UTF-16 unit (all are in the BMP): a table read at each token end instead of a one-character string and a
// Set lookup. 1: joins a number; 2: joins a word.
const JOINER = new Uint8Array(0x10000);
for (const joiner of ".,:/-–‐‑") JOINER[joiner.charCodeAt(0)] |= 1;
for (const joiner of "'’ʼ‘-‐‑–") JOINER[joiner.charCodeAt(0)] |= 2;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
// Same reason as for sentences: Intl.Segmenter must only ever see short strings.
const WORD_WINDOW = 512;

// Character classes by code point, computed on first sight (0 = not yet known, otherwise class bits + KNOWN).
const KNOWN = 128;
const classCache = new Uint8Array(0x110000);

function classOf(codePoint: number): number {
  let cached = classCache[codePoint];
  if (cached === 0) {
    const char = String.fromCodePoint(codePoint);
    cached = KNOWN;
    if (isIgnorableInWord(char)) cached |= IGNORABLE;
    else {
      if (/[\p{L}\p{M}]/u.test(char)) cached |= LETTER;
      else if (/\p{Nd}/u.test(char)) cached |= DIGIT;
      if (/\p{M}/u.test(char)) cached |= MARK;
      if (UNSPACED_SCRIPT.test(char)) cached |= UNSPACED;
    }
    classCache[codePoint] = cached;
  }
  return cached & ~KNOWN;
}

export interface TokenSink {
  (start: number, end: number): void;
}

function segmentUnspaced(text: string, start: number, end: number, language: string, emit: TokenSink): void {
  const segmenter = segmenterFor(language, "word");
  for (let windowStart = start; windowStart < end; ) {
    let windowEnd = Math.min(end, windowStart + WORD_WINDOW);
    if (windowEnd < end) windowEnd = codePointBoundary(text, windowEnd);
    for (const piece of segmenter.segment(text.slice(windowStart, windowEnd))) {
      if (piece.isWordLike) emit(windowStart + piece.index, windowStart + piece.index + piece.segment.length);
    }
    windowStart = windowEnd;
  }
}

/** Class bits of the code point starting at text[i] (0 for the low half of a surrogate pair). */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return classOf(code);
  return classOf(text.codePointAt(i)!);
}

function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function isDigitAt(text: string, i: number, end: number): boolean {
  return i < end && (classAt(text, i) & DIGIT) !== 0;
}

/**
 * A space or apostrophe at text[i] groups thousands: at most three digits before it (since the token
 * or its last group mark began), exactly three after it. "In 2023 100 people" stays two numbers.
 */
function groupsThousands(text: string, i: number, groupStart: number, end: number): boolean {
  if (!GROUP_SPACES.has(text[i]) || i - groupStart > 3) return false;
  return isDigitAt(text, i + 1, end) && isDigitAt(text, i + 2, end) && isDigitAt(text, i + 3, end) && !isDigitAt(text, i + 4, end);
}

/** Calls `emit` for every word token in text[start, end), in order. */
export function tokenize(text: string, start: number, end: number, language: string, emit: TokenSink): void {
  let i = start;
  while (i < end) {
    const first = classAt(text, i);
    if (!(first & (LETTER | DIGIT)) || first & MARK) {
      i += widthAt(text, i);
      continue;
    }
    const tokenStart = i;
    let unspaced = (first & UNSPACED) !== 0;
    const number = (first & DIGIT) !== 0;
    // Where the current digit group of a number began (after its last joiner).
    let groupStart = i;
    i += widthAt(text, i);
    while (i < end) {
      const next = classAt(text, i);
      if (number ? next & (DIGIT | MARK) : next & (LETTER | DIGIT)) {
        unspaced ||= (next & UNSPACED) !== 0;
        i += widthAt(text, i);
        continue;
      }
      if (next & IGNORABLE) {
        // Ignorable characters inside a word: the word goes on if a character of the word's kind follows them.
        let after = i;
        // By code point: variation selectors 17–256 and tags are astral (U+E0100, U+E0041).
        while (after < end && classAt(text, after) & IGNORABLE) after += widthAt(text, after);
        const resumes = after < end ? classAt(text, after) : 0;
        if (number ? resumes & DIGIT : resumes & (LETTER | DIGIT)) {
          i = after;
          continue;
        }
        break;
      }
      // A joiner continues the token only if the right kind of character follows it.
      if (i + 1 >= end) break;
      const joiner = text.charCodeAt(i);
      let joins: boolean;
      if (number) joins = ((JOINER[joiner] & 1) !== 0 && (classAt(text, i + 1) & DIGIT) !== 0) || groupsThousands(text, i, groupStart, end);
      else if ((JOINER[joiner] & 2) !== 0) joins = (classAt(text, i + 1) & (LETTER | DIGIT)) !== 0;
      else joins = joiner === 0x2e && (classAt(text, i + 1) & LETTER) !== 0;
      if (!joins) break;
      i++;
      groupStart = i;
    }
    // A number may end in letters ("19th"); those make no further joins.
    while (number && i < end) {
      const next = classAt(text, i);
      if (!(next & LETTER)) break;
      unspaced ||= (next & UNSPACED) !== 0;
      i += widthAt(text, i);
    }
    if (unspaced) segmentUnspaced(text, tokenStart, i, language, emit);
    else emit(tokenStart, i);
  }
}

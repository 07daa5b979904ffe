import { segmenterFor } from "./segment";

/**
 * Word tokens with offsets into the original text. A regular expression handles scripts that put
 * spaces between words (it is an order of magnitude faster than Intl.Segmenter); runs of scripts
 * written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) go to Intl.Segmenter.
 */

// Numbers keep their separators ("100,000", "19-20", "3.5", "27/11"); words keep inner apostrophes
// and hyphens ("O’Brien’s", "Nagorno-Karabakh") and the dots of acronyms ("U.S").
const WORD = /\p{Nd}+(?:[.,:/\-–‐‑]\p{Nd}+)*(?:[\p{L}\p{M}]+)?|[\p{L}\p{M}\p{Nd}]+(?:(?:['’ʼ\-‐‑–]|\.(?=\p{L}))[\p{L}\p{M}\p{Nd}]+)*/gu;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
// Same reason as for sentences: Intl.Segmenter must only ever see short strings.
const WORD_WINDOW = 512;

export interface TokenSink {
  (start: number, end: number): void;
}

function segmentUnspaced(text: string, start: number, end: number, language: string, emit: TokenSink): void {
  const segmenter = segmenterFor(language, "word");
  for (let windowStart = start; windowStart < end; ) {
    let windowEnd = Math.min(end, windowStart + WORD_WINDOW);
    const code = text.charCodeAt(windowEnd - 1);
    if (windowEnd < end && code >= 0xd800 && code <= 0xdbff) windowEnd--;
    for (const piece of segmenter.segment(text.slice(windowStart, windowEnd))) {
      if (piece.isWordLike) emit(windowStart + piece.index, windowStart + piece.index + piece.segment.length);
    }
    windowStart = windowEnd;
  }
}

/** Calls `emit` for every word token in text[start, end), in order. */
export function tokenize(text: string, start: number, end: number, language: string, emit: TokenSink): void {
  const body = text.slice(start, end);
  for (const match of body.matchAll(WORD)) {
    const tokenStart = start + match.index;
    const tokenEnd = tokenStart + match[0].length;
    if (UNSPACED_SCRIPT.test(match[0])) segmentUnspaced(text, tokenStart, tokenEnd, language, emit);
    else emit(tokenStart, tokenEnd);
  }
}

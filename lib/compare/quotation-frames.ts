import type { TextSpan } from "../text/language";

/**
 * The frames of a text's quotations: the text's own words in the sentence of a quotation, around it ("The presidency
 * said: «…»", "According to the readout, «…»", "«…», he said, «…»"). A statement whose own words are mostly such frames
 * speaks through its quotations (a relay), so lib/text/language.ts readScripts reads what it writes from its
 * quotations, not from the frame's script (tester 71 k2.11: an English line around a Russian readout made it "write
 * English", so the English readout's claims became its omissions).
 *
 * `fragments`: the quotations' fragments (quotation-marks.ts findQuotations), sorted by start, UTF-16 offsets into
 * `text`. Returns spans (UTF-16, `end` exclusive), sorted, disjoint from each other and from the fragments: for each
 * fragment, the stretch from its sentence's start (or the fragment before it) to its start, and from its end to its
 * sentence's end (or the next fragment). A sentence ends at . ! ? … 。 ։ (Armenian) or ؟ (closing marks after it) before
 * white space, or at a line break: the same breaks a reader sees, without the segmenter's abbreviation rules, which a
 * frame of a few words does not need. Throws nothing.
 */
export function quotationFrames(text: string, fragments: readonly TextSpan[]): TextSpan[] {
  if (fragments.length === 0) return [];
  // Each sentence break: where the sentence after it may start.
  const breaks: number[] = [];
  for (const found of text.matchAll(SENTENCE_END)) breaks.push(found.index + found[0].length);
  const frames: TextSpan[] = [];
  const add = (start: number, end: number) => {
    if (start >= end) return;
    const last = frames[frames.length - 1];
    if (last && last.end > start) last.end = Math.max(last.end, end);
    else frames.push({ start, end });
  };
  for (let k = 0; k < fragments.length; k++) {
    const { start, end } = fragments[k];
    const before = k > 0 ? fragments[k - 1].end : 0;
    const after = k + 1 < fragments.length ? fragments[k + 1].start : text.length;
    // The sentence's start: the last break at or before the fragment; its end: the first break after it.
    const opening = breaksUpTo(breaks, start);
    const closing = breaksUpTo(breaks, end);
    add(Math.max(before, opening > 0 ? breaks[opening - 1] : 0), start);
    add(end, Math.min(after, closing < breaks.length ? breaks[closing] : text.length));
  }
  return frames;
}

// A sentence's end: terminal punctuation, any closing marks after it, and the white space after those; or a line break.
const SENTENCE_END = /[.!?…。！？։؟]["'»”’)\]]*\s+|\n+/gu;

/** How many of the sorted `breaks` are at or before `at`. */
function breaksUpTo(breaks: readonly number[], at: number): number {
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (breaks[middle] <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

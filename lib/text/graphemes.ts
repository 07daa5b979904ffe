/**
 * Grapheme clusters (what a reader sees as one character: a letter with its accents, an emoji ZWJ
 * sequence, a flag) by Intl.Segmenter, which implements the extended grapheme clusters of UAX #29.
 * Diff parts, highlights and excerpts are cut only between clusters.
 */

let segmenter: Intl.Segmenter | null = null;

function graphemeSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter("und", { granularity: "grapheme" });
  return segmenter;
}

export interface Grapheme {
  /** UTF-16 offset in the whole text. */
  start: number;
  text: string;
}

/**
 * The clusters of text[start, end), followed by an empty sentinel at `end`, so that element k's
 * `start` is the k-th boundary. Meant for short ranges (Intl.Segmenter slows down on long strings).
 */
export function graphemes(text: string, start: number, end: number): Grapheme[] {
  const clusters: Grapheme[] = [];
  if (end > start) {
    for (const piece of graphemeSegmenter().segment(text.slice(start, end))) clusters.push({ start: start + piece.index, text: piece.segment });
  }
  clusters.push({ start: end, text: "" });
  return clusters;
}

/**
 * At most `max` UTF-16 code units of `text` from its start, ending between two clusters (so possibly
 * fewer than `max`, never a half emoji or a letter without its accent).
 */
export function truncateToGraphemes(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const piece of graphemeSegmenter().segment(text.slice(0, max + 32))) {
    if (piece.index + piece.segment.length > max) break;
    end = piece.index + piece.segment.length;
  }
  return text.slice(0, end);
}

/** True when a cut at `index` would fall inside a grapheme cluster of `text`. */
export function splitsGrapheme(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const from = Math.max(0, index - 64);
  for (const piece of graphemeSegmenter().segment(text.slice(from, Math.min(text.length, index + 64)))) {
    const start = from + piece.index;
    const end = start + piece.segment.length;
    if (start === index) return false;
    if (start < index && index < end) return true;
  }
  return false;
}

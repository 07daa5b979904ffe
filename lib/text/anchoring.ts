/**
 * Anchoring to a span of text — of fact-check annotations (lib/data/annotations.ts) and of alignment corrections
 * (lib/compare/corrections.ts), both kept here so the two cannot drift apart — after the W3C Web Annotation model: a TextQuoteSelector (the exact
 * words plus a little context before and after) and a TextPositionSelector (UTF-16 offsets, end exclusive).
 * After the text changes, `reanchor` finds the span again; null means it is gone (what was anchored is orphaned).
 */

export const CONTEXT_CHARS = 32;

export interface TextSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

/** The selector for text.slice(start, end); null when the span is empty, out of range or only whitespace. */
export function selectorFor(text: string, start: number, end: number, context = CONTEXT_CHARS): TextSelector | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) return null;
  const exact = text.slice(start, end);
  if (!exact.trim()) return null;
  return {
    exact,
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
    start,
    end,
  };
}

/** Length of the common suffix of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds the selector's span in (possibly changed) text:
 * 1. the old position still holds the exact quote with the same context → keep it;
 * 2. otherwise every occurrence of the exact quote is scored by how much of the prefix and suffix still match,
 *    then by closeness to the old position; the best wins;
 * 3. no occurrence → null (orphaned). Fuzzy matching of an edited quote is deliberately not attempted: a claim
 *    whose words changed needs a human to look again.
 */
export function reanchor(text: string, selector: TextSelector): Span | null {
  const { exact, prefix, suffix, start } = selector;
  if (!exact) return null;
  const scoreAt = (at: number) =>
    commonSuffix(text.slice(Math.max(0, at - prefix.length), at), prefix) +
    commonPrefix(text.slice(at + exact.length, at + exact.length + suffix.length), suffix);

  if (text.slice(start, start + exact.length) === exact && scoreAt(start) === prefix.length + suffix.length) {
    return { start, end: start + exact.length };
  }
  let best: { at: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const candidate = { at, score: scoreAt(at), distance: Math.abs(at - start) };
    if (!best || candidate.score > best.score || (candidate.score === best.score && candidate.distance < best.distance)) {
      best = candidate;
    }
  }
  return best ? { start: best.at, end: best.at + exact.length } : null;
}

export interface Highlight extends Span {
  id: number;
}

export interface TextPiece {
  text: string;
  start: number;
  /** Ids of the highlights covering this piece (overlaps allowed), in input order. */
  ids: number[];
}

/** Cuts text into pieces at every highlight boundary, so overlapping highlights can be rendered as nested marks. */
export function splitByHighlights(text: string, highlights: Highlight[]): TextPiece[] {
  const valid = highlights.filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end);
  const cuts = new Set<number>([0, text.length]);
  for (const h of valid) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    if (from === to) continue;
    pieces.push({
      text: text.slice(from, to),
      start: from,
      ids: valid.filter((h) => h.start <= from && h.end >= to).map((h) => h.id),
    });
  }
  return pieces;
}

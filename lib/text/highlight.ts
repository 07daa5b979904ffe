import { foldForMatching, foldText, originalRange } from "./fold";
import { splitsGrapheme } from "./graphemes";

/**
 * Finding a query in text the way Readout matches text everywhere else: through the matching fold
 * (lib/text/fold), so "BAKI" finds "Bakı", "Oneill's" finds nothing but "O’Neill's" finds "O'Neill's",
 * and a soft hyphen or no-break space in the stored text never hides a match. Shared by search
 * (lib/data/search) and the reading views' highlights (components/Highlighted).
 */

export interface TextRun {
  text: string;
  match: boolean;
}

export interface Match {
  /** UTF-16 offsets in the original text. */
  start: number;
  end: number;
}

/**
 * The words of a text for full-text search: runs of letters, digits and combining marks, the way SQLite FTS5's
 * unicode61 tokenizer splits text (lib/data/search-index), so `nagorno karabakh` and `Nagorno-Karabakh` are the same
 * two words. Apply to folded text (foldForMatching).
 */
export function searchWords(folded: string): { word: string; start: number }[] {
  return [...folded.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => ({ word: m[0], start: m.index }));
}

/**
 * Where the query's words occur in the text as consecutive words (whatever separates them), the last query word as a
 * prefix — the same rule as the full-text search (lib/data/search-index). Ranges are in the original text.
 */
function findWordSequences(text: string, query: string): Match[] {
  const wanted = searchWords(foldForMatching(query)).map((w) => w.word);
  if (wanted.length === 0) return [];
  const folded = foldText(text);
  const words = searchWords(folded.text);
  const matches: Match[] = [];
  const last = wanted.length - 1;
  for (let i = 0; i + last < words.length; i++) {
    const fits = wanted.every((w, k) => (k === last ? words[i + k].word.startsWith(w) : words[i + k].word === w));
    if (!fits) continue;
    matches.push(originalRange(folded, words[i].start, words[i + last].start + wanted[last].length, text.length));
    i += last;
  }
  return matches;
}

/**
 * Every non-overlapping occurrence of `query` in `text`, compared folded; ranges are in the original text. Where the
 * folded query never occurs as such, its words found as consecutive words (the full-text search's rule: "nagorno
 * karabakh" marks "Nagorno-Karabakh").
 */
export function findMatches(text: string, query: string): Match[] {
  const needle = foldForMatching(query).trim();
  if (!needle) return [];
  const exact = findOccurrences(text, needle);
  return exact.length > 0 ? exact : findWordSequences(text, query);
}

function findOccurrences(text: string, needle: string): Match[] {
  const folded = foldText(text);
  const matches: Match[] = [];
  for (let at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + needle.length)) {
    matches.push(originalRange(folded, at, at + needle.length, text.length));
  }
  return matches;
}

/** True when `query` occurs in `text` once both are folded. */
export function containsFolded(text: string, query: string): boolean {
  const needle = foldForMatching(query).trim();
  return needle !== "" && foldForMatching(text).includes(needle);
}

/** Splits text into runs, marking every occurrence of the query (matched through the fold). */
export function highlightRuns(text: string, query: string): TextRun[] {
  const matches = findMatches(text, query);
  if (matches.length === 0) return [{ text, match: false }];
  const runs: TextRun[] = [];
  let last = 0;
  for (const { start, end } of matches) {
    if (start > last) runs.push({ text: text.slice(last, start), match: false });
    runs.push({ text: text.slice(start, end), match: true });
    last = end;
  }
  if (last < text.length) runs.push({ text: text.slice(last), match: false });
  return runs;
}

/** Moves a cut back to the start of the grapheme it would split. */
function wholeGraphemeCut(text: string, index: number): number {
  let at = index;
  while (at > 0 && splitsGrapheme(text, at)) at--;
  return at;
}

/** About `radius` characters either side of the first match, cut at word boundaries (never inside a grapheme), with ellipses. */
export function snippetAround(text: string, query: string, radius = 90): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const [first] = findMatches(flat, query);
  if (!first) return flat.length > radius * 2 ? `${flat.slice(0, wholeGraphemeCut(flat, radius * 2)).replace(/\s\S*$/, "")}…` : flat;
  let start = Math.max(0, first.start - radius);
  let end = Math.min(flat.length, first.end + radius);
  if (start > 0) start = flat.indexOf(" ", start) + 1 || start;
  if (end < flat.length) end = flat.lastIndexOf(" ", end) > first.end ? flat.lastIndexOf(" ", end) : end;
  start = wholeGraphemeCut(flat, Math.min(start, first.start));
  end = Math.max(wholeGraphemeCut(flat, end), first.end);
  return `${start > 0 ? "…" : ""}${flat.slice(start, end)}${end < flat.length ? "…" : ""}`;
}

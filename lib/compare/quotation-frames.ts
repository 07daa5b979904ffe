import type { TextSpan } from "../text/language";
import { terminalBefore, terminalClass } from "../text/sentence-marks";
import { isLineBreak, LINE_BREAK_CLASS } from "../text/line-breaks";
import { colonIntroducesQuotation, endsWithMijaket, isArmenianColon, isArmenianLetter, writesArmenianFullStops } from "./armenian-stops";
import { wrapsAtLineBreak } from "./hard-wraps";
import { attributionAt } from "./quotes/speakers";

/**
 * The frames of a text's quoted speech: the text's own words in the sentence of a quotation that relays speech, around
 * it ("The presidency said: «…»", "According to the readout, «…»", "«…», he said, «…»"). A statement whose own words
 * are only such frames speaks through its quotations (a relay), so lib/text/language.ts readScripts reads what it
 * writes from its quotations, not from the frame's script, however long the frame (tester 71 k2.11: an English line
 * around a Russian readout made it "write English", so the English readout's claims became its omissions; helper C of
 * session 15: a frame of a quarter of the letters or more, "According to the press service of the Armenian
 * government, Prime Minister Pashinyan told the Secretary: «…»", did the same).
 *
 * A quotation relays speech (isSpeech) when it is a sentence or more of another speaker's, by its shape, not its
 * length: it opens its sentence («…», — said the minister), a colon introduces it ("said: «…»"; Armenian's mijaket
 * "." too), a comma or the Armenian "՝" introduces it and it opens with a capital ("According to the readout, «The
 * sides…»"), or it holds a sentence's end (terminal punctuation inside its marks, or a break inside it). A phrase
 * quoted inside a sentence of the writer's own ("Lavrov called the talks «конструктивными» and said…") frames
 * nothing: that sentence is the writer's, whatever the share of its letters the phrase holds.
 *
 * `fragments`: the quotations' fragments (quotation-marks.ts findQuotations: quoted words without marks or trailing
 * , . ; :), sorted by start, UTF-16 offsets into `text`. Returns spans (UTF-16, `end` exclusive), sorted, disjoint from
 * each other and from the fragments: for each fragment that relays speech, the stretch from its sentence's start (or
 * the fragment before it) to its start, and from its end to its sentence's end (or the next fragment); a stretch
 * between a fragment of speech and a phrase in one sentence ("“…,” he said, adding that … “high-level visits”") is a
 * frame too. A sentence ends at a sentence-terminal mark (lib/text/sentence-marks.ts: . ! ? …, the Armenian "։", the
 * CJK "。", the Arabic "؟"; closing marks after it) before white space, at an Armenian ":" typed for "։"
 * (armenian-stops.ts isArmenianColon), or at a line break that is no hard wrap (hard-wraps.ts, the segmenter's rule:
 * "Pashinyan\nsaid: «…»" is one sentence, session 18): the same breaks a reader sees, without the segmenter's abbreviation
 * rules, which a frame of a few words does not need; an Armenian stop that introduces a quotation (introducesQuotation:
 * "Նախարարը հայտնեց. «…»") ends nothing, nor does a line break inside a fragment, which findQuotations reads a quotation
 * over only where it is a hard wrap (hard-wraps.ts wrapsInsideQuotation: "«весьма\nконструктивными»" is a phrase).
 * Throws nothing.
 */
export function quotationFrames(text: string, fragments: readonly TextSpan[]): TextSpan[] {
  if (fragments.length === 0) return [];
  // Each sentence break: where the sentence after it may start; and the Armenian stops that introduce a quotation instead.
  const breaks: number[] = [];
  const introducers = new Set<number>();
  let armenianStops: boolean | undefined;
  // The first fragment that does not end before the current match (matches come in order, fragments are sorted).
  let inside = 0;
  SENTENCE_END.lastIndex = 0;
  for (let found = SENTENCE_END.exec(text); found; found = SENTENCE_END.exec(text)) {
    while (inside < fragments.length && fragments[inside].end <= found.index) inside++;
    // A line break inside a fragment is a hard wrap, no sentence's end (findQuotations).
    if (isLineBreak(text.charCodeAt(found.index)) && inside < fragments.length && fragments[inside].start <= found.index) continue;
    // Nor is a hard wrap, by the segmenter's one rule (hard-wraps.ts: "Pashinyan\nsaid: «…»" is one sentence).
    if (isLineBreak(text.charCodeAt(found.index)) && wrapsAtLineBreak(text, found.index, () => (armenianStops ??= writesArmenianFullStops(text)), attributionAt)) continue;
    // A ":" ends a sentence only where Armenian types it for "։"; elsewhere the search goes on past it.
    if (text.charCodeAt(found.index) === 0x3a && !isArmenianColon(text, found.index)) {
      SENTENCE_END.lastIndex = found.index + 1;
      continue;
    }
    const next = found.index + found[0].length;
    if (introducesQuotation(text, found.index, next, () => (armenianStops ??= writesArmenianFullStops(text)))) introducers.add(found.index);
    else breaks.push(next);
  }
  const sentenceStart = (at: number) => {
    const k = breaksUpTo(breaks, at);
    return k > 0 ? breaks[k - 1] : 0;
  };
  const sentenceEnd = (at: number) => {
    const k = breaksUpTo(breaks, at);
    return k < breaks.length ? breaks[k] : text.length;
  };
  const speech = fragments.map((fragment, k) => {
    const opening = sentenceStart(fragment.start);
    return isSpeech(text, fragment, opening, Math.max(k > 0 ? fragments[k - 1].end : 0, opening), breaks, introducers);
  });
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
    const opening = sentenceStart(start);
    const closing = sentenceEnd(end);
    // The stretch before a fragment frames it when it is speech, or when the fragment before, in this sentence, is.
    if (speech[k] || (k > 0 && before > opening && speech[k - 1])) add(Math.max(before, opening), start);
    if (speech[k] || (k + 1 < fragments.length && after < closing && speech[k + 1])) add(end, Math.min(after, closing));
  }
  return frames;
}

/**
 * Whether `fragment` of `text` relays speech (quotationFrames): `sentence` is where its sentence starts, `from` where
 * its own words before it start (`sentence`, or the end of the fragment before it in the sentence); `breaks` the sorted
 * sentence breaks; `introducers` the offsets of Armenian stops that introduce a quotation (introducesQuotation). Pure.
 */
function isSpeech(text: string, fragment: TextSpan, sentence: number, from: number, breaks: readonly number[], introducers: ReadonlySet<number>): boolean {
  // It opens its sentence: no own word before it.
  if (!WORD_CHARACTER.test(text.slice(sentence, fragment.start))) return true;
  const lead = text.slice(from, fragment.start).replace(OPENING_MARKS_AND_SPACE, "");
  const introducer = lead[lead.length - 1];
  if (introducer === ":" || introducer === "：" || introducers.has(from + lead.length - 1)) return true;
  // A sentence's end inside its marks (findQuotations trims a terminal "." "…" and an Armenian ":" off the fragment and
  // keeps the other marks: "!", "?", "։", "。"), or a break inside it.
  if (terminalBefore(text, fragment.end)) return true;
  const after = TERMINAL_AFTER.exec(text.slice(fragment.end, fragment.end + 4))?.[1];
  if (after !== undefined && (after !== ":" || isArmenianLetter(text.charCodeAt(fragment.end - 1)))) return true;
  if (breaksUpTo(breaks, fragment.end - 1) > breaksUpTo(breaks, fragment.start)) return true;
  // A comma (Armenian also "՝") introduces speech that opens as a sentence does, with a capital.
  return (introducer === "," || introducer === "՝") && CAPITAL_FIRST.test(text.slice(fragment.start, fragment.start + 2));
}

/**
 * Whether the stop at text[stop], which white space ends at `next`, introduces the quotation that opens at `next` in
 * Armenian rather than ending a sentence: a ":" after an Armenian word in a text that types the verjaket "։" itself
 * (so its ":" is a colon), or a "." right after an Armenian letter (the mijaket, Armenian's colon) in a text that ends
 * its sentences the Armenian way (`armenianStops()`, armenian-stops.ts writesArmenianFullStops): the rules of armenian-stops.ts, which the
 * segmenter reads too (lib/compare/segment.ts). Pure.
 */
function introducesQuotation(text: string, stop: number, next: number, armenianStops: () => boolean): boolean {
  if (next >= text.length || !OPENING_QUOTE.test(text[next])) return false;
  if (text[stop] === ":") return colonIntroducesQuotation(text, next);
  return endsWithMijaket(text, stop + 1) && armenianStops();
}

// A sentence's end: a sentence-terminal mark, or a ":" (quotationFrames keeps it only after an Armenian word, typed for
// "։"), any closing marks after it, and the white space after those; or a line break.
const SENTENCE_END = new RegExp(`${terminalClass(":")}["'»”’)\\]]*\\s+|[${LINE_BREAK_CLASS}]+`, "gu");
const OPENING_QUOTE = /[«“„‘"'‹「『]/u;
const OPENING_MARKS_AND_SPACE = /[\s«“„‘"'‹「『]+$/u;
const WORD_CHARACTER = /[\p{L}\p{Nd}]/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
// Terminal punctuation right after a fragment, inside its closing mark: "." "…" or an Armenian ":" typed for "։".
const TERMINAL_AFTER = /^\s*([.…:])/u;

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

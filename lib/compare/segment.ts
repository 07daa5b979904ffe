import { foldCase } from "./normalise";
import { typographyForSegmentation } from "../text/fold";
import { countWords, isJsWhiteSpace } from "../text/whitespace";
import { holdsLineBreak } from "../text/line-breaks";
import { lineGoesOn, wrapsBetween } from "./hard-wraps";
import { UnmarkedLists } from "./unmarked-lists";
import { OpenQuotations } from "./open-quotation";
import { handlesLanguage, isPlainText, sentenceStarts } from "./sentence-breaks";
import { stopWordsFor } from "./stopwords";
import { ABBREVIATED_TITLES } from "./abbreviated-titles";
import { TITLES } from "./gazetteer";
import { colonIntroducesQuotation, endsWithMijaket, isArmenianColon, writesArmenianFullStops } from "./armenian-stops";
import { gluedHeadlineEnd } from "./glued-headlines";
import { gluedPageCuts } from "./page-furniture";
import { attributionAfterMark, attributionAt } from "./quotes/speakers";

/** A half-open range of UTF-16 code units in a statement's original text. */
export interface TextRange {
  start: number;
  end: number;
  /** Set (true) on a sentence that ends at a forced cut inside an over-long "sentence", not at a sentence break. */
  cut?: boolean;
  /**
   * Set (true) on a sentence that ends where splitGluedHeadlines cut a line pasted run together: a headline, or a piece
   * of a web page's furniture, glued to what follows it on its line. The next sentence starts at the cut, where the
   * page had a line break (lead-ins.ts reads it as one).
   */
  gluedCut?: boolean;
}

// Intl.Segmenter is quadratic on long strings in Node 20: every segment it yields allocates in
// proportion to its whole input (300k characters took minutes). So text is fed to it in short
// windows, widened only for a sentence longer than the window. A window's last sentence may be cut
// short, so it is re-read in the next one. The UAX #29 scan that stands in for Intl.Segmenter where it can
// (sentence-breaks.ts) reads the same windows, so the boundaries are the same whichever of the two reads a text.
const SENTENCE_WINDOW = 512;
const MAX_SENTENCE_WINDOW = 4096;

const segmenters = new Map<string, Intl.Segmenter>();

/** A cached segmenter; an unknown or malformed language tag falls back to the root locale rather than throwing. */
export function segmenterFor(language: string, granularity: "sentence" | "word"): Intl.Segmenter {
  const key = `${granularity}:${language}`;
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language, { granularity });
    } catch {
      segmenter = new Intl.Segmenter("und", { granularity });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/** Narrows a range so it neither starts nor ends with whitespace; null when nothing but whitespace is left. */
function trimRange(text: string, start: number, end: number): TextRange | null {
  while (start < end && isJsWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isJsWhiteSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}

/** Never cut between the two halves of a surrogate pair. */
export function codePointBoundary(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  return code >= 0xd800 && code <= 0xdbff ? index - 1 : index;
}

/**
 * Sentence starts in text[from, to) (relative to `from`) as Intl.Segmenter gives them for that substring: from the
 * UAX #29 scan of sentence-breaks.ts when it handles the language and every character, else from Intl.Segmenter.
 * `plain`: the whole text is plain to the scan (isPlainText), so no range of it needs testing again.
 */
function segmentStarts(text: string, from: number, to: number, language: string, plain: boolean): number[] {
  const scanned = handlesLanguage(language) ? sentenceStarts(text, from, to, plain || undefined) : null;
  if (scanned) return scanned;
  const starts: number[] = [];
  for (const piece of segmenterFor(language, "sentence").segment(text.slice(from, to))) starts.push(piece.index);
  return starts;
}

/** One word in CUT_MODULUS qualifies as a cut point: about one in each 2,048-character search range of ~300 words misses. */
const CUT_MODULUS = 64;

/**
 * A content-defined cut (as in content-defined chunking, e.g. rsync's rolling checksum): the offset just after the
 * white space that follows the first word in text[from, to) whose FNV-1a hash (over its UTF-16 units) is ≡ 0 mod
 * CUT_MODULUS, or -1 when no word there qualifies. Words are runs of non-white-space; the first (possibly partial)
 * word of the range is skipped. A cut made this way depends on the words, not on their offsets, so an edit before it
 * does not move it to other words.
 */
export function contentCut(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && !isJsWhiteSpace(text.charCodeAt(i))) i++;
  while (i < to) {
    while (i < to && isJsWhiteSpace(text.charCodeAt(i))) i++;
    let hash = 0x811c9dc5;
    while (i < to && !isJsWhiteSpace(text.charCodeAt(i))) hash = Math.imul(hash ^ text.charCodeAt(i++), 16777619);
    if (i < to && (hash >>> 0) % CUT_MODULUS === 0) return i + 1;
  }
  return -1;
}

/** Sentence boundaries by UAX #29 (as Intl.Segmenter finds them), untrimmed, covering the whole text. */
function rawSentences(text: string, language: string): TextRange[] {
  const ranges: TextRange[] = [];
  // Asked once for the text, not for each window: a window's own test would slice it, and slicing a text whose
  // typography was rewritten (a string of many pieces) cost more than the scan itself.
  const plain = handlesLanguage(language) && isPlainText(text);
  let position = 0;
  while (position < text.length) {
    let window = SENTENCE_WINDOW;
    let end = Math.min(text.length, position + window);
    let starts = segmentStarts(text, position, end, language, plain);
    while (end < text.length && starts.length < 2 && window < MAX_SENTENCE_WINDOW) {
      window *= 2;
      end = Math.min(text.length, position + window);
      starts = segmentStarts(text, position, end, language, plain);
    }
    const last = end === text.length ? starts.length : starts.length - 1;
    for (let i = 0; i < last; i++) {
      ranges.push({ start: position + starts[i], end: position + (i + 1 < starts.length ? starts[i + 1] : end - position) });
    }
    if (end === text.length) break;
    if (last > 0) {
      position += starts[last];
      continue;
    }
    // One "sentence" longer than the widest window (a list without full stops, a megabyte of one
    // word): cut it so no single segment is unboundedly long. The cut is after a word chosen by its
    // content (contentCut), so two versions of the text are cut after the same words even where
    // their lengths differ; else at the last white space; else (one long word) at the window's end.
    let cut = contentCut(text, position + MAX_SENTENCE_WINDOW / 2, end);
    if (cut < 0) {
      cut = end;
      for (let i = end - 1; i > position + MAX_SENTENCE_WINDOW / 2; i--) {
        if (isJsWhiteSpace(text.charCodeAt(i))) {
          cut = i + 1;
          break;
        }
      }
    }
    cut = codePointBoundary(text, cut);
    ranges.push({ start: position, end: cut, cut: true });
    position = cut;
  }
  return ranges;
}

// Abbreviations after which Intl.Segmenter wrongly ends a sentence when a capital follows ("U.S. Secretary").
// Words that also end sentences ("no", "on") are left out on purpose.
const ABBREVIATIONS = new Set([
  ...ABBREVIATED_TITLES,
  ...`mr mrs ms messrs dr prof st jr sr rev hon dept univ inc ltd corp vol pp fig approx vs etc cf al jan feb mar apr jun jul aug sep sept oct
  nov dec mon tue tues wed thu thur thurs fri sig dott avv ing ret retd г гг им т.е т.д т.п ген подп полк лейт գնդ`.split(/\s+/u),
]);
/**
 * Title abbreviations that are also words or acronyms ("the brig.", "the CPT." — the Council of Europe's anti-torture
 * committee —, "the Dep.", "union reps."): abbreviations only written with a capital and then lower case, as before a
 * name ("Brig. Gen. Smith", "Cpt. Jones"), or in capitals before a word in capitals ("BRIG. GEN. SMITH"); otherwise
 * their dot may end the sentence (testers 52 and 53; "30 min." are minutes, Russian "в свой полк." a regiment).
 */
const CAPITALISED_ABBREVIATIONS = new Set("cpt cpl pvt cdr brig dep sec min asst supt insp lieut sens reps полк".split(" "));
/**
 * Of those, the ones that are neither words nor units in lower case ("dep.", "asst.": not "brig.", "min.", "sec.",
 * "reps."): in lower case before a title they are still its abbreviation ("the dep. Foreign Minister", "an asst.
 * Secretary"; session 12's review), where elsewhere their dot may end the sentence.
 */
const LOWER_CASE_TITLE_ABBREVIATIONS = new Set("dep asst supt insp lieut cpl pvt".split(" "));
/** The capitalised words after text[offset] (up to three) hold a title (gazetteer.ts TITLES: "Foreign Minister", "Secretary"). */
const TITLE_NEXT = /\s+((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)/uy;
function titleNext(text: string, offset: number): boolean {
  TITLE_NEXT.lastIndex = offset;
  const words = TITLE_NEXT.exec(text)?.[1];
  return words !== undefined && words.split(/\s+/u).some((word) => TITLES.has(foldCase(word)));
}
/** A compound of abbreviations joined by a hyphen, each part with its dot but the last ("ген.-полк", "ген.-лейт"). */
const HYPHENED_ABBREVIATIONS = /^(?:\p{L}+\.-)+\p{L}+$/u;
const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}*$/u;
const ALL_CAPITALS = /^\p{Lu}+$/u;
/** A word in capitals (two letters or more) or an initial after spaces at text[offset]. */
const CAPITALS_NEXT = /\s+(?:\p{Lu}{2,}(?![\p{Ll}])|\p{Lu}\.)/uy;
const LONGEST_ABBREVIATION = [...ABBREVIATIONS].reduce((longest, abbreviation) => Math.max(longest, abbreviation.length), 0);
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const INITIAL = /^\p{Lu}$/u;
/** Initials of two letters for one sound (transliterated names: "Sh. Mirziyoyev", "Kh. Umarov", "Дж. Байден"; tester 54). */
const DIGRAPH_INITIALS = new Set("ch sh kh zh th ph ts yu ya dj gh дж".split(" "));
const CAPITAL_THEN_LOWER_PAIR = /^\p{Lu}\p{Ll}$/u;
/**
 * Nouns that a letter labels ("Annex B.", "Plan A.", "пункт Б."): that letter is no initial, and its dot may end the
 * sentence ("…the draft of Annex B. A. Mirzoyan proposed…"; tester 54).
 */
const LETTER_LABELS = new Set(
  `annex appendix article section part plan phase stage step zone sector group class category type item point paragraph option schedule exhibit
  room gate block building level list tier grade unit vitamin hepatitis приложение пункт раздел статья часть план этап зона группа`.split(/\s+/u),
);

/** Whether the word that ends just before text[end] (a dot there) is an initial: one capital, or a digraph's ("Sh"), and not a label's letter ("Annex B"). */
function isInitial(text: string, start: number, end: number): boolean {
  const word = wordBefore(text, start, end);
  if (!(INITIAL.test(word) || (CAPITAL_THEN_LOWER_PAIR.test(word) && DIGRAPH_INITIALS.has(foldCase(word))))) return false;
  const labelled = wordBefore(text, start, Math.max(start, end - word.length - 1)).replace(/[^\p{L}]+$/u, "");
  return !LETTER_LABELS.has(foldCase(labelled));
}
const LEADING_PUNCTUATION = /^[\p{Ps}\p{Pi}"'«]+/u;

/**
 * Whether text[range] ends with an abbreviation's dot ("U.S.", "Sept.", "a.m.", "Dr.", an initial): a "." that does not
 * end the sentence. UTF-16 offsets; pure.
 */
export function endsWithAbbreviation(text: string, range: TextRange): boolean {
  // An abbreviation alone in brackets ("Gen. Smith (ret.) said", "Gen. (Ret.) J. Smith"): a word's abbreviation, not
  // an acronym or an initial ("…in Washington (D.C.) Officials said…" may end there).
  if (text.charCodeAt(range.end - 1) === 41 /* ) */ && text.charCodeAt(range.end - 2) === 46) return bracketedAbbreviation(text, range);
  if (text.charCodeAt(range.end - 1) !== 46 /* . */) return false;
  let wordStart = range.end - 1;
  let plainLetters = true;
  while (wordStart > range.start && !isJsWhiteSpace(text.charCodeAt(wordStart - 1))) {
    const code = text.charCodeAt(--wordStart) | 0x20;
    plainLetters &&= code >= 97 && code <= 122;
  }
  // Most sentences end in an ordinary word, longer than any abbreviation: no need to slice and fold it.
  if (plainLetters && range.end - 1 - wordStart > LONGEST_ABBREVIATION) return false;
  // "etc..." is read like "etc…" and "etc." (an ellipsis is cut as one full stop).
  const word = text.slice(wordStart, range.end - 1).replace(LEADING_PUNCTUATION, "").replace(/\.+$/u, "");
  const folded = foldCase(word);
  if (CAPITALISED_ABBREVIATIONS.has(folded)) {
    if (CAPITAL_THEN_LOWER.test(word)) return true;
    if (word === folded && LOWER_CASE_TITLE_ABBREVIATIONS.has(folded)) return titleNext(text, range.end);
    CAPITALS_NEXT.lastIndex = range.end;
    return ALL_CAPITALS.test(word) && CAPITALS_NEXT.test(text);
  }
  return ABBREVIATIONS.has(folded) || DOTTED_ACRONYM.test(word) || isInitial(text, range.start, range.end - 1) || abbreviatedCompound(folded);
}

/** Whether a folded word is a compound of abbreviations ("ген.-полк": генерал-полковник; Wade 2011, compound ranks). */
function abbreviatedCompound(folded: string): boolean {
  return HYPHENED_ABBREVIATIONS.test(folded) && folded.split(/\.-/u).every((part) => ABBREVIATIONS.has(part) || CAPITALISED_ABBREVIATIONS.has(part));
}

/** Whether text[range] ends with an abbreviation (ABBREVIATIONS) that a bracket opens and its dot and a bracket close ("(ret.)", "(Ret.)"). */
function bracketedAbbreviation(text: string, range: TextRange): boolean {
  let wordStart = range.end - 2;
  while (wordStart > range.start && !isJsWhiteSpace(text.charCodeAt(wordStart - 1))) wordStart--;
  return text.charCodeAt(wordStart) === 40 /* ( */ && ABBREVIATIONS.has(foldCase(text.slice(wordStart + 1, range.end - 2)));
}

const FIRST_WORD = /^[\p{Ps}\p{Pi}"'«]*([\p{L}\p{M}'’]+)/u;

/**
 * "U.S. The next day…" is a real break; "U.S. Secretary…" is not: a function word starts a new sentence. After an
 * initial or a title (`afterInitial`: endsBeforeName), a letter alone with its dot is the next initial, whatever word
 * the letter also is ("J. A. Smith", "Lt. Col. A. B. Jones", "С. В. Лавров": "A" and "В" are function words too;
 * tester 52); after another abbreviation it opens a sentence ("в 2023 г. В. Путин заявил…", "at 5 p.m. A.
 * Mirzoyan…", "at 5 p.m. N. Pashinyan…"; testers 53 and 54).
 */
function startsNewSentence(text: string, range: TextRange, stopWords: ReadonlySet<string>, afterInitial: boolean, afterTimeOrPlace: boolean, afterYear = false): boolean {
  const match = FIRST_WORD.exec(text.slice(range.start, Math.min(range.end, range.start + 40)));
  if (match === null) return false;
  // An initial: the name goes on after an initial or a title; after another abbreviation it opens the next sentence
  // ("…at 5 p.m. N. Pashinyan thanked…"; tester 54).
  if ((INITIAL.test(match[1]) || DIGRAPH_INITIALS.has(foldCase(match[1]))) && text.charCodeAt(range.start + match[0].length) === 46 /* . */) return !afterInitial;
  // So does a title before a name after a time ("…ended at 6 p.m. Sec. Rubio thanked…"; tester 55) or after a place's
  // abbreviation that closes "City, D.C." ("…in Washington, D.C. Amb. Reeker said…"; session 12's review).
  if (afterTimeOrPlace && text.charCodeAt(range.start + match[0].length) === 46 && BEFORE_NAME_ABBREVIATIONS.has(foldCase(match[1]))) return true;
  // After a year's "г." ("…в 2020 г. Стороны подписали…"), any capitalised word: the year closes the date, and a
  // word after it in the sentence is written in lower case ("5 дек. 2024 г. в Москве"; session 12's review).
  if (afterYear && /^\p{Lu}/u.test(match[1])) return true;
  return stopWords.has(foldCase(match[1]).replace(/’/gu, "'"));
}

/** A year and its abbreviation at a piece's end ("в 2020 г.", "2020–2024 гг."): Russian "г." for год. */
const YEAR_ABBREVIATION_END = /(?<!\p{Nd})\p{Nd}{3,4}\s?гг?\.$/u;
/** A place's dotted abbreviation after its city and a comma at a piece's end ("Washington, D.C."): the place's name ends there. */
const PLACE_ABBREVIATION_END = /\p{Lu}\p{Ll}+,\s+(?:\p{Lu}\.){2,}$/u;

/** A time's half of the day at a piece's end ("6 p.m.", "9 a.m."). */
const TIME_ABBREVIATION_END = /(?:^|[\s\d])[ap]\.m\.$/iu;

/** Abbreviations that stand before a name (titles, "Mr", "Dr", "St"): an initial may follow them ("Lt. Col. A. B. Jones"). */
const BEFORE_NAME_ABBREVIATIONS = new Set([...ABBREVIATED_TITLES, ..."mr mrs ms messrs dr prof st rev hon ret retd ген подп полк лейт գնդ".split(" ")]);

/** Whether text[range] ends with an initial ("J.") or an abbreviation that stands before a name ("Col."), with its dot. */
function endsBeforeName(text: string, range: TextRange): boolean {
  // "Gen. (ret.) J. Smith": the bracket after the dot.
  if (text.charCodeAt(range.end - 1) === 41 /* ) */ && bracketedAbbreviation(text, range)) return endsBeforeName(text, { start: range.start, end: range.end - 1 });
  const end = range.end - 1;
  if (text.charCodeAt(end) !== 46 /* . */ || end - 1 < range.start) return false;
  if (isInitial(text, range.start, end)) return true;
  const word = foldCase(wordBefore(text, range.start, end));
  // A compound rank abbreviated ("ген.-полк. А. Иванов") stands before a name as its last part does.
  return BEFORE_NAME_ABBREVIATIONS.has(word) || (abbreviatedCompound(word) && BEFORE_NAME_ABBREVIATIONS.has(word.slice(word.lastIndexOf("-") + 1)));
}

/** No line break in text[start, end) (lib/text/line-breaks.ts). */
function sameLine(text: string, start: number, end: number): boolean {
  return !holdsLineBreak(text, start, end);
}

// Abbreviations that stand before a numeral ("No. 5", "Art. 3", "p. 12", "ст. 5"): no break before the number.
// The Russian and Armenian months' abbreviations stand before a year or a day ("5 дек. 2024 г.", "նոյ. 27-ին") but may
// end a sentence before a word ("…состоится 3 дек. Стороны подпишут…"; tester 55): only numerals are kept with them.
const NUMERAL_ABBREVIATIONS = new Set(
  `no nos nr art arts para paras p pp ch sec secs fig figs vol res doc op ca c approx est tel ext ст п ч рис гл стр թ
  янв фев февр мар апр авг сен сент окт ноя нояб дек հունվ փետր ապր օգոս սեպտ հոկտ նոյ դեկ`.split(/\s+/u),
);
/** Of those, the ones that are so only in lower case: "est. 40" (estimated), but "9 a.m. EST. 12 hostages…" (a time zone; tester 54). */
const LOWER_CASE_NUMERAL_ABBREVIATIONS = new Set(["est"]);

/** Whether a word (without its dot) stands before a numeral as an abbreviation ("No", "Art", "ст", lower-case "est"). */
function isNumeralAbbreviation(word: string): boolean {
  const folded = foldCase(word);
  return NUMERAL_ABBREVIATIONS.has(folded) && (!LOWER_CASE_NUMERAL_ABBREVIATIONS.has(folded) || word === folded);
}

/** The word (letters, marks, dots) that ends just before text[end]. */
function wordBefore(text: string, start: number, end: number): string {
  let wordStart = end;
  while (wordStart > start && !isJsWhiteSpace(text.charCodeAt(wordStart - 1))) wordStart--;
  return text.slice(wordStart, end).replace(LEADING_PUNCTUATION, "");
}

const DIGIT_START = /^\p{Nd}/u;

/**
 * Whether the "." or ":" at text[stop], followed by space and then text[next], ends a sentence begun at pieceStart.
 * `armenianStops()`: whether the text writes Armenian full stops (armenian-stops.ts writesArmenianFullStops), asked
 * only after an Armenian word.
 */
function breaksAt(text: string, stop: number, next: number, pieceStart: number, armenianStops: () => boolean): boolean {
  if (text.charCodeAt(stop) === 58 /* : */) return isArmenianColon(text, stop) && !colonIntroducesQuotation(text, next);
  const before = text.charCodeAt(stop - 1);
  if (isJsWhiteSpace(before) || (before >= 48 && before <= 57) || !DIGIT_START.test(text.slice(next, next + 2))) return false;
  // The mijaket before a number ("…հետևյալը. 2023 թ. …") introduces, as a colon does.
  if (endsWithMijaket(text, stop + 1) && armenianStops()) return false;
  const word = wordBefore(text, pieceStart, stop);
  const folded = foldCase(word);
  return word.length > 0 && !ABBREVIATIONS.has(folded) && !isNumeralAbbreviation(word) && !DOTTED_ACRONYM.test(word) && !isInitial(text, pieceStart, stop);
}

/**
 * `sentences` with the breaks that Intl.Segmenter (Unicode UAX #29) misses added:
 * - in Armenian text the ASCII colon is typed for the Armenian full stop `։` (which UAX #29 knows): a
 *   colon after an Armenian word, followed by space, ends the sentence (English "as follows:" does not), unless it
 *   introduces a quotation in a text that types `։` itself (armenian-stops.ts colonIntroducesQuotation);
 * - a full stop, space and a numeral ("… for 70 days. 70 day long delays …"): UAX #29 (rule SB8) reads
 *   on to the next lower-case letter and keeps one sentence, unless an abbreviation such as "No." or
 *   an initial stands before the dot.
 */
function missedBreaks(text: string, sentences: TextRange[], armenianStops: () => boolean): TextRange[] {
  // The next "." and ":" at or after the current position: native indexOf over the text, once overall.
  let dot = text.indexOf(".");
  let colon = text.indexOf(":");
  let result: TextRange[] | null = null;
  sentences.forEach((sentence, s) => {
    let pieceStart = sentence.start;
    for (;;) {
      while (dot >= 0 && dot < pieceStart) dot = text.indexOf(".", dot + 1);
      while (colon >= 0 && colon < pieceStart) colon = text.indexOf(":", colon + 1);
      const stop = dot < 0 ? colon : colon < 0 ? dot : Math.min(dot, colon);
      if (stop < 0 || stop >= sentence.end - 2) break;
      if (stop === dot) dot = text.indexOf(".", dot + 1);
      else colon = text.indexOf(":", colon + 1);
      if (stop === pieceStart || !isJsWhiteSpace(text.charCodeAt(stop + 1))) continue;
      let next = stop + 1;
      while (next < sentence.end && isJsWhiteSpace(text.charCodeAt(next))) next++;
      if (next >= sentence.end || !breaksAt(text, stop, next, pieceStart, armenianStops)) continue;
      result ??= sentences.slice(0, s);
      result.push({ start: pieceStart, end: stop + 1 });
      pieceStart = next;
    }
    if (result) result.push(pieceStart === sentence.start ? sentence : sentence.cut ? { start: pieceStart, end: sentence.end, cut: true } : { start: pieceStart, end: sentence.end });
  });
  return result ?? sentences;
}

/**
 * Sentences in any script, trimmed, with offsets into `text`. False breaks after abbreviations are
 * repaired unless the next sentence opens with a function word, and after the Armenian mijaket (armenian-stops.ts);
 * breaks the segmenter misses in Armenian text and before a numeral are added (see missedBreaks), and a headline
 * glued to the first sentence of its line is cut from it (glued-headlines.ts).
 */
export function splitSentences(written: string, language: string): TextRange[] {
  // Cut on one writing of the typography (same offsets): versions that differ only in quotes, dashes, "…"/"..." or
  // spaces get the same sentences (issue 12; lib/text/fold typographyForSegmentation).
  const text = typographyForSegmentation(written);
  const stopWords = stopWordsFor(language);
  const sentences: TextRange[] = [];
  let pendingMerge = false;
  let pendingNumeral = false;
  let pendingInitial = false;
  let pendingTimeOrPlace = false;
  let pendingYear = false;
  let pendingMijaket = false;
  let pendingAttribution = false;
  // Whether the text ends sentences the Armenian way (armenian-stops.ts): asked once, and only after an Armenian word's dot.
  let armenianStopsKnown: boolean | undefined;
  const armenianStops = () => (armenianStopsKnown ??= writesArmenianFullStops(text));
  // Lists of lower-case items one to a line after a lead-in (unmarked-lists.ts): read only if a line goes on in lower case.
  const lists = new UnmarkedLists(text, stopWords, armenianStops);
  // Where the last sentence ends, for the hard-wrap rule's question whether its line leaves it open (one closure, not one per sentence).
  let lastEnd = 0;
  // Its last mark ends no sentence: an abbreviation's dot, the Armenian mijaket, or a mark inside an open quotation
  // (hard-wraps.ts lineGoesOn; open-quotation.ts, read forward once as the lines are asked in order).
  const quotations = new OpenQuotations(written);
  const markGoesOn = () => pendingMerge || pendingMijaket || quotations.openBefore(lastEnd);
  const lineLeavesOpen = () => lineGoesOn(written, lastEnd, markGoesOn);
  for (const raw of rawSentences(text, language)) {
    const range = trimRange(text, raw.start, raw.end);
    if (!range) continue;
    if (raw.cut) range.cut = true;
    const previous = sentences[sentences.length - 1];
    const merge =
      (pendingMerge && !startsNewSentence(text, range, stopWords, pendingInitial, pendingTimeOrPlace, pendingYear)) ||
      (pendingNumeral && DIGIT_START.test(text.slice(range.start, range.start + 2))) ||
      pendingMijaket ||
      pendingAttribution;
    // A sentence broken over two lines (a hard wrap, hard-wraps.ts), which Unicode's rules break at the line's end: the
    // line leaves its sentence open and the next goes on in lower case, or a quotation goes on with its attribution
    // below. Not an unmarked list's items.
    const wrapped = previous !== undefined && wrapsBetween(written, lastEnd, range.start, lineLeavesOpen, attributionAt) && !lists.opensItem(range.start);
    if (previous && ((merge && sameLine(text, previous.end, range.start)) || wrapped)) {
      previous.end = range.end;
      if (range.cut) previous.cut = true;
      else delete previous.cut;
    } else sentences.push(range);
    const last = sentences[sentences.length - 1];
    lastEnd = last.end;
    pendingMerge = endsWithAbbreviation(text, last);
    pendingInitial = pendingMerge && endsBeforeName(text, last);
    const tail = pendingMerge ? text.slice(Math.max(last.start, last.end - 40), last.end) : "";
    pendingTimeOrPlace = pendingMerge && (TIME_ABBREVIATION_END.test(tail) || PLACE_ABBREVIATION_END.test(tail));
    pendingYear = pendingMerge && YEAR_ABBREVIATION_END.test(tail);
    // "No. 5", "Art. 3": the segmenter may break after them; the numeral that follows belongs to the sentence.
    pendingNumeral = text.charCodeAt(last.end - 1) === 46 && isNumeralAbbreviation(wordBefore(text, last.start, last.end - 1).replace(/\.+$/u, ""));
    // An Armenian word's "." or "․" where the text ends its sentences with "։" (or ":" typed for it) is the mijaket, the
    // Armenian colon: what follows on its line (a quotation, a list, an explanation) belongs to the sentence.
    pendingMijaket = endsWithMijaket(text, last.end) && armenianStops();
    // A quoted question or exclamation with its attribution after it ("“…?” Blinken asked."): one sentence, though the
    // mark breaks by UAX #29 (quotes/speakers.ts attributionAfterMark; read in the text as written, whose marks and
    // ellipses the typography fold above turned into plain quotes and full stops).
    pendingAttribution = attributionAfterMark(written, last.end);
  }
  return splitGluedHeadlines(text, missedBreaks(text, sentences, armenianStops));
}

/**
 * `sentences` with each sentence that opens a line and begins with a web page's top pasted on one line cut into its
 * parts: the headline, the office line, the dateline and the attribution line, then the sentence
 * (page-furniture.ts gluedPageCuts: "Secretary Blinken's Call with … Aliyev Office of the Spokesperson November 27, 2023
 * The below is attributable to …: Secretary Blinken spoke …"), or, without such furniture, a headline glued to the
 * sentence ("Secretary Blinken's Call with … Pashinyan Secretary Blinken spoke …"; glued-headlines.ts). Each part
 * before a cut is marked as ending at one (TextRange.gluedCut).
 */
function splitGluedHeadlines(text: string, sentences: TextRange[]): TextRange[] {
  let result: TextRange[] | null = null;
  sentences.forEach((sentence, s) => {
    const opensLine = s === 0 || !sameLine(text, sentences[s - 1].end, sentence.start);
    let cuts: readonly number[] = opensLine ? gluedPageCuts(text, sentence.start, sentence.end) : [];
    if (opensLine && cuts.length === 0) {
      const body = gluedHeadlineEnd(text, sentence.start, sentence.end);
      if (body >= 0) cuts = [body];
    }
    if (cuts.length === 0) {
      result?.push(sentence);
      return;
    }
    result ??= sentences.slice(0, s);
    let from = sentence.start;
    for (const cut of cuts) {
      const piece = trimRange(text, from, cut);
      if (piece) {
        piece.gluedCut = true;
        result.push(piece);
      }
      from = cut;
    }
    result.push(sentence.cut ? { start: from, end: sentence.end, cut: true } : { start: from, end: sentence.end });
  });
  return result ?? sentences;
}

// Clause boundaries: after a semicolon, around a spaced dash, before a coordinating conjunction after a comma, or
// before a past-tense verb after a comma ("The Secretary discussed our ties, noted concern about the law, and
// stressed …": a list of things said is a list of claims; issue 11, "clause splits"). Words in -eed that are no past
// tense ("indeed", "need") are left out.
const CLAUSE_BREAK =
  /;\s+|\s+[—–-]\s+|,\s+(?=(?:and|but|while|whereas|although|though|yet|adding|saying|noting|as well as)\s)|,\s+(?=(?!(?:indeed|need|speed|feed|seed|proceed|exceed|succeed|bleed|breed|heed)\s)\p{Ll}{2,}ed\s)/gu;
const MIN_CLAUSE_WORDS = 6;
const LONG_SENTENCE_WORDS = 2 * MIN_CLAUSE_WORDS + 8;

// A list item: a few words after a comma, not themselves opening with a conjunction ("energy, water, and transport").
const MAX_LIST_ITEM_WORDS = 3;
const CONJUNCTION_START = /^(?:and|or|but|nor)\s/u;

/**
 * Whether the comma at `breakStart` closes an item of a list "A, B, and C" rather than a clause: the words since the
 * previous comma (after `from`) are a short item that does not itself open with a conjunction. "… goals, and to
 * ensure …" after "energy, water, and transport goals" is a clause break again: its item opens with "and".
 * Source of the rule: issue 11 ("a list is never a clause boundary").
 */
function endsListItem(text: string, from: number, breakStart: number): boolean {
  const previousComma = text.lastIndexOf(",", breakStart - 1);
  if (previousComma < from) return false;
  const item = text.slice(previousComma + 1, breakStart).trim();
  return item.length > 0 && countWords(text, previousComma + 1, breakStart, MAX_LIST_ITEM_WORDS + 1) <= MAX_LIST_ITEM_WORDS && !CONJUNCTION_START.test(item);
}

/**
 * Splits a long compound sentence into clauses, each at least MIN_CLAUSE_WORDS long, so that two
 * readouts that report its halves in different sentences can still be aligned. Short sentences,
 * and those without a usable break, come back whole.
 */
export function splitClauses(text: string, sentence: TextRange): TextRange[] {
  if (countWords(text, sentence.start, sentence.end, LONG_SENTENCE_WORDS) < LONG_SENTENCE_WORDS) return [sentence];
  const clauses: TextRange[] = [];
  let clauseStart = sentence.start;
  const body = text.slice(sentence.start, sentence.end);
  for (const match of body.matchAll(CLAUSE_BREAK)) {
    const breakStart = sentence.start + match.index;
    const breakEnd = breakStart + match[0].length;
    const before = countWords(text, clauseStart, breakStart, MIN_CLAUSE_WORDS);
    const after = countWords(text, breakEnd, sentence.end, MIN_CLAUSE_WORDS);
    if (before < MIN_CLAUSE_WORDS || after < MIN_CLAUSE_WORDS) continue;
    if (endsListItem(text, clauseStart, breakStart)) continue;
    // Keep a trailing semicolon or comma with the clause it ends; a dash belongs to neither.
    const keep = match[0].trimStart().startsWith(";") || match[0].startsWith(",") ? 1 : 0;
    const clause = trimRange(text, clauseStart, breakStart + keep);
    if (clause) clauses.push(clause);
    clauseStart = breakEnd;
  }
  if (clauses.length === 0) return [sentence];
  const last = trimRange(text, clauseStart, sentence.end);
  if (last) clauses.push(last);
  return clauses;
}

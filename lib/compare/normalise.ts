import { foldForMatching } from "../text/fold";
import { parseNumber } from "../text/numbers";
import { stemmerFor, type Stemmer } from "../text/stem";
import { stopWordsFor } from "./stopwords";

/**
 * Normalisation for matching only: the results are keys, never shown to readers.
 * Display text always comes from the original string via offsets.
 */

/** Lower-cases for comparison with the matching fold's case rules (dotted/dotless i, ß, final sigma). */
export function foldCase(text: string): string {
  return foldForMatching(text);
}

/** The matching fold (lib/text/fold), trimmed: NFKC, case, quote marks, dashes, spaces, no invisible characters. */
export function normaliseText(text: string): string {
  return foldForMatching(text).trim();
}

/** Number terms live in their own namespace so "19" the day never matches a word. */
export const NUMBER_PREFIX = "#";

const DIGIT = /\p{Nd}/u;
const NUMBER_SEPARATORS = /[,'\s]/gu;
/** A possessive ending ('s, or ' after an s) of a normalised word. */
export const POSSESSIVE = /'s$|(?<=s)'$/u;
// Languages without a real stemmer (lib/text/stem.ts) get a crude but effective one: inflections mostly change word endings.
const PREFIX_STEM_LENGTH = 6;
// Terms are a pure function of the word, so they are remembered across comparisons, up to a bound.
const MAX_CACHED_WORDS = 200_000;

/**
 * Turns one normalised word (as produced by normaliseText on a token) into the terms used for
 * similarity: hyphenated compounds count as their parts, possessives are dropped, stop words
 * are skipped, words are stemmed where the language has a stemmer, numbers are read in the language's convention
 * (lib/text/numbers.ts: "1 250 000", "1,250,000" and "1.250.000" are one term).
 */
export class TermMaker {
  private readonly stopWords: ReadonlySet<string>;
  private readonly stem: Stemmer | null;
  private readonly cache = new Map<string, readonly string[]>();

  constructor(private readonly language: string) {
    this.stopWords = stopWordsFor(language);
    this.stem = stemmerFor(language);
  }

  terms(word: string): readonly string[] {
    let terms = this.cache.get(word);
    if (!terms) {
      if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
      terms = word.split("-").flatMap((part) => this.partTerm(part));
      this.cache.set(word, terms);
    }
    return terms;
  }

  private partTerm(part: string): string[] {
    if (!part) return [];
    if (DIGIT.test(part)) return [NUMBER_PREFIX + (parseNumber(part, this.language) ?? part.replace(NUMBER_SEPARATORS, ""))];
    const word = part.replace(POSSESSIVE, "");
    if (!word || this.stopWords.has(word) || this.stopWords.has(part)) return [];
    if (this.stem) return [this.stem(word)];
    const codePoints = Array.from(word);
    return [codePoints.length > PREFIX_STEM_LENGTH ? codePoints.slice(0, PREFIX_STEM_LENGTH).join("") : word];
  }
}

const termMakers = new Map<string, TermMaker>();

/**
 * The terms of a normalised word whose hyphen-separated parts (`word.split("-")`) are read in `readings`, one language
 * per part (lib/compare/reading-language.ts partReadings): what TermMaker.terms gives when every part is read in the
 * same language, and otherwise each part's terms in its own language ("nato-россия" in any statement: "nato" by the
 * English rules, "росс" by the Russian ones).
 */
export function termsOfParts(word: string, readings: readonly string[]): string[] {
  return word.split("-").flatMap((part, k) => termMakerFor(readings[k]).terms(part));
}

/** The shared TermMaker for a language. */
export function termMakerFor(language: string): TermMaker {
  let maker = termMakers.get(language);
  if (!maker) {
    maker = new TermMaker(language);
    termMakers.set(language, maker);
  }
  return maker;
}

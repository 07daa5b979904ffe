import { foldWord } from "../../text/fold";
import { isEmptyWord } from "./closed-class";
import { placeKeyOf, placeOfDemonym } from "../name-lexicon";
import { stopWordsFor } from "../stopwords";

/**
 * One place or organisation written another way: a short name or abbreviation for the full name, a demonym for
 * its country, a possessive for the adjective ("UK" / "British" / "United Kingdom", "the Armenian prime minister" /
 * "Armenia's prime minister", "EU" / "European Union"). Places and demonyms through the name lexicon
 * (lib/compare/name-lexicon.ts: the gazetteer's aliases, compromise's places and demonyms, placeOfDemonym);
 * initialisms by their formation, the initial letters of the principal words of the full name (CGEL ch. 19
 * § 6.2, "initialisms and acronyms"): "OSCE" for "Organization for Security and Co-operation in Europe".
 */

const withoutPossessive = (word: string) => word.replace(/'s?$/u, "");

/** The place a phrase names ("uk", "british", "armenia's", "united kingdom"), or null. */
function placeOf(words: readonly string[]): string | null {
  if (!words.length) return null;
  const phrase = words.map((word) => withoutPossessive(foldWord(word))).join(" ");
  const key = placeKeyOf(phrase);
  if (key) return key;
  if (words.length === 1) {
    const demonym = placeOfDemonym(phrase);
    if (demonym) return demonym;
  }
  return null;
}

const CAPITAL = /^\p{Lu}/u;

/** The initialism of a full name: the first capital of each capitalised word, function words skipped. */
function initialsOf(words: readonly string[], stopWords: ReadonlySet<string>): string | null {
  if (words.length < 2) return null;
  let initials = "";
  for (const word of words) {
    if (CAPITAL.test(word)) initials += word[0];
    else if (!stopWords.has(foldWord(word))) return null;
  }
  return initials.length >= 2 ? initials : null;
}

const INITIALISM = /^\p{Lu}{2,6}$/u;

/** Whether one side is an initialism of the other ("EU" / "European Union", "UN" / "United Nations"). */
function isInitialismOf(short: readonly string[], full: readonly string[], stopWords: ReadonlySet<string>): boolean {
  if (short.length !== 1) return false;
  const written = withoutPossessive(short[0].replace(/\./gu, ""));
  return INITIALISM.test(written) && initialsOf(full.map(withoutPossessive), stopWords) === written;
}

/**
 * Whether the words one side of an edit has and the other lacks (`removed`, `added`: as written) name the same
 * place or organisation, articles aside. Throws nothing.
 */
export function samePlaceWrittenAnotherWay(removed: readonly string[], added: readonly string[], language: string): boolean {
  // Articles aside ("The Armenian" / "Armenia's"), but not an acronym spelled like one ("UN" is no French "un").
  const article = (word: string) => isEmptyWord(foldWord(word)) && !INITIALISM.test(word);
  const x = removed.filter((word) => !article(word));
  const y = added.filter((word) => !article(word));
  if (!x.length || !y.length) return false;
  const placeX = placeOf(x);
  if (placeX !== null && placeX === placeOf(y)) return true;
  const stopWords = stopWordsFor(language);
  return isInitialismOf(x, y, stopWords) || isInitialismOf(y, x, stopWords);
}

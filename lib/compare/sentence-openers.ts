/**
 * Words that open a readout's sentence and that no headline, title case's or an office's name, ends with or holds
 * capitalised right before its verb: the article and the subject pronouns ("The Secretary spoke", "He noted", "Стороны
 * обсудили", "Կողմերը քննարկել են"). The segmentation rules that find where a headline or a web page's furniture
 * glued to a sentence ends read them as the sentence's start: glued-headlines.ts (English only: title case is English
 * typography) and page-furniture.ts (all three languages of these readouts).
 */

/** A language whose openers are listed. */
export type OpenerLanguage = "en" | "ru" | "hy";

/** The openers, lower case, by language; English "I" aside (FIRST_PERSON_SINGULAR). */
const OPENERS: Readonly<Record<OpenerLanguage, readonly string[]>> = {
  en: ["the", "he", "she", "they", "we", "it"],
  ru: ["он", "она", "они", "стороны"],
  hy: ["նա", "նրանք", "կողմերը"],
};

/**
 * English "I", lower case. An opener to page-furniture.ts; not in glued-headlines.ts's set, which reads "I" by a rule of
 * its own (one capital right before the verb) and elsewhere as a capitalised word that may be a name's part.
 */
export const FIRST_PERSON_SINGULAR = "i";

/**
 * The openers of `languages` (lower case, as normalise.ts foldCase gives a word), with English "I" when
 * `firstPersonSingular`. Returns a new set; throws nothing.
 */
export function sentenceOpeners(languages: readonly OpenerLanguage[], firstPersonSingular: boolean): ReadonlySet<string> {
  const openers = new Set<string>();
  for (const language of languages) for (const word of OPENERS[language]) openers.add(word);
  if (firstPersonSingular) openers.add(FIRST_PERSON_SINGULAR);
  return openers;
}

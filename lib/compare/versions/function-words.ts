import { primaryLanguage } from "../../text/language";
import { stopWordsFor } from "../stopwords";

/**
 * The edit classifier's own function words (classify.ts): the alignment's stop list (lib/compare/stopwords.ts, which
 * matching skips and which must not change for the classifier's sake) without the stop words that say something when
 * they are added, dropped or swapped. An edit made only of function words is wording; one of these is a content word
 * to the classifier, so alone it is `unclassified` (rule 14) unless a fact rule names it (closed-class.ts scope lists,
 * tense.ts aspect words), as English "now", "finally" and "sometimes", on no stop list, always were.
 * - en: the adverbial particles that make a phrasal verb ("call off", "back out", "cut off", "hold up", "turn down";
 *   CGEL chs. 4 and 7, the verb–particle constructions: the verb with its particle is another verb), the degree
 *   adverb "very" (CGEL ch. 6: a degree modifier says how much) and "other" ("the other sides" / "the sides"). "on",
 *   "in", "over", "about", "through" stay function words: mostly they head a phrase dropped without loss ("on Monday" /
 *   "Monday", "met with" / "met"), and the rules do not see the verb before the edit;
 * - ru: теперь, сейчас ("now") and наконец ("finally"), as English "now" and "finally"; the emphatic сам ("himself",
 *   also "on his own"); the identity and emphasis particle же, ж ("те же опасения": "the same concerns"); раз ("once",
 *   "a time"), хоть ("at least"), лучше, хорошо, другой ("other"); Wade, *A Comprehensive Russian Grammar* (3rd ed.,
 *   2011), the chapters on adverbs, particles and determinative pronouns;
 * - hy: էլ ("also", "too"; also "and", so no scope word: the rules cannot tell; Dum-Tragut, *Armenian: Modern Eastern
 *   Armenian*, 2009, the focus particles).
 * The frequency and degree words of these stop lists (всегда, иногда, совсем, чуть, более) and English "too", "same",
 * "further" are scope words (closed-class.ts), so they are left out here too. Folded words (lib/text/fold foldWord).
 */
const SAY_SOMETHING: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["en", new Set("off out up down very other too same further".split(" "))],
  ["ru", new Set("теперь сейчас наконец сам сама само сами самого самой самому самим самих самом же ж раз хоть лучше хорошо другой всегда иногда совсем чуть более".split(" "))],
  ["hy", new Set(["էլ"])],
]);

const byTag = new Map<string, ReadonlySet<string>>();

/**
 * The classifier's function words for a BCP 47 tag (its primary language; lib/text/language primaryLanguage): the stop
 * words of lib/compare/stopwords.ts stopWordsFor without SAY_SOMETHING's words. Remembered per tag; throws nothing.
 */
export function functionWordsFor(language: string): ReadonlySet<string> {
  let words = byTag.get(language);
  if (words) return words;
  const stop = stopWordsFor(language);
  const left = SAY_SOMETHING.get(primaryLanguage(language));
  words = left ? new Set([...stop].filter((word) => !left.has(word))) : stop;
  byTag.set(language, words);
  return words;
}

/** The stop words each language's classifier does not count as function words (for tests and docs). */
export const NOT_FUNCTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = SAY_SOMETHING;

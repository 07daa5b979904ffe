import { foldWord } from "../../text/fold";
import { placeKeyOf, isDemonym } from "../name-lexicon";
import { DEMONYMS, PLACES, TITLES } from "../gazetteer";
import { isEmptyWord } from "./closed-class";
import { remembered } from "./remembered";
import { isCapitalisedTitle, isTitleWord } from "./title-words";

/**
 * One person named another way (tester T3 #13): an honorific added or dropped before a name, a given name added to or
 * dropped from a surname, a title for the name, a Russian title written as a compound abbreviation.
 *
 * - Honorifics ("Mr.", "Mrs.", "Ms.", "Miss"; Russian "г-н", "господин", "г-жа", "госпожа"; Armenian "պարոն",
 *   "տիկին") say nothing but courtesy (The Chicago Manual of Style, 17th ed., § 10.17): added or dropped before a
 *   capitalised word, notation; a woman's honorific unclassified, since a surname alone may name her husband
 *   ("Aliyev" → "Mrs. Aliyev").
 * - A capitalised word that is no place, demonym or title added or dropped right before a capitalised word ("Secretary
 *   Blinken" → "Secretary Antony Blinken"): a given name, of the same person or of another of that surname ("Ilham" or
 *   "Heydar Aliyev"), which the edit alone cannot tell: unclassified, never a fact. A given name swapped for another
 *   ("Ilham" → "Heydar") is no such edit: it stays a fact.
 * - A title phrase for a name ("The Secretary" → "Blinken"): the same person or another, unclassified.
 * - A Russian compound abbreviation (сложносокращённое слово, Russian Grammar, 1980, § 408: "госсекретарь" for
 *   "государственный секретарь", "генпрокурор" for "генеральный прокурор"): one word that is the first letters (three
 *   or more) of one word and the whole of the next, notation.
 */

const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "messrs", "г-н", "господин", "г-жа", "госпожа", "պարոն", "տիկին"]);
const CAPITAL = /^\p{Lu}/u;
// Remembered: every edit's words are keyed several times here (profile of the version diff, session 19).
const keyOf = remembered((word: string) => foldWord(word).replace(/\.$/u, "").replace(/'s?$/u, ""));
const foldedWord = remembered(foldWord);

const isHonorific = (word: string) => HONORIFICS.has(keyOf(word));
const FEMININE_HONORIFICS = new Set(["mrs", "ms", "miss", "г-жа", "госпожа", "տիկին"]);
const isFeminineHonorific = (word: string) => FEMININE_HONORIFICS.has(keyOf(word));
/**
 * Capitalised words before a title or a name that say which one, never a given name: the title rule's modifiers that
 * the title lists lack ("First Deputy", "Senior Adviser", "Chief Negotiator", "New Ambassador", "Then Minister").
 */
const MODIFIERS = new Set(["first", "second", "third", "senior", "junior", "chief", "principal", "special", "new", "current", "future", "then", "late", "young", "old", "own"]);
const isTitle = (key: string) => TITLES.has(key) || isTitleWord(key);
const isPlace = (key: string) => placeKeyOf(key) !== null || isDemonym(key) || PLACES.has(key) || DEMONYMS.has(key);

/** One word that abbreviates the first of two words and keeps the second ("госсекретарь" / "государственный секретарь"). */
function compoundOf(word: string, pair: readonly string[]): boolean {
  if (pair.length !== 2 || !/\p{Script=Cyrillic}/u.test(word)) return false;
  const [whole, first, second] = [keyOf(word), keyOf(pair[0]), keyOf(pair[1])];
  if (!whole.endsWith(second) && !whole.endsWith(second.slice(0, -2))) return false;
  // The second word in the compound, its case ending allowed to differ by two letters at most.
  for (let cut = 3; cut < first.length && cut < whole.length; cut++) {
    const head = whole.slice(0, cut);
    if (!first.startsWith(head)) break;
    const rest = whole.slice(cut);
    const stem = second.length > 4 ? second.slice(0, -2) : second;
    if (rest.startsWith(stem) && rest.length - second.length <= 2 && second.length - rest.length <= 2 && rest.length > 2) return true;
  }
  return false;
}

/**
 * How an edit that changes the words `removed` to `added` (as written; articles count as nothing) names a person
 * another way: "notation" (an honorific added or dropped, a compound abbreviation), "unknown" (a given name added or
 * dropped, a title for a name: the same person or another), or null (no such edit). `capitalFollows`: a capitalised
 * word follows the edit in either version; `stopWords` the statement language's function words (never a given name).
 * `inCapitals`: the edit's sentence is in capitals or title case (only the compound rule is asked). Pure; throws nothing.
 */
export function nameWrittenAnotherWay(removed: readonly string[], added: readonly string[], capitalFollows: boolean, stopWords: ReadonlySet<string>, inCapitals = false): "notation" | "unknown" | null {
  // A capitalised word that may be a name: no honorific, title, abbreviation ("Rep."), place, modifier, function word or number.
  const maybeGivenName = (word: string) => {
    const key = keyOf(word);
    return CAPITAL.test(word) && !word.includes(".") && !isHonorific(word) && !isTitle(key) && !isCapitalisedTitle(word) && !isPlace(key) && !MODIFIERS.has(key) && !stopWords.has(key) && !/\d/u.test(word);
  };
  const x = removed.filter((word) => !isEmptyWord(foldedWord(word)));
  const y = added.filter((word) => !isEmptyWord(foldedWord(word)));
  if (x.length === 1 && y.length === 2 && compoundOf(x[0], y)) return "notation";
  if (y.length === 1 && x.length === 2 && compoundOf(y[0], x)) return "notation";
  // In a sentence in capitals or title case every word has a capital: none is a name by it.
  if (inCapitals) return null;
  if (!capitalFollows && (x.length === 0 || y.length === 0)) return null;
  const [one, other] = x.length === 0 ? [y, x] : y.length === 0 ? [x, y] : [null, null];
  // Words added or dropped that are all function words ("Major" → "The major": the fold sees only "The") name no one.
  if (one && other && capitalFollows && one.length > 0) {
    // A woman's honorific added or dropped may name another person of that surname ("Aliyev" → "Mrs. Aliyev", his
    // wife; tester T5 #3): the rules cannot tell.
    if (one.every(isHonorific)) return one.some(isFeminineHonorific) ? "unknown" : "notation";
    if (one.every(maybeGivenName)) return "unknown";
    return null;
  }
  // A title phrase on one side, a name on the other ("The Secretary" → "Blinken").
  const titleOnly = (words: readonly string[]) => words.length > 0 && words.every((word) => isTitle(keyOf(word)) && !stopWords.has(keyOf(word)));
  // Latin script only: a Russian or Armenian adjective opening a sentence has a capital too ("Государственный").
  const nameOnly = (words: readonly string[]) => words.length > 0 && words.every((word) => maybeGivenName(word) && /^\p{Script=Latin}+$/u.test(word));
  if ((titleOnly(x) && nameOnly(y)) || (titleOnly(y) && nameOnly(x))) return "unknown";
  return null;
}

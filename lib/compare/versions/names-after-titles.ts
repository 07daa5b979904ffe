import { foldWord } from "../../text/fold";
import { termMakerFor } from "../normalise";
import { synonymSetsOf } from "../synonyms";
import { antonymsOfTerm } from "../antonyms";
import { stopWordsFor } from "../stopwords";
import { MONTHS, ORGANISATION_CUES, TITLES, WEEKDAYS } from "../gazetteer";
import { isModal, NUMBER_WORDS, RELATIVE_DAYS } from "./closed-class";
import { irregularBaseOf } from "./inflections";
import { verbOf } from "./opposites-more";
import { remembered } from "./remembered";
import { caseOfEnding, endsAsSurname, endsInObliqueCase, type RussianCase } from "../russian-name-case";
import { isCapitalisedTitle, isRankWord, isTitleWord, titleEnding } from "./title-words";

/**
 * A name by its place: the word right after a person's title, where capitals say nothing (tester 71 F8).
 *
 * In a sentence in capitals or in title case (capitals.ts) a capital is no evidence of a name, so the version diff's
 * name rule wants other evidence (classify.ts isKnownName). The place of a word is such evidence: a title of office or
 * rank stands before a name and is written without an article there (The Chicago Manual of Style, 17th ed., § 8.21:
 * "President Aliyev", "Foreign Minister Mirzoyan"; a title used descriptively takes one: "the president welcomed"). In
 * Russian a title before a name stands in apposition and agrees with it in case ("с президентом Алиевым", "президенту
 * Алиеву"; Wade, *A Comprehensive Russian Grammar*, 2011), and Armenian writes the title before a name bare, with no
 * article or case ending, the name taking them ("նախագահ Ալիևը", "վարչապետ Փաշինյանի"; Dum-Tragut, *Armenian: Modern
 * Eastern Armenian*, 2009). So a word fills a title's slot:
 * - English: after a title of office or rank that stands before a name (HEAD_TITLES, the ranks, the abbreviated titles
 *   "Sen.", "Gen."), itself not after an article, a demonstrative or a possessive (the titles before it passed over:
 *   "the Prime Minister" has one), when the word is no English word the engine's lexicons know (englishWord: stop
 *   words, number, date and modal words, titles, WordNet 3.1's synonym and antonym terms, irregular verbs): a headline
 *   puts verbs right after a bare title ("Secretary Welcomes Steps"), and a name that is also a word ("Rice", "Bush")
 *   cannot be told from one;
 * - Russian: after a title of the masculine declension (title-words.ts titleEnding) in the nominative, when the word
 *   ends as a surname does (-ов, -ев, -ин, -ян…; Unbegaun, *Russian Surnames*, 1972), or in an oblique
 *   case, when the word ends in that case's ending (both read by russian-name-case.ts): "президента Алиева" fills it, "президента страны"
 *   (a genitive complement, another case) does not;
 * - Armenian: after a bare title ("նախագահ", "վարչապետ"), any word that is no stop word nor title.
 * And an edit counts as a name changed only where each side that changed a content word fills the slot
 * (changesNameAfterTitle): a verb swapped after a bare title ("Secretary Stresses" → "Secretary Underlines") or a
 * genitive complement ("министр финансов" → "министр обороны") is then no name, though one side's word may look like one.
 * Unclassified is better than a false fact: a name that is also a word stays unclassified.
 */

/**
 * English titles of office and honorifics that stand right before a name ("President Aliyev", "Secretary Blinken"): gazetteer.ts
 * TITLES without the words that only modify a title ("prime", "foreign", "deputy", "national", "security", "high"…).
 */
const HEAD_TITLES = new Set(
  `president president-elect secretary secretary-general undersecretary minister ambassador envoy spokesman spokeswoman
  spokesperson chancellor king queen prince senator congressman congresswoman governor mayor chairman chairwoman speaker
  premier pope commissioner director representative adviser advisor general mr mrs ms dr sir lord`.split(/\s+/u),
);
/** Words that make the title after them descriptive, not a name's (an article, a demonstrative, a possessive determiner: the determinatives of CGEL ch. 5). */
const DETERMINERS = new Set("the a an this that these those his her its their our your my whose each every no any another which what".split(" "));

/** The slot a title opens (titleSlot): none, English, Armenian, or the case of a Russian title (russian-name-case.ts). */
type Slot = "" | "en" | "hy" | RussianCase;

const LATIN_WORD = /^[a-z][a-z'.-]*$/u;
const CYRILLIC_WORD = /^[а-яё][а-яё'-]*$/u;
const ARMENIAN_WORD = /^[\u0561-\u0587][\u0561-\u0587'-]*$/u;
const POSSESSIVE = /'s?$/u;

const keyOf = remembered((written: string): string => foldWord(written).replace(/\.$/u, ""));
const englishTerms = remembered((word: string): readonly string[] => termMakerFor("en").terms(word));
const englishStopWords = stopWordsFor("en");

/**
 * Whether a folded English word (no possessive) is a word the engine's English lexicons know: a stop, number, date or
 * modal word, a title or an institution's word, an irregular verb's form, or a term of WordNet 3.1's synonym or
 * antonym tables (synonyms.ts, antonyms.ts). Remembered.
 */
const englishWord = remembered((key: string): boolean => {
  if (key.includes("-")) return key.split("-").some((part) => part !== "" && englishWord(part));
  if (englishStopWords.has(key) || NUMBER_WORDS.has(key) || RELATIVE_DAYS.has(key) || MONTHS.includes(key) || WEEKDAYS.has(key) || isModal(key, "en")) return true;
  if (TITLES.has(key) || ORGANISATION_CUES.has(key) || isTitleWord(key) || verbOf(key) !== key || irregularBaseOf(key) !== key) return true;
  return englishTerms(key).some((term) => synonymSetsOf(term).length > 0 || antonymsOfTerm(term) !== undefined);
});

/** The slot the title `words[t]` (as written) opens for the word after it, its own words before it read for an article. */
function titleSlot(words: readonly string[], t: number): Slot {
  const written = words[t];
  const key = keyOf(written);
  if (LATIN_WORD.test(key)) {
    if (POSSESSIVE.test(key) || !(HEAD_TITLES.has(key) || isRankWord(written) || isCapitalisedTitle(written))) return "";
    // Past the titles before it ("Deputy Foreign Minister", "Secretary General") to the word that may make it descriptive.
    let p = t - 1;
    while (p >= 0 && (TITLES.has(keyOf(words[p])) || isTitleWord(keyOf(words[p])) || isCapitalisedTitle(words[p]))) p--;
    return p >= 0 && DETERMINERS.has(keyOf(words[p])) ? "" : "en";
  }
  const ending = titleEnding(key);
  if (ending === null) return "";
  if (ARMENIAN_WORD.test(key)) return ending === "" ? "hy" : "";
  return caseOfEnding(ending) ?? "";
}

/** Whether `written` (a word as written) fills a title's `slot` (the file's docstring). */
function fillsSlot(written: string, slot: Slot): boolean {
  const key = keyOf(written).replace(POSSESSIVE, "");
  switch (slot) {
    case "en":
      return LATIN_WORD.test(key) && key.length > 1 && !englishWord(key);
    case "hy":
      return ARMENIAN_WORD.test(key) && !stopWordsFor("hy").has(key) && titleEnding(key) === null;
    case "":
      return false;
    default: {
      if (!CYRILLIC_WORD.test(key) || stopWordsFor("ru").has(key) || titleEnding(key) !== null || isTitleWord(key)) return false;
      return slot === "nom" ? endsAsSurname(key) : endsInObliqueCase(key, slot);
    }
  }
}

/** Whether `words[k]` (words as written, in order) fills the slot of a title right before it, `words[k - 1]`. Pure. */
export function namedAfterTitle(words: readonly string[], k: number): boolean {
  if (k < 1) return false;
  const slot = titleSlot(words, k - 1);
  return slot !== "" && fillsSlot(words[k], slot);
}

/** One side of an edit for changesNameAfterTitle. */
export interface EditSide {
  /** The side's words as written: the words before the edit in its sentence (`from` of them), then the edit's. */
  words: readonly string[];
  from: number;
  /** The edit's words this side has and the other lacks. */
  changed: readonly string[];
}

/**
 * Whether an edit changes a name by its place after a title (the file's docstring): a changed word of one side or
 * both fills the slot of a title right before it, and a side whose changed words are not all stop words
 * (`isStopWord`, folded) has one that does. Pure; throws nothing.
 */
export function changesNameAfterTitle(a: EditSide, b: EditSide, isStopWord: (key: string) => boolean): boolean {
  const named = (side: EditSide) => {
    for (let k = Math.max(side.from, 1); k < side.words.length; k++) if (side.changed.includes(side.words[k]) && namedAfterTitle(side.words, k)) return true;
    return false;
  };
  const says = (side: EditSide) => side.changed.some((word) => !isStopWord(keyOf(word)));
  const [namedA, namedB] = [named(a), named(b)];
  return (namedA || namedB) && (namedA || !says(a)) && (namedB || !says(b));
}

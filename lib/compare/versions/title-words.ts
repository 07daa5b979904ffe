import { ABBREVIATED_TITLES } from "../abbreviated-titles";
import { TITLES } from "../gazetteer";

/**
 * Titles and roles beyond gazetteer.ts TITLES:
 * - modifiers that change who holds the office ("former", "acting", "interim", "outgoing", "designate"; CGEL
 *   ch. 7 § 14 lists them among the attributive-only adjectives that change a noun's reference): added or dropped
 *   before a title, a fact, "title";
 * - Russian and Armenian titles matched by stem with any case ending (Wade 2011 and Dum-Tragut 2009, the
 *   noun's cases: "госсекретарём", "министром", "նախագահի", "արտգործնախարարի").
 */
const TITLE_MODIFIERS = new Set("former acting interim outgoing incoming designate elect late caretaker ex бывший бывшего бывшим исполняющий временный նախկին ժամանակավոր".split(" "));
const RUSSIAN_TITLE_STEMS = ["президент", "премьер", "министр", "госсекретар", "секретар", "посл", "посол", "спикер", "канцлер", "глав", "председател", "замминистр", "заместител", "советник", "пресс-секретар", "представител"];
/** Titles that are adjectives made nouns ("главнокомандующий", "командующим", "уполномоченного"), with an adjective's endings. */
const RUSSIAN_ADJECTIVAL_TITLE_STEMS = ["главнокомандующ", "командующ", "уполномоченн"];
const RUSSIAN_ADJECTIVE_ENDING = /^(?:ий|ый|его|ого|ему|ому|им|ым|ем|ом|ие|ые|их|ых|ими|ыми|ая|ей|ой|ую)$/u;
const ARMENIAN_TITLE_STEMS = ["նախագահ", "վարչապետ", "նախարար", "արտգործնախարար", "դեսպան", "քարտուղար", "խոսնակ", "փոխնախարար", "տեղակալ", "խորհրդական", "ներկայացուցիչ", "պետքարտուղար"];

/**
 * Military and police ranks (the U.S. armed forces' and NATO's rank titles; Russian forms by stem, after Wade 2011;
 * Armenian, after Dum-Tragut 2009): "Colonel Smith" → "Major Smith" changes who acts, a fact, "title" (tester 48 found
 * them unclassified). Ranks that are also common words ("major", "private") count only written with a capital, below.
 */
const RANKS = new Set("colonel lieutenant sergeant corporal admiral brigadier commodore marshal field-marshal lieutenant-colonel lieutenant-general major-general rear-admiral vice-admiral".split(" "));
const RUSSIAN_RANK_STEMS = ["генерал", "полковник", "подполковник", "майор", "капитан", "лейтенант", "сержант", "адмирал", "маршал", "ефрейтор"];
const ARMENIAN_RANK_STEMS = ["գեներալ", "գնդապետ", "փոխգնդապետ", "մայոր", "կապիտան", "լեյտենանտ", "սերժանտ", "ծովակալ", "մարշալ"];
/**
 * Titles and ranks before a name, abbreviated (The Chicago Manual of Style, 17th ed., § 10.15, civil and military
 * titles: "Sen.", "Rep.", "Gov.", "Gen.", "Col.", "Lt.", "Maj.", "Sgt.", "Adm.", "Capt."), and the ranks that are also
 * common words: titles only with a capital ("Sen. Menendez" → "Rep. Menendez"; "a major step" is no rank).
 */
const CAPITALISED_TITLES = new Set([...ABBREVIATED_TITLES, "major", "private", "captain", "commander"]);

/** Whether a folded word is a title or a rank (the Russian and Armenian lists in any statement's language: the script says which) or a modifier of one. */
export function isTitleWord(key: string): boolean {
  if (TITLE_MODIFIERS.has(key) || RANKS.has(key)) return true;
  if (CYRILLIC.test(key))
    return (
      (key !== "после" && RUSSIAN_TITLE_STEMS.some((stem) => nounOfStem(key, stem))) ||
      RUSSIAN_RANK_STEMS.some((stem) => nounOfStem(key, stem)) ||
      RUSSIAN_ADJECTIVAL_TITLE_STEMS.some((stem) => key.startsWith(stem) && RUSSIAN_ADJECTIVE_ENDING.test(key.slice(stem.length)))
    );
  return ARMENIAN.test(key) && (ARMENIAN_TITLE_STEMS.some((stem) => key.startsWith(stem)) || ARMENIAN_RANK_STEMS.some((stem) => key.startsWith(stem)));
}

/** Whether a word as written (not folded) is a title abbreviation or a rank that is also a common word, with its capital ("Sen", "Major"). */
export function isCapitalisedTitle(word: string): boolean {
  return /^\p{Lu}/u.test(word) && CAPITALISED_TITLES.has(word.toLowerCase().replace(/\.$/u, ""));
}

const CYRILLIC = /[а-яё]/u;

/**
 * A Russian noun's case endings, singular and plural (Wade 2011, the declensions), the feminine -ница in its cases
 * ("председательница", "представительницей"), a hyphenated compound's second part
 * ("генерал-майор"), or none: what may follow a title's or rank's stem. An adjective made from the stem is no title
 * ("генеральное соглашение", "главной темой", "капитальный"; tester 52).
 */
const RUSSIAN_NOUN_ENDING = /^(?:|ь|а|я|у|ю|ом|ем|ём|ой|ей|ою|ею|е|и|ы|ов|ев|ёв|ам|ям|ами|ями|ах|ях|ь?ниц(?:[аеуы]|ей|ам|ами|ах)?|-\p{L}.*)$/u;

/** Whether a folded Russian word is a noun of `stem` (the stem and a case ending). */
const nounOfStem = (key: string, stem: string): boolean => key.startsWith(stem) && RUSSIAN_NOUN_ENDING.test(key.slice(stem.length));
const ARMENIAN = /[\u0561-\u0587]/u;

/**
 * Words written with a capital as part of a title or an institution's name and in lower case otherwise
 * ("the Minister" / "the minister", "Head of Mission" / "head of mission", "the Ministry" / "the ministry"):
 * house styles differ (The Chicago Manual of Style, 17th ed., §§ 8.21–8.22: titles capitalised before a name,
 * lower-cased after it or alone), so a change of their case is wording, not a name turned into a word.
 */
const TITLE_PHRASE_WORDS = new Set(
  `head mission chief state affairs staff delegation office ministry department council parliament government senate
  congress committee commission administration embassy cabinet presidency assembly agency`.split(/\s+/u),
);

export function isTitleStyleWord(key: string): boolean {
  const singular = key.endsWith("s") ? key.slice(0, -1) : key;
  // The ranks that are also common words ("Major Petrosyan" / "major Petrosyan") too: their capital is house style.
  return TITLES.has(key) || TITLES.has(singular) || TITLE_PHRASE_WORDS.has(key) || TITLE_PHRASE_WORDS.has(singular) || isTitleWord(key) || CAPITALISED_TITLES.has(key);
}

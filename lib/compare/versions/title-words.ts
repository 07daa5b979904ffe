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
const RUSSIAN_TITLE_STEMS = ["президент", "премьер", "министр", "госсекретар", "секретар", "посла", "послом", "послу", "посол", "послы", "спикер", "канцлер", "глав", "председател", "замминистр", "заместител", "советник", "пресс-секретар", "представител"];
const ARMENIAN_TITLE_STEMS = ["նախագահ", "վարչապետ", "նախարար", "արտգործնախարար", "դեսպան", "քարտուղար", "խոսնակ", "փոխնախարար", "տեղակալ", "խորհրդական", "ներկայացուցիչ", "պետքարտուղար"];

/** Whether a folded word is a title (the Russian and Armenian lists in any statement's language: the script says which) or a modifier of one. */
export function isTitleWord(key: string): boolean {
  if (TITLE_MODIFIERS.has(key)) return true;
  if (CYRILLIC.test(key)) return RUSSIAN_TITLE_STEMS.some((stem) => key.startsWith(stem)) && key !== "после";
  return ARMENIAN.test(key) && ARMENIAN_TITLE_STEMS.some((stem) => key.startsWith(stem));
}

const CYRILLIC = /[а-яё]/u;
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
  return TITLES.has(key) || TITLES.has(singular) || TITLE_PHRASE_WORDS.has(key) || TITLE_PHRASE_WORDS.has(singular) || isTitleWord(key);
}

import { ABBREVIATED_TITLES } from "../abbreviated-titles";
import { DEMONYMS, ORGANISATION_CUES, TITLES } from "../gazetteer";
import { isDemonym, isGivenName } from "../name-lexicon";

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

/**
 * The case ending of a folded Russian or Armenian title or rank after its stem, for a noun of the masculine declension
 * (Wade 2011, the declensions; Dum-Tragut 2009, the noun's cases): "министр" → "", "госсекретарь" → "ь",
 * "президентом" → "ом", "премьер-министра" → "а" (a hyphenated title by its last part); Armenian "նախագահ" → "",
 * "նախագահի" → "ի". The longest stem that fits decides. Null for any other word, and for "глава" (feminine declension:
 * its nominative ends in -а like a genitive) and the titles declined as adjectives ("командующий"). Pure.
 */
export function titleEnding(key: string): string | null {
  const last = key.includes("-") ? key.slice(key.lastIndexOf("-") + 1) : key;
  let stem = "";
  if (CYRILLIC.test(last)) {
    for (const candidate of RUSSIAN_TITLE_STEMS) if (candidate !== "глав" && candidate.length > stem.length && nounOfStem(last, candidate)) stem = candidate;
    for (const candidate of RUSSIAN_RANK_STEMS) if (candidate.length > stem.length && nounOfStem(last, candidate)) stem = candidate;
    // "после" (after) is no form of "посол".
    return stem && last !== "после" ? last.slice(stem.length) : null;
  }
  if (!ARMENIAN.test(last)) return null;
  for (const candidate of ARMENIAN_TITLE_STEMS) if (candidate.length > stem.length && last.startsWith(candidate)) stem = candidate;
  for (const candidate of ARMENIAN_RANK_STEMS) if (candidate.length > stem.length && last.startsWith(candidate)) stem = candidate;
  return stem ? last.slice(stem.length) : null;
}

/** Whether a word as written (not folded) is a title abbreviation or a rank that is also a common word, with its capital ("Sen", "Major"). */
export function isCapitalisedTitle(word: string): boolean {
  return /^\p{Lu}/u.test(word) && CAPITALISED_TITLES.has(word.toLowerCase().replace(/\.$/u, ""));
}

/**
 * Whether capitalised `words` (as written, in order: what follows a title) name no person, so the title before them is
 * none (The Chicago Manual of Style, 17th ed., § 10.15: a title abbreviated or capitalised before a *name*):
 * - an institution's name: a run of two capitalised words or more, none possessive, the first no given name, with an
 *   institution's word after the first (gazetteer.ts ORGANISATION_CUES: "Sen. Foreign Relations Committee" is the
 *   Senate's committee, "Gov. Accountability Office" the Government's; "Gov. Abbott's Office" and "Gen. John Court"
 *   are persons);
 * - after a rank that is also a common word (`title` "Major", "Private", "Captain", "Commander"; not an abbreviation),
 *   a demonym or a compass adjective (gazetteer.ts DEMONYMS, name-lexicon.ts isDemonym): "Major Western powers",
 *   "Private Russian firms" (session 12's review). An abbreviation keeps its name: "Sgt. French".
 * Pure.
 */
export function namesNoPerson(words: readonly string[], title: string): boolean {
  return namesInstitution(words) || (isCommonWordRank(title) && words.length > 0 && isDemonymWord(words[0]));
}

/** Whether a word as written is a rank that is also a common word, with its capital ("Major", "Private"): not an abbreviation. */
export function isCommonWordRank(word: string): boolean {
  return isCapitalisedTitle(word) && !word.endsWith(".") && !ABBREVIATED_TITLES.has(word.toLowerCase());
}

/**
 * Words that qualify a rank into another rank before it (the U.S. armed forces' and NATO's rank titles: "Staff
 * Sergeant", "Master Sgt.", "First Lieutenant", "Chief Petty Officer", "Rear Admiral", "Lance Corporal", "Flight
 * Lieutenant", "Wing Commander", "Field Marshal"; Russian старший/младший лейтенант and Armenian ավագ/կրտսեր
 * լեյտենանտ, after Wade 2011 and Dum-Tragut 2009): added, dropped or swapped before a rank, the rank changed, a fact,
 * "title" (session 12's review: "Sgt. Smith" → "Staff Sgt. Smith" was unclassified). Only before a rank
 * (isRankWord): "the staff", "first", "chief" alone are other words.
 */
const RANK_QUALIFIERS = new Set("staff master chief command senior petty warrant lance rear vice flight wing squadron field fleet first second ավագ կրտսեր".split(" "));
const RUSSIAN_RANK_QUALIFIER_STEMS = ["старш", "младш"];
/** Nouns that a qualifier makes a rank ("Petty Officer", "Senior Airman"), though alone they are no title. */
const QUALIFIED_RANK_NOUNS = new Set(["officer", "officers", "airman", "seaman"]);

/** Whether a folded word qualifies a rank (RANK_QUALIFIERS, Russian старший/младший in any case). */
export function isRankQualifier(key: string): boolean {
  return RANK_QUALIFIERS.has(key) || (CYRILLIC.test(key) && RUSSIAN_RANK_QUALIFIER_STEMS.some((stem) => key.startsWith(stem) && RUSSIAN_ADJECTIVE_ENDING.test(key.slice(stem.length))));
}

/**
 * Whether a word as written is a rank a qualifier may stand before: a rank (RANKS, the Russian and Armenian ranks), a
 * title abbreviated or a rank that is also a common word with its capital ("Sgt.", "Adm.", "Major"), or a noun a
 * qualifier makes a rank ("Officer").
 */
export function isRankWord(word: string): boolean {
  const key = word.toLowerCase().replace(/\.$/u, "");
  if (RANKS.has(key) || QUALIFIED_RANK_NOUNS.has(key) || isCapitalisedTitle(word)) return true;
  if (CYRILLIC.test(key)) return RUSSIAN_RANK_STEMS.some((stem) => nounOfStem(key, stem));
  return ARMENIAN.test(key) && ARMENIAN_RANK_STEMS.some((stem) => key.startsWith(stem));
}

const CAPITAL_FIRST = /^\p{Lu}/u;
const POSSESSIVE = /['’]s?$/u;
/** How many capitalised words an institution's name is looked through for its institution word. */
const INSTITUTION_REACH = 6;

/** Whether capitalised `words` open an institution's name (namesNoPerson). */
export function namesInstitution(words: readonly string[]): boolean {
  if (words.length < 2 || isGivenName(words[0].toLowerCase())) return false;
  for (let k = 0; k < words.length && k < INSTITUTION_REACH; k++) {
    const word = words[k];
    if (!CAPITAL_FIRST.test(word) || POSSESSIVE.test(word)) return false;
    const key = word.toLowerCase();
    if (k > 0 && (ORGANISATION_CUES.has(key) || (key.endsWith("s") && ORGANISATION_CUES.has(key.slice(0, -1))))) return true;
  }
  return false;
}

const isDemonymWord = (word: string): boolean => {
  const key = word.toLowerCase().replace(POSSESSIVE, "");
  return DEMONYMS.has(key) || isDemonym(key);
};

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

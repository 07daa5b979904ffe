import { primaryLanguage } from "../../text/language";
import { sameRole } from "./role-forms";
import { isTitleWord } from "./title-words";
import { isTimeWord } from "./time-words";

/**
 * Pairs of words that say the same thing although a fact rule (classify.ts) would read one of them as a fact:
 * - the indefinite article and the numeral "one" before a noun ("a senior official" / "one senior official"):
 *   the article is the numeral's unstressed form and both say "a single" (CGEL ch. 5 § 6.3, the indefinite article
 *   and "one"; ch. 5 § 7.3, cardinal "one"). English statements only ("a" is another word in Spanish, Italian,
 *   French). The number rule still sees any other numeral ("one" / "two", "a" / "two", "one" / "several");
 * - participles of arrangement for an event set for a time ("the meeting planned for March" / "scheduled for
 *   March" / "slated for March" / "arranged for March" / "envisaged", "envisioned", "timetabled"): each says the
 *   event is arranged for that time. "planned"
 *   is in the modal list (closed-class.ts MODALITY_LISTS) as a verb of intention (Palmer, *Mood and Modality*,
 *   2001, ch. 3, dynamic modality: "we plan to meet"), so dropping or adding it, or swapping it for a modal
 *   ("will", "may", "expected") stays a fact, "modality"; only a swap for another word of arrangement is wording.
 *   "set" and "due" are left out: both are other words too ("set up", "due to");
 * - verbs of assent in one tense ("agreed" / "consented" / "accepted": each says the side said yes; "agree" is in the
 *   modal list as a verb of commitment, so dropping it or swapping it for "proposed" stays a fact);
 * - the gender-neutral and a gendered form of one role noun (role-forms.ts sameRole: "spokesperson" /
 *   "spokesman", "chair" / "chairman"); two gendered forms stay a fact, "title".
 * - "the two" and "both" before a noun ("the two sides" / "both sides"): "both" is the universal quantifier over a
 *   set of two, which "the two" names (CGEL ch. 5 § 7.5, "both"); English statements only. "the" / "both" alone is
 *   not here: it adds that there are two (classify.ts leaves it unclassified).
 * - a title or rank abbreviated before a name and written out ("Sen." / "Senator", "Lt." / "Lieutenant"; The Chicago
 *   Manual of Style, 17th ed., § 10.15, civil and military titles), two abbreviations of one title ("Capt." / "Cpt.",
 *   "Cmdr." / "Cdr."), and the institutions some of them also abbreviate ("Rep." / "Republic", "Gov." / "Government",
 *   "Dep." / "Department", "Adm." / "Administration", "Brig." / "Brigade", "Sen." / "Senate": session 12's review),
 *   "est." / "estimated" (tester 52), "Sec." /
 *   "Secretary", "St." / "Saint" or "Street", and the months' and weekdays' abbreviations ("Nov." / "November"; tester
 *   54); English statements only.
 * Words folded (lib/text/fold foldWord).
 */
const ABBREVIATED_WORDS = new Map<string, readonly string[]>(
  Object.entries({
    sen: ["senator", "senate"], sens: ["senators"], rep: ["representative", "republic"], reps: ["representatives"], gov: ["governor", "government"],
    gen: ["general"], col: ["colonel"], lt: ["lieutenant"], lieut: ["lieutenant"], maj: ["major"], capt: ["captain"], cpt: ["captain"],
    sgt: ["sergeant"], cpl: ["corporal"], pvt: ["private"], adm: ["admiral", "administration"], cmdr: ["commander"], cdr: ["commander"],
    amb: ["ambassador"], pres: ["president"], dep: ["deputy", "department"], brig: ["brigadier", "brigade"], supt: ["superintendent"],
    insp: ["inspector"], sec: ["secretary"], min: ["minister", "minutes"], asst: ["assistant"], dept: ["department"],
    govt: ["government"], ret: ["retired"], st: ["saint", "street"], est: ["estimated"], hrs: ["hours"], hr: ["hour"],
    jan: ["january"], feb: ["february"], mar: ["march"], apr: ["april"], jun: ["june"], jul: ["july"], aug: ["august"],
    sep: ["september"], sept: ["september"], oct: ["october"], nov: ["november"], dec: ["december"],
    mon: ["monday"], tue: ["tuesday"], tues: ["tuesday"], wed: ["wednesday"], thu: ["thursday"], thur: ["thursday"],
    thurs: ["thursday"], fri: ["friday"], sat: ["saturday"], sun: ["sunday"],
  }),
);
/**
 * The full forms an abbreviation stands for (folded, the title first: "gov." → governor, government), or none when
 * the folded word is no abbreviation here. Pure.
 */
export function expansionsOf(word: string): readonly string[] {
  return ABBREVIATED_WORDS.get(word.replace(/\.$/u, "")) ?? [];
}

/** A folded word's full forms: its own, or those its abbreviation stands for ("cpt." → captain). */
const fullForms = (word: string): readonly string[] => {
  const forms = expansionsOf(word);
  return forms.length ? forms : [word];
};
/** Whether two folded words write one title or institution, abbreviated or not ("sen." / "senator", "capt" / "cpt"). */
const abbreviatedOrWrittenOut = (x: string, y: string) => {
  const [formsX, formsY] = [fullForms(x), fullForms(y)];
  return (formsX.length > 1 || formsX[0] !== x || formsY.length > 1 || formsY[0] !== y) && formsX.some((form) => formsY.includes(form));
};
/**
 * Russian and Armenian abbreviations and the stem of the word they stand for, written out in any case form: ranks and
 * titles ("ген." / "генерал", "генералом"; "зам." / "заместитель"; "лейт." / "лейтенант"; "գնդ." / "գնդապետ"; tester
 * 54), months ("нояб." / "ноября", "նոյ." / "նոյեմբերի"; tester 55), the weekdays' two-letter abbreviations ("пн" /
 * "понедельник", "вт" / "во вторник"; the Russian calendars' and timetables' forms) and the year's ("2024 г." / "2024
 * году", "гг." / "годах"; Armenian "թ." / "թվականին"; Wade 2011, Dum-Tragut 2009, the abbreviations of dates; session
 * 12's review). Months and weekdays are marked, for the date rule (abbreviatedDate).
 */
const STEM_ABBREVIATIONS: Record<string, Record<string, string>> = {
  ru: {
    ген: "генерал", полк: "полковник", подп: "подполковник", лейт: "лейтенант", зам: "заместител", пред: "председател",
    янв: "январ", фев: "феврал", февр: "феврал", мар: "март", апр: "апрел", авг: "август", сен: "сентябр", сент: "сентябр",
    окт: "октябр", ноя: "ноябр", нояб: "ноябр", дек: "декабр",
    пн: "понедельник", вт: "вторник", ср: "сред", чт: "четверг", пт: "пятниц", сб: "суббот", вс: "воскресень",
    г: "год", гг: "год",
  },
  hy: {
    գնդ: "գնդապետ", հունվ: "հունվար", փետր: "փետրվար", ապր: "ապրիլ", օգոս: "օգոստոս", սեպտ: "սեպտեմբեր", հոկտ: "հոկտեմբեր",
    նոյ: "նոյեմբեր", դեկ: "դեկտեմբեր", թ: "թվական",
  },
};
const MONTH_STEMS = new Set("январ феврал март апрел август сентябр октябр ноябр декабр հունվար փետրվար ապրիլ օգոստոս սեպտեմբեր հոկտեմբեր նոյեմբեր դեկտեմբեր".split(" "));
const WEEKDAY_STEMS = new Set("понедельник вторник сред четверг пятниц суббот воскресень".split(" "));
/** The year's noun in its case forms, singular and plural (Wade 2011: год, года, году, годом, годе; годы, годов, годах…); Armenian թվական with its endings. */
const YEAR_FORM = /^(?:год(?:|а|у|ом|е|ы|ов|ам|ами|ах)|թվական\p{L}*)$/u;
/** Russian "г." before a city's name is город ("в г. Москве" / "в городе Москве"), in its case forms. */
const CITY_FORM = /^город(?:|а|у|ом|е)$/u;
const stemOfAbbreviation = (word: string, language: string) => STEM_ABBREVIATIONS[primaryLanguage(language)]?.[word.replace(/\.$/u, "")];
const stemWrittenOut = (x: string, y: string, language: string) => {
  const stem = stemOfAbbreviation(x, language);
  if (stem === "год" && x.replace(/\.$/u, "") === "г" && CITY_FORM.test(y)) return true;
  if (stem === undefined || !y.startsWith(stem)) return false;
  if (WEEKDAY_STEMS.has(stem)) return isTimeWord(y);
  if (stem === "год" || stem === "թվական") return YEAR_FORM.test(y);
  return MONTH_STEMS.has(stem) || isTitleWord(y);
};

/**
 * Whether two folded words are Russian or Armenian abbreviations of two different titles or ranks ("полк" / "лейт" in
 * "ген.-полк." / "ген.-лейт.", "ген." / "подп."): a rank changed, a fact, "title". Both must be abbreviations: "полк"
 * alone is also the noun "regiment". Pure.
 */
export function areAbbreviatedTitles(x: string, y: string, language: string): boolean {
  const [stemX, stemY] = [stemOfAbbreviation(x, language), stemOfAbbreviation(y, language)];
  return stemX !== undefined && stemY !== undefined && stemX !== stemY && isTitleWord(stemX) && isTitleWord(stemY);
}

/**
 * Whether a folded word is a Russian or Armenian month's or weekday's abbreviation ("нояб.", "դեկ.", "пн", "вт") in a
 * statement of `language`. `written`, the word as written: the weekdays' abbreviations count only not in capitals
 * ("ВС" are the armed forces, "СБ" the Security Council). Pure.
 */
export function abbreviatedDate(word: string, language: string, written = word): boolean {
  const stem = stemOfAbbreviation(word, language);
  return stem !== undefined && (MONTH_STEMS.has(stem) || (WEEKDAY_STEMS.has(stem) && !inCapitals(written)));
}
/** A word of two letters or more, all capitals ("ВС", "СБ"): an acronym, not a weekday's abbreviation. */
const inCapitals = (word: string) => /^\p{Lu}{2,}\.?$/u.test(word);
const ARTICLES = new Set(["a", "an"]);
const ONE = "one";
const ARRANGED = new Set(["planned", "scheduled", "slated", "arranged", "envisaged", "envisioned", "timetabled"]);
/** Verbs of assent in one tense: "agreed" / "consented" / "accepted" (tester 38: the modal list read the swap as a fact). */
const ASSENT = [
  new Set(["agree", "consent", "accept"]),
  new Set(["agrees", "consents", "accepts"]),
  new Set(["agreed", "consented", "accepted"]),
  new Set(["agreeing", "consenting", "accepting"]),
];

/** Whether two different folded words say the same by one of the pairs above, in a statement of `language` (BCP 47). Throws nothing. */
export function areEquivalent(x: string, y: string, language: string): boolean {
  if (x === y) return false;
  if ((x === ONE && ARTICLES.has(y)) || (y === ONE && ARTICLES.has(x))) return primaryLanguage(language) === "en";
  if (ARRANGED.has(x) && ARRANGED.has(y)) return true;
  if (ASSENT.some((group) => group.has(x) && group.has(y))) return true;
  if (abbreviatedOrWrittenOut(x, y)) return primaryLanguage(language) === "en";
  if (stemWrittenOut(x, y, language) || stemWrittenOut(y, x, language)) return true;
  return sameRole(x, y);
}

/**
 * `removed` and `added` (words as written, with their folded `keys`) without the pairs of equivalent words
 * (areEquivalent), each word paired once, in order: `{ removed, added }`, new arrays without the paired words, or
 * the same arrays when nothing pairs (so `result.removed !== removed` says a pair was found). Throws nothing.
 */
export function withoutEquivalents(removed: string[], added: string[], key: (word: string) => string, language: string): { removed: string[]; added: string[] } {
  if (removed.length === 0 || added.length === 0) return { removed, added };
  if (primaryLanguage(language) === "en") {
    const theTwo = withoutTheTwoForBoth(removed, added, key) ?? withoutTheTwoForBoth(added, removed, key)?.reverse();
    if (theTwo) {
      const [fewerRemoved, fewerAdded] = theTwo;
      const rest = withoutEquivalents(fewerRemoved, fewerAdded, key, language);
      return rest.removed !== fewerRemoved ? rest : { removed: fewerRemoved, added: fewerAdded };
    }
  }
  const usedAdded = new Set<number>();
  const keptRemoved: string[] = [];
  for (const word of removed) {
    const x = key(word);
    const match = added.findIndex((other, k) => !usedAdded.has(k) && !acronymForWeekday(word, other, language) && areEquivalent(x, key(other), language));
    if (match >= 0) usedAdded.add(match);
    else keptRemoved.push(word);
  }
  if (usedAdded.size === 0) return { removed, added };
  return { removed: keptRemoved, added: added.filter((_, k) => !usedAdded.has(k)) };
}

/** Whether one of two words is in capitals where the other writes a weekday out ("ВС" / "воскресенье": the armed forces, no Sunday). */
function acronymForWeekday(x: string, y: string, language: string): boolean {
  return primaryLanguage(language) === "ru" && (inCapitals(x) || inCapitals(y)) && (isTimeWord(x.toLowerCase()) || isTimeWord(y.toLowerCase()));
}

/**
 * `before` and `after` with each English abbreviation (ABBREVIATED_WORDS) that the other side writes out replaced by
 * that word ("2 hrs" / "two hours" → "2 hours" / "two hours"; "approx. 30 min" / "thirty minutes"), for the rules that
 * compare values: an abbreviation and its word are the same word. Other languages' texts come back unchanged. Pure.
 */
export function abbreviationsWrittenOut(before: string, after: string, language: string): [string, string] {
  if (primaryLanguage(language) !== "en") return [before, after];
  const wordsIn = (text: string) => new Set((text.match(/\p{L}+/gu) ?? []).map((word) => word.toLowerCase()));
  const rewrite = (text: string, other: ReadonlySet<string>) =>
    text.replace(/(?<![\p{L}.])(\p{L}+)\.?(?!\p{L})/gu, (whole, word: string) => expansionsOf(word.toLowerCase()).find((form) => other.has(form)) ?? whole);
  return [rewrite(before, wordsIn(after)), rewrite(after, wordsIn(before))];
}

/**
 * `[one, other]` without "the two" (two words in a row of `one`) and a "both" of `other`, or null when `one` has no
 * "the two" or `other` no "both". New arrays; inputs unchanged.
 */
function withoutTheTwoForBoth(one: string[], other: string[], key: (word: string) => string): [string[], string[]] | null {
  const at = one.findIndex((word, k) => key(word) === "the" && k + 1 < one.length && key(one[k + 1]) === "two");
  const both = other.findIndex((word) => key(word) === "both");
  if (at < 0 || both < 0) return null;
  return [one.filter((_, k) => k !== at && k !== at + 1), other.filter((_, k) => k !== both)];
}

import { WEEKDAYS } from "../gazetteer";
import { stopWordsFor } from "../stopwords";
import { findDates } from "../../text/dates";
import { foldWord } from "../../text/fold";
import { primaryLanguage } from "../../text/language";
import { isModal, isNegation, isScope, RELATIVE_DAYS } from "./closed-class";
import { isTimeWord } from "./time-words";
import type { EditClass, EditReason } from "./types";

/**
 * What a phrase moved inside its sentence changes (docs/edit-classes.md, "Phrases moved inside a sentence"). The two
 * stretches that changed order are read both ways (either may be the one that moved); the rules, in order:
 * 1. a stretch made only of negation, scope or modal words (closed-class.ts: "only", "not", "also", "may") moved: it now
 *    applies to another part of the sentence ("Only Blinken spoke" / "Blinken spoke only with"): a fact, with that reason;
 * 2. a negation or a focusing word (FOCUS: "only", "even", "also"…; CGEL ch. 6 § 7) among other words of either stretch:
 *    its scope may have changed ("did not speak with Aliyev on Monday" / "On Monday, … did not speak"): unclassified;
 * 3. a stretch that is an adjunct — a prepositional phrase (Russian and English prepositions; Armenian postpositions,
 *    the language being head-final) or a phrase of time (a date by lib/text/dates findDates, a weekday, a relative day)
 *    — moved between two places where it cannot modify the word next to it, so it still says who, where or when of the
 *    same event: wording, "moved". A place is free when nothing stands on the phrase's head side (the word before it in
 *    English and Russian, whose noun modifiers follow the noun; after it in Armenian, Azerbaijani and Turkish, whose
 *    modifiers precede it: Dum-Tragut 2009, ch. 3), or punctuation sets it off, or that word is a function word, a
 *    name, a number, a time word or a verb form (verbLike); a "with" phrase naming a party is the partner of the
 *    sentence's verb of talking wherever it stands ("discussed X with Pashinyan", "обсудил … с Пашиняном": the
 *    call's other party; the verbs of readout-synonyms-en.ts and their Russian and Armenian counterparts); an Armenian
 *    phrase of time in the dative ("նոյեմբերի 29-ին") is an adverbial of time (Dum-Tragut 2009, § 2.1.5);
 * 4. anything else (a noun phrase moved, "Armenian" moved to another noun, a phrase moved next to a common noun it
 *    may now modify: "spoke about the attack in Baku" / "In Baku, … spoke about the attack"): unclassified.
 */

/** One place of a moved stretch: the words next to it (folded, null at the sentence's edge) and what separates them. */
export interface MovePlace {
  before: string | null;
  /** The word before as written (its capital tells a name), and whether it opens the sentence. */
  beforeWritten: string | null;
  beforeOpensSentence: boolean;
  gapBefore: string;
  after: string | null;
  afterWritten: string | null;
  gapAfter: string;
}

/** One reading of the exchange: `moved` (folded words, and as written) went from place `from` (in a) to `to` (in b). */
export interface MoveReading {
  moved: readonly string[];
  movedWritten: readonly string[];
  /** The moved words' text (one side's, as written), for the date reader. */
  text: string;
  from: MovePlace;
  to: MovePlace;
}

/**
 * Focusing modifiers, which pick out one part of the sentence (CGEL ch. 6 § 7; Wade 2011, the particles; Dum-Tragut
 * 2009, the focus particles): a phrase moved past one may change what it picks out. Folded words.
 */
const FOCUS = new Set(
  `only just even also merely solely too especially particularly alone exclusively mainly chiefly primarily
  только лишь даже тоже также именно исключительно особенно единственно
  միայն նույնիսկ նաև ևս հատկապես բացառապես`.split(/\s+/u).filter(Boolean),
);

/** Prepositions that open an adjunct (CGEL ch. 7; Wade 2011, the prepositions). Folded words. */
const PREPOSITIONS: Record<string, ReadonlySet<string>> = {
  en: new Set(`on in at from with by for during after before since until till over about through via amid amidst among
    between across against toward towards into onto under within throughout following ahead regarding concerning near
    upon to beyond despite per`.split(/\s+/u).filter(Boolean)),
  ru: new Set(`в во на с со к ко по о об обо от из у за под над при про для до после через перед между около вокруг
    среди ради вдоль возле благодаря согласно`.split(/\s+/u).filter(Boolean)),
};
/** Armenian postpositions that close an adjunct, and the prepositions it has (Dum-Tragut 2009, ch. 5). Folded words. */
const POSTPOSITIONS_HY = new Set(
  `հետ մասին համար ժամանակ ընթացքում միջոցով կողմից վրա մեջ առաջ հետո դեմ նկատմամբ շնորհիվ պատճառով փոխարեն
  շուրջ մոտ կից ներքո`.split(/\s+/u).filter(Boolean),
);
const PREPOSITIONS_HY = new Set(["դեպի", "ըստ", "մինչև", "մինչ"]);
/** The comitative ("with whom") of each language: a "with" phrase. */
const WITH: Record<string, ReadonlySet<string>> = { en: new Set(["with"]), ru: new Set(["с", "со"]) };
const WITH_HY = "հետ";

/** Languages whose modifiers precede their head (a phrase may modify the word after it). */
const HEAD_FINAL = new Set(["hy", "az", "tr"]);

/**
 * Verbs of talking, the readout's own (readout-synonyms-en.ts: "spoke", "talked", "held a phone call"): word forms in
 * English, stems in Russian and Armenian. A "with" phrase naming a party in a sentence holding one is its partner.
 */
const TALK_EN = new Set(
  `speak speaks speaking spoke spoken talk talks talking talked call calls calling called discuss discusses discussing
  discussed meet meets meeting met conversation conversations phoned telephoned consult consulted consultations
  negotiated negotiations`.split(/\s+/u).filter(Boolean),
);
const TALK_STEMS = ["обсуд", "обсужд", "говор", "разговар", "разговор", "бесед", "встрет", "встреч", "созвон", "переговор", "консульт",
  "քննարկ", "զրույց", "զրուց", "հեռախոսազրույց", "հանդիպ", "խոս", "բանակց"];

/** English past forms without "-ed" that readouts use (CGEL ch. 3, the irregular verbs). Folded words. */
const IRREGULAR_PAST = new Set(
  `spoke spoken met held said told took taken made gave given sent went gone came saw seen thought brought sought began
  begun wrote written left set put led kept felt found heard meant stood understood won paid ran rang rose chose chosen
  drew drawn flew grew knew known threw shook struck swore upheld withdrew withdrawn reaffirmed underwent undertook`.split(/\s+/u).filter(Boolean),
);

const CAPITAL = /^\p{Lu}/u;
const DIGIT = /\p{Nd}/u;
/** Punctuation that sets a phrase off from the word next to it (a comma, a dash, a colon, a parenthesis, a quotation mark). */
const SETS_OFF = /[,;:()[\]«»"“”‘’—–\u2012\u2015]|\s-\s/u;

/** Whether a folded word is a verb form by its ending: English "-ed" and irregular pasts, Russian past, reflexive and infinitive forms, Armenian verb endings. */
function verbLike(word: string, language: string): boolean {
  switch (language) {
    case "en":
      return (word.length >= 4 && word.endsWith("ed")) || IRREGULAR_PAST.has(word) || TALK_EN.has(word);
    case "ru":
      // Wade (2011): the past in -л/-ла/-ло/-ли after a vowel, the reflexive -ся/-сь, the infinitive -ть/-ти/-чь.
      return word.length >= 4 && /(?:[аеиуыяё]л(?:а|о|и)?(?:ся|сь)?|ся|сь|ть|ти|чь)$/u.test(word);
    case "hy":
      // Dum-Tragut (2009): the infinitive and perfect participle -ել/-ալ, the aorist -եց/-աց and its plural, the resultative -ած.
      return word.length >= 4 && /(?:ել|ալ|եց|աց|եցին|ացին|ած)$/u.test(word);
    default:
      return false;
  }
}

/** Whether a folded word places an event in time: a weekday, a relative day, a time word, a month (by the date reader). */
const timeWord = (word: string) => WEEKDAYS.has(word) || RELATIVE_DAYS.has(word) || isTimeWord(word);

/**
 * Whether the moved words are a phrase of time: time words with only numbers and function words beside them ("on
 * Monday", "yesterday"), or dates (findDates) with only those outside them ("on 28 November", "նոյեմբերի 29-ին"); a
 * noun phrase that holds a date ("the agreement of 28 November") is none.
 */
function timePhrase(reading: MoveReading, language: string, stop: ReadonlySet<string>): boolean {
  const { moved, text } = reading;
  const timeOrGlue = (word: string) => timeWord(word) || DIGIT.test(word) || stop.has(word);
  if (moved.some(timeWord) && moved.every(timeOrGlue)) return true;
  const dates = findDates(text, language);
  if (!dates.length) return false;
  let rest = "";
  let at = 0;
  for (const date of dates) {
    rest += `${text.slice(at, date.start)} `;
    at = date.end;
  }
  rest += text.slice(at);
  return rest.split(/[^\p{L}\p{M}\p{N}]+/u).every((word) => word === "" || timeOrGlue(foldWord(word)));
}

/** Whether the moved words are an adjunct: a prepositional (Armenian: postpositional) phrase, or a phrase of time. */
function isAdjunct(reading: MoveReading, language: string, stop: ReadonlySet<string>): boolean {
  const { moved } = reading;
  if (language === "hy") {
    if (POSTPOSITIONS_HY.has(moved[moved.length - 1]) || PREPOSITIONS_HY.has(moved[0])) return true;
  } else if (PREPOSITIONS[language]?.has(moved[0])) return true;
  return timePhrase(reading, language, stop);
}

/** Whether the moved words are a "with" phrase naming a party (a capitalised word besides the preposition). */
function namesPartner(reading: MoveReading, language: string): boolean {
  const { moved, movedWritten } = reading;
  if (language === "hy") return moved[moved.length - 1] === WITH_HY && movedWritten.slice(0, -1).some((word) => CAPITAL.test(word));
  return (WITH[language]?.has(moved[0]) ?? false) && movedWritten.slice(1).some((word) => CAPITAL.test(word));
}

/** Whether the sentence holds a verb (or noun) of talking. */
function talks(sentence: readonly string[]): boolean {
  return sentence.some((word) => TALK_EN.has(word) || TALK_STEMS.some((stem) => word.startsWith(stem)));
}

/** Whether a phrase at `place` cannot modify the word on its head side (see the module's rule 3). */
function freePlace(place: MovePlace, reading: MoveReading, language: string, stop: ReadonlySet<string>, isName: (folded: string) => boolean): boolean {
  const headFinal = HEAD_FINAL.has(language);
  const word = headFinal ? place.after : place.before;
  const written = headFinal ? place.afterWritten : place.beforeWritten;
  const gap = headFinal ? place.gapAfter : place.gapBefore;
  if (word === null || written === null || SETS_OFF.test(gap)) return true;
  if (stop.has(word) || DIGIT.test(word) || timeWord(word) || verbLike(word, language)) return true;
  // A name: capitalised inside the sentence, or known as one from the texts (a sentence's first word says nothing by its capital).
  if (CAPITAL.test(written) && (headFinal || !place.beforeOpensSentence || isName(word))) return true;
  return false;
}

/** Whether a reading is an adjunct moved between free places: wording (rule 3). */
function keepsMeaning(reading: MoveReading, language: string, stop: ReadonlySet<string>, isName: (folded: string) => boolean, sentence: readonly string[]): boolean {
  if (!isAdjunct(reading, language, stop)) return false;
  // The call's partner, and an Armenian phrase of time in the dative, attach to the verb wherever they stand.
  if (namesPartner(reading, language) && talks(sentence)) return true;
  if (language === "hy" && reading.moved[reading.moved.length - 1].endsWith("ին") && timePhrase(reading, language, stop)) return true;
  return freePlace(reading.from, reading, language, stop, isName) && freePlace(reading.to, reading, language, stop, isName);
}

/** The operator a stretch is made of only (rule 1), or null. */
function operatorOnly(words: readonly string[], language: string): EditReason | null {
  if (!words.length) return null;
  if (words.every((word) => isNegation(word, language) || isScope(word, language) || isModal(word, language))) {
    if (words.some((word) => isNegation(word, language))) return "negation";
    return words.some((word) => isScope(word, language)) ? "scope" : "modality";
  }
  return null;
}

/**
 * The class of a phrase moved inside its sentence and the reading to show (0: the first stretch moved, 1: the second),
 * by the rules above. `readings` are the two readings of one exchange; `sentence` the pair's folded words; `isName`
 * says whether a folded word is written as a name elsewhere in the texts (names.ts). `language` a BCP 47 tag. Throws
 * nothing.
 */
export function classifyPhraseMove(
  readings: readonly [MoveReading, MoveReading],
  sentence: readonly string[],
  language: string,
  isName: (folded: string) => boolean,
): { class: EditClass; reason: EditReason; reading: 0 | 1 } {
  const lang = primaryLanguage(language);
  const shorter: 0 | 1 = readings[1].moved.length < readings[0].moved.length ? 1 : 0;
  for (const r of [0, 1] as const) {
    const operator = operatorOnly(readings[r].moved, lang);
    if (operator) return { class: "fact", reason: operator, reading: r };
  }
  const scoped = (word: string) => isNegation(word, lang) || FOCUS.has(word);
  if (readings.some((reading) => reading.moved.some(scoped))) return { class: "unclassified", reason: "unknown", reading: shorter };
  const stop = stopWordsFor(lang);
  const order: (0 | 1)[] = shorter === 0 ? [0, 1] : [1, 0];
  for (const r of order) if (keepsMeaning(readings[r], lang, stop, isName, sentence)) return { class: "wording", reason: "moved", reading: r };
  return { class: "unclassified", reason: "unknown", reading: shorter };
}

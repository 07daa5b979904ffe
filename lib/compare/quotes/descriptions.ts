import { ABBREVIATED_TITLES } from "../abbreviated-titles";
import { foldWord } from "../../text/fold";
import { DEMONYMS, MONTHS, ORGANISATION_CUES, PLACE_ALIASES, PLACES, WEEKDAYS } from "../gazetteer";
import { isGivenName, isTitle } from "../name-lexicon";
import { isGenderedTitle } from "./gender";
import { armenianNominativeName, russianNominativeName, russianTitleCase } from "./name-case";

/**
 * Who a description names ("the Secretary", "the Azerbaijani leader", "the U.S. official", "госсекретарь",
 * "Ադրբեջանի նախագահը"): the one person (or organisation) the text introduces with those title words, or nobody.
 *
 * A description is not an anaphor: "“…,” the U.S. official asked" after "Aliyev complained …" is not Aliyev (tester 89
 * F2). It names whoever the text, or the statement's speaker field, introduces with the same title words — before a
 * name ("U.S. Secretary of State Antony Blinken", "президент Азербайджана Ильхам Алиев", "ԱՄՆ պետքարտուղար Էնթոնի
 * Բլինքենը"), before it with a comma ("the President of Azerbaijan, Ilham Aliyev", "Azerbaijan’s President, Ilham
 * Aliyev": a full name that closes the apposition, not a list's) or in apposition after it ("James O’Brien, the U.S.
 * assistant secretary of state,") — when exactly one does; otherwise the speaker is unknown, since a wrong speaker
 * gives a wrong verdict and an unknown one only a wider search. The statement's speaker field counts as an introduction, with the words of the party it speaks for
 * ("James O’Brien, Assistant Secretary of State" in a statement of the "U.S. Department of State" is a U.S. official).
 * The rules (tester T1, session 16: every word of a description is accounted for by the person's title):
 *   - every office of the description is one of the person's, with the same rank words before it: "the Secretary"
 *     is not the assistant secretary of state, "the minister" not the prime minister, "the foreign minister" not the
 *     deputy foreign minister, "the President" not the former or the vice president. Rank words make another office
 *     wherever they stand in the title ("Deputy Foreign Minister", "Արտգործնախարարի տեղակալ", "Assistant to the
 *     President"), and an office after "to", "of", "for", after a Russian title's first office ("советник
 *     президента") or before an Armenian title's last ("նախագահի խորհրդական"), or in the possessive ("the
 *     president's adviser"), is the principal's, not the person's;
 *   - every other word of it (a country, "State Department") is among the person's title words, a demonym standing
 *     for its country ("Azerbaijani" for "Azerbaijan's", "American" for "U.S.");
 *   - "leader" ("лидер", "ղեկավար") is a head of state or government: a president, prime minister, premier,
 *     chancellor or monarch, or one the text calls a leader; "aide" an adviser or assistant, or one called an aide;
 *     "counterpart" is relative to someone else and names nobody; the other general words ("official", "diplomat")
 *     any person with a title; "senior", "top" constrain nothing, and a description of nothing else ("the senior
 *     official") names nobody;
 *   - a possessive after a title word or a name names another person ("the Azerbaijani president's aide",
 *     "Blinken's spokesman"), and two conjoined ("the president and the Secretary") name two: nobody;
 *   - a Russian or Armenian name is given in the nominative (name-case.ts: "президенту Ильхаму Алиеву" is "Ильхам
 *     Алиев"); a person whose name's case cannot be read is named by no description;
 *   - "the ministry", "the office" name the one organisation of that kind the text names ("the Azerbaijani Foreign
 *     Ministry"); "the statement" and "the readout" never resolve;
 *   - when several fit and one of them is the speaker of the quotation before, it is that speaker ("O’Brien said …
 *     “…,” added the U.S. official" where Blinken and Miller are U.S. officials too): the words fit that person, and a
 *     writer who meant another would have to name them.
 * Pure; never throws. English, Russian and Armenian (the languages speakers.ts reads).
 */

export type DescriptionLanguage = "en" | "ru" | "hy";

/** A person or organisation the text introduces with title words. */
export interface TitledName {
  /** As introduced, fullest form ("Antony Blinken"; "Azerbaijani Foreign Ministry"). */
  name: string;
  /**
   * What one person's introductions share: the folded full name as introduced, in the nominative ("ilham aliyev",
   * "мехрибан алиева"); an organisation's folded name. Two people of one surname are two entries (merge).
   */
  key: string;
  /** The name's words with their case endings cut (Lexicon.key), to meet an introduction whose case was not read. */
  caseKeys: string[];
  /** Folded title words: countries, portfolios, departments ("united states", "state"). */
  words: string[];
  /** Offices with their rank words ("secretary", "assistant secretary", "prime minister"). */
  offices: string[];
  /** General words of the title with their rank words ("leader", "aide"): what "the leader" may name besides a head of state. */
  generals: string[];
  /** The name's case could not be read (a Russian or Armenian name in an oblique case): it fits, but names no one. */
  unread?: boolean;
  /** A body ("the ministry" may name it), not a person. */
  organisation: boolean;
  /** The person of the statement's speaker field: a description never names them (speakers.ts). */
  field?: boolean;
}

type WordClass = "office" | "rank" | "general" | "qualifier" | "organisation" | "connector" | "determiner" | "name" | "other";

interface Word {
  text: string;
  fold: string;
  /** The word as part of a name, folded so that its cases meet ("Алиева" → "алиев", "Ալիևը" → "ալիև"). */
  key: string;
  kind: WordClass;
  capital: boolean;
  /** "Minister’s", "Azerbaijan’s": nothing of the same name follows. */
  possessive: boolean;
  /** Punctuation before the next word ("," "." "”"): "" when only white space parts them; null at the text's end. */
  gap: string | null;
}

interface Lexicon {
  classify(fold: string, capital: boolean, text: string): WordClass;
  fold(word: string): string;
  key(word: string): string;
  same(a: string, b: string): boolean;
}

// ---------- English ----------

const EN_OFFICES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    president: "president", secretary: "secretary", undersecretary: "undersecretary", minister: "minister", premier: "premier",
    chancellor: "chancellor", ambassador: "ambassador", envoy: "envoy", spokesman: "spokesman", spokeswoman: "spokeswoman",
    spokesperson: "spokesperson", adviser: "adviser", advisor: "adviser", representative: "representative", director: "director",
    chairman: "chairman", chairwoman: "chairwoman", chairperson: "chair", chair: "chair", governor: "governor", mayor: "mayor",
    senator: "senator", congressman: "congressman", congresswoman: "congresswoman", commissioner: "commissioner", king: "king",
    queen: "queen", prince: "prince", speaker: "speaker", counselor: "counselor", counsellor: "counselor", negotiator: "negotiator",
  }),
);
// Words that make another office of the one after them: an assistant secretary or a prime minister holds another office
// than a secretary or a minister.
// "Former", "acting", "first" too: a former president holds no office of president (tester T1, session 16).
const EN_RANKS = new Set("assistant deputy vice under prime acting principal associate former ex interim first".split(" "));
const EN_GENERAL = new Set("official officials leader diplomat source aide politician counterpart head chief statesman figure officer".split(" "));
const EN_MODIFIERS = new Set("senior top visiting current new then high-ranking ranking high veteran outgoing incoming mr mrs ms dr".split(" "));
const EN_ORGANISATIONS = new Set("ministry department office embassy government presidency administration service agency mission cabinet kremlin statement readout".split(" "));
const EN_PORTFOLIOS = new Set(
  "state foreign affairs defense defence national security interior finance economy trade justice energy special general press political public diplomacy relations house white council union nations".split(" "),
);
const EN_CONNECTORS = new Set("of for and to on".split(" "));
/**
 * The English words a title's "of", "for" or "to" may follow ("Secretary of State", "Ministry of Foreign Affairs",
 * "Assistant to the President", "Chief of Staff"): the offices, general words and bodies above, and the ranks that
 * stand alone as offices ("Assistant", "Deputy"; not "First of all"), lower-case.
 */
export const ENGLISH_TITLE_HEADS: readonly string[] = Array.from(EN_OFFICES.keys()).concat(
  ["assistant", "deputy"],
  Array.from(EN_GENERAL).filter((word) => !word.endsWith("s")),
  Array.from(EN_ORGANISATIONS).filter((word) => word !== "statement" && word !== "readout"),
);
const EN_DETERMINERS = new Set("the a an his her its their".split(" "));
const EN_NOT_NAMES = new Set(
  "the a an he she they it we i you this that these those in on at but and so speaking according meanwhile however later earlier after before when while asked".split(" ").concat(MONTHS, Array.from(WEEKDAYS)),
);
const ORGANISATION_WORDS = new Set(Array.from(ORGANISATION_CUES));

/** A demonym's country ("azerbaijani" → "azerbaijan", "american" → "united states"): the longest place it begins with. */
const DEMONYM_PLACES: ReadonlyMap<string, string> = (() => {
  const places = Array.from(PLACES).filter((place) => place.length >= 4 && !place.includes(" "));
  const map = new Map<string, string>([["azeri", "azerbaijan"], ["ukrainian", "ukraine"]]);
  for (const demonym of DEMONYMS) {
    if (map.has(demonym)) continue;
    const place = places.filter((candidate) => demonym.startsWith(candidate)).sort((a, b) => b.length - a.length)[0];
    if (place) map.set(demonym, place);
  }
  return map;
})();

/** A word's key (lib/text/fold.ts foldWord: case, apostrophes, ё), without a possessive "'s" or an initialism's dots. */
function bareWord(word: string): string {
  return foldWord(word).replace(/'s$/u, "");
}

function foldEnglish(word: string): string {
  const lower = bareWord(word).replace(/\./gu, "");
  const place = DEMONYM_PLACES.get(lower) ?? lower;
  return PLACE_ALIASES.get(place) ?? place;
}

const ENGLISH: Lexicon = {
  fold: foldEnglish,
  key: foldEnglish,
  same: (a, b) => a === b,
  classify(fold, capital, text) {
    const lower = bareWord(text).replace(/\.$/u, "");
    if (EN_DETERMINERS.has(lower)) return "determiner";
    if (EN_CONNECTORS.has(lower)) return "connector";
    if (EN_OFFICES.has(lower)) return "office";
    if (EN_RANKS.has(lower)) return "rank";
    if (EN_GENERAL.has(lower)) return "general";
    if (EN_MODIFIERS.has(lower) || ABBREVIATED_TITLES.has(lower)) return "connector";
    if (EN_ORGANISATIONS.has(lower)) return "organisation";
    if (PLACES.has(fold) || DEMONYMS.has(lower) || EN_PORTFOLIOS.has(lower) || ORGANISATION_WORDS.has(lower)) return "qualifier";
    if (capital && !EN_NOT_NAMES.has(lower)) return "name";
    return "other";
  },
};

// ---------- Russian ----------

const RU_ENDINGS = /(?:ами|ями|ого|его|ому|ему|ыми|ими|ых|их|ым|им|ой|ей|ий|ый|ая|яя|ое|ее|ую|юю|ом|ем|ам|ям|ах|ях|ов|ев|а|я|ы|и|у|ю|е|о|ь|й)$/u;
const RU_OFFICES = new Set(
  "президент премьер-министр премьер министр госсекретар секретар пресс-секретар глав посол посл представител спикер канцлер советник вице-президент генсек".split(" "),
);
const RU_RANKS = new Set("заместител помощник перв бывш исполняющ".split(" "));
const RU_GENERAL = new Set("лидер дипломат чиновник источник собеседник".split(" "));
const RU_PORTFOLIOS = new Set("иностранн дел оборон государственн национальн безопасност внешн политик официальн".split(" "));
// Countries, capitals and bodies in the Russian of these readouts (stems: "Азербайджана" and "азербайджанский" both
// begin "азербайджан"); a word of capitals ("США", "МИД") is one too.
const RU_PLACES = "азербайджан армени армян росси турци иран грузи франци германи украин казахстан европ евросоюз вашингтон москв баку ереван кремл госдеп".split(" ");
const RU_NOT_NAMES = new Set("он она они это как по в на и но а также".split(" "));

function foldRussian(word: string): string {
  const lower = foldWord(word);
  return lower.length > 4 ? lower.replace(RU_ENDINGS, "") : lower;
}

/** Same word in another case: one fold begins the other (at least four letters), or they are equal. */
function sameByStem(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a));
}

function isAcronym(text: string): boolean {
  return text.length >= 2 && text === text.toUpperCase() && /^\p{Lu}/u.test(text);
}

const RUSSIAN: Lexicon = {
  fold: foldRussian,
  // A surname's case ending only ("Алиева", "Алиеву", "Алиевым" → "алиев"): the title-word stems cut deeper.
  key: (word) => {
    const lower = foldWord(word);
    return lower.length > 4 ? lower.replace(/(?:ым|ом|ем|а|у|е|я|ю|ы)$/u, "") : lower;
  },
  same: sameByStem,
  classify(fold, capital, text) {
    // "вице-премьер", "экс-президент": another office than the one after the prefix.
    if (RU_OFFICES.has(fold) || (/^(?:вице|экс)-/u.test(fold) && RU_OFFICES.has(fold.replace(/^(?:вице|экс)-/u, "")))) return "office";
    if (RU_RANKS.has(fold)) return "rank";
    if (RU_GENERAL.has(fold)) return "general";
    if (RU_PORTFOLIOS.has(fold) || isAcronym(text) || RU_PLACES.some((place) => fold.startsWith(place))) return "qualifier";
    // An adjective of place or office before the title ("азербайджанский лидер").
    if (!capital && /ск(?:ий|ая|ое|ие|ого|ой|ому|им|их|ую)$/u.test(text)) return "qualifier";
    if (capital && !RU_NOT_NAMES.has(foldWord(text))) return "name";
    return "other";
  },
};

// ---------- Armenian ----------

const HY_OFFICES = new Set("նախագահ վարչապետ պետքարտուղար արտգործնախարար նախարար խոսնակ դեսպան ներկայացուցիչ փոխնախագահ քարտուղար բանագնաց կանցլեր խորհրդական".split(" "));
const HY_RANKS = new Set("տեղակալ օգնական նախկին".split(" "));
const HY_GENERAL = new Set("ղեկավար առաջնորդ պաշտոնյա դիվանագետ աղբյուր".split(" "));
const HY_PORTFOLIOS = new Set("մամուլ արտաքին գործեր պետական անվտանգությ".split(" "));
const HY_PLACES = "ադրբեջան հայաստան ռուսաստան թուրքիա իրան վրաստան ֆրանսիա միացյալ նահանգներ եվրոպա վաշինգտոն բաքու երևան մոսկվա".split(" ");
const HY_NOT_NAMES = new Set(["նա", "նրանք"]);

function foldArmenian(word: string): string {
  let lower = foldWord(word);
  // The definite article -ը and the genitive (-ի, -ու) after a stem of four letters or more (not the article -ն:
  // "դեսպան" ends so).
  if (lower.length > 4) lower = lower.replace(/ը$/u, "");
  if (lower.length > 4) lower = lower.replace(/(?:ի|ու)$/u, "");
  return lower;
}

const ARMENIAN: Lexicon = {
  fold: foldArmenian,
  key: foldArmenian,
  same: sameByStem,
  classify(fold, capital, text) {
    // "փոխվարչապետ" (deputy prime minister): another office than the one after the prefix.
    if (HY_OFFICES.has(fold) || (fold.startsWith("փոխ") && HY_OFFICES.has(fold.slice(3)))) return "office";
    if (HY_RANKS.has(fold)) return "rank";
    if (HY_GENERAL.has(fold)) return "general";
    if (Array.from(HY_PORTFOLIOS).some((word) => fold.startsWith(word)) || isAcronym(text) || HY_PLACES.some((place) => fold.startsWith(place))) return "qualifier";
    if (capital && !HY_NOT_NAMES.has(foldWord(text))) return "name";
    return "other";
  },
};

const LEXICONS: Record<DescriptionLanguage, Lexicon> = { en: ENGLISH, ru: RUSSIAN, hy: ARMENIAN };

// ---------- words ----------

// A word: letters and digits, with inner apostrophes, hyphens and dots ("O’Brien", "U.S."), and a dot after it
// ("U.S.", "Eurasia.").
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}’'-]|\.(?=[\p{L}\p{N}]))*\.?/gu;

/** An initialism ("U.S.") or an abbreviated title ("Lt.") keeps its dot; any other word's dot ends a sentence. */
function dotEndsSentence(text: string): boolean {
  if (!text.endsWith(".")) return false;
  const bare = text.slice(0, -1);
  return !/^(?:\p{L}\.)*\p{L}$/u.test(bare) && !ABBREVIATED_TITLES.has(foldWord(bare));
}

function wordsOf(text: string, lexicon: Lexicon): Word[] {
  const normalised = lexicon === ENGLISH ? text.replace(/\bUnited\s+States\b/gu, "U.S.") : text;
  const words: Word[] = [];
  // A text repeats its words: each is folded and classed once.
  const seen = new Map<string, Pick<Word, "fold" | "key" | "kind" | "capital">>();
  let previousEnd = -1;
  let previousEndsSentence = false;
  // What parts a word from the next one: the punctuation between them, or the dot that ended it.
  const gapTo = (to: number) => {
    // Most words are parted by one space.
    const between = to - previousEnd === 1 && normalised.charCodeAt(previousEnd) === 0x20 ? "" : normalised.slice(previousEnd, to).replace(/\s+/gu, "");
    return between || (previousEndsSentence ? "." : "");
  };
  for (const match of normalised.matchAll(WORD)) {
    const raw = match[0];
    if (words.length) words[words.length - 1].gap = gapTo(match.index);
    previousEnd = match.index + raw.length;
    previousEndsSentence = dotEndsSentence(raw);
    const text = previousEndsSentence ? raw.slice(0, -1) : raw;
    const possessive = /[’']s$/u.test(text);
    // "Vice-President": a hyphenated English title is its words.
    const parts = lexicon === ENGLISH && /-/u.test(text) && text.split("-").some((part) => EN_OFFICES.has(foldWord(part))) ? text.split("-") : [text];
    parts.forEach((part, i) => {
      let known = seen.get(part);
      if (!known) {
        const fold = lexicon.fold(part);
        const capital = /^\p{Lu}/u.test(part);
        known = { fold, key: lexicon.key(part), kind: lexicon.classify(fold, capital, part), capital };
        seen.set(part, known);
      }
      words.push({ text: part, ...known, possessive: possessive && i === parts.length - 1, gap: "" });
    });
  }
  if (words.length) words[words.length - 1].gap = gapTo(normalised.length) || null;
  return words;
}

const TITLE_PART: ReadonlySet<WordClass> = new Set(["office", "rank", "general", "qualifier", "organisation", "connector"]);

/** What a title says of its person: offices and general words with their ranks, and the words they take up. */
interface Title {
  offices: string[];
  generals: string[];
  /** Indexes of the title's rank, office and general words, the person's or the principal's. */
  used: Set<number>;
}

// English words after which an office is the principal's: "Assistant to the President", "Envoy of the President".
const EN_PRINCIPAL = new Set(["to", "of", "for"]);

/**
 * The offices and general words of title words, each with all its rank words ("Deputy Foreign Minister" → "deputy
 * minister", "Արտգործնախարարի տեղակալ" → "արտգործնախարար տեղակալ"), without the principal's (the rules at the top).
 */
function titleOf(words: readonly Word[], lexicon: Lexicon): Title {
  const offices: string[] = [];
  const generals: string[] = [];
  const used = new Set<number>();
  const add = (word: Word, ranks: readonly string[], after: readonly string[] = []) => {
    const office = EN_OFFICES.get(word.fold) ?? word.fold;
    (word.kind === "office" ? offices : generals).push(ranks.concat([office], after).join(" "));
  };
  if (lexicon === ARMENIAN) {
    // The head comes last; the offices before it are in the genitive, the principal's ("նախագահի օգնական").
    let head = -1;
    words.forEach((word, i) => {
      if (word.kind === "rank" || word.kind === "office" || word.kind === "general") used.add(i);
      if ((word.kind === "office" || word.kind === "general") && !word.possessive) head = i;
    });
    const ranksIn = (from: number, to: number) => words.slice(from, to).filter((word) => word.kind === "rank").map((word) => word.fold);
    if (head < 0) {
      const ranks = ranksIn(0, words.length);
      if (ranks.length) offices.push(ranks.join(" "));
      return { offices, generals, used };
    }
    let before = head;
    while (before > 0 && words[before - 1].kind !== "office" && words[before - 1].kind !== "general") before--;
    add(words[head], ranksIn(before, head), ranksIn(head + 1, words.length));
    return { offices, generals, used };
  }
  let ranks: string[] = [];
  let principal = false;
  words.forEach((word, i) => {
    if (word.kind === "rank") {
      used.add(i);
      if (!principal) ranks.push(word.fold);
    } else if (word.kind === "office" || word.kind === "general") {
      used.add(i);
      if (!principal && !word.possessive) {
        add(word, ranks);
        // A Russian title's later offices are in the genitive: the principal's ("советник президента").
        if (lexicon === RUSSIAN) principal = true;
      }
      ranks = [];
    } else if (lexicon === ENGLISH && word.kind === "connector" && EN_PRINCIPAL.has(word.fold) && (ranks.length || offices.length || generals.length)) {
      if (ranks.length) offices.push(ranks.join(" "));
      ranks = [];
      principal = true;
    }
  });
  // Rank words after the last office modify it; alone, they are the office ("Assistant").
  if (ranks.length) {
    if (offices.length) offices[offices.length - 1] = `${offices[offices.length - 1]} ${ranks.join(" ")}`;
    else offices.push(ranks.join(" "));
  }
  return { offices, generals, used };
}

/** The words a title names besides its offices and general words: countries, portfolios, departments. */
function qualifiersOf(words: readonly Word[], used: ReadonlySet<number>): string[] {
  return words.filter((word, i) => !used.has(i) && (word.kind === "qualifier" || word.kind === "organisation" || word.kind === "name" || word.kind === "other")).map((word) => word.fold);
}

/** A name as a speaker's: in the nominative (name-case.ts), or null when its case cannot be read. */
function nominative(nameWords: readonly Word[], title: readonly Word[], lexicon: Lexicon): string | null {
  const texts = nameWords.map((word) => word.text.replace(/[’']s$/u, ""));
  if (lexicon === RUSSIAN) {
    // A title and the name it introduces agree in case: the first title noun whose case its ending tells.
    for (const word of title) {
      if (word.kind !== "rank" && word.kind !== "office" && word.kind !== "general") continue;
      const grammaticalCase = russianTitleCase(word.text, word.fold);
      if (grammaticalCase) return russianNominativeName(texts, grammaticalCase);
    }
    return null;
  }
  if (lexicon === ARMENIAN) return armenianNominativeName(texts);
  return texts.join(" ");
}

function person(nameWords: readonly Word[], title: readonly Word[], lexicon: Lexicon): TitledName | null {
  const { offices, generals, used } = titleOf(title, lexicon);
  if (!offices.length && !generals.length) return null;
  const name = nominative(nameWords, title, lexicon);
  const words = qualifiersOf(title, used);
  const caseKeys = nameWords.map((word) => word.key);
  if (name === null) {
    const asWritten = nameWords.map((word) => word.text.replace(/[’']s$/u, "")).join(" ");
    return { name: asWritten, key: fullKey(asWritten), caseKeys, words, offices, generals, organisation: false, unread: true };
  }
  return { name, key: fullKey(name), caseKeys, words, offices, generals, organisation: false };
}

/**
 * Everyone the text introduces with title words, and the person of the speaker field ("Matthew Miller, State
 * Department spokesperson") with the words of `partyNames` (the names of the party the statement speaks for: "U.S.
 * Department of State"), one entry per person (introductions merged by surname). Linear in the text's length; only
 * the text around title words is read word by word.
 */
export function titledNames(text: string, speakerField: string | null, language: DescriptionLanguage, partyNames: readonly string[] = []): TitledName[] {
  const lexicon = LEXICONS[language];
  const found: TitledName[] = [];
  const field = speakerField ? fieldPerson(speakerField, lexicon, partyNames) : null;
  if (field) found.push(field);
  for (const source of titleWindows(text, language)) {
    const words = wordsOf(source, lexicon);
    for (let i = 0; i < words.length; i++) {
      // A title before a name: "U.S. Secretary of State Antony Blinken", "президент Азербайджана Ильхам Алиев".
      if (TITLE_PART.has(words[i].kind) && (i === 0 || words[i - 1].gap !== "" || !TITLE_PART.has(words[i - 1].kind))) {
        let end = i;
        while (end < words.length && TITLE_PART.has(words[end].kind) && (!words[end].possessive || words[end].kind === "qualifier") && (end === i || words[end - 1].gap === "")) end++;
        const names: Word[] = [];
        for (let n = end; n < words.length && n < end + 3 && words[n].kind === "name" && (n === 0 || words[n - 1].gap === ""); n++) {
          names.push(words[n]);
          if (words[n].possessive || words[n].gap !== "") break;
        }
        if (end > i && names.length && (end === 0 || words[end - 1].gap === "")) {
          const introduced = person(names, words.slice(i, end), lexicon);
          if (introduced) found.push(introduced);
        } else if (end > i && words[end - 1].gap === "," && !appositionOfName(words, i)) {
          // The title, a comma, then the name: "the President of Azerbaijan, Ilham Aliyev", "Azerbaijan’s President,
          // Ilham Aliyev", "the Azerbaijani leader, President Ilham Aliyev".
          const named = nameInApposition(words, end);
          if (named) {
            const introduced = person(named.names, words.slice(i, end).concat(named.title), lexicon);
            if (introduced) found.push(introduced);
          }
        }
      }
      // A title in apposition: "James O’Brien, the U.S. assistant secretary of state for Europe and Eurasia."
      if (words[i].kind === "name" && words[i].gap === ",") {
        const names = [words[i]];
        for (let n = i - 1; n >= 0 && names.length < 3 && words[n].kind === "name" && words[n].gap === ""; n--) names.unshift(words[n]);
        let start = i + 1;
        if (start < words.length && words[start].kind === "determiner") start++;
        let end = start;
        while (end < words.length && (TITLE_PART.has(words[end].kind) || (words[end].kind === "name" && end > start)) && (end === start || words[end - 1].gap === "")) end++;
        const closes = end > start && (words[end - 1].gap === null || /^[,.;)”"»]/u.test(words[end - 1].gap ?? ""));
        if (closes) {
          const introduced = person(names, words.slice(start, end), lexicon);
          if (introduced) found.push(introduced);
        }
      }
      // An organisation: "the Azerbaijani Foreign Ministry", "the Prime Minister’s Office" (English only).
      if (lexicon === ENGLISH && words[i].kind === "organisation" && words[i].capital && words[i].fold !== "statement" && words[i].fold !== "readout") {
        let start = i;
        while (start > 0 && words[start - 1].gap === "" && words[start - 1].capital && words[start - 1].kind !== "determiner") start--;
        const parts = words.slice(start, i + 1);
        found.push({ name: parts.map((word) => word.text).join(" "), key: parts.map((word) => word.fold).join(" "), caseKeys: [], words: qualifiersOf(parts, new Set([parts.length - 1])), offices: [words[i].fold], generals: [], organisation: true });
      }
    }
  }
  return merge(found);
}

/**
 * Whether the title words starting at `start` (after "the" or not) are an apposition of the name before them ("Antony
 * Blinken, the Secretary of State, …"): they are that person's, not the next name's.
 */
function appositionOfName(words: readonly Word[], start: number): boolean {
  let before = start - 1;
  if (before >= 0 && words[before].kind === "determiner" && words[before].gap === "") before--;
  return before >= 0 && words[before].kind === "name" && words[before].gap === ",";
}

// Words after a name that make it one of a list ("the President, Ilham Aliyev and Nikol Pashinyan"), not an apposition.
const LIST_WORDS = new Set(["and", "or", "и", "или", "և", "ու", "կամ"]);

/**
 * The name after a title and its comma (`from`: the first word after the comma), with any title words of its own
 * before it ("President Ilham Aliyev"): a full name (two or three words, none possessive) that closes the apposition —
 * the text's end, a stop, a comma, a bracket or a closing quote, or a word that neither is capitalised nor joins a
 * list ("and", "or": "the Secretary, Jake Sullivan and Victoria Nuland" names three people). Null otherwise.
 */
function nameInApposition(words: readonly Word[], from: number): { names: Word[]; title: Word[] } | null {
  let start = from;
  while (start < words.length && TITLE_PART.has(words[start].kind) && words[start].kind !== "determiner" && words[start].gap === "") start++;
  const names: Word[] = [];
  for (let n = start; n < words.length && names.length < 3 && words[n].kind === "name" && !words[n].possessive; n++) {
    names.push(words[n]);
    if (words[n].gap !== "") break;
  }
  if (names.length < 2) return null;
  const last = names[names.length - 1];
  const next = words[start + names.length];
  const title = words.slice(from, start);
  if (last.gap === null) return { names, title };
  // A stop, a comma, a bracket or a quotation mark (a word's own stop is in its gap only when nothing else follows).
  if (!/^(?:$|[,.;:)”"»“«])/u.test(last.gap)) return null;
  if (next && (LIST_WORDS.has(foldWord(next.text)) || (last.gap === "" && next.capital))) return null;
  return { names, title };
}

/** The person of a speaker field ("Name, title"), as an official of the party the statement speaks for. */
function fieldPerson(field: string, lexicon: Lexicon, partyNames: readonly string[]): TitledName | null {
  const [namePart, ...titleParts] = field.split(",");
  const nameWords = wordsOf(namePart, lexicon).filter((word) => word.kind === "name");
  if (!nameWords.length) return null;
  const title = wordsOf(titleParts.join(","), lexicon).filter((word) => word.kind !== "determiner");
  const party = partyNames.flatMap((name) => wordsOf(name, lexicon)).filter((word) => word.kind === "qualifier" || word.kind === "organisation");
  const { offices, generals, used } = titleOf(title, lexicon);
  const words = qualifiersOf(title, used);
  for (const word of party) if (!words.includes(word.fold)) words.push(word.fold);
  const name = nameWords.map((word) => word.text).join(" ");
  return { name, key: fullKey(name), caseKeys: nameWords.map((word) => word.key), words, offices, generals, organisation: false, field: true };
}

// The words an introduction holds one of (an office, a general word, a body), as a search: only the text around them
// is read word by word, so that a long text with few titles costs one search.
// Without the u flag, or the i flag with it (either makes the search ten times slower): the English words are ASCII;
// the Russian and Armenian ones are given both cases of their first letter.
const ANCHORS: Record<DescriptionLanguage, RegExp> = {
  en: new RegExp(`\\b(?:${Array.from(EN_OFFICES.keys()).concat(Array.from(EN_GENERAL), Array.from(EN_ORGANISATIONS)).join("|")})`, "gi"),
  ru: new RegExp(`(?:${bothCases(Array.from(RU_OFFICES).concat(Array.from(RU_GENERAL)))})`, "g"),
  hy: new RegExp(`(?:${bothCases(Array.from(HY_OFFICES).concat(Array.from(HY_GENERAL)))})`, "g"),
};

function bothCases(words: readonly string[]): string {
  return words.map((word) => `[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}`).join("|");
}
// How far an introduction reaches around its title word (UTF-16 units): "James O’Brien, the U.S. assistant
// secretary", "U.S. Secretary of State Antony Blinken" and longer.
const REACH_BEFORE = 160;
const REACH_AFTER = 200;

/** The parts of a text around its title words (merged where they meet), each cut at white space. */
function titleWindows(text: string, language: DescriptionLanguage): string[] {
  const windows: string[] = [];
  let from = -1;
  let to = -1;
  const flush = () => {
    if (from < 0) return;
    // Cut at white space so that no word is read in part.
    let start = from;
    while (start > 0 && !/\s/u.test(text[start - 1])) start--;
    let end = to;
    while (end < text.length && !/\s/u.test(text[end])) end++;
    windows.push(text.slice(start, end));
  };
  for (const match of text.matchAll(ANCHORS[language])) {
    const start = Math.max(0, match.index - REACH_BEFORE);
    const end = Math.min(text.length, match.index + match[0].length + REACH_AFTER);
    if (start <= to) to = Math.max(to, end);
    else {
      flush();
      from = start;
      to = end;
    }
  }
  flush();
  return windows;
}

/** A person's key: every word of the name folded (lib/text/fold.ts foldWord), without a possessive "'s". */
function fullKey(name: string): string {
  return name.split(/\s+/u).filter(Boolean).map(bareWord).join(" ");
}

function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(" ") + 1);
}

/**
 * One entry per person: introductions of one full name merge; an introduction by surname alone ("Secretary Blinken")
 * joins the one full name ending in it, and one whose case was not read ("с президентом Ильхамом Алиевым") the one
 * read name of the same words; either stays apart when it could be two people's ("Ilham" and "Heydar Aliyev";
 * "Алиев" and "Алиева" are two surnames). Never by surname alone (tester T2, session 16).
 */
function merge(found: readonly TitledName[]): TitledName[] {
  const byKey = new Map<string, TitledName>();
  for (const entry of found) {
    const id = `${entry.organisation}:${entry.unread ? "?" : ""}${entry.key}`;
    const known = byKey.get(id);
    if (known) absorb(known, entry);
    else byKey.set(id, { ...entry, words: [...entry.words], offices: [...entry.offices], generals: [...entry.generals] });
  }
  const entries = Array.from(byKey.values());
  const full = entries.filter((entry) => !entry.organisation && !entry.unread && entry.key.includes(" "));
  const kept: TitledName[] = [];
  for (const entry of entries) {
    let into: TitledName[] = [];
    if (!entry.organisation && entry.unread) {
      const read = entries.filter((other) => !other.organisation && !other.unread);
      into = read.filter((other) => other.caseKeys.length >= entry.caseKeys.length && entry.caseKeys.every((key, i) => key === other.caseKeys[other.caseKeys.length - entry.caseKeys.length + i]));
    } else if (!entry.organisation && !entry.key.includes(" ")) {
      into = full.filter((other) => lastWord(other.key) === entry.key);
    }
    if (into.length === 1) absorb(into[0], entry);
    else kept.push(entry);
  }
  return kept;
}

/** Adds an introduction's title words to its person's entry. */
function absorb(known: TitledName, entry: TitledName): void {
  // The name as read in the nominative, fullest, over one whose case was not read.
  if ((known.unread && !entry.unread) || (!entry.unread && entry.name.length > known.name.length)) {
    known.name = entry.name;
    known.unread = entry.unread;
  }
  if (entry.field) known.field = true;
  for (const word of entry.words) if (!known.words.includes(word)) known.words.push(word);
  for (const office of entry.offices) if (!known.offices.includes(office)) known.offices.push(office);
  for (const general of entry.generals) if (!known.generals.includes(general)) known.generals.push(general);
}

/**
 * The name a description denotes among `names` (titledNames of the same text), or null when no entry or more than
 * one fits (the rules at the top); `previous`, the speaker of the quotation before, is taken among several that fit.
 * `description` as the text has it, with or without its article.
 */
export function resolveDescription(description: string, names: readonly TitledName[], language: DescriptionLanguage, previous: string | null = null): string | null {
  const lexicon = LEXICONS[language];
  const all = wordsOf(description, lexicon);
  // "the Azerbaijani president's aide", "Blinken's spokesman": another person, whom the title words describe.
  const possessive = all.findIndex((word) => word.possessive);
  if (possessive >= 0 && all.slice(0, possessive + 1).some((word) => word.kind === "office" || word.kind === "general" || word.kind === "rank" || word.kind === "name")) return null;
  // "the president and the Secretary": two people.
  if (all.some((word) => CONJUNCTIONS.has(foldWord(word.text)))) return null;
  // The title words before any "of …": "the Secretary of State" keeps "State" as a word to match.
  const kept = all.filter((word) => word.kind !== "determiner");
  const words = kept.filter((word) => word.kind !== "connector" || EN_PRINCIPAL.has(word.fold));
  const heads = words.filter((word) => word.kind === "office" || word.kind === "general" || word.kind === "organisation");
  if (!heads.length) return null;
  const organisation = heads[heads.length - 1].kind === "organisation" && !words.some((word) => word.kind === "office");
  const title = titleOf(words, lexicon);
  const offices = title.offices;
  const required = organisation ? words.filter((word) => word !== heads[heads.length - 1] && word.kind !== "connector").map((word) => word.fold) : qualifiersOf(words, title.used);
  if (!organisation && offices.length + required.length === 0 && !title.generals.some((general) => LEADERS.has(general) || general === "aide")) return null;
  const head = heads[heads.length - 1].fold;
  // A person whose title names no country may be of the description's country ("Secretary of State Antony Blinken"
  // for "the U.S. official", "Prime Minister Nikol Pashinyan" for "the Armenian leader"): such a one fitting all else
  // makes the description ambiguous, not the one whose title names the country (tester T2, session 16).
  const countries = required.filter((word) => isCountry(word, language));
  const others = required.filter((word) => !isCountry(word, language));
  const fitsOtherwise = (entry: TitledName, words: readonly string[]) => {
    if (entry.organisation !== organisation) return false;
    if (organisation && !entry.offices.some((office) => lexicon.same(office, head))) return false;
    if (!offices.every((office) => entry.offices.some((own) => sameOffice(own, office, lexicon)))) return false;
    if (!organisation && !title.generals.every((general) => generalFits(general, entry))) return false;
    return words.every((word) => entry.words.some((own) => lexicon.same(own, word)));
  };
  const fits = names.filter((entry) => fitsOtherwise(entry, required));
  const maybe = countries.length && !organisation ? names.filter((entry) => !entry.words.some((word) => isCountry(word, language)) && fitsOtherwise(entry, others)) : [];
  const candidates = fits.concat(maybe);
  const previousKey = previous ? fullKey(previous) : null;
  // The previous speaker by full name, or by a surname only one candidate has.
  const same = previousKey === null ? [] : candidates.filter((entry) => entry.key === previousKey || (!previousKey.includes(" ") && lastWord(entry.key) === previousKey));
  // The previous speaker keeps the name the text gave them, as a pronoun's speaker does: the text named them, so this
  // holds for the speaker field's person too ("O’Brien said … “…,” added the U.S. official" in O’Brien's remarks).
  if (same.length === 1 && previous) return previous;
  if (candidates.length !== 1 || fits.length !== 1) return null;
  const only = fits[0];
  // The speaker field's person is named by no description: only an explicit name makes a quotation the statement's own.
  return only.unread || only.field ? null : only.name;
}

/** Whether a folded title word names a country or capital (gazetteer.ts PLACES; the Russian and Armenian stems). */
function isCountry(fold: string, language: DescriptionLanguage): boolean {
  if (language === "en") return PLACES.has(fold);
  if (language === "ru") return fold === "сша" || fold === "рф" || RU_PLACES.some((place) => fold.startsWith(place));
  return fold === "ամն" || HY_PLACES.some((place) => fold.startsWith(place));
}

const CONJUNCTIONS = new Set(["and", "и", "և", "ու"]);
// "Leader" in the three languages: a head of state or government (HEADS_OF_STATE), or one the text calls a leader.
const LEADERS = new Set(["leader", "лидер", "ղեկավար", "առաջնորդ"]);
// The offices of a head of state or government, as titleOf gives them (with no rank: a vice president is none).
const HEADS_OF_STATE = new Set(["president", "prime minister", "premier", "chancellor", "king", "queen", "президент", "премьер-министр", "премьер", "канцлер", "նախագահ", "վարչապետ", "կանցլեր"]);
const AIDE_OFFICES = new Set(["adviser", "assistant", "counselor", "советник", "помощник", "խորհրդական", "օգնական"]);
// Relative to someone else ("his counterpart"): the word names nobody by itself.
const RELATIVE = new Set(["counterpart", "собеседник"]);

/** Whether a general word of a description ("leader", "aide", "official") is accounted for by a person's title. */
function generalFits(general: string, entry: TitledName): boolean {
  // With a rank ("deputy leader"), only as the text gives it.
  if (general.includes(" ")) return entry.generals.includes(general);
  if (RELATIVE.has(general)) return false;
  if (LEADERS.has(general)) return entry.generals.some((own) => LEADERS.has(own)) || entry.offices.some((office) => HEADS_OF_STATE.has(office));
  if (general === "aide") return entry.generals.includes("aide") || entry.offices.some((office) => AIDE_OFFICES.has(office));
  return true;
}

/**
 * Whether a person's office `own` is the description's `office`: the same words with the same ranks. A gendered word
 * fits only itself ("the spokeswoman" is not a spokesman); the neutral "spokesperson", "chair" fit either form.
 */
function sameOffice(own: string, office: string, lexicon: Lexicon): boolean {
  const left = own.split(" ");
  const right = office.split(" ");
  return left.length === right.length && left.every((word, i) => lexicon.same(word, right[i]) || NEUTRAL_OFFICES.get(right[i])?.has(word) === true);
}

// Neutral English offices and the gendered forms they fit.
const NEUTRAL_OFFICES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["spokesperson", new Set(["spokesman", "spokeswoman"])],
  ["chair", new Set(["chairman", "chairwoman"])],
]);

/**
 * Whether a phrase is title words only, with an office or a general word ("Secretary", "Azerbaijani President",
 * "госсекретарь США", "Ադրբեջանի նախագահը"): a description, not a name, however capitalised.
 */
export function isTitleOnly(phrase: string, language: DescriptionLanguage): boolean {
  const words = wordsOf(phrase, LEXICONS[language]).filter((word) => word.kind !== "determiner");
  if (!words.some((word) => word.kind === "office" || word.kind === "general")) return false;
  return words.every((word) => word.kind !== "name" && word.kind !== "other");
}

/**
 * A local-language speaker phrase taken apart ("президент Азербайджана Ильхам Алиев", "ԱՄՆ պետքարտուղար Էնթոնի
 * Բլինքենը"): the name after its last title word, without the countries and bodies next to the title; or, when no
 * name follows a title, the phrase is a description. Null when the phrase holds neither.
 */
export function splitTitledName(phrase: string, language: DescriptionLanguage): { name: string } | { description: string } | null {
  const words = wordsOf(phrase, LEXICONS[language]);
  let lastTitle = -1;
  words.forEach((word, i) => {
    if (word.kind === "office" || word.kind === "general" || word.kind === "rank") lastTitle = i;
  });
  if (lastTitle < 0) {
    const names = words.filter((word) => word.kind === "name");
    return names.length ? { name: names.map((word) => word.text).join(" ") } : null;
  }
  const names: Word[] = [];
  for (let i = lastTitle + 1; i < words.length; i++) {
    if (words[i].kind === "name") names.push(words[i]);
    else if (names.length || words[i].kind !== "qualifier") break;
  }
  return names.length ? { name: names.map((word) => word.text).join(" ") } : { description: phrase };
}

/**
 * The name closing a description, after its title words ("the Secretary of State Antony Blinken" → "Antony
 * Blinken"): two or three capitalised words that are no title, place or body words, right after a title word (not
 * after "of", "for", "to": "the president of South Sudan" is a place). Null otherwise. English.
 */
export function trailingName(phrase: string): string | null {
  const words = wordsOf(phrase, ENGLISH);
  let start = words.length;
  while (start > 0 && words.length - start < 3 && words[start - 1].kind === "name" && !words[start - 1].possessive) start--;
  if (words.length - start < 2 || start === 0) return null;
  const before = words[start - 1];
  if (before.gap !== "" || !(before.kind === "office" || before.kind === "qualifier" || before.kind === "rank")) return null;
  return words.slice(start).map((word) => word.text).join(" ");
}

// Word classes that may stand before an English name as its title: "U.S. Secretary of State", "State Department
// Spokesman", "Mr.", "Lt. Col.", "the Azerbaijani Foreign Minister".
const LEADING_TITLE: ReadonlySet<WordClass> = new Set(["office", "rank", "general", "qualifier", "organisation", "connector", "determiner"]);

/**
 * A capitalised English name phrase without the title words before the name, as written from the name's first word
 * ("Secretary of State Antony Blinken" → "Antony Blinken", "State Department Spokesman Matthew Miller" → "Matthew
 * Miller", "Mr. Blinken" → "Blinken", "Spokeswoman Jane Doe" → "Jane Doe"): a speaker's name is the person's name only,
 * so that it meets the same person's other mentions and statements (speakers.ts samePerson, speakerSide). Title words:
 * this file's English lexicon (offices, ranks, general words, portfolios, places and demonyms, bodies, honorifics, the
 * abbreviated titles of abbreviated-titles.ts, and "of", "for", "to", "the" between them), the titles and honorifics
 * of name-lexicon.ts isTitle, and those that state a gender (gender.ts: "Madam", "Lady"); a leading place that is a
 * given name (name-lexicon.ts isGivenName) is the name's, and so is an initial ("A."). The phrase unchanged when no
 * title word leads it, or a word that is no name follows them ("Azerbaijani media"); null when title words are all it
 * holds ("Secretary of State", "State Department"). Pure.
 */
export function nameAfterTitle(phrase: string): string | null {
  let leading = 0;
  for (const match of phrase.matchAll(WORD)) {
    const raw = match[0];
    const text = dotEndsSentence(raw) ? raw.slice(0, -1) : raw;
    const bare = bareWord(text);
    // An initial ("A.") is a name's, not the article.
    if (/^\p{Lu}\.$/u.test(raw)) return leading === 0 ? phrase : phrase.slice(match.index);
    const kind = ENGLISH.classify(foldEnglish(text), /^\p{Lu}/u.test(text), text);
    const title = (LEADING_TITLE.has(kind) && !(kind === "qualifier" && isGivenName(bare))) || isTitle(bare) || isGenderedTitle(text);
    // Only a name follows a title: "Azerbaijani media" is a common noun's phrase, kept whole.
    if (!title) return leading === 0 || kind !== "name" ? phrase : phrase.slice(match.index);
    leading++;
  }
  return null;
}

/**
 * How a Russian word stands in a title ("президенту" → office, stem "президент"; "Азербайджана" → qualifier;
 * "Алиева" → name), by the description lexicon: for russian-subject.ts. `fold` is the title-word stem.
 */
export function russianWordClass(word: string): { kind: "title" | "qualifier" | "name" | "other"; fold: string } {
  const fold = RUSSIAN.fold(word);
  const kind = RUSSIAN.classify(fold, /^\p{Lu}/u.test(word), word);
  if (kind === "office" || kind === "general" || kind === "rank") return { kind: "title", fold };
  if (kind === "qualifier" || kind === "connector") return { kind: "qualifier", fold };
  return { kind: kind === "name" ? "name" : "other", fold };
}

import { ALL_CAPITALS, CAPITALISED, LOWER_CASE, ONE_CAPITAL } from "./capitals";
import { MONTHS, ORGANISATION_CUES, TITLES, WEEKDAYS } from "./gazetteer";
import { foldCase } from "./normalise";
import { LineWords } from "./line-words";
import { LINE_BREAK_CLASS } from "../text/line-breaks";
import { isDemonym, placeKeyOf } from "./name-lexicon";
import { gluedHeadlineEnd, MAX_HEADLINE_WORDS } from "./glued-headlines";
import { sentenceOpeners } from "./sentence-openers";
import { LOWER_IN_TITLE_CASE } from "./title-case-words";

/**
 * The furniture of a readout's web page between its headline and its text, when the page's lines were pasted run
 * together on one line (tester 82 F2): "Secretary Blinken's Call with Azerbaijani President Aliyev Office of the
 * Spokesperson November 27, 2023 The below is attributable to Spokesperson Matthew Miller: Secretary Blinken spoke
 * today with …". Read as one sentence, its claim carried the headline, the office and the date; segment.ts cuts where
 * gluedPageCuts finds each part begins, and lead-ins.ts (joinLeadIns) reads the parts as the heading lines they were.
 *
 * The parts, each recognised by words of its own kind, so that its start and its end are clear:
 * - an office line: English "Office of the Spokesperson" (or "… Spokesman", "… Press Secretary", "… President", "…
 *   Prime Minister"), "Press Service" or "Press Office", each with the "of …" phrases of an institution's name after it
 *   ("Press Service of the President of the Republic of Azerbaijan"); Russian "Пресс-служба" with the genitive words
 *   after it ("Пресс-служба Президента Азербайджанской Республики"); Armenian "… մամուլի ծառայություն", whose last
 *   words end it ("ՀՀ վարչապետի մամուլի ծառայություն");
 * - a dateline: a date with its year ("November 27, 2023", "27 November 2023", "27 ноября 2023 года", "27.11.2023",
 *   "նոյեմբերի 27, 2023"), optionally a time ("21:40") and a city before it ("Baku, ", "Washington, DC ");
 * - an attribution line ending in a colon, as the State Department writes it: "The below is attributable to
 *   Spokesperson Matthew Miller:" (no other office's pages we know of carry one).
 * Where a part's start or end is not clear, the text is left whole: a false split (a claim cut in two) costs more than
 * a missed one. So:
 * 1. The first part comes first on the line or after a headline of MIN_HEADLINE_WORDS to MAX_HEADLINE_WORDS words with
 *    no clause or sentence punctuation, whose last word is no preposition, conjunction or weekday (a date after "on" or
 *    "в" is the sentence's own).
 * 2. Then any of the other parts, each once, the attribution line last; then the text, opening with a capital.
 * 3. An office line's anchor and an attribution line's cue are evidence enough. A date is not (Russian sentences open
 *    with one, "27 ноября 2023 года Президент …", and hold one after their subject): a dateline alone is a part only
 *    after a headline, written as a page writes it (a time after it, figures only, or a headline in title case,
 *    capitals.ts rule 1), and before text that opens as a readout's first sentence does (strongOpening).
 * 4. An English or Russian office line reads its institution's name to the first word that cannot continue it; where
 *    the text follows at once, that word must open the text as strongOpening says, or the office line stays with the
 *    text (the cut before it is kept).
 * Pure; offsets are UTF-16 code units into the text given.
 */

/** A headline before the furniture has this many words at least: fewer ("В Баку", "Updated") open a sentence. */
const MIN_HEADLINE_WORDS = 3;
/** An office's name after its anchor ("of the Ministry of Foreign Affairs of the Republic of Armenia") is at most this long. */
const MAX_OFFICE_NAME_WORDS = 12;
/** An Armenian office line's words before "մամուլի ծառայություն" ("ՀՀ վարչապետի աշխատակազմի") are at most this many. */
const MAX_ARMENIAN_OFFICE_WORDS = 4;
/** An attribution line is at most this many characters long (the State Department's are under 80). */
const MAX_ATTRIBUTION_CHARS = 160;

const OFFICE = 1;
const DATELINE = 2;
const ATTRIBUTION = 3;
const GENRE = 4;

const EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const RU_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
const HY_MONTHS = "հունվարի|փետրվարի|մարտի|ապրիլի|մայիսի|հունիսի|հուլիսի|օգոստոսի|սեպտեմբերի|հոկտեմբերի|նոյեմբերի|դեկտեմբերի";
const YEAR = String.raw`(?:19|20)\d{2}`;
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
/** A date with its year, as a page's dateline writes it (group 1: figures only); a weekday may lead an English one. */
const DATE =
  String.raw`(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?` +
  String.raw`(?:(?:${EN_MONTHS}|${HY_MONTHS})\s+${DAY},?\s+${YEAR}|${DAY}\s+(?:${EN_MONTHS}|${RU_MONTHS}|${HY_MONTHS}),?\s+${YEAR}(?:\s+года)?|(${DAY}[./]\d{1,2}[./]${YEAR}|${YEAR}-\d{2}-\d{2}))`;
/** A time after the date (group 2): "…, 21:40", "… - 21:40". */
const TIME = String.raw`(,?\s+(?:[-‐–—|]\s+)?(?:[01]?\d|2[0-3]):[0-5]\d)`;
/** A dateline's date and time at a word's start; it must end where a word does ("27.11.2023-ին" is a case form in a sentence). */
const DATELINE_AT = new RegExp(String.raw`${DATE}${TIME}?(?=\s|$)`, "iuy");
/** The State Department's attribution line, to its colon. */
const ATTRIBUTION_AT = new RegExp(String.raw`(?:The\s+)?(?:below|following)\s+is\s+attributable\s+to\s[^:!?${LINE_BREAK_CLASS}]{1,${MAX_ATTRIBUTION_CHARS}}?:(?=\s|$)`, "iuy");
/** An English office line's words, in title case. */
const ENGLISH_OFFICE = String.raw`Office\s+of\s+the\s+(?:Spokesperson|Spokesman|Press\s+Secretary|President|Prime\s+Minister|Vice\s+President)|Press\s+(?:Service|Office)`;
/** The same in capitals, as the State Department's pages print it ("OFFICE OF THE SPOKESPERSON"; tester T1 of session 16). */
const inCapitals = (source: string) => source.replace(/(?<!\\)[a-z]+/gu, (word) => word.toUpperCase());
/** An English office line's anchor (capitalised or in capitals: "the press service said" is a sentence's). */
const ENGLISH_OFFICE_AT = new RegExp(String.raw`(?:${ENGLISH_OFFICE}|${inCapitals(ENGLISH_OFFICE)})(?=\s|$)`, "uy");
/**
 * A genre label: the kind of text a page announces ("Readout", "Media Note", "Press Statement", "Fact Sheet", Russian
 * "Сообщение для прессы", "Пресс-релиз", Armenian "Հաղորդագրություն"; the State Department's, the Kremlin's and the
 * Armenian government's pages print them above or below the headline; tester T1 of session 16). Matched in any case;
 * genreAt asks that it be written as a label (capitalised or in capitals).
 */
const GENRE_AT = new RegExp(
  String.raw`(?:Readout|Media\s+Note|Press\s+(?:Statement|Release|Briefing)|Fact\s+Sheet|News\s+Release|Joint\s+Statement|` +
    String.raw`Сообщение\s+для\s+(?:прессы|СМИ)|Пресс[-‐‑]релиз|Заявление\s+для\s+прессы|Մամուլի\s+հաղորդագրություն|Հաղորդագրություն)(?=\s|$)`,
  "iuy",
);
/** A breadcrumb trail's first crumb: the site's home page. */
const HOME_WORDS: ReadonlySet<string> = new Set(["home", "главная", "գլխավոր"]);
/**
 * The crumbs of a news section that may follow it ("Home > News > Readouts", "Главная / Новости", "Գլխավոր
 * Նորություններ"): words of a site's sections, never of a claim's subject, so "Home Secretary …" is no trail.
 */
const SECTION_WORDS: ReadonlySet<string> = new Set(
  `news press releases release readouts statements briefings media center centre newsroom notes remarks latest room
  новости пресс-релизы пресс-центр заявления сообщения события медиа
  նորություններ լուրեր մամուլ մամուլի հաղորդագրություններ լրահոս իրադարձություններ կենտրոն`.split(/\s+/u),
);
/** Leading furniture (a breadcrumb trail, genre labels) before a headline is at most this many pieces. */
const MAX_LEADING_PIECES = 3;
/** A Russian office line's anchor. */
const RUSSIAN_OFFICE_AT = /Пресс[-‐‑]служба(?=\s|$)/uy;
/** Title words that qualify the next word in an institution's name ("Prime Minister", "Foreign Affairs", "Press Secretary"). */
const NAME_MODIFIERS: ReadonlySet<string> = new Set(["prime", "vice", "deputy", "foreign", "press", "first", "national", "security"]);
/** Russian genitive endings of an office's name ("Президента", "Азербайджанской Республики", "премьер-министра", "МИД"). */
const RUSSIAN_GENITIVE_CAPITALISED = /(?:а|я|и|ы|ой|ей|ого|его|ых|их)$/u;
/** The same in lower case, without "-и"/"-ы" (a plural verb's ending: "обсудили"). */
const RUSSIAN_GENITIVE_LOWER = /(?:а|я|ой|ей|ого|его|ых|их)$/u;
/** The Armenian word for a head of government's or state's office ("Վարչապետի աշխատակազմ"): an office line's last word. */
const ARMENIAN_STAFF = "աշխատակազմ";
/** Armenian genitive endings ("վարչապետի", "աշխատակազմի", "նախարարության"). */
const ARMENIAN_GENITIVE = /(?:ի|ան)$/u;
/** An acronym in an office's name or before a title: "МИД", "ՀՀ", "ԱԳՆ", "U.S", "США". */
const MAX_ACRONYM_LETTERS = 5;
/** Words that govern a date or join a clause: a date after one is the sentence's own ("on November 27", "в понедельник 27 ноября"). */
const DATE_GOVERNORS: ReadonlySet<string> = new Set(
  `в во на с со от до к ко по о об обо за из у и а но или для после перед между около при через начиная понедельник
  вторник среда среду четверг пятница пятницу суббота субботу воскресенье և եւ ու կամ բայց մինչև մինչեւ առ
  երկուշաբթի երեքշաբթի չորեքշաբթի հինգշաբթի ուրբաթ շաբաթ կիրակի dated`.split(/\s+/u),
);
/**
 * Words that open a readout's sentence and no headline or office name ends with ("The", "He", "I", "Стороны",
 * "Կողմերը"): sentence-openers.ts's, in the three languages of these readouts, English "I" included.
 */
const SENTENCE_OPENERS = sentenceOpeners(["en", "ru", "hy"], true);
/** Punctuation after a word that ends a clause or a sentence: a headline or an office's name holds none. */
const PUNCTUATION = /[,;:.!?։…()[\]]/u;

interface Part {
  kind: number;
  /** Index of its first token and of the token after it. */
  from: number;
  to: number;
  /** An office line whose end is the first word that cannot continue its name (rule 4). */
  openEnd: boolean;
  /** A dateline written as a page writes it (rule 3: a time, or figures only). */
  pageDate: boolean;
}

/** The tokens (words) of text[start, end), read as they are asked for (line-words.ts), with the furniture's own tests. */
class Tokens extends LineWords {
  /** Whether punctuation that ends a clause or a sentence follows the word (closing quotes aside). */
  punctuated(k: number): boolean {
    return this.followedBy(k, PUNCTUATION);
  }

  /** Whether the word is an acronym in capitals ("МИД", "ՀՀ", "U.S"). */
  acronym(k: number): boolean {
    const token = this.get(k)!;
    return this.letterCase(k) === ALL_CAPITALS && token.coreEnd - token.coreStart <= MAX_ACRONYM_LETTERS + 2;
  }
}

const isCapital = (letterCase: number) => letterCase === CAPITALISED || letterCase === ALL_CAPITALS || letterCase === ONE_CAPITAL;

/** A dateline at token k: a city ("Baku, ", "Washington, DC "), then a date (DATELINE_AT), or the date alone. */
function datelineAt(tokens: Tokens, k: number): Part | null {
  const { text } = tokens;
  const dateAt = (d: number): Part | null => {
    const token = tokens.get(d);
    if (token === null) return null;
    DATELINE_AT.lastIndex = token.start;
    const match = DATELINE_AT.exec(text);
    if (match === null || match.index + match[0].length > tokens.end) return null;
    return { kind: DATELINE, from: k, to: tokens.indexAt(match.index + match[0].length, d), openEnd: false, pageDate: match[1] !== undefined || match[2] !== undefined };
  };
  const first = tokens.get(k)!;
  if (mayOpenDate(text.charCodeAt(first.start))) {
    const date = dateAt(k);
    if (date !== null) return date;
  }
  // A city: a word with a capital and a comma after it, then the date or an abbreviation in capitals ("DC") and the date.
  if (first.coreEnd !== first.end - 1 || text.charCodeAt(first.coreEnd) !== 44 || !isCapital(tokens.letterCase(k))) return null;
  const folded = tokens.folded(k);
  if (WEEKDAYS.has(folded) || MONTHS.includes(folded)) return null;
  const next = tokens.get(k + 1);
  if (next === null) return null;
  if (tokens.acronym(k + 1) && next.coreEnd - next.coreStart <= 3 && next.end - next.coreEnd <= 1) return dateAt(k + 2) ?? dateAt(k + 1);
  return mayOpenDate(text.charCodeAt(next.start)) ? dateAt(k + 1) : null;
}

/** Latin letters that may open an English date (a month's or a weekday's initial), either case. */
const DATE_INITIALS: ReadonlySet<number> = new Set(Array.from("JFMASONDTWjfmasondtw", (c) => c.charCodeAt(0)));

/** Whether a word starting with this character may open a date: a digit, a month's or weekday's initial, an Armenian letter. */
function mayOpenDate(code: number): boolean {
  return (code >= 48 && code <= 57) || DATE_INITIALS.has(code) || (code >= 0x531 && code <= 0x587);
}

/** An English office line at token k: the anchor, then "of …"/"for …" phrases of an institution's name. */
function englishOfficeAt(tokens: Tokens, k: number): Part | null {
  const first = tokens.get(k)!;
  ENGLISH_OFFICE_AT.lastIndex = first.start;
  const match = ENGLISH_OFFICE_AT.exec(tokens.text);
  if (match === null || match.index + match[0].length > tokens.end) return null;
  let to = tokens.indexAt(match.index + match[0].length, k);
  for (let words = to - k; words < MAX_OFFICE_NAME_WORDS && !tokens.punctuated(to - 1); ) {
    if (tokens.get(to) === null) break;
    const connector = tokens.folded(to);
    if (connector !== "of" && connector !== "for") break;
    let m = to + 1;
    if (tokens.get(m) !== null && tokens.folded(m) === "the") m++;
    while (tokens.get(m + 1) !== null && tokens.letterCase(m) === CAPITALISED && NAME_MODIFIERS.has(tokens.folded(m)) && !tokens.punctuated(m) && isCapital(tokens.letterCase(m + 1))) m++;
    // The phrase's head: a word with a capital ("President", "Azerbaijan", "MFA").
    if (tokens.get(m) === null || !isCapital(tokens.letterCase(m))) break;
    words += m + 1 - to;
    to = m + 1;
  }
  return { kind: OFFICE, from: k, to, openEnd: true, pageDate: false };
}

/** A Russian office line at token k: "Пресс-служба", then the genitive words of the institution's name. */
function russianOfficeAt(tokens: Tokens, k: number): Part | null {
  const first = tokens.get(k)!;
  RUSSIAN_OFFICE_AT.lastIndex = first.start;
  if (!RUSSIAN_OFFICE_AT.test(tokens.text)) return null;
  let to = k + 1;
  while (to - k <= MAX_OFFICE_NAME_WORDS && !tokens.punctuated(to - 1) && tokens.get(to) !== null) {
    const letterCase = tokens.letterCase(to);
    const folded = tokens.folded(to);
    const genitive =
      tokens.acronym(to) ||
      (letterCase === CAPITALISED && RUSSIAN_GENITIVE_CAPITALISED.test(folded)) ||
      (letterCase === LOWER_CASE && (RUSSIAN_GENITIVE_LOWER.test(folded) || folded === "дел"));
    if (!genitive) break;
    to++;
  }
  return { kind: OFFICE, from: k, to, openEnd: true, pageDate: false };
}

/**
 * An Armenian office line starting at token k: a word in capitals or capitalised ("ՀՀ", "Վարչապետի", "Մամուլի"), words
 * in lower case in the genitive, then "մամուլի ծառայություն" or "աշխատակազմ" (no article: a sentence's would have one,
 * or a case).
 */
function armenianOfficeAt(tokens: Tokens, k: number): Part | null {
  if (!isCapital(tokens.letterCase(k))) return null;
  for (let m = k; m <= k + MAX_ARMENIAN_OFFICE_WORDS; m++) {
    const token = tokens.get(m);
    if (token === null) return null;
    const folded = tokens.folded(m);
    // "Վարչապետի աշխատակազմ": the office itself, after its holder's genitive, ends the line (no article, no case).
    if (folded === ARMENIAN_STAFF && m > k && token.coreEnd === token.end) return { kind: OFFICE, from: k, to: m + 1, openEnd: false, pageDate: false };
    if (folded === "մամուլի") {
      const service = tokens.get(m + 1);
      if (service === null || tokens.folded(m + 1) !== "ծառայություն" || service.coreEnd !== service.end) return null;
      return { kind: OFFICE, from: k, to: m + 2, openEnd: false, pageDate: false };
    }
    if (tokens.punctuated(m) || (m > k && tokens.letterCase(m) !== LOWER_CASE) || !(tokens.acronym(m) || ARMENIAN_GENITIVE.test(folded))) return null;
  }
  return null;
}

/** The attribution line at token k. */
function attributionAt(tokens: Tokens, k: number): Part | null {
  const first = tokens.get(k)!;
  ATTRIBUTION_AT.lastIndex = first.start;
  const match = ATTRIBUTION_AT.exec(tokens.text);
  if (match === null || match.index + match[0].length > tokens.end) return null;
  return { kind: ATTRIBUTION, from: k, to: tokens.indexAt(match.index + match[0].length, k), openEnd: false, pageDate: false };
}

/**
 * A genre label at token k (GENRE_AT), written as a label: its first letter a capital, an English one's every word, and
 * no word in lower case after it.
 */
function genreAt(tokens: Tokens, k: number): Part | null {
  const first = tokens.get(k)!;
  if (!isCapital(tokens.letterCase(k))) return null;
  GENRE_AT.lastIndex = first.coreStart;
  const match = GENRE_AT.exec(tokens.text);
  if (match === null || match.index + match[0].length > tokens.end) return null;
  // English title case or capitals: "Media note" or "Fact sheet" in a sentence is no label.
  if (/^[A-Za-z]/u.test(match[0]) && !match[0].split(/\s+/u).every((word) => /^[A-Z]/u.test(word))) return null;
  const to = tokens.indexAt(match.index + match[0].length, k);
  // A word in lower case after it makes it a phrase's ("Readout of Secretary Blinken's Call", "Press release issued").
  if (tokens.get(to) !== null && tokens.letterCase(to) === LOWER_CASE) return null;
  return { kind: GENRE, from: k, to, openEnd: false, pageDate: false };
}

/**
 * A breadcrumb trail at token k: a home word, then crumbs of news sections (SECTION_WORDS, each capitalised) and the
 * separators between them (words without a letter: ">", "»", "/", "|"), one section at least ("Home > News >
 * Readouts", "Главная / Новости", "Գլխավոր Նորություններ"). The index of the token after it, or -1.
 */
function breadcrumbEnd(tokens: Tokens, k: number): number {
  if (tokens.get(k) === null || !isCapital(tokens.letterCase(k)) || !HOME_WORDS.has(tokens.folded(k))) return -1;
  let sections = 0;
  let m = k + 1;
  for (let token = tokens.get(m); token !== null; token = tokens.get(++m)) {
    if (token.coreStart === token.coreEnd) continue;
    // A genre label after the trail is a piece of its own ("… > Readouts Media Note"), though "Media" names a section.
    if (!isCapital(tokens.letterCase(m)) || !SECTION_WORDS.has(tokens.folded(m)) || genreAt(tokens, m) !== null) break;
    sections++;
  }
  return sections > 0 ? m : -1;
}

/** Leading furniture at token k: a breadcrumb trail or a genre label; the index of the token after it, or -1. */
function leadingPieceEnd(tokens: Tokens, k: number): number {
  const crumbs = breadcrumbEnd(tokens, k);
  if (crumbs >= 0) return crumbs;
  return tokens.get(k) === null ? -1 : (genreAt(tokens, k)?.to ?? -1);
}

/** A part of kind other than those in `used` (a bit set by kind) starting at token k. */
function partAt(tokens: Tokens, k: number, used: number): Part | null {
  const token = tokens.get(k);
  if (token === null) return null;
  if (!(used & (1 << DATELINE))) {
    const dateline = datelineAt(tokens, k);
    if (dateline !== null) return dateline;
  }
  const code = tokens.text.charCodeAt(token.coreStart);
  if (!(used & (1 << OFFICE))) {
    const office = code === 79 || code === 80 ? englishOfficeAt(tokens, k) : code === 0x41f ? russianOfficeAt(tokens, k) : code >= 0x531 && code <= 0x556 ? armenianOfficeAt(tokens, k) : null;
    if (office !== null) return office;
  }
  if (!(used & (1 << ATTRIBUTION)) && (code === 84 || code === 116 || code === 66 || code === 98 || code === 70 || code === 102)) {
    const attribution = attributionAt(tokens, k);
    if (attribution !== null) return attribution;
  }
  return used & (1 << GENRE) ? null : genreAt(tokens, k);
}

/** A title word, Armenian's article read off ("Վարչապետը"). */
const isTitleWord = (folded: string) => TITLES.has(folded) || TITLES.has(folded.replace(/[ըն]$/u, ""));

/**
 * Whether token k opens text as a readout's first sentence does, so that the words before it are furniture: a title
 * ("Secretary Blinken", "Президент Ильхам Алиев", "Վարչապետ"), a country's word or an acronym before one ("Armenian
 * Prime Minister", "U.S. Secretary", "ՀՀ վարչապետ"), or a sentence's opening word ("The", "He", "Стороны").
 */
function strongOpening(tokens: Tokens, k: number): boolean {
  if (!isCapital(tokens.letterCase(k))) return false;
  const folded = tokens.folded(k);
  if (isTitleWord(folded) || SENTENCE_OPENERS.has(folded)) return true;
  return (tokens.acronym(k) || isDemonym(folded)) && tokens.get(k + 1) !== null && isTitleWord(tokens.folded(k + 1));
}

/** Whether the headline's tokens [from, to) are in title case (capitals.ts rule 1): no word in lower case but small words. */
function inTitleCase(tokens: Tokens, from: number, to: number): boolean {
  let capitals = 0;
  for (let k = from; k < to; k++) {
    const letterCase = tokens.letterCase(k);
    if (letterCase === CAPITALISED || letterCase === ALL_CAPITALS) capitals++;
    else if (letterCase === LOWER_CASE && !LOWER_IN_TITLE_CASE.has(tokens.folded(k))) return false;
  }
  return capitals >= MIN_HEADLINE_WORDS;
}

const NONE: readonly number[] = [];

/**
 * What every part holds near the line's start: a dateline its year, an office line or an attribution line its anchor
 * or cue. Most lines hold none in their first CUE_WINDOW_CHARS characters and are passed over with one search
 * (gluedPageCuts runs for every sentence that opens a line: a word-by-word reading of each cost ~3 % of compare()).
 */
const CUE =
  /(?:19|20)\d\d|Office\s+of\s+the|OFFICE\s+OF\s+THE|Press\s+(?:Service|Office)|PRESS\s+(?:SERVICE|OFFICE)|Пресс[-‐‑]служб|attributable|ATTRIBUTABLE|մամուլի|աշխատակազմ|Readout|READOUT|Media\s+Note|MEDIA\s+NOTE|Press\s+(?:Statement|Release|Briefing)|PRESS\s+(?:STATEMENT|RELEASE|BRIEFING)|Fact\s+Sheet|FACT\s+SHEET|News\s+Release|NEWS\s+RELEASE|Joint\s+Statement|JOINT\s+STATEMENT|Сообщение\s+для|СООБЩЕНИЕ\s+ДЛЯ|Пресс[-‐‑]релиз|ПРЕСС[-‐‑]РЕЛИЗ|Заявление\s+для|Հաղորդագրություն|ՀԱՂՈՐԴԱԳՐՈՒԹՅՈՒՆ|^\s*(?:Home|HOME|Главная|ГЛАВНАЯ|Գլխավոր|ԳԼԽԱՎՈՐ)(?=[\s>»/|›])/u;
/**
 * The characters of a line searched for a cue: more than a longest headline (MAX_HEADLINE_WORDS words) and the first
 * part's words up to its cue ("Monday, November 27, 2023", "… վարչապետի աշխատակազմի մամուլի") take.
 */
const CUE_WINDOW_CHARS = 600;

/**
 * Where the parts of a web page's top pasted on one line begin (the file's docstring gives the rules): for
 * text[start, end), a sentence that opens its line (segment.ts asks for those only; `text` is the whole statement),
 * the UTF-16 offsets at which the office line, the dateline, the attribution line and the text begin, in order,
 * the line's own start left out (the headline's, or the first part's where there is no headline); empty when the line
 * opens with no such furniture or its parts are not clear. Reads the words only as far as the text's first two; pure;
 * throws nothing.
 */
export function gluedPageCuts(text: string, start: number, end: number): readonly number[] {
  if (!CUE.test(text.slice(start, Math.min(end, start + CUE_WINDOW_CHARS)))) return NONE;
  const tokens = new Tokens(text, start, end);
  // Leading furniture (rule 0): a breadcrumb trail, genre labels, each cut off where a capitalised word follows it.
  const leading: number[] = [];
  let base = 0;
  // Whether the word after the last piece opens as a readout does (a title, "The"): a genre word before a headline's
  // other words ("Readout Shows Rift …") may be the headline's own, and is cut off only with other furniture after it.
  let strong = true;
  for (let piece = 0; piece < MAX_LEADING_PIECES; piece++) {
    const to = leadingPieceEnd(tokens, base);
    const after = to < 0 ? null : tokens.get(to);
    if (after === null || !isCapital(tokens.letterCase(to))) break;
    strong = breadcrumbEnd(tokens, base) >= 0 || strongOpening(tokens, to);
    leading.push(after.start);
    base = to;
  }
  const rest = partCuts(tokens, base);
  if (leading.length === 0 || rest.length > 0) return leading.length === 0 ? rest : leading.concat(rest);
  if (!strong) leading.pop();
  if (leading.length === 0) return NONE;
  // Only leading furniture: the line after it may still open with a headline glued to its sentence.
  const body = gluedHeadlineEnd(text, leading[leading.length - 1], end);
  if (body > leading[leading.length - 1]) leading.push(body);
  return leading;
}

/** Rules 1 to 4 from token `base` (after any leading furniture): the cuts, `base`'s own start left out. */
function partCuts(tokens: Tokens, base: number): readonly number[] {
  // Rule 1: the first part, after a headline without punctuation.
  let first: Part | null = null;
  for (let k = base; k <= base + MAX_HEADLINE_WORDS && first === null; k++) {
    const token = tokens.get(k);
    if (token === null) return NONE;
    first = partAt(tokens, k, 0);
    if (first === null && tokens.punctuated(k)) return NONE;
  }
  if (first === null) return NONE;
  const headline = first.from - base;
  if (headline > 0 && (headline < MIN_HEADLINE_WORDS || DATE_GOVERNORS.has(tokens.folded(first.from - 1)) || LOWER_IN_TITLE_CASE.has(tokens.folded(first.from - 1)))) return NONE;
  // Rule 2: the other parts, the attribution line last.
  const parts = [first];
  let used = 1 << first.kind;
  let next = first.to;
  while (parts[parts.length - 1].kind !== ATTRIBUTION) {
    const part = partAt(tokens, next, used);
    if (part === null) break;
    parts.push(part);
    used |= 1 << part.kind;
    next = part.to;
  }
  const last = parts[parts.length - 1];
  const body = tokens.get(next);
  // Rule 3: a dateline or a genre label alone is a part only after a headline written as a page writes it, before a
  // readout's opening ("Readout" may be a headline's word: "… Aliyev Readout Shows Rift" stays whole).
  const alone = used === 1 << DATELINE || used === 1 << GENRE;
  if (alone && (headline === 0 || !(parts.some((part) => part.pageDate) || inTitleCase(tokens, base, first.from)) || body === null || !strongOpening(tokens, next))) return NONE;
  const cuts: number[] = [];
  for (const part of parts) if (part.from > base) cuts.push(tokens.get(part.from)!.start);
  // The text after the parts opens with a capital; after an office line read to its name's end, as a readout opens (rule 4).
  if (body !== null && isCapital(tokens.letterCase(next)) && (!last.openEnd || strongOpening(tokens, next))) cuts.push(body.start);
  else if (body !== null && !last.openEnd) return NONE;
  return cuts.length > 0 ? cuts : NONE;
}

/**
 * Whether `line` (one line of a statement, trimmed) is a piece of a web page's furniture on its own: an office line, a
 * dateline or an attribution line as gluedPageCuts reads them, or a city a dateline's first line may give alone
 * ("Washington, DC", "BAKU": a place the gazetteer knows, or a word in capitals). lead-ins.ts reads such a line at a
 * statement's top as a heading. Pure.
 */
export function isPageFurnitureLine(line: string): boolean {
  const tokens = new Tokens(line, 0, line.length);
  const part = tokens.get(0) === null ? null : partAt(tokens, 0, 0);
  if (part !== null && tokens.get(part.to) === null) return true;
  // A breadcrumb trail or a genre label, the whole line ("Home > News > Readouts", "Media Note", "Հաղորդագրություն").
  const leading = leadingPieceEnd(tokens, 0);
  if (leading >= 0) return tokens.get(leading) === null;
  return part === null && isCityLine(tokens);
}

/** A city, with its state or country in capitals or known ("Washington, DC", "Yerevan, Armenia"), and nothing else. */
function isCityLine(tokens: Tokens): boolean {
  const known = (k: number) => tokens.acronym(k) || (tokens.letterCase(k) === CAPITALISED && placeKeyOf(tokens.folded(k)) !== null);
  if (tokens.get(0) === null || !known(0)) return false;
  if (tokens.get(1) === null) return true;
  const comma = tokens.text.slice(tokens.get(0)!.coreEnd, tokens.get(0)!.end) === ",";
  return comma && known(1) && tokens.get(2) === null;
}

/** Whether `line` (trimmed) is an attribution line ("The below is attributable to Spokesperson Matthew Miller:"). Pure. */
export function isAttributionLine(line: string): boolean {
  // Most lines that end in punctuation end in a full stop: passed over without reading their words.
  if (line.charCodeAt(line.length - 1) !== 58) return false;
  const tokens = new Tokens(line, 0, line.length);
  const part = tokens.get(0) === null ? null : attributionAt(tokens, 0);
  return part !== null && tokens.get(part.to) === null;
}

/**
 * A site's name after a headline, as a page's title gives it ("Secretary Blinken’s Call with … Aliyev - United States
 * Department of State", "… | Президент Азербайджана"): after a spaced dash or bar, two to SITE_NAME_WORDS words, each
 * capitalised (or in capitals) but for small joining words, to the line's end, one of them an institution's word
 * (gazetteer ORGANISATION_CUES or a title).
 */
const SITE_NAME = /\s[-–—|]\s+((?:\p{Lu}[\p{L}\p{M}.’'‐-]*|of|the|and|for|on|de|du|la)(?:\s+(?:\p{Lu}[\p{L}\p{M}.’'‐-]*|of|the|and|for|on|de|du|la)){1,7})\s*$/u;

/**
 * Where a site's name after a headline text[start, end) begins (SITE_NAME; tester T1 of session 16): the UTF-16 offset of
 * its first word, or `end` when the line ends with none. lead-ins.ts asks the body to repeat a heading's words before
 * it only. Pure; throws nothing.
 */
export function siteNameStart(text: string, start: number, end: number): number {
  // Only a line with a spaced dash or bar is sliced (most headings have none).
  const line = text.slice(start, end);
  if (!/\s[-–—|]\s/u.test(line)) return end;
  const match = SITE_NAME.exec(line);
  // An institution's word names a site ("Department", "Ministry", "Office", "Президент"): "– Baku Balks" is a claim's.
  if (match === null || !match[1].split(/\s+/u).some((word) => ORGANISATION_CUES.has(foldCase(word)) || TITLES.has(foldCase(word)))) return end;
  return start + match.index + match[0].indexOf(match[1]);
}

import { ALL_CAPITALS, CAPITALISED, LOWER_CASE, ONE_CAPITAL } from "./capitals";
import { MONTHS, TITLES, WEEKDAYS } from "./gazetteer";
import { LineWords } from "./line-words";
import { LINE_BREAK_CLASS } from "../text/line-breaks";
import { isDemonym, placeKeyOf } from "./name-lexicon";
import { MAX_HEADLINE_WORDS } from "./glued-headlines";
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
/** An English office line's anchor (capitalised: "the press service said" is a sentence's). */
const ENGLISH_OFFICE_AT = /(?:Office\s+of\s+the\s+(?:Spokesperson|Spokesman|Press\s+Secretary|President|Prime\s+Minister|Vice\s+President)|Press\s+(?:Service|Office))(?=\s|$)/uy;
/** A Russian office line's anchor. */
const RUSSIAN_OFFICE_AT = /Пресс[-‐‑]служба(?=\s|$)/uy;
/** Title words that qualify the next word in an institution's name ("Prime Minister", "Foreign Affairs", "Press Secretary"). */
const NAME_MODIFIERS: ReadonlySet<string> = new Set(["prime", "vice", "deputy", "foreign", "press", "first", "national", "security"]);
/** Russian genitive endings of an office's name ("Президента", "Азербайджанской Республики", "премьер-министра", "МИД"). */
const RUSSIAN_GENITIVE_CAPITALISED = /(?:а|я|и|ы|ой|ей|ого|его|ых|их)$/u;
/** The same in lower case, without "-и"/"-ы" (a plural verb's ending: "обсудили"). */
const RUSSIAN_GENITIVE_LOWER = /(?:а|я|ой|ей|ого|его|ых|их)$/u;
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
 * in lower case in the genitive, then "մամուլի ծառայություն" (no article: a sentence's would have one, or a case).
 */
function armenianOfficeAt(tokens: Tokens, k: number): Part | null {
  if (!isCapital(tokens.letterCase(k))) return null;
  for (let m = k; m <= k + MAX_ARMENIAN_OFFICE_WORDS; m++) {
    const token = tokens.get(m);
    if (token === null) return null;
    const folded = tokens.folded(m);
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
  if (!(used & (1 << ATTRIBUTION)) && (code === 84 || code === 116 || code === 66 || code === 98 || code === 70 || code === 102)) return attributionAt(tokens, k);
  return null;
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

/** Whether the headline's tokens [0, to) are in title case (capitals.ts rule 1): no word in lower case but small words. */
function inTitleCase(tokens: Tokens, to: number): boolean {
  let capitals = 0;
  for (let k = 0; k < to; k++) {
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
const CUE = /(?:19|20)\d\d|Office\s+of\s+the|Press\s+(?:Service|Office)|Пресс[-‐‑]служб|attributable|մամուլի/u;
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
  // Rule 1: the first part, after a headline without punctuation.
  let first: Part | null = null;
  for (let k = 0; k <= MAX_HEADLINE_WORDS && first === null; k++) {
    const token = tokens.get(k);
    if (token === null) return NONE;
    first = partAt(tokens, k, 0);
    if (first === null && tokens.punctuated(k)) return NONE;
  }
  if (first === null) return NONE;
  const headline = first.from;
  if (headline > 0 && (headline < MIN_HEADLINE_WORDS || DATE_GOVERNORS.has(tokens.folded(headline - 1)) || LOWER_IN_TITLE_CASE.has(tokens.folded(headline - 1)))) return NONE;
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
  // Rule 3: a dateline alone is a part only after a headline written as a page writes it, before a readout's opening.
  if (used === 1 << DATELINE && (headline === 0 || !(parts.some((part) => part.pageDate) || inTitleCase(tokens, headline)) || body === null || !strongOpening(tokens, next))) return NONE;
  const cuts: number[] = [];
  for (const part of parts) if (part.from > 0) cuts.push(tokens.get(part.from)!.start);
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
  if (part !== null) return tokens.get(part.to) === null;
  return isCityLine(tokens);
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

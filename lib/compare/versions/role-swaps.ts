import { analyseStatement, type Unit } from "../analyse";
import { DEMONYMS, MONTHS, PLACES, TITLES, WEEKDAYS } from "../gazetteer";
import { Lexicon } from "../lexicon";
import { RECIPROCAL, UnitRoles } from "../roles";
import { pronounForm } from "../pronoun-cases";
import { endsInObliqueCase, nominativeKey, objectKey } from "../russian-name-case";
import type { TextRange } from "../segment";
import { buildVectors } from "../similarity";
import { stopWordsFor } from "../stopwords";
import { foldWord } from "../../text/fold";
import { isSentenceTerminal, terminalClass } from "../../text/sentence-marks";
import { isArmenianColon } from "../armenian-stops";
import { primaryLanguage } from "../../text/language";
import type { PairWords } from "./pair-diff";
import type { VersionVocabulary } from "./sentences";
import { isModal } from "./closed-class";
import { isTimeWord } from "./time-words";
import { isTitleWord } from "./title-words";
import type { VersionEdit } from "./types";

/**
 * Swapped roles (issue 12, "edits classed by what they change"): a revision that swaps who did what to whom
 * ("Blinken thanked Aliyev" → "Aliyev thanked Blinken", "…urged Azerbaijan to respect Armenia's…" → "…urged Armenia to
 * respect Azerbaijan's…", "Блинкен поблагодарил Алиева" → "Блинкена поблагодарил Алиев", "X thanked Y" → "X was
 * thanked by Y") keeps its words and changes the fact. Word by word the edits read as unrelated names or titles, or as
 * wording (an inflection, "was"/"by" inserted); this pass finds the swap and makes each of its edits a fact, "role".
 * The same parties in another order that tells the same facts (a list reordered, "spoke with", Russian free word
 * order) is no swap; its edits keep the classes the rules gave them (a name fact, as a rule), since a reorder that
 * states the same facts cannot be told from one that does not on the evidence a sentence pair gives (tester 88).
 */

/** Languages whose nouns mark subject and object by case endings (Wade 2011; Dum-Tragut 2009): there word order alone is no role. */
const CASE_LANGUAGES = new Set(["ru", "uk", "be", "hy", "az", "tr"]);
/** Coordinators (CGEL ch. 15; Wade 2011; Dum-Tragut 2009), folded: two parties joined by one are told in either order. */
const COORDINATORS = new Set(["and", "or", "nor", "plus", "&", "и", "или", "либо", "да", "а", "եւ", "ու", "կամ"]);
/** Words that make the party after them a companion ("spoke with Aliyev", "встретился с Алиевым"): a symmetric act. */
const COMITATIVE_BEFORE = new Set(["with", "alongside", "с", "со"]);
/** Postpositions that do so after the party (Armenian "Ալիևի հետ", Dum-Tragut 2009, postpositions). */
const COMITATIVE_AFTER = new Set(["հետ"]);
/**
 * Verbs of talking (Levin 1993, ch. 37, verbs of communication: the "talk" and "chitchat" verbs), folded: with them
 * "to" makes the party after it a companion as "with" does ("Blinken spoke to Aliyev" and "Aliyev spoke to Blinken"
 * tell one conversation).
 */
const TALK_VERBS = new Set("speak speaks spoke spoken speaking talk talks talked talking chat chats chatted chatting".split(" "));
/**
 * Words besides coordinators that join two parties as one subject or list (CGEL ch. 15, coordination: "as well as"
 * and "together with" among its marginal coordinators; and a comparison with "like"), folded, as the words between
 * the two name phrases: "Blinken as well as Aliyev", "Blinken, like Aliyev,", "Блинкен, как и Алиев,", "Բլինքենը,
 * ինչպես նաև Ալիևը". Not "unlike", which tells them apart.
 */
const LIST_JOINERS = new Set(["as well as", "like", "just like", "together with", "along with", "also", "как и", "также", "так же как и", "вместе с", "ինչպես նաև", "նաև"]);
/**
 * Converse verbs (Levin 1993, ch. 13, verbs of change of possession: "get", "obtain" and "receive" verbs; D. A. Cruse,
 * Lexical Semantics, 1986, on converses), folded: with the source after "from" ("Aliyev received a call from Blinken")
 * they tell "Blinken called Aliyev" with the parties in the other order, as a passive does.
 */
const CONVERSE_VERBS = new Set(
  "receive receives received receiving get gets got getting hear hears heard hearing accept accepts accepted accepting obtain obtains obtained получил получила получили получило получает получают принял приняла приняли услышал услышала услышали".split(" "),
);
/** Prepositions that mark a converse verb's source ("from Blinken", "от Блинкена"). */
const SOURCE_BEFORE = new Set(["from", "от"]);
/** Forms of Russian "быть" that, before a short passive participle, make a passive ("был поблагодарен"; Wade 2011, the passive). */
const RUSSIAN_BE = new Set(["был", "была", "было", "были", "будет", "будут", "быть"]);
/**
 * Endings of a Russian short passive participle (Wade 2011, participles): "-ен"/"-ан"/"-ян" ("поблагодарен",
 * "приглашён", folded "-ен"), "-т" after a vowel ("принят", "убит"), each with "-а", "-о", "-ы" for gender and number.
 */
const SHORT_PARTICIPLE = /(?:[еая]н|[иыуя]т)[аоы]?$/u;
/**
 * Shortest short passive participle read, in letters: "принят", "поблагодарен". Shorter words of that ending ("дан",
 * "взят") are left out; a noun that ends like one ("стран") counts only beside "быть" or an instrumental party.
 */
const MIN_PARTICIPLE = 5;
/** A party's edit may be made `role` or `order` only when it is no fact, or a fact for the party's identity (issue 12, tester 83 F3). */
const IDENTITY_REASONS: ReadonlySet<string> = new Set(["name", "title", "place", "role"]);
const MONTH_WORDS = new Set(MONTHS);
/**
 * Punctuation that ends a clause or a sentence between two words: a clause's subject stands after it. A
 * sentence-terminal mark (lib/text/sentence-marks.ts), or a clause's comma, semicolon, colon, bracket or em dash.
 */
const CLAUSE_BREAK = new RegExp(terminalClass(",;:()\u2014"), "u");
/** Punctuation that joins two parties as a list's items ("Blinken, Aliyev", "Armenia/Azerbaijan"). */
const LIST_PUNCTUATION = /[,;/&]/u;
const CAPITAL = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/**
 * Longest word a case ending adds or changes past a shared stem (Russian "-ами", "-ого"; Armenian "-ից", "-ով", "-ին"),
 * and the shortest stem two forms must share to be one word's (Russian "посол"/"посла" share "пос"): read as one lexeme.
 */
const MAX_ENDING = 3;
const MIN_STEM = 3;
/** Bounds that keep the pass cheap on a long merged pair: tokens per side, lexemes tried, swaps found in a row. */
const MAX_TOKENS = 200;
const MAX_TOUCHED = 6;
const MAX_PARTNERS = 12;
const MAX_ROUNDS = 3;
/** Furthest a passive's "by" stands from its "be": the participle with two adverbs or a second verb ("was warmly and personally thanked by"). */
const MAX_PASSIVE_SPAN = 5;

/** One version's side of a sentence pair: its word tokens (UTF-16 offsets into the whole text) and their lexemes. */
interface Side {
  text: string;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  /** Folded word per token (lib/text/fold foldWord). */
  forms: string[];
  /** Lexeme id per token: one id for the forms of one word (PairReading). */
  lexemes: Int32Array;
  /** 1 where the token is written with a capital. */
  capital: Uint8Array;
  /** 1 where the token lies in an edit of the pair. */
  touched: Uint8Array;
}

/** What is known of one lexeme of a pair. */
interface LexemeInfo {
  /** The folded forms' longest shared beginning: a form's ending is what follows it. */
  stem: string;
  /** One of its folded forms. */
  form: string;
  /** No stop word; once judged (judge), also no number nor a date's or a time's word. */
  content: boolean;
  /** Once judged: a name, title or place by its capital or the gazetteers, a party even where the diff moved it whole. */
  party: boolean;
  /** Written with a capital somewhere in the pair. */
  capitalised: boolean;
  /** A personal pronoun (pronoun-cases.ts: "he" and "him" one lexeme): a party, though a stop word. */
  pronoun: boolean;
  judged: boolean;
  inA: number;
  inB: number;
  touchedA: number;
  touchedB: number;
}

/** Whether a text holds a capital letter (ASCII without a regular expression). */
function holdsCapital(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 128 ? code >= 65 && code <= 90 : CAPITAL.test(text[k])) return true;
  }
  return false;
}

/** Whether the UTF-16 unit at text[k] is part of a word: a letter, a mark or a digit (ASCII without a regular expression). */
function inWord(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(text[k]);
}

/** The end of the word that starts at text[k] (the first unit after it that is no word's). */
function wordEnd(text: string, k: number): number {
  while (k < text.length && inWord(text, k)) k++;
  return k;
}

/** A UTF-16 unit in lower case (ASCII without a string). */
function lowerUnit(text: string, k: number): number {
  const code = text.charCodeAt(k);
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  return text[k].toLowerCase().charCodeAt(0);
}

/** Whether `text` holds "by" (or "By") as a word of its own: the English passive's agent marker ("was thanked by"). */
function holdsBy(text: string): boolean {
  for (let k = text.indexOf("y"); k > 0; k = text.indexOf("y", k + 1)) {
    if ((text[k - 1] === "b" || text[k - 1] === "B") && (k < 2 || !inWord(text, k - 2)) && (k + 1 >= text.length || !inWord(text, k + 1))) return true;
  }
  return false;
}

/** Forms of "be" that, with "by", make a passive (roles.ts reads "X was thanked by Y" as "Y thanked X"). */
const BE = new Set(["be", "is", "are", "was", "were", "been", "being"]);

/** Whether a word of `text` is a form of "be" (BE). */
function holdsBe(text: string): boolean {
  for (let k = 0; k < text.length; ) {
    if (!inWord(text, k)) {
      k++;
      continue;
    }
    const end = wordEnd(text, k);
    if (end - k <= 5 && BE.has(text.slice(k, end).toLowerCase())) return true;
    k = end;
  }
  return false;
}

/** Whether an edit inserts or drops a passive's marker: "by", or a form of "be", on one of its sides only. */
function turnsVoice(edit: VersionEdit): boolean {
  return holdsBy(edit.before) !== holdsBy(edit.after) || holdsBe(edit.before) !== holdsBe(edit.after);
}

/**
 * Whether the edits may have turned an English sentence's voice: "by" on one side of an edit only, and a form of "be"
 * on one side of an edit only, whatever else the edits change ("Blinken thanked Aliyev" → "Blinken was thanked by
 * Aliyev": "was " and "by " inserted; "is thanked by" → "thanks").
 */
function voiceMayTurn(edits: readonly VersionEdit[]): boolean {
  return edits.some((edit) => holdsBy(edit.before) !== holdsBy(edit.after)) && edits.some((edit) => holdsBe(edit.before) !== holdsBe(edit.after));
}

/**
 * Whether a side holds a passive the edits made or unmade: a form of "be" and, one to MAX_PASSIVE_SPAN words after it,
 * "by", one of the two in an edit ("was thanked by", "was personally thanked by", "was thanked and praised by").
 */
function holdsTurnedPassive(side: Side): boolean {
  for (let t = 0; t < side.forms.length; t++) {
    if (!BE.has(side.forms[t])) continue;
    for (let u = t + 2; u < side.forms.length && u <= t + MAX_PASSIVE_SPAN; u++) if (side.forms[u] === "by" && (side.touched[t] === 1 || side.touched[u] === 1)) return true;
  }
  return false;
}

/**
 * Whether some word of `removed` and some word of `added` share their first MIN_STEM letters, case aside (shorter words:
 * are equal), and neither is a stop word: compared unit by unit, a word made a string only where the letters agree.
 */
function shareWordStart(removed: string, added: string, stop: ReadonlySet<string>): boolean {
  for (let x = 0; x < removed.length; ) {
    if (!inWord(removed, x)) {
      x++;
      continue;
    }
    const xEnd = wordEnd(removed, x);
    for (let y = 0; y < added.length; ) {
      if (!inWord(added, y)) {
        y++;
        continue;
      }
      const yEnd = wordEnd(added, y);
      const length = Math.min(MIN_STEM, xEnd - x, yEnd - y);
      let same = (xEnd - x >= MIN_STEM && yEnd - y >= MIN_STEM) || xEnd - x === yEnd - y;
      for (let k = 0; same && k < length; k++) same = lowerUnit(removed, x + k) === lowerUnit(added, y + k);
      if (same && !stop.has(removed.slice(x, xEnd).toLowerCase()) && !stop.has(added.slice(y, yEnd).toLowerCase())) return true;
      y = yEnd;
    }
    x = xEnd;
  }
  return false;
}

/**
 * Whether a pair's edits may hold a swap, asked before anything is read (most pairs hold none). In English, "by" and a
 * form of "be" inserted or dropped (voiceMayTurn: a passive made or unmade may turn the roles round). Else two edits or more with a capital
 * (swapped names, titles, places), or a content word dropped and one of the same first MIN_STEM letters added (the same
 * words reordered, a case ending moved: "министр" / "министра"); and, outside the languages with case endings, a
 * content word the edits touch on one side that the other side holds too (a party that moved: movedWord). Throws nothing.
 */
function mayHoldSwap(edits: readonly VersionEdit[], a: string, wordsA: PairWords, b: string, wordsB: PairWords, vocabulary: VersionVocabulary, english: boolean, caseEndings: boolean): boolean {
  let capitalised = 0;
  let removing = false;
  let adding = false;
  for (const edit of edits) {
    if (holdsCapital(edit.before) || holdsCapital(edit.after)) capitalised++;
    if (edit.before) removing = true;
    if (edit.after) adding = true;
  }
  if (english && voiceMayTurn(edits)) return true;
  if (capitalised < 2) {
    if (!removing || !adding) return false;
    const stop = stopWordsFor(vocabulary.language);
    let shared = false;
    for (let x = 0; x < edits.length && !shared; x++) for (let y = 0; y < edits.length && !shared; y++) shared = shareWordStart(edits[x].before, edits[y].after, stop);
    if (!shared) return false;
  }
  return caseEndings || movedWord(edits, a, wordsA, wordsB, vocabulary, "a") || movedWord(edits, b, wordsB, wordsA, vocabulary, "b");
}

/** Whether text[end - 2, end) is a possessive "'s" (or "’s"). */
function possessiveAt(text: string, end: number): boolean {
  const mark = text.charCodeAt(end - 2);
  return (mark === 39 || mark === 0x2019) && (text[end - 1] === "s" || text[end - 1] === "S");
}

/**
 * Whether a content word that the edits touch on side `side` (`text`, `words`) is also written on the other side
 * (`otherWords`, ids of `vocabulary`): the same word id, or the same word with or without a possessive ("Armenia" /
 * "Armenia's", read from the vocabulary's folded words). A party that takes another's place is such a word; a word
 * replaced by an unrelated one is not. A scan of a few words a side, no set.
 */
function movedWord(edits: readonly VersionEdit[], text: string, words: PairWords, otherWords: PairWords, vocabulary: VersionVocabulary, side: "a" | "b"): boolean {
  let t = 0;
  for (const edit of edits) {
    const range = edit[side];
    while (t < words.starts.length && words.ends[t] <= range.start) t++;
    for (let k = t; k < words.starts.length && words.starts[k] < range.end; k++) {
      const id = words.ids[k];
      if (vocabulary.isStop(id)) continue;
      for (let j = 0; j < otherWords.ids.length; j++) if (otherWords.ids[j] === id) return true;
      const possessive = possessiveAt(text, words.ends[k]);
      const key = vocabulary.keyOf(id);
      for (let j = 0; j < otherWords.ids.length; j++) {
        const other = vocabulary.keyOf(otherWords.ids[j]);
        if (possessive ? other.length === key.length - 2 && key.startsWith(other) : other.length === key.length + 2 && other.startsWith(key) && other.endsWith("'s")) return true;
      }
    }
  }
  return false;
}

/** Length of the longest shared beginning of two strings. */
function sharedStart(x: string, y: string): number {
  let k = 0;
  while (k < x.length && k < y.length && x.charCodeAt(k) === y.charCodeAt(k)) k++;
  return k;
}

/**
 * Whether two folded content words are forms of one word in a language with case endings: the same word without a
 * Russian name's case ending (russian-name-case.ts: "блинкен" / "блинкена", "алиев" / "алиеву"), or a shared stem of
 * MIN_STEM letters or more with at most MAX_ENDING letters after it on each side ("армении" / "армению", "посол" /
 * "посла", "բլինքենը" / "բլինքենին").
 */
function oneWord(x: string, y: string): boolean {
  const keyX = nominativeKey(x) ?? objectKey(x);
  if (keyX !== null && keyX === (nominativeKey(y) ?? objectKey(y))) return true;
  const shared = sharedStart(x, y);
  return shared >= MIN_STEM && x.length - shared <= MAX_ENDING && y.length - shared <= MAX_ENDING;
}

/** Union-find root. */
function root(parents: Int32Array, k: number): number {
  while (parents[k] !== k) k = parents[k] = parents[parents[k]];
  return k;
}

/** Whether a folded word is a title (gazetteer TITLES, title-words.ts) or a place or demonym (gazetteer). */
function namesParty(form: string): boolean {
  return TITLES.has(form) || isTitleWord(form) || PLACES.has(form) || DEMONYMS.has(form);
}

/** Whether a folded word can take a party's role: a content word, not a number nor a date's or a time's word. */
function mayBeParty(form: string): boolean {
  return LETTER.test(form) && !DIGIT.test(form) && !MONTH_WORDS.has(form) && !WEEKDAYS.has(form) && !isTimeWord(form);
}

/** `entry` with `content` and `party` settled (asked of the few words a swap may involve: the tests are slow). */
function judge(entry: LexemeInfo): LexemeInfo {
  if (!entry.judged) {
    entry.judged = true;
    entry.content &&= mayBeParty(entry.form);
    entry.party = entry.content && (entry.pronoun || entry.capitalised || namesParty(entry.form) || namesParty(entry.stem));
  }
  return entry;
}

/** Whether the UTF-16 unit at text[k] is a capital letter (ASCII without a regular expression). */
function capitalAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  return code < 128 ? code >= 65 && code <= 90 : CAPITAL.test(text[k] ?? "");
}

/**
 * Reads both sides of a pair: its words (the versions' vocabulary ids and folded words), lexemes, capitals and what the
 * edits touch. Lexemes: one per distinct word, joined with its possessive ("Armenia" / "Armenia's": tokens keep the
 * "'s"), and in a language with case endings with its other case forms (oneWord).
 */
class PairReading {
  readonly a: Side;
  readonly b: Side;
  /** Per lexeme (a local word index, the root of its forms). */
  readonly info: LexemeInfo[] = [];
  /** Local index of each vocabulary id of the pair, and each index's union-find parent. */
  private readonly local = new Map<number, number>();
  private readonly byForm = new Map<string, number>();
  private readonly parents: Int32Array;
  /** The stop words of the vocabulary's language, and that language (a BCP 47 tag). */
  readonly stop: ReadonlySet<string>;
  readonly language: string;

  constructor(
    a: string,
    wordsA: PairWords,
    b: string,
    wordsB: PairWords,
    edits: readonly VersionEdit[],
    readonly vocabulary: VersionVocabulary,
    readonly caseEndings: boolean,
  ) {
    this.language = vocabulary.language;
    this.stop = stopWordsFor(vocabulary.language);
    const local = this.local;
    const forms: string[] = [];
    const content: boolean[] = [];
    const pronounKeys: (string | null)[] = [];
    for (const words of [wordsA, wordsB]) {
      for (let t = 0; t < words.ids.length; t++) {
        const id = words.ids[t];
        if (local.has(id)) continue;
        local.set(id, forms.length);
        const form = vocabulary.keyOf(id);
        this.byForm.set(form, forms.length);
        forms.push(form);
        const pronoun = pronounForm(form, this.language);
        pronounKeys.push(pronoun ? pronoun.key : null);
        content.push(pronoun !== null || !vocabulary.isStop(id));
      }
    }
    const parents = (this.parents = Int32Array.from(forms, (_, k) => k));
    const join = (x: number, y: number) => {
      parents[root(parents, y)] = root(parents, x);
    };
    // A personal pronoun's case forms are one party ("he" / "him", "он" / "его").
    const pronounRoots = new Map<string, number>();
    pronounKeys.forEach((key, k) => {
      if (key === null) return;
      const first = pronounRoots.get(key);
      if (first === undefined) pronounRoots.set(key, k);
      else join(first, k);
    });
    if (caseEndings) {
      // Forms of one word share their first MIN_STEM letters: compared within those groups only.
      const byStart = new Map<string, number[]>();
      forms.forEach((form, k) => {
        if (!content[k] || pronounKeys[k] !== null) return;
        const key = form.slice(0, MIN_STEM);
        const group = byStart.get(key);
        if (!group) byStart.set(key, [k]);
        else {
          for (const other of group) if (oneWord(forms[other], form)) join(other, k);
          group.push(k);
        }
      });
    } else {
      forms.forEach((form, k) => {
        const bare = content[k] && form.endsWith("'s") ? this.byForm.get(form.slice(0, -2)) : undefined;
        if (bare !== undefined && content[bare]) join(bare, k);
      });
    }
    for (let k = 0; k < forms.length; k++) {
      const lexeme = root(parents, k);
      const entry = (this.info[lexeme] ??= { stem: forms[k], form: forms[k], content: content[k], party: false, capitalised: false, pronoun: pronounKeys[k] !== null, judged: false, inA: 0, inB: 0, touchedA: 0, touchedB: 0 });
      entry.stem = forms[k].slice(0, sharedStart(entry.stem, forms[k]));
    }
    this.a = this.side(a, wordsA, edits, "a");
    this.b = this.side(b, wordsB, edits, "b");
    // Only the words both sides hold can swap: the others are judged only if asked (isParty).
    for (const entry of this.info) if (entry && entry.inA > 0 && entry.inB > 0) judge(entry);
  }

  private side(text: string, words: PairWords, edits: readonly VersionEdit[], which: "a" | "b"): Side {
    const count = words.ids.length;
    const forms: string[] = [];
    const lexemes = new Int32Array(count);
    const capital = new Uint8Array(count);
    const touched = new Uint8Array(count);
    let capitals = 0;
    for (let t = 0; t < count; t++) capitals += capital[t] = capitalAt(text, words.starts[t]) ? 1 : 0;
    // Words written in capitals throughout (a wire copy): a capital there is no evidence of a name (capitals.ts).
    if (capitals === count && count >= 2 && !LOWER.test(text.slice(words.starts[0], words.ends[count - 1]))) capital.fill(0);
    let e = 0;
    for (let t = 0; t < count; t++) {
      forms.push(this.vocabulary.keyOf(words.ids[t]));
      lexemes[t] = root(this.parents, this.local.get(words.ids[t])!);
      // Edits and words both run in text order.
      while (e < edits.length && edits[e][which].end <= words.starts[t]) e++;
      for (let k = e; k < edits.length && edits[k][which].start < words.ends[t]; k++) {
        const range = edits[k][which];
        if (range.start < words.ends[t] && words.starts[t] < range.end) touched[t] = 1;
      }
      const entry = this.info[lexemes[t]];
      if (capital[t]) entry.capitalised = true;
      if (which === "a") {
        entry.inA++;
        entry.touchedA += touched[t];
      } else {
        entry.inB++;
        entry.touchedB += touched[t];
      }
    }
    return { text, starts: words.starts, ends: words.ends, forms, lexemes, capital, touched };
  }

  /** Whether a folded word of the pair is a party's (LexemeInfo.party): false for a word the pair does not hold. */
  isParty(form: string): boolean {
    const k = this.byForm.get(form);
    if (k === undefined) return false;
    const entry = judge(this.info[root(this.parents, k)]);
    return entry.party && entry.content;
  }

  /** The ending of a token's form past its lexeme's stem ("" for a word of one form). */
  ending(side: Side, t: number): string {
    return side.forms[t].slice(this.info[side.lexemes[t]].stem.length);
  }
}

/** Length of the longest common subsequence of two id sequences; `row` is scratch of y.length + 1 entries. */
function commonLength(x: Int32Array, y: Int32Array, row: Int32Array): number {
  row.fill(0);
  for (let i = 0; i < x.length; i++) {
    let diagonal = 0;
    const xi = x[i];
    for (let j = 0; j < y.length; j++) {
      const up = row[j + 1];
      row[j + 1] = xi === y[j] ? diagonal + 1 : up > row[j] ? up : row[j];
      diagonal = up;
    }
  }
  return row[y.length];
}

/** `ids` with every x made y and every y made x (a new array). */
function exchanged(ids: Int32Array, x: number, y: number): Int32Array {
  const out = ids.slice();
  for (let k = 0; k < out.length; k++) {
    if (out[k] === x) out[k] = y;
    else if (out[k] === y) out[k] = x;
  }
  return out;
}

/**
 * Two parties whose places the revision exchanged: exchanging their lexemes in b makes b's words follow a's further
 * (a longer common subsequence of lexemes) than any other exchange. Found greedily, each applied before the next is
 * looked for ("Secretary Blinken thanked President Aliyev" → "President Aliyev thanked Secretary Blinken": the titles,
 * then the names). Parties are content words that are names, titles or places (a capital, the gazetteers), or that the
 * edits changed on both sides ("the hosts thanked the guests" → "the guests thanked the hosts"); one of the two must lie
 * in an edit. A word moved elsewhere ("…in Washington" → "In Washington, …") gains nothing by an exchange.
 */
function placesExchanged(reading: PairReading): [number, number][] {
  const { a, b, info } = reading;
  const shared = (lexeme: number) => info[lexeme].content && info[lexeme].inA > 0 && info[lexeme].inB > 0;
  const touched: number[] = [];
  const partners: number[] = [];
  for (const side of [a, b]) {
    for (let t = 0; t < side.lexemes.length; t++) {
      const lexeme = side.lexemes[t];
      if (!shared(lexeme)) continue;
      const { party, touchedA, touchedB } = info[lexeme];
      if ((touchedA > 0 || touchedB > 0) && (party || (touchedA > 0 && touchedB > 0)) && !touched.includes(lexeme) && touched.length < MAX_TOUCHED) touched.push(lexeme);
      if (party && !partners.includes(lexeme) && partners.length < MAX_PARTNERS) partners.push(lexeme);
    }
  }
  if (!touched.length) return [];
  const row = new Int32Array(b.lexemes.length + 1);
  let current = b.lexemes;
  let common = commonLength(a.lexemes, current, row);
  const found: [number, number][] = [];
  for (let round = 0; round < MAX_ROUNDS && common < a.lexemes.length; round++) {
    let best: [number, number] | null = null;
    let bestIds: Int32Array | null = null;
    let bestCommon = common;
    for (const x of touched) {
      // A lower-case word the edits changed on both sides may swap with another such word; a party with a party.
      const others = info[x].party ? partners.concat(touched.filter((y) => !info[y].party)) : touched;
      for (const y of others) {
        if (y === x || (!info[x].party && !info[y].party && (info[y].touchedA === 0 || info[y].touchedB === 0))) continue;
        if (found.some(([p, q]) => (p === x && q === y) || (p === y && q === x))) continue;
        const ids = exchanged(current, x, y);
        const length = commonLength(a.lexemes, ids, row);
        if (length > bestCommon) {
          best = [x, y];
          bestIds = ids;
          bestCommon = length;
        }
      }
    }
    if (!best || !bestIds) break;
    found.push(best);
    current = bestIds;
    common = bestCommon;
  }
  return found;
}

/**
 * Two parties whose case endings the revision exchanged in place (a language with case endings): "Блинкен поблагодарил
 * Алиева" → "Блинкена поблагодарил Алиев", "Բլինքենը … Ալիևին" → "Բլինքենին … Ալիևը". Each written once on each side;
 * x's ending in a is y's in b and the other way round, or in Russian their cases by russian-name-case.ts are
 * (nominative and object shape exchanged: the declensions' endings may differ).
 */
function endingsExchanged(reading: PairReading, already: readonly [number, number][]): [number, number][] {
  const { a, b, info } = reading;
  const once: number[] = [];
  for (let t = 0; t < a.lexemes.length; t++) {
    const lexeme = a.lexemes[t];
    const entry = info[lexeme];
    if (entry.content && entry.party && entry.inA === 1 && entry.inB === 1 && entry.touchedA === 1 && entry.touchedB === 1) once.push(lexeme);
  }
  const found: [number, number][] = [];
  if (once.length < 2) return found;
  const at = (side: Side, lexeme: number) => side.lexemes.indexOf(lexeme);
  const shape = (form: string) => caseShape(form, reading.language);
  for (let i = 0; i < once.length; i++) {
    for (let j = i + 1; j < once.length; j++) {
      const [x, y] = [once[i], once[j]];
      if (already.some(([p, q]) => (p === x && q === y) || (p === y && q === x))) continue;
      const [xa, xb, ya, yb] = [at(a, x), at(b, x), at(a, y), at(b, y)];
      const endings = [reading.ending(a, xa), reading.ending(b, xb), reading.ending(a, ya), reading.ending(b, yb)];
      const byEnding = endings[0] !== endings[1] && endings[0] === endings[3] && endings[2] === endings[1];
      const shapes = [shape(a.forms[xa]), shape(b.forms[xb]), shape(a.forms[ya]), shape(b.forms[yb])];
      const byCase = shapes.every((s) => s > 0) && shapes[0] !== shapes[1] && shapes[0] === shapes[3] && shapes[2] === shapes[1];
      if (byEnding || byCase) found.push([x, y]);
    }
  }
  return found;
}

/**
 * Whether a Russian side holds a passive: a short passive participle (SHORT_PARTICIPLE, written in lower case, of
 * MIN_PARTICIPLE letters or more) right after a form of "быть" ("был поблагодарен") or right before a party in the
 * instrumental, its agent ("поблагодарен Блинкеном").
 */
function russianPassive(reading: PairReading, side: Side): boolean {
  for (let t = 0; t < side.forms.length; t++) {
    const form = side.forms[t];
    if (side.capital[t] === 1 || form.length < MIN_PARTICIPLE || !SHORT_PARTICIPLE.test(form)) continue;
    if (t > 0 && RUSSIAN_BE.has(side.forms[t - 1])) return true;
    if (t + 1 < side.forms.length && reading.info[side.lexemes[t + 1]].party && instrumental(side.forms[t + 1])) return true;
  }
  return false;
}

/** Whether a folded Russian word ends as a masculine instrumental does (russian-name-case.ts: "блинкеном", "алиевым"). */
function instrumental(form: string): boolean {
  return endsInObliqueCase(form, "ins");
}

/**
 * A party's role on a Russian side by its case and the side's voice: "agent" for a nominative in the active or an
 * instrumental in a passive (not after the comitative "с"), "patient" for an object form (caseShape) in the active or
 * a nominative in a passive; null for any other form. Read at the party's one mention on the side.
 */
function russianRole(reading: PairReading, side: Side, lexeme: number, passive: boolean): "agent" | "patient" | null {
  const t = side.lexemes.indexOf(lexeme);
  const form = side.forms[t];
  const shape = caseShape(form, reading.language);
  if (!passive) return shape === 1 ? "agent" : shape === 2 ? "patient" : null;
  if (shape === 1) return "patient";
  return instrumental(form) && !(t > 0 && COMITATIVE_BEFORE.has(side.forms[t - 1])) ? "agent" : null;
}

/**
 * Where a Russian pair's voice differs (a passive on one side only, russianPassive), its swaps: two parties, each
 * written once a side, one of them in an edit, whose roles by case and voice (russianRole) are all read and exchanged
 * ("Блинкен поблагодарил Алиева" → "Блинкен был поблагодарен Алиевым"). The same roles in the other voice ("→ Алиев
 * был поблагодарен Блинкеном") are none, whatever the words' places.
 */
function russianVoiceSwaps(reading: PairReading, passiveA: boolean, passiveB: boolean): [number, number][] {
  const { a, b, info } = reading;
  const once: number[] = [];
  for (let t = 0; t < a.lexemes.length; t++) {
    const lexeme = a.lexemes[t];
    const entry = info[lexeme];
    if (entry.content && entry.party && entry.inA === 1 && entry.inB === 1 && !once.includes(lexeme)) once.push(lexeme);
  }
  const found: [number, number][] = [];
  for (let i = 0; i < once.length; i++) {
    for (let j = i + 1; j < once.length; j++) {
      const [x, y] = [once[i], once[j]];
      if (info[x].touchedA + info[x].touchedB + info[y].touchedA + info[y].touchedB === 0) continue;
      const xa = russianRole(reading, a, x, passiveA);
      const ya = russianRole(reading, a, y, passiveA);
      if (!xa || !ya || xa === ya) continue;
      if (russianRole(reading, b, x, passiveB) === ya && russianRole(reading, b, y, passiveB) === xa) found.push([x, y]);
    }
  }
  return found;
}

/**
 * Whether, in a language with case endings, both parties kept their forms while they changed places, and the forms
 * tell their cases apart: the word order changed and the roles, which the endings carry, did not ("Блинкен поблагодарил
 * Алиева" → "Алиева поблагодарил Блинкен"). The cases differ when russian-name-case.ts reads one as a nominative and the
 * other as an object; else when the words end in different letters (Armenian "-ը" / "-ին"). Two forms that end alike
 * ("Иран" / "Азербайджан": nominative and accusative are one form) tell nothing: their order does.
 */
function onlyReordered(reading: PairReading, x: number, y: number): boolean {
  const formsIn = (side: Side, lexeme: number) => side.forms.filter((_, t) => side.lexemes[t] === lexeme).sort().join(" ");
  const { a, b } = reading;
  if (formsIn(a, x) !== formsIn(b, x) || formsIn(a, y) !== formsIn(b, y)) return false;
  const formX = a.forms[a.lexemes.indexOf(x)];
  const formY = a.forms[a.lexemes.indexOf(y)];
  const shapeX = caseShape(formX, reading.language);
  const shapeY = caseShape(formY, reading.language);
  if (shapeX !== shapeY && shapeX > 0 && shapeY > 0) return true;
  return formX[formX.length - 1] !== formY[formY.length - 1];
}

/**
 * The case a folded word's shape tells: 1 a subject's (a personal pronoun's nominative, pronoun-cases.ts; a Russian
 * masculine nominative, russian-name-case.ts nominativeKey), 2 an object's (a pronoun's object form; objectKey's
 * genitive, accusative or dative), 0 neither.
 */
function caseShape(form: string, language: string): 0 | 1 | 2 {
  const pronoun = pronounForm(form, language);
  if (pronoun) return pronoun.case === "nom" ? 1 : 2;
  return nominativeKey(form) !== null ? 1 : objectKey(form) !== null ? 2 : 0;
}

/** Token indexes [first, second] of the nearest mentions of lexemes x and y on a side, in text order; null when one is missing. */
function nearestMentions(side: Side, x: number, y: number): [number, number] | null {
  let first = -1;
  let second = -1;
  for (let i = 0; i < side.lexemes.length; i++) {
    if (side.lexemes[i] !== x) continue;
    for (let j = 0; j < side.lexemes.length; j++) {
      if (side.lexemes[j] !== y) continue;
      if (first < 0 || Math.abs(i - j) < second - first) [first, second] = i < j ? [i, j] : [j, i];
    }
  }
  return first < 0 ? null : [first, second];
}

/**
 * Whether, on one side, the two parties stand in a relation that reads the same both ways, so that exchanging them
 * changes no role: joined as a list's items ("Blinken and Aliyev", "Secretary Blinken and President Aliyev", "between
 * Armenia and Azerbaijan", "Armenia, Azerbaijan", "Blinken as well as Aliyev", "Blinken, like Aliyev,": LIST_JOINERS),
 * or the first the clause's subject and the second its companion ("Blinken spoke with Aliyev", "Blinken spoke to
 * Aliyev" with a verb of talking, "Блинкен встретился с Алиевым", "Բլինքենը հանդիպեց Ալիևի հետ") or the object of a
 * reciprocal verb (roles.ts RECIPROCAL: "Blinken met Aliyev"). Read at the two parties' nearest mentions. CLOSELY
 * where nothing else can stand between the two: a list, a reciprocal verb, or a companion with at most one content
 * word, the verb, between the parties ("Blinken spoke with Aliyev"); RELATED for a companion further off ("…complained
 * … during his conversation with Blinken", where "with" may belong to a noun); else UNRELATED.
 */
function relatedBothWays(reading: PairReading, side: Side, x: number, y: number): Relation {
  const nearest = nearestMentions(side, x, y);
  if (!nearest) return UNRELATED;
  const [first, second] = nearest;
  const gap = (t: number) => side.text.slice(side.ends[t - 1], side.starts[t]);
  const nameWord = (t: number) => side.capital[t] === 1 || namesParty(side.forms[t]) || reading.info[side.lexemes[t]].pronoun;
  // A list: the first party's name phrase, glue (coordinators, articles, list punctuation, LIST_JOINERS), the second's
  // name phrase, in one sentence.
  // (A name phrase only around a party that is a name: "praised Aliyev and thanked" lists no verbs.)
  let k = first + 1;
  while (k < second && nameWord(first) && nameWord(k)) k++;
  let end = second - 1;
  while (end >= k && nameWord(second) && nameWord(end)) end--;
  let listed = true;
  let joined = k > end;
  let byWord = false;
  let between = "";
  for (let t = k; t <= end; t++) {
    if (COORDINATORS.has(side.forms[t])) byWord = true;
    else if (!isGlue(side.forms[t])) between += (between ? " " : "") + side.forms[t];
  }
  if (between) listed = byWord = LIST_JOINERS.has(between);
  joined ||= byWord;
  // Joined by a word ("and", "as well as"), and in one case where the words show it: closely. By punctuation only
  // ("Blinken, Aliyev", which may be a clause break: "According to Blinken, Aliyev…"): related.
  const shapeFirst = caseShape(side.forms[first], reading.language);
  const shapeSecond = caseShape(side.forms[second], reading.language);
  // A party written as a possessive names someone else's ("Blinken and Aliyev's envoys", "met Aliyev's envoy").
  const possessive = isPossessive(side.forms[first]) || isPossessive(side.forms[second]);
  const closely = byWord && !possessive && (shapeFirst === 0 || shapeSecond === 0 || shapeFirst === shapeSecond);
  for (let t = first + 1; t <= second; t++) {
    if (endsSentenceBetween(side.text, side.ends[t - 1], side.starts[t])) listed = false;
    if (LIST_PUNCTUATION.test(gap(t))) joined = true;
  }
  if (listed && joined) return closely ? CLOSELY : RELATED;
  // The first party opens its clause: only function words, titles and names before it since the last clause break.
  for (let t = first; t > 0 && !CLAUSE_BREAK.test(gap(t)); t--) {
    const before = t - 1;
    if (!(reading.stop.has(side.forms[before]) || nameWord(before))) return UNRELATED;
  }
  const content = (t: number) => !(reading.stop.has(side.forms[t]) || isModal(side.forms[t], reading.language) || nameWord(t));
  // The second party heads its phrase: no possessive, and no lower-case content word right after its name phrase
  // ("met Aliyev's envoy", "spoke with the Aliyev government" name someone else).
  let after = second + 1;
  while (after < side.forms.length && nameWord(after) && !CLAUSE_BREAK.test(gap(after))) after++;
  const heads = !possessive && !(after < side.forms.length && !CLAUSE_BREAK.test(gap(after)) && side.capital[after] === 0 && content(after) && !COMITATIVE_AFTER.has(side.forms[after]));
  /** How a companion between tokens first and `to` relates: closely with at most one content word (the verb) between. */
  const companion = (to: number): Relation => {
    let words = 0;
    for (let t = first + 1; t < to; t++) if (content(t)) words++;
    return words <= 1 && heads ? CLOSELY : RELATED;
  };
  // A companion: "with" (past the second's name phrase) before it, or "հետ" after it.
  let head = second - 1;
  while (head > first && (nameWord(head) || isGlue(side.forms[head]))) head--;
  if (head > first && COMITATIVE_BEFORE.has(side.forms[head])) return companion(head);
  // "to" after a verb of talking is a companion too ("spoke to Aliyev", "talked by phone to Aliyev").
  if (head > first && side.forms[head] === "to") for (let t = first + 1; t < head; t++) if (TALK_VERBS.has(side.forms[t])) return companion(head);
  let tail = second + 1;
  while (tail < side.forms.length && nameWord(tail) && !CLAUSE_BREAK.test(gap(tail))) tail++;
  if (tail < side.forms.length && !CLAUSE_BREAK.test(gap(tail)) && COMITATIVE_AFTER.has(side.forms[tail])) return companion(second);
  // A reciprocal verb, the only content word between them ("Blinken met Aliyev", "…will meet…").
  let verbs = 0;
  for (let t = first + 1; t < second; t++) {
    if (!content(t)) continue;
    if (!RECIPROCAL.has(side.forms[t])) return UNRELATED;
    verbs++;
  }
  return verbs !== 1 ? UNRELATED : heads ? CLOSELY : RELATED;
}

/** Whether a folded word is written as an English possessive ("aliyev's": the fold makes every apostrophe "'"). */
function isPossessive(form: string): boolean {
  return form.endsWith("'s");
}

/** How two parties relate on one side (relatedBothWays). */
type Relation = 0 | 1 | 2;
const UNRELATED = 0;
const RELATED = 1;
const CLOSELY = 2;

/**
 * Whether text[from, to) (UTF-16 offsets: the gap between two words) holds a sentence's end: a sentence-terminal mark
 * (lib/text/sentence-marks.ts: "Blinken. Aliyev", "Բլինքենին։ Ալիևը"), or Armenian's ":" typed for "։"
 * (armenian-stops.ts isArmenianColon).
 */
function endsSentenceBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isSentenceTerminal(text, k) || (text.charCodeAt(k) === 0x3a && isArmenianColon(text, k))) return true;
  return false;
}

/** Articles and the possessive "s" a tokenizer cuts off "Blinken's": what a name phrase may hold besides names. */
function isGlue(form: string): boolean {
  return form === "the" || form === "a" || form === "an" || form === "s";
}

/**
 * Whether the revision only put whole clauses in another order: "Blinken thanked Aliyev, and Aliyev thanked Blinken" →
 * "Aliyev thanked Blinken, and Blinken thanked Aliyev", or "Blinken thanked Aliyev, and Pashinyan thanked Mirzoyan" →
 * "Pashinyan thanked Mirzoyan, and Blinken thanked Aliyev", state the same acts. A side's clauses are its words cut at
 * a clause break (CLAUSE_BREAK) or a coordinator; each that holds x or y must hold two parties or more (a whole act,
 * not a list's item: "…thanked Aliyev and Pashinyan" → "Pashinyan and … thanked Aliyev" is no reordered clause), and
 * the two sides must hold the same such clauses, word for word (lexemes), in any order.
 */
function clausesReordered(reading: PairReading, x: number, y: number): boolean {
  const clauses = (side: Side): string[] | null => {
    const found: string[] = [];
    let words: number[] = [];
    const close = (): boolean => {
      if (words.includes(x) || words.includes(y)) {
        let parties = 0;
        for (let k = 0; k < words.length; k++) if (reading.info[words[k]].party && words.indexOf(words[k]) === k) parties++;
        if (parties < 2) return false;
        found.push(words.join(" "));
      }
      words = [];
      return true;
    };
    for (let t = 0; t < side.lexemes.length; t++) {
      if (t > 0 && CLAUSE_BREAK.test(side.text.slice(side.ends[t - 1], side.starts[t])) && !close()) return null;
      if (COORDINATORS.has(side.forms[t])) {
        if (!close()) return null;
      } else words.push(side.lexemes[t]);
    }
    return close() ? found.sort() : null;
  };
  const inA = clauses(reading.a);
  const inB = clauses(reading.b);
  return inA !== null && inB !== null && inA.length > 1 && inA.join("|") === inB.join("|");
}

/**
 * Whether one side only tells the act with a converse verb and the source after "from" ("Aliyev received a call from
 * Blinken", "Blinken heard a complaint from Aliyev"; CONVERSE_VERBS), so that the parties stand in the other order
 * with the same roles ("Blinken called Aliyev"), as in a passive. Read at the two parties' nearest mentions: a
 * converse verb between them, and "from" right before the second one's name phrase.
 */
function toldConversely(reading: PairReading, x: number, y: number): boolean {
  const conversely = (side: Side): boolean => {
    const nearest = nearestMentions(side, x, y);
    if (!nearest) return false;
    const [first, second] = nearest;
    let head = second - 1;
    while (head > first && (side.capital[head] === 1 || isGlue(side.forms[head]))) head--;
    if (head <= first || !SOURCE_BEFORE.has(side.forms[head])) return false;
    for (let t = first + 1; t < head; t++) if (CONVERSE_VERBS.has(side.forms[t])) return true;
    return false;
  };
  return conversely(reading.a) !== conversely(reading.b);
}

/**
 * The roles of the pair's sentences as roles.ts reads them (UnitRoles: English word order with the passive), for the texts `texts` (the pair's a side, its b side, and b with two parties
 * exchanged), personal pronouns read as parties: `reversed(i, j)` tells whether any sentence of text i swaps the roles of
 * one act against any of text j, `read(i)` whether roles.ts read any roles in text i.
 */
function rolesOfTexts(texts: readonly string[], language: string, isParty: (folded: string) => boolean): TextRoles {
  const lexicon = new Lexicon();
  const analysed = texts.map((text, order) => analyseStatement({ id: `t${order}`, label: `t${order}`, text, language }, order, lexicon, false));
  const units: Unit[] = [];
  const unitsOf: number[][] = [];
  for (const statement of analysed) {
    const own: number[] = [];
    for (const unit of statement.units) {
      own.push(units.length);
      units.push(unit);
    }
    unitsOf.push(own);
  }
  // A name is a word the pair writes with a capital that reads as a party (PairReading), at a sentence's start too: the
  // engine asks for a capital elsewhere in the statement, and the pair's two sentences are all it has here.
  const nameTerm = buildVectors(analysed, units, lexicon).nameTerm;
  for (const statement of analysed) {
    const { codes, count } = statement.tokens;
    for (let t = 0; t < count; t++) {
      if (!(codes[t] & 1) || !isParty(lexicon.words[codes[t] >> 1])) continue;
      for (const term of lexicon.termsOf(codes[t] >> 1, statement.language)) if (term < nameTerm.length) nameTerm[term] = 1;
    }
  }
  // Two versions of one sentence: their "he" and "him" are one party (pronoun-cases.ts).
  const roles = UnitRoles.of(units, analysed, lexicon, nameTerm, true);
  return {
    reversed: (i, j) => roles.any && unitsOf[i].some((u) => unitsOf[j].some((v) => roles.reversed(u, v))),
    read: (i) => unitsOf[i].some((u) => roles.has(u)),
  };
}

/** The roles rolesOfTexts read of its texts (indexes into them). */
interface TextRoles {
  /** Whether any sentence of text i swaps the roles of one act against any sentence of text j. */
  reversed(i: number, j: number): boolean;
  /** Whether roles.ts read roles in some sentence of text i. */
  read(i: number): boolean;
}

/**
 * b's side of the pair with two parties' words exchanged, each keeping the ending of the place it takes; a personal
 * pronoun and a name are exchanged whole ("him" for "Aliyev", "Aliyev" for "he": the pronoun's case forms share no stem).
 */
function withPartiesExchanged(reading: PairReading, range: TextRange, x: number, y: number): string {
  const { b, info } = reading;
  const pronoun = info[x].pronoun || info[y].pronoun;
  const spelling = new Map<number, string>();
  for (let t = 0; t < b.lexemes.length; t++) {
    const lexeme = b.lexemes[t];
    if ((lexeme === x || lexeme === y) && !spelling.has(lexeme)) spelling.set(lexeme, b.text.slice(b.starts[t], info[lexeme].pronoun ? b.ends[t] : b.starts[t] + info[lexeme].stem.length));
  }
  let out = "";
  let from = range.start;
  for (let t = 0; t < b.lexemes.length; t++) {
    const lexeme = b.lexemes[t];
    if (lexeme !== x && lexeme !== y) continue;
    const other = lexeme === x ? y : x;
    const written = b.text.slice(b.starts[t], b.ends[t]);
    out += b.text.slice(from, b.starts[t]) + (spelling.get(other) ?? "") + (pronoun ? "" : written.slice(info[lexeme].stem.length));
    from = b.ends[t];
  }
  return out + b.text.slice(from, range.end);
}

/** Whether an edit changes only function words: its words, those on both of its sides set aside, are all stop words. */
function changesFunctionWordsOnly(edit: VersionEdit, stop: ReadonlySet<string>): boolean {
  const before = (edit.before.match(WORD) ?? []).map(foldWord);
  const after = (edit.after.match(WORD) ?? []).map(foldWord);
  const changed = before.filter((word) => !after.includes(word)).concat(after.filter((word) => !before.includes(word)));
  return changed.length > 0 && changed.every((word) => stop.has(word));
}

/**
 * Whether the pass may give an edit another class: it is no fact, or a fact for a party's identity (a name, a title, a
 * place, or already a role). A fact for a stronger reason keeps it ("Blinken did not thank Aliyev" → "Aliyev thanked
 * Blinken": the edit that drops "did not" stays a negation; a number, a date, a modality alike).
 */
function mayRelabel(edit: VersionEdit): boolean {
  return edit.class !== "typographic" && (edit.class !== "fact" || IDENTITY_REASONS.has(edit.reason));
}

function markRole(edit: VersionEdit): void {
  if (!mayRelabel(edit)) return;
  edit.class = "fact";
  edit.reason = "role";
}

/** Whether a range of a side overlaps a word of one of the parties of `pairs` (lexemes). */
function touchesParties(side: Side, range: TextRange, pairs: readonly [number, number][]): boolean {
  for (let t = 0; t < side.lexemes.length; t++) {
    if (range.start >= side.ends[t] || side.starts[t] >= range.end) continue;
    if (pairs.some(([x, y]) => side.lexemes[t] === x || side.lexemes[t] === y)) return true;
  }
  return false;
}

/**
 * Makes every edit of one sentence pair that takes part in a swap of two parties' roles a fact with the reason "role"
 * (docs/edit-classes.md), unless it is a fact for a stronger reason (mayRelabel). A swap is:
 * - two parties (names, titles, places, personal pronouns; or common nouns the edits changed on both sides) whose
 *   places the revision exchanged (placesExchanged), unless in a language with case endings both kept their forms (the
 *   order changed, the roles did not: onlyReordered), or they stand in a relation that reads both ways (a list, a
 *   companion, a reciprocal verb: relatedBothWays), or whole clauses holding both were reordered (clausesReordered),
 *   or one side only tells the act with a converse verb (toldConversely: "received a call from"), or, in English where
 *   one side only writes a passive's "by", roles.ts does not read the roles reversed and either cannot read them on
 *   both sides or reads them reversed once the two are exchanged back (the voice changed: "Blinken thanked Aliyev" →
 *   "Aliyev was thanked by Blinken" keeps the roles); its edits are those that touch a word of either party;
 * - in a language with case endings, two parties whose endings were exchanged in place (endingsExchanged);
 * - in Russian where one side only is a passive (russianPassive), two parties whose roles by case and voice are
 *   exchanged (russianVoiceSwaps); there nothing else is a swap;
 * - in English, a passive made or unmade with no party moved ("Blinken thanked Aliyev" → "Blinken was thanked by
 *   Aliyev"), roles.ts reading the roles reversed: its edits that insert or drop "by" or a form of "be" (turnsVoice)
 *   and those that change only function words between the first and the last party. Where roles.ts cannot tell, the
 *   edits that insert or drop "by" or "be" are no wording: a wording one is made unclassified.
 * An exchange that states the same facts is no swap, and its edits keep their classes. A party renamed (a
 * name that does not come back elsewhere in the pair) is no swap, and keeps its class.
 * `edits`: the pair's edits (changed in place); `a`/`b` the whole texts, which the edits' ranges, `rangeA`/`rangeB`
 * (the pair's sentences) and `wordsA`/`wordsB` (their word tokens, with ids of `vocabulary`, whose language, a BCP 47
 * tag, is the diff's) index, UTF-16 offsets.
 * Looked at only when mayHoldSwap allows, and on pairs of up to MAX_TOKENS words a side. Throws nothing.
 */
export function reclassifyRoleSwaps(edits: VersionEdit[], a: string, rangeA: TextRange, wordsA: PairWords, b: string, rangeB: TextRange, wordsB: PairWords, vocabulary: VersionVocabulary): void {
  const language = vocabulary.language;
  const primary = primaryLanguage(language);
  const english = primary === "en";
  const caseEndings = CASE_LANGUAGES.has(primary);
  if (wordsA.starts.length > MAX_TOKENS || wordsB.starts.length > MAX_TOKENS || !mayHoldSwap(edits, a, wordsA, b, wordsB, vocabulary, english, caseEndings)) return;
  const stop = stopWordsFor(language);
  const reading = new PairReading(a, wordsA, b, wordsB, edits, vocabulary, caseEndings);
  const isParty = (folded: string) => reading.isParty(folded);
  const pieceA = a.slice(rangeA.start, rangeA.end);
  const pieceB = b.slice(rangeB.start, rangeB.end);
  // Only a passive's agent on one side may have turned the voice.
  const voiceDiffers = english && holdsBy(pieceA) !== holdsBy(pieceB);
  const passiveA = primary === "ru" && russianPassive(reading, reading.a);
  const passiveB = primary === "ru" && russianPassive(reading, reading.b);
  const swaps: [number, number][] = [];
  // The names moved with an English voice turned: the same roles, and "was"/"by" rightly wording.
  let voiceExplained = false;
  for (const [x, y] of placesExchanged(reading)) {
    const relatedA = relatedBothWays(reading, reading.a, x, y);
    const relatedB = relatedBothWays(reading, reading.b, x, y);
    const reordered = caseEndings && onlyReordered(reading, x, y);
    // The same facts told in another order (a list, a companion or a reciprocal verb, the cases kept, whole clauses
    // reordered): no swap. Its edits keep the classes the rules gave them: a reorder is not made wording, since the
    // evidence that it states the same facts cannot be told from a list matched item by item to another ("Pashinyan
    // and Aliyev were in Yerevan and Baku, respectively"; tester 88 F1–F4).
    if (reordered || relatedA || relatedB || clausesReordered(reading, x, y)) continue;
    // Russian in two voices is read by its cases below.
    if (toldConversely(reading, x, y) || passiveA !== passiveB) continue;
    if (voiceDiffers) {
      const roles = rolesOfTexts([pieceA, pieceB, withPartiesExchanged(reading, rangeB, x, y)], language, isParty);
      if (!roles.reversed(0, 1)) {
        // Not read on both sides: cannot tell. Read, and reversed once exchanged back: the voice changed, the roles did not.
        if (!roles.read(0) || !roles.read(1)) continue;
        if (roles.reversed(0, 2)) {
          voiceExplained = true;
          continue;
        }
      }
    }
    swaps.push([x, y]);
  }
  if (caseEndings && passiveA === passiveB) for (const [x, y] of endingsExchanged(reading, swaps)) if (!relatedBothWays(reading, reading.a, x, y) && !relatedBothWays(reading, reading.b, x, y)) swaps.push([x, y]);
  if (passiveA !== passiveB) for (const pair of russianVoiceSwaps(reading, passiveA, passiveB)) swaps.push(pair);
  for (const edit of edits) if (touchesParties(reading.a, edit.a, swaps) || touchesParties(reading.b, edit.b, swaps)) markRole(edit);
  if (!english || voiceExplained || !voiceMayTurn(edits) || !(holdsTurnedPassive(reading.a) || holdsTurnedPassive(reading.b))) return;
  const turning = edits.filter((edit) => turnsVoice(edit) && mayRelabel(edit) && edit.reason !== "role");
  if (!turning.length) return;
  // Roles are read of names and pronouns (roles.ts): two parties both sides hold at least.
  let parties = 0;
  for (const entry of reading.info) if (entry && entry.party && entry.content && entry.inA > 0 && entry.inB > 0) parties++;
  if (parties < 2 || !rolesOfTexts([pieceA, pieceB], language, isParty).reversed(0, 1)) {
    // A passive made or unmade that the rules cannot read: whatever it did to the roles, it is no wording.
    for (const edit of turning) {
      if (edit.class !== "wording") continue;
      edit.class = "unclassified";
      edit.reason = "unknown";
    }
    return;
  }
  // The voice turned round the roles with no party moved.
  const span = (side: Side): TextRange | null => {
    let start = -1;
    let end = -1;
    for (let t = 0; t < side.lexemes.length; t++) {
      const entry = reading.info[side.lexemes[t]];
      if (!entry.party || !entry.content || entry.inA === 0 || entry.inB === 0) continue;
      if (start < 0) start = side.starts[t];
      end = side.ends[t];
    }
    return start < 0 ? null : { start, end };
  };
  const spanA = span(reading.a);
  const spanB = span(reading.b);
  const within = (range: TextRange, outer: TextRange | null) => outer !== null && range.start >= outer.start && range.end <= outer.end;
  for (const edit of turning) markRole(edit);
  for (const edit of edits) if (changesFunctionWordsOnly(edit, stop) && (within(edit.a, spanA) || within(edit.b, spanB))) markRole(edit);
}

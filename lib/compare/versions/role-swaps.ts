import { analyseStatement, type Unit } from "../analyse";
import { DEMONYMS, MONTHS, PLACES, TITLES, WEEKDAYS } from "../gazetteer";
import { Lexicon } from "../lexicon";
import { RECIPROCAL, UnitRoles } from "../roles";
import { nominativeKey, objectKey } from "../russian-name-case";
import type { TextRange } from "../segment";
import { buildVectors } from "../similarity";
import { stopWordsFor } from "../stopwords";
import { foldWord } from "../../text/fold";
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
 */

/** Languages whose nouns mark subject and object by case endings (Wade 2011; Dum-Tragut 2009): there word order alone is no role. */
const CASE_LANGUAGES = new Set(["ru", "uk", "be", "hy", "az", "tr"]);
/** Coordinators (CGEL ch. 15; Wade 2011; Dum-Tragut 2009), folded: two parties joined by one are told in either order. */
const COORDINATORS = new Set(["and", "or", "nor", "plus", "&", "и", "или", "либо", "да", "а", "եւ", "ու", "կամ"]);
/** Words that make the party after them a companion ("spoke with Aliyev", "встретился с Алиевым"): a symmetric act. */
const COMITATIVE_BEFORE = new Set(["with", "alongside", "с", "со"]);
/** Postpositions that do so after the party (Armenian "Ալիևի հետ", Dum-Tragut 2009, postpositions). */
const COMITATIVE_AFTER = new Set(["հետ"]);
const MONTH_WORDS = new Set(MONTHS);
/** Punctuation that ends a clause or a sentence between two words: a clause's subject stands after it. */
const CLAUSE_BREAK = /[,;:.!?…()\u2014]/u;
/** Punctuation that joins two parties as a list's items ("Blinken, Aliyev", "Armenia/Azerbaijan"). */
const LIST_PUNCTUATION = /[,;/&]/u;
const SENTENCE_BREAK = /[.!?…]/u;
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

/**
 * Whether the edits may have turned an English sentence's voice: "by" on one side of an edit only, and a form of "be"
 * on one side of an edit only, each edit changing only function words ("Blinken thanked Aliyev" → "Blinken was thanked
 * by Aliyev": "was " and "by " inserted).
 */
function voiceMayTurn(edits: readonly VersionEdit[], stop: ReadonlySet<string>): boolean {
  return (
    edits.some((edit) => holdsBy(edit.before) !== holdsBy(edit.after) && changesFunctionWordsOnly(edit, stop)) &&
    edits.some((edit) => holdsBe(edit.before) !== holdsBe(edit.after) && changesFunctionWordsOnly(edit, stop))
  );
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
  if (english && voiceMayTurn(edits, stopWordsFor(vocabulary.language))) return true;
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
    entry.party = entry.content && (entry.capitalised || namesParty(entry.form) || namesParty(entry.stem));
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
    for (const words of [wordsA, wordsB]) {
      for (let t = 0; t < words.ids.length; t++) {
        const id = words.ids[t];
        if (local.has(id)) continue;
        local.set(id, forms.length);
        const form = vocabulary.keyOf(id);
        this.byForm.set(form, forms.length);
        forms.push(form);
        content.push(!vocabulary.isStop(id));
      }
    }
    const parents = (this.parents = Int32Array.from(forms, (_, k) => k));
    const join = (x: number, y: number) => {
      parents[root(parents, y)] = root(parents, x);
    };
    if (caseEndings) {
      // Forms of one word share their first MIN_STEM letters: compared within those groups only.
      const byStart = new Map<string, number[]>();
      forms.forEach((form, k) => {
        if (!content[k]) return;
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
      const entry = (this.info[lexeme] ??= { stem: forms[k], form: forms[k], content: content[k], party: false, capitalised: false, judged: false, inA: 0, inB: 0, touchedA: 0, touchedB: 0 });
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
  const shape = (form: string) => (nominativeKey(form) !== null ? 1 : objectKey(form) !== null ? 2 : 0);
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
  const nominativeX = nominativeKey(formX) !== null;
  const nominativeY = nominativeKey(formY) !== null;
  if (nominativeX !== nominativeY && (nominativeX ? objectKey(formY) : objectKey(formX)) !== null) return true;
  return formX[formX.length - 1] !== formY[formY.length - 1];
}

/**
 * Whether, on one side, the two parties stand in a relation that reads the same both ways, so that exchanging them
 * changes no role: joined as a list's items ("Blinken and Aliyev", "Secretary Blinken and President Aliyev", "between
 * Armenia and Azerbaijan", "Armenia, Azerbaijan"), or the first the clause's subject and the second its companion
 * ("Blinken spoke with Aliyev", "Блинкен встретился с Алиевым", "Բլինքենը հանդիպեց Ալիևի հետ") or the object of a
 * reciprocal verb (roles.ts RECIPROCAL: "Blinken met Aliyev"). Read at the two parties' nearest mentions.
 */
function relatedBothWays(reading: PairReading, side: Side, x: number, y: number): boolean {
  let first = -1;
  let second = -1;
  for (let i = 0; i < side.lexemes.length; i++) {
    if (side.lexemes[i] !== x) continue;
    for (let j = 0; j < side.lexemes.length; j++) {
      if (side.lexemes[j] !== y) continue;
      if (first < 0 || Math.abs(i - j) < second - first) [first, second] = i < j ? [i, j] : [j, i];
    }
  }
  if (first < 0) return false;
  const gap = (t: number) => side.text.slice(side.ends[t - 1], side.starts[t]);
  const nameWord = (t: number) => side.capital[t] === 1 || namesParty(side.forms[t]);
  // A list: the first party's name phrase, glue (coordinators, articles, list punctuation), the second's name phrase,
  // in one sentence.
  // (A name phrase only around a party that is a name: "praised Aliyev and thanked" lists no verbs.)
  let k = first + 1;
  while (k < second && nameWord(first) && nameWord(k)) k++;
  let end = second - 1;
  while (end >= k && nameWord(second) && nameWord(end)) end--;
  let listed = true;
  let joined = k > end;
  for (let t = k; t <= end; t++) {
    if (COORDINATORS.has(side.forms[t])) joined = true;
    else if (!isGlue(side.forms[t])) listed = false;
  }
  for (let t = first + 1; t <= second; t++) {
    if (SENTENCE_BREAK.test(gap(t))) listed = false;
    if (LIST_PUNCTUATION.test(gap(t))) joined = true;
  }
  if (listed && joined) return true;
  // The first party opens its clause: only function words, titles and names before it since the last clause break.
  for (let t = first; t > 0 && !CLAUSE_BREAK.test(gap(t)); t--) {
    const before = t - 1;
    if (!(reading.stop.has(side.forms[before]) || nameWord(before))) return false;
  }
  // A companion: "with" (past the second's name phrase) before it, or "հետ" after it.
  let head = second - 1;
  while (head > first && (nameWord(head) || isGlue(side.forms[head]))) head--;
  if (head > first && COMITATIVE_BEFORE.has(side.forms[head])) return true;
  let tail = second + 1;
  while (tail < side.forms.length && nameWord(tail) && !CLAUSE_BREAK.test(gap(tail))) tail++;
  if (tail < side.forms.length && !CLAUSE_BREAK.test(gap(tail)) && COMITATIVE_AFTER.has(side.forms[tail])) return true;
  // A reciprocal verb, the only content word between them ("Blinken met Aliyev", "…will meet…").
  let verbs = 0;
  for (let t = first + 1; t < second; t++) {
    const form = side.forms[t];
    if (reading.stop.has(form) || isModal(form, reading.language) || nameWord(t)) continue;
    if (!RECIPROCAL.has(form)) return false;
    verbs++;
  }
  return verbs === 1;
}

/** Articles and the possessive "s" a tokenizer cuts off "Blinken's": what a name phrase may hold besides names. */
function isGlue(form: string): boolean {
  return form === "the" || form === "a" || form === "an" || form === "s";
}

/**
 * The roles of the pair's sentences as roles.ts reads them (UnitRoles: English word order with the passive), for the texts `texts` (the pair's a side, its b side, and b with two parties
 * exchanged): `reversed(i, j)` tells whether any sentence of text i swaps the roles of one act against any of text j.
 */
function rolesOfTexts(texts: readonly string[], language: string, isParty: (folded: string) => boolean): (i: number, j: number) => boolean {
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
  const roles = UnitRoles.of(units, analysed, lexicon, nameTerm);
  return (i, j) => roles.any && unitsOf[i].some((u) => unitsOf[j].some((v) => roles.reversed(u, v)));
}

/** b's side of the pair with two parties' words exchanged, each keeping the ending of the place it takes. */
function withPartiesExchanged(reading: PairReading, range: TextRange, x: number, y: number): string {
  const { b, info } = reading;
  const spelling = new Map<number, string>();
  for (let t = 0; t < b.lexemes.length; t++) {
    const lexeme = b.lexemes[t];
    if ((lexeme === x || lexeme === y) && !spelling.has(lexeme)) spelling.set(lexeme, b.text.slice(b.starts[t], b.starts[t] + info[lexeme].stem.length));
  }
  let out = "";
  let from = range.start;
  for (let t = 0; t < b.lexemes.length; t++) {
    const lexeme = b.lexemes[t];
    if (lexeme !== x && lexeme !== y) continue;
    const other = lexeme === x ? y : x;
    const written = b.text.slice(b.starts[t], b.ends[t]);
    out += b.text.slice(from, b.starts[t]) + (spelling.get(other) ?? "") + written.slice(info[lexeme].stem.length);
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

function markRole(edit: VersionEdit): void {
  edit.class = "fact";
  edit.reason = "role";
}

/**
 * Makes every edit of one sentence pair that takes part in a swap of two parties' roles a fact with the reason "role"
 * (docs/edit-classes.md). A swap is:
 * - two parties (names, titles, places; or common nouns the edits changed on both sides) whose places the revision
 *   exchanged (placesExchanged), unless in a language with case endings both kept their forms (the order changed, the
 *   roles did not: onlyReordered), or they stand in a relation that reads both ways (a list, a companion, a reciprocal
 *   verb: relatedBothWays), or, in English where one side only writes a passive's "by", roles.ts reads the same roles
 *   on both sides and reversed ones once the two are exchanged back (the voice changed: "Blinken thanked Aliyev" →
 *   "Aliyev was thanked by Blinken" keeps the roles); its edits are those that touch a word of either party;
 * - in a language with case endings, two parties whose endings were exchanged in place (endingsExchanged);
 * - in English, a sentence whose roles roles.ts reads reversed with no party moved ("Blinken thanked Aliyev" →
 *   "Blinken was thanked by Aliyev"): its edits that change only function words between the first and the last party.
 * A party renamed (a name that does not come back elsewhere in the pair) is no swap, and keeps its class.
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
  const exchanges = placesExchanged(reading).filter(([x, y]) => !(caseEndings && onlyReordered(reading, x, y)) && !relatedBothWays(reading, reading.a, x, y) && !relatedBothWays(reading, reading.b, x, y));
  const isParty = (folded: string) => reading.isParty(folded);
  const pieceA = a.slice(rangeA.start, rangeA.end);
  const pieceB = b.slice(rangeB.start, rangeB.end);
  // Only a passive's agent on one side may have turned the voice (roles.ts reads no Russian passive).
  const voiceDiffers = english && holdsBy(pieceA) !== holdsBy(pieceB);
  const swaps: [number, number][] = [];
  for (const [x, y] of exchanges) {
    if (voiceDiffers) {
      const reversed = rolesOfTexts([pieceA, pieceB, withPartiesExchanged(reading, rangeB, x, y)], language, isParty);
      // The voice changed, the roles did not: exchanged back, the roles would be reversed.
      if (!reversed(0, 1) && reversed(0, 2)) continue;
    }
    swaps.push([x, y]);
  }
  if (caseEndings) for (const [x, y] of endingsExchanged(reading, swaps)) if (!relatedBothWays(reading, reading.a, x, y) && !relatedBothWays(reading, reading.b, x, y)) swaps.push([x, y]);
  const inSwap = (side: Side, range: TextRange) => {
    for (let t = 0; t < side.lexemes.length; t++) {
      if (range.start >= side.ends[t] || side.starts[t] >= range.end) continue;
      if (swaps.some(([x, y]) => side.lexemes[t] === x || side.lexemes[t] === y)) return true;
    }
    return false;
  };
  // A typographic edit of a party's word ("BLINKEN" → "Blinken") changes the same word in place: no part of the swap.
  for (const edit of edits) if (edit.class !== "typographic" && (inSwap(reading.a, edit.a) || inSwap(reading.b, edit.b))) markRole(edit);
  if (swaps.length || !english || !voiceMayTurn(edits, stop)) return;
  // Roles are read of names (roles.ts): two parties both sides hold at least.
  let parties = 0;
  for (const entry of reading.info) if (entry && entry.party && entry.inA > 0 && entry.inB > 0) parties++;
  if (parties < 2) return;
  // The voice turned round the roles with no party moved.
  if (!rolesOfTexts([pieceA, pieceB], language, isParty)(0, 1)) return;
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
  for (const edit of edits) if (changesFunctionWordsOnly(edit, stop) && (within(edit.a, spanA) || within(edit.b, spanB))) markRole(edit);
}

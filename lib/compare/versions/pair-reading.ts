import { DEMONYMS, MONTHS, PLACES, TITLES, WEEKDAYS } from "../gazetteer";
import { pronounForm } from "../pronoun-cases";
import { nominativeKey, objectKey } from "../russian-name-case";
import { stopWordsFor } from "../stopwords";
import type { PairWords } from "./pair-diff";
import type { VersionVocabulary } from "./sentences";
import { isTimeWord } from "./time-words";
import { isTitleWord } from "./title-words";
import type { VersionEdit } from "./types";
import { capitalAt } from "./word-scan";

/**
 * A sentence pair read for the role-swap pass (role-swaps.ts): each side's words as lexemes (a word with its possessive,
 * a pronoun's case forms, and in a language with case endings a word's case forms, as one), with what is known of each
 * lexeme (a party or not, where written, what the edits touch). What the other parts of the pass read from.
 */

const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const MONTH_WORDS = new Set(MONTHS);

/**
 * Longest word a case ending adds or changes past a shared stem (Russian "-ами", "-ого"; Armenian "-ից", "-ով", "-ին"),
 * and the shortest stem two forms must share to be one word's (Russian "посол"/"посла" share "пос"): read as one lexeme.
 */
const MAX_ENDING = 3;
export const MIN_STEM = 3;

/** One version's side of a sentence pair: its word tokens (UTF-16 offsets into the whole text) and their lexemes. */
export interface Side {
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
export interface LexemeInfo {
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
export function namesParty(form: string): boolean {
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

/**
 * Reads both sides of a pair: its words (the versions' vocabulary ids and folded words), lexemes, capitals and what the
 * edits touch. Lexemes: one per distinct word, joined with its possessive ("Armenia" / "Armenia's": tokens keep the
 * "'s"), and in a language with case endings with its other case forms (oneWord).
 */
export class PairReading {
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

import { foldWord } from "../text/fold";
import { NUMBER_PREFIX, termMakerFor } from "./normalise";
import { synonymSetsOf } from "./synonyms";

const CAPITALISED = /^\p{Lu}|^\p{Lt}/u;
// Synonym-set terms: a prefix no word term can have (words are folded text, and "≈" is not a letter).
const SYNONYM_PREFIX = "≈";
const NO_TERMS: readonly number[] = [];

/**
 * Interns words and terms as small integers shared by all statements of one comparison, so the
 * rest of the engine compares numbers instead of strings and normalises each distinct word once.
 */
export class Lexicon {
  /** Normalised words by id. */
  readonly words: string[] = [];
  /** Matching terms (stems, number keys) by id. */
  readonly terms: string[] = [];
  private readonly numberTerms: number[] = [];
  private readonly synonymTermsById: (readonly number[] | undefined)[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly termIds = new Map<string, number>();
  private readonly termsByLanguage = new Map<string, (readonly number[] | undefined)[]>();
  // Raw token spellings in an open-addressing table keyed by a hash of the characters, so looking a
  // token up needs no substring: most tokens are repeats, and this runs once per token. A slot holds its entry's hash,
  // so a probe that collides reads no characters; the spellings' characters sit in one array (rawChars), so a hit
  // compares against adjacent memory rather than a string somewhere on the heap (the lookups were bound by that).
  private rawSlots = new Int32Array(1 << 12).fill(-1);
  private rawSlotHashes = new Int32Array(1 << 12);
  private rawChars = new Uint16Array(1 << 14);
  private rawCharsUsed = 0;
  private rawStarts = new Int32Array(1 << 11);
  private rawLengths = new Int32Array(1 << 11);
  private rawCodes = new Int32Array(1 << 11);
  private rawCount = 0;

  /** Lexicon code of text[start, end): `wordId * 2 + 1` when capitalised, `wordId * 2` otherwise. */
  codeAt(text: string, start: number, end: number): number {
    const hash = hashOf(text, start, end);
    const mask = this.rawSlots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.rawSlots[slot];
      if (entry < 0) return this.addRaw(slot, hash, text, start, end);
      if (this.rawSlotHashes[slot] === hash && this.rawLengths[entry] === length && this.sameRaw(this.rawStarts[entry], text, start, end)) return this.rawCodes[entry];
    }
  }

  private sameRaw(from: number, text: string, start: number, end: number): boolean {
    const chars = this.rawChars;
    for (let i = start, k = from; i < end; i++, k++) if (chars[k] !== text.charCodeAt(i)) return false;
    return true;
  }

  private addRaw(slot: number, hash: number, text: string, start: number, end: number): number {
    const length = end - start;
    if (this.rawCharsUsed + length > this.rawChars.length) this.rawChars = grown(this.rawChars, this.rawCharsUsed + length);
    if (this.rawCount === this.rawCodes.length) {
      this.rawStarts = grown(this.rawStarts, this.rawCount + 1);
      this.rawLengths = grown(this.rawLengths, this.rawCount + 1);
      this.rawCodes = grown(this.rawCodes, this.rawCount + 1);
    }
    const entry = this.rawCount++;
    for (let i = start; i < end; i++) this.rawChars[this.rawCharsUsed++] = text.charCodeAt(i);
    this.rawStarts[entry] = this.rawCharsUsed - length;
    this.rawLengths[entry] = length;
    const code = this.codeOf(text.slice(start, end));
    this.rawCodes[entry] = code;
    this.rawSlots[slot] = entry;
    this.rawSlotHashes[slot] = hash;
    if (this.rawCount * 2 > this.rawSlots.length) this.growRawSlots();
    return code;
  }

  /** Term ids for a word as read in `language` (stemming and stop words depend on it). */
  termsOf(wordId: number, language: string): readonly number[] {
    const byWord = this.termTable(language);
    return byWord[wordId] ?? this.makeTerms(wordId, language, byWord);
  }

  /** Cached term ids by word id for one language; fill gaps with termsOf. */
  termTable(language: string): (readonly number[] | undefined)[] {
    let byWord = this.termsByLanguage.get(language);
    if (!byWord) {
      // Sized to the vocabulary: filled at scattered word ids, a growing JS array could turn sparse (and slow).
      byWord = new Array<readonly number[] | undefined>(this.words.length).fill(undefined);
      this.termsByLanguage.set(language, byWord);
    }
    return byWord;
  }

  /**
   * Term ids standing for the English synonym sets (lib/compare/synonyms.ts) of a term: two words of one set share
   * such a term. Cached per term; empty for numbers and terms in no set. Callers decide the language.
   */
  synonymTerms(termId: number): readonly number[] {
    let terms = this.synonymTermsById[termId];
    if (!terms) {
      const sets = this.isNumberTerm(termId) ? [] : synonymSetsOf(this.terms[termId]);
      terms = sets.length ? sets.map((set) => this.termId(`${SYNONYM_PREFIX}${set}`)) : NO_TERMS;
      // Filled up to termId first: a JS array written far past its end turns into a slow dictionary.
      while (this.synonymTermsById.length < termId) this.synonymTermsById.push(undefined);
      this.synonymTermsById[termId] = terms;
    }
    return terms;
  }

  isNumberTerm(termId: number): boolean {
    return this.numberTerms[termId] === 1;
  }

  private makeTerms(wordId: number, language: string, byWord: (readonly number[] | undefined)[]): readonly number[] {
    const terms = termMakerFor(language)
      .terms(this.words[wordId])
      .map((term) => this.termId(term));
    byWord[wordId] = terms;
    return terms;
  }

  private codeOf(raw: string): number {
    // The fold only lower-cases plain ASCII words (its own fast path), which most tokens are.
    const word = foldWord(raw);
    let wordId = this.wordIds.get(word);
    if (wordId === undefined) {
      wordId = this.words.length;
      this.words.push(word);
      this.wordIds.set(word, wordId);
    }
    return wordId * 2 + (CAPITALISED.test(raw) ? 1 : 0);
  }

  private growRawSlots(): void {
    const slots = new Int32Array(this.rawSlots.length * 2).fill(-1);
    const hashes = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let old = 0; old < this.rawSlots.length; old++) {
      const entry = this.rawSlots[old];
      if (entry < 0) continue;
      const hash = this.rawSlotHashes[old];
      let slot = hash & mask;
      while (slots[slot] >= 0) slot = (slot + 1) & mask;
      slots[slot] = entry;
      hashes[slot] = hash;
    }
    this.rawSlots = slots;
    this.rawSlotHashes = hashes;
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.numberTerms.push(term.startsWith(NUMBER_PREFIX) ? 1 : 0);
      this.termIds.set(term, id);
    }
    return id;
  }
}

/** FNV-1a over UTF-16 code units. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** A copy of `values` with room for at least `size` values (doubling). */
function grown<Values extends Uint16Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(values: Values, size: number): Values {
  let length = values.length * 2;
  while (length < size) length *= 2;
  const copy = new (values.constructor as new (length: number) => Values)(length);
  copy.set(values);
  return copy;
}

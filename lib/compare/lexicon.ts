import { foldWord } from "../text/fold";
import { NUMBER_PREFIX, termMakerFor, termsOfParts } from "./normalise";
import { partReadings } from "./reading-language";
import { SpellingTable } from "./spelling-table";
import { hasSynonyms, synonymSetsOf } from "./synonyms";

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
  // Per statement language without synonym sets: 1 at the ids of words with a part read as English (readsEnglish).
  private readonly englishByLanguage = new Map<string, number[]>();
  // Each distinct spelling as written (spelling-table.ts) and its code: a token is looked up without a substring.
  private readonly spellings = new SpellingTable();
  private readonly spellingCodes: number[] = [];

  /** Lexicon code of text[start, end): `wordId * 2 + 1` when capitalised, `wordId * 2` otherwise. */
  codeAt(text: string, start: number, end: number): number {
    const entry = this.spellings.intern(text, start, end);
    if (entry === this.spellingCodes.length) this.spellingCodes.push(this.codeOf(text.slice(start, end)));
    return this.spellingCodes[entry];
  }

  /**
   * Term ids for a word of a statement tagged `language`: stems, number keys, nothing for a stop word. Each
   * hyphen-separated part is read in the language its script says (lib/compare/reading-language.ts: Latin letters in
   * a Russian statement by the English rules, Cyrillic in an English one by the Russian rules, numbers and the
   * statement's own script by its language's). Made once per (language, word id) and cached, so every caller reads a
   * word alike; termTable gives the cache for hot loops.
   */
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

  /**
   * Whether English synonym sets (synonymTerms) apply to a word of a statement tagged `language`: the statement is
   * English (synonyms.ts hasSynonyms), or a part of the word is read as English (termsOf: a quoted English sentence in
   * a Russian readout gets the sets the same sentence has in the English readout).
   */
  synonymsApply(wordId: number, language: string): boolean {
    return hasSynonyms(language) || this.readsEnglish(wordId, language);
  }

  /** Whether a word of a statement tagged `language` (not English) has a part read by the English rules (termsOf). */
  readsEnglish(wordId: number, language: string): boolean {
    if (this.termTable(language)[wordId] === undefined) this.termsOf(wordId, language);
    return this.englishByLanguage.get(language)?.[wordId] === 1;
  }

  isNumberTerm(termId: number): boolean {
    return this.numberTerms[termId] === 1;
  }

  private makeTerms(wordId: number, language: string, byWord: (readonly number[] | undefined)[]): readonly number[] {
    const word = this.words[wordId];
    const readings = partReadings(word, language);
    const terms = (readings ? termsOfParts(word, readings) : termMakerFor(language).terms(word)).map((term) => this.termId(term));
    byWord[wordId] = terms;
    if (readings && !hasSynonyms(language) && readings.some((reading) => hasSynonyms(reading))) this.markEnglish(wordId, language);
    return terms;
  }

  private markEnglish(wordId: number, language: string): void {
    let flags = this.englishByLanguage.get(language);
    if (!flags) this.englishByLanguage.set(language, (flags = []));
    // Filled up to wordId first: a JS array written far past its end turns into a slow dictionary.
    while (flags.length < wordId) flags.push(0);
    flags[wordId] = 1;
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

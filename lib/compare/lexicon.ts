import { NUMBER_PREFIX, TermMaker, normaliseText } from "./normalise";

const CAPITALISED = /^\p{Lu}|^\p{Lt}/u;

/**
 * Interns words and terms as small integers shared by all statements of one comparison, so the
 * rest of the engine compares numbers instead of strings and normalises each distinct word once.
 */
export class Lexicon {
  /** Normalised words by id. */
  readonly words: string[] = [];
  /** Matching terms (stems, number keys) by id. */
  readonly terms: string[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly rawCodes = new Map<string, number>();
  private readonly termIds = new Map<string, number>();
  private readonly termMakers = new Map<string, TermMaker>();
  private readonly termsByLanguage = new Map<string, (readonly number[] | undefined)[]>();

  /** `wordId * 2 + 1` when the raw token is capitalised, `wordId * 2` otherwise. */
  code(raw: string): number {
    let code = this.rawCodes.get(raw);
    if (code === undefined) {
      const word = normaliseText(raw);
      let wordId = this.wordIds.get(word);
      if (wordId === undefined) {
        wordId = this.words.length;
        this.words.push(word);
        this.wordIds.set(word, wordId);
      }
      code = wordId * 2 + (CAPITALISED.test(raw) ? 1 : 0);
      this.rawCodes.set(raw, code);
    }
    return code;
  }

  /** Term ids for a word as read in `language` (stemming and stop words depend on it). */
  termsOf(wordId: number, language: string): readonly number[] {
    let byWord = this.termsByLanguage.get(language);
    if (!byWord) {
      byWord = [];
      this.termsByLanguage.set(language, byWord);
    }
    let terms = byWord[wordId];
    if (!terms) {
      let maker = this.termMakers.get(language);
      if (!maker) {
        maker = new TermMaker(language);
        this.termMakers.set(language, maker);
      }
      terms = maker.terms(this.words[wordId]).map((term) => this.termId(term));
      byWord[wordId] = terms;
    }
    return terms;
  }

  isNumberTerm(termId: number): boolean {
    return this.terms[termId].startsWith(NUMBER_PREFIX);
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.termIds.set(term, id);
    }
    return id;
  }
}

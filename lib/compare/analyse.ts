import { canonicalLanguage } from "../text/language";
import { MIN_TITLE_CASE_CAPITALS, MIN_WORDS_IN_CAPITALS, TITLE_CASE, TITLE_CASE_SHAPE, titleCaseOf, wordsInCapitals } from "./capitals";
import type { Lexicon } from "./lexicon";
import { splitClauses, splitSentences, type TextRange } from "./segment";
import { tokenize } from "./tokens";
import type { StatementInput } from "./types";

const DEFAULT_LANGUAGE = "en";

/** A piece of a statement that can sit in an aligned row: a sentence, or a clause of a long one. */
export interface Unit extends TextRange {
  statement: number;
  kind: "sentence" | "clause";
  sentenceIndex: number;
  /** Position among the sentence's clauses; 0 for a whole sentence. */
  clauseIndex: number;
  tokenFrom: number;
  tokenTo: number;
}

export interface Tokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** Lexicon codes: word id * 2, plus 1 when capitalised. */
  codes: Int32Array;
  /** Lexicon word ids (codes without the capital bit). */
  words: Int32Array;
  /**
   * Nonzero where a token's capital says nothing about a name: SENTENCE_INITIAL for the first token of a sentence,
   * IN_CAPITALS for every token of a sentence written in capitals, IN_TITLE_CASE for every token of a sentence in title
   * case (capitals.ts), or the first with one of the others.
   */
  capitalSaysNothing: Uint8Array;
}

/** capitalSaysNothing bit: the token opens its sentence, or a quotation (a word right after an opening mark: opensQuotation). */
export const SENTENCE_INITIAL = 1;
/** capitalSaysNothing bit: the token's sentence is written in capitals (capitals.ts). */
export const IN_CAPITALS = 2;
/** capitalSaysNothing bit: the token's sentence is in title case (capitals.ts; title-case-witness.ts for some). */
export const IN_TITLE_CASE = 4;

export interface AnalysedStatement {
  /** Position in the input, used for every "input order" in the output. */
  order: number;
  id: string;
  label: string;
  language: string;
  text: string;
  sentences: TextRange[];
  /** Each sentence's token range, parallel to `sentences`. */
  sentenceTokens: { from: number; to: number }[];
  /** Sentences, or their clauses when clauses are split, in text order. */
  units: Unit[];
  tokens: Tokens;
  /**
   * Token ranges [from, to) of sentences of title case's shape that no capitalised closed-class word showed in title
   * case (capitals.ts TITLE_CASE_SHAPE): title-case-witness.ts marks those a word in lower case elsewhere shows. Mostly empty.
   */
  titleCaseShapes: readonly { from: number; to: number }[];
}

/**
 * Segments and tokenises one statement; everything later works from these offsets. Sentences whose title case only
 * words in lower case elsewhere can tell are left in `titleCaseShapes` for title-case-witness.ts, which compare()
 * runs once all statements are analysed. Throws nothing of its own.
 */
export function analyseStatement(
  input: StatementInput,
  order: number,
  lexicon: Lexicon,
  splitLongSentences: boolean,
): AnalysedStatement {
  // Canonical, so that "EN", "eng" and "en_US" read as English everywhere after (stemmers, stop words, synonyms).
  // "und" (undetermined, BCP 47) is read as no tag at all.
  const tagged = input.language?.trim() ? canonicalLanguage(input.language) : "und";
  const language = tagged === "und" ? DEFAULT_LANGUAGE : tagged;
  const text = input.text;
  const sentences = splitSentences(text, language);
  // Spaced scripts average five or more characters per word with its space: usually no growing at all.
  const tokens = new TokenBuffer(Math.max(256, Math.ceil(text.length / 4)));
  const units: Unit[] = [];
  const sentenceTokens: { from: number; to: number }[] = [];
  // Capitalised words of the current sentence: one alone makes no sentence in capitals (capitals.ts), the usual case.
  let capitalised = 0;
  // Sentences of title case's shape that only a word in lower case elsewhere can tell (capitals.ts TITLE_CASE_SHAPE).
  const titleCaseShapes: { from: number; to: number }[] = [];
  const folded = (k: number) => lexicon.words[tokens.codes[k] >> 1];

  sentences.forEach((sentence, sentenceIndex) => {
    const sentenceFrom = tokens.count;
    const pieces = splitLongSentences ? splitClauses(text, sentence) : [sentence];
    pieces.forEach((piece, clauseIndex) => {
      const tokenFrom = tokens.count;
      tokenize(text, piece.start, piece.end, language, (start, end) => {
        const code = lexicon.codeAt(text, start, end);
        capitalised += code & 1;
        tokens.push(start, end, code, tokens.count === sentenceFrom || opensQuotation(text, start));
      });
      units.push({
        statement: order,
        start: piece.start,
        end: piece.end,
        kind: pieces.length > 1 ? "clause" : "sentence",
        sentenceIndex,
        clauseIndex,
        tokenFrom,
        tokenTo: tokens.count,
        // The segmenter's mark that the sentence ends at a glued headline's cut (segment.ts), on the unit that ends it.
        gluedCut: sentence.gluedCut === true && clauseIndex === pieces.length - 1,
      });
    });
    sentenceTokens.push({ from: sentenceFrom, to: tokens.count });
    if (capitalised >= MIN_WORDS_IN_CAPITALS) {
      if (wordsInCapitals(text, tokens.starts, tokens.ends, sentenceFrom, tokens.count)) tokens.mark(sentenceFrom, tokens.count, IN_CAPITALS);
      // Title case capitalises the first word and MIN_TITLE_CASE_CAPITALS after it at least.
      else if (capitalised > MIN_TITLE_CASE_CAPITALS) {
        const shape = titleCaseOf(text, tokens.starts, tokens.ends, sentenceFrom, tokens.count, folded);
        if (shape === TITLE_CASE) tokens.mark(sentenceFrom, tokens.count, IN_TITLE_CASE);
        else if (shape === TITLE_CASE_SHAPE) titleCaseShapes.push({ from: sentenceFrom, to: tokens.count });
      }
    }
    capitalised = 0;
  });

  return {
    order,
    id: input.id,
    label: input.label,
    language,
    text,
    sentences,
    sentenceTokens,
    units,
    tokens: tokens.finish(),
    titleCaseShapes,
  };
}

/**
 * Quotation marks that open a quotation when a word follows them directly: a quotation's first word is capitalised as
 * a sentence's is, so its capital says nothing about a name (tester 77 F10: «They will continue…» in a Russian readout
 * made a person "They"). A closing mark follows a word, never precedes one, so the straight marks count too.
 */
const QUOTATION_OPENERS = new Set(Array.from("«“„‘‚‹\"'「『＂❝", (mark) => mark.charCodeAt(0)));

/** Whether the character right before `start` (a token's first, UTF-16 offset) opens a quotation. */
function opensQuotation(text: string, start: number): boolean {
  return start > 0 && QUOTATION_OPENERS.has(text.charCodeAt(start - 1));
}

/** Growable typed arrays for token data: compact, and no per-token objects. */
class TokenBuffer {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  codes: Int32Array;
  capitalSaysNothing: Uint8Array;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.codes = new Int32Array(capacity);
    this.capitalSaysNothing = new Uint8Array(capacity);
  }

  push(start: number, end: number, code: number, initial: boolean): void {
    if (this.count === this.starts.length) this.resize(this.count * 2);
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.codes[this.count] = code;
    this.capitalSaysNothing[this.count] = initial ? SENTENCE_INITIAL : 0;
    this.count++;
  }

  /** Sets capitalSaysNothing `bit` (IN_CAPITALS, IN_TITLE_CASE) on tokens [from, to): one sentence's. */
  mark(from: number, to: number, bit: number): void {
    for (let i = from; i < to; i++) this.capitalSaysNothing[i] |= bit;
  }

  finish(): Tokens {
    this.resize(this.count);
    const words = new Int32Array(this.count);
    for (let i = 0; i < this.count; i++) words[i] = this.codes[i] >> 1;
    return { count: this.count, starts: this.starts, ends: this.ends, codes: this.codes, words, capitalSaysNothing: this.capitalSaysNothing };
  }

  private resize(size: number): void {
    const grow = <T extends Int32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(array.subarray(0, Math.min(size, this.count)));
      return next;
    };
    this.starts = grow(this.starts, (n) => new Int32Array(n));
    this.ends = grow(this.ends, (n) => new Int32Array(n));
    this.codes = grow(this.codes, (n) => new Int32Array(n));
    this.capitalSaysNothing = grow(this.capitalSaysNothing, (n) => new Uint8Array(n));
  }
}

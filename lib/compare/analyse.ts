import type { Lexicon } from "./lexicon";
import { splitClauses, splitSentences, type TextRange } from "./segment";
import { tokenize } from "./tokens";
import type { StatementInput } from "./types";

export const DEFAULT_LANGUAGE = "en";

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
  /** 1 for the first token of a sentence, where capitals say nothing about names. */
  sentenceInitial: Uint8Array;
}

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
}

/** Segments and tokenises one statement; everything later works from these offsets. */
export function analyseStatement(
  input: StatementInput,
  order: number,
  lexicon: Lexicon,
  splitLongSentences: boolean,
): AnalysedStatement {
  const language = input.language?.trim() || DEFAULT_LANGUAGE;
  const text = input.text;
  const sentences = splitSentences(text, language);
  const starts: number[] = [];
  const ends: number[] = [];
  const codes: number[] = [];
  const initial: number[] = [];
  const units: Unit[] = [];
  const sentenceTokens: { from: number; to: number }[] = [];

  sentences.forEach((sentence, sentenceIndex) => {
    const sentenceFrom = starts.length;
    const pieces = splitLongSentences ? splitClauses(text, sentence) : [sentence];
    pieces.forEach((piece, clauseIndex) => {
      const tokenFrom = starts.length;
      tokenize(text, piece.start, piece.end, language, (start, end) => {
        initial.push(starts.length === sentenceFrom ? 1 : 0);
        starts.push(start);
        ends.push(end);
        codes.push(lexicon.code(text.slice(start, end)));
      });
      units.push({
        statement: order,
        start: piece.start,
        end: piece.end,
        kind: pieces.length > 1 ? "clause" : "sentence",
        sentenceIndex,
        clauseIndex,
        tokenFrom,
        tokenTo: starts.length,
      });
    });
    sentenceTokens.push({ from: sentenceFrom, to: starts.length });
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
    tokens: {
      count: starts.length,
      starts: Int32Array.from(starts),
      ends: Int32Array.from(ends),
      codes: Int32Array.from(codes),
      sentenceInitial: Uint8Array.from(initial),
    },
  };
}

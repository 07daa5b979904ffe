import { IN_TITLE_CASE, type AnalysedStatement } from "./analyse";
import { CAPITALISED, letterCaseAt, lowerCaseSaysStyle } from "./capitals";

/**
 * Marks IN_TITLE_CASE on the sentences of title case's shape that no closed-class capital showed in title case
 * (`AnalysedStatement.titleCaseShapes`; capitals.ts TITLE_CASE_SHAPE, Chicago style: "Secretary Blinken's Call with
 * Armenian Prime Minister Pashinyan") when a capitalised word of theirs, after the first, is written in lower case in
 * any statement of the comparison (rule 3 of capitals.ts: "call" in another readout), whatever the statements' order.
 * `statements` share one lexicon, whose folded words by id are `words`. Sets bits of `tokens.capitalSaysNothing` in
 * place; run once all statements are analysed, before anything reads those bits (compare.ts). Costs one pass over
 * the tokens when some statement has such a sentence, nothing otherwise. Throws nothing.
 */
export function markTitleCaseShownElsewhere(statements: readonly AnalysedStatement[], words: readonly string[]): void {
  if (statements.every((statement) => statement.titleCaseShapes.length === 0)) return;
  // Per lexicon word id, 1 when written in lower case somewhere (a code without its capital bit).
  const lowerCase = new Uint8Array(words.length);
  for (const { tokens } of statements) for (let i = 0; i < tokens.count; i++) if (!(tokens.codes[i] & 1)) lowerCase[tokens.codes[i] >> 1] = 1;
  for (const { text, tokens, titleCaseShapes } of statements) {
    for (const { from, to } of titleCaseShapes) {
      for (let k = from + 1; k < to; k++) {
        const id = tokens.words[k];
        if (!lowerCase[id] || letterCaseAt(text, tokens.starts[k], tokens.ends[k]) !== CAPITALISED || !lowerCaseSaysStyle(words[id])) continue;
        for (let i = from; i < to; i++) tokens.capitalSaysNothing[i] |= IN_TITLE_CASE;
        break;
      }
    }
  }
}

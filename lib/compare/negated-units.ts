import type { AnalysedStatement, Unit } from "./analyse";
import type { Lexicon } from "./lexicon";
import { isNegation } from "./versions/closed-class";

/** Per unit, 1 when one of its words is a negation cue of its statement's language (versions/closed-class.ts isNegation). */
export function negatedUnits(units: readonly Unit[], analysed: readonly AnalysedStatement[], lexicon: Lexicon): Uint8Array {
  const negated = new Uint8Array(units.length);
  // Per language, the lexicon's words that are cues (a word is asked once, not once per token).
  const cues = new Map<string, Int8Array>();
  units.forEach((unit, u) => {
    const statement = analysed[unit.statement];
    let known = cues.get(statement.language);
    if (!known || known.length < lexicon.words.length) cues.set(statement.language, (known = grown(known, lexicon.words.length)));
    for (let t = unit.tokenFrom; t < unit.tokenTo && !negated[u]; t++) {
      const word = statement.tokens.words[t];
      if (known[word] === 0) known[word] = isNegation(lexicon.words[word], statement.language) ? 1 : -1;
      if (known[word] === 1) negated[u] = 1;
    }
  });
  return negated;
}

function grown(cues: Int8Array | undefined, size: number): Int8Array {
  const bigger = new Int8Array(size);
  if (cues) bigger.set(cues);
  return bigger;
}

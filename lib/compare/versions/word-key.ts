import { foldForMatching } from "../../text/fold";
import { numberMatchForm } from "../../text/numbers";

const STARTS_WITH_DIGIT = /^\p{Nd}/u;

/**
 * The key a word is compared by in version diffs: its matching fold (lib/text/fold.ts), and for a
 * number the engine's number form (lib/text/numbers.ts numberMatchForm), as the lexicon does, so that
 * "1,000" and "1 000" are one word.
 */
export function wordKey(word: string): string {
  const folded = foldForMatching(word);
  return STARTS_WITH_DIGIT.test(folded) ? numberMatchForm(folded) : folded;
}

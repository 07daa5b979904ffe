import { wordsInCapitals } from "../capitals";
import type { VersionSentence } from "./sentences";

/**
 * Which sentences of one version are written in capitals (capitals.ts wordsInCapitals: a wire copy, a headline), each
 * read once when first asked: an edit inside one has capitals that say nothing about names (classify.ts inCapitals).
 */
export class CapitalSentences {
  // Per sentence: 0 not yet read, 1 not in capitals, 2 in capitals.
  private readonly known: Uint8Array;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly VersionSentence[],
  ) {
    this.known = new Uint8Array(sentences.length);
  }

  /** Whether any of the sentences at `indexes` (positions in the version's sentences) is written in capitals. Throws nothing. */
  any(indexes: readonly number[]): boolean {
    for (const i of indexes) {
      if (this.known[i] === 0) {
        const { starts, ends } = this.sentences[i];
        this.known[i] = wordsInCapitals(this.text, starts, ends) ? 2 : 1;
      }
      if (this.known[i] === 2) return true;
    }
    return false;
  }
}

import { LOWER_CASE, letterCaseAt, wordsInCapitals, wordsInTitleCase } from "../capitals";
import { foldWord } from "../../text/fold";
import type { VersionSentence } from "./sentences";

/**
 * Which sentences of one version are written in capitals or in title case (capitals.ts wordsInCapitals,
 * wordsInTitleCase: a wire copy, a headline), each read once when first asked: an edit inside one has capitals that
 * say nothing about names (classify.ts inCapitals). Title case's evidence of a word written in lower case elsewhere
 * (capitals.ts rule 3) is read in this version's own text: the two versions of a diff are near-copies, so the other
 * version's words in lower case are mostly this one's too.
 */
export class CapitalSentences {
  // Per sentence: 0 not yet read, 1 neither, 2 in capitals or in title case.
  private readonly known: Uint8Array;
  // Ids of the words this version writes in lower case somewhere; gathered when a sentence of title case's shape asks.
  private lowerCase: Set<number> | null = null;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly VersionSentence[],
  ) {
    this.known = new Uint8Array(sentences.length);
  }

  /** Whether any of the sentences at `indexes` (positions in the version's sentences) is in capitals or in title case. Throws nothing. */
  any(indexes: readonly number[]): boolean {
    for (const i of indexes) if (this.at(i)) return true;
    return false;
  }

  /** Whether the sentence at `index` (a position in the version's sentences) is in capitals or in title case. Throws nothing. */
  at(index: number): boolean {
    if (this.known[index] === 0) {
      const { starts, ends, words } = this.sentences[index];
      const { text } = this;
      const styled =
        wordsInCapitals(text, starts, ends) ||
        wordsInTitleCase(text, starts, ends, 0, starts.length, (k) => foldWord(text.slice(starts[k], ends[k])), (k) => this.writtenLowerCase(words[k]));
      this.known[index] = styled ? 2 : 1;
    }
    return this.known[index] === 2;
  }

  private writtenLowerCase(id: number): boolean {
    if (this.lowerCase === null) {
      const lowerCase = new Set<number>();
      for (const { starts, ends, words } of this.sentences) {
        for (let k = 0; k < starts.length; k++) if (letterCaseAt(this.text, starts[k], ends[k]) === LOWER_CASE) lowerCase.add(words[k]);
      }
      this.lowerCase = lowerCase;
    }
    return this.lowerCase.has(id);
  }
}

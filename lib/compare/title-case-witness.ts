import type { Tokens } from "./analyse";
import { CAPITALISED, letterCaseAt, lowerCaseSaysStyle } from "./capitals";
import type { Lexicon } from "./lexicon";

/** A sentence of title case's shape awaiting its evidence: its statement's text and tokens, its token range. */
interface Shape {
  text: string;
  tokens: Tokens;
  from: number;
  to: number;
}

/**
 * The statements of one comparison, as far as title case needs them: sentences of title case's shape with no
 * closed-class word capitalised (capitals.ts TITLE_CASE_SHAPE, Chicago style: "Secretary Blinken's Call with Armenian
 * Prime Minister Pashinyan") are in title case when a capitalised word of theirs is written in lower case in any
 * statement of the comparison (rule 3 of capitals.ts), a later one included ("call" in another readout). So each
 * statement is added as it is analysed, and each sentence awaiting evidence is judged again against the words in
 * lower case of every statement added so far: once all statements are added, each has been judged against all, in
 * whatever order they came. A sentence found in title case gets `bit` on its tokens' capitalSaysNothing.
 *
 * Costs nothing while no statement has such a sentence (the usual case): the words in lower case are gathered on the
 * first one, one pass over the tokens added so far, then one pass per statement added after.
 */
export class TitleCaseWitness {
  private readonly added: { text: string; tokens: Tokens }[] = [];
  private awaiting: Shape[] = [];
  // Per lexicon word id, 1 when written in lower case (lexicon code without its capital bit) in a statement added.
  private lowerCase: Uint8Array | null = null;

  constructor(
    private readonly words: readonly string[],
    private readonly bit: number,
  ) {}

  /**
   * Adds one analysed statement (`text`, its finished `tokens`) with its sentences of title case's shape (`shapes`:
   * token ranges [from, to)), and marks every sentence added so far that its words in lower case show in title case.
   * Throws nothing.
   */
  add(text: string, tokens: Tokens, shapes: readonly { from: number; to: number }[]): void {
    this.added.push({ text, tokens });
    for (const { from, to } of shapes) this.awaiting.push({ text, tokens, from, to });
    if (this.awaiting.length === 0) return;
    if (this.lowerCase === null) {
      this.lowerCase = new Uint8Array(this.words.length);
      for (const statement of this.added) this.gather(statement.tokens);
    } else {
      this.gather(tokens);
    }
    this.awaiting = this.awaiting.filter((shape) => !this.markIfShown(shape));
  }

  private gather(tokens: Tokens): void {
    if (this.lowerCase!.length < this.words.length) {
      const grown = new Uint8Array(this.words.length);
      grown.set(this.lowerCase!);
      this.lowerCase = grown;
    }
    const lowerCase = this.lowerCase!;
    const { codes, count } = tokens;
    for (let i = 0; i < count; i++) if (!(codes[i] & 1)) lowerCase[codes[i] >> 1] = 1;
  }

  /** Whether a capitalised word after the shape's first is written in lower case elsewhere and says style; if so, marks it. */
  private markIfShown({ text, tokens, from, to }: Shape): boolean {
    const lowerCase = this.lowerCase!;
    for (let k = from + 1; k < to; k++) {
      const id = tokens.words[k];
      if (!lowerCase[id] || letterCaseAt(text, tokens.starts[k], tokens.ends[k]) !== CAPITALISED || !lowerCaseSaysStyle(this.words[id])) continue;
      for (let i = from; i < to; i++) tokens.capitalSaysNothing[i] |= this.bit;
      return true;
    }
    return false;
  }
}

const witnesses = new WeakMap<Lexicon, TitleCaseWitness>();

/** The TitleCaseWitness of the comparison whose statements share `lexicon` (made on first ask), marking with `bit`. */
export function titleCaseWitnessFor(lexicon: Lexicon, bit: number): TitleCaseWitness {
  let witness = witnesses.get(lexicon);
  if (!witness) {
    witness = new TitleCaseWitness(lexicon.words, bit);
    witnesses.set(lexicon, witness);
  }
  return witness;
}

import { analyseStatement, type AnalysedStatement, type Unit } from "../analyse";
import { Lexicon } from "../lexicon";
import { UnitRoles } from "../roles";
import { buildVectors } from "../similarity";

/**
 * The roles roles.ts reads in a sentence pair's two sentences, for the role-swap pass (role-swaps.ts): of the pair
 * alone (ofPair), or with a third text beside them, b's sentence with two parties exchanged (withText). The two
 * sentences are analysed once per pair, not once per reading: a pair may be read once per exchanged party pair and
 * once more for its voice.
 */

/** The roles read of a pair's texts: index 0 its a side, 1 its b side, 2 the text given to withText. */
export interface TextRoles {
  /** Whether any sentence of text i swaps the roles of one act against any sentence of text j. */
  reversed(i: number, j: number): boolean;
  /** Whether roles.ts read roles in some sentence of text i. */
  read(i: number): boolean;
}

/**
 * A sentence pair's roles as roles.ts reads them (UnitRoles: English word order with the passive), personal pronouns
 * read as parties (pronoun-cases.ts: two versions of one sentence, whose "he" and "him" are one party). `pieceA`,
 * `pieceB`: the pair's sentences; `language`: the diff's BCP 47 tag; `isParty`: whether a folded word is a party of the
 * pair (pair-reading.ts PairReading.isParty), read as a name at a sentence's start too. Throws nothing.
 *
 * Each reading gives what a fresh analysis of its texts alone gives. Words are interned in one Lexicon kept across
 * readings, and buildVectors, whose name terms the reading uses, reads every word of its lexicon: so a lexicon that
 * gained a word from a reading's third text (the exchange spelled a word neither sentence holds) is dropped after that
 * reading, and the next one analyses the two sentences afresh.
 */
export class PairRoles {
  private lexicon: Lexicon | null = null;
  /** The two sentences analysed into `lexicon`, and its word count then. */
  private pair: AnalysedStatement[] = [];
  private words = 0;

  constructor(
    private readonly pieceA: string,
    private readonly pieceB: string,
    private readonly language: string,
    private readonly isParty: (folded: string) => boolean,
  ) {}

  /** The roles of the pair's two sentences (texts 0 and 1). */
  ofPair(): TextRoles {
    return this.read(null);
  }

  /** The roles of the pair's two sentences and `text` (texts 0, 1 and 2). */
  withText(text: string): TextRoles {
    return this.read(text);
  }

  private read(third: string | null): TextRoles {
    if (!this.lexicon) {
      const lexicon = (this.lexicon = new Lexicon());
      this.pair = [this.pieceA, this.pieceB].map((text, order) => this.analyse(text, order, lexicon));
      this.words = lexicon.words.length;
    }
    const lexicon = this.lexicon;
    const analysed = third === null ? this.pair : this.pair.concat(this.analyse(third, 2, lexicon));
    if (lexicon.words.length !== this.words) this.lexicon = null;
    const units: Unit[] = [];
    const unitsOf: number[][] = [];
    for (const statement of analysed) {
      const own: number[] = [];
      for (const unit of statement.units) {
        own.push(units.length);
        units.push(unit);
      }
      unitsOf.push(own);
    }
    // A name is a word the pair writes with a capital that reads as a party (PairReading), at a sentence's start too: the
    // engine asks for a capital elsewhere in the statement, and the pair's two sentences are all it has here.
    const nameTerm = buildVectors(analysed, units, lexicon).nameTerm;
    for (const statement of analysed) {
      const { codes, count } = statement.tokens;
      for (let t = 0; t < count; t++) {
        if (!(codes[t] & 1) || !this.isParty(lexicon.words[codes[t] >> 1])) continue;
        for (const term of lexicon.termsOf(codes[t] >> 1, statement.language)) if (term < nameTerm.length) nameTerm[term] = 1;
      }
    }
    // Two versions of one sentence: their "he" and "him" are one party (pronoun-cases.ts).
    const roles = UnitRoles.of(units, analysed, lexicon, nameTerm, true);
    return {
      reversed: (i, j) => roles.any && unitsOf[i].some((u) => unitsOf[j].some((v) => roles.reversed(u, v))),
      read: (i) => unitsOf[i].some((u) => roles.has(u)),
    };
  }

  private analyse(text: string, order: number, lexicon: Lexicon): AnalysedStatement {
    return analyseStatement({ id: `t${order}`, label: `t${order}`, text, language: this.language }, order, lexicon, false);
  }
}

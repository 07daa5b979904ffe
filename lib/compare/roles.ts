import { primaryLanguage } from "../text/language";
import type { AnalysedStatement, Unit } from "./analyse";
import type { Lexicon } from "./lexicon";

// Words that may stand between a verb and the name it governs ("thanked the Prime Minister", "…Pashinyan and the
// Armenian people"): they keep the run of names going.
const OBJECT_GLUE = new Set(["the", "a", "an", "and"]);

// Reciprocal verbs, after Levin's verbs of social interaction ("marry" and "meet" verbs; B. Levin, English Verb Classes
// and Alternations, 1993, ch. 36), without those readouts use for a directed act ("visit", "consult"): "Blinken met
// Pashinyan" and "Pashinyan met Blinken" state one fact, so swapped names around them are no other claim.
const RECIPROCAL = new Set(
  "meet meets met meeting marry marries married marrying wed weds wedded embrace embraces embraced embracing hug hugs hugged hugging kiss kisses kissed kissing fight fights fought fighting battle battles battled battling debate debates debated debating".split(
    " ",
  ),
);

/** One unit's roles, as English word order tells them: term ids, each list ascending and without repeats. */
interface Roles {
  /** Names, titles and countries before the unit's first other word ("Secretary Blinken"). */
  subject: number[];
  /** That word's terms, with their synonym-set terms ("thanked": thank, ≈…). */
  verb: number[];
  /** Names right after the verb, past articles and "and" ("…thanked Prime Minister Pashinyan"). */
  object: number[];
}

/**
 * Who did what to whom in each unit, for the alignment's rule that swapped roles are two claims: "Blinken thanked
 * Pashinyan for X" and "Pashinyan thanked Blinken for Y" share their names and verb, yet who thanked whom is the
 * claim (tester 57 #13). Read from English word order only (subject, verb, direct object): a unit of another language,
 * one that does not open with a name, or whose verb takes no name right after it ("spoke with Pashinyan", "was thanked
 * by Blinken") has no roles, and so never counts as reversed.
 */
export class UnitRoles {
  /** Whether any unit has roles (when none has, no pair is reversed and callers may skip the pair checks). */
  readonly any: boolean;

  private constructor(private readonly byUnit: readonly (Roles | null)[]) {
    this.any = byUnit.some((roles) => roles !== null);
  }

  /**
   * Roles of every unit. `nameTerm`: per term id, 1 for a name, title or country (similarity.ts buildVectors); a
   * token is a name when it has terms and all of them are names. Linear in the units' tokens.
   */
  static of(units: readonly Unit[], analysed: readonly AnalysedStatement[], lexicon: Lexicon, nameTerm: Uint8Array): UnitRoles {
    // Per statement: its token reader when it is English (asked once, not per unit), else null.
    const readers = analysed.map((statement) => (primaryLanguage(statement.language) === "en" ? new TokenReader(statement, lexicon, nameTerm) : null));
    const roles: (Roles | null)[] = new Array<Roles | null>(units.length).fill(null);
    for (let u = 0; u < units.length; u++) {
      const reader = readers[units[u].statement];
      if (reader) roles[u] = rolesOf(units[u], reader, lexicon);
    }
    return new UnitRoles(roles);
  }

  /**
   * Whether units `a` and `b` (ids into the units given to `of`) state the same act with the roles swapped: their
   * verbs share a term or synonym set, a name of a's subject is in b's object but not b's subject, and a name of b's
   * subject is in a's object but not a's subject (so "President Aliyev thanked President Putin" against "President
   * Putin thanked President Aliyev" counts, though both subjects hold "President").
   */
  reversed(a: number, b: number): boolean {
    const x = this.byUnit[a];
    const y = this.byUnit[b];
    if (!x || !y || !intersects(x.verb, y.verb)) return false;
    return movesOver(x.subject, y.object, y.subject) && movesOver(y.subject, x.object, x.subject);
  }
}

/** A unit's tokens with their terms and name flags (one object per statement, not closures per unit). */
class TokenReader {
  private readonly table: (readonly number[] | undefined)[];

  constructor(
    private readonly statement: AnalysedStatement,
    private readonly lexicon: Lexicon,
    private readonly nameTerm: Uint8Array,
  ) {
    this.table = lexicon.termTable(statement.language);
  }

  terms(t: number): readonly number[] {
    const word = this.statement.tokens.words[t];
    return this.table[word] ?? this.lexicon.termsOf(word, this.statement.language);
  }

  /** Whether token t has terms and all of them are names. */
  isName(t: number): boolean {
    const terms = this.terms(t);
    for (let k = 0; k < terms.length; k++) if (this.nameTerm[terms[k]] !== 1) return false;
    return terms.length > 0;
  }

  word(t: number): string {
    return this.lexicon.words[this.statement.tokens.words[t]];
  }
}

function rolesOf(unit: Unit, tokens: TokenReader, lexicon: Lexicon): Roles | null {
  // The subject: names, with the words that have no terms (stop words) between them, up to the first other word.
  let named = false;
  let verbAt = unit.tokenFrom;
  for (; verbAt < unit.tokenTo; verbAt++) {
    if (tokens.terms(verbAt).length === 0) continue;
    if (!tokens.isName(verbAt)) break;
    named = true;
  }
  if (!named || verbAt >= unit.tokenTo || RECIPROCAL.has(tokens.word(verbAt))) return null;
  // The object: names right after the verb; most units have none, and cost no allocation.
  let objectEnd = verbAt + 1;
  let objectNamed = false;
  for (; objectEnd < unit.tokenTo; objectEnd++) {
    if (tokens.isName(objectEnd)) objectNamed = true;
    else if (!OBJECT_GLUE.has(tokens.word(objectEnd))) break;
  }
  if (!objectNamed) return null;

  const subject = new Set<number>();
  for (let t = unit.tokenFrom; t < verbAt; t++) for (const term of tokens.terms(t)) subject.add(term);
  const verb = new Set<number>();
  for (const term of tokens.terms(verbAt)) {
    verb.add(term);
    for (const set of lexicon.synonymTerms(term)) verb.add(set);
  }
  const object = new Set<number>();
  for (let t = verbAt + 1; t < objectEnd; t++) for (const term of tokens.terms(t)) object.add(term);
  return { subject: sorted(subject), verb: sorted(verb), object: sorted(object) };
}

function sorted(terms: Set<number>): number[] {
  return Array.from(terms).sort((p, q) => p - q);
}

/** Whether two ascending lists share an entry. */
function intersects(x: readonly number[], y: readonly number[]): boolean {
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) return true;
    if (x[i] < y[j]) i++;
    else j++;
  }
  return false;
}

/** Whether a name of `from` is in `to` and not in `besides` (ascending lists). */
function movesOver(from: readonly number[], to: readonly number[], besides: readonly number[]): boolean {
  return from.some((term) => to.includes(term) && !besides.includes(term));
}

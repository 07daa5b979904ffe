import { primaryLanguage } from "../text/language";
import type { AnalysedStatement, Unit } from "./analyse";
import type { Lexicon } from "./lexicon";
import { nominativeKey, objectKey } from "./russian-name-case";

// Words that may stand between a verb and the name it governs ("thanked the Prime Minister", "…Pashinyan and the
// Armenian people", "поблагодарил Блинкена и Мирзояна"): they keep the run of names going.
const OBJECT_GLUE: Record<"en" | "ru", ReadonlySet<string>> = { en: new Set(["the", "a", "an", "and"]), ru: new Set(["и"]) };

// Forms of "be" that, between the names and a verb, make it a passive ("was thanked by", "has been briefed by"): the
// names before it are the object, and those after "by" the subject.
const BE = new Set(["be", "is", "are", "was", "were", "been", "being"]);

// Reciprocal verbs, after Levin's verbs of social interaction ("marry" and "meet" verbs; B. Levin, English Verb Classes
// and Alternations, 1993, ch. 36), without those readouts use for a directed act ("visit", "consult"): "Blinken met
// Pashinyan" and "Pashinyan met Blinken" state one fact, so swapped names around them are no other claim. (Russian
// needs no list: its reciprocal verbs are reflexive and take "с", "встретился с Пашиняном", which ends the reading.)
export const RECIPROCAL: ReadonlySet<string> = new Set(
  "meet meets met meeting marry marries married marrying wed weds wedded embrace embraces embraced embracing hug hugs hugged hugging kiss kisses kissed kissing fight fights fought fighting battle battles battled battling debate debates debated debating".split(
    " ",
  ),
);

// Two complements are one when their words match at a Dice coefficient of at least SAME_COMPLEMENT_SHARE_NUMERATOR /
// SAME_COMPLEMENT_SHARE_DENOMINATOR (0.8), compared in integers. See UnitRoles.twoClaims for the reasons.
const SAME_COMPLEMENT_SHARE_NUMERATOR = 4;
const SAME_COMPLEMENT_SHARE_DENOMINATOR = 5;

/** One unit's roles, as word order (and in Russian, case endings) tell them: ids, each list ascending and without repeats. */
interface Roles {
  /** Who acts: names, titles and countries before the verb ("Secretary Blinken"), or after "by" in a passive. */
  subject: number[];
  /** The verb's terms, with their synonym-set terms in English ("thanked": thank, ≈…). */
  verb: number[];
  /** Who is acted on: names right after the verb, past articles and "and" ("…thanked Prime Minister Pashinyan"), or before a passive verb. */
  object: number[];
  /**
   * The complement, what the unit says besides who did what to whom: one entry per distinct term of the words after
   * the object ("for his commitment to peace"), names included, stop words not; each entry the term and, in English,
   * its synonym-set terms, ascending.
   */
  complement: number[][];
  /** Every id of `complement`'s entries, ascending and without repeats: what a word of another complement must hit. */
  complementKeys: number[];
}

/** Where a unit's roles lie: token indexes, `to` exclusive. The complement is the rest of the unit, from objectTo. */
interface Frame {
  subjectFrom: number;
  subjectTo: number;
  verbAt: number;
  objectFrom: number;
  objectTo: number;
  /** "X was thanked by Y": the tokens before the verb hold the object, and those after "by" the subject. */
  passive: boolean;
}

/**
 * Who did what to whom in each unit, for the alignment's rule that two units swapping the roles of one act are two
 * claims when they say different things besides (twoClaims): "Blinken thanked Pashinyan for X" and "Pashinyan thanked
 * Blinken for Y" share their names and verb, yet each is a thanks the other statement did not report (tester 57 #13).
 *
 * Read from English word order (subject, verb, direct object; a passive "X was thanked by Y" as "Y thanked X") and
 * from Russian word order where the case endings confirm it (russian-name-case.ts: "Блинкен поблагодарил
 * Пашиняна", a nominative before the verb and a genitive-accusative or dative right after it). A unit of another
 * language, one that does not open with a name, whose verb takes no name right after it ("spoke with Pashinyan"), or
 * whose Russian names are in no shape the endings vouch for ("Пашиняна поблагодарил Блинкен", "Армения поблагодарила
 * Азербайджан") has no roles, and so never counts as reversed.
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
    // Per statement: its token reader when it is English or Russian (asked once, not per unit), else null.
    const nameKeys = new NameKeys();
    const readers = analysed.map((statement) => {
      const language = primaryLanguage(statement.language);
      return language === "en" || language === "ru" ? new TokenReader(statement, lexicon, nameTerm, language) : null;
    });
    const roles: (Roles | null)[] = new Array<Roles | null>(units.length).fill(null);
    for (let u = 0; u < units.length; u++) {
      const reader = readers[units[u].statement];
      if (!reader) continue;
      const frame = reader.language === "en" ? englishFrame(units[u], reader) : russianFrame(units[u], reader);
      if (frame) roles[u] = rolesOf(units[u], frame, reader, lexicon, nameKeys);
    }
    return new UnitRoles(roles);
  }

  /**
   * Whether units `a` and `b` (ids into the units given to `of`) state the same act with the roles swapped: their
   * verbs share a term or synonym set, a name of a's subject is in b's object but not b's subject, and a name of b's
   * subject is in a's object but not a's subject (so "President Aliyev thanked President Putin" against "President
   * Putin thanked President Aliyev" counts, though both subjects hold "President"; and "Blinken was thanked by
   * Pashinyan" against "Blinken thanked Pashinyan").
   */
  reversed(a: number, b: number): boolean {
    const x = this.byUnit[a];
    const y = this.byUnit[b];
    if (!x || !y || !intersects(x.verb, y.verb)) return false;
    return movesOver(x.subject, y.object, y.subject) && movesOver(y.subject, x.object, x.subject);
  }

  /**
   * Whether units `a` and `b` are two claims by their roles: they swap the roles of one act (`reversed`) and their
   * complements differ. Swapped roles around the same complement ("Blinken called Aliyev to discuss the peace
   * process" / "Aliyev called Blinken to discuss the peace process") are one claim told with contradicting roles: they
   * share a row, where the word diff shows who did it by each account, and neither statement reads as not reporting
   * the call. Swapped roles around another complement ("…thanked Pashinyan for hosting the displaced people" /
   * "…thanked Blinken for the humanitarian aid to the displaced people") are two acts, each not reported by the other.
   *
   * The complements are the same when their distinct words (terms: one stem for all its inflections; a word matches
   * another of its synonym set) match at a Dice coefficient of at least 0.8, four words in five. The complement is
   * what is left once the shared frame of names and verb is set aside, so unlike whole sentences, which correspond at
   * half their words (versions/pair.ts PAIR_MIN_DICE, 0.5), it must be nearly all one claim: one swapped word in a
   * complement of up to four changes what the act was about ("commitment to peace" / "commitment to reform", 0.5;
   * the displaced people above, 0.57; "…the peace process" / "…the peace process and regional security", 0.75), while
   * one word added to three or more is an adjunct of the same act ("…the peace process" / "…the peace process on
   * Monday", 0.86). Names outside the roles stay in the complement: "Blinken told Aliyev that the United States supports
   * a durable peace" and "Aliyev told Blinken that Azerbaijan supports a durable peace" are two claims (0.67). Not a
   * published value: chosen between these examples (tester 71 F3, F4).
   */
  twoClaims(a: number, b: number): boolean {
    if (!this.reversed(a, b)) return false;
    const x = this.byUnit[a] as Roles;
    const y = this.byUnit[b] as Roles;
    const total = x.complement.length + y.complement.length;
    const matched = matchedWords(x.complement, y.complementKeys) + matchedWords(y.complement, x.complementKeys);
    return matched * SAME_COMPLEMENT_SHARE_DENOMINATOR < total * SAME_COMPLEMENT_SHARE_NUMERATOR;
  }
}

/** A unit's tokens with their terms and name flags (one object per statement, not closures per unit). */
class TokenReader {
  private readonly table: (readonly number[] | undefined)[];

  constructor(
    private readonly statement: AnalysedStatement,
    private readonly lexicon: Lexicon,
    private readonly nameTerm: Uint8Array,
    /** The statement's primary language: which grammar reads its roles. */
    readonly language: "en" | "ru",
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

  /** The folded word of token t (lower case). */
  word(t: number): string {
    return this.lexicon.words[this.statement.tokens.words[t]];
  }
}

/**
 * Ids for Russian names keyed by their word without its case ending (russian-name-case.ts): negative, so that they
 * never equal a term id. One per comparison, so that a key has one id in every statement.
 */
class NameKeys {
  private readonly ids = new Map<string, number>();

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = -1 - this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}

/**
 * The end of the run of names (with stop words between them) from token `from`: the first other word with terms.
 * `named`: the run holds a name (false also when a name follows a form of "be"); `be`: a form of "be" follows a name.
 */
function nameRunEnd(unit: Unit, tokens: TokenReader, from: number): { end: number; named: boolean; be: boolean } {
  let named = false;
  let be = false;
  let end = from;
  for (; end < unit.tokenTo; end++) {
    if (tokens.terms(end).length === 0) {
      if (named && BE.has(tokens.word(end))) be = true;
      continue;
    }
    if (!tokens.isName(end)) break;
    // A name after "was" is no passive's agent but a predicate ("Blinken was Secretary…"): no roles.
    if (be) return { end, named: false, be };
    named = true;
  }
  return { end, named, be };
}

/** The end of the run of names right after token `from` (past the language's glue words), or -1 when it holds no name. */
function objectRunEnd(unit: Unit, tokens: TokenReader, from: number): number {
  const glue = OBJECT_GLUE[tokens.language];
  let end = from;
  let named = false;
  for (; end < unit.tokenTo; end++) {
    if (tokens.isName(end)) named = true;
    else if (!glue.has(tokens.word(end))) break;
  }
  return named ? end : -1;
}

/** English roles: names, verb, names ("Blinken thanked Pashinyan"), or names, "be", verb, "by", names (the passive). */
function englishFrame(unit: Unit, tokens: TokenReader): Frame | null {
  const { end: verbAt, named, be } = nameRunEnd(unit, tokens, unit.tokenFrom);
  if (!named || verbAt >= unit.tokenTo || RECIPROCAL.has(tokens.word(verbAt))) return null;
  let objectFrom = verbAt + 1;
  if (be) {
    // Only an agent names a passive's subject; "Blinken was thanked for…" says nothing of who thanked him.
    if (objectFrom >= unit.tokenTo || tokens.word(objectFrom) !== "by") return null;
    objectFrom++;
  }
  const objectTo = objectRunEnd(unit, tokens, objectFrom);
  if (objectTo < 0) return null;
  return { subjectFrom: unit.tokenFrom, subjectTo: verbAt, verbAt, objectFrom, objectTo, passive: be };
}

/**
 * Russian roles where the case endings confirm the word order: the last name before the verb in the nominative
 * ("Блинкен поблагодарил…") and the first word after it a name in the genitive-accusative or dative ("…Пашиняна",
 * "…Алиеву"). Russian word order is free ("Пашиняна поблагодарил Блинкен" is the same act), so the order alone is no
 * evidence; the endings are, and the engine's stems are not (russian-name-case.ts). No passive is read.
 */
function russianFrame(unit: Unit, tokens: TokenReader): Frame | null {
  const { end: verbAt, named, be } = nameRunEnd(unit, tokens, unit.tokenFrom);
  if (!named || be || verbAt >= unit.tokenTo) return null;
  let head = verbAt - 1;
  while (!tokens.isName(head)) head--;
  if (nominativeKey(tokens.word(head)) === null) return null;
  const objectFrom = verbAt + 1;
  if (objectFrom >= unit.tokenTo || !tokens.isName(objectFrom) || objectKey(tokens.word(objectFrom)) === null) return null;
  const objectTo = objectRunEnd(unit, tokens, objectFrom);
  return objectTo < 0 ? null : { subjectFrom: unit.tokenFrom, subjectTo: verbAt, verbAt, objectFrom, objectTo, passive: false };
}

function rolesOf(unit: Unit, frame: Frame, tokens: TokenReader, lexicon: Lexicon, nameKeys: NameKeys): Roles {
  const english = tokens.language === "en";
  // In Russian a name is its word without the case ending (the stems of one name's cases differ); in English, its terms.
  const namesOf = (from: number, to: number, key: (word: string) => string | null): number[] => {
    const ids = new Set<number>();
    for (let t = from; t < to; t++) {
      if (english) for (const term of tokens.terms(t)) ids.add(term);
      else if (tokens.isName(t)) ids.add(nameKeys.id(key(tokens.word(t)) ?? tokens.word(t)));
    }
    return sorted(ids);
  };
  const before = namesOf(frame.subjectFrom, frame.subjectTo, nominativeKey);
  const after = namesOf(frame.objectFrom, frame.objectTo, objectKey);

  const verb = new Set<number>();
  for (const term of tokens.terms(frame.verbAt)) {
    verb.add(term);
    // The synonym sets are English (lexicon.ts synonymTerms).
    if (english) for (const set of lexicon.synonymTerms(term)) verb.add(set);
  }

  const complement: number[][] = [];
  const seen = new Set<number>();
  const keys = new Set<number>();
  for (let t = frame.objectTo; t < unit.tokenTo; t++) {
    for (const term of tokens.terms(t)) {
      if (seen.has(term)) continue;
      seen.add(term);
      const entry = new Set<number>([term]);
      if (english) for (const set of lexicon.synonymTerms(term)) entry.add(set);
      for (const key of entry) keys.add(key);
      complement.push(sorted(entry));
    }
  }
  return frame.passive
    ? { subject: after, verb: sorted(verb), object: before, complement, complementKeys: sorted(keys) }
    : { subject: before, verb: sorted(verb), object: after, complement, complementKeys: sorted(keys) };
}

function sorted(ids: Set<number>): number[] {
  return Array.from(ids).sort((p, q) => p - q);
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

/** How many of `words` (each a word's ids, ascending) share an id with `keys` (ascending). */
function matchedWords(words: readonly (readonly number[])[], keys: readonly number[]): number {
  let matched = 0;
  for (const word of words) if (intersects(word, keys)) matched++;
  return matched;
}

/** Whether a name of `from` is in `to` and not in `besides` (ascending lists). */
function movesOver(from: readonly number[], to: readonly number[], besides: readonly number[]): boolean {
  return from.some((term) => to.includes(term) && !besides.includes(term));
}

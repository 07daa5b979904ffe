import { primaryLanguage } from "../text/language";
import type { AnalysedStatement, Unit } from "./analyse";
import type { Lexicon } from "./lexicon";
import { pronounForm, type PronounForm } from "./pronoun-cases";
import { nominativeKey, objectKey } from "./russian-name-case";

// Words that may stand between a verb and the name it governs ("thanked the Prime Minister", "…Pashinyan and the
// Armenian people", "поблагодарил Блинкена и Мирзояна"): they keep the run of names going.
const OBJECT_GLUE: Record<"en" | "ru", ReadonlySet<string>> = { en: new Set(["the", "a", "an", "and"]), ru: new Set(["и"]) };

// Forms of "be" that, between the names and a verb, make it a passive ("was thanked by", "has been briefed by"): the
// names before it are the object, and those after "by" the subject.
const BE = new Set(["be", "is", "are", "was", "were", "been", "being"]);

// Marks a personal pronoun's key (pronoun-cases.ts) among Russian names' keys: no name's key starts with it.
const PRONOUN_MARK = "\u0000";

// Words that join two verbs of one subject and one object ("Blinken thanked and praised Aliyev").
const VERB_COORDINATORS = new Set(["and", "or"]);

// Adverbs that may stand before a verb, or between "be" and a passive's participle, without an "-ly" ("Blinken again
// thanked Aliyev", "was later thanked by"): adverbs of time and frequency (CGEL ch. 8 § 14) a readout writes there.
// Words in "-ly" are read as adverbs there too (isAdverb).
const ADVERBS = new Set("again later then once twice first further soon still already earlier meanwhile today yesterday subsequently".split(" "));

// How far past a comma a parenthesis may run before the clause's verb ("Blinken, in turn, thanked…", "Blinken, who
// spoke with Pashinyan, thanked…"): tokens up to its closing comma. Chosen to cover a short relative clause, not a list.
const MAX_PARENTHESIS = 6;

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
  /** The complement (complementOf), read when first asked: only a reversed pair's (twoClaims) is. */
  complement: Complement | null;
  /** Where the complement is read from: the unit, its reader, and the token after the object. */
  unit: Unit;
  tokens: TokenReader;
  objectTo: number;
}

/** What a unit says besides who did what to whom. */
interface Complement {
  /**
   * One entry per distinct term of the words after the object ("for his commitment to peace"), names included, stop
   * words not; each entry the term and, in English, its synonym-set terms, ascending.
   */
  words: number[][];
  /** Every id of `words`' entries, ascending and without repeats: what a word of another complement must hit. */
  keys: number[];
}

/** Where a unit's roles lie: token indexes, `to` exclusive. The complement is the rest of the unit, from objectTo. */
interface Frame {
  subjectFrom: number;
  subjectTo: number;
  verbAt: number;
  /** End of the verb (exclusive): past a second verb joined by "and" ("thanked and praised"). */
  verbTo: number;
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
 * Пашиняна", a nominative before the verb and a genitive-accusative or dative right after it). In English the subject
 * is the run of names that opens the unit, or the first later run that reads as such a frame (after an opener, "In a
 * call, Blinken thanked…"; in reported speech, "Miller said that Blinken thanked…"); adverbs before the verb or the
 * participle ("personally thanked", "was warmly thanked by"), a parenthesis between commas ("Blinken, in turn,
 * thanked…") and a second verb joined by "and" ("thanked and praised Aliyev") are read past. A unit of another
 * language, one whose verb takes no name right after it ("spoke with Pashinyan"), or whose Russian names are in no
 * shape the endings vouch for ("Пашиняна поблагодарил Блинкен", "Армения поблагодарила Азербайджан") has no roles, and
 * so never counts as reversed. Personal pronouns are parties only where the caller asks (`of`'s `pronouns`).
 */
export class UnitRoles {
  /** Whether any unit has roles (when none has, no pair is reversed and callers may skip the pair checks). */
  readonly any: boolean;

  private constructor(
    private readonly byUnit: readonly (Roles | null)[],
    private readonly lexicon: Lexicon,
  ) {
    this.any = byUnit.some((roles) => roles !== null);
  }

  /**
   * Roles of every unit. `nameTerm`: per term id, 1 for a name, title or country (similarity.ts buildVectors); a
   * token is a name when it has terms and all of them are names. `pronouns`: whether a personal pronoun is a party
   * too (pronoun-cases.ts: "he" and "him" one party, in the nominative and the object case); the alignment reads no
   * pronoun (one statement's "he" need not be another's "him"), the version diff does (two versions of one sentence).
   * Linear in the units' tokens.
   */
  static of(units: readonly Unit[], analysed: readonly AnalysedStatement[], lexicon: Lexicon, nameTerm: Uint8Array, pronouns = false): UnitRoles {
    // Per statement: its token reader when it is English or Russian (asked once, not per unit), else null.
    const nameKeys = new NameKeys();
    const readers = analysed.map((statement) => {
      const language = primaryLanguage(statement.language);
      return language === "en" || language === "ru" ? new TokenReader(statement, lexicon, nameTerm, language, pronouns) : null;
    });
    const roles: (Roles | null)[] = new Array<Roles | null>(units.length).fill(null);
    for (let u = 0; u < units.length; u++) {
      const reader = readers[units[u].statement];
      if (!reader) continue;
      const frame = reader.language === "en" ? englishFrame(units[u], reader) : russianFrame(units[u], reader);
      if (frame) roles[u] = rolesOf(units[u], frame, reader, lexicon, nameKeys);
    }
    return new UnitRoles(roles, lexicon);
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

  /** Whether unit `u` (an id into the units given to `of`) has roles. */
  has(u: number): boolean {
    return this.byUnit[u] !== null;
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
    const x = complementOf(this.byUnit[a] as Roles, this.lexicon);
    const y = complementOf(this.byUnit[b] as Roles, this.lexicon);
    const total = x.words.length + y.words.length;
    const matched = matchedWords(x.words, y.keys) + matchedWords(y.words, x.keys);
    return matched * SAME_COMPLEMENT_SHARE_DENOMINATOR < total * SAME_COMPLEMENT_SHARE_NUMERATOR;
  }
}

/** A unit's tokens with their terms and name flags (one object per statement, not closures per unit). */
class TokenReader {
  private readonly table: (readonly number[] | undefined)[];
  /** The statement's tokens' word ids and lexicon codes (analyse.ts Tokens), kept at hand for the hot loops. */
  private readonly words: Int32Array;
  private readonly codes: Int32Array;
  /** isName per word id of the lexicon, once asked: 0 not yet, 1 no, 2 yes (the frame search asks of every token). */
  private readonly named: Uint8Array;

  constructor(
    private readonly statement: AnalysedStatement,
    private readonly lexicon: Lexicon,
    private readonly nameTerm: Uint8Array,
    /** The statement's primary language: which grammar reads its roles. */
    readonly language: "en" | "ru",
    /** Whether a personal pronoun is a name (pronoun-cases.ts). */
    private readonly pronouns = false,
  ) {
    this.table = lexicon.termTable(statement.language);
    this.named = new Uint8Array(lexicon.words.length);
    this.words = statement.tokens.words;
    this.codes = statement.tokens.codes;
  }

  /** The personal pronoun token t is, when pronouns are read; else null. */
  pronoun(t: number): PronounForm | null {
    return this.pronouns ? pronounForm(this.word(t), this.language) : null;
  }

  /** The text between tokens t - 1 and t (punctuation and spaces); "" for the statement's first token. */
  gapBefore(t: number): string {
    const { starts, ends } = this.statement.tokens;
    return t > 0 ? this.statement.text.slice(ends[t - 1], starts[t]) : "";
  }

  terms(t: number): readonly number[] {
    const word = this.words[t];
    return this.table[word] ?? this.lexicon.termsOf(word, this.statement.language);
  }

  /** Whether token t has terms and all of them are names, or is a personal pronoun where those are read. */
  isName(t: number): boolean {
    const word = this.words[t];
    if (word >= this.named.length) return this.readName(t);
    if (this.named[word] === 0) this.named[word] = this.readName(t) ? 2 : 1;
    return this.named[word] === 2;
  }

  /**
   * Whether token t opens a run of names past the unit's start: a name written with a capital (or a pronoun, where
   * read) after a word that is no name. The capital is asked first, as it is cheap: a frame later in a unit is looked
   * for only at capitals ("…said that Blinken thanked…"), never at a lower-case title.
   */
  opensCapitalRun(t: number): boolean {
    return ((this.codes[t] & 1) === 1 || (this.pronouns && this.pronoun(t) !== null)) && this.isName(t) && !this.isName(t - 1);
  }

  private readName(t: number): boolean {
    if (this.pronouns && this.pronoun(t) !== null) return true;
    const terms = this.terms(t);
    for (let k = 0; k < terms.length; k++) if (this.nameTerm[terms[k]] !== 1) return false;
    return terms.length > 0;
  }

  /** The folded word of token t (lower case). */
  word(t: number): string {
    return this.lexicon.words[this.words[t]];
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
    const name = tokens.isName(end);
    if (!name && tokens.terms(end).length === 0) {
      if (named && BE.has(tokens.word(end))) be = true;
      continue;
    }
    if (!name) break;
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

/**
 * English roles: names, verb, names ("Blinken thanked Pashinyan"), or names, "be", verb, "by", names (the passive).
 * The subject is the run of names from the unit's start, else the first later run of names (TokenReader
 * opensCapitalRun), with another such run after it, that reads as a frame: "In a call, Blinken thanked…", "Miller said
 * that Blinken thanked…". Each try starts past the last one's subject run, so the search is linear in the unit's tokens.
 */
function englishFrame(unit: Unit, tokens: TokenReader): Frame | null {
  let from = unit.tokenFrom;
  while (from < unit.tokenTo) {
    const { frame, runEnd } = englishFrameAt(unit, tokens, from);
    if (frame) return frame;
    // The next run of names, tried only when another run follows it (a frame's subject and object are two runs).
    let next = -1;
    let later = false;
    for (let t = Math.max(runEnd, from + 1); t < unit.tokenTo && !later; t++) {
      if (!tokens.opensCapitalRun(t)) continue;
      if (next < 0) next = t;
      else later = true;
    }
    if (!later) return null;
    from = next;
  }
  return null;
}

/** Whether a folded word is an adverb that may stand before a verb: one in "-ly" of five letters or more, or of ADVERBS. */
function isAdverb(word: string): boolean {
  return (word.length >= 5 && word.endsWith("ly")) || ADVERBS.has(word);
}

/**
 * The English frame whose subject is the run of names from token `from` (null when none reads), and where that run
 * ends (the first word with terms that is no name, or the unit's end).
 */
function englishFrameAt(unit: Unit, tokens: TokenReader, from: number): { frame: Frame | null; runEnd: number } {
  const run = nameRunEnd(unit, tokens, from);
  const none = { frame: null, runEnd: run.end };
  if (!run.named) return none;
  let be = run.be;
  let verbAt = run.end;
  // A parenthesis between commas after the subject ("Blinken, in turn, thanked…"): read on from its closing comma.
  let opened = -1;
  for (let t = verbAt; t > from; t--) {
    if (t < unit.tokenTo && tokens.gapBefore(t).includes(",")) opened = t;
    if (tokens.isName(t - 1)) break;
  }
  if (opened >= 0) {
    for (let t = opened + 1; t < unit.tokenTo && t <= opened + MAX_PARENTHESIS; t++) {
      if (!tokens.gapBefore(t).includes(",")) continue;
      verbAt = t;
      break;
    }
  }
  // Adverbs, "be" and other function words before the verb ("personally thanked", "was warmly thanked", "has also been").
  for (; verbAt < unit.tokenTo; verbAt++) {
    const word = tokens.word(verbAt);
    if (tokens.isName(verbAt)) return none;
    if (tokens.terms(verbAt).length === 0) {
      if (BE.has(word)) be = true;
      continue;
    }
    if (!isAdverb(word) || verbAt + 1 >= unit.tokenTo) break;
  }
  if (verbAt >= unit.tokenTo || RECIPROCAL.has(tokens.word(verbAt))) return none;
  let verbTo = verbAt + 1;
  // A second verb of the same subject and object: "thanked and praised Aliyev", "was thanked and praised by Aliyev".
  if (verbTo + 1 < unit.tokenTo && VERB_COORDINATORS.has(tokens.word(verbTo)) && !tokens.isName(verbTo + 1) && tokens.terms(verbTo + 1).length > 0) {
    if (RECIPROCAL.has(tokens.word(verbTo + 1))) return none;
    verbTo += 2;
  }
  let objectFrom = verbTo;
  if (be) {
    // Only an agent names a passive's subject; "Blinken was thanked for…" says nothing of who thanked him.
    while (objectFrom < unit.tokenTo && isAdverb(tokens.word(objectFrom)) && tokens.terms(objectFrom).length > 0) objectFrom++;
    if (objectFrom >= unit.tokenTo || tokens.word(objectFrom) !== "by") return none;
    objectFrom++;
  }
  const objectTo = objectRunEnd(unit, tokens, objectFrom);
  if (objectTo < 0) return none;
  return { frame: { subjectFrom: from, subjectTo: run.end, verbAt, verbTo, objectFrom, objectTo, passive: be }, runEnd: run.end };
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
  if (caseKey(tokens, head, "nom") === null) return null;
  const objectFrom = verbAt + 1;
  if (objectFrom >= unit.tokenTo || !tokens.isName(objectFrom) || caseKey(tokens, objectFrom, "obj") === null) return null;
  const objectTo = objectRunEnd(unit, tokens, objectFrom);
  return objectTo < 0 ? null : { subjectFrom: unit.tokenFrom, subjectTo: verbAt, verbAt, verbTo: verbAt + 1, objectFrom, objectTo, passive: false };
}

/**
 * A Russian name's key when token t is in case `grammaticalCase` (russian-name-case.ts nominativeKey, objectKey), or
 * a personal pronoun's (pronoun-cases.ts: "он", "его" → "он"; marked so that it never equals a name's key); else null.
 */
function caseKey(tokens: TokenReader, t: number, grammaticalCase: "nom" | "obj"): string | null {
  const pronoun = tokens.pronoun(t);
  if (pronoun) return pronoun.case === grammaticalCase ? PRONOUN_MARK + pronoun.key : null;
  const word = tokens.word(t);
  return grammaticalCase === "nom" ? nominativeKey(word) : objectKey(word);
}

function rolesOf(unit: Unit, frame: Frame, tokens: TokenReader, lexicon: Lexicon, nameKeys: NameKeys): Roles {
  const english = tokens.language === "en";
  // In Russian a name is its word without the case ending (the stems of one name's cases differ); in English, its
  // terms; a personal pronoun, where read, its nominative (pronoun-cases.ts: "he" and "him" are one party).
  const namesOf = (from: number, to: number, grammaticalCase: "nom" | "obj"): number[] => {
    const ids = new Set<number>();
    for (let t = from; t < to; t++) {
      const pronoun = tokens.pronoun(t);
      if (pronoun) ids.add(nameKeys.id(PRONOUN_MARK + pronoun.key));
      else if (english) for (const term of tokens.terms(t)) ids.add(term);
      else if (tokens.isName(t)) ids.add(nameKeys.id(caseKey(tokens, t, grammaticalCase) ?? tokens.word(t)));
    }
    return sorted(ids);
  };
  const before = namesOf(frame.subjectFrom, frame.subjectTo, "nom");
  const after = namesOf(frame.objectFrom, frame.objectTo, "obj");

  const verb = new Set<number>();
  for (let t = frame.verbAt; t < frame.verbTo; t++) {
    for (const term of tokens.terms(t)) {
      verb.add(term);
      // The synonym sets are English (lexicon.ts synonymTerms).
      if (english) for (const set of lexicon.synonymTerms(term)) verb.add(set);
    }
  }

  return { subject: frame.passive ? after : before, verb: sorted(verb), object: frame.passive ? before : after, complement: null, unit, tokens, objectTo: frame.objectTo };
}

/** A unit's complement (Complement), read once from its roles' unit and kept on them. */
function complementOf(roles: Roles, lexicon: Lexicon): Complement {
  if (roles.complement) return roles.complement;
  const { unit, tokens } = roles;
  const english = tokens.language === "en";
  const words: number[][] = [];
  const seen = new Set<number>();
  const keys = new Set<number>();
  for (let t = roles.objectTo; t < unit.tokenTo; t++) {
    for (const term of tokens.terms(t)) {
      if (seen.has(term)) continue;
      seen.add(term);
      const entry = new Set<number>([term]);
      if (english) for (const set of lexicon.synonymTerms(term)) entry.add(set);
      for (const key of entry) keys.add(key);
      words.push(sorted(entry));
    }
  }
  return (roles.complement = { words, keys: sorted(keys) });
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

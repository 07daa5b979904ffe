import { isArmenianColon } from "../armenian-stops";
import { RECIPROCAL } from "../roles";
import { isSentenceTerminal, terminalClass } from "../../text/sentence-marks";
import { caseShape } from "./case-shape";
import { isModal } from "./closed-class";
import { namesParty, type PairReading, type Side } from "./pair-reading";

/**
 * Two parties exchanged in a way that keeps the facts, so no role swap (role-swaps.ts): a relation that reads both ways
 * (a list, a companion, a reciprocal verb: relatedBothWays), whole clauses reordered (clausesReordered), an act told
 * with a converse verb on one side (toldConversely), and, in a language with case endings, the words reordered with
 * their cases kept (onlyReordered).
 */

/** Coordinators (CGEL ch. 15; Wade 2011; Dum-Tragut 2009), folded: two parties joined by one are told in either order. */
const COORDINATORS = new Set(["and", "or", "nor", "plus", "&", "и", "или", "либо", "да", "а", "եւ", "ու", "կամ"]);

/** Words that make the party after them a companion ("spoke with Aliyev", "встретился с Алиевым"): a symmetric act. */
export const COMITATIVE_BEFORE = new Set(["with", "alongside", "с", "со"]);

/** Postpositions that do so after the party (Armenian "Ալիևի հետ", Dum-Tragut 2009, postpositions). */
const COMITATIVE_AFTER = new Set(["հետ"]);

/**
 * Verbs of talking (Levin 1993, ch. 37, verbs of communication: the "talk" and "chitchat" verbs), folded: with them
 * "to" makes the party after it a companion as "with" does ("Blinken spoke to Aliyev" and "Aliyev spoke to Blinken"
 * tell one conversation).
 */
const TALK_VERBS = new Set("speak speaks spoke spoken speaking talk talks talked talking chat chats chatted chatting".split(" "));

/**
 * Words besides coordinators that join two parties as one subject or list (CGEL ch. 15, coordination: "as well as"
 * and "together with" among its marginal coordinators; and a comparison with "like"), folded, as the words between
 * the two name phrases: "Blinken as well as Aliyev", "Blinken, like Aliyev,", "Блинкен, как и Алиев,", "Բլինքենը,
 * ինչպես նաև Ալիևը". Not "unlike", which tells them apart.
 */
const LIST_JOINERS = new Set(["as well as", "like", "just like", "together with", "along with", "also", "как и", "также", "так же как и", "вместе с", "ինչպես նաև", "նաև"]);

/**
 * Converse verbs (Levin 1993, ch. 13, verbs of change of possession: "get", "obtain" and "receive" verbs; D. A. Cruse,
 * Lexical Semantics, 1986, on converses), folded: with the source after "from" ("Aliyev received a call from Blinken")
 * they tell "Blinken called Aliyev" with the parties in the other order, as a passive does.
 */
const CONVERSE_VERBS = new Set(
  "receive receives received receiving get gets got getting hear hears heard hearing accept accepts accepted accepting obtain obtains obtained получил получила получили получило получает получают принял приняла приняли услышал услышала услышали".split(" "),
);

/** Prepositions that mark a converse verb's source ("from Blinken", "от Блинкена"). */
const SOURCE_BEFORE = new Set(["from", "от"]);

/**
 * Punctuation that ends a clause or a sentence between two words: a clause's subject stands after it. A
 * sentence-terminal mark (lib/text/sentence-marks.ts), or a clause's comma, semicolon, colon, bracket or em dash.
 */
const CLAUSE_BREAK = new RegExp(terminalClass(",;:()\u2014"), "u");

/** Punctuation that joins two parties as a list's items ("Blinken, Aliyev", "Armenia/Azerbaijan"). */
const LIST_PUNCTUATION = /[,;/&]/u;

/**
 * Whether, in a language with case endings, both parties kept their forms while they changed places, and the forms
 * tell their cases apart: the word order changed and the roles, which the endings carry, did not ("Блинкен поблагодарил
 * Алиева" → "Алиева поблагодарил Блинкен"). The cases differ when russian-name-case.ts reads one as a nominative and the
 * other as an object; else when the words end in different letters (Armenian "-ը" / "-ին"). Two forms that end alike
 * ("Иран" / "Азербайджан": nominative and accusative are one form) tell nothing: their order does.
 */
export function onlyReordered(reading: PairReading, x: number, y: number): boolean {
  const formsIn = (side: Side, lexeme: number) => side.forms.filter((_, t) => side.lexemes[t] === lexeme).sort().join(" ");
  const { a, b } = reading;
  if (formsIn(a, x) !== formsIn(b, x) || formsIn(a, y) !== formsIn(b, y)) return false;
  const formX = a.forms[a.lexemes.indexOf(x)];
  const formY = a.forms[a.lexemes.indexOf(y)];
  const shapeX = caseShape(formX, reading.language);
  const shapeY = caseShape(formY, reading.language);
  if (shapeX !== shapeY && shapeX > 0 && shapeY > 0) return true;
  return formX[formX.length - 1] !== formY[formY.length - 1];
}

/** Token indexes [first, second] of the nearest mentions of lexemes x and y on a side, in text order; null when one is missing. */
function nearestMentions(side: Side, x: number, y: number): [number, number] | null {
  let first = -1;
  let second = -1;
  for (let i = 0; i < side.lexemes.length; i++) {
    if (side.lexemes[i] !== x) continue;
    for (let j = 0; j < side.lexemes.length; j++) {
      if (side.lexemes[j] !== y) continue;
      if (first < 0 || Math.abs(i - j) < second - first) [first, second] = i < j ? [i, j] : [j, i];
    }
  }
  return first < 0 ? null : [first, second];
}

/**
 * Whether, on one side, the two parties stand in a relation that reads the same both ways, so that exchanging them
 * changes no role: joined as a list's items ("Blinken and Aliyev", "Secretary Blinken and President Aliyev", "between
 * Armenia and Azerbaijan", "Armenia, Azerbaijan", "Blinken as well as Aliyev", "Blinken, like Aliyev,": LIST_JOINERS),
 * or the first the clause's subject and the second its companion ("Blinken spoke with Aliyev", "Blinken spoke to
 * Aliyev" with a verb of talking, "Блинкен встретился с Алиевым", "Բլինքենը հանդիպեց Ալիևի հետ") or the object of a
 * reciprocal verb (roles.ts RECIPROCAL: "Blinken met Aliyev"). Read at the two parties' nearest mentions. CLOSELY
 * where nothing else can stand between the two: a list, a reciprocal verb, or a companion with at most one content
 * word, the verb, between the parties ("Blinken spoke with Aliyev"); RELATED for a companion further off ("…complained
 * … during his conversation with Blinken", where "with" may belong to a noun); else UNRELATED.
 */
export function relatedBothWays(reading: PairReading, side: Side, x: number, y: number): Relation {
  const nearest = nearestMentions(side, x, y);
  if (!nearest) return UNRELATED;
  const [first, second] = nearest;
  const gap = (t: number) => side.text.slice(side.ends[t - 1], side.starts[t]);
  const nameWord = (t: number) => side.capital[t] === 1 || namesParty(side.forms[t]) || reading.info[side.lexemes[t]].pronoun;
  // A list: the first party's name phrase, glue (coordinators, articles, list punctuation, LIST_JOINERS), the second's
  // name phrase, in one sentence.
  // (A name phrase only around a party that is a name: "praised Aliyev and thanked" lists no verbs.)
  let k = first + 1;
  while (k < second && nameWord(first) && nameWord(k)) k++;
  let end = second - 1;
  while (end >= k && nameWord(second) && nameWord(end)) end--;
  let listed = true;
  let joined = k > end;
  let byWord = false;
  let between = "";
  for (let t = k; t <= end; t++) {
    if (COORDINATORS.has(side.forms[t])) byWord = true;
    else if (!isGlue(side.forms[t])) between += (between ? " " : "") + side.forms[t];
  }
  if (between) listed = byWord = LIST_JOINERS.has(between);
  joined ||= byWord;
  // Joined by a word ("and", "as well as"), and in one case where the words show it: closely. By punctuation only
  // ("Blinken, Aliyev", which may be a clause break: "According to Blinken, Aliyev…"): related.
  const shapeFirst = caseShape(side.forms[first], reading.language);
  const shapeSecond = caseShape(side.forms[second], reading.language);
  // A party written as a possessive names someone else's ("Blinken and Aliyev's envoys", "met Aliyev's envoy").
  const possessive = isPossessive(side.forms[first]) || isPossessive(side.forms[second]);
  const closely = byWord && !possessive && (shapeFirst === 0 || shapeSecond === 0 || shapeFirst === shapeSecond);
  for (let t = first + 1; t <= second; t++) {
    if (endsSentenceBetween(side.text, side.ends[t - 1], side.starts[t])) listed = false;
    if (LIST_PUNCTUATION.test(gap(t))) joined = true;
  }
  if (listed && joined) return closely ? CLOSELY : RELATED;
  // The first party opens its clause: only function words, titles and names before it since the last clause break.
  for (let t = first; t > 0 && !CLAUSE_BREAK.test(gap(t)); t--) {
    const before = t - 1;
    if (!(reading.stop.has(side.forms[before]) || nameWord(before))) return UNRELATED;
  }
  const content = (t: number) => !(reading.stop.has(side.forms[t]) || isModal(side.forms[t], reading.language) || nameWord(t));
  // The second party heads its phrase: no possessive, and no lower-case content word right after its name phrase
  // ("met Aliyev's envoy", "spoke with the Aliyev government" name someone else).
  let after = second + 1;
  while (after < side.forms.length && nameWord(after) && !CLAUSE_BREAK.test(gap(after))) after++;
  const heads = !possessive && !(after < side.forms.length && !CLAUSE_BREAK.test(gap(after)) && side.capital[after] === 0 && content(after) && !COMITATIVE_AFTER.has(side.forms[after]));
  /** How a companion between tokens first and `to` relates: closely with at most one content word (the verb) between. */
  const companion = (to: number): Relation => {
    let words = 0;
    for (let t = first + 1; t < to; t++) if (content(t)) words++;
    return words <= 1 && heads ? CLOSELY : RELATED;
  };
  // A companion: "with" (past the second's name phrase) before it, or "հետ" after it.
  let head = second - 1;
  while (head > first && (nameWord(head) || isGlue(side.forms[head]))) head--;
  if (head > first && COMITATIVE_BEFORE.has(side.forms[head])) return companion(head);
  // "to" after a verb of talking is a companion too ("spoke to Aliyev", "talked by phone to Aliyev").
  if (head > first && side.forms[head] === "to") for (let t = first + 1; t < head; t++) if (TALK_VERBS.has(side.forms[t])) return companion(head);
  let tail = second + 1;
  while (tail < side.forms.length && nameWord(tail) && !CLAUSE_BREAK.test(gap(tail))) tail++;
  if (tail < side.forms.length && !CLAUSE_BREAK.test(gap(tail)) && COMITATIVE_AFTER.has(side.forms[tail])) return companion(second);
  // A reciprocal verb, the only content word between them ("Blinken met Aliyev", "…will meet…").
  let verbs = 0;
  for (let t = first + 1; t < second; t++) {
    if (!content(t)) continue;
    if (!RECIPROCAL.has(side.forms[t])) return UNRELATED;
    verbs++;
  }
  return verbs !== 1 ? UNRELATED : heads ? CLOSELY : RELATED;
}

/** Whether a folded word is written as an English possessive ("aliyev's": the fold makes every apostrophe "'"). */
function isPossessive(form: string): boolean {
  return form.endsWith("'s");
}

/** How two parties relate on one side (relatedBothWays). */
type Relation = 0 | 1 | 2;

const UNRELATED = 0;

const RELATED = 1;

const CLOSELY = 2;

/**
 * Whether text[from, to) (UTF-16 offsets: the gap between two words) holds a sentence's end: a sentence-terminal mark
 * (lib/text/sentence-marks.ts: "Blinken. Aliyev", "Բլինքենին։ Ալիևը"), or Armenian's ":" typed for "։"
 * (armenian-stops.ts isArmenianColon).
 */
function endsSentenceBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isSentenceTerminal(text, k) || (text.charCodeAt(k) === 0x3a && isArmenianColon(text, k))) return true;
  return false;
}

/** Articles and the possessive "s" a tokenizer cuts off "Blinken's": what a name phrase may hold besides names. */
function isGlue(form: string): boolean {
  return form === "the" || form === "a" || form === "an" || form === "s";
}

/**
 * Whether the revision only put whole clauses in another order: "Blinken thanked Aliyev, and Aliyev thanked Blinken" →
 * "Aliyev thanked Blinken, and Blinken thanked Aliyev", or "Blinken thanked Aliyev, and Pashinyan thanked Mirzoyan" →
 * "Pashinyan thanked Mirzoyan, and Blinken thanked Aliyev", state the same acts. A side's clauses are its words cut at
 * a clause break (CLAUSE_BREAK) or a coordinator; each that holds x or y must hold two parties or more (a whole act,
 * not a list's item: "…thanked Aliyev and Pashinyan" → "Pashinyan and … thanked Aliyev" is no reordered clause), and
 * the two sides must hold the same such clauses, word for word (lexemes), in any order.
 */
export function clausesReordered(reading: PairReading, x: number, y: number): boolean {
  const clauses = (side: Side): string[] | null => {
    const found: string[] = [];
    let words: number[] = [];
    const close = (): boolean => {
      if (words.includes(x) || words.includes(y)) {
        let parties = 0;
        for (let k = 0; k < words.length; k++) if (reading.info[words[k]].party && words.indexOf(words[k]) === k) parties++;
        if (parties < 2) return false;
        found.push(words.join(" "));
      }
      words = [];
      return true;
    };
    for (let t = 0; t < side.lexemes.length; t++) {
      if (t > 0 && CLAUSE_BREAK.test(side.text.slice(side.ends[t - 1], side.starts[t])) && !close()) return null;
      if (COORDINATORS.has(side.forms[t])) {
        if (!close()) return null;
      } else words.push(side.lexemes[t]);
    }
    return close() ? found.sort() : null;
  };
  const inA = clauses(reading.a);
  const inB = clauses(reading.b);
  return inA !== null && inB !== null && inA.length > 1 && inA.join("|") === inB.join("|");
}

/**
 * Whether one side only tells the act with a converse verb and the source after "from" ("Aliyev received a call from
 * Blinken", "Blinken heard a complaint from Aliyev"; CONVERSE_VERBS), so that the parties stand in the other order
 * with the same roles ("Blinken called Aliyev"), as in a passive. Read at the two parties' nearest mentions: a
 * converse verb between them, and "from" right before the second one's name phrase.
 */
export function toldConversely(reading: PairReading, x: number, y: number): boolean {
  const conversely = (side: Side): boolean => {
    const nearest = nearestMentions(side, x, y);
    if (!nearest) return false;
    const [first, second] = nearest;
    let head = second - 1;
    while (head > first && (side.capital[head] === 1 || isGlue(side.forms[head]))) head--;
    if (head <= first || !SOURCE_BEFORE.has(side.forms[head])) return false;
    for (let t = first + 1; t < head; t++) if (CONVERSE_VERBS.has(side.forms[t])) return true;
    return false;
  };
  return conversely(reading.a) !== conversely(reading.b);
}

import { ABBREVIATED_TITLES } from "../abbreviated-titles";
import { colonIntroducesQuotation, endsWithMijaket, isArmenianColon, writesArmenianFullStops } from "../armenian-stops";
import { isSentenceTerminal, SENTENCE_TERMINALS, terminalBefore } from "../../text/sentence-marks";
import { isLineBreak, LINE_BREAK_CLASS } from "../../text/line-breaks";
import { wrapsAtLineBreak } from "../hard-wraps";
import type { Quotation } from "../quotation-marks";
import type { QuoteSpeaker as CheckedSpeaker } from "../types";
import { type Antecedent, agreeingAntecedent, Mentions } from "./antecedents";
import { type DescriptionLanguage, ENGLISH_TITLE_HEADS, isTitleOnly, nameAfterTitle, resolveDescription, splitTitledName, type TitledName, titledNames, trailingName } from "./descriptions";
import { type Gender, pronounGender, russianVerbGender, titleGender } from "./gender";
import { genderedMentions, namedMentions } from "./gendered-mentions";
import { isJoinedSubjectBefore, isJointSubject, joinsPeople } from "./joint-subjects";
import { NAME_OPENERS_EN } from "./name-openers";
import { russianGenitiveSpeaker, russianNominativeSubject } from "./russian-subject";
import { sameGivenNames, surname } from "./same-person";
import { ADVERBS_EN, ADVERBS_HY, ADVERBS_RU, CALLED_BEFORE_EN, CLAUSE_VERBS_EN, CLAUSE_VERBS_HY, CLAUSE_VERBS_RU, IRREGULAR_PAST_EN, isPluralVerb, PAST_HY, VERBS_EN, VERBS_HY, VERBS_RU } from "./reporting-verbs";

/**
 * A quotation's speaker as the text names it (statements are matched later, by speakerSide). `reportedBy`: the party
 * the text says reports the speaker's words ("Blinken noted that “…,” the State Department said"; "The State Department
 * said Blinken noted that “…”"): its statements are the speaker's side too (routing.ts). Not part of the output.
 */
export type QuoteSpeaker = Omit<CheckedSpeaker, "statementIds"> & { reportedBy?: string };

/**
 * Who said each quotation, where the text says so. Patterns, tried in this order (English reporting style; source:
 * issue 10 and the AP/Reuters convention of "quote," attribution):
 *   “…,” Jane Roe said / “…,” Jane Roe, the spokeswoman, said      → said_after
 *   “…,” said Jane Roe / “…,” added Roe / … added the official       → said_after / added
 *   “…,” she said                                                   → pronoun (the last named speaker of its gender)
 *   “…,” the Secretary said / The Azerbaijani leader said “…”        → said_after / said_before, by title (below)
 *   Roe said (that) … “…” / She warned … “…”                        → said_before / pronoun
 *   according to Roe, … “…”                                         → according_to
 *   a quotation with none of these, in a sentence whose later quotation has one, shares it
 *   otherwise the statement's own speaker field                      → statement_speaker
 * A pronoun resolves to the last named speaker before it, or else the last person named as a subject — the nearest
 * whose gender agrees with it, as the text (a title, an honorific, a Russian past tense) or the given-name lexicon
 * tells it, and not the person its verb is addressed to ("he told Blinken"); when none agrees, to nobody
 * (antecedents.ts, gender.ts; session 17). A speaker's name is the person's name without the title words before it
 * ("Secretary of State Antony Blinken" → "Antony Blinken"; descriptions.ts nameAfterTitle). A description ("the
 * Secretary", "the U.S. official", a name of title words only: "The President said") is no anaphor: it names the one
 * person the text introduces with those title words (descriptions.ts), or nobody — the speaker is then unknown (null,
 * not the statement's speaker field), and so is a pronoun that follows it (tester 89 F2: a wrong speaker gives a wrong
 * verdict, an unknown one a wider search). So does an attribution to someone the text does not name (tester T1, session 16): an indefinite one ("“…,”
 * a spokesman said", "an aide to Aliyev said"), a possessive ("said Blinken’s spokesman"), a plural ("— заявили
 * президент и госсекретарь", "— հայտարարել են …"); none falls back to a speaker of the sentence before, and "X called
 * Y." is no saying. Reporting verbs in their tenses and the adverbs between speaker and verb: reporting-verbs.ts.
 * When a sentence names two — the person whose words they are next to the quotation, and the party that reports them
 * around it (“Blinken noted that “…,” the State Department said”; “The State Department said Blinken noted that “…””)
 * — the speaker is the nearer name, and the reporting party is kept as `reportedBy`.
 * The statement's language decides which patterns apply: English (above), Russian (Алиев заявил: «…»; «…», — сказал
 * Алиев; по словам Алиева; как сообщил Алиев) and Armenian (Ալիևը հայտարարել է. «…»; «…», — ասել է Ալիևը), each with
 * a title before the name or in its place («…», — спросил президент Азербайджана Ильхам Алиев; — ասել է
 * պետքարտուղարը; tester 89 F4). In any
 * other language attribution is not attempted: every quotation has no speaker (not even the statement's speaker field,
 * which would claim the text names nobody else), so it is checked against every statement.
 */

const VERBS = VERBS_EN;
// Up to two adverbs or auxiliaries between a speaker and the verb ("Blinken later asked", "Miller has also said").
const ADVERBS = `(?:(?:${ADVERBS_EN})\\s+){0,2}`;
// Abbreviations written before a name ("Lt. Col. Jones", "Mr. Roe"): the civil and military titles, and honorifics.
const NAME_ABBREVIATIONS = [...ABBREVIATED_TITLES, ..."mr mrs ms messrs dr prof st rev hon jr sr".split(" ")]
  .map((abbreviation) => abbreviation[0].toUpperCase() + abbreviation.slice(1))
  .join("|");
// Capitalised words that are never part of a name after a full stop: pronouns and sentence-opening words (an initial
// "A." or "I." is followed by its dot, so it still continues a name).
const NOT_NAME_PARTS = "He|She|They|It|We|I|You|The|A|An|This|That|These|Those|In|On|At|But|And|So|Speaking|According|Meanwhile|However|Later|Earlier";
const NAME_WORD = "[A-Z][\\p{L}’'.-]*";
const NAME_PART = `(?:${NAME_WORD}|de|van|von|al-[\\p{L}]+)`;
// A word ending in a full stop ends a sentence, and the name, unless it is an initial ("J."), an initialism of capitals
// ("U.S.") or an abbreviated title ("Lt.", "Col.", "Mr."); and even then when a pronoun or a sentence-opening word follows
// ("… the U.S. He said"). So "on Monday. He said" names nobody called "Monday He" (tester 57).
const AFTER_ABBREVIATION = `(?<=(?<![\\p{L}’'.-])(?:[A-Z]|(?:[A-Z]\\.)+[A-Z]|${NAME_ABBREVIATIONS})\\.)`;
// "of", "for", "to" (and "the") inside a title before a name: "Secretary of State Antony Blinken", "Minister of Foreign
// Affairs Jeyhun Bayramov", "Assistant to the President Hikmet Hajiyev" (after a capitalised title head only: "Rubio
// of Florida" is no title; descriptions.ts nameAfterTitle then keeps the name alone).
// The lookahead first: it fails at once after most words, before the lookbehind reads its long alternation.
const TITLE_CONNECTOR = `(?=\\s+(?:of|for|to)\\s)(?<=(?<![\\p{L}’'.-])(?:${ENGLISH_TITLE_HEADS.map((head) => head[0].toUpperCase() + head.slice(1)).join("|")}))\\s+(?:of|for|to)(?:\\s+the)?\\s+(?=[A-Z])`;
const NAME = `${NAME_WORD}(?:(?<!\\.)\\s+${NAME_PART}|${AFTER_ABBREVIATION}\\s+(?!(?:${NOT_NAME_PARTS})(?![\\p{L}.’'-]))${NAME_PART}|${TITLE_CONNECTOR}${NAME_WORD})*`;
// A description: "the", up to four words, and a head noun in either case ("the U.S. official", "the Secretary"), with an
// "of" or "for" after it ("the Secretary of State").
const DESCRIPTION_HEADS = (
  "official spokesman spokeswoman spokesperson diplomat minister secretary undersecretary envoy ambassador president " +
  "premier chancellor adviser advisor representative leader aide counterpart negotiator source statement readout " +
  "ministry office department embassy government presidency"
)
  .split(" ")
  .map((head) => `[${head[0]}${head[0].toUpperCase()}]${head.slice(1)}`)
  .join("|");
const DESCRIPTION = `[Tt]he\\s+(?:[\\p{L}.’'-]+\\s+){0,4}?(?:${DESCRIPTION_HEADS})(?![\\p{L}’'-])(?:\\s+(?:of|for)\\s+[\\p{L}.’'-]+(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.’'-]*){0,2})?`;
const PRONOUN = "he|she|they|He|She|They";
const CLOSING = /[”"»’」』]/u;

// An apposition between a speaker and the verb: "Miller, the State Department spokesman, said".
const APPOSITION = `(?:\\s*,\\s*[^,“”"]{1,80}?\\s*,)?`;
const AFTER_NAME_VERB = new RegExp(`^\\s*,?\\s*(${NAME}|${DESCRIPTION}|${PRONOUN})${APPOSITION}\\s+${ADVERBS}(${VERBS})\\b`, "u");
const AFTER_VERB_NAME = new RegExp(`^\\s*,?\\s*${ADVERBS}(${VERBS})\\s+(${NAME}|${DESCRIPTION})`, "u");
// The subject of the last clause of saying before the quotation (reporting-verbs.ts CLAUSE_VERBS_EN: a later one takes it).
const BEFORE_SUBJECT_VERB = new RegExp(`(?:^|[\\s,;(])(${NAME}|${DESCRIPTION}|${PRONOUN})${APPOSITION}\\s+${ADVERBS}(${VERBS}|${CALLED_BEFORE_EN})\\b(?![^“”"]*\\b(?:${CLAUSE_VERBS_EN})\\b)`, "gu");
// The phrase after "according to": up to a comma, a quotation mark or a full stop that ends the sentence, not the dot
// of an initialism, an initial or an abbreviated title ("according to Lt. Col. Quist").
const ACCORDING_PHRASE = `((?:[^,.“”"]|\\.(?=\\S)|(?<=(?<![\\p{L}’'-])(?:[A-Z]|${NAME_ABBREVIATIONS}))\\.)+)`;
const ACCORDING_TO = new RegExp(`according\\s+to\\s+${ACCORDING_PHRASE}`, "iu");
// A reporting party around a named speaker: “…,” the State Department said (after); The State Department said X … (before).
const REPORTER_AFTER = new RegExp(`^\\s*,?\\s*((?:the\\s+)?${NAME})${APPOSITION}\\s+${ADVERBS}(?:${VERBS})\\b`, "u");
const REPORTER_BEFORE = new RegExp(`(?:^|[\\s,;(])(${NAME})${APPOSITION}\\s+${ADVERBS}(?:${VERBS})\\b`, "gu");
// Irregular past tenses that tell what a person did ("Aliyev spoke with Blinken", "Roe met the envoy").
const IRREGULAR_PAST = IRREGULAR_PAST_EN;
// A person named as a sentence's subject: a name followed by a past-tense or reporting verb ("O’Brien condemned").
// A description as subject ("The official warned") is one too: a pronoun after it is that person, not an earlier one.
const NAMED_SUBJECT = new RegExp(`(${NAME}|${DESCRIPTION})\\s+${ADVERBS}(?:[a-z]+ed|${VERBS}|${IRREGULAR_PAST})\\b`, "gu");
// Attribution sits next to its quotation: look this far before and after it (UTF-16 units), so that a 1 MB text
// with thousands of quotations stays linear.
const BEFORE_WINDOW = 400;
const AFTER_WINDOW = 240;
const ANTECEDENT_WINDOW = 2000;
// Words the name pattern may catch before a name, never part of it (name-openers.ts: "As Aliyev", "Monday Aliyev"), and
// "U.S." standing alone.
const NOT_NAMES = new Set(Array.from(NAME_OPENERS_EN).concat(["U.S."]));

function isPronoun(word: string): boolean {
  return /^(he|she|they)$/iu.test(word);
}

function isDescription(word: string): boolean {
  return /^the\s/iu.test(word);
}

// The head nouns of a body's name: after "the", a name of capitals ending in one is the body's own name ("the State
// Department", "the Harbour Office"), not a description to resolve.
const BODY_NAME = /^the\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,5}(?:Ministry|Department|Office|Embassy|Government|Presidency|Administration|Service|Agency))$/u;

/**
 * The attribution a speaker phrase of the English patterns gives: a pronoun (an anaphor), a body's name ("the State
 * Department" → "State Department"), a description ("the U.S. official", or a name of title words only: "The
 * Secretary", "Prime Minister") to resolve by title, or a name without the title words before it ("Secretary of State
 * Antony Blinken" → "Antony Blinken": personName). With the gender its words state (gender.ts: "she", "Spokeswoman
 * Jane Doe"), for the pronoun rule.
 */
function englishSpeaker(phrase: string, basis: QuoteSpeaker["basis"]): RawAttribution | null {
  if (isPronoun(phrase)) return { name: phrase, basis: "pronoun", anaphor: true, gender: pronounGender(phrase) };
  const gender = titleGender(phrase);
  if (isDescription(phrase)) {
    const body = BODY_NAME.exec(phrase);
    if (body) return { name: body[1], basis, anaphor: false, body: true };
    // "asked the Secretary of State Antony Blinken": the name after the title is the speaker's.
    const named = trailingName(phrase);
    return named ? { name: named, basis, anaphor: false, gender } : { name: phrase, basis, anaphor: false, description: true, gender };
  }
  const clean = cleanName(phrase);
  if (!clean) return null;
  if (isTitleOnly(clean, "en")) return { name: clean, basis, anaphor: false, description: true, gender };
  const name = nameAfterTitle(clean);
  // Title words and no office, and no name ("State Department", "Azerbaijan"): a body or a country.
  return name === null ? { name: clean, basis, anaphor: false, body: true } : { name, basis, anaphor: false, gender };
}

/**
 * A name phrase as a speaker's name: cleanName, and a capitalised one without the title words before the name
 * (nameAfterTitle); a common noun phrase ("the coastal ministry") as it is.
 */
function personName(phrase: string): string | null {
  const clean = cleanName(phrase);
  return clean === null || !/^\p{Lu}/u.test(clean) ? clean : (nameAfterTitle(clean) ?? clean);
}

/**
 * The speaker of "according to …": a description or body ("the State Department", "the Secretary of State Antony
 * Blinken" → its name), a name without its title ("Secretary of State Antony Blinken" → "Antony Blinken"), or the
 * phrase as written (a common noun phrase: "the coastal ministry").
 */
function accordingTo(phrase: string): RawAttribution {
  const trimmed = phrase.trim();
  // "according to him": a pronoun, resolved as "he said" is (session 18, tester T5 E: "him" was taken for a name).
  const pronoun = OBJECT_PRONOUNS_EN.exec(trimmed);
  if (pronoun) return { name: trimmed, basis: "pronoun", anaphor: true, gender: pronounGender(OBJECT_PRONOUN_SUBJECTS[pronoun[1].toLowerCase()]) };
  // "according to Aliyev and Pashinyan": two people's words, no one speaker's (joint-subjects.ts; tester T5 B).
  if (joinsPeople(trimmed)) return nobody(trimmed, "according_to");
  const gender = titleGender(trimmed);
  // "according to Aliyev’s adviser": the name is the owner's, and the speaker one the text does not name (tester T4
  // F13); "according to Aliyev’s adviser Hikmet Hajiyev": the name after the possessive's title is the speaker's.
  const owned = POSSESSIVE_THEN.exec(trimmed);
  if (owned) {
    const bearer = OWNED_TITLE_THEN_NAME.exec(owned[1]);
    return bearer ? { name: bearer[1], basis: "according_to", anaphor: false, gender } : nobody(trimmed, "according_to");
  }
  if (isDescription(trimmed)) return { name: trailingName(trimmed) ?? trimmed, basis: "according_to", anaphor: false, gender };
  return { name: (/^\p{Lu}/u.test(trimmed) ? personName(trimmed) : null) ?? trimmed, basis: "according_to", anaphor: false, gender };
}

// The object pronouns "according to" takes, and the subject pronoun each stands for (gender.ts pronounGender).
const OBJECT_PRONOUNS_EN = /^(him|her|them)$/iu;
const OBJECT_PRONOUN_SUBJECTS: Readonly<Record<string, string>> = { him: "he", her: "she", them: "they" };

// A possessive and what it owns: "Aliyev’s adviser", "President Aliyev’s foreign policy adviser Hikmet Hajiyev".
const POSSESSIVE_THEN = /^(?:the\s+)?[\p{L}.’'\s-]*?\p{Lu}[\p{L}.-]*[’']s\s+(.+)$/u;
// What the possessive owns, when it is a title in lower case and then a name of two words or more: the bearer's name.
const OWNED_TITLE_THEN_NAME = /^(?:[\p{Ll}-]+\s+){1,4},?\s*(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)+)$/u;

/** Strips a leading title-less article word the name pattern may have caught at a sentence start ("Speaking … O’Brien"). */
function cleanName(name: string): string | null {
  const words = name.split(/\s+/u).filter((word) => !NOT_NAMES.has(word));
  // A full stop after a lower-case letter ends the sentence ("added Miller."); "U.S." keeps its dots.
  return words.length ? words.join(" ").replace(/[’']s$/u, "").replace(/(?<=\p{Ll})\.$/u, "") : null;
}

/**
 * Start of the sentence holding `index` (UTF-16 offsets): after the last sentence break (SENTENCE_BREAK_PATTERN, with
 * Armenian's marks as armenian-stops.ts reads them: a ":" typed for "։" ends a sentence unless it introduces a quotation,
 * a mijaket "." does not) in the BEFORE_WINDOW units before it. A break's look at the next sentence's first character
 * reads only text before `index`, so a break right before it is not seen: a quotation that opens a sentence ("Aliyev
 * said a lot. “…”", "Ալիևը հայտարարել է։ «…»") reads the sentence before it for its speaker, in every language — the
 * mark before an opening quote is where writers put the colon that introduces it, and Armenian types the verjaket and
 * the colon alike (":") and the mijaket as a full stop ("."). Any break further back bounds it. `armenianStops`: whether
 * the text ends sentences the Armenian way (writesArmenianFullStops), asked only after an Armenian word's dot.
 */
export function sentenceStart(text: string, index: number, armenianStops: () => boolean = () => writesArmenianFullStops(text)): number {
  const from = Math.max(0, index - BEFORE_WINDOW);
  const before = text.slice(from, index);
  let end = 0;
  // A colon that introduces a quotation set on a line of its own ("Blinken said:\n“…”", "Алиев заявил:\n\n«…»"): the
  // line breaks between them bound nothing, or the sentence that names the speaker is lost (session 17, helper H2).
  const introduced = colonIntroducesNextLine(text, before, from, index);
  // Every break begins with a stop or a line break, so the expression is tried only there (a global search tried it at
  // each of the window's characters: most of the speaker finder's time). The latest end over all those places is the
  // end of the last break a left-to-right search finds: a break can only overlap a later place by its white space, so
  // a later place inside a break is a line break that ends within it.
  for (let at = 0; at < before.length; at++) {
    const code = before.charCodeAt(at);
    let match: RegExpExecArray | null = null;
    if (code === 0x3a) {
      if (!isArmenianColon(text, from + at)) continue;
      ARMENIAN_COLON_BREAK.lastIndex = at;
      match = ARMENIAN_COLON_BREAK.exec(before);
      if (match && colonIntroducesQuotation(text, from + at + match[0].length)) continue;
    } else {
      if (at >= introduced) continue;
      if (!isLineBreak(code) && !isSentenceTerminal(before, at)) continue;
      // A hard wrap bounds nothing ("Blinken\nsaid, “…”"; hard-wraps.ts, the segmenter's rule).
      if (isLineBreak(code) && wrapsAtLineBreak(text, from + at, armenianStops, attributionAt)) continue;
      if (endsWithMijaket(text, from + at + 1) && armenianStops()) continue;
      SENTENCE_BREAK.lastIndex = at;
      match = SENTENCE_BREAK.exec(before);
    }
    if (match && at + match[0].length > end) end = at + match[0].length;
  }
  return from + end;
}

const OPENING_MARK = /[\p{Pi}"«„「『]/u;

/**
 * Where the white space before `index` starts (an offset into `before`, text[from, index)) when that white space holds a
 * line break, a colon ends the text before it, and an opening quotation mark stands at `index`: the colon introduces the
 * quotation on the next line. A ":" that Armenian types for its full stop "։" introduces it only where
 * armenian-stops.ts colonIntroducesQuotation says so. `before.length` (nothing skipped) otherwise.
 */
function colonIntroducesNextLine(text: string, before: string, from: number, index: number): number {
  if (!OPENING_MARK.test(text[index] ?? "")) return before.length;
  let start = before.length;
  let lineBreak = false;
  while (start > 0 && /\s/u.test(before[start - 1])) {
    start--;
    if (isLineBreak(before.charCodeAt(start))) lineBreak = true;
  }
  if (!lineBreak || start === 0 || before[start - 1] !== ":") return before.length;
  const colon = from + start - 1;
  return !isArmenianColon(text, colon) || colonIntroducesQuotation(text, index) ? start : before.length;
}

// A stop that ends a sentence: a sentence-terminal mark (lib/text/sentence-marks.ts: ". ! ? …", the Armenian "։", the
// CJK "。") after a lower-case letter, digit or bracket, or after a closing quote that follows one (Russian and Armenian
// write the stop after the guillemet: "«…». Он", "«…»։ Նա"); a full stop not after an abbreviated title ("Col. Jones").
const SENTENCE_STOP = `(?<=[\\p{Ll}\\d)][”"’»]?)(?:(?<!(?<![\\p{L}’'.-])(?:${NAME_ABBREVIATIONS}))\\.|(?!\\.)[${SENTENCE_TERMINALS}])`;

/**
 * A sentence break: a stop (SENTENCE_STOP), then space before a capital or opening mark, or a stop inside a closing mark
 * after a lower-case letter, digit or bracket, then space; or a line break. Exported for tests (sentenceStart reads it
 * sticky, and sets Armenian's ":" and mijaket apart).
 */
export const SENTENCE_BREAK_PATTERN = `${SENTENCE_STOP}[”"’»]?\\s+(?=[“"«\\p{Lu}])|(?<=[\\p{Ll}\\d)])[${SENTENCE_TERMINALS}][”"’»]\\s+|[${LINE_BREAK_CLASS}]`;
const SENTENCE_BREAK = new RegExp(SENTENCE_BREAK_PATTERN, "uy");
// What follows a sentence's end: space before a capital or opening mark, or only space to the text's end.
const NEXT_SENTENCE = /\s+(?=[“"«\p{Lu}])|\s*$/uy;
// After a quotation's closing mark: a name (or a description, "the Secretary") and an English reporting verb, the
// quotation's attribution ("” Blinken asked", "” the Secretary said"); not a pronoun, which opens the next sentence
// as readily ("” She warned that …").
const ATTRIBUTION_NEXT = new RegExp(`\\s+(?:(?!(?:${NOT_NAME_PARTS})\\s)${NAME}|[Tt]he\\s+\\p{Lu}[\\p{L}’'-]*)\\s+(?:${VERBS})\\b`, "uy");
// After a "?", "!" or "…", which leave the writer no comma, an apposition or adverbs may come between as well ("?”
// Miller, the State Department spokesman, said"; "?” Blinken later asked"; tester 89 F3, F5). Not after a full stop:
// "“… latest.” Mendel, a harbour pilot, said the channel …" is the next sentence.
// A name (not a pronoun or an opener) or a description, as an attribution's subject.
const ATTRIBUTION_SUBJECT = `(?:(?!(?:${NOT_NAME_PARTS})\\s)${NAME}|${DESCRIPTION})`;
// That subject, an apposition, adverbs and a reporting verb ("Miller, the State Department spokesman, later said").
const SUBJECT_THEN_VERB = `${ATTRIBUTION_SUBJECT}${APPOSITION}\\s+${ADVERBS}(?:${VERBS})`;
const ATTRIBUTION_NEXT_WIDE = new RegExp(`\\s+${SUBJECT_THEN_VERB}\\b`, "uy");
// The break at a ":" armenian-stops.ts isArmenianColon reads as typed for "։": space, then a capital or opening mark.
const ARMENIAN_COLON_BREAK = /:\s+(?=[“"«\p{Lu}])/uy;
// A sentence's end: a stop (SENTENCE_STOP), or a ":" kept only where Armenian types it for "։", before space and a
// capital or opening mark, or the window's end; or a line break.
const SENTENCE_END = new RegExp(`(?:${SENTENCE_STOP}|:)[”"’»]?(?=\\s+[“"«\\p{Lu}]|\\s*$)|[${LINE_BREAK_CLASS}]`, "gu");

/** End of the sentence holding `index` (exclusive; UTF-16), by the breaks sentenceStart reads; `armenianStops` as there. */
function sentenceEnd(text: string, index: number, armenianStops: () => boolean): number {
  // Abbreviations ("U.S. State") do not end a sentence: the stop must follow a lower-case letter, digit or bracket.
  const window = text.slice(index, index + AFTER_WINDOW);
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(window); match; match = SENTENCE_END.exec(window)) {
    const stop = index + match.index;
    let next = stop + match[0].length;
    while (next < text.length && /\s/u.test(text[next])) next++;
    // A hard wrap ends nothing (hard-wraps.ts, the segmenter's rule: "“…,”\nBlinken said.", "…remains under\nstrain"),
    // with spaces or a CRLF's CR before the break too ("“…,” \r\nBlinken said.").
    const wrap = isLineBreak(text.charCodeAt(stop)) && wrapsAtLineBreak(text, stop, armenianStops, attributionAt);
    const ends = text.charCodeAt(stop) === 0x3a ? isArmenianColon(text, stop) && !colonIntroducesQuotation(text, next) : !wrap && !(endsWithMijaket(text, stop + 1) && armenianStops());
    if (ends) return stop + match[0].length;
    SENTENCE_END.lastIndex = match.index + 1;
  }
  return index + window.length;
}

// After a quoted question or exclamation, the attribution that keeps it in its sentence ("“…?” Blinken asked", "“…!”
// said the Secretary", "“…?” he asked"): a name or description, maybe with an apposition, then adverbs and a reporting
// verb; or adverbs, the verb, then a name or description; or a lower-case pronoun and the verb (a capital "He" may open
// the next sentence); or a common noun phrase in lower case ("a journalist asked", "reporters asked"). It must end the
// sentence, or go on only with a participle's clause ("…, adding that …"): a verb with an object or a clause of its
// own ("Blinken said the ban would be lifted", "asked Pashinyan to wait") opens a sentence that states something else
// (tester T2 #4).
const ATTRIBUTION_AFTER_MARK = new RegExp(
  `\\s+(?:${SUBJECT_THEN_VERB}|${ADVERBS}(?:${VERBS})\\s+${ATTRIBUTION_SUBJECT}|(?:he|she|they|we|I)\\s+${ADVERBS}(?:${VERBS})|(?:(?:[Tt]he|[Aa]n?|[Oo]ne)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+\\s+${ADVERBS}(?:${VERBS}))(?![\\p{L}’'-])(?=\\s*(?:[.!?…]|,\\s+\\p{Ll}+ing(?![\\p{L}])|$))`,
  "uy",
);

/**
 * Whether the quotation closing at `close` (UTF-16 offset just after its closing mark) ends in a question mark,
 * exclamation mark or ellipsis inside the mark and an English attribution follows (ATTRIBUTION_AFTER_MARK): then the
 * mark ends no sentence, though UAX #29 breaks after every "?" and "!" (rule SB11), and the segmenter keeps the
 * attribution with the quotation (segment.ts): a sentence "Blinken said." alone would pair with any other statement's
 * "Blinken said …". Pure.
 */
export function attributionAfterMark(text: string, close: number): boolean {
  // The segmenter reads its text with every quotation mark written "'" (lib/text/fold typographyForSegmentation).
  if (close < 2 || !(CLOSING.test(text[close - 1]) || text[close - 1] === "'")) return false;
  // An ellipsis typed as three dots ("Enough...”) ends no sentence before its attribution either.
  const mark = text[close - 2];
  if (mark !== "?" && mark !== "!" && mark !== "…" && !(mark === "." && text.startsWith("...", close - 4))) return false;
  return attributionAt(text, close);
}

/**
 * Whether white space at `at` (a UTF-16 offset, just after a quotation's closing mark) and then an attribution that
 * ends its sentence follow (ATTRIBUTION_AFTER_MARK, or its Russian counterpart). Pure.
 */
export function attributionAt(text: string, at: number): boolean {
  ATTRIBUTION_AFTER_MARK.lastIndex = at;
  if (ATTRIBUTION_AFTER_MARK.test(text)) return true;
  ATTRIBUTION_AFTER_MARK_RU.lastIndex = at;
  return ATTRIBUTION_AFTER_MARK_RU.test(text);
}

/** Whether a name (or description) and a reporting verb right after a closing mark at `close` (UTF-16) attribute the quotation. */
function attributionNext(text: string, close: number): boolean {
  ATTRIBUTION_NEXT.lastIndex = close;
  if (ATTRIBUTION_NEXT.test(text)) return true;
  const fullStop = text[close - 2] === "." && text[close - 3] !== ".";
  ATTRIBUTION_NEXT_WIDE.lastIndex = close;
  return !fullStop && ATTRIBUTION_NEXT_WIDE.test(text);
}

/** Position just after the quotation's closing mark (or its last fragment when no mark is found nearby). */
function closingMarkEnd(text: string, end: number): number {
  for (let i = end; i < Math.min(text.length, end + 4); i++) if (CLOSING.test(text[i])) return i + 1;
  return end;
}

/**
 * The name before a comma in a speaker field, without the title words before it (descriptions.ts nameAfterTitle):
 * "Jane Roe, spokeswoman" → "Jane Roe", "Secretary of State Antony Blinken" → "Antony Blinken".
 */
export function speakerFieldName(speaker: string | null | undefined): string | null {
  const name = speaker?.split(",")[0].trim();
  return name ? (nameAfterTitle(name) ?? name) : null;
}

interface RawAttribution {
  name: string;
  basis: QuoteSpeaker["basis"];
  /** Resolved later to the last named speaker before it (a pronoun). */
  anaphor: boolean;
  /** Resolved later by its title words to the one person the text introduces with them, or to nobody (descriptions.ts). */
  description?: boolean;
  /** The party that reports the speaker's words, when the sentence names one as well. */
  reportedBy?: string;
  /** The gender the phrase states (gender.ts: a pronoun, title words, a Russian verb), for the pronoun rule. */
  gender?: Gender | null;
  /** A body or a country ("the State Department", "Azerbaijan"): no "he" or "she" refers to it. */
  body?: boolean;
  /** A pronoun's: the person its verb is addressed to ("he told Blinken"), who is not the one the pronoun refers to. */
  addressee?: string;
  /**
   * The text attributes the quotation to someone it does not name: an indefinite or possessive description ("a
   * spokesman said", "said Blinken’s spokesman"), a plural ("заявили", "հայտարարել են"), a speaker the patterns do
   * not read. Nobody: not a speaker named before the quotation, nor the statement's speaker field (tester T1).
   */
  nobody?: boolean;
}

/** An attribution to someone the text does not name (RawAttribution.nobody); a description, for englishAttribution's rules. */
function nobody(phrase: string, basis: QuoteSpeaker["basis"]): RawAttribution {
  return { name: phrase, basis, anaphor: false, description: true, nobody: true };
}

// An English attribution after a quotation closed with a comma, "?" or "!" that the patterns of fromAfter do not read:
// up to six words and a reporting verb ("a spokesman said", "an aide to Aliyev said", "officials said", "Aliyev’s
// office said"), or the verb first ("said a spokesman"). Not a clause that goes on ("” and added …").
const UNREAD_AFTER = new RegExp(
  `^\\s*,?\\s*(?:(?!(?:and|but|or|as|while|when|which|who|that|so|then|before|after|if|because|in|on|at)\\s)(?:[^\\s.!?,;:“”"«»]+\\s+){1,6}?${ADVERBS}(?:${VERBS})|${ADVERBS}(?:${VERBS})\\s+\\p{L})(?![\\p{L}’'-])`,
  "u",
);

const AFTER_ACCORDING_TO = new RegExp(`^\\s*,?\\s*according\\s+to\\s+${ACCORDING_PHRASE}`, "iu");

// A reporting clause inside the attribution: "“…,” Aliyev said Blinken (had) told him", "… said that the Secretary
// had told him": the words are another's, as the attribution's speaker reports them (tester T2, session 16).
const INNER_REPORT = new RegExp(`^\\s*,?\\s*(?:that\\s+)?(?:${NAME}|${DESCRIPTION}|${PRONOUN})${APPOSITION}\\s+${ADVERBS}(?:${VERBS})(?![\\p{L}’'-])`, "u");

/** `attributive`: the quotation closes with a comma, "?" or "!", or a comma follows it: an attribution may follow. */
function fromAfter(after: string, attributive: boolean): RawAttribution | null {
  const according = AFTER_ACCORDING_TO.exec(after);
  if (according) return accordingTo(according[1]);
  const verbName = AFTER_VERB_NAME.exec(after);
  if (verbName) {
    const basis = /^add/u.test(verbName[1]) ? "added" : "said_after";
    // "said Aliyev’s foreign minister": the name is the owner's, not the speaker's.
    if (/[’']s$/u.test(verbName[2])) return nobody(verbName[2], basis);
    // "said Aliyev and Pashinyan": two people's words, no one speaker's.
    if (isJointSubject("", after.slice(verbName[0].length))) return nobody(verbName[2], basis);
    return englishSpeaker(verbName[2], basis);
  }
  const nameVerb = AFTER_NAME_VERB.exec(after);
  if (nameVerb) {
    const basis = /^add/u.test(nameVerb[2]) ? "added" : "said_after";
    // "“…,” Aliyev said Blinken told him": whose words they are, the text does not settle; unknown.
    if (INNER_REPORT.test(after.slice(nameVerb[0].length))) return nobody(after.trim(), basis);
    return withAddressee(englishSpeaker(nameVerb[1], basis), after.slice(nameVerb[0].length));
  }
  const unread = attributive || /^\s*,/u.test(after) ? UNREAD_AFTER.exec(after) : null;
  if (unread) return nobody(unread[0].replace(/^\s*,?\s*/u, ""), "said_after");
  return null;
}

// The person a verb of saying is addressed to, right after it: "he told Blinken", "she told the Secretary".
const ADDRESSEE = new RegExp(`^\\s+(${NAME}|${DESCRIPTION})`, "u");

/** A pronoun's attribution with the person its verb is addressed to (`rest`: the text after the verb), who is not the speaker. */
function withAddressee(speaker: RawAttribution | null, rest: string): RawAttribution | null {
  if (!speaker?.anaphor) return speaker;
  const object = ADDRESSEE.exec(rest);
  return object ? { ...speaker, addressee: object[1] } : speaker;
}

function fromBefore(before: string): RawAttribution | null {
  const according = ACCORDING_TO.exec(before);
  let last: RegExpExecArray | null = null;
  for (const match of before.matchAll(BEFORE_SUBJECT_VERB)) last = match;
  // "Aliyev and Pashinyan said: “…”": two people's words, no one speaker's.
  if (last && isJointSubject(before.slice(0, last.index + last[0].indexOf(last[1])), "")) return nobody(last[1], "said_before");
  if (last) {
    const name = last[1];
    const speaker = englishSpeaker(name, "said_before");
    if (speaker?.anaphor) return withAddressee(speaker, before.slice(last.index + last[0].length));
    if (speaker?.description) return speaker;
    const clean = speaker?.name ?? null;
    if (clean) {
      // An earlier subject of a reporting verb, or an "according to", is the party that reports the speaker's words.
      let reporter: string | null = null;
      for (const match of before.slice(0, last.index).matchAll(REPORTER_BEFORE)) reporter = personName(match[1]) ?? reporter;
      if (!reporter && according && according.index < last.index) reporter = accordingTo(according[1]).name;
      return { ...speaker, name: clean, basis: "said_before", anaphor: false, ...(reporter && reporter !== clean ? { reportedBy: reporter } : {}) };
    }
  }
  if (according) return accordingTo(according[1]);
  return null;
}

/** The party named after the quotation as saying it, when a speaker named before it is the nearer ("… the State Department said"). */
function reporterAfter(after: string): string | null {
  const match = REPORTER_AFTER.exec(after);
  return match ? personName(match[1].replace(/^the\s+/iu, "")) : null;
}

/** English attribution (the patterns of the comment at the top). */
function englishAttribution(after: string, before: string, attributive: boolean): RawAttribution | null {
  const fromText = fromAfter(after, attributive);
  const preceding = fromBefore(before);
  // “X noted that “…,” Y said”: the quoted words are X's; Y reports them. A description after them names no one the
  // words could be taken from instead (“X noted that “…,” the official said”).
  if (preceding && preceding.basis === "said_before" && !preceding.description && fromText?.description && BEFORE_CLAUSE.test(before)) return preceding;
  if (preceding && preceding.basis === "said_before" && !preceding.description && (!fromText || (!fromText.anaphor && !fromText.description))) {
    const reporter = fromText ? personName(fromText.name) : reporterAfter(after);
    if (reporter && reporter !== preceding.name && /^\s*,?\s*(?:(?:the\s+)?\p{Lu}|said|added)/u.test(after) && BEFORE_CLAUSE.test(before)) {
      return { ...preceding, reportedBy: reporter };
    }
  }
  return fromText ?? preceding;
}
// The speaker named before a quotation introduces it in the same clause: "X noted that “…”", "X said “…”".
const BEFORE_CLAUSE = new RegExp(`(?:${VERBS})(?:\\s+that)?\\s*[:,]?\\s*$`, "u");

// Russian: Алиев заявил: «…» / Алиев заявил, что «…»; «…», — сказал Алиев / «…», — Алиев сказал; по словам Алиева, «…»;
// как сообщил Алиев, «…»; он (она) сказал(а) → pronoun. Reporting verbs and the adverbs between: reporting-verbs.ts.
const NAME_RU = "\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3}";
const PRONOUN_RU = "он|она|они|Он|Она|Они";
const END_RU = "(?![\\p{L}\\p{N}])";
// A dash before a Russian or Armenian attribution, as typed: the em dash, the en dash, a hyphen-minus, a figure dash, a
// horizontal bar (hard-wraps.ts DASH_LOWER_START reads the same after a line break; session 18, tester T5 D).
const DASH = "[—–‒―-]";
const ADVERBS_RU_BETWEEN = `(?:(?:${ADVERBS_RU})\\s+){0,2}`;
// Title words in lower case before a name or in its place ("президент Азербайджана Ильхам Алиев", "госсекретарь",
// "министр иностранных дел", "азербайджанский лидер"): a wide net, which descriptions.ts splitTitledName reads word by word.
const TITLE_WORD_RU = `(?:(?:президент|премьер|министр|госсекретар|секретар|пресс-секретар|глав|посол|посл|представител|спикер|канцлер|советник|вице-президент|генсек|заместител|помощник|лидер|дипломат|чиновник|иностранн|дел|оборон|государственн|национальн|безопасност|внешн|официальн)\\p{Ll}*|\\p{Ll}+ск(?:ий|ая|ое|ие|ого|ой|ому|им|их|ую))${END_RU}`;
const SUBJECT_RU = `(?:${TITLE_WORD_RU}\\s+){0,4}${NAME_RU}|(?:${TITLE_WORD_RU}\\s+){0,3}${TITLE_WORD_RU}`;
// A Russian attribution after a quoted question or exclamation written without the dash ("«…?» Пашинян спросил."):
// a name or title and a verb of saying that end the sentence (ATTRIBUTION_AFTER_MARK's Russian counterpart).
const ATTRIBUTION_AFTER_MARK_RU = new RegExp(`\\s+(?:${SUBJECT_RU})\\s+${ADVERBS_RU_BETWEEN}(?:${VERBS_RU})${END_RU}(?=\\s*(?:[.!?…]|$))`, "uy");
const AFTER_VERB_NAME_RU = new RegExp(`^\\s*,?\\s*(?:${DASH}\\s*)?${ADVERBS_RU_BETWEEN}(${VERBS_RU})${END_RU}\\s+${ADVERBS_RU_BETWEEN}(${PRONOUN_RU}|${SUBJECT_RU})${END_RU}`, "u");
const AFTER_NAME_VERB_RU = new RegExp(`^\\s*,?\\s*(?:${DASH}\\s*)?(${PRONOUN_RU}|${SUBJECT_RU})\\s+${ADVERBS_RU_BETWEEN}(${VERBS_RU})${END_RU}`, "u");
const BEFORE_SUBJECT_VERB_RU = new RegExp(
  `(?:^|[\\s,;(—])(${PRONOUN_RU}|${SUBJECT_RU})\\s+${ADVERBS_RU_BETWEEN}(${VERBS_RU})${END_RU}(?![^«»“”„"]*(?<![\\p{L}])(?:${CLAUSE_VERBS_RU})${END_RU})`,
  "gu",
);
// "по его (её, их) словам": the possessive pronoun in the place of the genitive name, and the pronoun each stands for.
const ACCORDING_TO_PRONOUN_RU = /(?<![\p{L}\p{N}])[Пп]о\s+(его|её|ее|их)\s+словам(?![\p{L}\p{N}])/u;
const POSSESSIVE_PRONOUN_SUBJECTS_RU: Readonly<Record<string, string>> = { его: "он", её: "она", ее: "она", их: "они" };
const ACCORDING_TO_RU = new RegExp(`(?:[Пп]о\\s+словам|[Кк]ак\\s+(?:${VERBS_RU}))\\s+(${SUBJECT_RU})`, "u");
// A person named as a sentence's subject, for a pronoun: a name before a past-tense verb ("Алиев встретился", "Алиев заявил").
// The verb is captured: its past tense tells the subject's gender (gender.ts russianVerbGender).
const NAMED_SUBJECT_RU = new RegExp(`(${SUBJECT_RU})\\s+${ADVERBS_RU_BETWEEN}(\\p{Ll}+(?:л|ла|ли|лся|лась|лись))${END_RU}`, "gu");
// Capitalised words that open a Russian sentence or a title before a name, never a name themselves.
const NOT_NAMES_RU = new Set("Он Она Они Это Как По В На И Но А Также Глава Президент Министр Госсекретарь Премьер-министр Посол Представитель Пресс-секретарь Спикер".split(" "));

// Armenian: Ալիևը հայտարարել է. «…» / … է, որ «…»; «…», — ասել է Ալիևը / — Ալիևը ասել է; նա (he, she) → pronoun; a
// title and the country before the name or in its place ("— ասել է ԱՄՆ պետքարտուղար Էնթոնի Բլինքենը", "— ասել է
// Ադրբեջանի նախագահը"). Reporting verbs and the adverbs between: reporting-verbs.ts.
const TITLE_WORD_HY = "(?:նախագահ|վարչապետ|պետքարտուղար|արտգործնախարար|նախարար|խոսնակ|դեսպան|ներկայացուցիչ|փոխնախագահ|քարտուղար|բանագնաց|կանցլեր|խորհրդական|տեղակալ|օգնական|ղեկավար|առաջնորդ|պաշտոնյա|դիվանագետ|մամուլի|արտաքին|գործերի|պետական)\\p{Ll}*";
const SUBJECT_WORD_HY = `(?:${TITLE_WORD_HY}|\\p{Lu}[\\p{L}’'-]*)`;
const SUBJECT_HY = `${SUBJECT_WORD_HY}(?:\\s+${SUBJECT_WORD_HY}){0,4}`;
const PRONOUN_HY = "նա|Նա";
const ADVERBS_HY_BETWEEN = `(?:(?:${ADVERBS_HY})\\s+){0,2}`;
const AFTER_VERB_NAME_HY = new RegExp(`^\\s*,?\\s*(?:${DASH}\\s*)?${ADVERBS_HY_BETWEEN}(${VERBS_HY})${END_RU}\\s+${ADVERBS_HY_BETWEEN}(${PRONOUN_HY}|${SUBJECT_HY})${END_RU}`, "u");
const AFTER_NAME_VERB_HY = new RegExp(`^\\s*,?\\s*(?:${DASH}\\s*)?(${PRONOUN_HY}|${SUBJECT_HY})\\s+${ADVERBS_HY_BETWEEN}(${VERBS_HY})${END_RU}`, "u");
const BEFORE_SUBJECT_VERB_HY = new RegExp(
  `(?:^|[\\s,;(—])(${PRONOUN_HY}|${SUBJECT_HY})\\s+${ADVERBS_HY_BETWEEN}(${VERBS_HY})${END_RU}(?![^«»“”„"]*(?<![\\p{L}])(?:${CLAUSE_VERBS_HY})${END_RU})`,
  "gu",
);
// A person named as a sentence's subject, for a pronoun, before any verb in the past, as in English and Russian: a
// reporting verb, or the perfect (participle in -ել/-ալ with է/էր: "խոսել է", "հանդիպել էր") or the aorist (-եց, -աց,
// -ավ: "խոսեց", "հանդիպեց", "եկավ") of the third person singular (Dum-Tragut 2009, Armenian: Modern Eastern Armenian,
// the perfect and the aorist; tester T4 F5). A plural ("են", "-ին") names no one "նա" refers to.
const NAMED_SUBJECT_HY = new RegExp(`(${SUBJECT_HY})\\s+${ADVERBS_HY_BETWEEN}(?:${VERBS_HY}|${PAST_HY})${END_RU}`, "gu");

/** A Russian or Armenian name as the text has it, without a title or a definite article (Ալիևը → Ալիև). */
function cleanLocalName(name: string): string | null {
  const words = name.split(/\s+/u).filter((word) => !NOT_NAMES_RU.has(word));
  return words.length ? words.join(" ").replace(/(?<=\p{L}{2})ը$/u, "") : null;
}

function isLocalPronoun(word: string): boolean {
  return /^(?:он|она|они|նա)$/iu.test(word);
}

/**
 * The attribution a Russian or Armenian speaker phrase gives: a pronoun, a name without the title and country before
 * it, or a description when title words stand in the name's place (descriptions.ts splitTitledName). With the gender
 * the pronoun, the title words or the Russian past-tense `verb` of the phrase state (gender.ts), for the pronoun rule.
 */
function localSpeaker(phrase: string, basis: QuoteSpeaker["basis"], language: DescriptionLanguage, verb = ""): RawAttribution | null {
  const verbGender = language === "ru" ? russianVerbGender(verb) : null;
  if (isLocalPronoun(phrase)) return { name: phrase, basis: "pronoun", anaphor: true, gender: pronounGender(phrase) ?? verbGender };
  // Only a nominative is the speaker: a dative or genitive beside the verb is another person (russian-subject.ts).
  const subject = language === "ru" ? russianNominativeSubject(phrase) : phrase;
  if (subject === null) return nobody(phrase, basis);
  const split = splitTitledName(subject, language);
  if (!split) return null;
  const gender = titleGender(subject) ?? verbGender;
  if ("description" in split) return { name: split.description, basis, anaphor: false, description: true, gender };
  const clean = cleanLocalName(split.name);
  return clean ? { name: clean, basis, anaphor: false, gender } : null;
}

/** Attribution in a language with verb-and-name patterns (Russian, Armenian): after the quotation first, then before. */
function localAttribution(after: string, before: string, patterns: LocalPatterns): RawAttribution | null {
  const afterMatch = patterns.afterVerbName.exec(after);
  const nameVerb = afterMatch ? null : patterns.afterNameVerb.exec(after);
  const afterName = afterMatch ? afterMatch[2] : nameVerb?.[1];
  if (afterName) {
    const verb = afterMatch ? afterMatch[1] : (nameVerb?.[2] ?? "");
    const basis = /^(?:добав|ավելաց|հավել)/u.test(verb) ? "added" : "said_after";
    // "— заявили президент и госсекретарь", "— հայտարարել են …": several speakers, or an office's staff.
    if (isPluralVerb(verb, patterns.language)) return nobody(afterName, basis);
    // "— сказал Алиев и Пашинян": two people, no one speaker (a joint subject; joint-subjects.ts).
    if (afterMatch && isJointSubject("", after.slice(afterMatch[0].length))) return nobody(afterName, basis);
    const speaker = localSpeaker(afterName, basis, patterns.language, verb);
    if (speaker) return speaker;
  }
  // A reporting verb right after the quotation whose speaker is not read ("— заявили в МИД", "— ответил ему …"):
  // someone the text does not name, not a speaker of the sentence before.
  if (patterns.verbAfter.test(after)) return nobody(after.trim(), "said_after");
  let last: RegExpExecArray | null = null;
  for (const match of before.matchAll(patterns.beforeSubjectVerb)) last = match;
  if (last && (isPluralVerb(last[2] ?? "", patterns.language) || isJointSubject(before.slice(0, last.index + last[0].indexOf(last[1])), ""))) return nobody(last[1], "said_before");
  if (last) {
    const speaker = localSpeaker(last[1], "said_before", patterns.language, last[2] ?? "");
    if (speaker) return speaker;
  }
  // "по его словам", "по её словам": a pronoun, resolved as "сказал он" is (session 18, tester T5 E).
  const possessive = patterns.language === "ru" ? ACCORDING_TO_PRONOUN_RU.exec(before) : null;
  if (possessive) return { name: possessive[1], basis: "pronoun", anaphor: true, gender: pronounGender(POSSESSIVE_PRONOUN_SUBJECTS_RU[possessive[1].toLowerCase()] ?? "") };
  const according = patterns.accordingTo?.exec(before);
  if (according) {
    // "по словам Алиева и Пашиняна": two people's words, no one speaker's (joint-subjects.ts; tester T5 B), read up to
    // the comma or quotation mark that ends the phrase.
    const rest = /^[^,;:«»“”„"]*/u.exec(before.slice(according.index + according[0].length))![0];
    if (joinsPeople(according[1] + rest)) return nobody(according[1] + rest, "according_to");
    // "по словам" takes the genitive: "по словам Марии Захаровой" is Мария Захарова's (russian-subject.ts).
    const phrase = /^по\s+словам/iu.test(according[0]) ? russianGenitiveSpeaker(according[1]) : according[1];
    if (phrase === null) return nobody(according[1], "according_to");
    const speaker = localSpeaker(phrase, "according_to", patterns.language);
    if (speaker && !speaker.anaphor) return speaker;
  }
  return null;
}

interface LocalPatterns {
  language: DescriptionLanguage;
  afterVerbName: RegExp;
  afterNameVerb: RegExp;
  beforeSubjectVerb: RegExp;
  /** A reporting verb right after the quotation (after its dash). */
  verbAfter: RegExp;
  accordingTo?: RegExp;
  namedSubject: RegExp;
}

const RUSSIAN: LocalPatterns = {
  language: "ru",
  afterVerbName: AFTER_VERB_NAME_RU,
  afterNameVerb: AFTER_NAME_VERB_RU,
  beforeSubjectVerb: BEFORE_SUBJECT_VERB_RU,
  verbAfter: new RegExp(`^\\s*,?\\s*(?:${DASH}\\s*)?${ADVERBS_RU_BETWEEN}(?:${VERBS_RU})${END_RU}`, "u"),
  accordingTo: ACCORDING_TO_RU,
  namedSubject: NAMED_SUBJECT_RU,
};
const ARMENIAN: LocalPatterns = {
  language: "hy",
  afterVerbName: AFTER_VERB_NAME_HY,
  afterNameVerb: AFTER_NAME_VERB_HY,
  beforeSubjectVerb: BEFORE_SUBJECT_VERB_HY,
  verbAfter: new RegExp(`^\\s*,?\\s*(?:${DASH}\\s*)?${ADVERBS_HY_BETWEEN}(?:${VERBS_HY})${END_RU}`, "u"),
  namedSubject: NAMED_SUBJECT_HY,
};

interface Grammar {
  language: DescriptionLanguage;
  /** `attributive`: the quotation closes with a comma, "?" or "!" (fromAfter). */
  attribute: (after: string, before: string, attributive: boolean) => RawAttribution | null;
  /**
   * The phrases (and their verbs) named as subjects in text[from, to), in the text's order: for a pronoun, those of
   * the ANTECEDENT_WINDOW before it, the last person among them the one it refers to unless their gender disagrees
   * (antecedents.ts); all the text's, for what it says of each person.
   */
  namedSubjects: (text: string, from: number, to: number) => SubjectPhrase[];
  /** The person (or description) a subject phrase names, or null (a pronoun, no name): read lazily, nearest first. */
  subject: (phrase: SubjectPhrase) => RawAttribution | null;
  /** A name as a speaker's name: without a sentence-opening word or an article. */
  clean: (name: string) => string | null;
}

function primaryLanguage(language: string | null | undefined): string {
  return (language?.trim() || "en").toLowerCase().split(/[-_]/u)[0];
}

/** The attribution patterns of a statement's language (its primary subtag: "ru-RU" is Russian), or null: none known. */
function grammarOf(language: string | null | undefined): Grammar | null {
  const primary = primaryLanguage(language);
  if (primary === "en") {
    return { language: "en", attribute: englishAttribution, namedSubjects: (text, from, to) => subjectPhrases(text, from, to, NAMED_SUBJECT), subject: englishSubject, clean: cleanName };
  }
  const patterns = primary === "ru" ? RUSSIAN : primary === "hy" ? ARMENIAN : null;
  if (!patterns) return null;
  return {
    language: patterns.language,
    attribute: (after, before) => localAttribution(after, before, patterns),
    namedSubjects: (text, from, to) => subjectPhrases(text, from, to, patterns.namedSubject),
    subject: ({ phrase, verb, joint }) => {
      const speaker = localSpeaker(phrase, "pronoun", patterns.language, verb);
      if (!speaker || speaker.anaphor) return null;
      return joint && !speaker.body ? nobody(phrase, "pronoun") : speaker;
    },
    clean: cleanLocalName,
  };
}

/** The speaking verbs of a language, and the adverbs that may come between speaker and verb, for reportsSpeech. */
function verbsOf(language: string | null | undefined): { verbs: string; adverbs: string } {
  const primary = primaryLanguage(language);
  if (primary === "ru") return { verbs: VERBS_RU, adverbs: ADVERBS_RU_BETWEEN };
  if (primary === "hy") return { verbs: VERBS_HY, adverbs: ADVERBS_HY_BETWEEN };
  return { verbs: VERBS, adverbs: ADVERBS };
}

/** A phrase named as a sentence's subject, and its verb (a Russian past tense tells the subject's gender). */
interface SubjectPhrase {
  phrase: string;
  verb: string;
  /**
   * The phrase is the last of two or more people joined as one subject ("Blinken and Aliyev discussed", "Блинкен и
   * Алиев обсудили": joint-subjects.ts isJointSubject): no one person a pronoun can refer to, so the pronoun after it
   * names nobody (session 18, tester T6 F2) — as a joint subject beside a quotation does (tester T4 F4).
   */
  joint: boolean;
}

/**
 * The phrases a language's named-subject pattern (NAMED_SUBJECT: group 1 the subject, at the match's start; group 2
 * the verb where it has one) finds in text[from, to) (UTF-16 offsets), in the text's order (Grammar.namedSubjects);
 * each marked `joint` when a conjunction joins it to a name before it (joint-subjects.ts isJoinedSubjectBefore, read over
 * JOINED_LOOKBACK units).
 */
function subjectPhrases(text: string, from: number, to: number, pattern: RegExp): SubjectPhrase[] {
  const found: SubjectPhrase[] = [];
  for (const match of text.slice(from, to).matchAll(pattern)) {
    const start = from + match.index;
    found.push({ phrase: match[1], verb: match[2] ?? "", joint: isJoinedSubjectBefore(text.slice(Math.max(0, start - JOINED_LOOKBACK), start)) });
  }
  return found;
}

// How far before a subject phrase a conjunction and the name it joins are read ("Secretary of State Antony Blinken and ").
const JOINED_LOOKBACK = 120;

/**
 * The person named as a subject, or a description there ("The official warned"), for a pronoun; null for a pronoun;
 * nobody for a person joined to another as one subject (SubjectPhrase.joint). Bodies stay bodies: "Armenia and
 * Azerbaijan agreed" is no person a pronoun could mean.
 */
function englishSubject({ phrase, joint }: SubjectPhrase): RawAttribution | null {
  const speaker = englishSpeaker(phrase, "pronoun");
  if (!speaker || speaker.anaphor) return null;
  return joint && !speaker.body ? nobody(phrase, "pronoun") : speaker;
}

/**
 * The text as the speaker finder reads it (same length, same UTF-16 offsets): every line break that lies inside a
 * sentence — a hard wrap by the rule sentenceStart and sentenceEnd read (hard-wraps.ts wrapsAtLineBreak, the
 * segmenter's rule) — written as a space, one for each UTF-16 unit (a CRLF as two spaces), so that an attribution
 * wrapped over two lines ("According\nto Aliyev, “…”", "По\nсловам Пашиняна, «…»", "Secretary\nof State Antony
 * Blinken said") reads as on one line, and the name patterns, written with spaces, see its names whole (session 18,
 * tester T5 A). A line break that ends a sentence or a paragraph is kept. `armenianStops`: as sentenceStart's. The text
 * itself when it has no line break. Pure.
 */
export function unwrappedText(text: string, armenianStops: () => boolean = () => writesArmenianFullStops(text)): string {
  if (!LINE_BREAK_ANYWHERE.test(text)) return text;
  let out = "";
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    if (!isLineBreak(text.charCodeAt(at))) continue;
    // A run of line breaks and the white space between them is read once: the rule gives each of its breaks one answer.
    let end = at + 1;
    while (end < text.length && /\s/u.test(text[end])) end++;
    if (wrapsAtLineBreak(text, at, armenianStops, attributionAt)) {
      out += text.slice(from, at);
      for (let k = at; k < end; k++) out += isLineBreak(text.charCodeAt(k)) ? " " : text[k];
      from = end;
    }
    at = end - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const LINE_BREAK_ANYWHERE = new RegExp(`[${LINE_BREAK_CLASS}]`, "u");

/**
 * Attributes each quotation of a text (`written`, as the statement has it; read with its hard wraps as spaces:
 * unwrappedText) to its speaker, or null when neither the text nor `statementSpeaker` (the
 * statement's speaker field) names one, or when the text names the speaker by a description that fits no one person
 * or several (and a pronoun after such a quotation: the speaker is unknown, and the statement's speaker field is not
 * taken for it). `partyNames`: the names of the statement's party, whose words the speaker field's person has for a
 * description ("the U.S. official" in a statement of the "U.S. Department of State"). Offsets are UTF-16, as in
 * `Quotation`. Pure; never throws.
 */
export function attributeQuotations(
  written: string,
  quotations: readonly Quotation[],
  statementSpeaker: string | null = null,
  language: string | null = "en",
  partyNames: readonly string[] = [],
): (QuoteSpeaker | null)[] {
  const grammar = grammarOf(language);
  // No patterns for this language: attribution is not attempted, and nothing claims it was.
  if (!grammar) return quotations.map(() => null);
  // Whether the text ends sentences the Armenian way (armenian-stops.ts): asked once, and only after an Armenian word's dot.
  let armenianStopsKnown: boolean | undefined;
  const armenianStops = () => (armenianStopsKnown ??= writesArmenianFullStops(written));
  // Every pattern reads the text with its hard wraps written as spaces: "According\nto Aliyev", "По\nсловам Пашиняна".
  const text = unwrappedText(written, armenianStops);
  const spans = quotations.map((quotation) => {
    const first = quotation.fragments[0];
    const last = quotation.fragments[quotation.fragments.length - 1];
    const open = Math.max(0, first.start - 1);
    const close = closingMarkEnd(text, last.end);
    // “… make peace.” He warned …: a stop inside the closing mark ends the sentence there, when the next one starts
    // after it as any sentence does; “… ready?” he asked / “… see…” he said: the sentence goes on to its attribution.
    // A name and a reporting verb after the mark are the attribution, not the next sentence (“… resume?” Blinken asked;
    // tester 88 F5; with an apposition or an adverb between, tester 89 F3, F5).
    NEXT_SENTENCE.lastIndex = close;
    const endsSentence = close >= 2 && CLOSING.test(text[close - 1]) && terminalBefore(text, close - 1) && NEXT_SENTENCE.test(text) && !attributionNext(text, close);
    return { open, close, sentenceFrom: sentenceStart(text, open, armenianStops), sentenceTo: endsSentence ? close : sentenceEnd(text, close, armenianStops) };
  });
  const raw: (RawAttribution | null)[] = spans.map(({ open, close, sentenceFrom, sentenceTo }) =>
    grammar.attribute(text.slice(close, sentenceTo), text.slice(Math.max(sentenceFrom, open - BEFORE_WINDOW), open), close >= 2 && /[,?!]/u.test(text[close - 2])),
  );
  // A quotation the text does not attribute shares a later quotation's attribution in the same sentence.
  for (let q = 0; q < raw.length; q++) {
    if (raw[q]) continue;
    for (let later = q + 1; later < raw.length && spans[later].sentenceFrom === spans[q].sentenceFrom; later++) {
      if (raw[later]) {
        raw[q] = raw[later];
        break;
      }
    }
  }
  // The people the text (and the speaker field) introduces with titles: read once, when a description first asks.
  let titled: TitledName[] | undefined;
  const nameOf = (attribution: RawAttribution, previous: string | null): string | null => {
    if (attribution.nobody) return null;
    if (!attribution.description) return (grammar.language === "en" ? personName(attribution.name) : cleanName(attribution.name)) ?? attribution.name;
    titled ??= titledNames(text, statementSpeaker, grammar.language, partyNames);
    const name = resolveDescription(attribution.name, titled, grammar.language, previous);
    return name === null ? null : grammar.clean(name);
  };
  const fallback = speakerFieldName(statementSpeaker);
  const resolved: (QuoteSpeaker | null)[] = [];
  let lastSpeaker: string | null = null;
  // The gender the text stated where the last speaker was named (title words, a pronoun, a Russian verb).
  let lastGender: Gender | null = null;
  // Every speaker resolved so far with that gender: what the text says of each person, for the pronoun rule.
  const spoken = new Mentions();
  // What the text says of each person's gender beyond the speakers (genderedAntecedent's `far`): read once, when asked.
  let textMentions: Mentions[] | undefined;
  // The last quotation's speaker was a description that named no one: a pronoun after it is that unknown person.
  let lastUnknown = false;
  // The gender stated of that unknown person ("she said" left unresolved, "the spokeswoman"): a pronoun of the other
  // gender is not them, and is resolved as if no unknown came between.
  let lastUnknownGender: Gender | null = null;
  /**
   * The person a pronoun of a stated gender refers to (antecedents.ts agreeingAntecedent): the last speaker, else the
   * people named as subjects before it (nearest first), else the speaker field's person; the first of them whose
   * gender agrees, as the text and the given-name lexicon tell it from every mention of them (the speakers before, the
   * people the text introduces with titles), and not the person the pronoun's verb is addressed to ("he told
   * Blinken"). `unknown`: none agrees, or the one that does is a description that names no one.
   */
  const genderedAntecedent = (gender: Gender, q: number, addressee: string | undefined): { name: string | null; unknown: boolean } => {
    // Read only when the last speaker does not agree: the pattern's search of the window is the costly part.
    let phrasesRead: SubjectPhrase[] | undefined;
    const phrasesOf = () => (phrasesRead ??= grammar.namedSubjects(text, Math.max(0, spans[q].open - ANTECEDENT_WINDOW), spans[q].open));
    if (!lastSpeaker && !phrasesOf().length && !fallback) return { name: null, unknown: false };
    // The people named as subjects, read as the search reaches them, nearest first (most pronouns stop at the first).
    const subjectOf = grammar.subject;
    function* candidates(): Generator<Antecedent> {
      if (lastSpeaker) yield { name: lastSpeaker, stated: lastGender };
      let any = false;
      const phrases = phrasesOf();
      for (let k = phrases.length - 1; k >= 0; k--) {
        const subject = subjectOf(phrases[k]);
        if (!subject) continue;
        any = true;
        yield { name: nameOf(subject, null), stated: subject.gender ?? null, body: subject.body };
      }
      if (!lastSpeaker && !any && fallback) yield { name: fallback, stated: titleGender(statementSpeaker ?? "") };
    }
    // What the rest of the text says of each person: the people it introduces with titles, and those it names as
    // subjects anywhere (read once for the text, when a pronoun first asks).
    const far = (): Mentions[] => {
      titled ??= titledNames(text, statementSpeaker, grammar.language, partyNames);
      textMentions ??= [
        new Mentions(titled.filter((entry) => !entry.organisation).map((entry) => ({ name: entry.name, stated: titleGender(entry.offices.concat(entry.generals).join(" ")) }))),
        new Mentions(
          grammar.namedSubjects(text, 0, text.length).map((phrase) => {
            const subject = grammar.subject(phrase);
            return { name: subject && !subject.description && !subject.nobody ? subject.name : null, stated: subject?.gender ?? null };
          }),
        ),
      ];
      return textMentions;
    };
    // "“…,” he told Blinken": whoever "he" is, not Blinken.
    const hearer = addressee ? englishSpeaker(addressee, "pronoun") : null;
    const hearerName = hearer && !hearer.anaphor ? nameOf(hearer, null) : null;
    // The people the text before names with a gendered title, or in full with a name that tells the gender, objects
    // too: rivals to a nearer person of unknown gender (gendered-mentions.ts).
    const rivals = () => {
      const before = text.slice(Math.max(0, spans[q].open - ANTECEDENT_WINDOW), spans[q].open);
      return genderedMentions(before).concat(namedMentions(before));
    };
    const chosen = agreeingAntecedent(gender, candidates(), spoken, far, hearerName === null ? [] : [hearerName], rivals);
    const name = chosen === null ? null : chosen.name;
    return { name, unknown: name === null };
  };
  raw.forEach((attribution, q) => {
    let speaker: QuoteSpeaker | null = null;
    let unknown = false;
    let stated: Gender | null = attribution?.gender ?? null;
    if (attribution && !attribution.anaphor) {
      const name = nameOf(attribution, lastUnknown ? null : lastSpeaker);
      if (name === null) unknown = true;
      else {
        speaker = { name, basis: attribution.basis };
        if (attribution.reportedBy) speaker.reportedBy = attribution.reportedBy;
      }
    } else if (attribution && stated !== null && (!lastUnknown || (lastUnknownGender !== null && lastUnknownGender !== stated))) {
      // "she said", "— сказала она": never a person the text gives the other gender (gender.ts).
      const found = genderedAntecedent(stated, q, attribution.addressee);
      unknown = found.unknown;
      if (found.name) speaker = { name: found.name, basis: "pronoun" };
    } else if (attribution) {
      let antecedent: string | null = lastUnknown ? null : lastSpeaker;
      unknown = lastUnknown;
      if (!antecedent && !unknown) {
        const phrases = grammar.namedSubjects(text, Math.max(0, spans[q].open - ANTECEDENT_WINDOW), spans[q].open);
        let subject: RawAttribution | null = null;
        for (let k = phrases.length - 1; k >= 0 && !subject; k--) subject = grammar.subject(phrases[k]);
        antecedent = subject ? nameOf(subject, null) : fallback;
        unknown = subject !== null && antecedent === null;
      }
      // "they": what the text stated of the person before stays theirs.
      if (antecedent) {
        speaker = { name: antecedent, basis: "pronoun" };
        if (antecedent === lastSpeaker) stated = lastGender;
      }
    }
    if (!speaker && fallback && !unknown) speaker = { name: fallback, basis: "statement_speaker" };
    // A pronoun refers to the last speaker named in the text, so remember the last one resolved.
    if (speaker && speaker.basis !== "statement_speaker") {
      lastSpeaker = speaker.name;
      lastGender = stated;
      spoken.add({ name: speaker.name, stated });
      lastUnknown = false;
    } else if (unknown) {
      lastUnknown = true;
      lastUnknownGender = stated;
    }
    resolved.push(speaker);
  });
  return resolved;
}

export interface SpeakerCandidate {
  speaker?: string | null;
  partyNames?: readonly string[];
  party: string;
  /** The statement's text and whether it is a party's own (primary) statement, to find a speaker it reports. */
  text?: string;
  primary?: boolean;
  /** The statement's language: which speaking verbs tell what the speaker said (default English). */
  language?: string | null;
}

/** Whether a text tells what the person of this surname said ("Aliyev said that …", "Roe also stressed"), as a readout of its principal does. */
function reportsSpeech(text: string, name: string, language: string | null = "en"): boolean {
  const words = name.replace(/[’']s\b/gu, "").split(/\s+/u).filter(Boolean);
  const last = words[words.length - 1];
  if (!last || !/^\p{Lu}\p{L}/u.test(last)) return false;
  const escaped = last.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const { verbs, adverbs } = verbsOf(language);
  return new RegExp(`(?<![\\p{L}’'-])${escaped}\\s+${adverbs}(?:${verbs})(?![\\p{L}\\p{N}])`, "u").test(text);
}

/**
 * Indexes of the statements that are the speaker's own: whose speaker field names the same person (same surname, and
 * the same given names where both give them: sameGivenNames),
 * or whose party goes by the speaker's name (either contains the other, case-insensitively: "Azerbaijani media" in
 * "President of Azerbaijan (via Azerbaijani media)"). Failing both, the party's own statements (not `quoting`, the
 * statement that quotes) that tell what the speaker said ("Aliyev said that …": the readout of the speaker's office),
 * when they are all one party's. Then every statement of those statements' parties (the side).
 */
export function speakerSide(name: string, statements: readonly SpeakerCandidate[], quoting = -1): { own: number[]; side: number[] } {
  const wanted = surname(name);
  const lower = name.toLocaleLowerCase("en");
  const own: number[] = [];
  statements.forEach((statement, i) => {
    const field = speakerFieldName(statement.speaker);
    const bySpeaker = field !== null && wanted.length > 1 && surname(field) === wanted && sameGivenNames(field, name);
    const byParty = (statement.partyNames ?? []).some((partyName) => {
      const party = partyName.toLocaleLowerCase("en");
      return lower.length > 3 && (party.includes(lower) || (party.length > 3 && lower.includes(party)));
    });
    if (bySpeaker || byParty) own.push(i);
  });
  if (own.length === 0) {
    const reporting = statements.map((_, i) => i).filter((i) => i !== quoting && statements[i].primary !== false && statements[i].text !== undefined && reportsSpeech(statements[i].text!, name, statements[i].language ?? "en"));
    if (new Set(reporting.map((i) => statements[i].party)).size === 1) for (const i of reporting) own.push(i);
  }
  const parties = new Set(own.map((i) => statements[i].party));
  const side = statements.map((_, i) => i).filter((i) => parties.has(statements[i].party));
  return { own, side };
}

import { MONTHS, WEEKDAYS } from "./gazetteer";
import { isDemonym, isTitle, placeKeyOf } from "./name-lexicon";
import { PRONOUN_WORDS, SUBJECT_PRONOUN_WORDS } from "./pronoun-cases";

/**
 * The parties a lead-in names, set aside, so that lead-ins.ts isLeadIn judges what the lead-in says besides them: a
 * lead-in is a frame whatever names it carries ("Secretary Blinken and President Aliyev discussed:", "Blinken told
 * Pashinyan the following:", "Госсекретарь США и Премьер-министр Армении обсудили следующее:"; helper C of session
 * 15: the names and their "and" read as a claim of the lead-in's own, so its row was "not reported" by every
 * statement that gave the items in prose).
 *
 * A party mention is a run of words that name or stand for people and bodies — a capitalised word (a name, a title, a
 * body: "Blinken", "Secretary", "State Department"; not in a text written all in capitals, where a capital says
 * nothing), a title or role in lower case ("the president", "his counterpart", "the two sides", "стороны",
 * "կողմերը"), a pronoun ("he", "they", "они", "նրանք") — joined by "and", "," or "&" (и, և, եւ, ու) and by "of", "the"
 * and determiners ("both", "two", "оба", "երկու"). A place or demonym ("U.S.", "Armenian", "Azerbaijan") is part of
 * a mention only beside a title in it ("U.S. Secretary", "President of Azerbaijan", "the Armenian side"): alone it is
 * a claim's matter, as are a capitalised word after a preposition of place, time or topic ("in Washington",
 * "в Вашингтоне", "on Nagorno-Karabakh"; an Armenian word in the locative case, "Վաշինգտոնում"), a month or weekday,
 * and a number. After the lead-in's first words, a join is no part of a mention when a subject pronoun follows it
 * ("…called Pashinyan and they discussed…": a clause of its own; "Blinken and he discussed" is one subject).
 *
 * `text`: one unit, trimmed. Returns it with each party mention replaced by "@" (one word); the rest as written. Pure.
 */
export function withoutParties(text: string): string {
  const inCapitals = !LOWER_CASE.test(text);
  const tokens: Token[] = [];
  let afterPreposition = false;
  for (const match of text.matchAll(TOKEN)) {
    const written = match[0];
    const word = written.replace(POSSESSIVE, "").replace(/’/gu, "'").toLowerCase();
    const capital = CAPITAL_FIRST.test(written);
    let kind: Kind = "other";
    if (JOINS.has(word)) kind = "join";
    else if (INNER.has(word)) kind = "inner";
    else if (PREPOSITIONS.has(word) || (capital && (afterPreposition || MONTH_OR_WEEKDAY.has(word) || ARMENIAN_LOCATIVE.test(word)))) kind = "other";
    else if (PRONOUNS.has(word)) kind = "name";
    else if (isRole(word) || (capital && isTitle(word))) kind = "title";
    else if (capital && (placeKeyOf(word.replace(/\.$/u, "")) !== null || isDemonym(word))) kind = "place";
    else if (capital && !inCapitals) kind = "name";
    // Capitalised words after a preposition of place, time or topic (past "the", "and") are its objects.
    if (kind === "other") afterPreposition = PREPOSITIONS.has(word) || (afterPreposition && capital);
    else if (kind !== "inner" && kind !== "join") afterPreposition = false;
    tokens.push({ start: match.index, end: match.index + written.length, kind, subject: SUBJECT_PRONOUN_WORDS.has(word) });
  }
  let result = "";
  let copied = 0;
  for (let k = 0; k < tokens.length; ) {
    if (tokens[k].kind === "other") {
      k++;
      continue;
    }
    // A run of mention words; past the lead-in's subject, a join before a subject pronoun ends it (the pronoun opens a
    // clause: "…called Pashinyan and they discussed"; "Blinken and he discussed" is one subject).
    let end = k + 1;
    while (end < tokens.length && tokens[end].kind !== "other" && !(k > 0 && tokens[end - 1].kind === "join" && tokens[end].subject)) end++;
    // Joins and connectors at either end are no part of the mention: "and discussed", "the following".
    let first = k;
    let last = end - 1;
    while (first <= last && (tokens[first].kind === "join" || tokens[first].kind === "inner")) first++;
    while (last >= first && (tokens[last].kind === "join" || tokens[last].kind === "inner")) last--;
    if (first <= last && isMention(tokens, first, last)) {
      result += text.slice(copied, tokens[first].start) + "@";
      copied = tokens[last].end;
    }
    k = end;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

type Kind = "name" | "title" | "place" | "join" | "inner" | "other";

interface Token {
  start: number;
  end: number;
  kind: Kind;
  /** A subject pronoun ("he", "they", "они"; pronoun-cases.ts SUBJECT_PRONOUN_WORDS): after "and" it opens a clause ("…and they discussed…"). */
  subject: boolean;
}

/**
 * Whether tokens[first..last] name parties: a name, title or pronoun, and a place or demonym only beside a title — next
 * to it, past inner words ("U.S. Secretary", "President of Azerbaijan", "the Armenian side"), not across a join: in "at
 * the request of Armenia, the sides" the place is the request's, a claim's matter, however near "the sides" stands.
 */
function isMention(tokens: readonly Token[], first: number, last: number): boolean {
  let party = false;
  for (let k = first; k <= last; k++) {
    const kind = tokens[k].kind;
    if (kind === "title" || kind === "name") party = true;
    else if (kind === "place" && !besideTitle(tokens, k, first, last)) return false;
  }
  return party;
}

/** Whether a title stands next to tokens[k] within [first, last], past inner words only. */
function besideTitle(tokens: readonly Token[], k: number, first: number, last: number): boolean {
  for (const step of [-1, 1]) {
    let at = k + step;
    while (at >= first && at <= last && (tokens[at].kind === "inner" || tokens[at].kind === "place")) at += step;
    if (at >= first && at <= last && tokens[at].kind === "title") return true;
  }
  return false;
}

/** A title or role in lower case or capitalised: English words by form, Russian and Armenian by stem. */
function isRole(word: string): boolean {
  return ROLES.has(word) || ROLE_STEM.test(word);
}

// A word: letters, marks and digits, with apostrophes, dots and hyphens inside ("O'Brien's", "U.S.", "Премьер-министр");
// or a comma or ampersand, which may join two parties.
const TOKEN = /[\p{L}\p{M}\p{Nd}][\p{L}\p{M}\p{Nd}'’.\-‐]*|[,&]/gu;
const POSSESSIVE = /['’]s?$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const LOWER_CASE = /\p{Ll}/u;
const MONTH_OR_WEEKDAY = new Set([...MONTHS, ...WEEKDAYS]);
// Armenian nouns take the locative case ending -ում ("in Washington": Վաշինգտոնում); a name of a party does not.
const ARMENIAN_LOCATIVE = /\p{Script=Armenian}ում$/u;

/** "and" in the covered languages, the comma and "&": they join two parties, or two clauses. */
const JOINS = new Set(["and", ",", "&", "и", "և", "եւ", "ու"]);
/** Words inside a mention that name nobody: "of", articles and determiners ("the two sides", "оба лидера"). */
const INNER = new Set(["of", "the", "a", "an", "two", "both", "each", "all", "оба", "обе", "обоих", "обеих", "два", "две", "двух", "երկու", "բոլոր"]);
/**
 * Russian object forms of the first person, which lead-ins have never read as a party ("нас", "меня"): kept out when
 * the pronoun lists became one (session 16), so that no lead-in reads differently; whether they should be read is open.
 */
const UNREAD_PRONOUNS = new Set(["нас", "меня"]);
/** Pronouns that stand for a party, in any case, possessives too (pronoun-cases.ts PRONOUN_WORDS), but UNREAD_PRONOUNS. */
const PRONOUNS: ReadonlySet<string> = new Set(Array.from(PRONOUN_WORDS).filter((word) => !UNREAD_PRONOUNS.has(word)));
/**
 * English titles and roles of the parties to a call, singular and plural, which readouts write in lower case too
 * ("the president", "his counterpart"): isTitle's list holds words ("security", "national", "general") that in lower
 * case are a claim's matter.
 */
const ROLES = new Set(
  `president presidents secretary secretaries minister ministers prime premier premiers foreign deputy vice assistant
ambassador ambassadors envoy envoys chancellor spokesman spokeswoman spokesperson counterpart counterparts side sides
party parties leader leaders interlocutor interlocutors colleague colleagues delegation delegations head heads official
officials government governments country countries`.split(/\s+/u),
);
/** Russian and Armenian titles and roles by stem (their case endings vary): president, (state) secretary, minister, the sides… */
const ROLE_STEM =
  /^(?:президент|госсекретар|секретар|министр|премьер|глав(?:а|ы|е|у|ой)$|сторон|лидер|собеседник|коллег|делегаци|правительств|стран(?:а|ы|е|у|ой|ам|ами|ах)?$|նախագահ|վարչապետ|նախարար|պետքարտուղար|քարտուղար|կողմ|ղեկավար|զրուցակ|գործընկեր|պատվիրակ|կառավարություն)/u;
/**
 * Prepositions of place, time or topic: a capitalised word after one is a claim's matter ("in Washington", "about
 * Karabakh", "в Баку", "о Карабахе"). "with", "to", "by" and "с" name parties ("with Aliyev", "to the Secretary").
 */
const PREPOSITIONS = new Set(
  `in at on about over regarding concerning from into near across along around through toward towards via within between
against for during throughout amid since until till before after beyond under upon onto inside outside
в во на о об обо по из изо к ко у до после при над под за перед около между через для от против вокруг про`.split(/\s+/u),
);

/** Words that may open a scene-setting phrase before its preposition ("Also during the call,"). */
const PHRASE_ADVERBS = new Set(["also", "further", "separately", "additionally", "later", "earlier", "также", "затем", "кроме", "նաև"]);
/** Armenian postpositions that close a scene-setting phrase ("Զրույցի ընթացքում,": during the conversation). */
const ARMENIAN_POSTPOSITIONS = /(?:ընթացքում|ժամանակ|շրջանակում)$/u;
/** A scene-setting phrase holds at most this many words before its comma ("During the telephone conversation,": 4). */
const MAX_SETTING_WORDS = 5;
/**
 * Connectives a writer sets off by commas, which tie a sentence to the one before and state nothing ("In addition,",
 * "Кроме того,", ", в частности,"; CGEL ch. 8 § 19 on connective adjuncts; Russian вводные слова, which the comma rules
 * set off: Розенталь, Справочник по правописанию и литературной правке, § 49).
 */
const CONNECTIVES =
  /(?:^|,)\s*(?:in addition|additionally|moreover|furthermore|also|separately|in particular|notably|meanwhile|in turn|among other things|кроме того|помимо этого|помимо того|в частности|также|в свою очередь|в том числе|вместе с тем|при этом|մասնավորապես|բացի այդ|նաև|իր հերթին)\s*,\s*/giu;

/**
 * `text` without what sets the scene or ties it to the text before, ahead of or inside a lead-in's subject: an opening
 * phrase "During the call,", "In the conversation,", "Also during the call,", "В ходе разговора,", "Զրույցի ընթացքում,"
 * — at most MAX_SETTING_WORDS words up to the first comma, opened by a preposition (after one of PHRASE_ADVERBS at most)
 * or closed by an Armenian postposition, with no capital after its first word and no digit — and connectives set off by
 * commas ("In addition,", "Кроме того,", "Блинкен и Алиев, в частности, обсудили"; CONNECTIVES). They state no claim of
 * the lead-in's, and their commas join no clause (session 15, tester 82 F4: such a lead-in stayed a claim of its own, so
 * its row was "not reported" by every readout that gave the items in prose). A phrase with a name, place, date or number
 * ("In Washington,", "On November 28,") is claim matter and is kept. Pure; returns `text` unchanged when it holds none.
 */
export function withoutSettingPhrase(text: string): string {
  const plain = text.replace(CONNECTIVES, (found) => (found.trimStart().startsWith(",") ? " " : ""));
  const comma = plain.indexOf(",");
  if (comma < 0) return plain;
  const phrase = plain.slice(0, comma).trim();
  const words = phrase.split(/\s+/u);
  if (words.length > MAX_SETTING_WORDS || /\p{Nd}/u.test(phrase) || words.slice(1).some((word) => CAPITAL_FIRST.test(word))) return plain;
  const first = words[0].toLowerCase();
  const opening = PREPOSITIONS.has(first) || (PHRASE_ADVERBS.has(first) && words.length > 1 && PREPOSITIONS.has(words[1].toLowerCase()));
  if (!opening && !ARMENIAN_POSTPOSITIONS.test(words[words.length - 1])) return plain;
  return plain.slice(comma + 1).trimStart();
}

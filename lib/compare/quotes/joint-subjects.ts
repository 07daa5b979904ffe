import { ADVERBS_EN, ADVERBS_HY, ADVERBS_RU, IRREGULAR_PAST_EN, PAST_HY, VERBS_EN, VERBS_HY, VERBS_RU } from "./reporting-verbs";

/**
 * Whether a speaker phrase is one of two or more people joined as one subject ("Aliyev and Pashinyan said", "said
 * Aliyev and Pashinyan in a joint statement", "Алиев и Пашинян …", "Ալիևը և Փաշինյանը …"): the words are theirs
 * together, no one person's, and the quotation has no one speaker (null), as a plural description has none (tester T4
 * F4). `before`: the text right before the phrase; `after`: right after it. A conjunction joins them when a name or a
 * title stands on its other side: a capitalised word (or "the" before the next one), not a clause ("Blinken spoke and
 * Pashinyan said"). Conjunctions: English "and", "or", "&"; Russian "и", "или"; Armenian "և" ("եւ"), "ու", "կամ".
 * A conjunction opens another clause, and joins no subject, when the person after it has a verb of their own ("said
 * Aliyev, and Pashinyan replied", "— сказал Алиев, и Пашинян ответил", "— ասել է Ալիևը, և Փաշինյանը պատասխանել է"),
 * or when a comma stands before it and the person before it is a verb's subject or object ("said Aliyev, and ", read
 * for the clause after: the subject of "replied" is Pashinyan alone; session 18, tester T5 C). Pure.
 */
export function isJointSubject(before: string, after: string): boolean {
  return (JOINED_BEFORE.test(before) && !VERB_NAME_COMMA_BEFORE.test(before)) || (JOINED_AFTER.test(after) && !CLAUSE_AFTER.test(after));
}

/**
 * Whether a phrase read as one source ("according to Aliyev and Pashinyan", "по словам Алиева и Пашиняна") joins two
 * or more by a conjunction (isJointSubject at each of its conjunctions): no one person's words (session 18, tester T5
 * B). `phrase`: the words after "according to" or "по словам", up to the comma or quotation mark that ends them. Pure.
 */
export function joinsPeople(phrase: string): boolean {
  for (const match of phrase.matchAll(CONJUNCTION_IN)) if (isJointSubject("", phrase.slice(match.index))) return true;
  return false;
}

/**
 * Whether the subject phrase that follows `before` (the text right before it; the phrase has a verb after it: speakers.ts
 * subjectPhrases) is joined to a person before it as one subject ("Blinken and Aliyev discussed", "Блинкен и Алиев
 * обсудили"): isJointSubject's rule, and the person before the conjunction is no verb's or preposition's object —
 * "Aliyev thanked Blinken and Pashinyan welcomed …", "поблагодарил Блинкена и Пашинян приветствовал …", "spoke with
 * Aliyev and Pashinyan welcomed …" join two clauses, and the subject of the second is its person alone (session 18,
 * helper H13). A subject phrase stands before its verb, so a verb before the person before the conjunction has it
 * for its object (the inverted "said Aliyev and Pashinyan" is read after the verb, by isJointSubject). Pure.
 */
export function isJoinedSubjectBefore(before: string): boolean {
  return isJointSubject(before, "") && !OBJECT_BEFORE.test(before);
}

const CONJUNCTION = "(?:and|or|&|и|или|և|եւ|ու|կամ)";
// "Aliyev and " / "the Secretary, Aliyev and " / "Ալիևը և ": a name or title word (capitalised) before the conjunction.
const JOINED_BEFORE = new RegExp(`\\p{Lu}[\\p{L}’'.-]*\\s*,?\\s+${CONJUNCTION}\\s+$`, "u");
// " and Pashinyan" / " и Пашинян" / ", and the Secretary": another person after it.
const JOINED_AFTER = new RegExp(`^\\s*,?\\s*${CONJUNCTION}\\s+(?:the\\s+)?\\p{Lu}`, "u");
// A conjunction inside a phrase, with the white space (and comma) before it.
const CONJUNCTION_IN = new RegExp(`(?<=\\S)\\s*,?\\s+(?=${CONJUNCTION}\\s)`, "gu");
// A verb of a clause's subject, in any of the three languages: a reporting verb (reporting-verbs.ts), an English past
// ("-ed", the irregular ones), a Russian past ("ответил", "согласилась") or present of saying, an Armenian past.
const VERB = `(?:${VERBS_EN}|\\p{Ll}{2,}ed|${IRREGULAR_PAST_EN}|${VERBS_RU}|\\p{Ll}+(?:л|ла|ло|ли|лся|лась|лось|лись)|${VERBS_HY}|${PAST_HY})`;
const ADVERBS = `(?:(?:${ADVERBS_EN}|${ADVERBS_RU}|${ADVERBS_HY})\\s+){0,2}`;
// A person: "the", up to two title words in lower case, a name's capitalised words ("Pashinyan", "the Armenian leader"
// has none, "премьер-министр Пашинян", "վարչապետ Փաշինյանը").
const PERSON = `(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3}`;
// After the conjunction, a person and their own verb: another clause.
const CLAUSE_AFTER = new RegExp(`^\\s*,?\\s*${CONJUNCTION}\\s+${PERSON}\\s+${ADVERBS}${VERB}(?![\\p{L}\\p{N}’'-])`, "u");
// Before the conjunction, a verb, a person and a comma: "said Aliyev, and ", "сказал Алиев, и ", "ասել է Ալիևը, և ".
const VERB_NAME_COMMA_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}’'-])${VERB}\\s+${PERSON}\\s*,\\s+${CONJUNCTION}\\s+$`, "u");
// Prepositions that take a person as their object: English, and Russian (the Armenian ones follow their noun).
const PREPOSITION = "(?:with|to|from|by|for|of|about|against|at|on|без|для|до|за|к|ко|о|об|от|перед|по|при|про|с|со|у)";
// Before the conjunction, a verb or a preposition and a person, its object: "thanked Blinken and ", "с Алиевым и ".
const OBJECT_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}’'-])(?:${VERB}|${PREPOSITION})\\s+${PERSON}\\s*,?\\s+${CONJUNCTION}\\s+$`, "u");

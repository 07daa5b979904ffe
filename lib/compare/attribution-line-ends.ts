import { ADVERBS_EN, ADVERBS_HY, ADVERBS_RU, VERBS_EN, VERBS_HY, VERBS_RU } from "./quotes/reporting-verbs";

/**
 * A line that ends in an attribution still waiting for its speaker: the verb of an inverted attribution right after a
 * quotation ("“Peace is within reach,” said\nSecretary of State Antony Blinken.", "«Мир близок», — заявил\nАлиев.")
 * or a phrase that names its source next ("По словам\nПашиняна, «…»", "Согласно\nМИД"). The speaker's name opens the
 * next line with a capital, where the hard-wrap rule (hard-wraps.ts wrapsBetween) would otherwise see a heading and
 * cut the sentence, losing the speaker (session 18, testers T5 #11, #13).
 *
 * The verbs are the speaker finder's (quotes/reporting-verbs.ts: VERBS_EN, VERBS_RU, with their adverbs), and only
 * after a quotation's closing mark and a comma (English "…,” said", "…”, said"), or after a closing mark, a comma if
 * any, and a dash (Russian "…», — сказал", Armenian "…», - ասել է"): a verb of saying at a line's end after anything else may end a heading
 * ("What Blinken Said"); Armenian's the same as Russian's ("«…», - ասել է\nՓաշինյանը։", tester T6 #5, with
 * VERBS_HY). The source phrases are Russian's "по словам", "по мнению", "по данным", "по сообщению",
 * "по информации" and "согласно" (Russian Grammar, 1980, § 1733: prepositional phrases of the source of information).
 */

const TAIL = 60;
const INVERTED_EN = new RegExp(`(?:,[”"’']|[”"’'],)\\s+(?:(?:${ADVERBS_EN})\\s+)?(?:${VERBS_EN})$`, "u");
const INVERTED_RU = new RegExp(`[»”"],?\\s*[—–‒―-]\\s*(?:(?:${ADVERBS_RU})\\s+)?(?:${VERBS_RU})$`, "u");
const INVERTED_HY = new RegExp(`[»”"],?\\s*[—–‒―-]\\s*(?:(?:${ADVERBS_HY})\\s+)?(?:${VERBS_HY})$`, "u");
const SOURCE_RU = /(?:^|[\s,;(«—])(?:[Пп]о\s+(?:словам|мнению|данным|сообщению|информации)|[Сс]огласно)$/u;

/**
 * Whether the line whose text ends at `end` (UTF-16, exclusive, no white space before it) ends in an attribution
 * waiting for its speaker (see above): the next line goes on, whatever it opens with. Reads at most 60 UTF-16 units
 * back. Pure; never throws.
 */
export function endsBeforeSpeaker(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  // Every form ends in a letter: Latin, Cyrillic or Armenian.
  if (!(last >= 0x41 && last <= 0x7a) && !(last >= 0x400 && last <= 0x4ff) && !(last >= 0x531 && last <= 0x587)) return false;
  const tail = text.slice(Math.max(0, end - TAIL), end);
  return INVERTED_EN.test(tail) || INVERTED_RU.test(tail) || INVERTED_HY.test(tail) || SOURCE_RU.test(tail);
}

import type { AnalysedStatement } from "../analyse";
import { quotationKeys } from "../../text/fold";
import { holdsDigit } from "../../text/numbers";
import { isNegation, NUMBER_WORDS } from "../versions/closed-class";
import { isApproximateNegator } from "../versions/hedges";
import { isTimeWord } from "../versions/time-words";
import { MONTHS, WEEKDAYS } from "../gazetteer";

/**
 * Words whose omission changes what is left (tester 62 F10): a condition or a limit ("only if", "unless", "until",
 * "except") and what a refusal turns on ("refrain"), in English, Russian and Armenian. With the negation cues, the
 * approximate negators ("hardly") and any number, an omission holding one is not a faithful cut.
 */
const RESTRICTIVE = new Set("only if unless except until till refrain refrained refrains только лишь если кроме пока միայն եթե".split(" "));

const ENGLISH_DATE_WORDS = new Set([...MONTHS, ...WEEKDAYS]);
/** Russian months in any case ("декабря", "в декабре"), Armenian months by stem ("դեկտեմբերին"): lib/text/dates.ts's lists. */
const MONTH_STEM = /^(?:январ|феврал|март|апрел|ма[йяею]$|июн|июл|август|сентябр|октябр|ноябр|декабр|հունվար|փետրվար|մարտ|ապրիլ|մայիս|հունիս|հուլիս|օգոստոս|սեպտեմբեր|հոկտեմբեր|նոյեմբեր|դեկտեմբեր)/u;

/** Whether a folded word names a month, a weekday, a season or a fixed time of day: leaving it out moves or voids a date. */
function isDateWord(key: string): boolean {
  return ENGLISH_DATE_WORDS.has(key) || MONTH_STEM.test(key) || isTimeWord(key);
}

/**
 * Whether token `t` of a statement is a word a quotation may not leave out behind an omission mark: a negation cue of
 * the statement's language (versions/closed-class.ts isNegation: "not", "never", "without", "не", "без"…), an
 * approximate negator ("hardly"), a condition or limit (RESTRICTIVE), a number, or a date's month, weekday or season
 * (isDateWord; tester 77 F7: "…in Baku…" for "in Baku in December") (testers 61 F11, 62 F10: "The United
 * States will … lift its restrictions" for "will not lift"). The token is read as the rest of the quotation check reads
 * words: its quotation keys (lib/text/fold.ts quotationKeys: "non-binding" is "non", "binding"), one word whatever
 * ignorable character is inside it (lib/text/ignorable.ts: "nev\u00ader", "nev\u034Fer" are "never"), capitals read
 * as a word, not an initialism ("will NOT lift" quoted "will … lift" leaves out "not"). Pure.
 */
export function isMeaningWord(statement: AnalysedStatement, t: number): boolean {
  const { text, language, tokens } = statement;
  for (const key of quotationKeys(text.slice(tokens.starts[t], tokens.ends[t]), true)) {
    if (isNegation(key, language) || isApproximateNegator(key) || RESTRICTIVE.has(key) || NUMBER_WORDS.has(key) || holdsDigit(key) || isDateWord(key)) return true;
  }
  return false;
}

/** Whether any of a statement's tokens [from, to) is a meaning word (isMeaningWord): leaving them out inverts, voids or blurs a quotation. Pure. */
export function omitsMeaning(statement: AnalysedStatement, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (isMeaningWord(statement, t)) return true;
  return false;
}

import { endsInObliqueCase } from "../russian-name-case";
import { caseShape } from "./case-shape";
import type { PairReading, Side } from "./pair-reading";
import { COMITATIVE_BEFORE } from "./read-both-ways";

/**
 * The Russian passive as the role-swap pass reads it (role-swaps.ts): whether a side is a passive (russianPassive), a
 * party's role by its case and the side's voice (russianRole), and the swaps of a pair in two voices (russianVoiceSwaps).
 */

/** Forms of Russian "быть" that, before a short passive participle, make a passive ("был поблагодарен"; Wade 2011, the passive). */
const RUSSIAN_BE = new Set(["был", "была", "было", "были", "будет", "будут", "быть"]);

/**
 * Endings of a Russian short passive participle (Wade 2011, participles): "-ен"/"-ан"/"-ян" ("поблагодарен",
 * "приглашён", folded "-ен"), "-т" after a vowel ("принят", "убит"), each with "-а", "-о", "-ы" for gender and number.
 */
const SHORT_PARTICIPLE = /(?:[еая]н|[иыуя]т)[аоы]?$/u;

/**
 * Shortest short passive participle read, in letters: "принят", "поблагодарен". Shorter words of that ending ("дан",
 * "взят") are left out; a noun that ends like one ("стран") counts only beside "быть" or an instrumental party.
 */
const MIN_PARTICIPLE = 5;

/**
 * Whether a Russian side holds a passive: a short passive participle (SHORT_PARTICIPLE, written in lower case, of
 * MIN_PARTICIPLE letters or more) right after a form of "быть" ("был поблагодарен") or right before a party in the
 * instrumental, its agent ("поблагодарен Блинкеном").
 */
export function russianPassive(reading: PairReading, side: Side): boolean {
  for (let t = 0; t < side.forms.length; t++) {
    const form = side.forms[t];
    if (side.capital[t] === 1 || form.length < MIN_PARTICIPLE || !SHORT_PARTICIPLE.test(form)) continue;
    if (t > 0 && RUSSIAN_BE.has(side.forms[t - 1])) return true;
    if (t + 1 < side.forms.length && reading.info[side.lexemes[t + 1]].party && instrumental(side.forms[t + 1])) return true;
  }
  return false;
}

/** Whether a folded Russian word ends as a masculine instrumental does (russian-name-case.ts: "блинкеном", "алиевым"). */
function instrumental(form: string): boolean {
  return endsInObliqueCase(form, "ins");
}

/**
 * A party's role on a Russian side by its case and the side's voice: "agent" for a nominative in the active or an
 * instrumental in a passive (not after the comitative "с"), "patient" for an object form (caseShape) in the active or
 * a nominative in a passive; null for any other form. Read at the party's one mention on the side.
 */
function russianRole(reading: PairReading, side: Side, lexeme: number, passive: boolean): "agent" | "patient" | null {
  const t = side.lexemes.indexOf(lexeme);
  const form = side.forms[t];
  const shape = caseShape(form, reading.language);
  if (!passive) return shape === 1 ? "agent" : shape === 2 ? "patient" : null;
  if (shape === 1) return "patient";
  return instrumental(form) && !(t > 0 && COMITATIVE_BEFORE.has(side.forms[t - 1])) ? "agent" : null;
}

/**
 * Where a Russian pair's voice differs (a passive on one side only, russianPassive), its swaps: two parties, each
 * written once a side, one of them in an edit, whose roles by case and voice (russianRole) are all read and exchanged
 * ("Блинкен поблагодарил Алиева" → "Блинкен был поблагодарен Алиевым"). The same roles in the other voice ("→ Алиев
 * был поблагодарен Блинкеном") are none, whatever the words' places.
 */
export function russianVoiceSwaps(reading: PairReading, passiveA: boolean, passiveB: boolean): [number, number][] {
  const { a, b, info } = reading;
  const once: number[] = [];
  for (let t = 0; t < a.lexemes.length; t++) {
    const lexeme = a.lexemes[t];
    const entry = info[lexeme];
    if (entry.content && entry.party && entry.inA === 1 && entry.inB === 1 && !once.includes(lexeme)) once.push(lexeme);
  }
  const found: [number, number][] = [];
  for (let i = 0; i < once.length; i++) {
    for (let j = i + 1; j < once.length; j++) {
      const [x, y] = [once[i], once[j]];
      if (info[x].touchedA + info[x].touchedB + info[y].touchedA + info[y].touchedB === 0) continue;
      const xa = russianRole(reading, a, x, passiveA);
      const ya = russianRole(reading, a, y, passiveA);
      if (!xa || !ya || xa === ya) continue;
      if (russianRole(reading, b, x, passiveB) === ya && russianRole(reading, b, y, passiveB) === xa) found.push([x, y]);
    }
  }
  return found;
}

import type { TextRange } from "../segment";
import { stopWordsFor } from "../stopwords";
import { foldWord } from "../../text/fold";
import { primaryLanguage } from "../../text/language";
import { holdsBy, holdsTurnedPassive, turnsVoice, voiceMayTurn } from "./english-voice";
import { endingsExchanged, placesExchanged, withPartiesExchanged } from "./exchanged-parties";
import type { PairWords } from "./pair-diff";
import { PairReading, type Side } from "./pair-reading";
import { PairRoles } from "./pair-roles";
import { clausesReordered, onlyReordered, relatedBothWays, toldConversely } from "./read-both-ways";
import { russianPassive, russianVoiceSwaps } from "./russian-voice";
import type { VersionVocabulary } from "./sentences";
import { mayHoldSwap } from "./swap-cues";
import type { VersionEdit } from "./types";

/**
 * Swapped roles (issue 12, "edits classed by what they change"): a revision that swaps who did what to whom
 * ("Blinken thanked Aliyev" → "Aliyev thanked Blinken", "…urged Azerbaijan to respect Armenia's…" → "…urged Armenia to
 * respect Azerbaijan's…", "Блинкен поблагодарил Алиева" → "Блинкена поблагодарил Алиев", "X thanked Y" → "X was
 * thanked by Y") keeps its words and changes the fact. Word by word the edits read as unrelated names or titles, or as
 * wording (an inflection, "was"/"by" inserted); this pass finds the swap and makes each of its edits a fact, "role".
 * The same parties in another order that tells the same facts (a list reordered, "spoke with", Russian free word
 * order) is no swap; its edits keep the classes the rules gave them (a name fact, as a rule), since a reorder that
 * states the same facts cannot be told from one that does not on the evidence a sentence pair gives (tester 88).
 *
 * The pass in parts: the cheap cues asked of every pair first (swap-cues.ts), the pair read as lexemes
 * (pair-reading.ts), the parties it exchanged (exchanged-parties.ts), the exchanges that keep the facts
 * (read-both-ways.ts), the English and Russian passives (english-voice.ts, russian-voice.ts) and the roles roles.ts
 * reads in the pair (pair-roles.ts); what a swap's edits become is decided here.
 */

/** Languages whose nouns mark subject and object by case endings (Wade 2011; Dum-Tragut 2009): there word order alone is no role. */
const CASE_LANGUAGES = new Set(["ru", "uk", "be", "hy", "az", "tr"]);

/** A party's edit may be made `role` or `order` only when it is no fact, or a fact for the party's identity (issue 12, tester 83 F3). */
const IDENTITY_REASONS: ReadonlySet<string> = new Set(["name", "title", "place", "role"]);

/** A word of an edit's text, with an apostrophe's ending ("Aliyev's", "don't"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Most word tokens a side may hold for the pass to read it: a bound that keeps it cheap on a long merged pair. */
const MAX_TOKENS = 200;

/** Whether an edit changes only function words: its words, those on both of its sides set aside, are all stop words. */
function changesFunctionWordsOnly(edit: VersionEdit, stop: ReadonlySet<string>): boolean {
  const before = (edit.before.match(WORD) ?? []).map(foldWord);
  const after = (edit.after.match(WORD) ?? []).map(foldWord);
  const changed = before.filter((word) => !after.includes(word)).concat(after.filter((word) => !before.includes(word)));
  return changed.length > 0 && changed.every((word) => stop.has(word));
}

/**
 * Whether the pass may give an edit another class: it is no fact, or a fact for a party's identity (a name, a title, a
 * place, or already a role). A fact for a stronger reason keeps it ("Blinken did not thank Aliyev" → "Aliyev thanked
 * Blinken": the edit that drops "did not" stays a negation; a number, a date, a modality alike).
 */
function mayRelabel(edit: VersionEdit): boolean {
  return edit.class !== "typographic" && (edit.class !== "fact" || IDENTITY_REASONS.has(edit.reason));
}

function markRole(edit: VersionEdit): void {
  if (!mayRelabel(edit)) return;
  edit.class = "fact";
  edit.reason = "role";
}

/** Whether a range of a side overlaps a word of one of the parties of `pairs` (lexemes). */
function touchesParties(side: Side, range: TextRange, pairs: readonly [number, number][]): boolean {
  for (let t = 0; t < side.lexemes.length; t++) {
    if (range.start >= side.ends[t] || side.starts[t] >= range.end) continue;
    if (pairs.some(([x, y]) => side.lexemes[t] === x || side.lexemes[t] === y)) return true;
  }
  return false;
}

/**
 * Makes every edit of one sentence pair that takes part in a swap of two parties' roles a fact with the reason "role"
 * (docs/edit-classes.md), unless it is a fact for a stronger reason (mayRelabel). A swap is:
 * - two parties (names, titles, places, personal pronouns; or common nouns the edits changed on both sides) whose
 *   places the revision exchanged (placesExchanged), unless in a language with case endings both kept their forms (the
 *   order changed, the roles did not: onlyReordered), or they stand in a relation that reads both ways (a list, a
 *   companion, a reciprocal verb: relatedBothWays), or whole clauses holding both were reordered (clausesReordered),
 *   or one side only tells the act with a converse verb (toldConversely: "received a call from"), or, in English where
 *   one side only writes a passive's "by", roles.ts does not read the roles reversed and either cannot read them on
 *   both sides or reads them reversed once the two are exchanged back (the voice changed: "Blinken thanked Aliyev" →
 *   "Aliyev was thanked by Blinken" keeps the roles); its edits are those that touch a word of either party;
 * - in a language with case endings, two parties whose endings were exchanged in place (endingsExchanged);
 * - in Russian where one side only is a passive (russianPassive), two parties whose roles by case and voice are
 *   exchanged (russianVoiceSwaps); there nothing else is a swap;
 * - in English, a passive made or unmade with no party moved ("Blinken thanked Aliyev" → "Blinken was thanked by
 *   Aliyev"), roles.ts reading the roles reversed: its edits that insert or drop "by" or a form of "be" (turnsVoice)
 *   and those that change only function words between the first and the last party. Where roles.ts cannot tell, the
 *   edits that insert or drop "by" or "be" are no wording: a wording one is made unclassified.
 * An exchange that states the same facts is no swap, and its edits keep their classes. A party renamed (a
 * name that does not come back elsewhere in the pair) is no swap, and keeps its class.
 * `edits`: the pair's edits (changed in place); `a`/`b` the whole texts, which the edits' ranges, `rangeA`/`rangeB`
 * (the pair's sentences) and `wordsA`/`wordsB` (their word tokens, with ids of `vocabulary`, whose language, a BCP 47
 * tag, is the diff's) index, UTF-16 offsets.
 * Looked at only when mayHoldSwap allows, and on pairs of up to MAX_TOKENS words a side. Throws nothing.
 */
export function reclassifyRoleSwaps(edits: VersionEdit[], a: string, rangeA: TextRange, wordsA: PairWords, b: string, rangeB: TextRange, wordsB: PairWords, vocabulary: VersionVocabulary): void {
  const language = vocabulary.language;
  const primary = primaryLanguage(language);
  const english = primary === "en";
  const caseEndings = CASE_LANGUAGES.has(primary);
  if (wordsA.starts.length > MAX_TOKENS || wordsB.starts.length > MAX_TOKENS || !mayHoldSwap(edits, a, wordsA, b, wordsB, vocabulary, english, caseEndings)) return;
  const stop = stopWordsFor(language);
  const reading = new PairReading(a, wordsA, b, wordsB, edits, vocabulary, caseEndings);
  const isParty = (folded: string) => reading.isParty(folded);
  const pieceA = a.slice(rangeA.start, rangeA.end);
  const pieceB = b.slice(rangeB.start, rangeB.end);
  // Read only where asked (English pairs whose voice differs), and then the two sentences once.
  const pairRoles = new PairRoles(pieceA, pieceB, language, isParty);
  // Only a passive's agent on one side may have turned the voice.
  const voiceDiffers = english && holdsBy(pieceA) !== holdsBy(pieceB);
  const passiveA = primary === "ru" && russianPassive(reading, reading.a);
  const passiveB = primary === "ru" && russianPassive(reading, reading.b);
  const swaps: [number, number][] = [];
  // The names moved with an English voice turned: the same roles, and "was"/"by" rightly wording.
  let voiceExplained = false;
  for (const [x, y] of placesExchanged(reading)) {
    const relatedA = relatedBothWays(reading, reading.a, x, y);
    const relatedB = relatedBothWays(reading, reading.b, x, y);
    const reordered = caseEndings && onlyReordered(reading, x, y);
    // The same facts told in another order (a list, a companion or a reciprocal verb, the cases kept, whole clauses
    // reordered): no swap. Its edits keep the classes the rules gave them: a reorder is not made wording, since the
    // evidence that it states the same facts cannot be told from a list matched item by item to another ("Pashinyan
    // and Aliyev were in Yerevan and Baku, respectively"; tester 88 F1–F4).
    if (reordered || relatedA || relatedB || clausesReordered(reading, x, y)) continue;
    // Russian in two voices is read by its cases below.
    if (toldConversely(reading, x, y) || passiveA !== passiveB) continue;
    if (voiceDiffers) {
      const roles = pairRoles.withText(withPartiesExchanged(reading, rangeB, x, y));
      if (!roles.reversed(0, 1)) {
        // Not read on both sides: cannot tell. Read, and reversed once exchanged back: the voice changed, the roles did not.
        if (!roles.read(0) || !roles.read(1)) continue;
        if (roles.reversed(0, 2)) {
          voiceExplained = true;
          continue;
        }
      }
    }
    swaps.push([x, y]);
  }
  if (caseEndings && passiveA === passiveB) for (const [x, y] of endingsExchanged(reading, swaps)) if (!relatedBothWays(reading, reading.a, x, y) && !relatedBothWays(reading, reading.b, x, y)) swaps.push([x, y]);
  if (passiveA !== passiveB) for (const pair of russianVoiceSwaps(reading, passiveA, passiveB)) swaps.push(pair);
  for (const edit of edits) if (touchesParties(reading.a, edit.a, swaps) || touchesParties(reading.b, edit.b, swaps)) markRole(edit);
  if (!english || voiceExplained || !voiceMayTurn(edits) || !(holdsTurnedPassive(reading.a) || holdsTurnedPassive(reading.b))) return;
  const turning = edits.filter((edit) => turnsVoice(edit) && mayRelabel(edit) && edit.reason !== "role");
  if (!turning.length) return;
  // Roles are read of names and pronouns (roles.ts): two parties both sides hold at least.
  let parties = 0;
  for (const entry of reading.info) if (entry && entry.party && entry.content && entry.inA > 0 && entry.inB > 0) parties++;
  if (parties < 2 || !pairRoles.ofPair().reversed(0, 1)) {
    // A passive made or unmade that the rules cannot read: whatever it did to the roles, it is no wording.
    for (const edit of turning) {
      if (edit.class !== "wording") continue;
      edit.class = "unclassified";
      edit.reason = "unknown";
    }
    return;
  }
  // The voice turned round the roles with no party moved.
  const span = (side: Side): TextRange | null => {
    let start = -1;
    let end = -1;
    for (let t = 0; t < side.lexemes.length; t++) {
      const entry = reading.info[side.lexemes[t]];
      if (!entry.party || !entry.content || entry.inA === 0 || entry.inB === 0) continue;
      if (start < 0) start = side.starts[t];
      end = side.ends[t];
    }
    return start < 0 ? null : { start, end };
  };
  const spanA = span(reading.a);
  const spanB = span(reading.b);
  const within = (range: TextRange, outer: TextRange | null) => outer !== null && range.start >= outer.start && range.end <= outer.end;
  for (const edit of turning) markRole(edit);
  for (const edit of edits) if (changesFunctionWordsOnly(edit, stop) && (within(edit.a, spanA) || within(edit.b, spanB))) markRole(edit);
}

import { isJsWhiteSpace } from "../text/whitespace";
import { isSentenceTerminal } from "../text/sentence-marks";
import { isLineBreak } from "../text/line-breaks";

/**
 * Armenian sentence punctuation, read by what each mark does in Armenian rather than by what it looks like
 * (segment.ts splitSentences).
 *
 * Armenian ends a sentence with the verjaket "։" (U+0589 ARMENIAN FULL STOP, a Sentence_Terminal to Unicode), which
 * many texts type as the Latin colon ":", the two being hard to tell apart on screen. The Latin colon's job is done by
 * the mijaket, one dot on the baseline, typed as the Latin full stop "." or as U+2024 ONE DOT LEADER (the character
 * Noto's Armenian fonts carry for it): it introduces a quotation, a list or an explanation ("Նա ասաց. «…»։" is one
 * sentence). UAX #29 reads "." and U+2024 as full stops, so a sentence that introduced a quotation was cut from it, and
 * the quotation check and the alignment saw two claims (session 15). Sources: Wikipedia, "Armenian alphabet", section
 * Punctuation (verjaket, mijaket; texts that type the verjaket as a colon); the Armenian punctuation tables of
 * move2armenia.am ("Armenian punctuation", 2023), whose example introduces a quotation with "." and ends it with ":".
 *
 * A "." is a mijaket only where the text shows that it ends its sentences the Armenian way (writesArmenianFullStops): a
 * text typed with "." as its only full stop (as some informal Armenian is) keeps its breaks there, since nothing in it
 * tells the two marks apart. And only in an Armenian sentence (endsWithMijaket): an Armenian word an English sentence
 * cites before its full stop leaves the full stop one.
 */

const FULL_STOP = 0x2e;
const ONE_DOT_LEADER = 0x2024;

/** Whether a UTF-16 unit is an Armenian letter (U+0531–U+0556 capitals, U+0561–U+0587 small letters and the ligature "և"). */
export function isArmenianLetter(code: number): boolean {
  return (code >= 0x0531 && code <= 0x0556) || (code >= 0x0561 && code <= 0x0587);
}

/** Quotes and brackets that may stand between a word and its stop ("…ենք»:"), as lib/text/fold typographyForSegmentation leaves them. */
const CLOSING_MARK = /[\p{Pe}\p{Pf}"'»]/u;

/**
 * Whether the ":" at text[colon] (UTF-16 offset) is typed for the verjaket: it follows an Armenian letter, or one closing
 * quote or bracket after one ("…ենք»:"). Two marks ("(\"խաղաղություն\"): …", an Armenian word cited in English) are
 * not read so. Pure.
 */
export function isArmenianColon(text: string, colon: number): boolean {
  if (colon < 1) return false;
  if (isArmenianLetter(text.charCodeAt(colon - 1))) return true;
  return colon >= 2 && CLOSING_MARK.test(text[colon - 1]) && isArmenianLetter(text.charCodeAt(colon - 2));
}

/**
 * Whether `text` ends a sentence the Armenian way somewhere: a "։" (U+0589), or a ":" typed for it (isArmenianColon)
 * that white space or the text's end follows. Then a "." or "․" (U+2024) after an Armenian word in it is a mijaket
 * (endsWithMijaket). One native search for "։", then one over the colons; callers ask it only when an Armenian word
 * ends in a dot. Pure.
 */
export function writesArmenianFullStops(text: string): boolean {
  if (text.indexOf("\u0589") >= 0) return true;
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    if ((colon + 1 === text.length || isJsWhiteSpace(text.charCodeAt(colon + 1))) && isArmenianColon(text, colon)) return true;
  }
  return false;
}

/**
 * Whether text[end - 1] (UTF-16 offset `end`, exclusive) is "." or "․" (U+2024) right after an Armenian letter, in an
 * Armenian sentence (armenianSentenceBefore): a mijaket where the text writes Armenian full stops. An Armenian word
 * cited in an English or Russian sentence ("…using the word խաղաղություն. The Secretary also spoke…") ends that
 * sentence with a full stop, whatever else the text quotes (tester 82 F8). Pure.
 */
export function endsWithMijaket(text: string, end: number): boolean {
  const stop = text.charCodeAt(end - 1);
  return (stop === FULL_STOP || stop === ONE_DOT_LEADER) && end >= 2 && isArmenianLetter(text.charCodeAt(end - 2)) && armenianSentenceBefore(text, end - 1);
}

/** How far back (UTF-16 units) a dot's sentence is read: a sentence's worth, so that a run-on text costs little. */
const SENTENCE_LOOKBACK = 400;
const LETTER = /\p{L}/u;
// Quotation marks as written and as lib/text/fold typographyForSegmentation writes them ('"'): a quoted word is another's.
const OPENING_MARK = /[«“„‹]/u;
const CLOSING_QUOTE = /[»”›]/u;

/**
 * Whether the words before text[dot] (UTF-16 offset of a "." or "․"), back to the start of its sentence (the last
 * terminal mark before white space, a line break, or SENTENCE_LOOKBACK units), are mostly Armenian: more words with an
 * Armenian letter than without ("Բլինքեն-ը" is Armenian: the ending is). Counted among the words that are the
 * writer's own and open in lower case, where there are any: a name or acronym in another script ("OSCE Minsk Group
 * համանախագահները հայտնեցին.") or a quotation («…», "…") does not make a sentence English, and an English sentence
 * is English through its lower-case words ("the word խաղաղություն."); else among its own words, else among all. Pure.
 */
function armenianSentenceBefore(text: string, dot: number): boolean {
  const limit = Math.max(0, dot - SENTENCE_LOOKBACK);
  let start = dot;
  while (start > limit) {
    const code = text.charCodeAt(start - 1);
    if (isLineBreak(code)) break;
    // A terminal mark, closing marks after it, then white space: the sentence before ends there.
    if (isJsWhiteSpace(code)) {
      let mark = start - 2;
      while (mark >= limit && CLOSING_MARK.test(text[mark])) mark--;
      if (mark >= limit && isSentenceTerminal(text, mark)) break;
    }
    start--;
  }
  // Per kind of word, [Armenian, all]: own in lower case, own, every word.
  const counts = [0, 0, 0, 0, 0, 0];
  let quoted = false;
  let letters = false;
  let armenian = false;
  let capital = false;
  let wordQuoted = false;
  const finish = () => {
    if (!letters) return;
    const kinds = wordQuoted ? [2] : capital ? [1, 2] : [0, 1, 2];
    for (const kind of kinds) {
      counts[2 * kind + 1]++;
      if (armenian) counts[2 * kind]++;
    }
    letters = armenian = false;
  };
  for (let k = start; k < dot; k++) {
    const char = text[k];
    const code = text.charCodeAt(k);
    if (isJsWhiteSpace(code)) finish();
    else if (code === 0x22) quoted = !quoted;
    else if (OPENING_MARK.test(char)) quoted = true;
    else if (CLOSING_QUOTE.test(char)) quoted = false;
    else if (LETTER.test(char)) {
      if (!letters) {
        capital = char !== char.toLowerCase();
        wordQuoted = quoted;
      }
      letters = true;
      if (isArmenianLetter(code)) armenian = true;
    }
  }
  finish();
  for (let kind = 0; kind < 3; kind++) if (counts[2 * kind + 1] > 0) return 2 * counts[2 * kind] > counts[2 * kind + 1];
  return false;
}

/**
 * An opening quotation mark: as lib/text/fold typographyForSegmentation writes every quote ("'", '"'), or one it leaves,
 * or, in text as written (quotation-frames.ts), a low or CJK opening quote ("„", "「", "『").
 */
const OPENING_QUOTE = /['"\p{Pi}«„「『]/u;

/**
 * Whether the ":" after an Armenian word that `next` follows (text[next]: the first character after the colon's white
 * space) introduces a quotation as a Latin colon, not as a verjaket: an opening quote follows it, and the text holds the
 * verjaket itself, "։" (U+0589), so its writer had the Armenian mark at hand and typed ":" for something else
 * ("Վարչապետը նշել է: «…»։"). Only before a quotation: a text that mixes both marks (pasted from two sources) keeps
 * its other breaks at ":". Pure.
 */
export function colonIntroducesQuotation(text: string, next: number): boolean {
  return next < text.length && OPENING_QUOTE.test(text[next]) && text.indexOf("\u0589") >= 0;
}

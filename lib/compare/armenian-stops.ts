import { isJsWhiteSpace } from "../text/whitespace";

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
 * tells the two marks apart.
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

/** Whether text[end - 1] is "." or "․" (U+2024) right after an Armenian letter: a mijaket where the text writes Armenian full stops. Pure. */
export function endsWithMijaket(text: string, end: number): boolean {
  const stop = text.charCodeAt(end - 1);
  return (stop === FULL_STOP || stop === ONE_DOT_LEADER) && end >= 2 && isArmenianLetter(text.charCodeAt(end - 2));
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

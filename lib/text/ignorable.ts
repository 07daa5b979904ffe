/**
 * The characters Readout reads through: invisible characters that publishing systems, keyboards and copy-paste leave
 * inside words. The one definition of them: the matching fold (lib/text/fold.ts) drops them, and the tokenizer
 * (lib/compare/tokens.ts) keeps a word whole across them, so every path that compares text reads "nev\u034Fer" as
 * "never" (tester 71 F7).
 *
 * The set is Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt, Unicode 15.1; the Unicode
 * Standard §5.21: "should be rendered invisibly" when not supported), written out rather than read from
 * \p{Default_Ignorable_Code_Point}, whose extent follows each JavaScript engine's Unicode version: the server and the
 * browser must read one text alike. It is soft hyphen U+00AD, combining grapheme joiner U+034F, Arabic letter mark
 * U+061C, the Hangul fillers U+115F U+1160 U+3164 U+FFA0, Khmer inherent vowels U+17B4 U+17B5, Mongolian free
 * variation selectors and vowel separator U+180B–U+180F, zero-width space, (non-)joiners, LRM and RLM U+200B–U+200F,
 * bidi embeddings U+202A–U+202E, word joiner, invisible operators, isolates and deprecated format characters
 * U+2060–U+206F, variation selectors U+FE00–U+FE0F and U+E0100–U+E01EF, BOM U+FEFF, U+FFF0–U+FFF8, shorthand format
 * controls U+1BCA0–U+1BCA3, musical format controls U+1D173–U+1D17A and tags U+E0000–U+E0FFF. On top of it, the
 * Armenian emphasis, exclamation and question marks written inside a word (՛ ՜ ՞ U+055B U+055C U+055E: "Ի՞նչ" is "Ինչ").
 */

/**
 * The zero-width non-joiner and joiner (U+200C, U+200D): ignorable inside a word of a script that never needs them;
 * the fold keeps them where they change a word (Persian, Indic scripts, emoji sequences: fold.ts isDroppableJoiner).
 */
export const ZERO_WIDTH_JOINERS = /[\u200c\u200d]/u;

/** One code point that is ignorable everywhere: the set above less the two joiners. */
export const INVISIBLE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0000}-\u{e0fff}\u055b\u055c\u055e]/u;

/** Whether one code point (a string of one code point) is ignorable inside a word: INVISIBLE, or a zero-width (non-)joiner. */
export function isIgnorableInWord(char: string): boolean {
  return INVISIBLE.test(char) || ZERO_WIDTH_JOINERS.test(char);
}

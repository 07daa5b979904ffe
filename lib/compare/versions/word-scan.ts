/**
 * Reading a text unit by unit (UTF-16 code units), for the role-swap pass's cheap questions asked of every edit: where a
 * word starts and ends, a letter in lower case, a capital. ASCII is read without a regular expression (most tokens are).
 */

const CAPITAL = /\p{Lu}/u;
/** A letter, a combining mark or a digit: what a word is made of. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether a text holds a capital letter (ASCII without a regular expression). */
export function holdsCapital(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 128 ? code >= 65 && code <= 90 : CAPITAL.test(text[k])) return true;
  }
  return false;
}

/** Whether the UTF-16 unit at text[k] is part of a word: a letter, a mark or a digit (ASCII without a regular expression). */
export function inWord(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(text[k]);
}

/** The end of the word that starts at text[k] (the first unit after it that is no word's). */
export function wordEnd(text: string, k: number): number {
  while (k < text.length && inWord(text, k)) k++;
  return k;
}

/** A UTF-16 unit in lower case (ASCII without a string). */
export function lowerUnit(text: string, k: number): number {
  const code = text.charCodeAt(k);
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  return text[k].toLowerCase().charCodeAt(0);
}

/** Whether the UTF-16 unit at text[k] is a capital letter (ASCII without a regular expression). */
export function capitalAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  return code < 128 ? code >= 65 && code <= 90 : CAPITAL.test(text[k] ?? "");
}

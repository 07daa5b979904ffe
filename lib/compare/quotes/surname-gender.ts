import { foldWord } from "../../text/fold";
import type { Gender } from "./gender";

/**
 * The gender the ending of a Slavic-type surname states, for the pronoun rule (antecedents.ts): the Russian surnames in
 * -ов/-ев/-ин and -ский are adjectival and agree with their bearer in gender — a woman of the family is -ова/-ева/-ина,
 * -ская (T. Wade, A Comprehensive Russian Grammar, 3rd ed., 2011, the declension of surnames; B. Unbegaun, Russian
 * Surnames, 1972). The Azerbaijani surnames of these readouts take the same endings (Aliyev, Aliyeva; Bayramov), and so
 * do their English transliterations, read here by -ova/-eva and -ov/-ev only: an English "-in" or "-ina" is as often no
 * Slavic name (Austin, Medina).
 *
 * Only a name in the nominative is read (a speaker's or a subject's name, or a speaker field): a Russian genitive
 * "Алиева" is Aliyev's, not a woman's. `name`: the name's words as written; its last word is the surname. Returns null
 * when the ending states nothing ("Pashinyan", "Blinken", "Пашинян") or the word is too short to be a surname. Pure.
 */
export function surnameGender(name: string): Gender | null {
  const words = name.replace(/[’']s$/u, "").split(/\s+/u).filter(Boolean);
  const last = words[words.length - 1];
  // A surname is capitalised; four letters at least before its ending ("Nova", "Ilov" are too short to tell).
  if (!last || !/^\p{Lu}/u.test(last) || last.length < 5) return null;
  const word = foldWord(last);
  if (/^[\p{Script=Cyrillic}-]+$/u.test(word)) {
    if (/(?:ова|ева|ёва|ина|ына|ская|цкая)$/u.test(word)) return "female";
    if (/(?:ов|ев|ёв|ин|ын|ский|цкий)$/u.test(word)) return "male";
    return null;
  }
  if (/^[a-z-]+$/u.test(word)) {
    if (/(?:ova|eva)$/u.test(word)) return "female";
    if (/(?:ov|ev)$/u.test(word)) return "male";
  }
  return null;
}

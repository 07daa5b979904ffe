/**
 * One name romanised by two systems (tester T3 #15: "Pashinyan" / "Pashinian", "Aliyev" / "Aliev", "Yerevan" /
 * "Erevan", "Zelenskyy" / "Zelensky", "Nagorno-Karabakh" / "Nagorny Karabakh"). Russian and Armenian names reach
 * English through several romanisation systems that write the same letters differently: BGN/PCGN (1947, Russian;
 * 1981, Armenian) writes "ye" for е at a word's start and after a vowel and "y" for й and before я, ю; ALA-LC writes
 * "e", "i", "ia", "iu" there; ISO 9 and the scholarly system write "j", "š", "ž", "č"; BGN writes ый, ий as "yy",
 * "iy", the press as "y". So each name is read as a key with those choices made one way (`romanisationKey`), and two
 * names with one key are one name: a notation, not a fact. The key keeps every consonant the systems agree on, so
 * "Pashinyan" / "Pashkov" and "Ilham" / "Heydar" stay apart; "sh" is never "s" ("Pasinyan" is another name).
 *
 * A Russian compound adjective's joining form (-o-, "Нагорно-Карабахский") and its full form ("Нагорный") name one
 * thing: a first part in -o joined by a hyphen is its full form with the adjective's ending (Russian Grammar, 1980,
 * § 1012: compound adjectives' first part).
 */

/** The háček letters of ISO 9 and the scholarly system as BGN/PCGN writes them. */
const HACEK: Record<string, string> = { š: "sh", ž: "zh", č: "ch", ŝ: "shch", ǰ: "j" };

/**
 * The romanisation key of one word: lower case, the háček letters as digraphs, other accents dropped, then the
 * systems' choices made one way: "ye"/"je" for е after a vowel or at the start is "e"; "y"/"j" before a vowel is "i"
 * (я, ю: "ya" / "ia" / "ja"); "y" after a vowel and before no vowel is "i" (й: "ay" / "ai"); a doubled "ii" is one; the adjective endings ый/ий ("yy", "iy", "ii", "yi", "ij") are "y".
 * Pure.
 */
export function romanisationKey(word: string): string {
  let key = word.toLowerCase().replace(/[šžčŝǰ]/gu, (letter) => HACEK[letter]);
  key = key.normalize("NFD").replace(/\p{M}/gu, "");
  key = key.replace(/(yy|iy|ii|yi|ij|yj)$/u, "y");
  key = key.replace(/(^|[aeiou])[yj]e/gu, "$1e");
  key = key.replace(/[yj](?=[aeiou])/gu, "i");
  // й after a vowel, before a consonant or at the end: "y" (BGN/PCGN) or "i" (ALA-LC, the press): "Ayvazyan" /
  // "Aivazian", "Sergey" / "Sergei", "Heydar" / "Heidar" (tester T5 #4).
  key = key.replace(/([aeiou])y(?![aeiou])/gu, "$1i");
  return key.replace(/ii/gu, "i");
}

const CAPITAL = /^\p{Lu}/u;
const LATIN_WORD = /^[\p{Script=Latin}]+$/u;
/** A Russian adjective's full ending as romanised (ый, ий, ой, ое, ая: "y", "iy", "oy", "oye", "aya") on a key. */
const ADJECTIVE_END = /(?:y|i|oi|oe|oie|aia|aya)$/u;

/** The parts of a name's words: each word split at its hyphens, a joining "-o" marked by the hyphen after it. */
function partsOf(words: readonly string[]): { text: string; joined: boolean }[] {
  const parts: { text: string; joined: boolean }[] = [];
  for (const word of words) {
    const pieces = word.replace(/'s?$/u, "").split(/[-‐‑]/u);
    pieces.forEach((piece, k) => parts.push({ text: piece, joined: k < pieces.length - 1 }));
  }
  return parts;
}

/** Whether one part is the other's joining form in -o and the other its full adjective form ("nagorno" / "nagorny"). */
function joiningForm(x: { key: string; joined: boolean }, y: { key: string; joined: boolean }): boolean {
  if (!x.joined || y.joined || !x.key.endsWith("o")) return false;
  const stem = x.key.slice(0, -1);
  return stem.length >= 3 && y.key.startsWith(stem) && ADJECTIVE_END.test(y.key.slice(stem.length)) && y.key.length - stem.length <= 3;
}

/**
 * Whether the words an edit drops (`removed`) and adds (`added`), as written, are the same name or names in another
 * romanisation: as many parts on each side (hyphens split a word into parts), each part capitalised and in the Latin
 * script, and each pair of parts with one key (romanisationKey) or a joining form for its full form; at least one
 * pair written differently. Keys of fewer than four letters never match another spelling ("Jan" / "Ian"). Pure; throws nothing.
 */
export function sameNameRomanisedAnotherWay(removed: readonly string[], added: readonly string[]): boolean {
  if (!removed.length || !added.length) return false;
  const x = partsOf(removed);
  const y = partsOf(added);
  if (x.length !== y.length) return false;
  let differs = false;
  for (let k = 0; k < x.length; k++) {
    const [partX, partY] = [x[k].text, y[k].text];
    if (!CAPITAL.test(partX) || !CAPITAL.test(partY) || !LATIN_WORD.test(partX) || !LATIN_WORD.test(partY)) return false;
    if (partX === partY) continue;
    differs = true;
    const [keyX, keyY] = [romanisationKey(partX), romanisationKey(partY)];
    // Short keys hold too few letters to tell a spelling from another name ("Jan" / "Ian").
    if (keyX.length < 4) return false;
    if (keyX === keyY) continue;
    const [sideX, sideY] = [{ key: keyX, joined: x[k].joined }, { key: keyY, joined: y[k].joined }];
    if (!joiningForm(sideX, sideY) && !joiningForm(sideY, sideX)) return false;
  }
  return differs;
}

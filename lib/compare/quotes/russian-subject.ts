import { foldWord } from "../../text/fold";
import { russianWordClass } from "./descriptions";
import { isIndeclinableRussianName, russianNominativeName, russianTitleCase } from "./name-case";

/**
 * The nominative part of a Russian speaker phrase read beside a reporting verb, the one part that can be the speaker
 * (tester T2, session 16): "сказал президенту госсекретарь" → "госсекретарь", "сказал Ильхаму Алиеву Блинкен" →
 * "Блинкен", "заявил помощник Алиева Хикмет Гаджиев" → "помощник Хикмет Гаджиев". `phrase`: the words the speaker
 * patterns caught (speakers.ts SUBJECT_RU). Returns the phrase without its oblique words, or null when no nominative
 * speaker is left, or a name after the title could be its owner's genitive as well as a nominative ("пресс-секретарь
 * Алиева": Aliyev's spokesman, or a Ms Aliyeva): a wrong speaker is worse than none. Cases by their endings
 * (name-case.ts; T. Wade, A Comprehensive Russian Grammar, 3rd ed., 2011): a title word is read by russianTitleCase;
 * a name word before any title by the dative -у/-ю and instrumental -ом/-ем/-ым/-им/-ой; the names after an oblique
 * title agree with it (russianNominativeName reads them in its case). Pure; never throws.
 */
export function russianNominativeSubject(phrase: string): string | null {
  const words = phrase.split(/\s+/u).filter(Boolean);
  let at = 0;
  while (at < words.length) {
    const { kind, fold } = russianWordClass(words[at]);
    if (kind === "title") {
      const grammaticalCase = russianTitleCase(words[at], fold);
      if (grammaticalCase === "nom") break;
      // A title whose case is not read may be either: not a speaker to name.
      if (grammaticalCase === null) return null;
      at++;
      // Its countries, and a name in its case ("президенту Азербайджана Ильхаму Алиеву"), depend on it.
      while (at < words.length && russianWordClass(words[at]).kind === "qualifier") at++;
      let names = at;
      while (names < words.length && russianWordClass(words[names]).kind === "name") names++;
      if (names > at && russianNominativeName(words.slice(at, names), grammaticalCase) !== null && !words.slice(at, names).every(isIndeclinableRussianName)) at = names;
    } else if (kind === "name" && OBLIQUE_NAME.test(foldWord(words[at]))) at++;
    else break;
  }
  const rest = words.slice(at);
  if (!rest.length) return null;
  // A name after a nominative title: a leading word in -а/-я is its owner's genitive ("помощник Алиева Хикмет
  // Гаджиев") when a name not so ending follows; alone, or with only such words, it may be a feminine nominative.
  const title = rest.findIndex((word) => russianWordClass(word).kind === "title");
  if (title < 0) return rest.join(" ");
  let first = title + 1;
  while (first < rest.length && russianWordClass(rest[first]).kind === "qualifier") first++;
  let end = first;
  while (end < rest.length && russianWordClass(rest[end]).kind === "name") end++;
  const names = rest.slice(first, end);
  if (!names.length || !GENITIVE_LIKE.test(foldWord(names[0]))) return rest.join(" ");
  const owner = names.findIndex((word) => !GENITIVE_LIKE.test(foldWord(word)));
  if (owner < 0) return null;
  return rest.slice(0, first).concat(names.slice(owner), rest.slice(end)).join(" ");
}

// A Russian name's dative or instrumental ending: never a nominative's (Wade 2011).
const OBLIQUE_NAME = /(?:[ую]|ом|ем|ым|им|ой)$/u;
// The genitive's -а/-я, which a feminine nominative ("Алиева", "Мария") shares.
const GENITIVE_LIKE = /[ая]$/u;

/**
 * The speaker a Russian "по словам …" names ("по словам Марии Захаровой" → "Мария Захарова", "по словам Ильхама
 * Алиева" → "Ильхам Алиев"): the preposition takes the genitive, which name-case.ts russianNominativeName reads for
 * men's and women's names (tester T4 F7). `phrase`: the words after "по словам" (speakers.ts SUBJECT_RU). Read: a
 * phrase of names alone, and names after a title whose owner stands between ("официального представителя МИД Марии
 * Захаровой": the ministry's; the names are the bearer's). Right after a title a genitive name may be the title's
 * owner's ("по словам помощника Алиева": Aliyev's aide) as well as its bearer's: the phrase is returned as it is, and
 * read as before (descriptions.ts). Null when the names do not read as a genitive. Pure.
 */
export function russianGenitiveSpeaker(phrase: string): string | null {
  const words = phrase.split(/\s+/u).filter(Boolean);
  const kinds = words.map((word) => russianWordClass(word).kind);
  const first = kinds.indexOf("name");
  if (first < 0 || kinds.slice(first).some((kind) => kind !== "name")) return phrase;
  if (first > 0 && (kinds[first - 1] !== "qualifier" || kinds.slice(0, first).some((kind) => kind === "other"))) return phrase;
  return russianNominativeName(words.slice(first), "gen");
}

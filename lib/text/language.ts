/**
 * Language tags and writing systems of statements, as the comparison reads them.
 *
 * A tag is read in its canonical BCP 47 form (Intl.getCanonicalLocales, which follows CLDR's alias data): "EN" is "en",
 * "eng" is "en", "rus" is "ru", "hye" and "arm" are "hy", and "en_US" (an underscore, as POSIX writes it) is "en-US".
 * An unreadable tag is kept in lower case; none is "en" (the engine's default).
 */
export function canonicalLanguage(tag: string | undefined): string {
  if (tag === undefined) return "en";
  let canonical = canonicalTags.get(tag);
  if (canonical === undefined) {
    const written = tag.trim().replace(/_/gu, "-");
    try {
      canonical = written ? (Intl.getCanonicalLocales(written)[0] ?? written.toLowerCase()) : "en";
    } catch {
      canonical = written.toLowerCase();
    }
    // Tags are few (a comparison has a handful); the bound only guards against a caller passing free text.
    if (canonicalTags.size >= 1_000) canonicalTags.clear();
    canonicalTags.set(tag, canonical);
  }
  return canonical;
}

const canonicalTags = new Map<string, string>();

/** The primary language subtag of a tag, canonical and lower case ("en" for "en-GB", "EN", "eng" or none). */
export function primaryLanguage(tag: string | undefined): string {
  if (tag === undefined) return "en";
  let primary = primaryTags.get(tag);
  if (primary === undefined) {
    primary = canonicalLanguage(tag).split("-")[0].toLowerCase();
    if (primaryTags.size >= 1_000) primaryTags.clear();
    primaryTags.set(tag, primary);
  }
  return primary;
}

// Asked per cell and per term by the synonym rules: remembered, like canonicalTags.
const primaryTags = new Map<string, string>();

// The scripts readouts are written in; letters of any other count as "other".
const SCRIPTS: [string, RegExp][] = [
  ["Latn", /\p{Script=Latin}/u],
  ["Cyrl", /\p{Script=Cyrillic}/u],
  ["Armn", /\p{Script=Armenian}/u],
  ["Grek", /\p{Script=Greek}/u],
  ["Geor", /\p{Script=Georgian}/u],
  ["Arab", /\p{Script=Arabic}/u],
  ["Hebr", /\p{Script=Hebrew}/u],
  ["Hani", /\p{Script=Han}/u],
];
const LETTER = /\p{L}/u;
/** Letters read to tell a text's script: enough for a vote, cheap for a 50,000-word statement. */
const SAMPLE_LETTERS = 4_000;

/**
 * The writing system most of a text's letters are in (ISO 15924 code: "Latn", "Cyrl", "Armn"…; "other" for the rest,
 * "" for a text without letters), from its first SAMPLE_LETTERS letters. An English readout that quotes Russian names
 * is "Latn"; the same readout in Russian is "Cyrl".
 */
export function dominantScript(text: string): string {
  const counts = new Map<string, number>();
  let seen = 0;
  let latin = 0;
  for (let k = 0; k < text.length && seen < SAMPLE_LETTERS; k++) {
    const code = text.charCodeAt(k);
    // ASCII letters at once; anything else outside ASCII asked of the scripts' expressions.
    if ((code | 32) >= 97 && (code | 32) <= 122) {
      latin++;
      seen++;
    } else if (code > 127) {
      const char = text[k];
      if (!LETTER.test(char)) continue;
      const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? "other";
      counts.set(script, (counts.get(script) ?? 0) + 1);
      seen++;
    }
  }
  if (latin) counts.set("Latn", (counts.get("Latn") ?? 0) + latin);
  let best = "";
  let most = 0;
  for (const [script, count] of counts) if (count > most) [best, most] = [script, count];
  return best;
}

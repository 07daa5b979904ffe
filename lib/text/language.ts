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

/**
 * The primary language subtag of a tag, canonical and lower case: "en" for "en-GB", "en_GB", "EN", "eng" or none, "ru"
 * for "rus", "hy" for "hye" and "arm" (canonicalLanguage). The one reading of a tag's language for every rule that
 * depends on it (stop words, synonyms, the version diff's rules); those ask it per word, so it is a Map lookup once a
 * tag has been read. Throws nothing.
 */
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
 * Below this share of a text's letters, its own words (outside quotations) are only a frame for what it quotes ("The
 * Kremlin said: «…»"): the quotation is the statement, and every letter votes.
 */
const MIN_OWN_SHARE = 1 / 4;
/**
 * From this share of the voting letters, the script a statement's tag declares wins the vote: a text a third in the
 * declared script is written in it, and the rest is borrowed (a passage quoted without marks, names and titles in
 * their own script). Below it the tag is likelier wrong than the letters (tester 61 F9: an English page tagged "hy").
 */
const MIN_DECLARED_SHARE = 1 / 3;
/**
 * From this share of the voting letters, a statement writes in a script besides its own: a sentence or more of it,
 * not a name or two (an English readout that writes its names in Cyrillic; tester 62 F8).
 */
const MIN_WRITTEN_SHARE = 1 / 10;

/** A stretch of a text: UTF-16 offsets, `start` inclusive, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** What a text's letters say about its writing systems (readScripts). */
export interface ScriptReading {
  /** ISO 15924 code of the script the text is written in ("Latn", "Cyrl", "Armn"…; "other"; "" without letters). */
  script: string;
  /**
   * Every script the text writes a share of at least MIN_WRITTEN_SHARE of its voting letters in, `script` among them
   * (empty without letters): the scripts whose rows the statement could have joined.
   */
  written: ReadonlySet<string>;
}

/**
 * How a text is written, from its first SAMPLE_LETTERS letters (UTF-16 offsets; `quoted` spans sorted by start, as
 * lib/compare/quotation-marks findQuotations gives its fragments; `language` a BCP 47 tag, any spelling). Throws nothing.
 *
 * A vote of letters, with two kinds of evidence besides the count (tester 62 F9: a Russian readout that quoted an
 * English statement in full was read as Latin script, so the English readouts were said to leave out its Russian
 * claims, and it theirs):
 * - letters inside `quoted` do not vote: a quotation is another speaker's words, and a readout that quotes the other
 *   side's statement in its own language is still written in the language of its own words. When its own words are
 *   under MIN_OWN_SHARE of its letters, they only frame the quotation, and every letter votes;
 * - the script `language` declares (CLDR's likely script: "ru" is Cyrillic, "hy" Armenian, "und" declares none) wins
 *   when it holds at least MIN_DECLARED_SHARE of the voting letters: the tag is the submitter's word, which letters
 *   can overrule (an English page mis-tagged "hy" is Latin) but a borrowed passage cannot.
 */
export function readScripts(text: string, options: { language?: string; quoted?: readonly TextSpan[] } = {}): ScriptReading {
  const quoted = options.quoted ?? [];
  const own = new Map<string, number>();
  const inQuotes = new Map<string, number>();
  let seen = 0;
  let ownLatin = 0;
  let quotedLatin = 0;
  let span = 0;
  for (let k = 0; k < text.length && seen < SAMPLE_LETTERS; k++) {
    const code = text.charCodeAt(k);
    const ascii = (code | 32) >= 97 && (code | 32) <= 122;
    if (!ascii && code <= 127) continue;
    while (span < quoted.length && quoted[span].end <= k) span++;
    const inside = span < quoted.length && quoted[span].start <= k;
    // ASCII letters at once; anything else outside ASCII asked of the scripts' expressions.
    if (ascii) {
      if (inside) quotedLatin++;
      else ownLatin++;
      seen++;
      continue;
    }
    const char = text[k];
    if (!LETTER.test(char)) continue;
    const script = scriptOfLetter(char);
    const counts = inside ? inQuotes : own;
    counts.set(script, (counts.get(script) ?? 0) + 1);
    seen++;
  }
  if (ownLatin) own.set("Latn", (own.get("Latn") ?? 0) + ownLatin);
  if (quotedLatin) inQuotes.set("Latn", (inQuotes.get("Latn") ?? 0) + quotedLatin);
  let ownTotal = 0;
  for (const count of own.values()) ownTotal += count;
  const votes = ownTotal >= seen * MIN_OWN_SHARE && ownTotal > 0 ? own : merged(own, inQuotes);
  const total = votes === own ? ownTotal : seen;
  let script = "";
  let most = 0;
  for (const [candidate, count] of votes) if (count > most) [script, most] = [candidate, count];
  const declared = declaredScript(options.language);
  if (declared !== undefined && (votes.get(declared) ?? 0) >= total * MIN_DECLARED_SHARE) script = declared;
  const written = new Set<string>();
  for (const [candidate, count] of votes) if (candidate === script || count >= total * MIN_WRITTEN_SHARE) written.add(candidate);
  return { script, written };
}

/**
 * How much of a text readScripts reads: the UTF-16 length of its shortest prefix holding SAMPLE_LETTERS letters (the
 * whole text when it has fewer). A caller that finds quotations for it need look no further than this, plus the
 * longest quotation it reads. Throws nothing.
 */
export function scriptSampleLength(text: string): number {
  let seen = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if ((code | 32) >= 97 && (code | 32) <= 122) seen++;
    else if (code > 127 && LETTER.test(text[k])) seen++;
    if (seen === SAMPLE_LETTERS) return k + 1;
  }
  return text.length;
}

/** The script of a text (readScripts: its own words' letters, the declared tag winning a close vote). Throws nothing. */
export function dominantScript(text: string, options: { language?: string; quoted?: readonly TextSpan[] } = {}): string {
  return readScripts(text, options).script;
}

/** Counts of `a` with those of `b` added: `a`'s order first (the vote's ties go to the first), then `b`'s new scripts. */
function merged(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const sum = new Map(a);
  for (const [script, count] of b) sum.set(script, (sum.get(script) ?? 0) + count);
  return sum;
}

// Han is one script whichever way it is written (CLDR's likely scripts of Chinese are Hans and Hant).
const LIKELY_TO_VOTED: Record<string, string> = { Hans: "Hani", Hant: "Hani" };
const VOTED = new Set(SCRIPTS.map(([code]) => code));

/** The script a tag declares (likelyScript), among those the vote tells; none for "und", an empty tag or no tag. */
function declaredScript(tag: string | undefined): string | undefined {
  if (tag === undefined || !tag.trim()) return undefined;
  const likely = likelyScript(tag);
  const voted = likely === undefined ? undefined : (LIKELY_TO_VOTED[likely] ?? likely);
  return voted !== undefined && VOTED.has(voted) ? voted : undefined;
}

const likelyScripts = new Map<string, string | undefined>();

/**
 * The script a language tag is written in (ISO 15924: "Latn" for "en", "Cyrl" for "ru" and "rus", "Armn" for "hy",
 * "Hans" for "zh"; an explicit script subtag is kept: "sr-Latn" is "Latn"), by CLDR's likely subtags (Intl.Locale
 * maximize) of its canonical form (canonicalLanguage: an empty tag reads "en"); undefined for "und" or a tag Intl
 * cannot read. Remembered per tag: callers ask per word. Throws nothing.
 */
export function likelyScript(tag: string): string | undefined {
  if (likelyScripts.has(tag)) return likelyScripts.get(tag);
  let script: string | undefined;
  if (primaryLanguage(tag) !== "und") {
    try {
      script = new Intl.Locale(canonicalLanguage(tag)).maximize().script;
    } catch {
      script = undefined;
    }
  }
  if (likelyScripts.size >= 1_000) likelyScripts.clear();
  likelyScripts.set(tag, script);
  return script;
}

/**
 * The writing system of one letter (ISO 15924 code of SCRIPTS: "Latn", "Cyrl", "Armn", "Grek", "Geor", "Arab",
 * "Hebr", "Hani"), "other" for a letter of any other script. `char` is one letter (a code point); not checked. Pure.
 */
export function scriptOfLetter(char: string): string {
  return SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? "other";
}

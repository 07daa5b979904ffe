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
 * not a name or two (an English readout that writes its names in Cyrillic; tester 62 F8). Only letters of words that
 * open in lower case count toward it: a short readout's names and acronyms ("роль OSCE и EU") reach a tenth alone
 * (tester 77 F1), and a sentence in another script has words in lower case.
 */
const MIN_WRITTEN_SHARE = 1 / 10;

/** A stretch of a text: UTF-16 offsets, `start` inclusive, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** What a text's letters say about its writing systems (readScripts). */
export interface ScriptReading {
  /**
   * ISO 15924 code of the script the text is written in ("Latn", "Cyrl", "Armn"…; "other"; "" without letters): its own
   * words' vote; a relay's, every letter's; a relay without a sentence of its own, its quotations' (its frame, however
   * long, is not what it says).
   */
  script: string;
  /**
   * Every script the text writes a share of at least MIN_WRITTEN_SHARE of its own words' letters in (outside `quoted`),
   * the winner of their vote among them; only the tag's script when the tag overruled that vote (MIN_DECLARED_SHARE:
   * the rest is borrowed). A relay (own words under MIN_OWN_SHARE of the letters, or, however many, only `frames` and
   * capitalised words) is read from its own sentences outside `frames`, or, when it has none (no own word outside them
   * opens in lower case), from its quotations. Empty without letters. The scripts the text could have
   * said a claim in itself (lib/compare/exchanges.ts scopeRow). Unlike `script`, never decided by a quotation beside
   * the text's own sentences.
   */
  written: ReadonlySet<string>;
}

/**
 * How a text is written, from its first SAMPLE_LETTERS letters (UTF-16 offsets; `quoted` spans sorted by start, as
 * lib/compare/quotation-marks findQuotations gives its fragments; `frames` the own words around quoted speech in its
 * sentences, sorted, disjoint from `quoted`, as lib/compare/quotation-frames.ts gives them; `language` a BCP 47 tag, any
 * spelling). Throws nothing.
 *
 * A vote of letters, with two kinds of evidence besides the count (tester 62 F9: a Russian readout that quoted an
 * English statement in full was read as Latin script, so the English readouts were said to leave out its Russian
 * claims, and it theirs):
 * - letters inside `quoted` do not vote: a quotation is another speaker's words, and a readout that quotes the other
 *   side's statement in its own language is still written in the language of its own words. When its own words are
 *   under MIN_OWN_SHARE of its letters, or are, at any length, only `frames` (and names, labels, datelines: words that
 *   open with a capital), they only frame the quotation (a relay), and every letter votes for `script`, or, when no
 *   own word outside `frames` opens in lower case, only the quotations' letters do (`written` reads its own sentences
 *   outside `frames`, or, a relay with none, its quotations: see ScriptReading);
 * - the script `language` declares (CLDR's likely script: "ru" is Cyrillic, "hy" Armenian, "und" declares none) wins
 *   when it holds at least MIN_DECLARED_SHARE of the voting letters: the tag is the submitter's word, which letters
 *   can overrule (an English page mis-tagged "hy" is Latin) but a borrowed passage cannot.
 */
export function readScripts(text: string, options: { language?: string; quoted?: readonly TextSpan[]; frames?: readonly TextSpan[] } = {}): ScriptReading {
  const { script, written } = readWriting(text, options);
  return { script, written };
}

/** What readScripts reads of a statement, and whether it is a relay. */
export interface WritingReading extends ScriptReading {
  /**
   * Whether its own words only frame the speech it quotes (under MIN_OWN_SHARE of its letters, or, at any length, only
   * `frames` and words that open with a capital): what it says is its quotations (and its own sentences, if it has any),
   * never the frames around them, which the comparison leaves out of its claims (lib/compare/relay-speech.ts).
   */
  relay: boolean;
}

/** readScripts with whether the text is a relay (WritingReading); the same arguments, the same reading. Throws nothing. */
export function readWriting(text: string, options: { language?: string; quoted?: readonly TextSpan[]; frames?: readonly TextSpan[] } = {}): WritingReading {
  const quoted = options.quoted ?? [];
  const frames = options.frames ?? [];
  const own = new Map<string, number>();
  const inQuotes = new Map<string, number>();
  // Own letters outside the quotations' frames: the text's own sentences.
  const unframed = new Map<string, number>();
  let seen = 0;
  let ownLatin = 0;
  let quotedLatin = 0;
  let unframedLatin = 0;
  let span = 0;
  let frame = 0;
  // Letters of words that open with a capital (a name, an acronym: "OSCE", "Пашинян"), per script and place: they make
  // no script written besides the text's own (below).
  const capitalised = { own: new Map<string, number>(), quoted: new Map<string, number>(), unframed: new Map<string, number>() };
  let inWord = false;
  let capitalWord = false;
  for (let k = 0; k < text.length && seen < SAMPLE_LETTERS; k++) {
    const code = text.charCodeAt(k);
    const ascii = (code | 32) >= 97 && (code | 32) <= 122;
    if (!ascii && code <= 127) {
      inWord = false;
      continue;
    }
    while (span < quoted.length && quoted[span].end <= k) span++;
    const inside = span < quoted.length && quoted[span].start <= k;
    while (frame < frames.length && frames[frame].end <= k) frame++;
    const framing = !inside && frame < frames.length && frames[frame].start <= k;
    // ASCII letters at once; anything else outside ASCII asked of the scripts' expressions.
    let script = "Latn";
    if (ascii) {
      if (!inWord) capitalWord = code <= 90;
      if (inside) quotedLatin++;
      else ownLatin++;
      if (!inside && !framing) unframedLatin++;
    } else {
      const char = text[k];
      if (!LETTER.test(char)) {
        inWord = false;
        continue;
      }
      if (!inWord) capitalWord = char !== char.toLowerCase();
      script = scriptOfLetter(char);
      const counts = inside ? inQuotes : own;
      counts.set(script, (counts.get(script) ?? 0) + 1);
      if (!inside && !framing) unframed.set(script, (unframed.get(script) ?? 0) + 1);
    }
    inWord = true;
    if (capitalWord) {
      const place = inside ? capitalised.quoted : capitalised.own;
      place.set(script, (place.get(script) ?? 0) + 1);
      if (!inside && !framing) capitalised.unframed.set(script, (capitalised.unframed.get(script) ?? 0) + 1);
    }
    seen++;
  }
  if (ownLatin) own.set("Latn", (own.get("Latn") ?? 0) + ownLatin);
  if (quotedLatin) inQuotes.set("Latn", (inQuotes.get("Latn") ?? 0) + quotedLatin);
  if (unframedLatin) unframed.set("Latn", (unframed.get("Latn") ?? 0) + unframedLatin);
  const ownTotal = total(own);
  const declared = declaredScript(options.language);
  // Own sentences: own letters outside the frames in words that open in lower case. Names, labels and datelines ("READOUT",
  // "WASHINGTON —", "Пашинян") state nothing, so a text whose only other words they are has no sentence of its own.
  const ownSentences = total(unframed) > total(capitalised.unframed);
  // Quotations do not vote, unless the text's own words are only a frame (or none at all): under MIN_OWN_SHARE of its
  // letters, or, however long, only the frames of the speech it quotes (quotation-frames.ts; helper C of session 15:
  // "According to the press service of the Armenian government, Prime Minister Pashinyan told the Secretary: «…»").
  const relay = !(ownTotal >= seen * MIN_OWN_SHARE && ownTotal > 0) || (frames.length > 0 && !ownSentences && total(inQuotes) > 0);
  // A relay without a sentence of its own is in the script of the speech it quotes: its frame, however long, says who
  // spoke (tester 82 F7: a long English frame made a relay of Russian speech "Latin", so the English readout it shares
  // no row with was said to describe another exchange, not to be in another language).
  const quoting = relay && !ownSentences && total(inQuotes) > 0;
  const votes = quoting ? inQuotes : relay ? merged(own, inQuotes) : own;
  const { script } = vote(votes, quoting ? total(inQuotes) : relay ? seen : ownTotal, declared);
  // What the text writes is read from its own words, never from a quotation beside them: a quotation is another
  // speaker's (tester 71 F1: a Russian readout whose own words were a fifth of its letters "wrote" the English it quoted).
  // A relay's own words are read without its quotations' frames: its own sentences, if it has any; a relay that has
  // none ("The presidency said: «…»") speaks only through its quotations, which it then writes (tester 71 k2.11).
  let base: ReadonlyMap<string, number> = own;
  let baseCapitalised = capitalised.own;
  if (relay) [base, baseCapitalised] = ownSentences ? [unframed, capitalised.unframed] : [inQuotes, capitalised.quoted];
  const baseTotal = total(base);
  const ownVote = vote(base, baseTotal, declared);
  const written = new Set<string>();
  // A tag that overrules the letters says the rest is borrowed (MIN_DECLARED_SHARE): the text writes its tag's script only.
  if (ownVote.overruled) written.add(ownVote.script);
  // A script besides the vote's is written only in words that open in lower case: names and acronyms in another script
  // ("роль OSCE и EU", "Prime Minister Пашинян") are borrowed, and a statement cannot say a claim in them (tester 77 F1).
  else {
    for (const [candidate, count] of base) {
      if (candidate === ownVote.script || count - (baseCapitalised.get(candidate) ?? 0) >= baseTotal * MIN_WRITTEN_SHARE) written.add(candidate);
    }
  }
  return { script, written, relay };
}

/**
 * The vote of `counts` (letters per script, `total` of them): the script most letters are in (ties to the first), or
 * the `declared` one from MIN_DECLARED_SHARE of the letters; `overruled` when the declared script won against the count.
 */
function vote(counts: ReadonlyMap<string, number>, total: number, declared: string | undefined): { script: string; overruled: boolean } {
  let script = "";
  let most = 0;
  for (const [candidate, count] of counts) if (count > most) [script, most] = [candidate, count];
  if (declared !== undefined && declared !== script && (counts.get(declared) ?? 0) >= total * MIN_DECLARED_SHARE) return { script: declared, overruled: true };
  return { script, overruled: false };
}

/**
 * From this share of a passage's letters (a row's cell), it is written in a script besides the one most of its letters
 * are in: the third at which a declared script wins a statement's vote (MIN_DECLARED_SHARE). Below it the letters are
 * borrowed — a name, a quoted phrase, the "The presidency said:" before a quotation (tester 71 k2.11, k3.6) — and a
 * statement in their script could not have joined the passage's row by them.
 */
const MIN_PASSAGE_SHARE = MIN_DECLARED_SHARE;

/**
 * The scripts a passage is written in (a row's cell: lib/compare/row-scripts.ts): the one most of its first
 * SAMPLE_LETTERS letters are in (ties to the first seen), and any other holding MIN_PASSAGE_SHARE of them; empty
 * without letters. Every letter counts, quoted or not: a quoted English passage joins English rows. Throws nothing.
 */
export function passageScripts(text: string): ReadonlySet<string> {
  const counts = new Map<string, number>();
  let latin = 0;
  let seen = 0;
  for (let k = 0; k < text.length && seen < SAMPLE_LETTERS; k++) {
    const code = text.charCodeAt(k);
    if ((code | 32) >= 97 && (code | 32) <= 122) {
      latin++;
      seen++;
    } else if (code > 127 && LETTER.test(text[k])) {
      const script = scriptOfLetter(text[k]);
      counts.set(script, (counts.get(script) ?? 0) + 1);
      seen++;
    }
  }
  if (latin) counts.set("Latn", (counts.get("Latn") ?? 0) + latin);
  const { script } = vote(counts, seen, undefined);
  const scripts = new Set<string>();
  for (const [candidate, count] of counts) if (candidate === script || count >= seen * MIN_PASSAGE_SHARE) scripts.add(candidate);
  return scripts;
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

/** The sum of a map's counts. */
function total(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
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

// Per script of SCRIPTS: a letter of any other script (a letter, and not of it).
const LETTER_NOT_OF = new Map(SCRIPTS.map(([code, pattern]) => [code, new RegExp(`[^\\P{L}${pattern.source}]`, "u")]));
const ASCII_LETTER = /[A-Za-z]/;

/**
 * The one script (ISO 15924 code of SCRIPTS) every letter of `text` is in, "" for a text without letters, undefined when
 * its letters are of two scripts or more, or of one outside SCRIPTS. Reads the whole text (no sample: unlike
 * readScripts, the answer holds for every part of it), by native expression searches: a Latin text's few characters
 * outside ASCII are tested one by one (testing every character would cost ~10 ns each; a 70,000-character readout takes
 * ~0.1 ms this way). Throws nothing.
 */
export function soleScript(text: string): string | undefined {
  const first = LETTER.exec(text);
  if (!first) return "";
  const script = scriptOfLetter(first[0]);
  const other = LETTER_NOT_OF.get(script);
  if (!other) return undefined;
  if (script !== "Latn") return ASCII_LETTER.test(text) || other.test(text) ? undefined : script;
  // Code units, not code points: the "u" flag makes the search several times slower. A letter outside the BMP is read
  // whole at its first unit; its second, alone, is no letter.
  const outside = /[^\x00-\x7F]/g;
  for (let found = outside.exec(text); found; found = outside.exec(text)) {
    const code = text.codePointAt(found.index)!;
    if (other.test(code > 0xffff ? String.fromCodePoint(code) : found[0])) return undefined;
  }
  return script;
}

/**
 * The writing system of one letter (ISO 15924 code of SCRIPTS: "Latn", "Cyrl", "Armn", "Grek", "Geor", "Arab",
 * "Hebr", "Hani"), "other" for a letter of any other script. `char` is one letter (a code point); not checked. Pure.
 */
export function scriptOfLetter(char: string): string {
  return SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? "other";
}

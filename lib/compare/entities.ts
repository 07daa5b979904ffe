import type { AnalysedStatement } from "./analyse";
import { MONTHS, NAME_CONNECTORS, ORGANISATION_CUES, PLACES, WEEKDAYS } from "./gazetteer";
import { isDemonym, isGivenName, isKnownOrganisation, isTitle, LONGEST_PLACE, PLACE_FEATURES, placeKeyOf, placeOfDemonym, STATE_FORMS } from "./name-lexicon";
import { organisationKey, transliterationSkeleton } from "./name-variants";
import type { Lexicon } from "./lexicon";
import { dateCueOf, findDates, usesTurkicMonths } from "../text/dates";
import { numberKey } from "../text/numbers";
import { AFTER_MARKER, MARKER_TOKEN, markerTokenFlags } from "./leading-markers";
import { normaliseText, POSSESSIVE } from "./normalise";
import type { Quotation } from "./quotation-marks";
import type { TextRange } from "./segment";
import { stopWordsFor } from "./stopwords";
import type { Entity, EntityKind, Span } from "./types";

/**
 * Entity inventory by heuristics: capitalised word runs classified by title words ("President …" is a
 * person), organisation words ("… Ministry") and a small gazetteer of places; dates and numbers by
 * pattern; quotations as found by the quote finder. Keys are normalised so that "Antony Blinken",
 * "Blinken" and "Blinken’s" are one person (people are keyed by surname).
 */

interface Mention {
  kind: EntityKind;
  key: string;
  /** Display form when it is not simply the text at `span` (quotations); sliced only for an entity's first mention. */
  text?: string;
  span: Span;
}

const KIND_ORDER: EntityKind[] = ["person", "organisation", "place", "date", "number", "quote"];

const STARTS_WITH_DIGIT = /^\p{Nd}/u;
const YEAR = /^(?:19|20)\d{2}$/u;

const MONTH_OR_WEEKDAY = new Set([...MONTHS, ...WEEKDAYS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

const DATE_CUES = ["none", "any", "turkic"] as const;

/** Facts about normalised words by lexicon id, each computed once per word. */
class BareWords {
  // Sized up front: filling a JS array at scattered word ids would turn it into a slow sparse array.
  private readonly bare: (string | undefined)[];
  private readonly connector: (boolean | undefined)[];
  private readonly number: (boolean | undefined)[];
  private readonly numberKeys = new Map<string, Map<string, string>>();
  // 0 = not yet known, then 1 + the index in DATE_CUES.
  private readonly dateCue: Uint8Array;

  constructor(private readonly lexicon: Lexicon) {
    this.dateCue = new Uint8Array(lexicon.words.length);
    this.bare = new Array<string | undefined>(lexicon.words.length).fill(undefined);
    this.connector = new Array<boolean | undefined>(lexicon.words.length).fill(undefined);
    this.number = new Array<boolean | undefined>(lexicon.words.length).fill(undefined);
  }

  /** How many word ids there are. */
  get size(): number {
    return this.lexicon.words.length;
  }

  /** The word without a possessive ending. */
  of(wordId: number): string {
    return (this.bare[wordId] ??= this.lexicon.words[wordId].replace(POSSESSIVE, ""));
  }

  isPossessive(wordId: number): boolean {
    return this.of(wordId) !== this.lexicon.words[wordId];
  }

  isConnector(wordId: number): boolean {
    return (this.connector[wordId] ??= NAME_CONNECTORS.has(this.lexicon.words[wordId]));
  }

  /** A month name in a covered language or a numeric date (lib/text/dates.ts); Azerbaijani and Turkish month names only in those languages. */
  isDateCue(wordId: number, turkic: boolean): boolean {
    if (this.dateCue[wordId] === 0) this.dateCue[wordId] = 1 + DATE_CUES.indexOf(dateCueOf(this.of(wordId)));
    const cue = DATE_CUES[this.dateCue[wordId] - 1];
    return cue === "any" || (turkic && cue === "turkic");
  }

  /**
   * One key for a quantity however it is written ("100,000", "100 000", "100.000" in Russian; see
   * lib/text/numbers.ts), read from the token as written in the statement's language (the lexicon's
   * word has no language), without an English ordinal ending.
   */
  numberKey(written: string, language: string): string {
    let keys = this.numberKeys.get(language);
    if (!keys) this.numberKeys.set(language, (keys = new Map()));
    let key = keys.get(written);
    if (key === undefined) {
      key = numberKey(written.replace(/(?:st|nd|rd|th)$/u, ""), language);
      keys.set(written, key);
    }
    return key;
  }

  isNumber(wordId: number): boolean {
    return (this.number[wordId] ??= STARTS_WITH_DIGIT.test(this.lexicon.words[wordId]));
  }
}

/** The first token of a sentence (analyse.ts sentenceTokens) after the list item's marker that opens it, if any. */
function afterMarker({ from, to }: { from: number; to: number }, markers: Uint8Array | null): number {
  if (!markers) return from;
  let first = from;
  while (first < to && markers[first] === MARKER_TOKEN) first++;
  return first;
}

// Tokens read around a month name or numeric date: "2023 թ. սեպտեմբերի 19-20-ը", "September 30 – October 2, 2023".
const DATE_TOKENS_BEFORE = 4;
const DATE_TOKENS_AFTER = 6;

/**
 * Dates in any covered language and notation, each with one normalised key ("19–20 September 2023",
 * "19-20 сентября 2023", "2023 թ. սեպտեմբերի 19-20-ը" → "september 19-20 2023"; see lib/text/dates.ts),
 * read in a few tokens around each month name or numeric date (the date parser costs in proportion to
 * the text it reads); and English weekdays ("Monday").
 */
function dateMentions(statement: AnalysedStatement, bareWords: BareWords, markers: Uint8Array | null): Mention[] {
  const { text, tokens } = statement;
  const mentions: Mention[] = [];
  const turkic = usesTurkicMonths(statement.language);
  for (const sentence of statement.sentenceTokens) {
    const { to } = sentence;
    const from = afterMarker(sentence, markers);
    let coveredTo = from;
    for (let i = from; i < to; i++) {
      const wordId = tokens.words[i];
      if (tokens.codes[i] & 1 && WEEKDAYS.has(bareWords.of(wordId))) {
        if (mentions.length === 0 || mentions[mentions.length - 1].span.end <= tokens.starts[i]) {
          mentions.push({ kind: "date", key: bareWords.of(wordId), span: { start: tokens.starts[i], end: tokens.ends[i] } });
        }
        continue;
      }
      if (i < coveredTo || !bareWords.isDateCue(wordId, turkic)) continue;
      const first = Math.max(from, coveredTo, i - DATE_TOKENS_BEFORE);
      const last = Math.min(to, i + DATE_TOKENS_AFTER + 1);
      const windowStart = tokens.starts[first];
      coveredTo = last;
      for (const { start, end, key } of findDates(text.slice(windowStart, tokens.ends[last - 1]), statement.language)) {
        const span = { start: windowStart + start, end: windowStart + end };
        // A weekday just before ("Monday, September 18") was taken already; a date never overlaps another.
        while (mentions.length > 0 && mentions[mentions.length - 1].span.end > span.start) mentions.pop();
        mentions.push({ kind: "date", key, text: text.slice(span.start, span.end), span });
      }
    }
  }
  return mentions;
}

/**
 * Numbers are the word tokens that start with a digit ("100,000", "19-20", "19th"), outside dates and outside a list
 * item's marker ("1.", "(2)": layout, leading-markers.ts).
 */
function numberMentions(statement: AnalysedStatement, taken: readonly Span[], bareWords: BareWords, markers: Uint8Array | null): Mention[] {
  const { text, tokens } = statement;
  const mentions: Mention[] = [];
  let date = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (!bareWords.isNumber(tokens.codes[i] >> 1) || markers?.[i] === MARKER_TOKEN) continue;
    const span = { start: tokens.starts[i], end: tokens.ends[i] };
    while (date < taken.length && taken[date].end <= span.start) date++;
    if (date < taken.length && taken[date].start < span.end) continue;
    const number = text.slice(span.start, span.end);
    mentions.push({ kind: YEAR.test(number) ? "date" : "number", key: bareWords.numberKey(number, statement.language), text: number, span });
  }
  return mentions;
}

/** Folded word without a possessive ending; `’` read as `'`. */
function bareWord(word: string): string {
  return normaliseText(word).replace(POSSESSIVE, "");
}

/** A word of a capitalised run: where it is, and its normalised form without a possessive. */
interface Token {
  start: number;
  end: number;
  bare: string;
}

function rawOf(text: string, token: Token): string {
  return text.slice(token.start, token.end);
}

const isApostrophe = (code: number) => code === 39 /* ' */ || code === 0x2019; /* ’ */

/** Length of the possessive ending of text[start, end) — 's, ’s, or an apostrophe after an s — or 0: /['’]s$|(?<=s)['’]$/u without a slice. */
export function possessiveEnding(text: string, start: number, end: number): number {
  if (end - start < 2) return 0;
  if (text.charCodeAt(end - 1) === 115 /* s */ && isApostrophe(text.charCodeAt(end - 2))) return 2;
  if (isApostrophe(text.charCodeAt(end - 1)) && text.charCodeAt(end - 2) === 115) return 1;
  return 0;
}

function placeKey(words: readonly string[]): string | null {
  return placeKeyOf(words.length === 1 ? words[0] : words.join(" "));
}

/** A mention of the words of `tokens` as written, without a possessive ending. */
function mentionOf(kind: EntityKind, key: string, text: string, tokens: Token[]): Mention {
  const last = tokens[tokens.length - 1];
  const possessive = possessiveEnding(text, last.start, last.end);
  const end = last.end - (possessive > 0 && last.end - last.start > possessive ? possessive : 0);
  return { kind, key, span: { start: tokens[0].start, end } };
}

const HYPHENS = /[-‐‑–]/u;

/** An organisation word, singular or plural ("Commission", "the Commissions"). */
function isOrganisationCue(word: string): boolean {
  return ORGANISATION_CUES.has(word) || (word.endsWith("s") && ORGANISATION_CUES.has(word.slice(0, -1)));
}

/** The words of a run that name places, and the groups of other words between them that may name people. */
interface RunParts {
  places: Mention[];
  names: Token[][];
}

/**
 * Reads a run (or the part of it after a title) left to right: the longest place name at each word (gazetteer and
 * compromise lexicon, name-lexicon.ts) is a place; connectors ("of", "the"), demonyms ("Armenians") and state forms
 * before "of" ("the Republic of Azerbaijan") name nobody; the other words, in consecutive groups, are names.
 */
function partsOf(text: string, run: Token[]): RunParts {
  const parts: RunParts = { places: [], names: [] };
  let group: Token[] = [];
  const closeGroup = () => {
    if (group.length) parts.names.push(group);
    group = [];
  };
  for (let i = 0; i < run.length; i++) {
    const bare = run[i].bare;
    // The longest place name starting here, its words joined as the gazetteer writes them.
    let placeLength = 0;
    let key: string | null = null;
    let name = "";
    for (let length = 1; length <= LONGEST_PLACE && i + length <= run.length; length++) {
      name = length === 1 ? bare : `${name} ${run[i + length - 1].bare}`;
      const found = placeKeyOf(name);
      if (found !== null) {
        key = found;
        placeLength = length;
      }
    }
    if (key !== null) {
      closeGroup();
      parts.places.push(mentionOf("place", key, text, run.slice(i, i + placeLength)));
      i += placeLength - 1;
    } else if (NAME_CONNECTORS.has(bare) || isDemonym(bare) || (STATE_FORMS.has(bare) && run[i + 1]?.bare === "of")) {
      closeGroup();
    } else {
      group.push(run[i]);
    }
  }
  closeGroup();
  return parts;
}

/** People named by the groups of a run: up to three words (a name and a surname), or more after a given name. */
function peopleOf(text: string, names: Token[][], run: Token[]): Mention[] {
  const mentions: Mention[] = [];
  for (const name of names) {
    if (name.length <= 3 || isGivenName(name[0].bare)) mentions.push(person(text, name));
    else mentions.push(mentionOf("organisation", run.map((token) => token.bare).join(" "), text, run));
  }
  return mentions;
}

/** Classifies one capitalised run; may yield nothing (a bare title, a demonym) or several places. */
function classifyRun(text: string, run: Token[]): Mention[] {
  const bare = run.map((token) => token.bare);
  const place = placeKey(bare);
  if (place) return [mentionOf("place", place, text, run)];
  const joined = bare.join(" ");
  if (isKnownOrganisation(joined)) return [mentionOf("organisation", joined, text, run)];
  // "Lachin Corridor", "Syunik Region": a place still.
  if (run.length > 1 && PLACE_FEATURES.has(bare[bare.length - 1])) return [mentionOf("place", joined, text, run)];

  let cue = false;
  for (const word of bare) if (isOrganisationCue(word)) cue = true;
  if (cue) return [mentionOf("organisation", organisationKey(bare, placeOfWord), text, run)];

  let firstTitle = -1;
  let lastTitle = -1;
  for (let i = 0; i < bare.length; i++) {
    const secretaryOfState = bare[i] === "state" && bare[i - 1] === "of" && bare[i - 2] === "secretary";
    if (!isTitle(bare[i]) && !secretaryOfState) continue;
    if (firstTitle < 0) firstTitle = i;
    lastTitle = i;
  }
  if (firstTitle >= 0) {
    // "U.S. Secretary of State Antony Blinken": a place before the title, a person after it; "the President of the
    // Republic of Azerbaijan Ilham Aliyev": a place and a person after it; "the Foreign Ministers of Armenia": a place.
    const origin = partsOf(text, run.slice(0, firstTitle));
    const after = partsOf(text, run.slice(lastTitle + 1));
    return [...origin.places, ...after.places, ...peopleOf(text, after.names, run)];
  }

  if (run.length === 1) {
    const raw = rawOf(text, run[0]);
    if (HYPHENS.test(raw)) return hyphenatedPlaces(run[0], raw.split(HYPHENS));
    if (isDemonym(bare[0])) return [];
    if (/^\p{Lu}{2,5}$/u.test(raw)) return [mentionOf("organisation", bare[0], text, run)];
  }
  const parts = partsOf(text, run);
  return [...parts.places, ...peopleOf(text, parts.names, run)];
}

/** A place key for a word that names a place or its people ("azerbaijan", "azerbaijani", "u.s"), or null. */
function placeOfWord(word: string): string | null {
  return placeKeyOf(word) ?? placeOfDemonym(word);
}

/** A person keyed by surname: the last word of the name that is not an initial ("Antony J. Blinken" → "blinken"). */
function person(text: string, name: Token[]): Mention {
  let surname = name.length - 1;
  while (surname > 0 && name[surname].bare.replace(/\.$/u, "").length === 1) surname--;
  return mentionOf("person", name[surname].bare, text, name);
}

/** "Armenia-Azerbaijan" names two places; "Armenian-Azerbaijani" names none. */
function hyphenatedPlaces(token: Token, parts: string[]): Mention[] {
  const mentions: Mention[] = [];
  let offset = token.start;
  for (const part of parts) {
    const key = placeKey([bareWord(part)]);
    if (key) mentions.push({ kind: "place", key, text: part, span: { start: offset, end: offset + part.length } });
    else if (!isDemonym(bareWord(part))) return [];
    offset += part.length + 1;
  }
  return mentions;
}

// Bits of a word's name flags.
const FLAGS_KNOWN = 1;
/** Neither a stop word nor a month or weekday. */
const NAME_WORD = 2;
/** Capitalised elsewhere (or a place), so a name even at the start of a sentence. */
const KNOWN_NAME = 4;

/**
 * Runs of capitalised words within a sentence, allowing "of", "the" and similar between them
 * ("Secretary of State Antony Blinken", "U.S. House of Representatives"), each classified.
 */
/** A classified mention of a run, with offsets from the run's start: the same run text always reads the same way. */
interface RunMention {
  kind: EntityKind;
  key: string;
  text?: string;
  start: number;
  end: number;
}

/**
 * classifyRun, remembered by the run's text for one inventory: names recur in every sentence of a readout, and
 * classifying a run (place, title, organisation and lexicon look-ups) costs more than slicing its text.
 */
function classifyRunOnce(text: string, run: Token[], known: Map<string, RunMention[]>): RunMention[] {
  const base = run[0].start;
  const runText = text.slice(base, run[run.length - 1].end);
  let mentions = known.get(runText);
  if (!mentions) {
    mentions = classifyRun(text, run).map(({ kind, key, text: display, span }) => ({ kind, key, text: display, start: span.start - base, end: span.end - base }));
    known.set(runText, mentions);
  }
  return mentions;
}

function nameMentions(statement: AnalysedStatement, knownNames: ReadonlySet<string>, bareWords: BareWords, knownRuns: Map<string, RunMention[]>, markers: Uint8Array | null): Mention[] {
  const { text, tokens } = statement;
  const stopWords = stopWordsFor(statement.language);
  const mentions: Mention[] = [];
  const token = (i: number): Token => ({
    start: tokens.starts[i],
    end: tokens.ends[i],
    bare: bareWords.of(tokens.words[i]),
  });
  // What each word can be in a name, by word id, worked out on first sight (0 = not yet).
  const nameWordFlags = new Uint8Array(bareWords.size);
  const flagsOf = (wordId: number): number => {
    if (nameWordFlags[wordId] === 0) {
      const bare = bareWords.of(wordId);
      const known = knownNames.has(bare) || knownNames.has(bare.replace(/s$/u, "")) || PLACES.has(bare);
      const nameWord = !stopWords.has(bare) && !MONTH_OR_WEEKDAY.has(bare.replace(/\.$/u, ""));
      nameWordFlags[wordId] = FLAGS_KNOWN | (nameWord ? NAME_WORD : 0) | (known ? KNOWN_NAME : 0);
    }
    return nameWordFlags[wordId];
  };
  // A capital at the start of a sentence or of a list item ("(b) Aid…"), or in a sentence written in capitals or in
  // title case (capitals.ts), only means a name if the word is capitalised elsewhere too.
  const capitalised = (i: number): boolean => {
    if (!(tokens.codes[i] & 1)) return false;
    const flags = flagsOf(tokens.words[i]);
    return (flags & NAME_WORD) !== 0 && ((tokens.capitalSaysNothing[i] === 0 && markers?.[i] !== AFTER_MARKER) || (flags & KNOWN_NAME) !== 0);
  };
  // Only one space (or the ". " after an acronym like "U.S." or an initial like "J.") may separate the words of a name.
  const adjacent = (previous: number, next: number): boolean => {
    const gap = tokens.starts[next] - tokens.ends[previous];
    const first = text.charCodeAt(tokens.ends[previous]);
    if (gap === 1) return first === 32 || first === 0xa0;
    if (gap !== 2 || first !== 46 || text.charCodeAt(tokens.ends[previous] + 1) !== 32) return false;
    const initial = tokens.ends[previous] - tokens.starts[previous] === 1 && (tokens.codes[previous] & 1) !== 0;
    return initial || bareWords.of(tokens.words[previous]).includes(".");
  };
  // The current run's token indexes: a typed array with a length, reused for every run of the statement.
  let longestSentence = 1;
  for (const { from, to } of statement.sentenceTokens) longestSentence = Math.max(longestSentence, to - from);
  const run = new Int32Array(longestSentence);
  let runLength = 0;
  const close = () => {
    while (runLength > 0 && bareWords.isConnector(tokens.words[run[runLength - 1]])) runLength--;
    if (runLength > 0) {
      const runTokens = new Array<Token>(runLength);
      for (let k = 0; k < runLength; k++) runTokens[k] = token(run[k]);
      const base = runTokens[0].start;
      for (const { kind, key, text: display, start, end } of classifyRunOnce(text, runTokens, knownRuns)) {
        mentions.push(display === undefined ? { kind, key, span: { start: base + start, end: base + end } } : { kind, key, text: display, span: { start: base + start, end: base + end } });
      }
    }
    runLength = 0;
  };
  for (const sentence of statement.sentenceTokens) {
    const { to } = sentence;
    for (let i = afterMarker(sentence, markers); i < to; i++) {
      // Most words are lower-case and outside any name: nothing to do.
      if (runLength === 0 && !(tokens.codes[i] & 1)) continue;
      const previous = runLength > 0 ? run[runLength - 1] : -1;
      if (capitalised(i)) {
        // A possessive ends a name ("Aliyev’s commitment") unless an institution follows ("Prime Minister’s Office").
        const possessiveBreak =
          previous >= 0 && bareWords.isPossessive(tokens.words[previous]) && !ORGANISATION_CUES.has(bareWords.of(tokens.words[i]));
        if (previous >= 0 && (!adjacent(previous, i) || possessiveBreak)) close();
        run[runLength++] = i;
      } else if (previous >= 0 && bareWords.isConnector(tokens.words[i]) && adjacent(previous, i) && i + 1 < to && capitalised(i + 1)) {
        run[runLength++] = i;
      } else if (previous >= 0) {
        close();
      }
    }
    close();
  }
  return mentions;
}

/**
 * Normalised words that appear capitalised somewhere other than the start of a sentence or of a list item, a list
 * item's marker ("II.") or a sentence written in capitals or in title case (analyse.ts capitalSaysNothing), in any
 * statement. `markers`: per statement, markerTokenFlags.
 */
function capitalisedElsewhere(statements: readonly AnalysedStatement[], bareWords: BareWords, markers: readonly (Uint8Array | null)[]): Set<string> {
  const names = new Set<string>();
  const added = new Uint8Array(bareWords.size);
  for (let s = 0; s < statements.length; s++) {
    const { tokens } = statements[s];
    const flags = markers[s];
    for (let i = 0; i < tokens.count; i++) {
      const wordId = tokens.codes[i] >> 1;
      if (tokens.codes[i] & 1 && !tokens.capitalSaysNothing[i] && !added[wordId] && !flags?.[i]) {
        added[wordId] = 1;
        names.add(bareWords.of(wordId));
      }
    }
  }
  return names;
}

/** A quotation is one entity; a split quotation has a span per fragment. */
function quoteMentions(text: string, quotations: readonly Quotation[]): Mention[] {
  return quotations.flatMap(({ fragments }) => {
    const pieces = fragments.map((range: TextRange) => text.slice(range.start, range.end));
    const key = normaliseText(pieces.join(" ")).replace(/[^\p{L}\p{M}\p{N}' ]+/gu, " ").replace(/\s+/gu, " ").trim();
    const display = pieces.join(" … ");
    return fragments.map(({ start, end }): Mention => ({ kind: "quote", key, text: display, span: { start, end } }));
  });
}

/** All capitals and longer than an acronym: "WASHINGTON", not "OSCE" or "UN". */
function isShouted(text: string): boolean {
  return text.length > 5 && text === text.toLocaleUpperCase() && text !== text.toLocaleLowerCase();
}

/** The entity inventory across statements, with who mentions each and where. */
export function extractEntities(
  statements: readonly AnalysedStatement[],
  quotations: readonly Quotation[][],
  lexicon: Lexicon,
): Entity[] {
  const bareWords = new BareWords(lexicon);
  // A list item's marker that opens a sentence is layout, no mention (leading-markers.ts): "1." is no number reported.
  const markers = statements.map(markerTokenFlags);
  const knownNames = capitalisedElsewhere(statements, bareWords, markers);
  const knownRuns = new Map<string, RunMention[]>();
  const perStatement = statements.map((statement, s) => {
    const dates = dateMentions(statement, bareWords, markers[s]);
    return [
      ...nameMentions(statement, knownNames, bareWords, knownRuns, markers[s]),
      ...dates,
      ...numberMentions(statement, dates.map((date) => date.span), bareWords, markers[s]),
      ...quoteMentions(statement.text, quotations[s]),
    ];
  });

  // "Blinkens" (a dropped apostrophe) is Blinken when Blinken is a person too.
  const personKeys = new Set<string>();
  for (const mentions of perStatement) {
    for (let m = 0; m < mentions.length; m++) if (mentions[m].kind === "person") personKeys.add(mentions[m].key);
  }
  for (const mentions of perStatement) {
    for (let m = 0; m < mentions.length; m++) {
      const mention = mentions[m];
      if (mention.kind === "person" && mention.key.endsWith("s") && personKeys.has(mention.key.slice(0, -1))) {
        mention.key = mention.key.slice(0, -1);
      }
    }
  }

  // Romanisations of one name are one entity ("Pashinyan", "Pashinian"; name-variants.ts), keyed as first written.
  const skeletons = new Map<string, string>();
  for (const kind of ["person", "place"] as const) {
    const keyBySkeleton = new Map<string, string>();
    for (const mentions of perStatement) {
      for (let m = 0; m < mentions.length; m++) {
        const mention = mentions[m];
        if (mention.kind !== kind) continue;
        let skeleton = skeletons.get(mention.key);
        if (skeleton === undefined) skeletons.set(mention.key, (skeleton = transliterationSkeleton(mention.key)));
        const key = keyBySkeleton.get(skeleton);
        if (key === undefined) keyBySkeleton.set(skeleton, mention.key);
        else mention.key = key;
      }
    }
  }

  // Entities by kind and key, and in the order first seen (which breaks ties in the final order).
  const byKind = new Map<EntityKind, Map<string, Entity>>(KIND_ORDER.map((kind) => [kind, new Map()]));
  const firstSeen: Entity[] = [];
  statements.forEach((statement, s) => {
    const mentions = perStatement[s].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    for (let m = 0; m < mentions.length; m++) {
      const mention = mentions[m];
      if (!mention.key) continue;
      const entities = byKind.get(mention.kind)!;
      let entity = entities.get(mention.key);
      if (!entity) {
        entity = { id: `e:${mention.kind}:${mention.key}`, kind: mention.kind, text: mention.text ?? statement.text.slice(mention.span.start, mention.span.end), key: mention.key, mentions: [], mentionedBy: [] };
        entities.set(mention.key, entity);
        firstSeen.push(entity);
      }
      // Shown as first written, unless that was a capitalised dateline ("WASHINGTON") and a later mention is not.
      if (mention.kind !== "quote" && isShouted(entity.text)) {
        const text = mention.text ?? statement.text.slice(mention.span.start, mention.span.end);
        if (!isShouted(text) && normaliseText(text) === normaliseText(entity.text)) entity.text = text;
      }
      // Statements are visited in order, so this statement's mentions, if any, come last.
      let byStatement = entity.mentions.at(-1);
      if (byStatement?.statementId !== statement.id) byStatement = undefined;
      if (!byStatement) {
        byStatement = { statementId: statement.id, spans: [] };
        entity.mentions.push(byStatement);
        entity.mentionedBy.push(statement.id);
      }
      byStatement.spans.push(mention.span);
    }
  });

  // A stable sort: entities that tie stay in the order first seen.
  // Exact-size copies of the arrays filled by push, which leaves room for 17 entries: the result may be cached.
  for (const entity of firstSeen) {
    entity.mentions = entity.mentions.map(({ statementId, spans }) => ({ statementId, spans: spans.slice() }));
    entity.mentionedBy = entity.mentionedBy.slice();
  }
  return firstSeen.sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.mentionedBy.length - a.mentionedBy.length,
  );
}

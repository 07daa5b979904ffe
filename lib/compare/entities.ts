import type { AnalysedStatement } from "./analyse";
import { DEMONYMS, MONTHS, NAME_CONNECTORS, ORGANISATION_CUES, PLACE_ALIASES, PLACES, TITLES, WEEKDAYS } from "./gazetteer";
import { foldCase, normaliseText } from "./normalise";
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
  text: string;
  span: Span;
}

const KIND_ORDER: EntityKind[] = ["person", "organisation", "place", "date", "number", "quote"];

const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const DAY = String.raw`\d{1,2}(?:\s?[-–]\s?\d{1,2})?`;
const DATE = new RegExp(
  String.raw`\b(?:(${DAY})\s+)?(${MONTH_NAMES}|(?:${MONTH_ABBREVIATIONS})\.?)(?!\p{L})(?:\s+(${DAY})(?:st|nd|rd|th)?\b)?(?:,?\s+(\d{4})\b)?` +
    String.raw`|\b(\d{4})-(\d{2})-(\d{2})\b|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`,
  "gu",
);
const NUMBER = /(?<![\p{L}\p{N}\-])\p{Nd}+(?:[.,\u00a0\u202f]\p{Nd}+)*(?:\s?[-–]\s?\p{Nd}+(?:[.,]\p{Nd}+)*)?%?(?:st|nd|rd|th)?(?![\p{L}\p{N}])/gu;
const YEAR = /^(?:19|20)\d{2}$/u;
const GROUPED_THOUSANDS = /^\d{1,3}(?:[.,\u00a0\u202f]\d{3})+$/u;

function dayKey(day: string): string {
  return day.replace(/\s/gu, "").replace("–", "-");
}

function dateMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(DATE)) {
    const [whole, dayBefore, monthWord, dayAfter, year, isoYear, isoMonth, isoDay, weekday] = match;
    const span = { start: match.index, end: match.index + whole.length };
    let key: string;
    if (weekday) key = weekday.toLowerCase();
    else if (isoYear) key = `${MONTHS[Number(isoMonth) - 1] ?? isoMonth} ${Number(isoDay)} ${isoYear}`;
    else {
      const month = MONTHS.find((name) => name.startsWith(monthWord.replace(".", "").toLowerCase()))!;
      const day = dayBefore ?? dayAfter;
      // "May" on its own is usually the verb.
      if (month === "may" && !day && !year) continue;
      key = [month, day && dayKey(day), year].filter(Boolean).join(" ");
    }
    mentions.push({ kind: "date", key, text: whole, span });
  }
  return mentions;
}

function numberKey(number: string): string {
  const bare = number.replace(/(?:st|nd|rd|th)$/u, "").replace(/\s/gu, "").replace("–", "-");
  return bare
    .split("-")
    .map((part) => (GROUPED_THOUSANDS.test(part) ? part.replace(/[.,\u00a0\u202f]/gu, "") : part.replace(",", ".")))
    .join("-");
}

function numberMentions(text: string, taken: readonly Span[]): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
    const kind = YEAR.test(match[0]) ? "date" : "number";
    mentions.push({ kind, key: numberKey(match[0]), text: match[0], span });
  }
  return mentions;
}

/** Folded word without a possessive ending; `’` read as `'`. */
function bareWord(word: string): string {
  return normaliseText(word).replace(/'s$|(?<=s)'$/u, "");
}

const DOTTED = /\p{L}\.\p{L}/u;
const POSSESSIVE_END = /['’]s$|(?<=s)['’]$/u;

interface Token {
  start: number;
  end: number;
  raw: string;
  bare: string;
  capitalised: boolean;
}

/** Runs of capitalised words, allowing "of", "the" and similar between them, within one sentence. */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && NAME_CONNECTORS.has(run[run.length - 1].bare)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  tokens.forEach((token, i) => {
    const previous = run[run.length - 1];
    const gap = previous ? text.slice(previous.end, token.start) : "";
    const adjacent = previous && (/^[ \u00a0]$/u.test(gap) || (gap === ". " && DOTTED.test(previous.raw)));
    const joins = token.capitalised || (NAME_CONNECTORS.has(token.bare) && tokens[i + 1]?.capitalised && run.length > 0);
    // A possessive ends a name ("Aliyev’s commitment") unless an institution follows ("Prime Minister’s Office").
    const possessiveBreak = previous && POSSESSIVE_END.test(previous.raw) && !ORGANISATION_CUES.has(token.bare);
    if (previous && (!adjacent || !joins || possessiveBreak)) close();
    if (token.capitalised) run.push(token);
    else if (joins && run.length) run.push(token);
  });
  close();
  return runs;
}

function placeKey(words: string[]): string | null {
  const name = words.join(" ");
  if (!PLACES.has(name)) return null;
  return PLACE_ALIASES[name] ?? name;
}

function joinedText(text: string, tokens: Token[]): { text: string; span: Span } {
  const last = tokens[tokens.length - 1];
  const possessive = POSSESSIVE_END.exec(last.raw);
  const end = last.end - (possessive && last.raw.length > possessive[0].length ? possessive[0].length : 0);
  return { text: text.slice(tokens[0].start, end), span: { start: tokens[0].start, end } };
}

/** Classifies one capitalised run; may yield nothing (a bare title, a demonym) or several places. */
function classifyRun(text: string, run: Token[]): Mention[] {
  const bare = run.map((token) => token.bare);
  const place = placeKey(bare);
  if (place) return [{ kind: "place", key: place, ...joinedText(text, run) }];

  if (bare.some((word) => ORGANISATION_CUES.has(word))) {
    const { text: name, span } = joinedText(text, run);
    const key = bare.map((word) => PLACE_ALIASES[word] ?? word).join(" ");
    return [{ kind: "organisation", key, text: name, span }];
  }

  const titles = bare.flatMap((word, i) => {
    const secretaryOfState = word === "state" && bare[i - 1] === "of" && bare[i - 2] === "secretary";
    return TITLES.has(word) || secretaryOfState ? [i] : [];
  });
  if (titles.length > 0) {
    // "U.S. Secretary of State Antony Blinken": a place before the title, a person after it.
    const mentions: Mention[] = [];
    const origin = run.slice(0, titles[0]);
    const originKey = origin.length ? placeKey(origin.map((token) => token.bare)) : null;
    if (originKey) mentions.push({ kind: "place", key: originKey, ...joinedText(text, origin) });
    const name = run.slice(titles[titles.length - 1] + 1).filter((token) => !NAME_CONNECTORS.has(token.bare));
    if (name.length) mentions.push(person(text, name));
    return mentions;
  }

  if (run.length === 1) {
    const parts = run[0].raw.split(/[-‐‑–]/u);
    if (parts.length > 1) return hyphenatedPlaces(run[0], parts);
    if (DEMONYMS.has(bare[0])) return [];
    if (/^\p{Lu}{2,5}$/u.test(run[0].raw)) return [{ kind: "organisation", key: bare[0], ...joinedText(text, run) }];
  }
  if (bare.every((word) => DEMONYMS.has(word))) return [];
  return run.length <= 3 ? [person(text, run)] : [{ kind: "organisation", key: bare.join(" "), ...joinedText(text, run) }];
}

function person(text: string, name: Token[]): Mention {
  return { kind: "person", key: name[name.length - 1].bare, ...joinedText(text, name) };
}

/** "Armenia-Azerbaijan" names two places; "Armenian-Azerbaijani" names none. */
function hyphenatedPlaces(token: Token, parts: string[]): Mention[] {
  const mentions: Mention[] = [];
  let offset = token.start;
  for (const part of parts) {
    const key = placeKey([bareWord(part)]);
    if (key) mentions.push({ kind: "place", key, text: part, span: { start: offset, end: offset + part.length } });
    else if (!DEMONYMS.has(bareWord(part))) return [];
    offset += part.length + 1;
  }
  return mentions;
}

const CAPITAL = /^\p{Lu}/u;
const MONTH_OR_WEEKDAY = new Set([...MONTHS, ...WEEKDAYS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

function nameMentions(statement: AnalysedStatement, knownNames: ReadonlySet<string>): Mention[] {
  const { text, tokens } = statement;
  const stopWords = stopWordsFor(statement.language);
  const mentions: Mention[] = [];
  for (const { from, to } of statement.sentenceTokens) {
    const sentence: Token[] = [];
    for (let i = from; i < to; i++) {
      const raw = text.slice(tokens.starts[i], tokens.ends[i]);
      const bare = bareWord(raw);
      // A capital at the start of a sentence only means a name if the word is capitalised elsewhere too.
      const known = i > from || knownNames.has(bare) || knownNames.has(bare.replace(/s$/u, "")) || PLACES.has(bare);
      const capitalised = CAPITAL.test(raw) && known && !stopWords.has(bare) && !MONTH_OR_WEEKDAY.has(bare.replace(/\.$/u, ""));
      sentence.push({ start: tokens.starts[i], end: tokens.ends[i], raw, bare, capitalised });
    }
    for (const run of capitalisedRuns(text, sentence)) mentions.push(...classifyRun(text, run));
  }
  return mentions;
}

/** Folded words that appear capitalised somewhere other than the start of a sentence, in any statement. */
function capitalisedElsewhere(statements: readonly AnalysedStatement[]): Set<string> {
  const names = new Set<string>();
  for (const { text, tokens } of statements) {
    for (let i = 0; i < tokens.count; i++) {
      if (tokens.codes[i] & 1 && !tokens.sentenceInitial[i]) names.add(bareWord(text.slice(tokens.starts[i], tokens.ends[i])));
    }
  }
  return names;
}

function quoteMentions(text: string, quotations: readonly Quotation[]): Mention[] {
  return quotations.map(({ fragments }) => {
    const pieces = fragments.map((range: TextRange) => text.slice(range.start, range.end));
    const key = normaliseText(pieces.join(" ")).replace(/[^\p{L}\p{M}\p{N}' ]+/gu, " ").replace(/\s+/gu, " ").trim();
    return { kind: "quote" as const, key, text: pieces.join(" … "), span: { start: fragments[0].start, end: fragments[fragments.length - 1].end } };
  });
}

/** The entity inventory across statements, with who mentions each and where. */
export function extractEntities(statements: readonly AnalysedStatement[], quotations: readonly Quotation[][]): Entity[] {
  const knownNames = capitalisedElsewhere(statements);
  const perStatement = statements.map((statement, s) => {
    const dates = dateMentions(statement.text);
    return [
      ...nameMentions(statement, knownNames),
      ...dates,
      ...numberMentions(statement.text, dates.map((date) => date.span)),
      ...quoteMentions(statement.text, quotations[s]),
    ];
  });

  // "Blinkens" (a dropped apostrophe) is Blinken when Blinken is a person too.
  const personKeys = new Set(perStatement.flat().filter((m) => m.kind === "person").map((m) => m.key));
  for (const mention of perStatement.flat()) {
    if (mention.kind === "person" && mention.key.endsWith("s") && personKeys.has(mention.key.slice(0, -1))) {
      mention.key = mention.key.slice(0, -1);
    }
  }

  const entities = new Map<string, { entity: Entity; firstSeen: number }>();
  let seen = 0;
  statements.forEach((statement, s) => {
    const mentions = [...perStatement[s]].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    for (const mention of mentions) {
      if (!mention.key) continue;
      const id = `e:${mention.kind}:${mention.key}`;
      let record = entities.get(id);
      if (!record) {
        record = {
          entity: { id, kind: mention.kind, text: mention.text, key: mention.key, mentions: [], mentionedBy: [] },
          firstSeen: seen++,
        };
        entities.set(id, record);
      }
      const { entity } = record;
      let byStatement = entity.mentions.find((m) => m.statementId === statement.id);
      if (!byStatement) {
        byStatement = { statementId: statement.id, spans: [] };
        entity.mentions.push(byStatement);
        entity.mentionedBy.push(statement.id);
      }
      byStatement.spans.push(mention.span);
    }
  });

  return [...entities.values()]
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.entity.kind) - KIND_ORDER.indexOf(b.entity.kind) ||
        b.entity.mentionedBy.length - a.entity.mentionedBy.length ||
        a.firstSeen - b.firstSeen,
    )
    .map(({ entity }) => entity);
}

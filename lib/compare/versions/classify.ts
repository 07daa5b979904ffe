import { foldForMatching } from "../../text/fold";
import { dateCueOf, findDates, usesTurkicMonths } from "../../text/dates";
import { stemmerFor, type Stemmer } from "../../text/stem";
import { DEMONYMS, MONTHS, PLACES, TITLES, WEEKDAYS } from "../gazetteer";
import { termMakerFor } from "../normalise";
import { stopWordsFor } from "../stopwords";
import { hasSynonyms, synonymSetsOf } from "../synonyms";
import { tokenize } from "../tokens";
import type { EditClass, EditReason } from "./types";
import { foldWord as wordKey } from "../../text/fold";

/**
 * Negation cues. After the negation cue lists of the *SEM 2012 shared task (Morante & Blanco, "Resolving
 * the scope and focus of negation", ConanDoyle-neg annotation guidelines): syntactic negators, negative
 * quantifiers and the negative affixal forms that occur in readouts.
 */
const NEGATION = new Set(
  "not n't no never none nobody nothing nowhere neither nor without cannot cant won't didn't doesn't don't isn't wasn't weren't aren't hasn't haven't hadn't couldn't wouldn't shouldn't refused refuse rejected reject denied deny failed fail lack lacked longer".split(" "),
);
/** English modal verbs and common modal adverbs and verbs of intention (Palmer, *Mood and Modality*, 2nd ed., ch. 1). */
const MODALITY = new Set(
  "will would shall should may might can could must need needs ought likely unlikely possibly probably perhaps certainly definitely intend intends intended plan plans planned expect expects expected hope hopes hoped agree agreed propose proposed consider considered".split(" "),
);
/** Quantifiers and scope words (Huddleston & Pullum, *Cambridge Grammar of the English Language*, ch. 5 §7 "determinatives"). */
const SCOPE = new Set(
  "all some every each any most many few several both either only just partly partially fully entire entirely whole majority minority more less fewer most least sole solely also even again first last".split(" "),
);
/**
 * Prepositions that place a person, a thing or an event in a state or direction: a phrase headed by one
 * that is dropped, added or changed changes the state of affairs ("released to house arrest" / "released",
 * "from detention"). Curated for readouts; see docs/edit-classes.md.
 */
const STATE_PREPOSITIONS = new Set("to from into under out against toward towards until till after before since without within except by in at on".split(" "));
/**
 * Editors' usual swaps in readouts that WordNet's first two senses (lib/compare/synonyms.ts) do not put in
 * one set ("expeditious"/"early", "border"/"frontier", "support"/"backing"). A supplement to WordNet, not a
 * thesaurus: a swap in neither that no fact rule catches is `unclassified`, not guessed as wording.
 */
const SYNONYM_GROUPS = [
  "underscored underlined stressed emphasized emphasised highlighted reiterated",
  "underscore underline stress emphasize emphasise highlight reiterate",
  "expeditious early swift quick prompt speedy rapid timely",
  "border frontier boundary",
  "discussed addressed talked reviewed",
  "discuss address review",
  "talks conversation call discussion meeting",
  "welcomed praised commended applauded",
  "urged encouraged called pressed",
  "support backing",
  "efforts steps work",
  "ensure guarantee secure",
  "important significant key essential vital critical crucial",
  "peace peaceful",
  "said stated noted added remarked",
  "continue pursue sustain maintain",
  "release freeing",
  "concern concerns worry",
  "also further additionally",
].map((group) => new Set(group.split(" ")));

/** WordNet synonym-set numbers of a word (its matching terms, lib/compare/normalise TermMaker; English only). */
const wordNetSets = remembered((word: string): readonly number[] => {
  const sets: number[] = [];
  for (const term of termMakerFor("en").terms(fold(word))) for (const set of synonymSetsOf(term)) sets.push(set);
  return sets;
});

/**
 * Whether two words mean the same: they share a WordNet 3.1 synonym set (lib/compare/synonyms.ts, the
 * engine's table; English statements only) or one of the swap groups above.
 */
function areSynonyms(x: string, y: string, language: string): boolean {
  if (hasSynonyms(language)) {
    const setsOfX = wordNetSets(x);
    if (setsOfX.length && wordNetSets(y).some((set) => setsOfX.includes(set))) return true;
  }
  return SYNONYM_GROUPS.some((group) => group.has(fold(x)) && group.has(fold(y)));
}

function wordsOf(text: string, language: string): string[] {
  const words: string[] = [];
  tokenize(text, 0, text.length, language, (start, end) => words.push(text.slice(start, end)));
  return words;
}

/** Remembered results kept per function: cleared when this many are held, so a long-running server stays bounded. */
const REMEMBERED_MAX = 20_000;

/**
 * `compute` with its results remembered by argument: one classification folds, stems and looks up each word
 * several times, and the edits of a diff repeat words (the stemmers' regular expressions are costly per call).
 */
function remembered<T>(compute: (word: string) => T): (word: string) => T {
  const results = new Map<string, T>();
  return (word) => {
    let result = results.get(word);
    if (result === undefined) {
      if (results.size >= REMEMBERED_MAX) results.clear();
      result = compute(word);
      results.set(word, result);
    }
    return result;
  };
}

const fold = remembered(wordKey);
const rememberedStemmers = new Map<Stemmer, Stemmer>();
const stemOf = (stem: Stemmer, folded: string): string => {
  let stemmer = rememberedStemmers.get(stem);
  if (!stemmer) rememberedStemmers.set(stem, (stemmer = remembered(stem)));
  return stemmer(folded);
};

/** The text between (and around) the word tokens, folded: what is left when the words are taken out. */
function separatorsOf(text: string, language: string): string[] {
  const separators: string[] = [];
  let at = 0;
  tokenize(text, 0, text.length, language, (start, end) => {
    separators.push(foldForMatching(text.slice(at, start)));
    at = end;
  });
  separators.push(foldForMatching(text.slice(at)));
  return separators;
}

/** Whether two texts with the same words have the same punctuation and spacing between them, up to the fold. */
function sameSeparators(before: string, after: string, language: string): boolean {
  const a = separatorsOf(before, language);
  const b = separatorsOf(after, language);
  return a.length === b.length && a.every((separator, i) => separator === b[i]);
}
const withoutPossessive = (word: string) => word.replace(/'s?$/u, "");

/** The words one side has and the other lacks, folded (a multiset difference). */
function onlyIn(words: string[], other: string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of other) counts.set(fold(word), (counts.get(fold(word)) ?? 0) + 1);
  const left: string[] = [];
  for (const word of words) {
    const key = fold(word);
    const count = counts.get(key) ?? 0;
    if (count > 0) counts.set(key, count - 1);
    else left.push(word);
  }
  return left;
}

function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLocaleLowerCase() && first === first.toLocaleUpperCase();
}

/** Whether findDates reads a date in the text; the parser runs only when a word is a date cue (it is slow per call). */
function hasDate(text: string, words: string[], language: string): boolean {
  const cue = words.some((word) => {
    const kind = dateCueOf(foldForMatching(word));
    return kind === "any" || (kind === "turkic" && usesTurkicMonths(language));
  });
  return cue && findDates(text, language).length > 0;
}

/** A number word or a written number (cardinals and ordinals up to the usual units). */
const NUMBER_WORDS = new Set(
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens half quarter first second third fourth fifth once twice".split(" "),
);

interface Context {
  language: string;
  /** Whether the edit starts a sentence (its first word's capital then says nothing about names). */
  sentenceInitial: boolean;
}

/**
 * The class of one edit, `before` (in a) → `after` (in b), and the rule that decided it. Rules in order:
 * 1. equal under the matching fold (lib/text/fold.ts), or the same words (a number regrouped, lib/text/numbers
 *    numberMatchForm) with the same separators → typographic;
 * 2. no letters or digits changed (only punctuation) → wording, "punctuation";
 * 3. a changed date (lib/text/dates findDates, a month or weekday name) → fact;
 * 4. a changed number (digits or a number word; lib/text/numbers groups are folded the same) → fact;
 * 5. a changed negation, modality or scope word (lists above) → fact;
 * 6. a changed title or role (lib/compare/gazetteer TITLES), place or demonym (PLACES, DEMONYMS) → fact;
 * 7. a changed capitalised word not at the start of a sentence → fact, "name";
 * 8. a phrase headed by a state preposition dropped, added or replaced, with a content word in it → fact, "qualifier";
 * 9. only stop words changed → wording, "function-word"; the same stems (lib/text/stem) → wording, "inflection";
 *    every changed word has a synonym on the other side (WordNet through lib/compare/synonyms.ts for English,
 *    or the swap groups above; areSynonyms) → wording, "synonym";
 * 10. otherwise → unclassified.
 * Rules 3–9 read English word lists; in other languages rules 1–4, 7 and 9 (stems) still apply.
 */
export function classifyEdit(before: string, after: string, context: Context = { language: "en", sentenceInitial: false }): { class: EditClass; reason: EditReason } {
  const { language } = context;
  if (foldForMatching(before).trim() === foldForMatching(after).trim()) return { class: "typographic", reason: "typography" };
  const wordsBefore = wordsOf(before, language);
  const wordsAfter = wordsOf(after, language);
  const removed = onlyIn(wordsBefore, wordsAfter);
  const added = onlyIn(wordsAfter, wordsBefore);
  const changed = [...removed, ...added];
  // The same words (numbers grouped differently count as the same) with the same separators up to the fold.
  if (changed.length === 0 && sameSeparators(before, after, language)) return { class: "typographic", reason: "typography" };
  if (changed.length === 0) return { class: "wording", reason: "punctuation" };
  const fact = (reason: EditReason) => ({ class: "fact" as const, reason });

  const keys = changed.map((word) => withoutPossessive(fold(word)));
  if (keys.some((key) => (MONTHS.includes(key) && key !== "may") || WEEKDAYS.has(key)) || hasDate(before, wordsBefore, language) || hasDate(after, wordsAfter, language)) return fact("date");
  if (changed.some((word) => /\p{Nd}/u.test(word)) || keys.some((key) => NUMBER_WORDS.has(key))) return fact("number");
  if (keys.some((key) => NEGATION.has(key))) return fact("negation");
  if (keys.some((key) => MODALITY.has(key))) return fact("modality");
  if (keys.some((key) => SCOPE.has(key))) return fact("scope");
  if (keys.some((key) => TITLES.has(key))) return fact("title");
  if (keys.some((key) => PLACES.has(key) || DEMONYMS.has(key))) return fact("place");
  // A capital at the start of a sentence says nothing about names.
  const initial = new Set(context.sentenceInitial ? [wordsBefore[0], wordsAfter[0]] : []);
  if (changed.some((word) => isCapitalised(word) && !initial.has(word))) return fact("name");

  const stopWords = stopWordsFor(language);
  const content = (words: string[]) => words.filter((word) => !stopWords.has(fold(word)));
  const headedByState = (words: string[]) => words.length > 1 && STATE_PREPOSITIONS.has(fold(words[0])) && content(words).length > 0;
  if (headedByState(wordsBefore) || headedByState(wordsAfter)) return fact("qualifier");
  if (content(changed).length === 0) return { class: "wording", reason: "function-word" };

  const stem = stemmerFor(language);
  if (stem && removed.length === added.length && removed.every((word, k) => stemOf(stem, fold(word)) === stemOf(stem, fold(added[k])))) return { class: "wording", reason: "inflection" };
  const synonymous = (word: string, others: string[]) => stopWords.has(fold(word)) || others.some((other) => other !== word && areSynonyms(word, other, language));
  if (removed.length && added.length && removed.every((word) => synonymous(word, added)) && added.every((word) => synonymous(word, removed)))
    return { class: "wording", reason: "synonym" };
  return { class: "unclassified", reason: "unknown" };
}

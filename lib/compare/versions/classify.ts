import { foldForMatching, foldWord as wordKey, withoutYoDots } from "../../text/fold";
import { dateCueOf, findDates, usesTurkicMonths } from "../../text/dates";
import { stemmerFor, type Stemmer } from "../../text/stem";
import { DEMONYMS, MONTHS, PLACES, TITLES, WEEKDAYS } from "../gazetteer";
import { termMakerFor } from "../normalise";
import { functionWordsFor } from "./function-words";
import { hasSynonyms, synonymSetsOf } from "../synonyms";
import { antonymsOfTerm } from "../antonyms";
import { tokenize } from "../tokens";
import type { EditClass, EditReason } from "./types";
import { holdsDigit, statedNumber } from "../../text/numbers";
import { isDemonym, isGivenName, placeKeyOf } from "../name-lexicon";
import { areOpposites, isAmbiguousNegation, isCardinalWord, isEmptyWord, isModal, isNegatedForm, isNegation, isScope, NUMBER_WORDS, prefixOver, RELATIVE_DAYS, sameFunctionWord } from "./closed-class";
import { changesWordByHyphen } from "./hyphen-homographs";
import { expandContractions, notCount } from "./contractions";
import { samePlaceWrittenAnotherWay } from "./place-variants";
import { sameNameWithoutAccents, sameNumberNotation } from "./notation";
import { sameNameRomanisedAnotherWay } from "./transliteration";
import { nameWrittenAnotherWay } from "./name-forms";
import { perSigns, sameValueWrittenAnotherWay } from "./same-value";
import { changesUnit, changesUnitSign, isScaleWord, isTimeUnit } from "./units";
import { isTimeWord } from "./time-words";
import { areSameApproximation, isApproximateNegator, isApproximator, isEstimate, isEvidential } from "./hedges";
import { isCapitalisedTitle, isCommonWordRank, isRankQualifier, isRankWord, isTitleStyleWord, isTitleWord, namesNoPerson } from "./title-words";
import { lookAlikeCapitals } from "../../text/look-alike-capitals";
import { endsWithAbbreviation } from "../segment";
import { endsSentenceGap } from "../../text/sentence-marks";
import { isArmenianColon } from "../armenian-stops";
import { NAME_PARTICLES } from "../abbreviated-titles";
import { areMoreOpposites, hasMoreOpposites, verbOf } from "./opposites-more";
import { changesTense, isAspectWord } from "./tense";
import { isPrefixNegation } from "./prefix-negation";
import { changesMood, changesQuotation } from "./sentence-mood";
import { isRussianOrArmenianPlace } from "./places-ru-hy";
import { abbreviatedDate, abbreviationsWrittenOut, areAbbreviatedTitles, expansionsOf, withoutEquivalents } from "./equivalents";
import { remembered } from "./remembered";
import { changesEncounter, sameEncounterForm } from "./encounters";
import { changesNameAfterTitle } from "./names-after-titles";
import { areAgreementForms, changesEnglishNumber, inflectionKind, irregularBaseOf, isSpellingVariant } from "./inflections";
import { articleCountNext } from "./article-one";
import { changesArticleBeforeQuantifier } from "./article-quantifiers";
import { compareFractionValues, holdsNumberCharacter, spellNumberCharacters } from "./number-characters";
import { pictographChange, withoutPresentation } from "./pictographs";

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
  "talks conversation call discussion meeting", // a call made a meeting is caught first (encounters.ts)
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

/** The English matching terms of a word (stems; lib/compare/normalise TermMaker), remembered. */
const englishTerms = remembered((word: string): readonly string[] => termMakerFor("en").terms(word));

/**
 * Whether two folded words are opposites by WordNet 3.1's antonym pointers or the readout supplement
 * (lib/compare/antonyms.ts): "increase"/"decreased", "strengthen"/"weakens", "support"/"opposed". English terms,
 * looked up in every language (an English word quoted in another language's statement); whole words only.
 */
function areAntonyms(x: string, y: string): boolean {
  // Most words have no antonym in the table, as written or read as a verb: one remembered lookup, no pair tested.
  if (!mayHaveAntonym(x)) return false;
  if (antonymTerms(x, y)) return true;
  // An irregular past read as its verb ("rose" / "fell" as "rise" / "fall"; opposites-more.ts verbOf).
  const verbX = verbOf(x);
  const verbY = verbOf(y);
  return (verbX !== x || verbY !== y) && antonymTerms(verbX, verbY);
}

/** The antonym sets (lib/compare/antonyms.ts) of a word's English matching terms, in the terms' order; remembered. */
const antonymSetsOf = remembered((word: string): readonly ReadonlySet<string>[] => {
  const sets: ReadonlySet<string>[] = [];
  for (const term of englishTerms(word)) {
    const antonyms = antonymsOfTerm(term);
    if (antonyms) sets.push(antonyms);
  }
  return sets;
});

/** Whether areAntonyms(word, anything) can hold: the word or its verb (an irregular past) has an antonym set. */
const mayHaveAntonym = remembered((word: string): boolean => {
  if (antonymSetsOf(word).length > 0) return true;
  const verb = verbOf(word);
  return verb !== word && antonymSetsOf(verb).length > 0;
});

/** Whether areMoreOpposites(verbOf(key), anything) can hold (opposites-more.ts), remembered: most words are in no pair. */
const mayBeMoreOpposite = remembered((key: string): boolean => hasMoreOpposites(verbOf(key)));

function antonymTerms(x: string, y: string): boolean {
  const sets = antonymSetsOf(x);
  if (sets.length === 0) return false;
  if (HYPHEN.test(x) || HYPHEN.test(y)) return false;
  for (const antonyms of sets) for (const termY of englishTerms(y)) if (antonyms.has(termY)) return true;
  return false;
}
const HYPHEN = /[-‐‑]/u;

/**
 * Whether two words mean the same: never when they are antonyms (above); otherwise when they share a WordNet 3.1 synonym set (lib/compare/synonyms.ts, the
 * engine's table; English statements only; whole words, never a hyphenated word's parts) or one of the swap groups above.
 */
export function areSynonyms(x: string, y: string, language: string): boolean {
  return sharesMeaning(x, y, language) && !areAntonyms(fold(x), fold(y));
}

function sharesMeaning(x: string, y: string, language: string): boolean {
  // Whole words only: WordNet's terms of "de-escalation" include "escalation", so a hyphenated word is matched by the swap groups alone.
  if (hasSynonyms(language) && !/[-‐‑]/u.test(x + y)) {
    const setsOfX = wordNetSets(x);
    if (setsOfX.length && wordNetSets(y).some((set) => setsOfX.includes(set))) return true;
  }
  // The swap groups holding x (most words are in none), then whether one of them holds y.
  const groupsOfX = swapGroupsOf(fold(x));
  if (groupsOfX.length === 0) return false;
  const foldedY = fold(y);
  return groupsOfX.some((group) => group.has(foldedY));
}

/** The swap groups (SYNONYM_GROUPS) holding a folded word, remembered. */
const swapGroupsOf = remembered((folded: string): readonly ReadonlySet<string>[] => SYNONYM_GROUPS.filter((group) => group.has(folded)));

function wordsOf(text: string, language: string): string[] {
  const words: string[] = [];
  tokenize(text, 0, text.length, language, (start, end) => words.push(text.slice(start, end)));
  return words;
}

const fold = remembered(wordKey);
const dateCueOfWord = remembered((word: string) => dateCueOf(foldForMatching(word)));
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
const equivalenceKey = (word: string) => withoutPossessive(fold(word));

/** A word's hyphenated parts ("Lieutenant-General" → "Lieutenant", "General"), or the word. */
const hyphenParts = (word: string): string[] => (word.includes("-") ? word.split("-").filter(Boolean) : [word]);

/** Sides of an edit up to this many words are matched by a scan (onlyIn), longer ones through counts. */
const SMALL_SIDE = 8;
/** Stands in for a matched word in onlyIn's scan: no folded word is a lone NUL. */
const UNMATCHABLE = "\u0000";

/** The words one side has and the other lacks, folded (a multiset difference). */
function onlyIn(words: string[], other: string[]): string[] {
  // An edit's few words (nearly always): matched in place, without a Map per call (profile of the version diff, session 19).
  if (other.length <= SMALL_SIDE) {
    const keys = other.map(fold);
    const left: string[] = [];
    for (const word of words) {
      const key = fold(word);
      const at = keys.indexOf(key);
      if (at >= 0) keys[at] = UNMATCHABLE;
      else left.push(word);
    }
    return left;
  }
  const counts = new Map<string, number>();
  for (const word of other) {
    const key = fold(word);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
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
    const kind = dateCueOfWord(word);
    return kind === "any" || (kind === "turkic" && usesTurkicMonths(language));
  });
  return cue && findDates(text, language).length > 0;
}

interface Context {
  language: string;
  /** Whether the edit starts a sentence (its first word's capital then says nothing about names). */
  sentenceInitial: boolean;
  /** Whether a digit follows the edit in either version (a dropped "-" before "5" is a sign, not punctuation). */
  digitFollows?: boolean;
  /** Whether a folded word is written with a capital somewhere in either version other than at a sentence's start (a name there). */
  nameElsewhere?: (folded: string) => boolean;
  /** Whether a number follows the edit in both versions, after spaces at most ("About 40" → "Some 40"). */
  numberFollows?: boolean;
  /**
   * Whether a number written as a word (closed-class.ts isCardinalWord) or an article used as the number one
   * (article-one.ts: "an hour") follows the edit in both versions ("About| forty" → "Some| forty", "| an hour" → "under| an hour").
   */
  numberWordFollows?: boolean;
  /** Whether a quantifier whose sense an article changes (article-quantifiers.ts: "few", "little", "most") follows the edit in both versions. */
  quantifierFollows?: boolean;
  /** Whether a degree sign stands just before the edit in either version ("30°C" → "30°F": the edit is "C" → "F"). */
  afterDegreeSign?: boolean;
  /** Whether a digit stands just before the edit in either version ("5" → "5+": the edit is "" → "+"). */
  digitPrecedes?: boolean;
  /** Whether a number stands before the edit in either version, after spaces at most ("10 K" → "10 M"). */
  numberPrecedes?: boolean;
  /** Whether the edit lies in the marker of a list item that opens its sentence in both versions (list-markers.ts): "B." is then no initial. */
  inListMarker?: boolean;
  /**
   * Whether the edit is a letter that is a list item's marker in one version and, in the other, a letter that may open
   * a list of one ("A.", "I."): a list shortened to its first item, or an initial; the rules cannot tell which.
   */
  listLetterAmbiguous?: boolean;
  /** Whether a dot follows the edit in both versions ("K|. Smith" → "M|. Smith": the letters are initials). */
  dotFollows?: boolean;
  /** Whether a capitalised word follows the edit in either version, after an abbreviation's dot at most ("Major| Smith", "Sen|. Smith"). */
  capitalFollows?: boolean;
  /** Whether what follows the edit in either version, after an abbreviation's dot at most, is an institution's name (title-words.ts namesInstitution: "Sen|. Foreign Relations Committee"). */
  institutionFollows?: boolean;
  /** Whether a demonym or compass adjective follows the edit in either version ("Major| Western powers"): after a rank that is also a common word, no name. */
  demonymFollows?: boolean;
  /** Whether a rank follows the edit in either version (title-words.ts isRankWord: "Staff |Sgt. Smith"). */
  rankFollows?: boolean;
  /** Whether the edit opens with a twelve right after a month's name (same-value.ts dayAfterMonth: "March 12 noon"). */
  afterMonth?: boolean;
  /**
   * Whether a version is written in a case style throughout — in capitals, or with every word capitalised (a headline
   * style, a wire copy in capitals): its case says nothing, so a word differing only in case is typography (tester 61 F2).
   */
  caseStyled?: boolean;
  /**
   * Whether a sentence of the edit's pair is written in capitals or in title case in either version (capitals.ts,
   * capital-sentences.ts: a wire copy, a headline): there a capital says nothing about a name, as at a sentence's
   * start; a word is a name only by the lexicons or by its capital elsewhere (isKnownName), and one differing only in
   * case is typography (tester 62 F4; helper H8: "Receives" → "Gets" in a headline in title case).
   */
  inCapitals?: boolean;
  /** Whether what follows the edit in either version says what its number counts (units.ts countsSomethingAt: "6.30 km", "2.30 min", "12.30 %"): no time of day. */
  unitFollows?: boolean;
  /**
   * For an edit in a sentence in capitals or in title case (inCapitals): the words right before it in its sentence in
   * version a and in version b, as written, in order, with nothing but spaces between them and the edit (a few at most):
   * a title there makes the word after it a name (names-after-titles.ts: "PRESIDENT| ALIYEV").
   */
  wordsBeforeA?: readonly string[];
  wordsBeforeB?: readonly string[];
}

/**
 * Whether two capital letters are one Latin letter with or without its accent ("Ş" / "S", "É" / "E"), or Cyrillic "Ё"
 * and "Е" (Russian writes one for the other). Other Cyrillic letters with marks are letters of their own ("Й" / "И",
 * Ukrainian "Ї" / "І"; tester 53).
 */
function sameLetterAccented(x: string, y: string): boolean {
  if ((x === "Ё" && y === "Е") || (x === "Е" && y === "Ё")) return true;
  const bare = (letter: string) => letter.normalize("NFD").replace(/\p{M}/gu, "");
  return /^\p{Script=Latin}$/u.test(bare(x)) && bare(x) === bare(y);
}

/**
 * Whether one capital letter alone for another (rule 3a) changes an initial: not the same letter with or without its
 * accent ("Ş." / "S.", as "Ömer" / "Omer": the accents rule's), and at a sentence's start only with an initial's dot
 * after it: there a letter alone is as often a word
 * (Russian "И" / "А", Ukrainian "У" / "В", English "A" / "I"; tester 52).
 */
function changesInitial(removed: string, added: string, wordsBefore: readonly string[], wordsAfter: readonly string[], context: Context): boolean {
  const [x, y] = [removed.replace(/\.$/u, ""), added.replace(/\.$/u, "")];
  if (sameLetterAccented(x, y)) return false;
  const opensSentence = context.sentenceInitial && (wordsBefore[0] === removed || wordsAfter[0] === added);
  return !opensSentence || !!context.dotFollows || (removed.endsWith(".") && added.endsWith("."));
}

/** Whether words[k] opens a name: a capitalised word, or a surname's particle before one ("de Gaulle", "al-Assad", "van der Bellen"). */
function opensName(words: readonly string[], k: number): boolean {
  let at = k;
  while (at < words.length && at < k + 2 && NAME_PARTICLE.test(words[at])) at++;
  return at < words.length && (isCapitalised(words[at]) || PARTICLE_JOINED.test(words[at]));
}

/**
 * Whether a changed word of one side (`changed`, among that side's `words`) is an abbreviated title or a rank that is
 * also a common word (title-words.ts isCapitalisedTitle: "Sen.", "Gov.", "Major", "Private") standing before a
 * capitalised word, as a title stands before a name (The Chicago Manual of Style, § 10.15): "Major Smith", "Sen.
 * Menendez", "Lt. Gen. Smith"; "Major progress", "Private talks", "the Gov. of Armenia" hold none (tester 52). The
 * edit's last word looks past the edit (context.capitalFollows).
 */
function titleBeforeName(words: readonly string[], changed: readonly string[], context: Context): boolean {
  if (!changed.some(isCapitalisedTitle)) return false;
  for (let k = 0; k < words.length; k++) {
    if (!isCapitalisedTitle(words[k]) || !changed.includes(words[k])) continue;
    // Capitalised words that name no person are no name: an institution's ("Sen. Foreign Relations Committee"), and
    // after a rank that is also a common word a demonym ("Major Western powers"; title-words.ts namesNoPerson).
    // In a sentence in capitals the capital after it is no name's ("MAJOR STEP"), unless the word is known as one.
    const named =
      k + 1 < words.length
        ? opensName(words, k + 1) && !namesNoPerson(words.slice(k + 1), words[k]) && (!context.inCapitals || isKnownName(words[k + 1], context))
        : context.capitalFollows && !context.inCapitals && !noPersonFollows(words[k], context);
    if (named) return true;
  }
  return false;
}

/** Whether what follows the edit names no person for `title`, the edit's last word (titleBeforeName). */
const noPersonFollows = (title: string, context: Context): boolean => !!context.institutionFollows || (!!context.demonymFollows && isCommonWordRank(title));

/**
 * Whether an abbreviation that is the title and the institution (`word`, among its side's `words`: "Sen.", "Gov.")
 * stands before an institution's name ("the Sen. Foreign Relations Committee", "Gov. Accountability Office"): there it
 * is the institution (session 12's review).
 */
function beforeInstitution(words: readonly string[], word: string, context: Context): boolean {
  const k = words.indexOf(word);
  return k + 1 < words.length ? namesNoPerson(words.slice(k + 1), word) : !!context.capitalFollows && !!context.institutionFollows;
}

/**
 * Whether a rank qualifier (title-words.ts isRankQualifier: "Staff", "Master", "Rear", "старший") among a side's
 * changed words stands before a rank ("Staff Sgt.", "Rear Adm.", "Petty Officer"), in the edit or just after it
 * (context.rankFollows): the rank changed, a fact, "title". English qualifiers only with their capital.
 */
function qualifiesRank(words: readonly string[], changed: readonly string[], context: Context): boolean {
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    if (!changed.includes(word) || !isRankQualifier(fold(word)) || (/^\p{Script=Latin}/u.test(word) && !isCapitalised(word))) continue;
    // Past the qualifiers after it ("Chief Petty Officer").
    let next = k + 1;
    while (next < words.length && isRankQualifier(fold(words[next]))) next++;
    if (next < words.length ? isRankWord(words[next]) : context.rankFollows) return true;
  }
  return false;
}

/**
 * How an abbreviation that stands for two words ("Gov.": governor or government; "Rep.", "Dep.", "Adm.", "Brig.",
 * "Sen."; equivalents.ts expansionsOf) reads where the other side writes one of them out: before a name it is the
 * title ("Texas Gov. Abbott"), so the title written out is the same (null: the equivalence rule's) and the other word
 * is "other" (a title fact); before an institution's name it is the institution ("the Sen. Foreign Relations
 * Committee": the Senate written out is the same, the title "either"; session 12's review); elsewhere it is "either"
 * ("The Gov. of Texas" / "The Government of Texas": the governor or the government spoke; unclassified). Null when no
 * such abbreviation is written out.
 */
function abbreviationWrittenOut(wordsBefore: readonly string[], removed: readonly string[], wordsAfter: readonly string[], added: readonly string[], context: Context): "other" | "either" | null {
  for (const [words, changed, other] of [[wordsBefore, removed, added], [wordsAfter, added, removed]] as const) {
    for (const word of changed) {
      const forms = expansionsOf(fold(word));
      if (forms.length < 2) continue;
      const written = other.find((candidate) => forms.includes(fold(candidate)));
      if (written === undefined) continue;
      const title = fold(written) === forms[0];
      if (titleBeforeName(words, [word], context)) return title ? null : "other";
      // Before an institution's name, the institution ("the Sen. Foreign Relations Committee" / "the Senate …"); the
      // title written out there may be a person's after all ("Gov. Hochul Administration": namesNoPerson reads a surname
      // and an institution's word as an institution's name): the rules cannot tell.
      if (beforeInstitution(words, word, context)) return title ? "either" : null;
      return "either";
    }
  }
  return null;
}

/** Whether `initial` is a capital letter alone that opens `name`, a capitalised word of more letters ("Н." / "Никол"). */
function initialOf(initial: string, name: string): boolean {
  return SINGLE_CAPITAL.test(initial) && name.length > 1 && /^\p{Lu}\p{Ll}/u.test(name) && name[0] === initial[0];
}

const NAME_PARTICLE = new RegExp(`^(?:${NAME_PARTICLES})$`, "u");
const PARTICLE_JOINED = /^(?:al|el|ad|as|an|ar|ash|at|az)-\p{Lu}/u;

const MINUS = /[-−‒–﹣－]/u;
/** A capital letter alone, with its dot or not: an initial ("K", "M.", "И"). */
const SINGLE_CAPITAL = /^\p{Lu}\.?$/u;
const DIGIT = /\p{Nd}/u;
/** A written number with its sign: a minus not preceded by a letter or digit (so not a range "19-20"). */
const SIGNED_NUMBER = /(?<![\p{L}\p{Nd}])[-−‒–﹣－]?\p{Nd}+(?:[.,'’\u00a0\u202f\u2009 ]\p{Nd}+)*/gu;

/**
 * Signs and phrases that compare a quantity or approximate it, each with the one sign it stands for (SIGN_OF, one
 * table for the search, its cue and the reading): less and greater, their "or equal" and "not" forms, "±", "~" and
 * "≈", a "+" after a number ("5+"), and the comparative quantifiers and round-number approximators of English
 * ("more than", "under", "at least", "about"; CGEL ch. 13 § 4), Russian and Armenian, each read in its own language.
 * Counted only before a number and, for a sign, not after a letter, nor after a dash, "=", "~", "<", ">" or a minus
 * (spaces between allowed), so an arrow ("5 -> 6", "5 - > 6", "5 >> 6", "=>"), a tag ("<b>5</b>") or a preposition
 * ("over the border") is none.
 */
const COMPARISON_SIGNS = "<>≤≥≦≧⩽⩾≠≮≯±~≈∼≃";
const SIGN_OF: Record<string, string> = {
  ">=": "≥", "<=": "≤", "≦": "≤", "⩽": "≤", "≧": "≥", "⩾": "≥", "~": "≈", "∼": "≈", "≃": "≈",
  "more than": ">", "greater than": ">", over: ">", above: ">", "fewer than": "<", "less than": "<", under: "<", below: "<",
  "at least": "≥", "no fewer than": "≥", "no less than": "≥", "not less than": "≥", "at most": "≤", "up to": "≤", "no more than": "≤", "not more than": "≤",
  about: "≈", around: "≈", approximately: "≈", roughly: "≈", circa: "≈", approx: "≈", "approx.": "≈", some: "≈",
  более: ">", свыше: ">", больше: ">", менее: "<", меньше: "<", "не менее": "≥", "не более": "≤", около: "≈", примерно: "≈", приблизительно: "≈", порядка: "≈",
  "ավելի քան": ">", "պակաս քան": "<", մոտ: "≈", մոտավորապես: "≈", շուրջ: "≈",
};
/** SIGN_OF's phrases, longest first (so "no more than" is read before "more than"), as an alternation. */
const COMPARISON_PHRASES = Object.keys(SIGN_OF)
  .filter((key) => /\p{L}/u.test(key))
  .sort((x, y) => y.length - x.length)
  .map((phrase) => phrase.replace(/[.]/gu, "\\."))
  .join("|");
const COMPARISON = new RegExp(`(?<!\\p{L})(?<![\\p{Pd}=~<>−]\\s*)(?<sign>>=|<=|[${COMPARISON_SIGNS}])|(?<!\\p{L})(?<words>${COMPARISON_PHRASES})(?!\\p{L})`, "giu");
/** The language each comparison phrase is read in (its first letter's script): a phrase counts only in its own language. */
const PHRASE_LANGUAGE = (phrase: string) => (/^\p{Script=Cyrillic}/u.test(phrase) ? "ru" : /^\p{Script=Armenian}/u.test(phrase) ? "hy" : "en");
/** A number next, after spaces and a currency sign at most ("<$5m", "about €40"). */
const NUMBER_NEXT_IN = /^\s*\p{Sc}?\s*\p{Nd}/u;
/** A word next, after spaces and a currency sign at most: a number written as a word when closed-class.ts isCardinalWord says so. */
const WORD_NEXT_IN = /^\s*\p{Sc}?\s*(\p{L}+(?:[-‐‑]\p{L}+)?)/u;
/**
 * Whether a number written as a word opens `text` ("two hours", "forty-five", "десять"), after spaces at most, or an
 * article used as the number one ("an hour", "half a day"; article-one.ts).
 */
function numberWordNext(text: string): boolean {
  const word = WORD_NEXT_IN.exec(text)?.[1].toLowerCase();
  return word !== undefined && (isCardinalWord(word) || twoNumberWords(word) || articleCountNext(text));
}
/**
 * Comparison phrases that are prepositions or determiners too ("talked about two issues", "over two days", "some two
 * hundred"; Russian около, Armenian մոտ, շուրջ: "near"): before a number written as a word each is read as a comparison
 * only where the other side reads one too or drops it (classifyEdit, step 0); swapped for another function word it may be
 * the topic's preposition ("about two issues" / "on two issues"), which the rules cannot tell.
 */
const PREPOSITION_PHRASES = new Set(["about", "around", "over", "above", "under", "below", "some", "up to", "около", "մոտ", "շուրջ"]);
const PLUS_AFTER_NUMBER = /\p{Nd}\s*\+(?![\p{Nd}])/gu;
/** An article or "one" alone, "half" before it at most: what a number word after the edit counts with (article-one.ts). */
const ARTICLE_ONLY = /^\s*(?:(?:half|quarter)\s+)?(?:an?|one)\s*$/iu;

/**
 * The comparisons a text states, in order, each as its one sign (COMPARISON): `numberAfter` says a number follows the
 * text (in the version), for a sign at its end. English phrases only where `language` is English. `written` is the
 * text with each comparison written as its sign, to tell a phrase for its sign ("more than 5" / ">5") from a change.
 */
function comparisonsOf(text: string, numberAfter: boolean, numberBefore: boolean, language: string, numberWordAfter = false, prepositions = false): { signs: string; written: string } {
  const primary = language.toLowerCase().split(/[-_]/u)[0];
  let signs = "";
  // A "+" opening the edit after a number ("5" → "5+") is read with a stand-in for that number.
  const normalised = (numberBefore && /^\s*\+/u.test(text) ? "0" : "") + text.normalize("NFKC");
  const written = normalised.replace(COMPARISON, (whole: string, sign: string | undefined, words: string | undefined, offset: number) => {
    if (words !== undefined && PHRASE_LANGUAGE(words) !== primary) return whole;
    const rest = normalised.slice(offset + whole.length);
    // Before a number written as a word too ("approximately two hours"; session 12's review), a preposition's phrase
    // only when `prepositions` says so (PREPOSITION_PHRASES).
    // An article or "one" left at the edit's end counts what follows it ("About a| hundred", "About an| hour").
    const wordNext = sign === undefined && (numberWordNext(rest) || (numberWordAfter && (rest.trim() === "" || ARTICLE_ONLY.test(rest)))) && (prepositions || !PREPOSITION_PHRASES.has(words!.toLowerCase()));
    if (!(NUMBER_NEXT_IN.test(rest) || (numberAfter && rest.trim() === "") || wordNext)) return whole;
    const canonical = SIGN_OF[(sign ?? words!).toLowerCase()] ?? sign!;
    signs += canonical;
    return canonical;
  });
  signs += "≥".repeat(normalised.match(PLUS_AFTER_NUMBER)?.length ?? 0);
  return { signs, written: written.replace(PLUS_AFTER_NUMBER, (plus) => plus.replace(/\s*\+$/u, "≥")) };
}

/**
 * Whether the side of an edit without a comparison (`plain`; `other`, the side with one) holds a function word where
 * the other has a preposition's phrase ("about" / "of"): a swap of prepositions, not an approximation dropped.
 */
function swappedForFunctionWord(plain: string, other: string, language: string): boolean {
  const stopWords = functionWordsFor(language);
  const otherKeys = new Set(wordsOf(other, language).map(fold));
  return wordsOf(plain, language).some((word) => stopWords.has(fold(word)) && !otherKeys.has(fold(word)));
}

/** A sign written (fullwidth forms and a "+" too), and a sign or phrase that may compare a quantity: most edits have none. */
const SIGN_CUE = new RegExp(`[${COMPARISON_SIGNS}＜＞+]`, "u");
const COMPARISON_CUE = new RegExp(`[${COMPARISON_SIGNS}＜＞+]|${COMPARISON_PHRASES}`, "iu");

const PER_SIGNS = /[%‰‱]/gu;
/** A per-cent or per-mille sign or word in folded text (same-value.ts perSigns reads them): most edits have none. */
const PER_CUE = /[%‰‱]|per ?(?:cent|mil)|процент|промилле|տոկոս|պրոմիլ/u;

/** The numbers written in `text`, each read in the statement's language (lib/text/numbers parseNumber) with its sign. */
function numbersOf(text: string, language: string): string[] {
  const values: string[] = [];
  for (const match of text.matchAll(SIGNED_NUMBER)) {
    const written = match[0];
    const negative = MINUS.test(written[0]);
    const body = negative ? written.slice(1) : written;
    const value = statedNumber(body, language);
    values.push((negative ? "-" : "") + (value === null ? "written:" + body.replace(/\s/gu, " ") : value));
  }
  return values;
}

/** A word of five letters or more written all in capitals. */
function shouted(word: string): boolean {
  return word.length >= 5 && word === word.toLocaleUpperCase() && word !== word.toLocaleLowerCase();
}

/** The letters of a word as written, composed (NFKC): case is kept. */
const lettersOf = (word: string) => word.normalize("NFKC").replace(/[^\p{L}\p{N}]/gu, "");

/**
 * Words that start a sentence inside the edit: the first (when the edit starts one) and any after a sentence's end
 * within it (a sentence-terminal mark, lib/text/sentence-marks.ts, or Armenian's ":" typed for "։", then space).
 */
function sentenceStartsIn(text: string, language: string, startsSentence: boolean): Set<string> {
  const starts = new Set<string>();
  let at = 0;
  let first = true;
  const armenianColon = (colon: number) => isArmenianColon(text, colon);
  tokenize(text, 0, text.length, language, (start, end) => {
    // An abbreviation's dot ends no sentence ("Sen. Smith", "J. Smith": segment.ts endsWithAbbreviation; tester 52).
    const terminated = endsSentenceGap(text, at, start, armenianColon) && !(at > 0 && text[at] === "." && endsWithAbbreviation(text, { start: 0, end: at + 1 }));
    if ((first && startsSentence) || terminated) starts.add(text.slice(start, end));
    first = false;
    at = end;
  });
  return starts;
}

/**
 * A name by the lexicons (lib/compare/name-lexicon: given names, places, demonyms) or by its capital elsewhere in the texts.
 */
function isKnownName(word: string, context: Context): boolean {
  const key = withoutPossessive(fold(word));
  return isGivenName(key) || placeKeyOf(key) !== null || isDemonym(key) || PLACES.has(key) || DEMONYMS.has(key) || context.nameElsewhere?.(key) === true;
}

/** Whether a changed word of the edit is a name by the title before it (names-after-titles.ts changesNameAfterTitle), each side read after the words before it. */
function namedByTitle(wordsBefore: string[], removed: string[], wordsAfter: string[], added: string[], context: Context, stopWords: ReadonlySet<string>): boolean {
  const [contextA, contextB] = [context.wordsBeforeA ?? [], context.wordsBeforeB ?? []];
  return changesNameAfterTitle(
    { words: [...contextA, ...wordsBefore], from: contextA.length, changed: removed },
    { words: [...contextB, ...wordsAfter], from: contextB.length, changed: added },
    (key) => stopWords.has(key),
  );
}

/**
 * The class of an edit that changes only letter case (equal under the matching fold), or null when no word's
 * case changed. A word that is capitalised on one side only turns a name into a word ("US" → "us", "Polish" →
 * "polish"): fact (place or name) unless it is the sentence's first word and only its first letter changed
 * (typographic). Both sides capitalised ("BAKU" → "Baku") stays a name, and a word of five letters or more
 * written all in capitals is shouted ("ΣΟΦΟΣ" → "σοφός"): typographic. Otherwise unclassified.
 */
function caseChange(before: string, after: string, context: Context): { class: EditClass; reason: EditReason } | null {
  const { language } = context;
  const wordsBefore = wordsOf(before, language);
  const wordsAfter = wordsOf(after, language);
  if (wordsBefore.length !== wordsAfter.length) return null;
  const initialBefore = sentenceStartsIn(before, language, context.sentenceInitial);
  const initialAfter = sentenceStartsIn(after, language, context.sentenceInitial);
  let verdict: { class: EditClass; reason: EditReason } | null = null;
  let titleStyle = false;
  // A run of two words or more in capitals is shouted text (a headline, an emphasis), not acronyms.
  const shoutedRun = wordsBefore.filter((word) => shouted(lettersOf(word))).length >= 2 || wordsAfter.filter((word) => shouted(lettersOf(word))).length >= 2;
  for (let k = 0; k < wordsBefore.length; k++) {
    if ((context.caseStyled || context.inCapitals) && wordsBefore[k].toLocaleLowerCase() === wordsAfter[k].toLocaleLowerCase()) continue;
    // The dots of Russian ё are typography (lib/text/fold.ts), so letters are compared without them.
    const x = withoutYoDots(lettersOf(wordsBefore[k]));
    const y = withoutYoDots(lettersOf(wordsAfter[k]));
    if (x === y) continue;
    const capitalX = isCapitalised(x);
    const capitalY = isCapitalised(y);
    const firstLetterOnly = x.slice(1) === y.slice(1);
    const key = withoutPossessive(fold(x));
    if (firstLetterOnly && (initialBefore.has(wordsBefore[k]) || initialAfter.has(wordsAfter[k]))) {
      // A sentence's first letter says nothing, unless a name is lower-cased into a word ("Turkey" → "turkey" where two
      // sentences merge): a name by the lexicons or the texts stays a fact.
      if (capitalX === capitalY || !isKnownName(capitalX ? x : y, context)) continue;
    } else if (capitalX && capitalY) continue;
    // A title or an institution's word capitalised by house style ("the Minister" / "the minister"): wording.
    if (firstLetterOnly && capitalX !== capitalY && isTitleStyleWord(key) && !isKnownName(capitalX ? x : y, { ...context, nameElsewhere: undefined })) {
      titleStyle = true;
      continue;
    }
    // Shouted text, not an acronym: a run of capitalised words, or capitals written without the accents of the
    // lower-case word ("ΣΟΦΟΣ" for "σοφός": Greek capitals drop the tonos). A lone word in capitals ("SWIFT",
    // "UNICEF") is an acronym: lower-cased, it is a name turned into a word.
    if ((shouted(x) && y === y.toLocaleLowerCase() && (shoutedRun || accentsDroppedInCapitals(x, y))) || (shouted(y) && x === x.toLocaleLowerCase() && (shoutedRun || accentsDroppedInCapitals(y, x)))) continue;
    if (capitalX !== capitalY) {
      return { class: "fact", reason: PLACES.has(key) || DEMONYMS.has(key) || placeKeyOf(key) !== null || isDemonym(key) ? "place" : "name" };
    }
    verdict = { class: "unclassified", reason: "unknown" };
  }
  return verdict ?? (titleStyle ? { class: "wording", reason: "notation" } : { class: "typographic", reason: "typography" });
}

/** Whether `capitals` is `lower` in capitals with its accents left out (and `lower` has some). */
function accentsDroppedInCapitals(capitals: string, lower: string): boolean {
  const bare = lower.normalize("NFD");
  return bare !== bare.replace(/\p{M}/gu, "") && bare.replace(/\p{M}/gu, "").toLocaleUpperCase() === capitals.normalize("NFD").replace(/\p{M}/gu, "");
}

const HYPHEN_IN_WORD = /(?<=\p{L})[-‐‑](?=\p{L})/gu;
const ABBREVIATION_DOT = /(?<=(?:^|[^\p{L}])\p{L})\.(?=\p{L}|[^\p{L}]|$)/gu;
const PERIOD_WORDS = new Set(["week", "weekend", "month", "year", "fortnight"]);
const PERIOD_CUES = new Set(["last", "next", "previous", "coming", "this"]);

const fact = (reason: EditReason) => ({ class: "fact" as const, reason });

/** Whether `test` holds for a removed word and an added word (either way round). */
function pairsOf(removedKeys: string[], addedKeys: string[], test: (x: string, y: string) => boolean): boolean {
  return removedKeys.some((x) => addedKeys.some((y) => test(x, y) || test(y, x)));
}

function content(words: string[], stopWords: ReadonlySet<string>): string[] {
  return words.filter((word) => !stopWords.has(fold(word)));
}

/** A phrase of two words or more opened by a state preposition with a content word in it ("to house arrest"). */
function headedByState(words: string[], stopWords: ReadonlySet<string>): boolean {
  return words.length > 1 && STATE_PREPOSITIONS.has(fold(words[0])) && content(words, stopWords).length > 0;
}

/** Whether every function word has a same-meaning partner among `others` (closed-class.ts sameFunctionWord). */
function partnered(words: string[], others: string[]): boolean {
  return words.every((x) => others.some((y) => sameFunctionWord(x, y)));
}

function synonymous(word: string, others: string[], stopWords: ReadonlySet<string>, language: string): boolean {
  return stopWords.has(fold(word)) || others.some((other) => other !== word && areSynonyms(word, other, language) && !sameLemma(word, other, language));
}

/**
 * Whether two words are forms of one word (a plural, a possessive, a tense: "prisoner" / "prisoners'", "meet" / "met",
 * "releasing" / "released"), which WordNet's synonym sets also join: such a pair is the inflection rule's to judge
 * (unclassified: a fact or only style), never a synonym (tester 38).
 */
function sameLemma(x: string, y: string, language: string): boolean {
  const [keyX, keyY] = [withoutPossessive(fold(x)).replace(/'$/u, ""), withoutPossessive(fold(y)).replace(/'$/u, "")];
  if (keyX === keyY) return true;
  const stem = stemmerFor(language);
  if (stem && stemOf(stem, keyX) === stemOf(stem, keyY)) return true;
  if (verbOf(keyX) === verbOf(keyY)) return true;
  if (!language.toLowerCase().startsWith("en")) return false;
  if (irregularBaseOf(keyX) === irregularBaseOf(keyY)) return true;
  if (changesEnglishNumber(keyX, keyY)) return true;
  const termsX = englishTerms(keyX);
  return englishTerms(keyY).some((term) => termsX.includes(term));
}

/**
 * The class of one edit, `before` (in a) → `after` (in b), and the rule that decided it. Rules in order
 * (docs/edit-classes.md has each with examples and sources):
 * (first: a question mark added or dropped, the Armenian ՞ inside a word too, which the fold drops → fact, "modality";
 * a flag added, dropped, swapped or moved → fact, "place"; number characters that are no digits, "½", "²", "①", "Ⅳ",
 * read spelled out (number-characters.ts), a vulgar fraction, a fraction of digits and a decimal of one value being
 * notation: "2½" / "2 1/2" / "2.5";)
 * 0. the same numbers written another way ("½" / "1/2", "10 bn" / "10bn", "08:00" / "08.00"; notation.ts), or the same
 *    values in other words or order ("two" / "2", "3 million" / "3,000,000", "12 March 2024" / "12.03.2024", "18:00" /
 *    "6 p.m."; same-value.ts) → wording, "notation";
 * 1. a written number's value or sign changed, read in the statement's language's decimal convention
 *    (lib/text/numbers parseNumber: "1.000" ≠ "1,000" in English; "-5" ≠ "5"; a dropped minus before a digit) → fact, "number";
 * 2. equal under the matching fold (lib/text/fold.ts) → typographic, unless letter case changed (caseChange:
 *    "US" → "us" is a fact; a title's house-style capital is wording), or equal once hyphens inside words are dropped
 *    ("co-operation") → typographic, unless the hyphen tells two words apart ("re-sign", hyphen-homographs.ts) → unclassified;
 *    a currency sign or temperature scale changed (units.ts), or a per-cent sign for a per-mille one → fact, "unit";
 * 3. no letters or digits changed (only punctuation; abbreviation dots "US" → "U.S.") → wording, "punctuation" (quotation
 *    marks added or dropped → unclassified); a contraction, a place's other name, a name's accents → wording, "notation";
 *    words that say the same although a fact rule would read one as a fact (equivalents.ts: "a" / "one" before a noun,
 *    "planned" / "scheduled" / "slated" / "arranged", a role's gender-neutral and gendered forms "spokesperson" /
 *    "spokesman", "chair" / "chairwoman") are paired off: when nothing else changed → wording, "synonym"; otherwise
 *    the rules below class what is left ("spokesman" / "spokeswoman", "one" / "two", "plans" / "will" stay facts);
 * 4. a changed date (findDates, a month or weekday name, a relative day: "yesterday" → "today") → fact;
 * 5. a changed number word (closed-class.ts NUMBER_WORDS) or digits → fact, "number";
 * 6. a changed negation (per language, closed-class.ts; Armenian չ- prefix; a negating prefix "de-", "anti-",
 *    "un-" added or dropped) → fact; modality, scope → fact (an article added, dropped or swapped before "few",
 *    "little", "most", article-quantifiers.ts, and "as well" too);
 * 7. a known opposite pair of closed-class words swapped ("before" → "after", "for" → "against", "he" → "she"),
 *    or a pair of antonyms (WordNet 3.1's antonym pointers and a readout supplement, lib/compare/antonyms.ts:
 *    "increase" → "decrease", "support" → "oppose") → fact, "relation";
 * 8. a changed title or role (not a preposition such as "under"), place or demonym → fact; a form of encounter
 *    swapped for another ("phone call" → "meeting", "visit" → "video call"; encounters.ts) → fact, "encounter";
 * 9. a changed capitalised word not at a sentence start (the edit's first word when it starts a sentence, or a word
 *    after a sentence's end inside the edit: sentenceStartsIn) nor in a sentence in capitals or title case (context.inCapitals), or there when the lexicons
 *    or the texts know it as a name, or it stands in a title's slot ("PRESIDENT ALIYEV", on each side
 *    that changed; names-after-titles.ts) → fact, "name";
 * 10. a phrase headed by a state preposition dropped, added or replaced, with a content word in it → fact, "qualifier";
 * 11. a function word swapped for a different one that is not a variant of it ("our" → "their", "during" → "until",
 *     an article for a possessive or demonstrative: "the" → "their"; two articles are variants: "the" → "a"), a
 *     reference-changing prefix ("re-election" → "election"), or an ambiguous negation (Armenian "մի") → unclassified;
 * 12. only function words inserted or dropped (the classifier's own, function-words.ts: the stop list without the
 *     particles of phrasal verbs, "very", "other", Russian "теперь", "сам", "же"…), or empty words swapped → wording,
 *     "function-word"; the same stems →
 *     wording, "inflection", when they differ only in spelling convention or in a language without number and tense
 *     rules (inflections.ts); a plural or an English past made or unmade, or any other pair of one stem ("prisoner" /
 *     "prison") → unclassified (a fact or only style: the rules cannot tell); every changed word has a synonym on the other side (whole words: hyphenated words
 *     only through the swap groups) → wording, "synonym";
 * 13. content words added or dropped with nothing in their place → fact, "qualifier" (two) or "clause" (three or more);
 * 14. otherwise → unclassified.
 * Dates, numbers, negation, modality, titles, places and opposites also ask the word lists of time-words.ts, units.ts,
 * hedges.ts, tense.ts, prefix-negation.ts, title-words.ts, places-ru-hy.ts and opposites-more.ts (each file gives its sources).
 * Last, an edit that changed a pictograph other than a flag ("👍" → "👎", "✓" → "✗"; pictographs.ts) is never wording or
 * typographic: unclassified; one that changed only a pictograph's presentation (a variation selector, a skin tone)
 * and is otherwise the same under the matching fold → typographic. `context` says what surrounds the edit (Context).
 * Pure; throws nothing.
 */
export function classifyEdit(before: string, after: string, context: Context = { language: "en", sentenceInitial: false }): { class: EditClass; reason: EditReason } {
  const pictographs = pictographChange(before, after);
  // A flag names a country or region: one added, dropped or swapped is a place changed (pictographs.ts).
  if (pictographs === "flag") return fact("place");
  const verdict = holdsNumberCharacter(before) || holdsNumberCharacter(after) ? classifySpelledNumbers(before, after, context) : classifyByRules(before, after, context);
  if (verdict.class !== "wording" && verdict.class !== "typographic") return verdict;
  // A pictograph says something the rules above cannot read ("👍" → "👎"): never wording or typography.
  if (pictographs === "pictograph") return { class: "unclassified", reason: "unknown" };
  // The same pictographs drawn another way ("👍" → "👍🏽"), nothing else changed: typography.
  if (pictographs === "presentation" && foldForMatching(withoutPresentation(before)).trim() === foldForMatching(withoutPresentation(after)).trim()) return { class: "typographic", reason: "typography" };
  return verdict;
}

/**
 * An edit with number characters that are no digits ("½", "²", "①"; number-characters.ts), classed spelled out: the same
 * values written another way ("2½" / "2 1/2" / "2.5", "½" / "1/2") → wording, "notation"; otherwise the rules on the
 * spelled-out texts ("2" → "2½" is "" → " 1/2" after the digit: a number changed).
 */
function classifySpelledNumbers(before: string, after: string, context: Context): { class: EditClass; reason: EditReason } {
  const digitBefore = !!context.digitPrecedes;
  const [spelledBefore, spelledAfter] = [spellNumberCharacters(before, digitBefore), spellNumberCharacters(after, digitBefore)];
  if (foldForMatching(before) === foldForMatching(after)) return classifyByRules(spelledBefore, spelledAfter, context);
  if (foldForMatching(spelledBefore) === foldForMatching(spelledAfter)) return NOTATION;
  const values = compareFractionValues(spelledBefore, spelledAfter, context.language, digitBefore);
  if (values === "same") return NOTATION;
  // Another value, read with the fraction that continues the number before the edit ("2| 1/2" / "2|1/2": 2.5 / 21/2),
  // which the rules, reading the edit alone, cannot see.
  if (values === "different") {
    const verdict = classifyByRules(spelledBefore, spelledAfter, context);
    return verdict.class === "fact" ? verdict : fact("number");
  }
  return classifyByRules(spelledBefore, spelledAfter, context);
}

/** The rules of classifyEdit, in order, on an edit's texts (classifyEdit reads pictographs and number characters first). */
function classifyByRules(before: string, after: string, context: Context): { class: EditClass; reason: EditReason } {
  const { language } = context;
  const unclassified = { class: "unclassified" as const, reason: "unknown" as const };
  // A question made or unmade, first: no notation or typography rule may hide it. The fold drops the Armenian question
  // mark written inside a word ("համաձայնե՞ց", issue 9: ignored for matching), but it still turns a statement into a
  // question (sentence-mood.ts).
  if (changesMood(before, after)) return fact("modality");
  // 0. The same numbers written another way ("½" / "1/2", "10 bn" / "10bn", "08:00" / "08.00"; notation.ts).
  // A comparison changed or added ("<5" → ">5", "5" → ">5", "5" → "5+"): another quantity is stated; the same one
  // written as a sign or in words ("more than 5" → ">5") is notation.
  // A comparison stands by a number: in the edit, or just after or before it (most edits have none: no cue is searched).
  const hasDigits = holdsDigit(before) || holdsDigit(after);
  const numberNear = !!(context.digitFollows || context.numberFollows || context.digitPrecedes || context.numberWordFollows) || hasDigits;
  // The two sides with each comparison written as its sign, where they state the same ones (for the value rules below).
  let compared: [string, string] | null = null;
  if (numberNear && (COMPARISON_CUE.test(before) || COMPARISON_CUE.test(after))) {
    const numberAfter = !!(context.digitFollows || context.numberFollows);
    const numberBefore = !!context.digitPrecedes;
    const wordAfter = !!context.numberWordFollows;
    // Read with the prepositions' phrases before a number word first ("approximately two" / "about two": the same
    // approximation); where that tells the sides apart but the reading without them does not, only such a phrase
    // changed: dropped or added, an approximation is ("about two hours" / "two hours"); swapped for another function
    // word, it may be a topic's preposition ("about two issues" / "on two issues"): the rules below.
    let [comparedBefore, comparedAfter] = [comparisonsOf(before, numberAfter, numberBefore, language, wordAfter, true), comparisonsOf(after, numberAfter, numberBefore, language, wordAfter, true)];
    if (comparedBefore.signs !== comparedAfter.signs) {
      const [strictBefore, strictAfter] = [comparisonsOf(before, numberAfter, numberBefore, language, wordAfter), comparisonsOf(after, numberAfter, numberBefore, language, wordAfter)];
      // One preposition's phrase for another ("over two issues" / "about two issues") may be a topic's preposition too:
      // the rules below, as a function word swapped for another.
      const [more, fewer] = comparedBefore.signs.length > comparedAfter.signs.length ? [before, after] : [after, before];
      if (strictBefore.signs !== strictAfter.signs || (comparedBefore.signs.length !== comparedAfter.signs.length && !swappedForFunctionWord(fewer, more, language))) return fact("number");
      [comparedBefore, comparedAfter] = [strictBefore, strictAfter];
    }
    // The same comparison as a sign on one side and in words on the other ("more than 5" / ">5", "≥" / ">="): notation;
    // in other words on both ("more than $5m" / "over $5m", "about 40" / "some 40"): a synonym.
    if (comparedBefore.signs && foldForMatching(comparedBefore.written).replace(/\s+/gu, "") === foldForMatching(comparedAfter.written).replace(/\s+/gu, ""))
      return SIGN_CUE.test(before) || SIGN_CUE.test(after) ? NOTATION : { class: "wording", reason: "synonym" };
    if (comparedBefore.signs) compared = [comparedBefore.written, comparedAfter.written];
  }
  const timeOfDay = !context.unitFollows;
  if (sameNumberNotation(before, after, timeOfDay) && foldForMatching(before) !== foldForMatching(after)) return NOTATION;
  // 1. Numbers read in the statement's convention, with their signs.
  const numbersBefore = hasDigits ? numbersOf(before, language) : [];
  const numbersAfter = hasDigits ? numbersOf(after, language) : [];
  // Where a number or date rule would call it a fact, the same values in other words or order are notation first
  // ("two" / "2", "3 million" / "3,000,000", "12 March 2024" / "12.03.2024", "18:00" / "6 p.m."; same-value.ts).
  // So are they with the comparisons written as their signs and an abbreviation as the word the other side writes
  // ("approx. 2 hrs" / "approximately two hours": "≈ 2 hours" / "≈ two hours"; equivalents.ts abbreviationsWrittenOut).
  const valueFact = (reason: EditReason) => {
    if (sameValueWrittenAnotherWay(before, after, language, timeOfDay, !!context.afterMonth)) return NOTATION;
    const [sideBefore, sideAfter] = compared ?? [before, after];
    const [plainBefore, plainAfter] = abbreviationsWrittenOut(sideBefore, sideAfter, language);
    if ((compared || plainBefore !== before || plainAfter !== after) && sameValueWrittenAnotherWay(plainBefore, plainAfter, language, timeOfDay, !!context.afterMonth)) return NOTATION;
    return fact(reason);
  };
  if (hasDigits && numbersBefore.length !== numbersAfter.length ? numbersBefore.length + numbersAfter.length > 0 : numbersBefore.some((value, k) => value !== numbersAfter[k]))
    return valueFact(hasDate(before, wordsOf(before, language), language) || hasDate(after, wordsOf(after, language), language) ? "date" : "number");
  if (context.digitFollows && (before.match(/[-−‒–﹣－]/gu)?.length ?? 0) !== (after.match(/[-−‒–﹣－]/gu)?.length ?? 0) && !/[\p{L}\p{N}]/u.test(before + after)) return fact("number");
  // 2. Typography.
  const foldedBefore = foldForMatching(before).trim();
  const foldedAfter = foldForMatching(after).trim();
  if (foldedBefore === foldedAfter) return caseChange(before, after, context) ?? { class: "typographic", reason: "typography" };
  // A hyphen that tells two words apart ("re-sign" / "resign", hyphen-homographs.ts) is no typography: the rules cannot tell which is meant.
  // A hyphen written as a space ("Non-state" / "Non state") is hyphenation too: the same words either way.
  if ((foldedBefore.includes("-") || foldedAfter.includes("-")) && (foldedBefore.replace(HYPHEN_IN_WORD, "") === foldedAfter.replace(HYPHEN_IN_WORD, "") || foldedBefore.replace(HYPHEN_IN_WORD, " ") === foldedAfter.replace(HYPHEN_IN_WORD, " ")))
    return changesWordByHyphen(before, after) ? unclassified : { class: "typographic", reason: "typography" };
  // Units: a currency sign, a temperature scale (units.ts).
  if (changesUnit(before, after, [], context.afterDegreeSign) || changesUnitSign(before, after, !!context.digitPrecedes)) return fact("unit");
  // Per cent, per mille, per ten thousand: the sign is the number's scale ("5%" → "5‰" is ten times less).
  if (PER_CUE.test(foldedBefore) || PER_CUE.test(foldedAfter)) {
    const [perBefore, perAfter] = [perSigns(foldedBefore), perSigns(foldedAfter)];
    if ((perBefore.match(PER_SIGNS) ?? []).join("") !== (perAfter.match(PER_SIGNS) ?? []).join("") && /[‰‱]/u.test(perBefore + perAfter)) return fact("unit");
    // The sign for its word ("%" / "процентов", "‰" / "per mille"): the same scale written another way.
    if (/[%‰‱]/u.test(perBefore + perAfter) && perBefore.replace(/\s+/gu, "") === perAfter.replace(/\s+/gu, "")) return NOTATION;
  }
  const wordsBefore = wordsOf(before, language);
  const wordsAfter = wordsOf(after, language);
  let removed = onlyIn(wordsBefore, wordsAfter);
  let added = onlyIn(wordsAfter, wordsBefore);
  let changed = [...removed, ...added];
  // The same words (numbers grouped differently count as the same) with the same separators up to the fold.
  if (changed.length === 0 && sameSeparators(before, after, language)) return caseChange(before, after, context) ?? { class: "typographic", reason: "typography" };
  if (changed.length === 0) {
    if (caseChange(before, after, context)?.class === "fact") return caseChange(before, after, context)!;
    return changesQuotation(before, after) ? unclassified : { class: "wording", reason: "punctuation" };
  }
  // 3. Abbreviation dots only ("US" → "U.S."), the letters' case kept.
  if ((before.includes(".") || after.includes(".")) && before.replace(ABBREVIATION_DOT, "").trim() === after.replace(ABBREVIATION_DOT, "").trim()) return { class: "wording", reason: "punctuation" };

  // 3a. One initial for another ("K. Smith" → "M. Smith", "Д. А. Иванов" → "Д. И. Иванов"): a capital letter alone,
  // not after a number ("10 K" is a scale word), is a name in any place of the sentence, whatever else the letter is
  // (an article "A", a pronoun "I", the stop words "S" and "T", WordNet's "K" for a thousand; tester 50); not a list
  // item's letter on both sides ("A." → "B." where the list was renumbered).
  // An initial written out as the name it stands for, or the name cut to its initial ("Н." / "Никол", "J." / "John"):
  // the same person, or another with that letter; the rules cannot tell (tester 54).
  if (removed.length === 1 && added.length === 1 && (initialOf(removed[0], added[0]) || initialOf(added[0], removed[0]))) return unclassified;
  if (removed.length === 1 && added.length === 1 && SINGLE_CAPITAL.test(removed[0]) && SINGLE_CAPITAL.test(added[0]) && !(context.digitPrecedes || context.numberPrecedes || context.inListMarker)) {
    // Two letters that print alike in two scripts ("A" / Cyrillic "А"): no change a reader sees, nor a word's; the rules cannot tell why.
    if (lookAlikeCapitals(removed[0].replace(/\.$/u, ""), added[0].replace(/\.$/u, ""))) return unclassified;
    if (changesInitial(removed[0], added[0], wordsBefore, wordsAfter, context)) return context.listLetterAmbiguous ? unclassified : fact("name");
  }

  // 3b. The same words written another way: a contraction ("did not" / "didn't"), a place or organisation's other
  // name ("UK" / "British", "EU" / "European Union"), a name's accents ("González" / "Gonzalez"), a name in another
  // romanisation ("Pashinyan" / "Pashinian", "Yerevan" / "Erevan"; transliteration.ts).
  const mayContract = CONTRACTION_CUE.test(before) || CONTRACTION_CUE.test(after);
  if (mayContract) {
    const expandedBefore = expandContractions(wordsBefore);
    const expandedAfter = expandContractions(wordsAfter);
    if (expandedBefore.length === expandedAfter.length && expandedBefore.every((word, k) => word === expandedAfter[k])) return NOTATION;
  }
  // Places, organisations and names are capitalised on both sides.
  if (removed.some(isCapitalised) && added.some(isCapitalised) && (samePlaceWrittenAnotherWay(removed, added, language) || sameNameWithoutAccents(before, after, removed, added) || sameNameRomanisedAnotherWay(removed, added))) return NOTATION;
  // One person named another way: an honorific added or dropped, a Russian compound title ("Госсекретарь") → notation;
  // a given name added or dropped, a title for a name → unclassified: the same person or another (name-forms.ts).
  // Not before a rank, an institution or a demonym ("Staff| Sgt. Smith", "Major| Western powers"): the rules after it read those.
  const nameFollows = !!context.capitalFollows && !context.rankFollows && !context.institutionFollows && !context.demonymFollows;
  const nameForm = nameWrittenAnotherWay(removed, added, nameFollows, functionWordsFor(language), !!context.inCapitals);
  if (nameForm === "notation") return NOTATION;
  if (nameForm === "unknown") return unclassified;

  // Round-number approximators before a number in both versions ("About 40" / "Some 40"; hedges.ts).
  if ((context.numberFollows || context.numberWordFollows) && removed.length === 1 && added.length === 1 && areSameApproximation(fold(removed[0]), fold(added[0]))) return { class: "wording", reason: "synonym" };
  // 3c. Words that say the same although a fact rule would read one as a fact (equivalents.ts): "a" / "one",
  // "planned" / "scheduled", "spokesperson" / "spokesman". Paired words leave the edit; the rest is classed below.
  // An abbreviation of two words written out ("Gov." / "Government"): the title before a name, else either (tester 53).
  const english = language.toLowerCase().startsWith("en");
  const reading = english ? abbreviationWrittenOut(wordsBefore, removed, wordsAfter, added, context) : null;
  if (reading === "other") return fact("title");
  if (reading === "either") return unclassified;
  const unpaired = withoutEquivalents(removed, added, equivalenceKey, language);
  // A compound title written with a hyphen on one side and abbreviated in parts on the other ("Lt. Gen." /
  // "Lieutenant-General"; tester 52): the same when every part pairs.
  if ((unpaired.removed.length || unpaired.added.length) && [...removed, ...added].some((word) => word.includes("-"))) {
    const [partsBefore, partsAfter] = [removed.flatMap(hyphenParts), added.flatMap(hyphenParts)];
    const [onlyBefore, onlyAfter] = [onlyIn(partsBefore, partsAfter), onlyIn(partsAfter, partsBefore)];
    const paired = withoutEquivalents(onlyBefore, onlyAfter, equivalenceKey, language);
    if (onlyBefore.length + onlyAfter.length > 0 && paired.removed.length === 0 && paired.added.length === 0) return { class: "wording", reason: "synonym" };
  }
  if (unpaired.removed !== removed) {
    if (unpaired.removed.length === 0 && unpaired.added.length === 0) return { class: "wording", reason: "synonym" };
    ({ removed, added } = unpaired);
    changed = [...removed, ...added];
  }

  // 3d. An English word in another spelling convention ("defence" / "defense", "metres" / "meters"), before the fact
  // rules that would read a unit or a title in it (inflections.ts).
  if (removed.length === added.length && removed.length > 0 && language.toLowerCase().startsWith("en") && removed.every((word, k) => isSpellingVariant(fold(word), fold(added[k])))) return NOTATION;

  const keys = changed.map((word) => withoutPossessive(fold(word)));
  // The Russian and Armenian lists are asked only when a changed word is in another script than Latin.
  const otherScript = changed.some((word) => NON_LATIN.test(word));
  // 4. Dates, times of day, seasons, durations.
  const periodCue = keys.some((key) => PERIOD_CUES.has(key)) && [...wordsBefore, ...wordsAfter].some((word) => PERIOD_WORDS.has(fold(word)));
  // Months and weekdays abbreviated too, with their capital ("Nov." → "Dec."; equivalents.ts expansionsOf; "to mar the talks" is no March).
  const dayOrMonth = (key: string) => (MONTHS.includes(key) && key !== "may") || WEEKDAYS.has(key);
  // In a sentence in capitals the capital says nothing ("MAR THE TALKS"): there an English abbreviation is a date's with
  // its dot, beside a number, or swapped for another day's or month's ("SAT" → "SUN").
  const dayOrMonthWord = (word: string) => {
    const key = withoutPossessive(fold(word));
    return dayOrMonth(key) || expansionsOf(key).some(dayOrMonth);
  };
  const dateCapital = (word: string) =>
    !context.inCapitals || word.endsWith(".") || !!(context.digitFollows || context.numberFollows || context.digitPrecedes || context.numberPrecedes) || (removed.some(dayOrMonthWord) && added.some(dayOrMonthWord));
  const abbreviatedDay = (key: string, k: number) => (english ? /^\p{Lu}/u.test(changed[k]) && expansionsOf(key).some(dayOrMonth) && dateCapital(changed[k]) : abbreviatedDate(key, language, changed[k]));
  if (keys.some((key, k) => dayOrMonth(key) || abbreviatedDay(key, k) || RELATIVE_DAYS.has(key) || isTimeWord(key) || (isTimeUnit(key) && !NUMBER_WORDS.has(key))) || periodCue || hasDate(before, wordsBefore, language) || hasDate(after, wordsAfter, language)) return valueFact("date");
  // 5. Numbers, their scale words and approximators; units.
  // A capital letter alone is a scale word or a unit's symbol only after a number ("10 K", "10 M"): "J. Smith" →
  // "K. Smith" or "M. Smith" changes an initial (a name, below).
  const initialOnly = (k: number) => /^\p{Lu}$/u.test(changed[k]) && !(context.digitPrecedes || context.numberPrecedes);
  if (changed.some((word) => DIGIT.test(word)) || keys.some((key, k) => NUMBER_WORDS.has(key) || (isScaleWord(key) && !initialOnly(k)) || isApproximator(key) || (numberNear && isEstimate(key, language)) || (key.includes("-") && twoNumberWords(key)))) return valueFact("number");
  if (changesUnit(before, after, keys.filter((_, k) => !initialOnly(k)))) return fact("unit");
  // 6. Negation (every language's list, before any function-word rule; "not" counted with contractions written out;
  // approximate negators; negating prefixes), modality (evidentials too), scope, aspect.
  if (keys.some((key) => isNegation(key, language) || isApproximateNegator(key)) || (mayContract && notCount(wordsBefore) !== notCount(wordsAfter))) return fact("negation");
  const removedKeys = removed.map((word) => fold(word));
  const addedKeys = added.map((word) => fold(word));
  if (pairsOf(removedKeys, addedKeys, isNegatedForm) || (otherScript && pairsOf(removedKeys, addedKeys, (x, y) => isPrefixNegation(x, y, language)))) return fact("negation");
  const prefixes: { prefix: string; negating: boolean }[] = [];
  pairsOf(removedKeys, addedKeys, (x, y) => {
    const found = prefixOver(x, y);
    if (found) prefixes.push(found);
    return false;
  });
  if (prefixes.some((found) => found.negating)) return fact("negation");
  if (keys.some((key) => isModal(key, language) || isEvidential(key, language))) return fact("modality");
  const scopeKeys = keys.filter((key) => isScope(key, language));
  if (scopeKeys.length) {
    // "The sides" / "Both sides": a definite plural already speaks of all of them, and "both" adds that they are two;
    // whether the count changed the rules cannot tell (tester 37). "The two" / "both" is wording (equivalents.ts).
    if (scopeKeys.every((key) => key === "both") && definiteForBoth(removedKeys, addedKeys, language)) return unclassified;
    return fact("scope");
  }
  // "as well" added or dropped says what "too" says ("as well as" is "and"); an article added, dropped or swapped before
  // "few", "little", "most" turns almost none into some, a majority into a superlative (article-quantifiers.ts).
  if (keys.includes("well") && (ADDITIVE_AS_WELL.test(before) || ADDITIVE_AS_WELL.test(after))) return fact("scope");
  if (keys.some(isEmptyWord) && changesArticleBeforeQuantifier(wordsBefore.map(fold), wordsAfter.map(fold), !!context.quantifierFollows)) return fact("scope");
  // A title's case ending is no verb's ("госсекретарем": -ем as in "идем"): its words are the title rule's, below.
  const notTitle = (key: string) => !TITLES.has(key) && !isTitleWord(key);
  if (keys.some(isAspectWord) || (otherScript && pairsOf(removedKeys.filter(notTitle), addedKeys.filter(notTitle), (x, y) => changesTense(x, y, language)))) return fact("tense");
  // 7. Opposite closed-class pairs ("to house arrest" → "from detention" is the qualifier rule's: a whole phrase).
  const stopWords = functionWordsFor(language);
  if (pairsOf(removedKeys, addedKeys, areOpposites) || pairsOf(removedKeys, addedKeys, areAntonyms) || ((removedKeys.some(mayBeMoreOpposite) || addedKeys.some(mayBeMoreOpposite)) && pairsOf(removedKeys, addedKeys, (x, y) => areMoreOpposites(verbOf(x), verbOf(y))))) return fact(headedByState(wordsBefore, stopWords) || headedByState(wordsAfter, stopWords) ? "qualifier" : "relation");
  // 8. The form of the encounter: a call made a meeting (encounters.ts; before titles: "послание" is also a title word).
  if (changesEncounter(removedKeys, addedKeys)) return fact("encounter");
  // Two words of one form are wording, unless they are forms of one word ("meet" / "met": a tense, the inflection rule's).
  if (sameEncounterForm(removedKeys.filter((key) => !isEmptyWord(key)), addedKeys.filter((key) => !isEmptyWord(key))) && !pairsOf(removedKeys, addedKeys, (x, y) => sameLemma(x, y, language))) return { class: "wording", reason: "synonym" };
  // 8. Titles (a preposition that opens a title, "under", is a title only beside another title word), places.
  if (keys.some((key) => TITLES.has(key) && (!stopWords.has(key) || keys.some((other) => other !== key && TITLES.has(other) && !stopWords.has(other))))) return fact("title");
  if (keys.some(isTitleWord) || titleBeforeName(wordsBefore, removed, context) || titleBeforeName(wordsAfter, added, context)) return fact("title");
  // A rank qualified into another ("Sgt." → "Staff Sgt.", "Adm." → "Rear Adm."; title-words.ts isRankQualifier), a
  // Russian or Armenian rank abbreviated swapped for another ("ген.-полк." → "ген.-лейт."; equivalents.ts).
  if (qualifiesRank(wordsBefore, removed, context) || qualifiesRank(wordsAfter, added, context)) return fact("title");
  if (otherScript && pairsOf(removedKeys, addedKeys, (x, y) => areAbbreviatedTitles(x, y, language))) return fact("title");
  if (keys.some((key) => PLACES.has(key) || DEMONYMS.has(key) || (otherScript && isRussianOrArmenianPlace(key)))) return fact("place");
  // 9. Names: a capital that does not open a sentence, or a known name that does.
  const capitalised = changed.filter(isCapitalised);
  if (capitalised.length) {
    const initialBefore = sentenceStartsIn(before, language, context.sentenceInitial);
    const initialAfter = sentenceStartsIn(after, language, context.sentenceInitial);
    if (capitalised.some((word) => (!context.inCapitals && !(initialBefore.has(word) || initialAfter.has(word))) || isKnownName(word, context))) return fact("name");
    // Where capitals say nothing, a word in a title's slot ("PRESIDENT ALIYEV", "С ПРЕЗИДЕНТОМ АЛИЕВЫМ"; names-after-titles.ts).
    if (context.inCapitals && namedByTitle(wordsBefore, removed, wordsAfter, added, context, stopWords)) return fact("name");
  }

  // 10. Qualifiers.
  if (headedByState(wordsBefore, stopWords) || headedByState(wordsAfter, stopWords)) return fact("qualifier");
  // 11. A function word swapped for a different one, a reference-changing prefix, an ambiguous negation.
  if (keys.some((key) => isAmbiguousNegation(key, language))) return unclassified;
  if (prefixes.length) return unclassified;
  const functionRemoved = removedKeys.filter((key) => stopWords.has(key) && !isEmptyWord(key));
  const functionAdded = addedKeys.filter((key) => stopWords.has(key) && !isEmptyWord(key));
  // Only beside a changed noun ("soldier was" → "soldiers were"): "was" → "were" alone is a closed-class swap.
  const agreementOnly = functionRemoved.length === functionAdded.length && functionRemoved.every((key, k) => areAgreementForms(key, functionAdded[k])) && content(changed, stopWords).length > 0;
  if (functionRemoved.length && functionAdded.length && !agreementOnly && !(partnered(functionRemoved, functionAdded) && partnered(functionAdded, functionRemoved))) return unclassified;
  // An article swapped for a function word that is no article ("the" → "their", "the" → "this"): one function word for
  // a different one too (a possessive or a demonstrative says whose or which; tester H4 #7).
  if (!agreementOnly && (functionRemoved.length || functionAdded.length) && (removedKeys.some(isEmptyWord) || addedKeys.some(isEmptyWord))) {
    const [allRemoved, allAdded] = [removedKeys.filter((key) => stopWords.has(key)), addedKeys.filter((key) => stopWords.has(key))];
    if (allRemoved.length && allAdded.length && !(partnered(allRemoved, allAdded) && partnered(allAdded, allRemoved))) return unclassified;
  }
  // 12. Wording.
  if (content(changed, stopWords).length === 0) return { class: "wording", reason: "function-word" };
  // A variant the stop-word list does not hold ("till", "whilst") for one it does: still one function word.
  if (removed.length === added.length && removed.length > 0 && removed.every((word, k) => sameFunctionWord(fold(word), fold(added[k])))) return { class: "wording", reason: "function-word" };

  const stem = stemmerFor(language);
  // A noun's number changed with the words that agree with it ("soldier was" → "soldiers were"): the noun decides.
  const agreeing = removed.length === added.length && removed.some((word, k) => areAgreementForms(fold(word), fold(added[k])));
  const [stemRemoved, stemAdded] = agreeing ? [removed.filter((word, k) => !areAgreementForms(fold(word), fold(added[k]))), added.filter((word, k) => !areAgreementForms(fold(removed[k]), fold(word)))] : [removed, added];
  const related = (x: string, y: string) => (stem !== null && stemOf(stem, x) === stemOf(stem, y)) || (english && changesEnglishNumber(x, y));
  if (stemRemoved.length > 0 && stemRemoved.length === stemAdded.length && stemRemoved.every((word, k) => related(fold(word), fold(stemAdded[k])))) {
    // A stem shared is not a meaning shared (inflections.ts): a plural or a past made or unmade may change the facts
    // ("soldier" → "soldiers") or only the style ("concern" → "concerns", a headline's present, reported speech's
    // backshift), and a stemmer's conflation names another thing ("prisoner" → "prison"): the rules cannot tell.
    const kinds = stemRemoved.map((word, k) => inflectionKind(fold(word), fold(stemAdded[k]), language));
    if (agreeing || kinds.some((kind) => kind === "number" || kind === "tense" || kind === "other")) return unclassified;
    return { class: "wording", reason: "inflection" };
  }
  if (removed.length && added.length && removed.every((word) => synonymous(word, added, stopWords, language)) && added.every((word) => synonymous(word, removed, stopWords, language)))
    return { class: "wording", reason: "synonym" };
  // 13. Content words added or dropped with nothing in their place: a clause or qualifier that says more or less.
  const contentCount = content(changed, stopWords).length;
  if ((removed.length === 0 || added.length === 0) && contentCount >= 2) return fact(contentCount >= 3 ? "clause" : "qualifier");
  return unclassified;
}

const NOTATION = { class: "wording" as const, reason: "notation" as const };
/** "as well" meaning "too", not "as well as" (meaning "and"). */
const ADDITIVE_AS_WELL = /(?<!\p{L})as\s+well(?!\p{L})(?!\s+as(?!\p{L}))/iu;

/** "the" on one side where "both" is on the other, and no "both" on the first (English statements). */
function definiteForBoth(removedKeys: string[], addedKeys: string[], language: string): boolean {
  if (!language.toLowerCase().startsWith("en")) return false;
  const swapped = (one: string[], other: string[]) => one.includes("the") && !one.includes("both") && other.includes("both");
  return swapped(removedKeys, addedKeys) || swapped(addedKeys, removedKeys);
}
const NON_LATIN = /[^\u0000-\u024f]/u;
/** Text that may hold an English contraction or its long form (contractions.ts): an apostrophe, "not", "-nt". */
const CONTRACTION_CUE = /['’ʼ]|not\b|nt\b/iu;

/** A hyphenated number word ("twenty-five", "forty-first"): each part a number word. */
function twoNumberWords(key: string): boolean {
  const parts = key.split(/[-‐‑]/u);
  return parts.length === 2 && parts.every((part) => NUMBER_WORDS.has(part));
}

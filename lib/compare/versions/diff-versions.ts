import type { DiffBounds } from "../diff";
import { roundSimilarity } from "../similarity";
import { splitSentences, type TextRange } from "../segment";
import { agreeOnContentCuts } from "./content-cuts";
import { areSynonyms, classifyEdit } from "./classify";
import { stemmerFor } from "../../text/stem";
import { reclassifyReorderedDates } from "./date-order";
import { reclassifyMoneyWrittenAnotherWay } from "./money";
import { reclassifySplitValues } from "./split-values";
import { reclassifyRoleSwaps } from "./role-swaps";
import { holdsDigit } from "../../text/numbers";
import { countsSomethingAt, isUnitWord } from "./units";
import { dayAfterMonth } from "./same-value";
import { ListMarkers } from "../list-markers";
import { detectMoves } from "./moves";
import { placeWordlessLines } from "./wordless-lines";
import { pairInPlace, pairSentences, type SentenceMatch } from "./pair";
import { diffPair, type PairStretch, type PairWords } from "./pair-diff";
import { namesOfTexts } from "./names";
import { CapitalSentences } from "./capital-sentences";
import { countWords } from "../../text/whitespace";
import { versionSentences, VersionVocabulary, type VersionSentence } from "./sentences";
import type { EditClass, EditCounts, EditReason, PairRelation, SentencePair, VersionDiff, VersionEdit, VersionMove, VersionPart } from "./types";
import { findRotation, moveReadings, planOf, rotatesOneDate, type PhraseMovePlan } from "./phrase-moves";
import { classifyPhraseMove } from "./phrase-move-class";
import { NAME_PARTICLES } from "../abbreviated-titles";
import { isCardinalWord } from "./closed-class";
import { articleCountNext } from "./article-one";
import { articleQuantifierAt } from "./article-quantifiers";
import { isCapitalisedTitle, isCommonWordRank, isRankQualifier, isRankWord, namesInstitution, namesNoPerson } from "./title-words";
import { editLanguage, versionLanguage } from "./version-language";
import { isEndMark } from "../end-marks";

/** Per-sentence bounds when the caller gives none: a sentence pair needing more than 200 word edits is one edit. */
export const SENTENCE_BOUNDS: DiffBounds = { maxEditLength: 200, timeoutMs: 500 };

interface Block {
  relation: PairRelation;
  a: number[];
  b: number[];
  match?: number;
  sortKey: [number, number, number];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
/** A number next in the text, after spaces and a currency sign at most ("About 40", "about $5m": the word before a numeral). */
const NUMBER_NEXT = /^\s*\p{Sc}?\s*\p{Nd}/u;
/** A number just before, after spaces at most ("10 K": the scale word after a numeral). */
const NUMBER_BEFORE = /\p{Nd}\s*$/u;
/** A name next, after an abbreviation's dot and spaces at most ("Sen| Smith", "Sen|. Smith", "Gen|. de Gaulle", "Maj|. al-Assad"). */
const CAPITAL_NEXT = new RegExp(String.raw`^\.?\s*(?:(?:${NAME_PARTICLES})[\s-]+){0,2}\p{Lu}`, "u");
/** The word next, after spaces at most ("About| forty"). */
const WORD_NEXT = /^\s*\p{Sc}?\s*(\p{L}+)/u;
/** How far (UTF-16 units) after an edit a number word or the words of a name are read: longer than any number word, and a few words. */
const WORD_REACH = 24;
/** The first word of an article or "one" used as the number one ("an| hour", "half| a day", "one| hour"; article-one.ts). */
const ARTICLE_OR_HALF = /^(?:an?|one|half|quarter)$/iu;
/** An article or "one" (with "half" before it) that ends the text before an offset ("About an|"). */
const ARTICLE_BEFORE = /(?<!\p{L})(?:(?:half|quarter)\s+)?(?:an?|one)$/iu;
const NAME_REACH = 100;

/**
 * Whether a number written as a word (closed-class.ts isCardinalWord: "two", "forty") follows text[offset], after
 * spaces at most, or an article or "one" used as the number one before a unit ("an hour", "a hundred", "one day"; article-one.ts).
 */
function numberWordAt(text: string, offset: number): boolean {
  const next = text.slice(offset, offset + WORD_REACH);
  const word = WORD_NEXT.exec(next)?.[1];
  if (word === undefined) return false;
  if (isCardinalWord(word.toLowerCase()) || (ARTICLE_OR_HALF.test(word) && articleCountNext(next))) return true;
  // The unit of an article that ends the edit ("About an| hour" → "An| hour"): the article is the count.
  return isUnitWord(word.toLowerCase()) && ARTICLE_BEFORE.test(text.slice(Math.max(0, offset - 16), offset));
}

/**
 * The words after text[offset] (after an abbreviation's dot), as written without the punctuation around them, up to
 * the first that punctuation ends ("Foreign Relations Committee, …" → Foreign, Relations, Committee).
 */
function wordsAt(text: string, offset: number): string[] {
  const words: string[] = [];
  for (const token of text.slice(offset, offset + NAME_REACH).replace(/^\./u, "").trim().split(/\s+/u)) {
    const word = token.replace(/^[("“‘«[]+/u, "").replace(/[.,;:!?)"”»\]]+$/u, "");
    if (!word) break;
    words.push(word);
    if (word.length + token.indexOf(word) < token.length) break;
  }
  return words;
}

/** The last word of an edit's side, without the punctuation around it ("Sen." of "the Sen."), or "". */
function lastWordOf(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/u.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && !/\s/u.test(text[start - 1])) start--;
  return text.slice(start, end).replace(/^[("“‘«[]+/u, "");
}

/**
 * What follows an edit whose last word is a title ("Sen|. Foreign Relations Committee", "Major| Western powers"): an
 * institution's name, a demonym (title-words.ts namesNoPerson). Read only after a capitalised title (most edits end in none).
 */
function afterTitle(a: string, endA: number, lastA: string, b: string, endB: number, lastB: string): { institutionFollows: boolean; demonymFollows: boolean } {
  let institutionFollows = false;
  let demonymFollows = false;
  for (const [text, end, last] of [[a, endA, lastA], [b, endB, lastB]] as const) {
    if (!isCapitalisedTitle(last)) continue;
    const words = wordsAt(text, end);
    institutionFollows ||= namesInstitution(words);
    demonymFollows ||= isCommonWordRank(last) && namesNoPerson(words, last);
  }
  return { institutionFollows, demonymFollows };
}

/** Whether a rank follows text[offset], past the rank qualifiers before it ("Petty| Officer", "| Chief Petty Officer"; title-words.ts isRankWord). */
function rankAt(text: string, offset: number): boolean {
  const words = wordsAt(text, offset);
  let k = 0;
  while (k < words.length && isRankQualifier(words[k].toLowerCase())) k++;
  return k < words.length && isRankWord(words[k]);
}

/** Whether a side of an edit holds a rank qualifier (title-words.ts isRankQualifier: "Staff", "Rear", "старший"). */
const holdsRankQualifier = (text: string): boolean => text.length < 80 && text.split(/[\s.,;:]+/u).some((word) => word !== "" && isRankQualifier(word.toLowerCase()));

/** A letter that may number the first item of a list ("A.", "a)", "I." for Roman one). */
const FIRST_LIST_LETTER = /^\s*[AaIi]\s*$/u;

/** What classifyEdit is told of an edit's surroundings (its Context without the language and the names). */
/** A version this long (letters) at least can be told to be in a case style. */
const CASE_STYLE_MIN_LETTERS = 40;
/** This share of a version's letters in capitals, or of its words capitalised, is a case style, not names. */
const CASE_STYLE_SHARE = 0.8;
/** Letters read to tell a case style: enough for a vote, cheap for a 50,000-word version. */
const CASE_STYLE_SAMPLE = 3_000;

/**
 * Whether `text` is written in a case style throughout: at least CASE_STYLE_SHARE of its cased letters in capitals
 * (a wire copy or a headline in capitals) or of its words starting with a capital (title case), over
 * CASE_STYLE_MIN_LETTERS letters at least, read from its first CASE_STYLE_SAMPLE letters. Its words' case then says
 * nothing about names (tester 61 F2). One pass over character codes; only letters outside ASCII are asked their case.
 */
function inCaseStyle(text: string): boolean {
  let upper = 0;
  let cased = 0;
  let words = 0;
  let capitalised = 0;
  let inWord = false;
  for (let k = 0; k < text.length && cased < CASE_STYLE_SAMPLE; k++) {
    const code = text.charCodeAt(k);
    let kind = 0; // 0: no cased letter, 1: lower, 2: upper
    if (code >= 65 && code <= 90) kind = 2;
    else if (code >= 97 && code <= 122) kind = 1;
    else if (code > 127) {
      const char = text[k];
      const lower = char.toLowerCase();
      const upperForm = char.toUpperCase();
      if (lower !== upperForm) kind = char === lower ? 1 : 2;
      else if (/\p{L}/u.test(char)) kind = 3; // a letter without case
    }
    if (kind === 0) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      words++;
      if (kind === 2) capitalised++;
      inWord = true;
    }
    if (kind === 3) continue;
    cased++;
    if (kind === 2) upper++;
  }
  return cased >= CASE_STYLE_MIN_LETTERS && (upper >= CASE_STYLE_SHARE * cased || capitalised >= CASE_STYLE_SHARE * words);
}

const SURROUNDING_FLAGS = [
  "sentenceInitial", "digitFollows", "numberFollows", "numberWordFollows", "afterDegreeSign", "unitFollows", "digitPrecedes", "numberPrecedes", "inListMarker",
  "listLetterAmbiguous", "afterMonth", "dotFollows", "capitalFollows", "institutionFollows", "demonymFollows", "rankFollows", "inCapitals",
  "quantifierFollows",
] as const;
type EditSurroundings = Record<(typeof SURROUNDING_FLAGS)[number], boolean>;
/** How far (UTF-16 units) before an edit a month's name is looked for: longer than any month and its spaces. */
const MONTH_REACH = 16;
const WHITESPACE_ONLY = /^\s*$/u;

function rangeOf(sentences: readonly VersionSentence[], indexes: readonly number[]): TextRange | null {
  if (!indexes.length) return null;
  return { start: sentences[indexes[0]].piece.start, end: sentences[indexes[indexes.length - 1]].piece.end };
}

function pairWords(sentences: readonly VersionSentence[], indexes: readonly number[]): PairWords {
  if (indexes.length === 1) {
    const { starts, ends, words } = sentences[indexes[0]];
    return { starts, ends, ids: words };
  }
  const joined = (field: "starts" | "ends" | "words") => {
    const values: number[] = [];
    for (const i of indexes) {
      const from = sentences[i][field];
      for (let k = 0; k < from.length; k++) values.push(from[k]);
    }
    return values;
  };
  return { starts: joined("starts"), ends: joined("ends"), ids: joined("words") };
}

function wordCount(sentences: readonly VersionSentence[], indexes: readonly number[]): number {
  return indexes.reduce((sum, i) => sum + sentences[i].words.length, 0);
}

/** Whether the sentences at `indexes` (none: true) state nothing: lines without words, list markers (list-markers.ts). */
function sayNothing(markers: ListMarkers, sentences: readonly VersionSentence[], indexes: readonly number[]): boolean {
  return indexes.every((i) => markers.statesNothing(sentences[i].piece));
}

/**
 * Whether `range` (an edit's side, UTF-16 offsets) lies in the list marker that opens its sentence, or is empty at the
 * start of a sentence that opens with none: an edit inside "1) " / "2) " or dropping "(a) " changes no fact.
 */
function inLeadingMarker(text: string, markers: ListMarkers, sentences: readonly VersionSentence[], indexes: readonly number[], range: TextRange): boolean {
  const sentence = indexes.map((i) => sentences[i]).find((s) => s.piece.start <= range.start && range.start < s.piece.end) ?? sentences[indexes[0]];
  if (!sentence) return range.start === range.end;
  const marker = markers.leading(sentence.piece);
  if (range.start < range.end) return marker !== null && range.start >= marker.start && range.end <= marker.end;
  // Empty: the other side's marker was dropped or added here, before the sentence's first word.
  return range.start >= sentence.piece.start && !LETTER_OR_DIGIT.test(text.slice(marker ? marker.end : sentence.piece.start, range.start));
}

/** How many words before an edit wordsBeforeEdit reads: a title and the titles and article before it ("THE DEPUTY FOREIGN MINISTER|"). */
const WORDS_BEFORE_EDIT = 4;
const NO_WORDS: readonly string[] = [];
const SPACES_ONLY = /^\s*$/u;

/**
 * The words of a sentence pair (`words`: their UTF-16 offsets in `text`) right before `offset` (an edit's start), as
 * written and in order, up to WORDS_BEFORE_EDIT: each separated from the next, and the last from `offset`, by spaces
 * only (a comma or a sentence's end breaks the run: "PRESIDENT, ALIYEV" has no title before the name). Throws nothing.
 */
function wordsBeforeEdit(text: string, words: PairWords, offset: number): readonly string[] {
  let k = 0;
  while (k < words.starts.length && words.ends[k] <= offset) k++;
  const found: string[] = [];
  let end = offset;
  for (let j = k - 1; j >= 0 && found.length < WORDS_BEFORE_EDIT; j--) {
    if (!SPACES_ONLY.test(text.slice(words.ends[j], end))) break;
    found.push(text.slice(words.starts[j], words.ends[j]));
    end = words.starts[j];
  }
  return found.reverse();
}

/** Whether nothing but spaces and punctuation stand between the start of the sentence holding `offset` and `offset`. */
function startsSentence(text: string, sentences: readonly VersionSentence[], indexes: readonly number[], offset: number): boolean {
  // At the boundary of two sentences' pieces the offset opens the later one.
  const pieces = indexes.map((i) => sentences[i]);
  const sentence = pieces.find((s) => s.piece.start <= offset && offset < s.piece.end) ?? pieces.find((s) => offset === s.piece.end);
  return !!sentence && !LETTER_OR_DIGIT.test(text.slice(sentence.piece.start, offset));
}

/**
 * The sentence-aligned diff of two versions of a text (issue 12). Sentences are cut by the engine
 * (lib/compare/segment.ts) and paired (pairSentences: equal, changed 1:1, split 1:2, merged 2:1, added,
 * removed); pairs that changed place are grouped into moves (detectMoves); each pair is word-diffed on
 * its own (diffPair), so `bounds.maxEditLength` applies per sentence pair and corresponding sentences are
 * never shown as all deleted and all inserted. Each edit is classed (classifyEdit). Pure; throws nothing.
 * `language` is the versions' BCP 47 tag (segmentation, stop words, stems, the classes' word lists); where both are
 * written in a script it does not write, they are read in that script's language ("ru" for Cyrillic, "hy" for Armenian),
 * and an edit wholly in another script in that script's (version-language.ts). Offsets are UTF-16.
 * Invariants (tested): the b sides of `pairs`, in order, give `b` exactly; the a sides, ordered by their
 * a offset, give `a` exactly.
 */
export function diffVersions(a: string, b: string, language = "en", bounds: DiffBounds = SENTENCE_BOUNDS): VersionDiff {
  return diffVersionsAtLeast(a, b, 0, language, bounds)!;
}

/**
 * diffVersions, or null when the sentences that pair up hold less than `minPairedShare` of the words:
 * the word diffs and classes are computed only for texts that are versions (findVersions). `tag`: diffVersions's `language`.
 */
export function diffVersionsAtLeast(a: string, b: string, minPairedShare: number, tag = "en", bounds: DiffBounds = SENTENCE_BOUNDS): VersionDiff | null {
  // The tag's language, unless both versions are written in a script it does not write (version-language.ts).
  const language = versionLanguage(a, b, tag);
  const vocabulary = new VersionVocabulary(language);
  // Over-long sentences cut by content are cut after the same words in both versions (content-cuts.ts).
  const [rangesA, rangesB] = agreeOnContentCuts(a, splitSentences(a, language), b, splitSentences(b, language));
  const sentencesA = versionSentences(a, vocabulary, rangesA);
  const sentencesB = versionSentences(b, vocabulary, rangesB);
  // Sentences pair by similarity, then in place (pair.ts pairInPlace); the share of words in pairs decides whether the
  // texts are versions, counting no pair made by place alone.
  // Sentences paired by place alone must share words, counting synonyms (classify.ts areSynonyms) and one stem's forms
  // ("военнопленный" / "военнопленные"), or most of their function words.
  const stem = stemmerFor(language);
  const related = (x: number, y: number) => {
    const [keyX, keyY] = [vocabulary.keyOf(x), vocabulary.keyOf(y)];
    return (stem !== null && stem(keyX) === stem(keyY)) || areSynonyms(keyX, keyY, language);
  };
  let matches = pairInPlace(sentencesA, sentencesB, pairSentences(sentencesA, sentencesB), related);
  const totalWords = wordCount(sentencesA, sentencesA.map((_, i) => i)) + wordCount(sentencesB, sentencesB.map((_, j) => j));
  let pairedWords = 0;
  for (const match of matches) if (!match.byPosition) pairedWords += wordCount(sentencesA, match.a) + wordCount(sentencesB, match.b);
  const pairedShare = totalWords ? roundSimilarity(pairedWords / totalWords) : 1;
  if (pairedShare < minPairedShare) return null;
  // Lines without words ("***" between sections) neither move nor hold in place what moved around them (tester 41:
  // three separators listed as moved passages, and a sentence "moved" from sentence 1 to sentence 1 past a separator).
  const hasWords = (match: SentenceMatch) => match.a.some((i) => sentencesA[i].words.length > 0) || match.b.some((j) => sentencesB[j].words.length > 0);
  const worded = matches.map((_, m) => m).filter((m) => hasWords(matches[m]));
  let passages = detectMoves(worded.map((m) => matches[m])).map((passage) => passage.map((k) => worded[k]));
  // A line without words that changed place: with its moved section, or removed and added (wordless-lines.ts).
  ({ matches, passages } = placeWordlessLines(matches, passages, hasWords));
  const passageOf = new Map<number, number>();
  passages.forEach((passage, p) => passage.forEach((m) => passageOf.set(m, p)));

  // Blocks in display order: b's order; a removed sentence after the pair that precedes it in a.
  const pairedA = new Int32Array(sentencesA.length).fill(-1);
  const pairedB = new Int32Array(sentencesB.length).fill(-1);
  matches.forEach((match, m) => {
    match.a.forEach((i) => (pairedA[i] = m));
    match.b.forEach((j) => (pairedB[j] = m));
  });
  const relationOf = (match: SentenceMatch): PairRelation =>
    match.b.length > 1 ? "split" : match.a.length > 1 ? "merged" : match.exact ? "equal" : "changed";
  const blocks: Block[] = matches.map((match, m) => ({ relation: relationOf(match), a: match.a, b: match.b, match: m, sortKey: [match.b[0], 0, 0] }));
  sentencesB.forEach((_, j) => {
    if (pairedB[j] < 0) blocks.push({ relation: "added", a: [], b: [j], sortKey: [j, 0, 0] });
  });
  // The last b sentence of the nearest earlier a sentence that kept its place.
  const anchorB = new Int32Array(sentencesA.length);
  let anchor = -1;
  sentencesA.forEach((_, i) => {
    anchorB[i] = anchor;
    const m = pairedA[i];
    if (m >= 0 && !passageOf.has(m)) anchor = matches[m].b[matches[m].b.length - 1];
  });
  sentencesA.forEach((_, i) => {
    if (pairedA[i] < 0) blocks.push({ relation: "removed", a: [i], b: [], sortKey: [anchorB[i], 1, i] });
  });
  blocks.sort((x, y) => x.sortKey[0] - y.sortKey[0] || x.sortKey[1] - y.sortKey[1] || x.sortKey[2] - y.sortKey[2]);

  /** Whether the sentences after a block's last a and last b sentence are the first ones of one and the same pair. */
  const sameSuccessor = (block: Block): boolean => {
    const nextA = block.a[block.a.length - 1] + 1;
    const nextB = block.b[block.b.length - 1] + 1;
    if (nextA >= sentencesA.length || nextB >= sentencesB.length) return nextA >= sentencesA.length && nextB >= sentencesB.length;
    const m = pairedA[nextA];
    return m >= 0 && m === pairedB[nextB] && matches[m].a[0] === nextA && matches[m].b[0] === nextB;
  };
  const pairs: SentencePair[] = [];
  const edits: VersionEdit[] = [];
  const caseStyled = inCaseStyle(a) || inCaseStyle(b);
  // Sentences written in capitals, where a capital says nothing about a name (capitals.ts).
  const capitalsA = new CapitalSentences(a, sentencesA);
  const capitalsB = new CapitalSentences(b, sentencesB);
  const nameElsewhere = namesOfTexts(vocabulary, [[a, sentencesA, capitalsA], [b, sentencesB, capitalsB]]);
  // A revision repeats the same edit (a name or a title changed throughout): each is classed once per context.
  const classes = new Map<string, ReturnType<typeof classifyEdit>>();
  const classifyOnce = (before: string, after: string, context: EditSurroundings, stretch: { before: string; after: string; a: TextRange; b: TextRange }, wordsA: PairWords, wordsB: PairWords) => {
    surroundingsOfTitles(stretch, context);
    // An edit wholly in another script than the diff's language is read in that script's (version-language.ts).
    const editIn = editLanguage(before, after, language);
    // Where capitals say nothing, the words before the edit may hold a title that makes the next word a name (names-after-titles.ts).
    const wordsBeforeA = context.inCapitals ? wordsBeforeEdit(a, wordsA, stretch.a.start) : NO_WORDS;
    const wordsBeforeB = context.inCapitals ? wordsBeforeEdit(b, wordsB, stretch.b.start) : NO_WORDS;
    // The flags as one number's bits (18 flags; a string of 18 characters built one by one cost more than the lookup).
    let flags = 0;
    for (let f = 0; f < SURROUNDING_FLAGS.length; f++) if (context[SURROUNDING_FLAGS[f]]) flags |= 1 << f;
    // The key grows only where an edit needs it (most are in the diff's language, outside capitals): a short key per edit.
    let key = editIn === language ? `${flags}\u0000` : `${flags}\u0001${editIn}\u0000`;
    if (context.inCapitals) key += `${wordsBeforeA.join(" ")}\u0000${wordsBeforeB.join(" ")}\u0000`;
    key += `${before}\u0000${after}`;
    let found = classes.get(key);
    if (!found) classes.set(key, (found = classifyEdit(before, after, { language: editIn, ...context, nameElsewhere, caseStyled, wordsBeforeA, wordsBeforeB })));
    return found;
  };
  /** What follows an edit for the title rules: a name's capital, an institution's name or a demonym after a title, a rank after a qualifier. */
  const surroundingsOfTitles = (stretch: { before: string; after: string; a: TextRange; b: TextRange }, into: EditSurroundings) => {
    into.capitalFollows = CAPITAL_NEXT.test(a.slice(stretch.a.end, stretch.a.end + 16)) || CAPITAL_NEXT.test(b.slice(stretch.b.end, stretch.b.end + 16));
    const titles = into.capitalFollows ? afterTitle(a, stretch.a.end, lastWordOf(stretch.before), b, stretch.b.end, lastWordOf(stretch.after)) : null;
    into.institutionFollows = titles?.institutionFollows ?? false;
    into.demonymFollows = titles?.demonymFollows ?? false;
    into.rankFollows = (holdsRankQualifier(stretch.before) || holdsRankQualifier(stretch.after)) && (rankAt(a, stretch.a.end) || rankAt(b, stretch.b.end));
  };
  // List items' markers of each version (list-markers.ts): layout, not facts.
  const markersA = new ListMarkers(a);
  const markersB = new ListMarkers(b);
  const pairIdOfMatch = new Map<number, string>();
  for (const block of blocks) {
    const id = `p${pairs.length}`;
    const rangeA = rangeOf(sentencesA, block.a);
    const rangeB = rangeOf(sentencesB, block.b);
    const wordsA = pairWords(sentencesA, block.a);
    const wordsB = pairWords(sentencesB, block.b);
    // A phrase moved inside a sentence (its words otherwise the same): one edit with both places (phrase-moves.ts).
    const phraseMove = rangeA && rangeB && block.a.length === 1 && block.b.length === 1 ? phraseMoveOf(a, wordsA, b, wordsB, vocabulary, language, nameElsewhere) : null;
    const stretches: PairStretch[] =
      rangeA && rangeB
        ? diffPair(a, rangeA, wordsA, b, rangeB, wordsB, bounds, phraseMove?.plan)
        : [{ op: "edit", before: rangeA ? a.slice(rangeA.start, rangeA.end) : "", after: rangeB ? b.slice(rangeB.start, rangeB.end) : "", a: rangeA ?? { start: 0, end: 0 }, b: rangeB ?? { start: 0, end: 0 } }];
    const movedFrom = phraseMove ? stretches.find((stretch) => stretch.op === "edit" && stretch.moved && stretch.before) : undefined;
    const movedTo = phraseMove ? stretches.find((stretch) => stretch.op === "edit" && stretch.moved && stretch.after) : undefined;
    let moveEditId: string | null = null;
    const parts: VersionPart[] = [];
    const layoutAtEnd = rangeA !== null && rangeB !== null && !sameSuccessor(block);
    const layoutOnly = sayNothing(markersA, sentencesA, block.a) && sayNothing(markersB, sentencesB, block.b);
    const firstEdit = edits.length;
    for (const stretch of stretches) {
      if (stretch.op === "equal") {
        parts.push({ op: "equal", text: stretch.text });
        continue;
      }
      // The whitespace after the pair, when the sentence after it is not the same in both versions: it belongs to the
      // places (a paragraph's end, the text's end), not to the sentence, and moved with the change next to it.
      if (layoutAtEnd && stretch.a.end === rangeA.end && stretch.b.end === rangeB.end && WHITESPACE_ONLY.test(stretch.before) && WHITESPACE_ONLY.test(stretch.after)) {
        if (stretch.before) parts.push({ op: "delete", text: stretch.before, layout: true });
        if (stretch.after) parts.push({ op: "insert", text: stretch.after, layout: true });
        continue;
      }
      if (stretch.moved && phraseMove && movedFrom?.op === "edit" && movedTo?.op === "edit") {
        // The phrase's two places are one edit, listed where the first of them stands.
        if (moveEditId === null) {
          moveEditId = `e${edits.length}`;
          edits.push({ id: moveEditId, pairId: id, class: phraseMove.class, reason: phraseMove.reason, before: movedFrom.before, after: movedTo.after, a: movedFrom.a, b: movedTo.b, moved: true });
        }
        parts.push(stretch.before ? { op: "delete", text: stretch.before, editId: moveEditId } : { op: "insert", text: stretch.after, editId: moveEditId });
        continue;
      }
      const editId = `e${edits.length}`;
      const sentenceInitial = rangeA !== null && rangeB !== null && (startsSentence(a, sentencesA, block.a, stretch.a.start) || startsSentence(b, sentencesB, block.b, stretch.b.start));
      // Inside the marker that opens a sentence of the pair, on each side (list-markers.ts: a real list's marker only).
      const inMarkerA = sentenceInitial && inLeadingMarker(a, markersA, sentencesA, block.a, stretch.a);
      const inMarkerB = sentenceInitial && inLeadingMarker(b, markersB, sentencesB, block.b, stretch.b);
      const { class: editClass, reason } =
        block.relation === "added"
          ? { class: "fact" as const, reason: "added-sentence" as const }
          : block.relation === "removed"
            ? { class: "fact" as const, reason: "removed-sentence" as const }
            : classifyOnce(stretch.before, stretch.after, {
                // Every flag named in one literal of one shape, the title flags filled in by classifyOnce (a literal
                // that opened with a spread of them made each later property a new shape: the versions bench ran 1.3x
                // slower for it; session 13).
                capitalFollows: false,
                institutionFollows: false,
                demonymFollows: false,
                rankFollows: false,
                sentenceInitial,
                inCapitals: capitalsA.any(block.a) || capitalsB.any(block.b),
                digitFollows: DIGIT.test(a[stretch.a.end] ?? "") || DIGIT.test(b[stretch.b.end] ?? ""),
                numberFollows: NUMBER_NEXT.test(a.slice(stretch.a.end, stretch.a.end + 8)) && NUMBER_NEXT.test(b.slice(stretch.b.end, stretch.b.end + 8)),
                numberWordFollows: numberWordAt(a, stretch.a.end) && numberWordAt(b, stretch.b.end),
                // "were| few" → "were a| few": an article before "few", "little", "most" (article-quantifiers.ts).
                quantifierFollows: articleQuantifierAt(a, stretch.a.end) && articleQuantifierAt(b, stretch.b.end),
                afterDegreeSign: a[stretch.a.start - 1] === "°" || b[stretch.b.start - 1] === "°",
                dotFollows: a[stretch.a.end] === "." && b[stretch.b.end] === ".",
                digitPrecedes: DIGIT.test(a[stretch.a.start - 1] ?? "") || DIGIT.test(b[stretch.b.start - 1] ?? ""),
                numberPrecedes: NUMBER_BEFORE.test(a.slice(Math.max(0, stretch.a.start - 8), stretch.a.start)) || NUMBER_BEFORE.test(b.slice(Math.max(0, stretch.b.start - 8), stretch.b.start)),
                // Both: a letter that is a marker on one side only is an initial on the other ("A. Aliyev" / "S. Aliyev", tester 52),
                // unless it could open a list of one there (listLetterAmbiguous).
                inListMarker: inMarkerA && inMarkerB,
                listLetterAmbiguous: inMarkerA !== inMarkerB && FIRST_LIST_LETTER.test(inMarkerA ? stretch.after : stretch.before),
                afterMonth: dayAfterMonth(a.slice(Math.max(0, stretch.a.start - MONTH_REACH), stretch.a.start), stretch.before, stretch.after) || dayAfterMonth(b.slice(Math.max(0, stretch.b.start - MONTH_REACH), stretch.b.start), stretch.before, stretch.after),
                // Asked only of edits with a digit: the unit is what their number counts.
                unitFollows: (holdsDigit(stretch.before) || holdsDigit(stretch.after)) && (countsSomethingAt(a, stretch.a.end, language) || countsSomethingAt(b, stretch.b.end, language)),
              }, stretch, wordsA, wordsB);
      // Any edit of a pair made only of lines without words and list markers is typography (a "***" added or removed, "1."
      // dropped where a list became prose, "2." renumbered "3."): they state nothing. So is an edit inside the marker that
      // opens a sentence of the pair, dropped, added or renumbered ("1) The border …" → "The border …").
      const markerOnly = inMarkerA && inMarkerB;
      const finalClass = layoutOnly || markerOnly ? "typographic" : editClass;
      edits.push({ id: editId, pairId: id, class: finalClass, reason: finalClass === "typographic" ? "typography" : reason, before: stretch.before, after: stretch.after, a: stretch.a, b: stretch.b });
      if (stretch.before) parts.push({ op: "delete", text: stretch.before, editId });
      if (stretch.after) parts.push({ op: "insert", text: stretch.after, editId });
    }
    if (block.match !== undefined) pairIdOfMatch.set(block.match, id);
    // A moved phrase was judged whole (phrase-move-class.ts): the value rules below see the pair's other edits.
    const inPlace = moveEditId === null ? edits.slice(firstEdit) : edits.slice(firstEdit).filter((edit) => !edit.moved);
    // A date written in another order inside the pair is the same date (date-order.ts).
    if (rangeA && rangeB && inPlace.length > 0) reclassifyReorderedDates(inPlace, a.slice(rangeA.start, rangeA.end), b.slice(rangeB.start, rangeB.end), language);
    // A time or quantity the word diff cut into pieces ("12 p.m." → "12.00") is judged whole (split-values.ts).
    if (rangeA && rangeB && inPlace.length > 0) reclassifySplitValues(inPlace, a, rangeA, b, rangeB, language);
    // An amount of money with its currency's sign for its code or name ("$3 million" → "3 million dollars"; money.ts).
    if (rangeA && rangeB && inPlace.length > 0) reclassifyMoneyWrittenAnotherWay(inPlace, a.slice(rangeA.start, rangeA.end), b.slice(rangeB.start, rangeB.end), language);
    // Two parties' roles swapped ("Blinken thanked Aliyev" → "Aliyev thanked Blinken") are a fact, "role" (role-swaps.ts).
    if (rangeA && rangeB && edits.length > firstEdit) reclassifyRoleSwaps(edits.slice(firstEdit), a, rangeA, wordsA, b, rangeB, wordsB, vocabulary);
    // A pair whose sentences differ is no "equal" pair, even when its words are equal under the fold (a sign "5" → "-5",
    // a typographic edit, a space made no-break or doubled inside the sentence: tester T3 #19); only the spacing after
    // the last sentence (a pair that moved to or from the end) leaves it equal.
    if (block.relation === "equal" && edits.slice(firstEdit).some((edit) => /\S/u.test(edit.before + edit.after) || !afterSentences(edit, a, rangeA, b, rangeB)))
      block.relation = "changed";
    // A line without words or a wire's end mark is a separator line; the rest of what states nothing, a list's marker.
    const separatorLine = (text: string, sentence: VersionSentence) => sentence.words.length === 0 || isEndMark(text, sentence.piece.start, sentence.piece.end);
    const noClaim = !layoutOnly ? undefined : block.a.every((i) => separatorLine(a, sentencesA[i])) && block.b.every((j) => separatorLine(b, sentencesB[j])) ? "separator" : "list-marker";
    pairs.push({ id, relation: block.relation, aSentences: block.a, bSentences: block.b, a: rangeA, b: rangeB, parts, ...(noClaim ? { noClaim } : {}) });
  }

  // Moves: the pairs of each passage, and the pair after which the passage stood in a.
  const pairOfA = new Map<number, SentencePair>();
  for (const pair of pairs) for (const i of pair.aSentences) pairOfA.set(i, pair);
  const moves: VersionMove[] = passages.map((passage, p) => {
    const id = `m${p}`;
    const pairIds = passage.map((m) => pairIdOfMatch.get(m)!);
    const memberIds = new Set(pairIds);
    const members = pairs.filter((pair) => memberIds.has(pair.id));
    members.forEach((pair) => (pair.moveId = id));
    // The passage's first sentence in a (its matches are in b's order; a passage whose order changed inside starts later).
    let firstA = matches[passage[0]].a[0];
    let reordered = false;
    for (let k = 1; k < passage.length; k++) {
      if (matches[passage[k]].a[0] < firstA) firstA = matches[passage[k]].a[0];
      if (matches[passage[k]].a[0] < matches[passage[k - 1]].a[0]) reordered = true;
    }
    let fromAfterPairId: string | null = null;
    for (let i = firstA - 1; i >= 0 && !fromAfterPairId; i--) {
      const before = pairOfA.get(i);
      if (before && !before.moveId) fromAfterPairId = before.id;
    }
    return {
      id,
      pairIds,
      a: spanOf(members.map((pair) => pair.a!)),
      b: spanOf(members.map((pair) => pair.b!)),
      fromAfterPairId,
      ...(reordered ? { reordered: true as const } : {}),
    };
  });

  const counts: EditCounts = { fact: 0, wording: 0, typographic: 0, unclassified: 0 };
  for (const edit of edits) counts[edit.class]++;
  let changedWords = 0;
  for (const edit of edits) {
    // A moved phrase's words stayed, as a moved passage's do.
    if (edit.class === "typographic" || edit.moved) continue;
    changedWords += countWords(edit.before) + countWords(edit.after);
  }
  return {
    pairs,
    edits,
    moves,
    counts,
    similarity: totalWords ? roundSimilarity(Math.max(0, 1 - changedWords / totalWords)) : 1,
    pairedShare,
  };
}

/**
 * Whether a white-space edit lies in the spacing after a pair's sentences on both sides (its a and b ranges start at or
 * after the end of the pair's text without its trailing white space): layout, not a change of the sentences.
 */
function afterSentences(edit: VersionEdit, a: string, rangeA: TextRange | null, b: string, rangeB: TextRange | null): boolean {
  const textEnd = (text: string, range: TextRange | null) => (range ? range.start + text.slice(range.start, range.end).trimEnd().length : 0);
  return edit.a.start >= textEnd(a, rangeA) && edit.b.start >= textEnd(b, rangeB);
}

/**
 * The phrase moved inside one sentence pair (its words `wordsA` in `a`, `wordsB` in `b`), if the two differ only by
 * that (phrase-moves.ts findRotation), with what the move changes (phrase-move-class.ts) and the plan of the reading
 * shown; null otherwise (most pairs: a cheap test of lengths and sums of ids first).
 */
function phraseMoveOf(a: string, wordsA: PairWords, b: string, wordsB: PairWords, vocabulary: VersionVocabulary, language: string, isName: (folded: string) => boolean): { plan: PhraseMovePlan; class: EditClass; reason: EditReason } | null {
  const rotation = findRotation(wordsA.ids, wordsB.ids);
  if (!rotation || rotatesOneDate(rotation, a, wordsA, language)) return null;
  const keyOf = (id: number) => vocabulary.keyOf(id);
  const readings = moveReadings(rotation, a, wordsA, b, wordsB, keyOf);
  const sentence: string[] = [];
  for (let k = 0; k < wordsA.ids.length; k++) sentence.push(keyOf(wordsA.ids[k]));
  const decided = classifyPhraseMove(readings, sentence, language, isName);
  return { plan: planOf(rotation, decided.reading === 0 ? "first" : "second", wordsA.ids.length), class: decided.class, reason: decided.reason };
}

/** The range from the first start to the last end of `ranges` (UTF-16 offsets); a loop, not Math.min(...), for any count. */
function spanOf(ranges: { start: number; end: number }[]): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const range of ranges) {
    if (range.start < start) start = range.start;
    if (range.end > end) end = range.end;
  }
  return { start, end };
}

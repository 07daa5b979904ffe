import type { EditClass, EditCounts, SentencePair, VersionDiff, VersionEdit, VersionMove } from "../compare/versions/types";
import { excerpt } from "./change-blocks";
import { LIST_MARKER, readerNumbers, SEPARATOR_LINE } from "./reader-numbers";

/** Labels of the edit classes, as the pages and exports say them (docs/edit-classes.md). */
export const EDIT_CLASS_LABELS: Record<EditClass, string> = {
  fact: "changes a fact",
  wording: "wording",
  typographic: "typographic",
  unclassified: "unclassified",
};

export interface VersionDiffSummary {
  /** "3 edits that change facts, 12 in wording". */
  line: string;
  /** The edits shown by default (typographic ones are hidden), facts first, each with its element id. */
  links: { edit: VersionEdit; elementId: string; label: string }[];
}

/** Element id of an edit's first mark, of a moved passage, and of the place it moved from. */
export const editElementId = (prefix: string, editId: string) => `${prefix}edit-${editId}`;
export const moveElementId = (prefix: string, moveId: string) => `${prefix}move-${moveId}`;
export const moveOriginId = (prefix: string, moveId: string) => `${prefix}moved-from-${moveId}`;

const ORDER: EditClass[] = ["fact", "wording", "unclassified"];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The summary line of a version diff from its counts by class and its number of moved passages, grammatical for any
 * counts: the first piece names the noun ("3 edits in wording", "1 unclassified edit"), later ones lean on it
 * ("1 edit that changes facts, 2 in wording, 1 unclassified"); typographic edits are not counted (hidden by default,
 * issue 12) and are mentioned only when there are some and nothing else ("No edits beyond typography").
 * Examples: "No edits" (identical texts); "2 passages moved; no other edits".
 */
export function editSummaryLine(counts: EditCounts, moves = 0): string {
  const pieces: string[] = [];
  if (counts.fact) pieces.push(`${plural(counts.fact, "edit that changes", "edits that change")} facts`);
  if (counts.wording) pieces.push(pieces.length ? `${counts.wording} in wording` : `${plural(counts.wording, "edit", "edits")} in wording`);
  if (counts.unclassified) pieces.push(pieces.length ? `${counts.unclassified} unclassified` : plural(counts.unclassified, "unclassified edit", "unclassified edits"));
  const moved = moves ? plural(moves, "passage moved", "passages moved") : "";
  if (pieces.length) return moved ? `${pieces.join(", ")}; ${moved}` : pieces.join(", ");
  const rest = counts.typographic ? "edits beyond typography" : "edits";
  return moved ? `${moved}; no other ${rest}` : `No ${rest}`;
}

/** The first `words` words of a text and at most `max` UTF-16 code units, "…" when cut, "∅" when empty. */
function opening(text: string, words: number, max: number): string {
  const all = text.trim().split(/\s+/u).filter(Boolean);
  if (all.length === 0) return "∅";
  return excerpt(all.length > words ? `${all.slice(0, words).join(" ")}…` : all.join(" "), max);
}

/**
 * Link text for an edit in the summary: each side cut to its first `words` words and at most `max` UTF-16 code units,
 * "…" when cut, "∅" when empty (a whole added sentence is not a link text; tester C11). A phrase moved inside its
 * sentence (VersionEdit.moved) is named once, as it now reads: "“On Monday” moved".
 */
export function editLinkLabel(edit: Pick<VersionEdit, "before" | "after" | "moved">, words = 6, max = 40): string {
  if (edit.moved) return `“${opening(movedPhrase(edit), words, max)}” moved`;
  return `${opening(edit.before, words, max)} → ${opening(edit.after, words, max)}`;
}

/** Spaces and punctuation around a moved phrase (", " after a fronted "On Monday"): they moved with it, but are not it. */
const AROUND_PHRASE = /^[\s,;:—–-]+|[\s,;:—–-]+$/gu;

/** A moved phrase's words as the newer text writes them, without the spaces and punctuation around it ("On Monday"). */
export function movedPhrase(edit: Pick<VersionEdit, "before" | "after">): string {
  return (edit.after || edit.before).replace(AROUND_PHRASE, "");
}

/** The phrase moves of a diff (edits marked `moved`), in display order. */
export function phraseMoves(diff: VersionDiff): VersionEdit[] {
  return diff.edits.filter((edit) => edit.moved);
}

/** The text of one side of a pair, rebuilt from its parts. */
function pairSideText(pair: SentencePair, side: "a" | "b"): string {
  let text = "";
  for (const part of pair.parts) if (part.op !== (side === "a" ? "insert" : "delete")) text += part.text;
  return text;
}

/** Where a moved phrase stands on one side, by the words before it in its sentence: "after “with Aliyev”", or "at the start". */
function phrasePlace(pair: SentencePair, side: "a" | "b", offset: number): string {
  const range = side === "a" ? pair.a : pair.b;
  if (!range) return "";
  const before = pairSideText(pair, side).slice(0, offset - range.start).trim().split(/\s+/u).filter(Boolean);
  return before.length ? `after “${excerpt(before.slice(-2).join(" "), 40)}”` : "at the start";
}

/**
 * A phrase moved inside its sentence in words, for the exports (its two places by the words before each):
 * "“On Monday” moved inside sentence pair 2: in version 1 after “with Aliyev”, in version 2 at the start".
 * `fromName` and `toName` name the older and newer text.
 */
export function phraseMoveDescription(diff: VersionDiff, edit: VersionEdit, fromName: string, toName: string): string {
  const pair = diff.pairs.find((p) => p.id === edit.pairId);
  const where = pair ? `: in ${fromName} ${phrasePlace(pair, "a", edit.a.start)}, in ${toName} ${phrasePlace(pair, "b", edit.b.start)}` : "";
  return `“${movedPhrase(edit)}” moved inside ${pairLinkLabel(diff, edit.pairId)}${where}`;
}

/**
 * The summary line as exports and the API print it: `line` with the typographic edits counted after it
 * ("2 edits that change facts, 4 in wording; 1 passage moved; 6 typographic edits (hidden)"), where a page shows that
 * count in its typography control instead (docs/edit-classes.md: every summary says how many there are; tester 39).
 */
export function summaryWithTypography(line: string, typographic: number, shown = false): string {
  return typographic ? `${line}; ${plural(typographic, "typographic edit", "typographic edits")} (${shown ? "shown" : "hidden"})` : line;
}

/** The summary line and the jump links of a version diff; `prefix` keeps element ids unique on a page. */
export function versionDiffSummary(diff: VersionDiff, prefix = ""): VersionDiffSummary {
  const links = ORDER.flatMap((editClass) =>
    diff.edits
      .filter((edit) => edit.class === editClass)
      .map((edit) => ({
        edit,
        elementId: editElementId(prefix, edit.id),
        label: editLinkLabel(edit),
      })),
  );
  return { line: editSummaryLine(diff.counts, diff.moves.length), links };
}

/**
 * The typography control's words: "3 typographic edits (hidden) — show", "1 typographic edit (shown) — hide"; the
 * same on the history page, the pairwise view and its sentence-by-sentence diff (issue 12: typographic edits are hidden by default).
 */
export function typographyToggleLabel(count: number, shown: boolean): string {
  return `${count} typographic edit${count === 1 ? "" : "s"} (${shown ? "shown" : "hidden"}) — ${shown ? "hide" : "show"}`;
}

/** The URL parameter that shows typographic edits (`typography=show`), read alike by the pages and their exports. */
export const TYPOGRAPHY_PARAMETER = "typography";

/** The values TYPOGRAPHY_PARAMETER takes: `show` marks typographic edits, `hide` (the default, as is absent or empty) hides them. */
export const TYPOGRAPHY_VALUES = ["show", "hide"] as const;

/** Whether a query value of TYPOGRAPHY_PARAMETER asks to show typographic edits (only "show" does). Check it first with typographyMessage. */
export function showsTypography(value: string | string[] | undefined): boolean {
  return (Array.isArray(value) ? value[0] : value) === "show";
}

/**
 * The message for a bad TYPOGRAPHY_PARAMETER value ("typography must be one of show, hide, not “shw”", worded as every other parameter's), or null when it is
 * absent, empty, "show" or "hide". A misspelt value is named, not read silently as "hide" (the reader asked to see
 * something). Repeated values are reported by the callers' repeated-parameter checks.
 */
export function typographyMessage(value: string | string[] | undefined): string | null {
  const single = Array.isArray(value) ? value[0] : value;
  if (single === undefined || single === "" || (TYPOGRAPHY_VALUES as readonly string[]).includes(single)) return null;
  return `${TYPOGRAPHY_PARAMETER} must be one of ${TYPOGRAPHY_VALUES.join(", ")}, not “${single}”`;
}

/**
 * Sentences of one side of `diff` by the numbers readers give them (0-based indexes in, reader numbers out; separator
 * lines have none, lib/view/reader-numbers.ts): "sentence 3", "sentences 3–4" (the lowest to the highest), "no
 * sentence" for none; when every one is a separator line, where it stands (separatorLocation): "the separator line
 * after sentence 4".
 */
export function sentenceNumbers(diff: VersionDiff, side: "a" | "b", indexes: readonly number[]): string {
  if (indexes.length === 0) return "no sentence";
  const numbers = readerNumbers(diff);
  let first = Infinity;
  let last = -Infinity;
  for (const index of indexes) {
    const number = numbers.sentence(side, index);
    if (number === null) continue;
    if (number < first) first = number;
    if (number > last) last = number;
  }
  if (first > last) return separatorLocation(diff, side, indexes);
  return first === last ? `sentence ${first}` : `sentences ${first}–${last}`;
}

/** What an unnumbered sentence or pair is called: "separator line" or "list marker". */
const unnumberedName = (kind: "separator" | "list-marker" | null | undefined) => (kind === "list-marker" ? LIST_MARKER : SEPARATOR_LINE);

/** "the separator line", "the list markers": such a sentence has no number, so it is named by its place. */
const separatorNoun = (count: number, kind: "separator" | "list-marker" | null | undefined = "separator") => `the ${unnumberedName(kind)}${count === 1 ? "" : "s"}`;

/** "sentence 4", "sentences 2 and 4", "sentences 2, 4 and 7". */
function numberList(noun: string, numbers: readonly number[]): string {
  if (numbers.length === 1) return `${noun} ${numbers[0]}`;
  return `${noun}s ${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;
}

/**
 * Where separator lines (sentence `indexes` of one side without words) stand, by the sentences with words before
 * them, as a reader finds them: "the separator line after sentence 4", "the separator lines after sentences 2 and
 * 4", "the separator line before sentence 1" (none before it), "the separator line" (a text of separator lines only).
 */
function separatorLocation(diff: VersionDiff, side: "a" | "b", indexes: readonly number[]): string {
  const numbers = readerNumbers(diff);
  const after = new Set<number>();
  for (const index of indexes) {
    let before = 0;
    for (let i = index - 1; i >= 0 && before === 0; i--) before = numbers.sentence(side, i) ?? 0;
    after.add(before);
  }
  const noun = separatorNoun(indexes.length, numbers.unnumbered(side, indexes[0]));
  if (numbers.sentenceCount(side) === 0) return noun;
  const anchors = [...after].filter((n) => n > 0).sort((x, y) => x - y);
  const lead = after.has(0) ? `before sentence 1` : "";
  const rest = anchors.length ? `after ${numberList("sentence", anchors)}` : "";
  return `${noun} ${[lead, rest].filter(Boolean).join(" and ")}`;
}

/**
 * A separator pair (a pair of lines without words, which has no number) by its place in the list of sentence pairs:
 * "the separator line after sentence pair 5", "the separator line before sentence pair 1", "the separator line"
 * when no pair has words. A link to it says where it goes ("see the separator line after sentence pair 5").
 */
function separatorPairLocation(diff: VersionDiff, pairId: string): string {
  const numbers = readerNumbers(diff);
  let before: number | null = null;
  let next: number | null = null;
  for (let i = 0, seen = false; i < diff.pairs.length && next === null; i++) {
    const pair = diff.pairs[i];
    if (pair.id === pairId) seen = true;
    else if (!seen) before = numbers.pair(pair.id) ?? before;
    else next = numbers.pair(pair.id);
  }
  const kind = diff.pairs.find((pair) => pair.id === pairId)?.noClaim;
  if (before !== null) return `${separatorNoun(1, kind)} after sentence pair ${before}`;
  return next !== null ? `${separatorNoun(1, kind)} before sentence pair ${next}` : separatorNoun(1, kind);
}

/** The opening words of a sentence pair's newer text (the older one for a removed sentence): at most `words`, "…" when cut. */
export function pairOpening(pair: SentencePair, words = 8): string {
  let text = "";
  for (const part of pair.parts) if (part.op !== (pair.b ? "delete" : "insert")) text += part.text;
  const all = text.trim().split(/\s+/u);
  return all.length > words ? `${all.slice(0, words).join(" ")}…` : all.join(" ");
}

/**
 * A moved passage in words, by sentence number and opening words (not offsets), e.g.
 * "“Delegations from both capitals will gather again at…” moved from sentence 1 of version 1 to sentence 16 of
 * version 2". `fromName` and `toName` name the older and newer text.
 */
export function moveDescription(diff: VersionDiff, move: VersionMove, fromName: string, toName: string): string {
  const members = new Set(move.pairIds);
  const pairs = diff.pairs.filter((pair) => members.has(pair.id));
  // A passage whose order changed inside lists its a sentences out of order: its span is the lowest to the highest.
  const span = (side: "a" | "b") => sentenceNumbers(diff, side, pairs.flatMap((pair) => (side === "a" ? pair.aSentences : pair.bSentences)));
  // Opened by its first sentence with words: a separator line's marks say nothing of what moved.
  const numbers = readerNumbers(diff);
  const opening = pairs.find((pair) => numbers.pair(pair.id) !== null) ?? pairs[0];
  const order = move.reordered ? ", in a new order inside it" : "";
  return `“${opening ? pairOpening(opening) : ""}” moved from ${span("a")} of ${fromName} to ${span("b")} of ${toName}${order}`;
}

/**
 * The number a reader sees for a moved passage: its id's index, counted from 1 ("m0" → "1"). Exports print these
 * instead of the internal ids, which stay in element ids, JSON and CSV (tester 39). Sentence pairs are numbered by
 * pairDisplayLabel, which skips separator lines.
 */
export function displayNumber(id: string): string {
  const index = /\d+$/u.exec(id);
  return index ? String(Number(index[0]) + 1) : id;
}

/**
 * A pair as the exports name it: "sentence pair 16", counting only pairs with words (lib/view/reader-numbers.ts), or
 * "separator line" (no number) for a pair of lines without words such as "***" — a heading in the list of pairs,
 * where its place shows. Away from that list (a link to it), pairLinkLabel says where it stands.
 */
export function pairDisplayLabel(diff: VersionDiff, pairId: string): string {
  const number = readerNumbers(diff).pair(pairId);
  return number === null ? unnumberedName(diff.pairs.find((pair) => pair.id === pairId)?.noClaim) : `sentence pair ${number}`;
}

/** A pair named away from the list of pairs: "sentence pair 16", or a separator pair by its place ("the separator line after sentence pair 5"). */
export function pairLinkLabel(diff: VersionDiff, pairId: string): string {
  const number = readerNumbers(diff).pair(pairId);
  return number === null ? separatorPairLocation(diff, pairId) : `sentence pair ${number}`;
}

/**
 * A move's sentence pairs by number: all of them when few ("sentence pairs 2, 3"), else the first and the last with
 * the count ("sentence pairs 2 … 3000, 2,999 pairs"). Separator lines moved with them are not numbered; a move of
 * separator lines only is named by the first one's place ("the separator line after sentence pair 5").
 */
export function movePairsLabel(diff: VersionDiff, move: VersionMove, most = 6): string {
  const ordered = readerNumbers(diff);
  const numbers = move.pairIds.map((id) => ordered.pair(id)).filter((number) => number !== null);
  if (numbers.length === 0) return move.pairIds.length ? pairLinkLabel(diff, move.pairIds[0]) : "no sentence pair";
  if (numbers.length <= most) return `sentence pair${numbers.length === 1 ? "" : "s"} ${numbers.join(", ")}`;
  return `sentence pairs ${numbers[0]} … ${numbers[numbers.length - 1]}, ${numbers.length.toLocaleString("en")} pairs`;
}

/**
 * What happened to a sentence pair, in words, for the sentence lists of the exports: "moved from sentence 1 of
 * version 1", "split: sentence 3 of version 1 became sentences 3–4 of version 2", "merged: sentences 2–3 of
 * version 1 became sentence 2 of version 2", "added", "removed", "a phrase moved inside it: “On Monday”"; "" for a sentence
 * that stayed in place (equal or changed) with no phrase moved inside it.
 */
export function pairRelationNote(diff: VersionDiff, pair: SentencePair, fromName: string, toName: string): string {
  const notes: string[] = [];
  if (pair.relation === "split" || pair.relation === "merged") notes.push(`${pair.relation}: ${sentenceNumbers(diff, "a", pair.aSentences)} of ${fromName} became ${sentenceNumbers(diff, "b", pair.bSentences)} of ${toName}`);
  if (pair.relation === "added" || pair.relation === "removed") notes.push(pair.relation);
  if (pair.moveId) notes.push(`moved from ${sentenceNumbers(diff, "a", pair.aSentences)} of ${fromName}`);
  const phrases = diff.edits.filter((edit) => edit.moved && edit.pairId === pair.id);
  if (phrases.length) notes.push(`a phrase moved inside it: ${phrases.map((edit) => `“${movedPhrase(edit)}”`).join(", ")}`);
  return notes.join("; ");
}

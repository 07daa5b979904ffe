import type { TextRange } from "../segment";

/**
 * What an edit changes (docs/edit-classes.md):
 * - `fact`: a number, date, name, title or role, place, negation, modality, quantity or scope, or a
 *   qualifier that changes the state of affairs ("released to house arrest" → "released");
 * - `wording`: the same meaning in other words ("underscored" → "underlined"), an inflection, a function word
 *   inserted or dropped, an article swapped; never one function word for a different one;
 * - `typographic`: only quote marks, apostrophes, dashes, spaces, hyphenation or letter composition (equal under the
 *   matching fold, lib/text/fold.ts, with the same value for every number and no name turned into a word by its
 *   case); hidden by default;
 * - `unclassified`: the rules cannot tell.
 */
export type EditClass = "fact" | "wording" | "typographic" | "unclassified";

/** Why an edit got its class: the rule that fired. */
export type EditReason =
  | "number"
  | "date"
  | "name"
  | "title"
  | "place"
  | "negation"
  | "modality"
  | "scope"
  | "qualifier"
  /** A closed-class word swapped for its opposite ("before" → "after", "for" → "against"). */
  | "relation"
  /** A unit of what a number counts changed: a currency, a measure, a temperature scale ("$" → "€", "km" → "miles"). */
  | "unit"
  /** The form an encounter took: a phone call, a video call, a meeting in person, a letter (encounters.ts). */
  | "encounter"
  /** Whether a thing has happened or is to come: an aspect word ("already", "still") or a Russian past / non-past. */
  | "tense"
  /** Two parties' roles swapped: who did what to whom ("Blinken thanked Aliyev" → "Aliyev thanked Blinken"; role-swaps.ts). */
  | "role"
  /** Content words added or dropped with nothing in their place: a clause or a qualifier that states more or less. */
  | "clause"
  | "added-sentence"
  | "removed-sentence"
  | "synonym"
  | "inflection"
  | "function-word"
  | "punctuation"
  /** The same value written another way: a place's short name, a contraction, a date's order, a number's notation, a title's capital. */
  | "notation"
  /**
   * A phrase moved inside its sentence, its words unchanged, to a place where it says the same (an adjunct of time,
   * place or partner: "on Monday", "from Washington", "с Пашиняном"; phrase-move-class.ts). Always wording.
   */
  | "moved"
  | "typography"
  | "unknown";

/** How sentences of the two versions correspond. */
export type PairRelation = "equal" | "changed" | "split" | "merged" | "added" | "removed";

/** One part of a sentence pair's word diff. Equal parts are the same text, character for character, in both versions. */
export interface VersionPart {
  op: "equal" | "insert" | "delete";
  text: string;
  /** The edit this part belongs to (insert and delete parts, except layout ones); for a moved phrase (VersionEdit.moved), both of its places. */
  editId?: string;
  /**
   * Set on the insert and delete parts of the whitespace after a sentence when it differs only because the sentence
   * next to it changed (a move, an added or removed sentence): layout, not an edit — no edit is listed or counted, and
   * views show b's whitespace (docs/edit-classes.md, "Moves").
   */
  layout?: true;
}

/**
 * Sentences of version a and of version b that correspond, with the word diff between them.
 * `added` has no a side, `removed` no b side. Ranges are UTF-16 offsets into each version's text and
 * include the whitespace after the last sentence, so the pieces join back into the texts.
 */
export interface SentencePair {
  /** Stable id: `p${index}` in display order. */
  id: string;
  relation: PairRelation;
  /** Sentence indexes (lib/compare/segment splitSentences) in a and in b; consecutive. */
  aSentences: number[];
  bSentences: number[];
  a: TextRange | null;
  b: TextRange | null;
  /** Word diff from the a piece to the b piece: equal and delete parts give the a piece, equal and insert parts the b piece. */
  parts: VersionPart[];
  /** Set when the pair changed place: the move it belongs to. */
  moveId?: string;
  /**
   * Set when the pair states no claim: every sentence of it, on both sides, is a line without words ("separator": "***",
   * "—") or only a list item's marker ("list-marker": "1." cut off its item; lib/compare/list-markers.ts). Readers
   * give such sentences no number (lib/view/reader-numbers.ts), and their edits are typographic.
   */
  noClaim?: "separator" | "list-marker";
}

export interface VersionEdit {
  /** Stable id: `e${index}` in display order. */
  id: string;
  pairId: string;
  class: EditClass;
  reason: EditReason;
  /** The text as it was in a ("" for an insertion) and as it is in b ("" for a deletion). */
  before: string;
  after: string;
  /** Where it is in a and b (UTF-16 offsets; an empty range for an insertion or deletion). */
  a: TextRange;
  b: TextRange;
  /**
   * Set on a phrase moved inside its sentence pair, its words unchanged up to case and the punctuation around them
   * (docs/edit-classes.md, "Moves"): one edit for both places. `before` and `a` are the phrase where it stood (with the
   * spaces and punctuation that left with it), `after` and `b` where it stands; the pair's delete part at the old
   * place and insert part at the new one carry this edit's id. Its class says what the move changes: wording
   * ("moved"), or a fact or unclassified when it may change what a word applies to (phrase-move-class.ts).
   */
  moved?: true;
}

/** A passage that changed place: shown once, at its place in b, with a link to where it was in a. */
export interface VersionMove {
  /** Stable id: `m${index}`. */
  id: string;
  pairIds: string[];
  a: TextRange;
  b: TextRange;
  /** The pair after which the passage stood in a, in display order (null: at the start). */
  fromAfterPairId: string | null;
  /** Set when the passage's sentences are also in another order inside it (e.g. a reversed passage). */
  reordered?: true;
}

export type EditCounts = Record<EditClass, number>;

/** The sentence-aligned diff of two versions of a text. */
export interface VersionDiff {
  /** In display order: b's order, each removed sentence after the pair that preceded it in a. */
  pairs: SentencePair[];
  edits: VersionEdit[];
  moves: VersionMove[];
  counts: EditCounts;
  /** Share of words (both versions) that are unchanged, moved or only typographically changed: how much wording stayed. */
  similarity: number;
  /** Share of words (both versions) in sentences that pair up: decides whether the texts are versions. */
  pairedShare: number;
}

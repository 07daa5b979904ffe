import type { EditCounts, SentencePair, VersionEdit, VersionMove } from "./versions/types";
/**
 * The comparison format: plain, JSON-serialisable data with stable ids and offsets.
 * Documented in docs/comparison-format.md; it is also the export/API format, so change it additively.
 * Offsets are UTF-16 code-unit indices into the statement's original text, `end` exclusive:
 * `text.slice(start, end)` gives back exactly the segment's text.
 */

export interface StatementInput {
  /** Stable id (e.g. the statement slug or database id as a string). */
  id: string;
  /** Human label, e.g. the party's short name. */
  label: string;
  text: string;
  /** BCP 47 language tag for Intl.Segmenter; defaults to "en". */
  language?: string;
  /** The party that issued it (any stable id): two statements of one party share it. Default: the statement id. */
  party?: string;
  /**
   * "primary" (default): the party's own account. "secondary": a retelling (a news report) — a reference that never
   * makes an omission, and whose claims no primary statement holds are background (`AlignedRow.secondaryOnly`).
   */
  role?: SourceRole;
  /** Ids of the exchanges (see `ExchangeInput`) this statement reports. Default: every exchange. */
  exchangeIds?: string[];
  /** Who speaks in the statement (its speaker field, e.g. "Jane Roe, spokeswoman"): quotation attribution. */
  speaker?: string | null;
  /** Other names its party goes by (full name, short name): quotation attribution. */
  partyNames?: string[];
}

export type SourceRole = "primary" | "secondary";

/**
 * One conversation inside the event (a call, a meeting, a hearing …). Without any, all statements report one and
 * the same exchange, and omissions are judged among all of them.
 */
export interface ExchangeInput {
  id: string;
  label: string;
  /** Party ids (as in `StatementInput.party`) of those who took part. */
  participants: string[];
}

export interface CompareOptions {
  /** Rows follow this statement's order; others are interleaved by position. Default: the first statement. */
  baseId?: string;
  /** Minimum similarity (0–1) for two segments to share a row. */
  alignThreshold?: number;
  /** Minimum similarity (0–1) for a quotation's best match to count as "altered" rather than "not found". */
  quoteThreshold?: number;
  /** Minimum whole-text similarity (0–1) for two statements to be called versions (near-copies). */
  versionThreshold?: number;
  /** Upper bound on jsdiff's edit length for one framing diff; past it the row is "rephrased". */
  maxEditLength?: number;
  /** Per-diff time bound in milliseconds, passed to jsdiff. */
  diffTimeoutMs?: number;
  /** Split long compound sentences into clauses where that improves alignment. */
  splitClauses?: boolean;
}

export type ResolvedOptions = Required<CompareOptions>;

export interface Span {
  start: number;
  end: number;
}

export interface Segment extends Span {
  /** Stable id: `${statementId}:s${index}` (clauses: `${statementId}:s${index}.${k}`). */
  id: string;
  statementId: string;
  index: number;
  kind: "sentence" | "clause";
  text: string;
}

export interface DiffPart {
  op: "equal" | "insert" | "delete";
  text: string;
}

export interface AlignedCell {
  statementId: string;
  segmentIds: string[];
  /** The cell's text: its segments' texts joined by a space. */
  text: string;
  spans: Span[];
}

export interface FramingDiff {
  /** The row's anchor cell (the base statement's, or the first present). */
  fromStatementId: string;
  toStatementId: string;
  status: "identical" | "diffed" | "rephrased";
  /** Word diff from the anchor cell's text to this cell's text; empty when "rephrased". */
  parts: DiffPart[];
}

export interface AlignedRow {
  /** Stable id: `r${index}` in row order. */
  id: string;
  index: number;
  /** Cells in statement input order; only statements that reported the claim have a cell. */
  cells: AlignedCell[];
  reportedBy: string[];
  /**
   * Primary statements that report an exchange of this claim and did not report it: the gaps ("not reported by").
   * Never a statement in `reportedBy`, never a secondary statement (a reference, which omits nothing: a secondary
   * statement of the claim's exchange without the claim is in no list, and reads "not in this report"); empty when
   * `secondaryOnly`.
   */
  notReportedBy: string[];
  /** Statements that only report other exchanges: their cell is quiet ("other exchange"), not a gap. */
  otherExchangeBy: string[];
  /**
   * Statements of the claim's exchanges that write none of the scripts the row's cells are in, in their own words
   * (quotations do not count; lib/compare/exchanges.ts scopeRow): rows are made by shared words, so they could not have
   * joined it, and their cell is quiet ("other language: not compared"), never a gap. Judged per row: a bilingual
   * statement is compared in both its scripts. Present only when not empty (comparisons of one script, and those made
   * before the rule, have none).
   */
  otherLanguageBy?: string[];
  /** The exchanges the claim is about: those of its primary reporters (of all its reporters when `secondaryOnly`). */
  exchangeIds: string[];
  /** True when only secondary sources hold the claim: background, never an omission. */
  secondaryOnly: boolean;
  /**
   * The statement that alone reported the claim among the primary statements (among all, when `secondaryOnly`), or
   * null. It is "only X reported this"; it is never in `notReportedBy`.
   */
  soleReporter: string | null;
  /**
   * Present (true) only on a row that states nothing: every cell a line without words ("***", "—" between sections) or a
   * bare list marker ("1."), by lib/compare/wordless-rows.ts. It is no claim: it has no verdicts (no `notReportedBy`,
   * `otherExchangeBy`, `otherLanguageBy`, `soleReporter`) and no count a reader sees holds it (coverage, exchange
   * coverage, the views' and exports' claim counts); the views show it in place, as the text's layout. Absent from
   * comparisons made before the field: wordless-rows.ts rowStatesNothing reads the same from the cells.
   */
  statesNothing?: true;
  /** Mean pairwise similarity of the row's cells (1 for single-cell rows). */
  similarity: number;
  /** One entry per non-anchor cell. */
  diffs: FramingDiff[];
  /** What the cells share and how surely they are one claim; absent for a one-cell row and for a corrected row. */
  match?: RowMatch;
  /** Present when editors corrected the row (lib/compare/corrections.ts): who did what, and when. */
  corrections?: RowCorrection[];
  /**
   * Statements that hold the claim in other words in a sentence of another row (an editor's `said_in_other_words`):
   * they are in `reportedBy` without a cell here; each entry is their wording, as a cell.
   */
  restatements?: Restatement[];
}

/** An editor's correction that shaped a row: "corrected by X on date"; "reset to automatic" deletes these ids. */
export interface RowCorrection {
  id: number;
  kind: "split" | "move" | "join" | "not_same_claim" | "said_in_other_words";
  editorName: string | null;
  /** ISO 8601. */
  createdAt: string;
}

export interface Restatement extends AlignedCell {
  correctionId: number;
}

/** Why a row's cells were put together (lib/compare/match-strength.ts). */
export interface RowMatch {
  /** "weak": `similarity` below the alignment threshold (a mutual best match), or sharing only names. */
  strength: "strong" | "weak";
  /** Words (other than names) found in at least two cells, as written, lower-cased; at most 8. */
  words: string[];
  /** Names, titles and countries found in at least two cells; at most 8. */
  names: string[];
  /** Numbers found in at least two cells (as read by the matching fold); at most 8. */
  numbers: string[];
  /**
   * Words of one cell matched in other words in another (English statements only), each pair once, `a` from the
   * earlier cell, both as written, lower-cased; at most 8. "synonym": they share a WordNet synonym set
   * (lib/compare/synonyms.ts); "neighbour": GloVe near neighbours credited by soft matching (soft-synonyms.ts).
   */
  similarWords: SimilarWord[];
  /**
   * The similarity the strength was judged by (0–1, 2 decimals): the mean pairwise soft similarity of the cells, the
   * score the alignment used (soft-synonyms.ts); `AlignedRow.similarity` (the plain cosine) when soft matching is off.
   */
  similarity: number;
}

/** A pair of words that made cells match without being the same word: "shelling ≈ artillery". */
export interface SimilarWord {
  kind: "synonym" | "neighbour";
  a: string;
  b: string;
}

export interface StatementCoverage {
  statementId: string;
  /** Rows this statement has a cell in (or restates), rows that state nothing (`AlignedRow.statesNothing`) left out. */
  reportedRowIds: string[];
  /** Rows this statement alone reported among the primary statements (`AlignedRow.soleReporter`). */
  uniqueRowIds: string[];
  /**
   * Rows of its exchanges that another statement reported and this one did not (`AlignedRow.notReportedBy`); always
   * empty for a secondary statement.
   */
  missingRowIds: string[];
}

/** One party's part in an exchange: what only it said, and what it left out that another party said. */
export interface PartyExchangeCoverage {
  party: string;
  /** Whether the exchange names it as a participant. */
  participant: boolean;
  /** Its primary statements about the exchange (empty: it published none here). */
  statementIds: string[];
  /** Claims of the exchange that its statements alone hold among the primary statements. */
  onlyItRowIds: string[];
  /** Claims of the exchange another party's primary statement holds and none of its statements does. */
  leftOutRowIds: string[];
}

/** Coverage counted within one exchange. */
export interface ExchangeCoverage {
  exchangeId: string;
  label: string;
  /** Statements reporting the exchange, in input order. */
  statementIds: string[];
  /** Claims about the exchange that a primary statement holds (never a row that states nothing). */
  rowIds: string[];
  /** Claims only secondary sources hold (background), that could be about this exchange; never a row that states nothing. */
  backgroundRowIds: string[];
  /** Participants first (in the exchange's order), then other parties with a primary statement about it. */
  parties: PartyExchangeCoverage[];
}

export type EntityKind = "person" | "place" | "organisation" | "number" | "date" | "quote";

export interface EntityMention {
  statementId: string;
  spans: Span[];
}

export interface Entity {
  /** Stable id: `e:${kind}:${key}`. */
  id: string;
  kind: EntityKind;
  /** Display form, as first seen. */
  text: string;
  /** Normalised key used for matching. */
  key: string;
  mentions: EntityMention[];
  mentionedBy: string[];
}

/**
 * verbatim / altered: found in the speaker's side — the speaker's statements and those of a reporting party the
 * sentence names ("…,” the State Department said") — or, for an unattributed quotation or a speaker with no side, in
 * any other statement; not_found: an unattributed quotation found nowhere; not_found_in_speaker: the speaker's side
 * has statements here and none holds it; other_party: found only in a statement of another party;
 * no_speaker_statement: the speaker and any reporting party have no statement here and the words are found nowhere (a
 * quotation of a third person, not a fabrication flag).
 */
export type QuoteVerdict = "verbatim" | "altered" | "not_found" | "not_found_in_speaker" | "other_party" | "no_speaker_statement";

/** How the text attributes a quotation (see lib/compare/quotes/speakers.ts). */
export type SpeakerBasis = "said_after" | "said_before" | "according_to" | "added" | "pronoun" | "statement_speaker";

export interface QuoteSpeaker {
  /** As the text names them ("Matthew Miller", "Azerbaijani media"); a pronoun is resolved to the name before it. */
  name: string;
  basis: SpeakerBasis;
  /** The speaker's own statements in the comparison (by speaker field or party name); empty: none here. */
  statementIds: string[];
}

export interface QuoteSource {
  statementId: string;
  span: Span;
  text: string;
  similarity: number;
  /** Word diff from the source span to the quotation; all "equal" when verbatim. */
  parts: DiffPart[];
}

export interface QuoteCheck {
  /** Stable id: `${statementId}:q${index}`. */
  id: string;
  statementId: string;
  /** The quoted words without the quote marks; fragments of a split quote are joined with " … ", and lines a hard wrap broke (a line break and the spaces around it) with a space. */
  text: string;
  /** Spans of the quoted words (more than one for a quote split by attribution). */
  spans: Span[];
  verdict: QuoteVerdict;
  /** Who said it, where the text or the statement's speaker field says so. */
  speaker: QuoteSpeaker | null;
  /** Best source in another statement, when verbatim or altered (or other_party: where found). */
  source: QuoteSource | null;
  /** Every other statement where it was found verbatim. */
  verbatimIn: string[];
  /** Present when the opening quote mark is never closed: the quotation was read to the end of its paragraph. */
  unclosed?: true;
}

export interface VersionPair {
  aId: string;
  bId: string;
  similarity: number;
  status: "diffed" | "rephrased";
  /** Whole-text word diff from a to b, in display order, typographic edits hidden (flattenVersionDiff). */
  parts: DiffPart[];
  /** Share of both texts' words in sentences that pair up (the version test). */
  pairedShare?: number;
  /**
   * The sentence-aligned diff (lib/compare/versions): pairs in display order, classed edits, moves.
   * Absent in comparisons stored before issue 12.
   */
  sentencePairs?: SentencePair[];
  edits?: VersionEdit[];
  moves?: VersionMove[];
  counts?: EditCounts;
}

export interface ComparedStatement {
  id: string;
  label: string;
  language: string;
  segments: Segment[];
}

export interface Comparison {
  formatVersion: 1;
  options: ResolvedOptions;
  statements: ComparedStatement[];
  rows: AlignedRow[];
  coverage: StatementCoverage[];
  /** Coverage per exchange (one entry, id "", when the input named no exchanges). */
  exchanges: ExchangeCoverage[];
  entities: Entity[];
  quotes: QuoteCheck[];
  versions: VersionPair[];
  /** Pairs of statements with no strongly matched row in common (lib/compare/distant-pairs.ts). */
  distantPairs?: DistantPair[];
}

/** Two statements that share almost nothing: "these may describe different exchanges" (or are in different languages). */
export interface DistantPair {
  aId: string;
  bId: string;
  /** Rows both hold, all weak matches. */
  sharedRowIds: string[];
  /** Two statements in different languages were not compared word by word, whatever they describe. */
  note: "these may describe different exchanges" | "different languages: not compared";
}

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
  notReportedBy: string[];
  /** Mean pairwise similarity of the row's cells (1 for single-cell rows). */
  similarity: number;
  /** One entry per non-anchor cell. */
  diffs: FramingDiff[];
}

export interface StatementCoverage {
  statementId: string;
  reportedRowIds: string[];
  /** Rows only this statement reported. */
  uniqueRowIds: string[];
  /** Rows that at least one other statement reported and this one did not. */
  missingRowIds: string[];
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

export type QuoteVerdict = "verbatim" | "altered" | "not_found";

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
  /** The quoted words without the quote marks; fragments of a split quote are joined with " … ". */
  text: string;
  /** Spans of the quoted words (more than one for a quote split by attribution). */
  spans: Span[];
  verdict: QuoteVerdict;
  /** Best source in another statement, when verbatim or altered. */
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
  /** Whole-text word diff from a to b. */
  parts: DiffPart[];
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
  entities: Entity[];
  quotes: QuoteCheck[];
  versions: VersionPair[];
}

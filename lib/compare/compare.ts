import { analyseStatement, type AnalysedStatement, type Unit } from "./analyse";
import { groupUnits } from "./align";
import { joinBackReferences } from "./back-references";
import { headingTermsOf, joinLeadIns } from "./lead-ins";
import { negatedUnits } from "./negated-units";
import { markTitleCaseShownElsewhere } from "./title-case-witness";
import { UnitRoles } from "./roles";
import { withTitleSynonyms } from "./title-synonyms";
import { splitNonConsecutiveCells } from "./cells";
import { similarPairs, SUBSTANCE_SHARE, withSubstance, type Edge } from "./candidates";
import { keepStrongOrMutualBest, MUTUAL_BEST_SHARE } from "./mutual-best";
import { rejoinUnhelpfulClauses } from "./clauses";
import { coverageOf } from "./coverage";
import { distantPairs } from "./distant-pairs";
import type { DiffBounds } from "./diff";
import { ExchangeSets } from "./exchange-sets";
import { unitStatesNothing } from "./wordless-rows";
import { exchangeCoverage, resolveScope, scopeRow } from "./exchanges";
import { extractEntities } from "./entities";
import { framingDiffs, type CellWithTokens } from "./framing";
import { Lexicon } from "./lexicon";
import { matchOf, type CellSource } from "./match-strength";
import { resolveOptions } from "./options";
import { orderGroups } from "./order";
import { findQuotations } from "./quotation-marks";
import { frameTokens } from "./relay-speech";
import { checkQuotes } from "./quotes";
import { speakerRouter } from "./quotes/routing";
import { softMatcherFor, type SoftMatcher } from "./soft-synonyms";
import { buildVectors, cosine, roundSimilarity, sumVectors, type SparseVector } from "./similarity";
import type { AlignedCell, AlignedRow, CompareOptions, Comparison, ComparedStatement, ExchangeInput, Segment, StatementInput } from "./types";
import { TokenDiffer, tokensOfRanges, type TokenizedText } from "./token-diff";
import { findVersions } from "./versions/find";

const NO_TOKENS: TokenizedText = { text: "", offset: 0, starts: [], ends: [], words: [] };

/** One number per unit, as a typed array (TypedArray.from would allocate an iterator result per unit). */
function column(units: readonly Unit[], field: (unit: Unit) => number): Int32Array {
  const values = new Int32Array(units.length);
  for (let u = 0; u < units.length; u++) values[u] = field(units[u]);
  return values;
}

/** One id per sentence of all statements, for each unit (clauses of one sentence share it). */
function sentenceIds(units: readonly Unit[], analysed: readonly AnalysedStatement[]): Int32Array {
  const firstSentence = new Int32Array(analysed.length + 1);
  analysed.forEach((statement, s) => (firstSentence[s + 1] = firstSentence[s] + statement.sentences.length));
  return column(units, (unit) => firstSentence[unit.statement] + unit.sentenceIndex);
}

function meanPairwiseSimilarity(cellVectors: SparseVector[]): number {
  if (cellVectors.length < 2) return 1;
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < cellVectors.length; i++) {
    for (let j = i + 1; j < cellVectors.length; j++) {
      total += cosine(cellVectors[i], cellVectors[j]);
      pairs++;
    }
  }
  return roundSimilarity(total / pairs);
}

interface RowContext {
  analysed: AnalysedStatement[];
  units: Unit[];
  vectors: SparseVector[];
  /** Filled as rows are built: every segment belongs to exactly one row. */
  segmentsByStatement: Segment[][];
  baseId: string;
  differ: TokenDiffer;
  bounds: DiffBounds;
  lexicon: Lexicon;
  nameTerm: Uint8Array;
  threshold: number;
  /** Soft matching as the alignment used it (null: off), so that a row's strength is judged by the same score. */
  soft: SoftMatcher | null;
}

/** Units in cell order: by statement, then by position in the text. */
function sortedMembers(group: number[], units: Unit[]): number[] {
  const before = (a: number, b: number) => units[a].statement - units[b].statement || units[a].start - units[b].start;
  for (let k = 1; k < group.length; k++) {
    // Most groups already are in order; sorting allocates even then.
    if (before(group[k - 1], group[k]) > 0) return [...group].sort(before);
  }
  return group;
}

function segmentOf(statement: AnalysedStatement, { start, end, kind, sentenceIndex, clauseIndex }: Unit): Segment {
  const id = kind === "clause" ? `${statement.id}:s${sentenceIndex}.${clauseIndex}` : `${statement.id}:s${sentenceIndex}`;
  return { id, statementId: statement.id, index: sentenceIndex, kind, text: statement.text.slice(start, end), start, end };
}

/** One row from a group of units: a cell per statement, coverage, similarity and framing diffs. */
function buildRow({ analysed, units, vectors, segmentsByStatement, baseId, differ, bounds, lexicon, nameTerm, threshold, soft }: RowContext, group: number[], index: number): AlignedRow {
  const members = sortedMembers(group, units);
  // Similarity and framing diffs compare cells, so a row reported by one statement needs neither tokens nor vectors.
  const multiCell = units[members[0]].statement !== units[members[members.length - 1]].statement;
  const cells: CellWithTokens[] = [];
  const cellVectors: SparseVector[] = [];
  const cellSources: CellSource[] = [];
  for (let first = 0; first < members.length; ) {
    const statement = analysed[units[members[first]].statement];
    let last = first + 1;
    while (last < members.length && units[members[last]].statement === statement.order) last++;
    // slice and map size these exactly; a pushed-to array starts with room for 16.
    const cellUnits = members.slice(first, last).map((unit) => units[unit]);
    const segments = cellUnits.map((unit) => segmentOf(statement, unit));
    for (const segment of segments) segmentsByStatement[statement.order].push(segment);
    const cell: AlignedCell = {
      statementId: statement.id,
      segmentIds: segments.map((segment) => segment.id),
      text: segments.length === 1 ? segments[0].text : segments.map((segment) => segment.text).join(" "),
      spans: segments.map(({ start, end }) => ({ start, end })),
    };
    cells.push({ cell, tokens: multiCell ? tokensOfRanges(statement.tokens, cellUnits, cell.text) : NO_TOKENS });
    if (multiCell) cellSources.push({ statement, units: cellUnits });
    if (multiCell) cellVectors.push(sumVectors(members.slice(first, last).map((unit) => vectors[unit])));
    first = last;
  }
  const anchor = cells.find(({ cell }) => cell.statementId === baseId) ?? cells[0];
  const similarity = meanPairwiseSimilarity(cellVectors);
  const match = multiCell ? matchOf(cellSources, lexicon, nameTerm, similarity, threshold, { soft, cellVectors }) : null;
  const reportedBy = cells.map(({ cell }) => cell.statementId);
  // map and filter make arrays of exactly the right size; push leaves room to grow, and rows are many.
  return {
    id: `r${index}`,
    index,
    cells: cells.map(({ cell }) => cell),
    reportedBy,
    // Judged by exchange and source role in scopeRow.
    notReportedBy: [],
    otherExchangeBy: [],
    exchangeIds: [],
    secondaryOnly: false,
    soleReporter: null,
    similarity,
    diffs: framingDiffs(cells, anchor, differ, bounds),
    ...(match ? { match } : {}),
  };
}

/**
 * Compares independent accounts of the same event: aligns the claims they share, shows who left
 * what out, how each worded what they share, whether their quotations are faithful, which
 * entities each mentions, and which statements are near-copies of each other.
 * Deterministic: the same input always gives the same, JSON-serialisable output.
 *
 * `exchanges`: the conversations inside the event (see ExchangeInput). A claim is "not reported" only by statements
 * of its exchange; primary statements alone make omissions. Throws RangeError for a bad option, a duplicate
 * statement or exchange id, or a statement naming an unknown exchange.
 */
export function compare(statements: StatementInput[], options: CompareOptions = {}, exchanges: readonly ExchangeInput[] = []): Comparison {
  const ids = new Set<string>();
  for (const statement of statements) {
    if (ids.has(statement.id)) throw new Error(`duplicate statement id "${statement.id}"`);
    ids.add(statement.id);
  }
  const resolved = resolveOptions(statements, options);
  const scope = resolveScope(statements, exchanges);
  const lexicon = new Lexicon();
  const analysed = statements.map((statement, order) => analyseStatement(statement, order, lexicon, resolved.splitClauses));
  // Before anything reads which capitals say nothing: a headline's title case may show only in another statement's words.
  markTitleCaseShownElsewhere(analysed, lexicon.words);
  const baseIndex = Math.max(0, statements.findIndex((statement) => statement.id === resolved.baseId));
  const bounds: DiffBounds = { maxEditLength: resolved.maxEditLength, timeoutMs: resolved.diffTimeoutMs };

  // Alignment works on units: sentences, or clauses of long sentences.
  const units: Unit[] = analysed.flatMap((statement) => statement.units);
  // A relay's sentences are compared by the speech they quote, not by its frame's names (relay-speech.ts).
  const space = buildVectors(analysed, units, lexicon, analysed.map((statement) => frameTokens(statement.tokens.starts, statement.tokens.count, scope.relayFrames[statement.order])));
  const vectors = space.vectors;
  const unitStatement = column(units, (unit) => unit.statement);
  const unitPosition = new Int32Array(units.length);
  for (let u = 1; u < units.length; u++) unitPosition[u] = units[u].statement === units[u - 1].statement ? unitPosition[u - 1] + 1 : 0;
  const candidates = similarPairs(vectors, unitStatement, space.documentFrequency, statements.length, resolved.alignThreshold * MUTUAL_BEST_SHARE);
  // Statements of different exchanges (a mediator's two calls) never pair: a claim is about one exchange. Nor does a unit
  // that states nothing pair with one that states something (wordless-rows.ts): a marker's "1." is no "1 million".
  const exchangeSets = new ExchangeSets(scope);
  const wordless = column(units, (unit) => (unitStatesNothing(analysed[unit.statement].text, unit) ? 1 : 0));
  const mayPair = ({ a, b }: Edge) => exchangeSets.share(unitStatement[a], unitStatement[b]) && wordless[a] === wordless[b];
  const withWords = withSubstance(candidates.filter(mayPair), space, resolved.alignThreshold);
  // Near words (GloVe neighbours) add to the similarity of English units: paraphrases pair (soft-synonyms.ts).
  const soft = softMatcherFor(analysed, space, lexicon, unitStatement, resolved.alignThreshold);
  const scored = soft
    ? soft.withSoftPairs(withWords, resolved.alignThreshold * MUTUAL_BEST_SHARE, (edge) => mayPair(edge) && soft.substance(edge.a, edge.b) >= resolved.alignThreshold * SUBSTANCE_SHARE)
    : withWords;
  const negated = negatedUnits(units, analysed, lexicon);
  const edges = keepStrongOrMutualBest(scored, unitStatement, statements.length, resolved.alignThreshold, scope.primary, negated);
  let groups = groupUnits({ vectors, unitStatement, unitPosition, edges, threshold: resolved.alignThreshold, exchangeSets, similarity: soft ? (a, b) => soft.similarity(a, b) : undefined, nameTerm: withTitleSynonyms(space.nameTerm, analysed, lexicon), negated, roles: UnitRoles.of(units, analysed, lexicon, space.nameTerm) });
  if (resolved.splitClauses) groups = rejoinUnhelpfulClauses(groups, units, vectors);
  const texts = statements.map((statement) => statement.text);
  groups = splitNonConsecutiveCells(joinLeadIns(joinBackReferences(groups, units, texts), units, texts, (unit) => vectors[unit].terms.subarray(vectors[unit].from, vectors[unit].to), headingTermsOf(units, analysed, lexicon)), units);

  // `units` now also holds any sentences rebuilt from clauses.
  const ordered = orderGroups(
    groups,
    column(units, (unit) => unit.statement),
    column(units, (unit) => unit.start),
    statements.length,
    baseIndex,
    sentenceIds(units, analysed),
  );

  const segmentsByStatement: Segment[][] = analysed.map(() => []);
  const context: RowContext = { analysed, units, vectors, segmentsByStatement, baseId: resolved.baseId, differ: new TokenDiffer(lexicon.words.length), bounds, lexicon, nameTerm: space.nameTerm, threshold: resolved.alignThreshold, soft };
  const built = ordered.map((group, index) => buildRow(context, group, index));
  // A row that states nothing (every unit a line without words or a bare list marker: wordless-rows.ts) is no claim:
  // no one left it out or said it alone (new-user testers 39 and 41). Read from `wordless` above; a sentence rebuilt
  // from clauses after it was filled is asked directly.
  const rows = built.map((unscoped, index) => {
    const group = ordered[index];
    const statesNothing = group.every((unit) => (unit < wordless.length ? wordless[unit] === 1 : unitStatesNothing(analysed[units[unit].statement].text, units[unit])));
    return scopeRow(unscoped, scope, statesNothing);
  });

  const comparedStatements: ComparedStatement[] = analysed.map((statement) => ({
    id: statement.id,
    label: statement.label,
    language: statement.language,
    segments: segmentsByStatement[statement.order].sort((a, b) => a.start - b.start),
  }));
  const quotations = analysed.map((statement) => findQuotations(statement.text));

  return {
    formatVersion: 1,
    options: resolved,
    statements: comparedStatements,
    rows,
    coverage: coverageOf(
      statements.map((statement) => statement.id),
      rows,
    ),
    exchanges: exchangeCoverage(rows, scope),
    entities: extractEntities(analysed, quotations, lexicon),
    quotes: checkQuotes(analysed, quotations, lexicon.words.length, resolved.quoteThreshold, context.differ, bounds, speakerRouter(statements, analysed, quotations)),
    // Like claims, versions are of one exchange: two calls' readouts written on one template are not versions.
    versions: findVersions(analysed, resolved.versionThreshold, bounds, (i, j) => exchangeSets.share(i, j)),
    distantPairs: distantPairs(
      statements.map((statement) => statement.id),
      rows,
      scope.scripts,
    ),
  };
}

import { analyseStatement, type AnalysedStatement, type Unit } from "./analyse";
import { groupUnits } from "./align";
import { similarPairs } from "./candidates";
import { rejoinUnhelpfulClauses } from "./clauses";
import { coverageOf } from "./coverage";
import type { DiffBounds } from "./diff";
import { extractEntities } from "./entities";
import { framingDiffs } from "./framing";
import { Lexicon } from "./lexicon";
import { resolveOptions } from "./options";
import { orderGroups } from "./order";
import { findQuotations } from "./quotation-marks";
import { checkQuotes } from "./quotes";
import { buildVectors, cosine, sumVectors, type SparseVector } from "./similarity";
import type { AlignedCell, AlignedRow, CompareOptions, Comparison, ComparedStatement, Segment, StatementInput } from "./types";
import { findVersions } from "./versions";

function segmentId(statement: AnalysedStatement, unit: Unit): string {
  return unit.kind === "clause" ? `${statement.id}:s${unit.sentenceIndex}.${unit.clauseIndex}` : `${statement.id}:s${unit.sentenceIndex}`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
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
  return round(total / pairs);
}

/**
 * Compares independent accounts of the same event: aligns the claims they share, shows who left
 * what out, how each worded what they share, whether their quotations are faithful, which
 * entities each mentions, and which statements are near-copies of each other.
 * Deterministic: the same input always gives the same, JSON-serialisable output.
 */
export function compare(statements: StatementInput[], options: CompareOptions = {}): Comparison {
  const ids = new Set<string>();
  for (const statement of statements) {
    if (ids.has(statement.id)) throw new Error(`duplicate statement id "${statement.id}"`);
    ids.add(statement.id);
  }
  const resolved = resolveOptions(statements, options);
  const lexicon = new Lexicon();
  const analysed = statements.map((statement, order) => analyseStatement(statement, order, lexicon, resolved.splitClauses));
  const baseIndex = Math.max(0, statements.findIndex((statement) => statement.id === resolved.baseId));
  const bounds: DiffBounds = { maxEditLength: resolved.maxEditLength, timeoutMs: resolved.diffTimeoutMs };

  // Alignment works on units: sentences, or clauses of long sentences.
  const units: Unit[] = analysed.flatMap((statement) => statement.units);
  const space = buildVectors(analysed, units, lexicon);
  const vectors = space.vectors;
  const unitStatement = Int32Array.from(units, (unit) => unit.statement);
  const unitPosition = Int32Array.from(analysed.flatMap((statement) => statement.units.map((_, position) => position)));
  const edges = similarPairs(vectors, unitStatement, space.documentFrequency, statements.length, resolved.alignThreshold);
  let groups = groupUnits({ vectors, unitStatement, unitPosition, edges, threshold: resolved.alignThreshold });
  if (resolved.splitClauses) groups = rejoinUnhelpfulClauses(groups, units, vectors);

  const ordered = orderGroups(
    groups,
    Int32Array.from(units, (unit) => unit.statement),
    Int32Array.from(units, (unit) => unit.start),
    statements.length,
    baseIndex,
  );

  const segmentsByStatement: Segment[][] = analysed.map(() => []);
  const rows: AlignedRow[] = ordered.map((group, index) => {
    const cells: AlignedCell[] = [];
    const cellVectors: SparseVector[] = [];
    for (const statement of analysed) {
      const members = group.filter((unit) => units[unit].statement === statement.order).sort((a, b) => units[a].start - units[b].start);
      if (members.length === 0) continue;
      const segments = members.map((unit): Segment => {
        const { start, end, kind, sentenceIndex } = units[unit];
        return { id: segmentId(statement, units[unit]), statementId: statement.id, index: sentenceIndex, kind, text: statement.text.slice(start, end), start, end };
      });
      segmentsByStatement[statement.order].push(...segments);
      cells.push({
        statementId: statement.id,
        segmentIds: segments.map((segment) => segment.id),
        text: segments.map((segment) => segment.text).join(" "),
        spans: segments.map(({ start, end }) => ({ start, end })),
      });
      cellVectors.push(sumVectors(members.map((unit) => vectors[unit])));
    }
    const anchor = cells.find((cell) => cell.statementId === resolved.baseId) ?? cells[0];
    const anchorLanguage = analysed.find((statement) => statement.id === anchor.statementId)!.language;
    const reportedBy = cells.map((cell) => cell.statementId);
    return {
      id: `r${index}`,
      index,
      cells,
      reportedBy,
      notReportedBy: statements.map((statement) => statement.id).filter((id) => !reportedBy.includes(id)),
      similarity: meanPairwiseSimilarity(cellVectors),
      diffs: framingDiffs(cells, anchor, { ...bounds, language: anchorLanguage }),
    };
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
    entities: extractEntities(analysed, quotations),
    quotes: checkQuotes(analysed, quotations, resolved.quoteThreshold, bounds),
    versions: findVersions(analysed, resolved.versionThreshold, bounds),
  };
}

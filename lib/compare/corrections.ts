import { reanchor, type TextSelector } from "../text/anchoring";
import { coverageOf } from "./coverage";
import { diffWordsBounded } from "./diff";
import { distantPairs } from "./distant-pairs";
import { exchangeCoverage, resolveScope, scopeRow, type ExchangeScope } from "./exchanges";
import type { AlignedCell, AlignedRow, Comparison, ExchangeInput, FramingDiff, RowCorrection, Segment, StatementInput } from "./types";
import { layoutReporters } from "./layout-reporters";
import { rangeStatesNothing, rowStatesNothing } from "./wordless-rows";

/**
 * Editor corrections of the automatic alignment (issue 11, item 9), applied on top of the engine's rows as CollateX
 * and Juxta let an editor adjust an alignment by hand: the engine stays automatic, the corrections are data.
 *
 * - `split`: the subject sentence and the rest of its cell after it leave the row, into a new row right after it.
 * - `move`: the subject sentence leaves its row for the row holding the target sentence.
 * - `join`: the subject's row and the target's row become one (at the place of the earlier of the two).
 * - `not_same_claim`: the subject's whole cell leaves the row it shares with the target's cell, into a new row
 *   right after it (nothing to do when they are already apart).
 * - `said_in_other_words`: the subject — the statement's own wording, in a row of its own elsewhere — counts as
 *   reporting the target's row: the statement is among the row's reporters (never "not reported by") and the row
 *   shows the wording as a restatement, without moving the sentence (a sentence is in exactly one row).
 */
export const CORRECTION_KINDS = ["split", "move", "join", "not_same_claim", "said_in_other_words"] as const satisfies readonly CorrectionKind[];
export type CorrectionKind = RowCorrection["kind"];

/** Kinds that name a second segment (the other row or cell). */
export const KINDS_WITH_TARGET: readonly CorrectionKind[] = ["move", "join", "not_same_claim", "said_in_other_words"];

/** A segment as a correction names it: its statement and a text selector (lib/text/anchoring.ts) into that text. */
export interface SegmentAnchor extends TextSelector {
  /** The statement id as the engine knows it (`StatementInput.id`). */
  statementId: string;
}

export interface AlignmentCorrection {
  id: number;
  kind: CorrectionKind;
  subject: SegmentAnchor;
  /** Null only for a split. */
  target: SegmentAnchor | null;
  /** Who made it (null once the editor account is gone) and when (ISO 8601). */
  editorName: string | null;
  createdAt: string;
}

/** Why a correction changed nothing. */
export type CorrectionProblem =
  /** Its words are no longer in the statement, or no longer a sentence (or run of sentences) of their own. */
  | { kind: "orphaned"; correction: AlignmentCorrection; reason: string }
  /**
   * It was found but cannot be applied to the rows as they now are (e.g. it would make a cell of non-adjacent sentences,
   * or count a bare list marker as a statement's report of a claim).
   */
  | { kind: "skipped"; correction: AlignmentCorrection; reason: string };

export interface CorrectedComparison {
  /** The comparison with corrected rows, coverage, exchange coverage and distant pairs. */
  comparison: Comparison;
  /** Ids of the corrections that shaped the rows, in the order applied. */
  appliedIds: number[];
  /** Corrections that changed nothing, with the reason: to be listed where the editor sees them, never dropped. */
  problems: CorrectionProblem[];
  /** Corrections about a statement that is not in this comparison (not shown): neither applied nor orphaned. */
  notShownIds: number[];
}

interface WorkRow {
  /** Statement id → its cell's segment ids, in text order. */
  cells: Map<string, string[]>;
  /** Statement id → the segment ids of its wording elsewhere (`said_in_other_words`), with the correction's id. */
  restated: Map<string, { segmentIds: string[]; correctionId: number }>;
  correctionIds: number[];
  /** The engine row this one is (untouched) or grew from. */
  engineRow: AlignedRow;
}

const credit = (c: AlignmentCorrection): RowCorrection => ({ id: c.id, kind: c.kind, editorName: c.editorName, createdAt: c.createdAt });

/**
 * Applies `corrections` (in the order given: the data layer gives them by id, oldest first) to `comparison`, the
 * engine's result for `statements` and `exchanges` (the same inputs `compare` took). Returns a comparison whose rows,
 * coverage, exchange coverage and distant pairs all reflect the corrections; rows are renumbered `r0…` in order.
 * A row untouched by any correction is the engine's row (only its id and index may change); a corrected row lists
 * its corrections (`AlignedRow.corrections`, for "corrected by X on date" and "reset to automatic"), has its cells,
 * reporters, gaps and framing diffs recomputed, keeps the engine's similarity of the row it grew from and has no
 * `match` (the editor, not the matcher, put its cells together). Every segment stays in exactly one cell.
 * Each anchor is found again with `reanchor` (UTF-16 offsets into the current text); one that is gone, or no longer
 * covers whole segments, makes the correction orphaned. A correction that would leave a statement reporting a claim
 * only by segments that state nothing (a bare "1.", "***": layout-reporters.ts) is skipped, and changes nothing. Pure; throws only what `resolveScope` throws for bad input.
 */
export function applyCorrections(
  comparison: Comparison,
  statements: readonly StatementInput[],
  exchanges: readonly ExchangeInput[],
  corrections: readonly AlignmentCorrection[],
): CorrectedComparison {
  if (corrections.length === 0) return { comparison, appliedIds: [], problems: [], notShownIds: [] };
  const texts = new Map(statements.map((s) => [s.id, s.text]));
  const segmentsOf = new Map(comparison.statements.map((s) => [s.id, s.segments]));
  const segmentById = new Map<string, Segment>();
  const rank = new Map<string, number>();
  for (const statement of comparison.statements) statement.segments.forEach((segment, r) => (segmentById.set(segment.id, segment), rank.set(segment.id, r)));

  const rows: WorkRow[] = comparison.rows.map((row) => ({
    cells: new Map(row.cells.map((cell) => [cell.statementId, cell.segmentIds])),
    restated: new Map(),
    correctionIds: [],
    engineRow: row,
  }));
  const rowOf = (segmentId: string) => rows.find((row) => row.cells.get(segmentOwner(segmentId))?.includes(segmentId));
  const segmentOwner = (segmentId: string) => segmentById.get(segmentId)!.statementId;

  /** The segment ids an anchor covers now, or why it cannot be found. */
  const resolve = (anchor: SegmentAnchor): string[] | string => {
    const text = texts.get(anchor.statementId)!;
    const span = reanchor(text, anchor);
    if (!span) return `“${shorten(anchor.exact)}” is no longer in the statement`;
    const inside = (segmentsOf.get(anchor.statementId) ?? []).filter((s) => s.start >= span.start && s.end <= span.end);
    if (!inside.length || inside[0].start !== span.start || inside[inside.length - 1].end !== span.end) {
      return `“${shorten(anchor.exact)}” is no longer a sentence of its own`;
    }
    return inside.map((s) => s.id);
  };
  const consecutive = (ids: readonly string[]) => ids.every((id, k) => k === 0 || rank.get(id)! === rank.get(ids[k - 1])! + 1);
  const inTextOrder = (ids: string[]) => ids.sort((a, b) => rank.get(a)! - rank.get(b)!);
  const mark = (row: WorkRow, id: number) => {
    if (!row.correctionIds.includes(id)) row.correctionIds.push(id);
  };

  // Whether a segment states nothing (wordless-rows.ts), read once per segment.
  const languageOf = new Map(comparison.statements.map((s) => [s.id, s.language]));
  const wordless = new Map<string, boolean>();
  const statesNothing = (segmentId: string) => {
    let nothing = wordless.get(segmentId);
    if (nothing === undefined) {
      const { statementId, start, end } = segmentById.get(segmentId)!;
      nothing = rangeStatesNothing(texts.get(statementId)!, start, end, languageOf.get(statementId));
      wordless.set(segmentId, nothing);
    }
    return nothing;
  };
  const layoutIn = (row: WorkRow) => layoutReporters(row.cells, row.restated, statesNothing);

  const appliedIds: number[] = [];
  const problems: CorrectionProblem[] = [];
  const notShownIds: number[] = [];

  for (const correction of corrections) {
    const anchors = correction.target ? [correction.subject, correction.target] : [correction.subject];
    if (anchors.some((a) => !texts.has(a.statementId) || !segmentsOf.has(a.statementId))) {
      notShownIds.push(correction.id);
      continue;
    }
    const found = anchors.map(resolve);
    const lost = found.find((f): f is string => typeof f === "string");
    if (lost) {
      problems.push({ kind: "orphaned", correction, reason: lost });
      continue;
    }
    const [subject, target] = found as string[][];
    const skip = (reason: string) => problems.push({ kind: "skipped", correction, reason });
    const subjectRow = rowOf(subject[0])!;
    const subjectStatement = correction.subject.statementId;
    const subjectCell = subjectRow.cells.get(subjectStatement)!;
    if (!subject.every((id) => subjectCell.includes(id))) {
      skip("its sentences are no longer in one row");
      continue;
    }
    const targetRow = target ? rowOf(target[0])! : null;
    const at = rows.indexOf(subjectRow);
    // As the two rows were, to judge what the correction made and to undo it when it is refused.
    const touched = [...new Set([subjectRow, targetRow ?? subjectRow])].map((row) => ({ row, cells: new Map(row.cells), restated: new Map(row.restated), correctionIds: [...row.correctionIds], layout: layoutIn(row) }));
    const rowsBefore = rows.slice();

    switch (correction.kind) {
      case "split": {
        const from = subjectCell.indexOf(subject[0]);
        const leaving = subjectCell.slice(from);
        if (leaving.length === countSegments(subjectRow)) {
          skip("the row holds nothing else to split from");
          continue;
        }
        setCell(subjectRow, subjectStatement, subjectCell.slice(0, from));
        const row = newRow(subjectRow, subjectStatement, leaving);
        rows.splice(at + 1, 0, row);
        mark(subjectRow, correction.id);
        mark(row, correction.id);
        break;
      }
      case "move": {
        if (targetRow === subjectRow) {
          skip("the sentence is already in that row");
          continue;
        }
        const remaining = subjectCell.filter((id) => !subject.includes(id));
        const merged = inTextOrder([...(targetRow!.cells.get(subjectStatement) ?? []), ...subject]);
        if (!consecutive(remaining) || !consecutive(merged)) {
          skip("it would make a cell of sentences that are not next to each other; split the row first");
          continue;
        }
        setCell(subjectRow, subjectStatement, remaining);
        targetRow!.cells.set(subjectStatement, merged);
        targetRow!.restated.delete(subjectStatement);
        mark(targetRow!, correction.id);
        if (countSegments(subjectRow) > 0) mark(subjectRow, correction.id);
        else {
          // The emptied row goes; its corrections stay visible (and resettable) on the row its sentence joined.
          for (const id of subjectRow.correctionIds) mark(targetRow!, id);
          rows.splice(at, 1);
        }
        break;
      }
      case "join": {
        if (targetRow === subjectRow) {
          skip("the two sentences already share a row");
          continue;
        }
        const [into, from] = rows.indexOf(targetRow!) < at ? [targetRow!, subjectRow] : [subjectRow, targetRow!];
        const joined = new Map(into.cells);
        let adjacent = true;
        for (const [statementId, ids] of from.cells) {
          const cell = inTextOrder([...(joined.get(statementId) ?? []), ...ids]);
          adjacent &&= consecutive(cell);
          joined.set(statementId, cell);
        }
        if (!adjacent) {
          skip("it would make a cell of sentences that are not next to each other");
          continue;
        }
        into.cells = joined;
        for (const [statementId, restatement] of from.restated) if (!joined.has(statementId)) into.restated.set(statementId, restatement);
        for (const statementId of joined.keys()) into.restated.delete(statementId);
        for (const id of from.correctionIds) mark(into, id);
        mark(into, correction.id);
        rows.splice(rows.indexOf(from), 1);
        break;
      }
      case "not_same_claim": {
        if (correction.target!.statementId === subjectStatement) {
          skip("both sentences are of one statement");
          continue;
        }
        if (targetRow === subjectRow) {
          setCell(subjectRow, subjectStatement, []);
          rows.splice(at + 1, 0, newRow(subjectRow, subjectStatement, subjectCell));
          mark(rows[at + 1], correction.id);
        } else {
          mark(targetRow!, correction.id);
        }
        mark(subjectRow, correction.id);
        break;
      }
      case "said_in_other_words": {
        if (targetRow!.cells.has(subjectStatement)) {
          skip("the statement already has a cell in that row");
          continue;
        }
        targetRow!.restated.set(subjectStatement, { segmentIds: subject, correctionId: correction.id });
        mark(targetRow!, correction.id);
        break;
      }
    }
    // No correction may leave a statement reporting a claim by segments that state nothing (layout-reporters.ts).
    const layout = layoutMade(rows, correction.id, touched, layoutIn);
    if (layout) {
      rows.length = 0;
      for (const row of rowsBefore) rows.push(row);
      for (const { row, cells, restated, correctionIds } of touched) Object.assign(row, { cells, restated, correctionIds });
      const text = layout.map((id) => segmentById.get(id)!.text).join(" ");
      skip(`“${shorten(text)}” states nothing (a bare list marker or a line without words), so it cannot report a claim`);
      continue;
    }
    appliedIds.push(correction.id);
  }

  // Gaps of corrected rows are judged as the engine's are: by exchange, role and the row's scripts (scopeRow).
  const scope = resolveScope(statements, exchanges);
  const byId = new Map(corrections.map((c) => [c.id, c]));
  const out = rows.map((row, index) => {
    if (row.correctionIds.length === 0) {
      const engine = row.engineRow;
      return engine.index === index ? engine : { ...engine, id: `r${index}`, index };
    }
    return correctedRow(row, index, { comparison, scope, segmentById, credits: row.correctionIds.map((id) => credit(byId.get(id)!)) });
  });
  const ids = statements.map((s) => s.id);
  return {
    comparison: {
      ...comparison,
      rows: out,
      coverage: coverageOf(ids, out),
      exchanges: exchangeCoverage(out, scope),
      // With the statements' scripts, as compare() passes them: a pair in two scripts stays "different languages".
      ...(comparison.distantPairs ? { distantPairs: distantPairs(ids, out, scope.scripts) } : {}),
    },
    appliedIds,
    problems,
    notShownIds,
  };
}

/**
 * The segments by which a correction (`correctionId`, marked on every row it changed) left a statement reporting a
 * claim through layout alone where it did not before (`touched`: the rows it started from, with their layout
 * reporters then), or null. A row the correction made (a split's new row) was none before.
 */
function layoutMade(
  rows: readonly WorkRow[],
  correctionId: number,
  touched: readonly { row: WorkRow; layout: ReadonlySet<string> }[],
  layoutIn: (row: WorkRow) => ReadonlySet<string>,
): string[] | null {
  for (const row of rows) {
    if (!row.correctionIds.includes(correctionId)) continue;
    const before = touched.find((t) => t.row === row)?.layout;
    for (const statementId of layoutIn(row)) {
      if (before?.has(statementId)) continue;
      return [...(row.cells.get(statementId) ?? []), ...(row.restated.get(statementId)?.segmentIds ?? [])];
    }
  }
  return null;
}

/** The statements that report a row: those with a cell in it, then those an editor says restate it. */
function reportersOf(row: WorkRow): string[] {
  return [...row.cells.keys(), ...row.restated.keys()];
}

function countSegments(row: WorkRow): number {
  let n = 0;
  for (const ids of row.cells.values()) n += ids.length;
  return n;
}

function setCell(row: WorkRow, statementId: string, ids: string[]): void {
  if (ids.length) row.cells.set(statementId, ids);
  else row.cells.delete(statementId);
}

function newRow(from: WorkRow, statementId: string, ids: string[]): WorkRow {
  return { cells: new Map([[statementId, ids]]), restated: new Map(), correctionIds: [], engineRow: from.engineRow };
}

function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

interface RowContext {
  comparison: Comparison;
  scope: ExchangeScope;
  segmentById: Map<string, Segment>;
  credits: RowCorrection[];
}

function cellOf(statementId: string, segmentIds: readonly string[], segmentById: Map<string, Segment>): AlignedCell {
  const segments = segmentIds.map((id) => segmentById.get(id)!);
  return {
    statementId,
    segmentIds: [...segmentIds],
    text: segments.map((s) => s.text).join(" "),
    spans: segments.map(({ start, end }) => ({ start, end })),
  };
}

/** A row rebuilt from corrected cells: cells in statement input order, gaps judged by exchange, framing diffs redone. */
function correctedRow(row: WorkRow, index: number, { comparison, scope, segmentById, credits }: RowContext): AlignedRow {
  const inOrder = (ids: Iterable<string>) => [...ids].sort((a, b) => scope.order.get(a)! - scope.order.get(b)!);
  const cells = inOrder(row.cells.keys()).map((id) => cellOf(id, row.cells.get(id)!, segmentById));
  const restatements = inOrder(row.restated.keys()).map((id) => {
    const { segmentIds, correctionId } = row.restated.get(id)!;
    return { ...cellOf(id, segmentIds, segmentById), correctionId };
  });
  const { baseId, maxEditLength, diffTimeoutMs } = comparison.options;
  const anchor = cells.find((cell) => cell.statementId === baseId) ?? cells[0];
  const language = (id: string) => comparison.statements.find((s) => s.id === id)?.language;
  const diffs = cells
    .filter((cell) => cell !== anchor)
    .map((cell): FramingDiff => {
      const parts = diffWordsBounded(anchor.text, cell.text, { maxEditLength, timeoutMs: diffTimeoutMs, language: language(cell.statementId) });
      const status = parts === null ? "rephrased" : parts.every((part) => part.op === "equal") ? "identical" : "diffed";
      return { fromStatementId: anchor.statementId, toStatementId: cell.statementId, status, parts: parts ?? [] };
    });
  const scoped = scopeRow(
    {
      id: `r${index}`,
      index,
      cells,
      reportedBy: inOrder(reportersOf(row)),
      notReportedBy: [],
      otherExchangeBy: [],
      exchangeIds: [],
      secondaryOnly: false,
      soleReporter: null,
      similarity: cells.length < 2 ? 1 : row.engineRow.similarity,
      diffs,
      // Read by scopeRow for the scripts a restating statement joined the row in.
      ...(restatements.length ? { restatements } : {}),
    },
    scope,
    // As in compare(): a corrected row of separators or bare list markers is no claim (wordless-rows.ts).
    rowStatesNothing({ cells }, language),
  );
  return { ...scoped, corrections: credits, ...(restatements.length ? { restatements } : {}) };
}

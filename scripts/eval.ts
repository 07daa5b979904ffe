/**
 * `npm run eval`: scores the alignment engine against the labelled set in eval/alignment/*.json (written in the
 * team's own words; format in docs/alignment-eval.md), then the edit classes against eval/edit-classes/cases.json
 * (scripts/eval-edit-classes.ts).
 *
 * Row membership: over every pair of gold pieces of one event, "same row" is predicted when the engine segments
 * that cover most of each piece lie in the same row; precision/recall/F1 of the positive pairs.
 * Not-reported verdicts: over every (piece, other statement), gold is the exchange rule (lib/compare/exchanges.ts)
 * applied to the gold rows; predicted is the engine row of the piece naming that statement in `notReportedBy`.
 * Stability: an unrelated sentence is added to one statement's middle (each statement in turn); the pairwise same-row
 * relation of the original pieces must not change.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { compare } from "../lib/compare/compare";
import { resolveScope, scopeRow } from "../lib/compare/exchanges";
import type { AlignedRow, Comparison, ExchangeInput, StatementInput } from "../lib/compare/types";
import { evalEditClasses } from "./eval-edit-classes";

interface EvalStatement {
  id: string;
  role?: "primary" | "secondary";
  party?: string;
  exchangeIds?: string[];
  /** "label|text"; a piece starting with "+" continues the previous sentence (joined by a space). */
  pieces: string[];
}

interface EvalEvent {
  id: string;
  about: string;
  exchanges?: ExchangeInput[];
  statements: EvalStatement[];
}

interface Piece {
  statement: number;
  label: string;
  start: number;
  end: number;
}

const OPTIONS = process.env.EVAL_THRESHOLD ? { alignThreshold: Number(process.env.EVAL_THRESHOLD) } : {};
const UNRELATED = "Separately, the harbour authority reopened the northern pier after repairs to its lighting.";

function build(event: EvalEvent, extraIn: number): { inputs: StatementInput[]; pieces: Piece[] } {
  const pieces: Piece[] = [];
  const inputs = event.statements.map((statement, s): StatementInput => {
    let text = "";
    const labelOf = (raw: string) => raw.slice(raw.startsWith("+") ? 1 : 0, raw.indexOf("|"));
    // The middle sentence boundary that does not split a claim (a back-reference stays next to its sentence).
    let middle = Math.floor(statement.pieces.length / 2);
    while (middle < statement.pieces.length && (statement.pieces[middle].startsWith("+") || labelOf(statement.pieces[middle]) === labelOf(statement.pieces[middle - 1]))) middle++;
    statement.pieces.forEach((raw, k) => {
      if (s === extraIn && k === middle) text += (text ? " " : "") + UNRELATED + " ";
      const continues = raw.startsWith("+");
      const bar = raw.indexOf("|");
      const label = raw.slice(continues ? 1 : 0, bar);
      const body = raw.slice(bar + 1);
      if (text && !text.endsWith(" ")) text += " ";
      pieces.push({ statement: s, label, start: text.length, end: text.length + body.length });
      text += body;
    });
    return { id: statement.id, label: statement.id, text: text.trim(), role: statement.role, party: statement.party, exchangeIds: statement.exchangeIds };
  });
  return { inputs, pieces };
}

/** The row holding most of the piece's characters. */
function rowOfPiece(comparison: Comparison, piece: Piece): AlignedRow {
  const statementId = comparison.statements[piece.statement].id;
  let best: AlignedRow | null = null;
  let bestOverlap = -1;
  for (const row of comparison.rows) {
    for (const cell of row.cells) {
      if (cell.statementId !== statementId) continue;
      let overlap = 0;
      for (const span of cell.spans) overlap += Math.max(0, Math.min(span.end, piece.end) - Math.max(span.start, piece.start));
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = row;
      }
    }
  }
  return best!;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
function add(counts: Counts, gold: boolean, predicted: boolean): void {
  if (gold && predicted) counts.tp++;
  else if (predicted) counts.fp++;
  else if (gold) counts.fn++;
}
function scores({ tp, fp, fn }: Counts) {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function sameRowMatrix(comparison: Comparison, pieces: Piece[]): boolean[] {
  const rows = pieces.map((piece) => rowOfPiece(comparison, piece).id);
  const result: boolean[] = [];
  for (let i = 0; i < pieces.length; i++) for (let j = i + 1; j < pieces.length; j++) result.push(rows[i] === rows[j]);
  return result;
}

function main(): void {
  const dir = path.join(process.cwd(), "eval", "alignment");
  const files = readdirSync(dir).filter((file) => file.endsWith(".json")).sort();
  const events: EvalEvent[] = files.flatMap((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as EvalEvent[]);
  const membership = empty();
  const verdicts = empty();
  let groups = 0;
  let stable = 0;
  const verbose = process.argv.includes("--verbose");
  for (const event of events) {
    const { inputs, pieces } = build(event, -1);
    const exchanges = event.exchanges ?? [];
    const comparison = compare(inputs, OPTIONS, exchanges);
    const labels = [...new Set(pieces.map((piece) => piece.label))];
    groups += labels.length;
    const eventMembership = empty();
    const rows = pieces.map((piece) => rowOfPiece(comparison, piece));
    for (let i = 0; i < pieces.length; i++) {
      for (let j = i + 1; j < pieces.length; j++) {
        const gold = pieces[i].label === pieces[j].label;
        const predicted = rows[i].id === rows[j].id;
        add(membership, gold, predicted);
        add(eventMembership, gold, predicted);
        if (verbose && gold !== predicted) console.log(`  ${event.id} ${gold ? "MISSED" : "WRONG"} ${pieces[i].label}@${inputs[pieces[i].statement].id} ~ ${pieces[j].label}@${inputs[pieces[j].statement].id}`);
      }
    }
    // Gold verdicts: the engine's exchange rule on the gold rows.
    const scope = resolveScope(inputs, exchanges);
    const goldRows = new Map<string, AlignedRow>();
    for (const label of labels) {
      const reportedBy = inputs.filter((_, s) => pieces.some((piece) => piece.statement === s && piece.label === label)).map((input) => input.id);
      const row = { id: label, index: 0, cells: [], reportedBy, notReportedBy: [], otherExchangeBy: [], exchangeIds: [], secondaryOnly: false, soleReporter: null, similarity: 1, diffs: [] };
      goldRows.set(label, scopeRow(row, scope));
    }
    const eventVerdicts = empty();
    pieces.forEach((piece, p) => {
      inputs.forEach((input, s) => {
        if (s === piece.statement) return;
        const gold = goldRows.get(piece.label)!.notReportedBy.includes(input.id);
        const predicted = rows[p].notReportedBy.includes(input.id);
        add(verdicts, gold, predicted);
        add(eventVerdicts, gold, predicted);
        if (verbose && gold !== predicted) console.log(`  ${event.id} verdict ${piece.label}@${inputs[piece.statement].id} by ${input.id}: gold ${gold ? "not reported" : "reported/out of scope"}, engine ${predicted ? "not reported" : "reported/out of scope"}`);
      });
    });
    const before = sameRowMatrix(comparison, pieces);
    // Once per statement: the unrelated sentence in that statement only.
    let after = before;
    for (let s = 0; s < inputs.length && after.every((value, k) => value === before[k]); s++) {
      const withExtra = build(event, s);
      after = sameRowMatrix(compare(withExtra.inputs, OPTIONS, exchanges), withExtra.pieces);
    }
    const isStable = before.every((value, k) => value === after[k]);
    if (verbose && !isStable) {
      let k = 0;
      for (let i = 0; i < pieces.length; i++) {
        for (let j = i + 1; j < pieces.length; j++, k++) {
          if (before[k] !== after[k]) console.log(`  ${event.id} unstable ${pieces[i].label}@${inputs[pieces[i].statement].id} ~ ${pieces[j].label}@${inputs[pieces[j].statement].id}: ${before[k]} -> ${after[k]}`);
        }
      }
    }
    if (isStable) stable++;
    const m = scores(eventMembership);
    const v = scores(eventVerdicts);
    console.log(`${event.id.padEnd(22)} groups ${String(labels.length).padStart(2)}  rows F1 ${m.f1.toFixed(3)}  not-reported F1 ${v.f1.toFixed(3)}  ${isStable ? "stable" : "UNSTABLE"}`);
  }
  const m = scores(membership);
  const v = scores(verdicts);
  const fmt = (s: ReturnType<typeof scores>) => `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
  console.log(`\n${events.length} events, ${groups} sentence groups`);
  console.log(`row membership (pairwise same-row): ${fmt(m)}  (tp ${membership.tp}, fp ${membership.fp}, fn ${membership.fn})`);
  console.log(`not-reported verdicts:              ${fmt(v)}  (tp ${verdicts.tp}, fp ${verdicts.fp}, fn ${verdicts.fn})`);
  console.log(`stability (unrelated sentence added): ${stable}/${events.length} events unchanged`);
  evalEditClasses(verbose);
}

main();

import type { SentencePair, VersionDiff } from "../compare/versions/types";
import { stringify } from "csv-stringify/sync";
import { changeClasses, classedParts } from "../view/classed-diff";
import { isClaimRow } from "../view/claim-rows";
import { layoutChanges } from "../view/change-blocks";
import { gapIds } from "../view/empty-cell";
import { matchedOn } from "../view/match-label";
import { alignedExport } from "./aligned-export";
import { coverageExport } from "./coverage-export";
import { coverageCsvRows } from "./coverage-formats";
import { labelOf, rowCorrectionNote, type ExportModel } from "./model";
import { quoteExport } from "./quote-export";
import { quoteCsvRows } from "./quote-formats";

/** Which view offers which table: lib/export/export-request.ts (CSV_TABLES_BY_VIEW). */
export const CSV_TABLES = ["claims", "coverage", "quotes", "changes", "edits"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const BOM = "\uFEFF";

// = + - @ after any leading whitespace or quote marks (spreadsheets skip those before reading a formula), or a
// leading tab / CR, as listed by OWASP's "CSV Injection" page.
const FORMULA_START = /^(?:[\s"'‘’‚‛“”„‟«»]*[=+\-@＝＋－＠]|[\t\r])/u;
// Quoted whenever present: the comma, the semicolon and the tab are field separators in different locales'
// spreadsheets (RFC 4180 only names the comma); quotes and line breaks always.
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * Spreadsheets run cells that start with = + - @ (or tab / CR) as formulas, also after leading spaces or quote
 * marks; a leading apostrophe makes them text (OWASP's advice), so a statement quoting "=HYPERLINK(...)" cannot
 * become a live link.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Rows as a CSV document: BOM, CRLF, formulas neutralised, fields quoted as above. */
export function toCsv(rows: string[][]): string {
  // RFC 4180: CRLF line ends, quote marks doubled; fields quoted when they hold a separator of any locale.
  return BOM + stringify(rows.map((row) => row.map(neutraliseFormula)), { record_delimiter: "\r\n", quoted_match: NEEDS_QUOTES });
}

/**
 * The aligned claims: one line per claim, one column per statement (empty where it did not report it; "in other
 * words: …" where an editor marked its wording elsewhere as reporting it), who corrected the row, if anyone, and its
 * match strength ("strong" / "weak", empty for a one-cell row) with what its cells share (lib/view/match-label.ts).
 * A row that states nothing ("***", a bare "1."; lib/view/claim-rows.ts) is no claim and has no line: a spreadsheet
 * counts lines.
 */
function claimsTable(model: ExportModel): string[][] {
  const header = ["claim", "reported_by", "not_reported_by", ...model.columns.map((c) => c.label), "corrected", "match", "matched_on"];
  // The aligned view's rows under its filter, background rows in their place.
  const { rows: primary, background } = alignedExport(model, model.filter);
  const shown = new Set([...primary, ...background].filter(isClaimRow).map((row) => row.id));
  const rows = model.comparison.rows.filter((row) => shown.has(row.id)).map((row) => [
    String(row.index + 1),
    row.reportedBy.map((id) => labelOf(model, id)).join("; "),
    // Gaps only: primary statements of the claim's exchange. A news report without the claim is a reference, not a gap.
    gapIds(row, model.columns).map((id) => labelOf(model, id)).join("; "),
    ...model.columns.map((column) => {
      const text = row.cells.find((c) => c.statementId === column.id)?.text;
      const restated = row.restatements?.find((r) => r.statementId === column.id)?.text;
      return text ?? (restated ? `in other words: ${restated}` : "");
    }),
    rowCorrectionNote(row) ?? "",
    row.match?.strength ?? "",
    row.match ? matchedOn(row.match) : "",
  ]);
  return [header, ...rows];
}

/**
 * The pairwise diff's change list, with the class of the edits in each change (tester B4): one class, or several
 * joined by "; " in reading order when a change holds edits of different classes; empty without a version diff.
 */
function changesTable(model: ExportModel): string[][] {
  const parts = model.pairwise?.parts ?? [];
  const diff = model.pairwise?.versionDiff;
  const classes = diff ? changeClasses(classedParts(diff)) : [];
  return [
    ["change", "class", "removed", "added"],
    ...layoutChanges(parts).changes.map((c, i) => [String(c.number), (classes[i] ?? []).join("; "), c.deleted.trim(), c.inserted.trim()]),
  ];
}

const EDIT_COLUMNS = ["edit", "class", "reason", "before", "after", "pair", "relation", "moved"];

// Whitespace made visible where it is all an edit changed: space, line break, tab, no-break space; any other as U+XXXX.
const VISIBLE_SPACE: Record<string, string> = { " ": "␠", "\n": "↵", "\r": "", "\t": "⇥", "\u00a0": "⍽" };
const visibleWhitespace = (text: string) =>
  text.replace(/\s/gu, (c) => VISIBLE_SPACE[c] ?? `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`);

/**
 * An edit's before and after as CSV cells: trimmed, unless the edit changes only whitespace (spaces, line breaks,
 * thin or no-break spaces), which trimming would hide; then every whitespace character is shown as a visible mark (␠ space, ↵ line break, ⇥ tab,
 * ⍽ no-break space, ⟨U+2009⟩ others).
 */
export function editCells(before: string, after: string): [string, string] {
  const spaced = (text: string) => text.replace(/\s+/gu, " ").trim();
  return spaced(before) === spaced(after) ? [visibleWhitespace(before), visibleWhitespace(after)] : [before.trim(), after.trim()];
}

/** The text a sentence pair had (equal and delete parts) and has (equal and insert parts). */
function pairTexts(pair: SentencePair): [string, string] {
  let before = "";
  let after = "";
  for (const part of pair.parts) {
    if (part.op !== "insert") before += part.text;
    if (part.op !== "delete") after += part.text;
  }
  return [before.trim(), after.trim()];
}

/**
 * Sentence-aligned edits of a version diff, one row each: class, rule, text before and after, the sentence pair
 * and its move (issue 12; "phrase" for a phrase moved inside its sentence, one row with the phrase as it stood and as it stands). Then one row for each sentence pair that moved, split or merged, and for any other pair
 * that is not equal in place and that no edit row names (edit, class and reason empty; before and after the pair's
 * whole text), so a pure move is in the table even with no word changed.
 */
export function versionEditRows(diff: VersionDiff | null | undefined): string[][] {
  if (!diff) return [EDIT_COLUMNS];
  const pairs = new Map(diff.pairs.map((pair) => [pair.id, pair]));
  const rows = [EDIT_COLUMNS];
  const named = new Set<string>();
  for (const edit of diff.edits) {
    const pair = pairs.get(edit.pairId)!;
    named.add(pair.id);
    // "moved": the passage the pair moved with (m0), and "phrase" for a phrase moved inside it (before: where it stood, after: where it stands).
    const moved = edit.moved ? (pair.moveId ? `${pair.moveId} phrase` : "phrase") : (pair.moveId ?? "");
    rows.push([edit.id, edit.class, edit.reason, ...editCells(edit.before, edit.after), pair.id, pair.relation, moved]);
  }
  for (const pair of diff.pairs) {
    // A moved, split or merged sentence always gets its own row (its edits, if any, are only typography or words in it).
    const shape = pair.moveId !== undefined || pair.relation === "split" || pair.relation === "merged";
    if (!shape && (named.has(pair.id) || pair.relation === "equal")) continue;
    rows.push(["", "", "", ...pairTexts(pair), pair.id, pair.relation, pair.moveId ?? ""]);
  }
  return rows;
}

/**
 * One table as CSV. claims: the aligned claims; coverage: the Coverage view's matrices under its filter and sort,
 * one status word a cell (reported / said in other words / not reported / other exchange / not in this report);
 * quotes: the Quote check list under its verdict filter; changes, edits: the pairwise diff. Cells are whole.
 */
export function toCsvTable(model: ExportModel, table: CsvTable): string {
  if (table === "edits") return toCsv(versionEditRows(model.pairwise?.versionDiff));
  if (table === "claims") return toCsv(claimsTable(model));
  if (table === "coverage") return toCsv(coverageCsvRows(coverageExport(model, model.coverage)));
  if (table === "quotes") return toCsv(quoteCsvRows(quoteExport(model, model.verdict)));
  return toCsv(changesTable(model));
}

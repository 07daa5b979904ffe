import { displayNumber, EDIT_CLASS_LABELS, moveDescription, pairDisplayLabel, pairOpening, pairRelationNote, phraseMoveDescription, phraseMoves, summaryWithTypography, versionDiffSummary } from "../view/version-diff";
import type { VersionDiff, VersionEdit } from "../compare/versions/types";
import type { DiffPart } from "../compare/types";
import { statementKindLabel } from "../domain/kinds";
import { formatDate } from "../format";
import { layoutChanges } from "../view/change-blocks";
import { DIFFERENT_EXCHANGES_NOTE } from "../view/pairwise-diff";
import { separatorBetween } from "../diff/word-diff";
import type { AlignedRow } from "../compare/types";
import { alignedExport } from "./aligned-export";
import { coverageExport } from "./coverage-export";
import { coverageMarkdown } from "./coverage-formats";
import { emptyCellText, rowCorrectionNote, type ExportModel } from "./model";
import { quoteExport } from "./quote-export";
import { quoteMarkdown } from "./quote-formats";
import { summaryMarkdown } from "./summary-formats";
import { VIEW_TITLES } from "../view/view-titles";
import { changeClasses, classedParts, EDIT_CLASS_LEGEND, EDIT_CLASS_MARKS, endsEdit, MOVED_LEGEND, MOVED_MARK, type ClassedPart } from "../view/classed-diff";

/**
 * Markdown a newsroom CMS can paste. Statement text is escaped so that nothing in it can become markup,
 * a link, an entity or HTML: `<script>` stays visible text, `*`, `&copy;` and `|` stay characters.
 */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/[\\`*_{}[\]|~&]/g, "\\$&")
    .replace(/</g, "&lt;")
    .replace(/\r?\n/g, " ");
  // Only at the start of a line do these begin a heading, quote, list or ordered list.
  return inline.replace(/^(\s*)([#>+-])/, "$1\\$2").replace(/^(\s*)(\d+)\./, "$1$2\\.");
}

/**
 * Removals as <del>…</del>, additions as <ins>…</ins>, around escaped text. CommonMark passes these inline
 * HTML tags through wherever they stand, so a change glued to punctuation or an apostrophe ("Pashinyan’s
 * office", "“word”") renders as a change; `**`/`~~` there are left-/right-flanking rules and come out
 * as literal asterisks. Whitespace at either end stays outside the tags, so it is never marked. A classed part
 * (lib/view/classed-diff.ts) ends its edit with the class's letter as a superscript: `<del>calm</del> <ins>warm</ins><sup>U</sup>`.
 * Line breaks become spaces (one line: list items, table cells); markdownDiffBlock keeps them.
 */
export function markdownDiff(parts: ClassedPart[]): string {
  return parts.map((part, i) => markdownPiece(parts, i, escapeMarkdown(part.text))).join("");
}

/** One part as Markdown; `withMark`: the class letter may follow it (false for all but the last line of a part). */
function markdownPiece(parts: ClassedPart[], i: number, text: string, withMark = true): string {
  const part = parts[i];
  if (part.op === "equal" || !text.trim()) return text;
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  const seam = separatorBetween(parts[i - 1], part);
  const mark = withMark && part.editClass && endsEdit(parts, i) ? `<sup>${EDIT_CLASS_MARKS[part.editClass]}${part.moved ? MOVED_MARK : ""}</sup>` : "";
  return part.op === "insert" ? `${seam}${lead}<ins>${core}</ins>${mark}${trail}` : `${seam}${lead}<del>${core}</del>${mark}${trail}`;
}

/**
 * Like markdownDiff, for a whole text as a Markdown block: its paragraph breaks stay paragraph breaks and its other
 * line breaks hard line breaks (tester C9), and no tag spans a break (inline HTML cannot). Spaces at a line's start
 * are dropped (they would make a code block).
 */
export function markdownDiffBlock(parts: ClassedPart[]): string {
  const lines: string[] = [];
  let line = "";
  parts.forEach((part, i) => {
    part.text.split(/\r?\n/).forEach((piece, k, pieces) => {
      if (k > 0) {
        lines.push(line.trimEnd());
        line = "";
      }
      const text = line === "" ? piece.replace(/^[ \t\u00a0]+/, "") : piece;
      if (text) line += markdownPiece(parts, i, escapeMarkdown(text), k === pieces.length - 1);
    });
  });
  lines.push(line.trimEnd());
  // One break: a hard line break ("\" at the end of the line); a blank line between: a paragraph break.
  const paragraphs: string[][] = [[]];
  for (const text of lines) {
    if (text.trim()) paragraphs[paragraphs.length - 1].push(text);
    else if (paragraphs[paragraphs.length - 1].length) paragraphs.push([]);
  }
  return paragraphs
    .filter((paragraph) => paragraph.length)
    .map((paragraph) => paragraph.join("\\\n"))
    .join("\n\n");
}

/** The legend of the class letters: "Marks after each edit: <sup>F</sup> changes a fact, …". */
export function editClassLegendMarkdown(withMoves = false): string {
  return `Marks after each edit: ${EDIT_CLASS_LEGEND.map(({ mark, label }) => `<sup>${mark}</sup> ${label}`).join(", ")}${withMoves ? `; <sup>${MOVED_MARK}</sup> ${MOVED_LEGEND}` : ""}.`;
}

function statementList(model: ExportModel): string[] {
  return model.statements.flatMap((s) => {
    const details = [
      `${statementKindLabel(s.kind)}`,
      `source: ${escapeMarkdown(s.sourceName)}`,
      s.sourceUrl ? `link: <${encodeURI(s.sourceUrl)}>` : "no link on file",
      s.publishedOn ? `date: ${formatDate(s.publishedOn)}` : "date not given",
      s.speaker ? `speaker: ${escapeMarkdown(s.speaker)}` : null,
    ].filter(Boolean);
    const lines = [`- **${escapeMarkdown(s.party.name)}** — ${escapeMarkdown(s.title)} (${details.join("; ")})`];
    if (s.provenanceNote) lines.push(`  - _Provenance:_ ${escapeMarkdown(s.provenanceNote)}`);
    return lines;
  });
}

function alignedTable(model: ExportModel, rows: AlignedRow[]): string[] {
  const { columns } = model;
  const header = `| # | ${columns.map((c) => escapeMarkdown(c.label)).join(" | ")} |`;
  const rule = `|---|${columns.map(() => "---").join("|")}|`;
  const lines = rows.map((row) => {
    const cells = columns.map((column) => {
      const cell = row.cells.find((c) => c.statementId === column.id);
      if (!cell) {
        const empty = emptyCellText(row, column);
        return empty ? `_${escapeMarkdown(empty)}_` : "";
      }
      const diff = row.diffs.find((d) => d.toStatementId === column.id);
      return diff?.status === "diffed" ? markdownDiff(diff.parts) : escapeMarkdown(cell.text);
    });
    const note = rowCorrectionNote(row);
    return `| ${row.index + 1}${note ? ` _(${escapeMarkdown(note)})_` : ""} | ${cells.join(" | ")} |`;
  });
  return [header, rule, ...lines];
}

function annotationLines(model: ExportModel): string[] {
  if (model.annotations.length === 0) return ["No annotations.", ""];
  return model.annotations.flatMap((a) => {
    const statement = model.statements.find((s) => s.id === a.statementId);
    const lines = [
      `- **${escapeMarkdown(a.verdictLabel)}**${a.orphaned ? " (orphaned: the annotated words are no longer in the text)" : ""} — “${escapeMarkdown(a.exact)}” in ${escapeMarkdown(statement?.party.shortName ?? "?")}: ${escapeMarkdown(a.note)}`,
    ];
    for (const source of a.sources) lines.push(`  - source: <${encodeURI(source)}>`);
    return lines;
  });
}

function pairwiseSection(model: ExportModel): string[] {
  const pair = model.pairwise!;
  const lines = [
    `## Word diff: ${escapeMarkdown(pair.from.label)} → ${escapeMarkdown(pair.to.label)}`,
    "",
    pair.nearCopy
      ? `**Near-copies** (${Math.round(pair.nearCopy.similarity * 100)}% shared wording): every marked word is an edit.`
      : pair.differentExchanges
        ? DIFFERENT_EXCHANGES_NOTE
        : "Independent texts: a whole-text diff marks much of them.",
    "",
    "Legend: <del>removed</del> (only in the first), <ins>added</ins> (only in the second).",
    "",
  ];
  if (!pair.parts) return [...lines, "The texts differ too much for a readable word diff.", ""];
  const { changes } = layoutChanges(pair.parts);
  const classes = pair.versionDiff ? changeClasses(classedParts(pair.versionDiff)) : [];
  // A version diff's whole text keeps its line breaks and marks each edit's class (tester B4, C9).
  if (pair.versionDiff) lines.push(editClassLegendMarkdown(phraseMoves(pair.versionDiff).length > 0), "", markdownDiffBlock(classedParts(pair.versionDiff)), "", `### Changes (${changes.length})`, "");
  else lines.push(markdownDiffBlock(pair.parts), "", `### Changes (${changes.length})`, "");
  for (const change of changes) {
    const parts: DiffPart[] = [
      ...(change.deleted ? [{ op: "delete" as const, text: change.deleted }] : []),
      ...(change.inserted ? [{ op: "insert" as const, text: change.inserted }] : []),
    ];
    const classed = (classes[change.number - 1] ?? []).map((editClass) => EDIT_CLASS_LABELS[editClass]).join("; ");
    lines.push(`${change.number}. ${markdownDiff(parts).trim()}${classed ? ` (${classed})` : ""}`);
  }
  const diff = pair.versionDiff;
  if (diff) {
    const { line: countsLine, links } = versionDiffSummary(diff);
    const line = summaryWithTypography(countsLine, diff.counts.typographic, pair.showTypographic);
    lines.push("", "### Edits by what they change", "", line, "");
    links.forEach(({ edit }, k) => lines.push(`${k + 1}. ${editListItemMarkdown(diff, edit, pair.from.label, pair.to.label)}`));
    for (const move of diff.moves) lines.push(`- Moved passage ${displayNumber(move.id)}: ${escapeMarkdown(moveDescription(diff, move, pair.from.label, pair.to.label))}.`);
    for (const edit of phraseMoves(diff)) lines.push(`- Moved phrase (${EDIT_CLASS_LABELS[edit.class]}): ${escapeMarkdown(phraseMoveDescription(diff, edit, pair.from.label, pair.to.label))}.`);
    for (const p of diff.pairs) {
      if (p.relation === "split" || p.relation === "merged") lines.push(`- ${pairDisplayLabel(diff, p.id)}: “${escapeMarkdown(pairOpening(p))}” ${escapeMarkdown(pairRelationNote(diff, p, pair.from.label, pair.to.label))}.`);
    }
  }
  return [...lines, ""];
}

/**
 * One classed edit for the lists of edits by class: "wording (synonym): <del>underscored</del> <ins>underlined</ins>";
 * a phrase moved inside its sentence by its two places instead ("wording (moved): “On Monday” moved inside sentence
 * pair 1: in version 1 after “with Aliyev”, in version 2 at the start"). `fromName`, `toName`: the two texts' names.
 */
export function editListItemMarkdown(diff: VersionDiff, edit: VersionEdit, fromName: string, toName: string): string {
  const label = `${EDIT_CLASS_LABELS[edit.class]} (${edit.reason})`;
  if (edit.moved) return `${label}: ${escapeMarkdown(phraseMoveDescription(diff, edit, fromName, toName))}`;
  return `${label}: ${markdownDiff([...(edit.before ? [{ op: "delete" as const, text: edit.before }] : []), ...(edit.after ? [{ op: "insert" as const, text: edit.after }] : [])]).trim()}`;
}

/** The aligned view: its summary first, then its rows, then the background rows (only a secondary source holds them). */
function alignedSection(model: ExportModel): string[] {
  const aligned = alignedExport(model, model.filter);
  const out = ["## Summary", "", ...summaryMarkdown(aligned.summaries), "## Aligned claims", ""];
  const add = (part: string[]) => {
    for (const line of part) out.push(line);
  };
  if (aligned.filterText) add([escapeMarkdown(aligned.filterText), ""]);
  add(["Marked words differ from the row’s first wording: <del>removed</del> / <ins>added</ins>.", ""]);
  add(aligned.rows.length ? alignedTable(model, aligned.rows) : ["No claims."]);
  if (aligned.background.length) {
    add(["", `### Background (${aligned.background.length}): only a secondary source holds these`, ""]);
    add(alignedTable(model, aligned.background));
  }
  out.push("");
  return out;
}

/**
 * The export of one view of the event page, in Markdown: title, date, permalink and the view's name; then the view's
 * own content (aligned: summary and rows; coverage: the matrices; quotes: the quote list; pairwise: the pair's diff);
 * then the statements it covers with their provenance, and (aligned, pairwise) their annotations.
 */
export function toMarkdown(model: ExportModel): string {
  const { event } = model;
  const lines = [
    `# ${escapeMarkdown(event.title)}`,
    "",
    `_${formatDate(event.occurredOn)} · ${VIEW_TITLES[model.view]} · exported from Readout on ${formatDate(model.exportedAt)}_`,
    "",
  ];
  // Sections can hold any number of lines: append them one by one (spreading a long array into push() overflows the stack).
  const add = (...parts: (string | string[])[]) => {
    for (const part of parts) if (typeof part === "string") lines.push(part);
    else for (const line of part) lines.push(line);
  };
  if (model.permalink) add(`Permalink: <${model.permalink}>`, "");
  if (event.summary) add(escapeMarkdown(event.summary), "");
  if (model.exchangeTitle) add(`**Exchange:** ${escapeMarkdown(model.exchangeTitle)} (only the statements that report it)`, "");
  if (model.view === "pairwise" && model.pairwise) add(pairwiseSection(model));
  else if (model.view === "coverage") add(coverageMarkdown(coverageExport(model, model.coverage)));
  else if (model.view === "quotes") add("## Quote check", "", quoteMarkdown(quoteExport(model, model.verdict)));
  else add(alignedSection(model));
  add("## Statements and provenance", "", statementList(model), "");
  if (model.view === "aligned" || model.view === "pairwise") add("## Annotations", "", annotationLines(model), "");
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

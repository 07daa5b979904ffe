import { EDIT_CLASS_LABELS, versionDiffSummary } from "../view/version-diff";
import type { DiffPart } from "../compare/types";
import { statementKindLabel } from "../domain/kinds";
import { formatDate } from "../format";
import { layoutChanges } from "../view/change-blocks";
import { separatorBetween } from "../diff/word-diff";
import { QUOTE_VERDICT_LABELS } from "../view/quote-verdicts";
import { coverageSections, emptyCellText, labelOf, rowCorrectionNote, type ExportModel } from "./model";

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
 * as literal asterisks. Whitespace at either end stays outside the tags, so it is never marked.
 */
export function markdownDiff(parts: DiffPart[]): string {
  return parts
    .map((part, i) => {
      const text = escapeMarkdown(part.text);
      if (part.op === "equal" || !text.trim()) return text;
      const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
      const seam = separatorBetween(parts[i - 1], part);
      return part.op === "insert" ? `${seam}${lead}<ins>${core}</ins>${trail}` : `${seam}${lead}<del>${core}</del>${trail}`;
    })
    .join("");
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

function alignedTable(model: ExportModel): string[] {
  const { columns, comparison } = model;
  const header = `| # | ${columns.map((c) => escapeMarkdown(c.label)).join(" | ")} |`;
  const rule = `|---|${columns.map(() => "---").join("|")}|`;
  const rows = comparison.rows.map((row) => {
    const cells = columns.map((column) => {
      const cell = row.cells.find((c) => c.statementId === column.id);
      if (!cell) return `_${escapeMarkdown(emptyCellText(row, column))}_`;
      const diff = row.diffs.find((d) => d.toStatementId === column.id);
      return diff?.status === "diffed" ? markdownDiff(diff.parts) : escapeMarkdown(cell.text);
    });
    const note = rowCorrectionNote(row);
    return `| ${row.index + 1}${note ? ` _(${escapeMarkdown(note)})_` : ""} | ${cells.join(" | ")} |`;
  });
  return [header, rule, ...rows];
}

function coverageLists(model: ExportModel): string[] {
  return coverageSections(model, escapeMarkdown).flatMap(({ heading, rows }) => [
    `### ${heading}`,
    "",
    ...(rows.length ? rows.map((row) => `- ${row.index + 1}. ${escapeMarkdown(row.cells[0].text)}`) : ["- none"]),
    "",
  ]);
}

function quoteLines(model: ExportModel): string[] {
  if (model.comparison.quotes.length === 0) return ["No quotations found.", ""];
  return model.comparison.quotes.flatMap((quote) => {
    const verdict = QUOTE_VERDICT_LABELS[quote.verdict];
    const where = `quoted in ${escapeMarkdown(labelOf(model, quote.statementId))}`;
    const source = quote.source
      ? `source: ${escapeMarkdown(labelOf(model, quote.source.statementId))} (${Math.round(quote.source.similarity * 100)}% similar)`
      : "no source found among these statements";
    const speaker = quote.speaker ? `speaker: ${escapeMarkdown(quote.speaker.name)}` : "speaker not named";
    const lines = [`- **${verdict.toUpperCase()}** “${escapeMarkdown(quote.text)}” — ${where}; ${speaker}; ${source}`];
    if (quote.verdict === "altered" && quote.source) lines.push(`  - difference: ${markdownDiff(quote.source.parts)}`);
    return lines;
  });
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
      : "Independent texts: a whole-text diff marks much of them.",
    "",
    "Legend: <del>removed</del> (only in the first), <ins>added</ins> (only in the second).",
    "",
  ];
  if (!pair.parts) return [...lines, "The texts differ too much for a readable word diff.", ""];
  const { changes } = layoutChanges(pair.parts);
  lines.push(markdownDiff(pair.parts), "", `### Changes (${changes.length})`, "");
  for (const change of changes) {
    const parts: DiffPart[] = [
      ...(change.deleted ? [{ op: "delete" as const, text: change.deleted }] : []),
      ...(change.inserted ? [{ op: "insert" as const, text: change.inserted }] : []),
    ];
    lines.push(`${change.number}. ${markdownDiff(parts).trim()}`);
  }
  const diff = pair.versionDiff;
  if (diff) {
    const { line, links } = versionDiffSummary(diff);
    lines.push("", "### Edits by what they change", "", line, "");
    links.forEach(({ edit }, k) => lines.push(`${k + 1}. ${EDIT_CLASS_LABELS[edit.class]} (${edit.reason}): ${markdownDiff([...(edit.before ? [{ op: "delete" as const, text: edit.before }] : []), ...(edit.after ? [{ op: "insert" as const, text: edit.after }] : [])]).trim()}`));
    for (const move of diff.moves) lines.push(`- Moved passage: “${escapeMarkdown(pair.to.label)}” ${move.b.start}–${move.b.end}, was at ${move.a.start}–${move.a.end} in “${escapeMarkdown(pair.from.label)}”.`);
  }
  return [...lines, ""];
}

export function toMarkdown(model: ExportModel): string {
  const { event } = model;
  const lines = [
    `# ${escapeMarkdown(event.title)}`,
    "",
    `_${formatDate(event.occurredOn)} · exported from Readout on ${formatDate(model.exportedAt)}_`,
    "",
  ];
  // Sections can hold any number of lines: append them one by one (spreading a long array into push() overflows the stack).
  const add = (...parts: (string | string[])[]) => {
    for (const part of parts) if (typeof part === "string") lines.push(part);
    else for (const line of part) lines.push(line);
  };
  if (event.summary) add(escapeMarkdown(event.summary), "");
  if (model.exchangeTitle) add(`**Exchange:** ${escapeMarkdown(model.exchangeTitle)} (only the statements that report it)`, "");
  add("## Parties and provenance", "", statementList(model), "");
  if (model.pairwise) {
    add(pairwiseSection(model));
  } else {
    add(
      "## Aligned claims",
      "",
      "Marked words differ from the row’s first wording: <del>removed</del> / <ins>added</ins>.",
      "",
      alignedTable(model),
      "",
      "## Who reported what",
      "",
      coverageLists(model),
      "## Quote check",
      "",
      quoteLines(model),
      "",
    );
  }
  add("## Annotations", "", annotationLines(model), "");
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

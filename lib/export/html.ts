import { displayNumber, EDIT_CLASS_LABELS, moveDescription, pairDisplayLabel, pairOpening, pairRelationNote, phraseMoveDescription, phraseMoves, summaryWithTypography, versionDiffSummary } from "../view/version-diff";
import type { VersionDiff, VersionEdit } from "../compare/versions/types";
import { separatorBetween } from "../diff/word-diff";
import { statementKindLabel } from "../domain/kinds";
import { formatDate } from "../format";
import { layoutChanges } from "../view/change-blocks";
import { DIFFERENT_EXCHANGES_NOTE } from "../view/pairwise-diff";
import type { AlignedRow } from "../compare/types";
import { VIEW_TITLES } from "../view/view-titles";
import { emptyCellKind } from "../view/empty-cell";
import { changeClasses, classedParts, EDIT_CLASS_LEGEND, EDIT_CLASS_MARKS, endsEdit, MOVED_LEGEND, MOVED_MARK, type ClassedPart } from "../view/classed-diff";
import { alignedExport } from "./aligned-export";
import { coverageExport } from "./coverage-export";
import { coverageHtml } from "./coverage-formats";
import { emptyCellText, labelOf, rowCorrectionNote, type ExportModel } from "./model";
import { quoteExport } from "./quote-export";
import { quoteHtml } from "./quote-formats";
import { summaryHtml } from "./summary-formats";

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const h = escapeHtml;

/** Only http(s) links become anchors; anything else (javascript:, data:) is shown as text. */
function link(url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${h(url)}" rel="noreferrer noopener">${h(url)}</a>` : h(url);
}

function colour(value: string): string {
  return /^#[0-9a-f]{6}$/i.test(value) ? value : "#64748b";
}

/**
 * Parts as escaped text, <ins> and <del>; a space (outside both) where a deletion meets an insertion word to word.
 * The two places of a phrase moved inside its sentence are marked `data-moved` ("from", "to") with "↕" after them;
 * with `anchors` (an element id prefix, once per document) each place is a target (`${anchors}moved-from-e3`) and its
 * mark a link to the other place.
 */
export function htmlDiff(parts: ClassedPart[], anchors?: string): string {
  return parts
    .map((p, i) => {
      if (p.op === "equal") return h(p.text);
      const tag = p.op === "insert" ? "ins" : "del";
      // A classed part (lib/view/classed-diff.ts) carries its edit and class, and its edit ends with the class's letter.
      // A phrase moved inside its sentence is marked at both places ("from" where it stood, "to" where it stands) and linked.
      const [place, other] = p.op === "delete" ? ["from", "to"] : ["to", "from"];
      const moved = p.moved ? ` data-moved="${place}"${anchors === undefined ? "" : ` id="${h(anchors)}moved-${place}-${h(p.editId!)}"`}` : "";
      const attributes = p.editClass ? ` class="edit-${p.editClass}${p.moved ? " edit-moved" : ""}" data-edit-class="${p.editClass}" data-edit-id="${h(p.editId!)}"${moved}` : "";
      const title = place === "from" ? "moved from here: see its new place" : "moved here: see where it was";
      const link = !p.moved ? "" : anchors === undefined ? MOVED_MARK : `<a class="moved-link" href="#${h(anchors)}moved-${other}-${h(p.editId!)}" title="${title}">${MOVED_MARK}</a>`;
      const mark = p.editClass && endsEdit(parts, i) ? `<sup class="edit-mark edit-${p.editClass}" data-edit-class="${p.editClass}">${EDIT_CLASS_MARKS[p.editClass]}${link}</sup>` : link;
      return `${separatorBetween(parts[i - 1], p)}<${tag}${attributes}>${h(p.text)}</${tag}>${mark}`;
    })
    .join("");
}

/** The legend of the edit classes' marks, for a diff rendered by htmlDiff from classed parts. */
export function editClassLegendHtml(withMoves = false): string {
  const moves = withMoves ? `; <sup class="edit-mark">${MOVED_MARK}</sup> ${h(MOVED_LEGEND)}` : "";
  return `<p class="note edit-legend" data-testid="edit-class-legend">Marks after each edit: ${EDIT_CLASS_LEGEND.map(({ mark, editClass, label }) => `<sup class="edit-mark edit-${editClass}">${mark}</sup> ${h(label)}`).join(", ")}${moves}.</p>`;
}

/**
 * One classed edit for the lists of edits by class, as editListItemMarkdown (markdown.ts) words it: its class and
 * rule, then its text before and after, or a phrase moved inside its sentence by its two places, linked to where it
 * stands (the htmlDiff `anchors` prefix of the diff that marks it).
 */
export function editListItemHtml(diff: VersionDiff, edit: VersionEdit, fromName: string, toName: string, anchors = ""): string {
  const label = `${h(EDIT_CLASS_LABELS[edit.class])} (${h(edit.reason)})`;
  if (edit.moved) return `${label}: <a href="#${h(anchors)}moved-to-${h(edit.id)}">${h(phraseMoveDescription(diff, edit, fromName, toName))}</a>`;
  return `${label}: ${edit.before ? `<del>${h(edit.before)}</del> ` : ""}${edit.after ? `<ins>${h(edit.after)}</ins>` : ""}`;
}

/** Styles of the edit classes (screen and print): a fact outlined in red, an unclassified edit in amber. */
export const EDIT_CLASS_STYLE = `
.edit-fact{outline:2px solid #dc2626;outline-offset:1px;border-radius:2px}.edit-unclassified{outline:1px solid #d97706;outline-offset:1px;border-radius:2px}
.edit-moved{text-decoration-color:#7c3aed}a.moved-link{color:#6d28d9;text-decoration:none;margin-left:1px}
sup.edit-mark{font:700 10px/1 system-ui,sans-serif;outline:none;margin-left:1px}sup.edit-fact{color:#b91c1c}sup.edit-wording{color:#334155}sup.edit-unclassified{color:#b45309}sup.edit-typographic{color:#64748b}
`;

// Screen: a readable page. Print (PDF): the same content packed tighter — 9.5 pt text, 9 pt tables and notes (never
// smaller), narrow cell padding — so the seeded event's aligned view fits about three A4 pages.
const STYLE = `
body{font:15px/1.55 Georgia,"Noto Serif",serif;color:#0f172a;margin:2rem auto;max-width:75rem;padding:0 1rem}
h1,h2,h3{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.25}
h1{font-size:1.8rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid #cbd5e1;padding-bottom:.25rem}
h3{font-size:1rem;margin:1rem 0 .25rem}
.meta,.note,figcaption{font:13px/1.45 system-ui,sans-serif;color:#475569}
.permalink{font:13px/1.45 system-ui,sans-serif;word-break:break-all}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid #cbd5e1;padding:.5rem;vertical-align:top;text-align:left}
thead th{background:#f8fafc;font-family:system-ui,sans-serif}
tbody th{font-weight:normal}
.chip{display:inline-block;width:.7em;height:.7em;border-radius:2px;margin-right:.35em;vertical-align:baseline}
.missing{color:#475569;font-style:italic;background:#f8fafc;text-align:center;border-style:dashed;font-size:.85em}
.quiet{color:#475569;font-style:italic;background:#f8fafc;text-align:center;font-size:.85em}
.background td{background:#f8fafc}
.cov{text-align:center;white-space:nowrap}.cov.reported{color:#064e3b}.cov.in_other_words{color:#451a03}.cov.not_reported,.cov.other_exchange,.cov.not_in_report{color:#475569}
ins{background:#d1fae5;color:#022c22;text-decoration:underline 2px}del{background:#ffe4e6;color:#4c0519;text-decoration:line-through 2px}
.badge{display:inline-block;border:1px solid;border-radius:999px;padding:0 .5em;font:600 11px/1.6 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em}
.verbatim{color:#064e3b;background:#ecfdf5}.altered{color:#451a03;background:#fffbeb}.not_found{color:#1e293b;background:#f1f5f9}
.summary ul{margin:.25rem 0;padding-left:1.25rem}
blockquote{margin:.25rem 0;border-left:4px solid #cbd5e1;padding-left:.75rem}
.diff{white-space:pre-wrap;border:1px solid #cbd5e1;border-radius:6px;padding:1rem}
@media print{
body{margin:0;max-width:none;font-size:9.5pt;line-height:1.3}
h1{font-size:15pt}h2{font-size:11.5pt;margin:9pt 0 4pt;break-after:avoid}h3{font-size:10pt;margin:6pt 0 2pt;break-after:avoid}
p{margin:3pt 0}
.meta,.note,figcaption,.permalink,.badge{font-size:9pt}
table{font-size:9pt;line-height:1.25}th,td{padding:2pt 4pt}
.summary ul{margin:2pt 0;padding-left:12pt}.summary li{margin:1pt 0}
tr,li{break-inside:avoid}thead{display:table-header-group}a{color:inherit}
.diff{padding:4pt 6pt}
}
`;

function partyCell(model: ExportModel, statementId: string): string {
  const column = model.columns.find((c) => c.id === statementId);
  if (!column) return h(statementId);
  return `<span class="chip" style="background:${colour(column.color)}"></span>${h(column.label)}`;
}

function provenance(model: ExportModel): string {
  const rows = model.statements.map(
    (s) => `<tr><td>${partyCell(model, s.slug)}<br><span class="note">${h(s.party.name)}</span></td><td>${h(s.title)}</td>
<td>${h(statementKindLabel(s.kind))}</td><td>${h(s.sourceName)}${s.sourceUrl ? `<br>${link(s.sourceUrl)}` : ""}</td>
<td>${s.publishedOn ? h(formatDate(s.publishedOn)) : "not given"}</td><td>${s.speaker ? h(s.speaker) : "not named"}</td>
<td class="note">${h(s.provenanceNote)}</td></tr>`,
  );
  return `<table><thead><tr><th>Party</th><th>Statement</th><th>Kind</th><th>Source</th><th>Date</th><th>Speaker</th><th>Provenance</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function alignedRow(model: ExportModel, row: AlignedRow): string {
  if (row.secondaryOnly) {
    // Background: only a secondary source holds it. One line across the table instead of a row of empty cells.
    const texts = row.cells.map((cell) => `<span class="note">only in ${h(labelOf(model, cell.statementId))}:</span> ${h(cell.text)}`).join("<br>");
    return `<tr id="${h(row.id)}" class="background"><th scope="row">${row.index + 1}</th><td colspan="${model.columns.length}">${texts}</td></tr>`;
  }
  const cells = model.columns.map((column) => {
    const cell = row.cells.find((c) => c.statementId === column.id);
    // A gap is dashed, as on the page; a quiet cell (not in a reference's report, other exchange, background) is not.
    if (!cell) return `<td class="${!row.restatements?.some((r) => r.statementId === column.id) && emptyCellKind(row, column) === "gap" ? "missing" : "quiet"}">${h(emptyCellText(row, column))}</td>`;
    const diff = row.diffs.find((d) => d.toStatementId === column.id);
    return `<td lang="${h(column.language)}">${diff?.status === "diffed" ? htmlDiff(diff.parts) : h(cell.text)}</td>`;
  });
  const note = rowCorrectionNote(row);
  return `<tr id="${h(row.id)}"><th scope="row">${row.index + 1}${note ? `<span class="note" style="display:block">${h(note)}</span>` : ""}</th>${cells.join("")}</tr>`;
}

function alignedTable(model: ExportModel, rows: AlignedRow[]): string {
  const head = model.columns.map((c) => `<th scope="col" style="border-top:4px solid ${colour(c.color)}">${partyCell(model, c.id)}</th>`).join("");
  const body = rows.map((row) => alignedRow(model, row)).join("\n");
  return `<table class="aligned"><thead><tr><th>#</th>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The aligned view: its summary first, then its rows; background rows (only a secondary source) after them. */
function aligned(model: ExportModel): string {
  const view = alignedExport(model, model.filter);
  const filter = view.filterText ? `<p><strong>${h(view.filterText)}</strong></p>` : "";
  const background = view.background.length
    ? `<h3>Background (${view.background.length}): only a secondary source holds these</h3>${alignedTable(model, view.background)}`
    : "";
  return `<h2>Summary</h2>${summaryHtml(view.summaries)}
<h2>Aligned claims</h2>${filter}<p class="note">Marked words differ from the row’s first wording: <del>removed</del> / <ins>added</ins>.</p>${view.rows.length ? alignedTable(model, view.rows) : "<p>No claims.</p>"}${background}`;
}

function annotations(model: ExportModel): string {
  if (model.annotations.length === 0) return "<p>No annotations.</p>";
  return `<ul>${model.annotations
    .map((a) => {
      const statement = model.statements.find((s) => s.id === a.statementId);
      const sources = a.sources.length ? `<br><span class="note">Sources: ${a.sources.map(link).join(", ")}</span>` : "";
      return `<li><span class="badge">${h(a.verdictLabel)}</span>${a.orphaned ? " <em>(orphaned: the words are no longer in the text)</em>" : ""} “${h(a.exact)}” in ${statement ? partyCell(model, statement.slug) : "?"}: ${h(a.note)}${sources}</li>`;
    })
    .join("")}</ul>`;
}

function pairwise(model: ExportModel): string {
  const pair = model.pairwise!;
  const verdict = pair.nearCopy
    ? `<p><strong>Near-copies</strong> (${Math.round(pair.nearCopy.similarity * 100)}% shared wording): every marked word is an edit.</p>`
    : pair.differentExchanges
      ? `<p class="note">${h(DIFFERENT_EXCHANGES_NOTE)}</p>`
      : `<p class="note">Independent texts: a whole-text diff marks much of them.</p>`;
  const legend = `<p class="note">Legend: <del>removed</del> only in ${h(pair.from.label)}; <ins>added</ins> only in ${h(pair.to.label)}.</p>`;
  if (!pair.parts) return `<h2>Word diff</h2>${verdict}<p>The texts differ too much for a readable word diff.</p>`;
  const { changes } = layoutChanges(pair.parts);
  const diff = pair.versionDiff;
  const classes = diff ? changeClasses(classedParts(diff)) : [];
  const list = changes
    .map((c, i) => {
      const classed = classes[i] ?? [];
      const label = classed.length ? ` <span class="note">(${h(classed.map((editClass) => EDIT_CLASS_LABELS[editClass]).join("; "))})</span>` : "";
      return `<li${classed.length ? ` data-edit-class="${classed.join(" ")}"` : ""}>${c.deleted ? `<del>${h(c.deleted)}</del> ` : ""}${c.inserted ? `<ins>${h(c.inserted)}</ins>` : ""}${label}</li>`;
    })
    .join("");
  const edits = diff
    ? (() => {
        const { line: countsLine, links } = versionDiffSummary(diff);
        const line = summaryWithTypography(countsLine, diff.counts.typographic, pair.showTypographic);
        const items = links.map(({ edit }) => `<li data-edit-class="${edit.class}">${editListItemHtml(diff, edit, pair.from.label, pair.to.label)}</li>`).join("");
        const moves = diff.moves
          .map((move) => `<li data-move-id="${move.id}">Moved passage ${displayNumber(move.id)}: ${h(moveDescription(diff, move, pair.from.label, pair.to.label))}</li>`)
          .concat(phraseMoves(diff).map((edit) => `<li data-edit-id="${edit.id}" data-edit-class="${edit.class}">Moved phrase (${h(EDIT_CLASS_LABELS[edit.class])}): <a href="#moved-to-${h(edit.id)}">${h(phraseMoveDescription(diff, edit, pair.from.label, pair.to.label))}</a></li>`))
          .join("");
        const reshaped = diff.pairs
          .filter((p) => p.relation === "split" || p.relation === "merged")
          .map((p) => `<li data-pair-id="${p.id}" data-relation="${p.relation}">${pairDisplayLabel(diff, p.id)}: “${h(pairOpening(p))}” ${h(pairRelationNote(diff, p, pair.from.label, pair.to.label))}</li>`)
          .join("");
        const movesHeading = !phraseMoves(diff).length ? "Moved passages" : diff.moves.length ? "Moved passages and phrases" : "Moved phrases";
        return `<h3>Edits by what they change</h3><p>${h(line)}</p><ol>${items}</ol>${moves ? `<h3>${movesHeading}</h3><ul>${moves}</ul>` : ""}${reshaped ? `<h3>Split and merged sentences</h3><ul>${reshaped}</ul>` : ""}`;
      })()
    : "";
  return `<h2>Word diff: ${h(pair.from.label)} → ${h(pair.to.label)}</h2>${verdict}${legend}${diff ? editClassLegendHtml(phraseMoves(diff).length > 0) : ""}
<div class="diff">${htmlDiff(diff ? classedParts(diff) : pair.parts, "")}</div><h3>Changes (${changes.length})</h3><ol>${list}</ol>${edits}`;
}

/**
 * One self-contained HTML file of one view (inline CSS, no scripts, nothing fetched from elsewhere; prints cleanly):
 * title, date, permalink and the view's name; the view's own content (aligned: summary, then rows; coverage: the
 * matrices; quotes: the quote list; pairwise: the pair's diff); then its statements' provenance and annotations.
 */
export function toHtml(model: ExportModel): string {
  const { event } = model;
  const main =
    model.view === "pairwise" && model.pairwise
      ? pairwise(model)
      : model.view === "coverage"
        ? coverageHtml(coverageExport(model, model.coverage))
        : model.view === "quotes"
          ? `<h2>Quote check</h2>${quoteHtml(quoteExport(model, model.verdict))}`
          : aligned(model);
  const permalink = model.permalink ? `<p class="permalink">Permalink: ${link(model.permalink)}</p>` : "";
  const notes = model.view === "aligned" || model.view === "pairwise" ? `<h2>Annotations</h2>${annotations(model)}` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${h(event.title)} — ${h(VIEW_TITLES[model.view])} — Readout</title><style>${STYLE}${EDIT_CLASS_STYLE}</style></head>
<body data-view="${model.view}"><header><h1>${h(event.title)}</h1><p class="meta">${h(formatDate(event.occurredOn))} · ${h(VIEW_TITLES[model.view])} · exported from Readout on ${h(formatDate(model.exportedAt))}</p>
${permalink}${event.summary ? `<p>${h(event.summary)}</p>` : ""}${model.exchangeTitle ? `<p><strong>Exchange:</strong> ${h(model.exchangeTitle)} (only the statements that report it)</p>` : ""}</header>
${main}
<h2>Statements and provenance</h2>${provenance(model)}
${notes}
</body></html>
`;
}

import { EDIT_CLASS_LABELS, versionDiffSummary } from "../view/version-diff";
import type { DiffPart } from "../compare/types";
import { separatorBetween } from "../diff/word-diff";
import { statementKindLabel } from "../domain/kinds";
import { formatDate } from "../format";
import { layoutChanges } from "../view/change-blocks";
import { QUOTE_VERDICT_LABELS } from "../view/quote-verdicts";
import { coverageSections, emptyCellText, rowCorrectionNote, type ExportModel } from "./model";

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

/** Parts as escaped text, <ins> and <del>; a space (outside both) where a deletion meets an insertion word to word. */
export function htmlDiff(parts: DiffPart[]): string {
  return parts
    .map((p, i) => (p.op === "equal" ? h(p.text) : separatorBetween(parts[i - 1], p) + (p.op === "insert" ? `<ins>${h(p.text)}</ins>` : `<del>${h(p.text)}</del>`)))
    .join("");
}

const STYLE = `
body{font:15px/1.55 Georgia,"Noto Serif",serif;color:#0f172a;margin:2rem auto;max-width:75rem;padding:0 1rem}
h1,h2,h3{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.25}
h1{font-size:1.8rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid #cbd5e1;padding-bottom:.25rem}
.meta,.note,figcaption{font:13px/1.45 system-ui,sans-serif;color:#475569}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid #cbd5e1;padding:.5rem;vertical-align:top;text-align:left}
thead th{background:#f8fafc;font-family:system-ui,sans-serif}
.chip{display:inline-block;width:.7em;height:.7em;border-radius:2px;margin-right:.35em;vertical-align:baseline}
.missing{color:#475569;font-style:italic;background:#f8fafc;text-align:center;border-style:dashed}
ins{background:#d1fae5;color:#022c22;text-decoration:underline 2px}del{background:#ffe4e6;color:#4c0519;text-decoration:line-through 2px}
.badge{display:inline-block;border:1px solid;border-radius:999px;padding:0 .5em;font:600 11px/1.6 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em}
.verbatim{color:#064e3b;background:#ecfdf5}.altered{color:#451a03;background:#fffbeb}.not_found{color:#1e293b;background:#f1f5f9}
blockquote{margin:.25rem 0;border-left:4px solid #cbd5e1;padding-left:.75rem}
.diff{white-space:pre-wrap;border:1px solid #cbd5e1;border-radius:6px;padding:1rem}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}tr,li{break-inside:avoid}a{color:inherit}}
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

function alignedTable(model: ExportModel): string {
  const head = model.columns.map((c) => `<th scope="col" style="border-top:4px solid ${colour(c.color)}">${partyCell(model, c.id)}</th>`).join("");
  const body = model.comparison.rows
    .map((row) => {
      const cells = model.columns.map((column) => {
        const cell = row.cells.find((c) => c.statementId === column.id);
        if (!cell) return `<td class="missing">${h(emptyCellText(row, column))}</td>`;
        const diff = row.diffs.find((d) => d.toStatementId === column.id);
        return `<td lang="${h(column.language)}">${diff?.status === "diffed" ? htmlDiff(diff.parts) : h(cell.text)}</td>`;
      });
      const note = rowCorrectionNote(row);
      return `<tr id="${h(row.id)}"><th scope="row">${row.index + 1}${note ? `<span class="note" style="display:block">${h(note)}</span>` : ""}</th>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<table class="aligned"><thead><tr><th>#</th>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function coverage(model: ExportModel): string {
  return coverageSections(model, h)
    .map(({ heading, rows }) => {
      const list = rows.length ? `<ul>${rows.map((row) => `<li>${row.index + 1}. ${h(row.cells[0].text)}</li>`).join("")}</ul>` : "<p class=\"note\">none</p>";
      return `<h3>${heading}</h3>${list}`;
    })
    .join("\n");
}

function quotes(model: ExportModel): string {
  if (model.comparison.quotes.length === 0) return "<p>No quotations found.</p>";
  return `<ol>${model.comparison.quotes
    .map((q) => {
      const source = q.source
        ? `<figure><figcaption>Source in ${partyCell(model, q.source.statementId)} (${Math.round(q.source.similarity * 100)}% similar)</figcaption><blockquote>${q.verdict === "altered" ? htmlDiff(q.source.parts) : h(q.source.text)}</blockquote></figure>`
        : `<p class="note">No other statement here contains these words or a close variant.</p>`;
      return `<li class="quote"><span class="badge ${q.verdict}">${h(QUOTE_VERDICT_LABELS[q.verdict])}</span> quoted in ${partyCell(model, q.statementId)}; speaker: ${q.speaker ? h(q.speaker.name) : "not named"}<blockquote>“${h(q.text)}”</blockquote>${source}</li>`;
    })
    .join("")}</ol>`;
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
    : `<p class="note">Independent texts: a whole-text diff marks much of them.</p>`;
  const legend = `<p class="note">Legend: <del>removed</del> only in ${h(pair.from.label)}; <ins>added</ins> only in ${h(pair.to.label)}.</p>`;
  if (!pair.parts) return `<h2>Word diff</h2>${verdict}<p>The texts differ too much for a readable word diff.</p>`;
  const { changes } = layoutChanges(pair.parts);
  const list = changes
    .map((c) => `<li>${c.deleted ? `<del>${h(c.deleted)}</del> ` : ""}${c.inserted ? `<ins>${h(c.inserted)}</ins>` : ""}</li>`)
    .join("");
  const diff = pair.versionDiff;
  const edits = diff
    ? (() => {
        const { line, links } = versionDiffSummary(diff);
        const items = links
          .map(({ edit }) => `<li data-edit-class="${edit.class}">${h(EDIT_CLASS_LABELS[edit.class])} (${h(edit.reason)}): ${edit.before ? `<del>${h(edit.before)}</del> ` : ""}${edit.after ? `<ins>${h(edit.after)}</ins>` : ""}</li>`)
          .join("");
        const moves = diff.moves.map((move) => `<li>Moved passage: ${h(pair.to.label)} ${move.b.start}–${move.b.end}, was at ${move.a.start}–${move.a.end} in ${h(pair.from.label)}</li>`).join("");
        return `<h3>Edits by what they change</h3><p>${h(line)}</p><ol>${items}</ol>${moves ? `<ul>${moves}</ul>` : ""}`;
      })()
    : "";
  return `<h2>Word diff: ${h(pair.from.label)} → ${h(pair.to.label)}</h2>${verdict}${legend}
<div class="diff">${htmlDiff(pair.parts)}</div><h3>Changes (${changes.length})</h3><ol>${list}</ol>${edits}`;
}

/** One self-contained HTML file: inline CSS, no scripts, nothing fetched from elsewhere; prints cleanly. */
export function toHtml(model: ExportModel): string {
  const { event } = model;
  const main = model.pairwise
    ? pairwise(model)
    : `<h2>Aligned claims</h2><p class="note">Marked words differ from the row’s first wording: <del>removed</del> / <ins>added</ins>.</p>${alignedTable(model)}
<h2>Who reported what</h2>${coverage(model)}<h2>Quote check</h2>${quotes(model)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${h(event.title)} — Readout</title><style>${STYLE}</style></head>
<body><header><h1>${h(event.title)}</h1><p class="meta">${h(formatDate(event.occurredOn))} · exported from Readout on ${h(formatDate(model.exportedAt))}</p>
${event.summary ? `<p>${h(event.summary)}</p>` : ""}${model.exchangeTitle ? `<p><strong>Exchange:</strong> ${h(model.exchangeTitle)} (only the statements that report it)</p>` : ""}</header>
<h2>Parties and provenance</h2>${provenance(model)}
${main}
<h2>Annotations</h2>${annotations(model)}
</body></html>
`;
}

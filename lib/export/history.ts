import type { SentencePair, VersionDiff, VersionEdit } from "../compare/versions/types";
import { displayNumber, EDIT_CLASS_LABELS, moveDescription, movePairsLabel, pairDisplayLabel, pairLinkLabel, pairRelationNote, phraseMoveDescription, phraseMoves, summaryWithTypography } from "../view/version-diff";
import type { HistoryView } from "../view/history";
import { toCsv, versionEditRows } from "./csv";
import { classedParts } from "../view/classed-diff";
import { EDIT_CLASS_STYLE, editClassLegendHtml, editListItemHtml, escapeHtml as h, htmlDiff } from "./html";
import { editClassLegendMarkdown, editListItemMarkdown, escapeMarkdown, markdownDiff, markdownDiffBlock } from "./markdown";
import { parseHistoryExportRequest } from "./export-request";
import { ChromiumMissingError, htmlToPdf, PdfRefusedError } from "./pdf";
import { badExportRequest, download, htmlOffer, type ExportFormat } from "./render";

/** Exports of a statement's revision history: the chosen pair of versions, its sentence pairs, classed edits and moves. */

const pairLabel = (view: HistoryView) => `Version ${view.from.version} → version ${view.to.version}`;

/** A moved passage: its opening words and sentence numbers in the two versions, and the pairs it holds (unless the caller links them). */
function moveLine(view: HistoryView, diff: VersionDiff, move: VersionDiff["moves"][number], withPairs = true): string {
  const line = `Moved passage ${displayNumber(move.id)}: ${moveDescription(diff, move, `version ${view.from.version}`, `version ${view.to.version}`)}`;
  return withPairs ? `${line} (${movePairsLabel(diff, move)})` : line;
}

/** A phrase moved inside its sentence: its class and its two places ("Moved phrase 1 (wording): “On Monday” moved inside sentence pair 2: …"). */
function phraseMoveLine(view: HistoryView, diff: VersionDiff, edit: VersionEdit): string {
  const number = phraseMoves(diff).indexOf(edit) + 1;
  return `Moved phrase ${number} (${EDIT_CLASS_LABELS[edit.class]}): ${phraseMoveDescription(diff, edit, `version ${view.from.version}`, `version ${view.to.version}`)}`;
}

/** A pair's number and, when it moved, split or merged or was added or removed, that in words. */
function pairHeading(view: HistoryView, diff: VersionDiff, pair: SentencePair): string {
  const note = pairRelationNote(diff, pair, `version ${view.from.version}`, `version ${view.to.version}`);
  return note ? `${pairDisplayLabel(diff, pair.id)} (${note})` : pairDisplayLabel(diff, pair.id);
}

/** The text each sentence pair had and has, as one diff with each edit's class (typographic edits shown as the newer text unless `showTypographic`). */
function pairParts(diff: VersionDiff, pairId: string, showTypographic = false) {
  return classedParts(diff, new Set([pairId]), showTypographic);
}

/**
 * What a pair printed as its diff would hide entirely: the older text of a pair whose only change is a hidden
 * typographic edit that removed it (a separator line such as "***" removed; with typographic edits hidden its diff
 * is empty, and "separator line (removed): " followed by nothing told a reader nothing). Null for any other pair.
 */
function hiddenRemoval(view: HistoryView, diff: VersionDiff, pair: SentencePair, parts: ReturnType<typeof pairParts>): string | null {
  if (view.showTypographic || parts.some((part) => part.text.trim())) return null;
  if (!diff.edits.some((edit) => edit.pairId === pair.id && edit.class === "typographic")) return null;
  const older = pair.parts.filter((part) => part.op !== "insert").map((part) => part.text).join("").trim();
  return older || null;
}

/** The note after a hidden removal's older text, in the words of the summary line ("1 typographic edit (hidden)"). */
const HIDDEN_REMOVAL_NOTE = "(a typographic edit, hidden)";

/** A pair's diff in Markdown; a hidden removal as the text removed, said so. */
function pairMarkdown(view: HistoryView, diff: VersionDiff, pair: SentencePair): string {
  const parts = pairParts(diff, pair.id, view.showTypographic);
  const removed = hiddenRemoval(view, diff, pair, parts);
  return removed ? `${escapeMarkdown(removed)} ${HIDDEN_REMOVAL_NOTE}` : markdownDiff(parts).trim();
}

/** A pair's diff in HTML; a hidden removal as the text removed, said so. */
function pairHtml(view: HistoryView, diff: VersionDiff, pair: SentencePair): string {
  const parts = pairParts(diff, pair.id, view.showTypographic);
  const removed = hiddenRemoval(view, diff, pair, parts);
  // A phrase moved inside the pair is a link target here (its places link to each other; the lists of edits link here).
  return removed ? `${h(removed)} ${HIDDEN_REMOVAL_NOTE}` : htmlDiff(parts, "");
}

export function historyMarkdown(view: HistoryView): string {
  const { statement, diff, summary } = view;
  const lines = [`# Revision history: ${escapeMarkdown(statement.title)}`, "", `${escapeMarkdown(statement.party.name)}. ${view.versions.length} versions.`, "", `## ${pairLabel(view)}`, ""];
  if (!diff || !summary) return [...lines, "Only one version: nothing to compare.", ""].join("\n");
  lines.push(`**${escapeMarkdown(summaryWithTypography(summary.line, diff.counts.typographic, view.showTypographic))}**`, "");
  const [fromName, toName] = [`version ${view.from.version}`, `version ${view.to.version}`];
  summary.links.forEach(({ edit }, k) => lines.push(`${k + 1}. ${editListItemMarkdown(diff, edit, fromName, toName)}`));
  if (diff.moves.length) {
    lines.push("", "### Moved passages", "");
    for (const move of diff.moves) lines.push(`- ${escapeMarkdown(moveLine(view, diff, move))}.`);
  }
  const phrases = phraseMoves(diff);
  if (phrases.length) {
    lines.push("", "### Moved phrases", "");
    for (const edit of phrases) lines.push(`- ${escapeMarkdown(phraseMoveLine(view, diff, edit))}.`);
  }
  lines.push("", "### Sentence pairs", "", editClassLegendMarkdown(phrases.length > 0), "");
  for (const pair of diff.pairs) lines.push(`- ${escapeMarkdown(pairHeading(view, diff, pair))}: ${pairMarkdown(view, diff, pair)}`);
  lines.push("", "### The whole text", "", markdownDiffBlock(classedParts(diff, undefined, view.showTypographic)), "");
  return lines.join("\n");
}

export function historyHtml(view: HistoryView): string {
  const { statement, diff, summary } = view;
  const body = !diff || !summary
    ? "<p>Only one version: nothing to compare.</p>"
    : `<p data-testid="edit-summary"><strong>${h(summaryWithTypography(summary.line, diff.counts.typographic, view.showTypographic))}</strong></p>
<ol>${summary.links.map(({ edit }) => `<li data-edit-id="${edit.id}" data-edit-class="${edit.class}">${editListItemHtml(diff, edit, `version ${view.from.version}`, `version ${view.to.version}`)}</li>`).join("")}</ol>
${phraseMoves(diff).length ? `<h3>Moved phrases</h3><ul>${phraseMoves(diff).map((edit) => `<li data-edit-id="${edit.id}" data-edit-class="${edit.class}"><a href="#moved-to-${edit.id}">${h(phraseMoveLine(view, diff, edit))}</a></li>`).join("")}</ul>` : ""}
${diff.moves.length ? `<h3>Moved passages</h3><ul>${diff.moves.map((move) => `<li id="move-${move.id}" data-move-id="${move.id}">${h(moveLine(view, diff, move, false))}: ${(move.pairIds.length <= 6 ? move.pairIds : [move.pairIds[0], move.pairIds[move.pairIds.length - 1]]).map((id) => `<a href="#pair-${id}">see ${h(pairLinkLabel(diff, id))}</a>`).join(move.pairIds.length <= 6 ? ", " : " … ")}</li>`).join("")}</ul>` : ""}
<h3>Sentence pairs</h3>${editClassLegendHtml(phraseMoves(diff).length > 0)}<ul class="pairs">${diff.pairs.map((pair) => `<li id="pair-${pair.id}" data-pair-id="${pair.id}" data-relation="${pair.relation}"${pair.moveId ? ` data-move-id="${pair.moveId}"` : ""}><strong class="pair-label">${h(pairHeading(view, diff, pair))}</strong>${pair.moveId ? ` (<a href="#move-${pair.moveId}">moved passage ${displayNumber(pair.moveId)}</a>)` : ""}: ${pairHtml(view, diff, pair)}</li>`).join("")}</ul>
<h3>The whole text</h3><div class="diff">${htmlDiff(classedParts(diff, undefined, view.showTypographic))}</div>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Revision history: ${h(statement.title)} — Readout</title>
<style>body{font:15px/1.55 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem}ins{background:#dcfce7;text-decoration:none}del{background:#fee2e2}.diff{white-space:pre-wrap}ul.pairs{list-style:none;padding-left:0}${EDIT_CLASS_STYLE}</style></head>
<body><h1>Revision history: ${h(statement.title)}</h1><p>${h(statement.party.name)}. ${view.versions.length} versions.</p>
<h2>${h(pairLabel(view))}</h2>${body}</body></html>
`;
}

/** One row per edit: class, rule, text before and after, its sentence pair and move (the event CSV's edits table). */
export function historyCsv(view: HistoryView): string {
  return toCsv(versionEditRows(view.diff));
}

/** The pair of versions as data: the sentence pairs with their parts, the classed edits, the moves and the counts (JSON export and API). */
export function historyDocument(view: HistoryView) {
  const { statement, diff, summary } = view;
  return {
    statement: { id: statement.id, title: statement.title, party: statement.party.name, language: statement.language },
    versions: view.versions.map((v) => v.version),
    from: view.from.version,
    to: view.to.version,
    summary: summary && diff ? summaryWithTypography(summary.line, diff.counts.typographic, view.showTypographic) : null,
    counts: diff?.counts ?? null,
    similarity: diff?.similarity ?? null,
    pairs: diff?.pairs ?? [],
    edits: diff?.edits ?? [],
    moves: diff?.moves ?? [],
  };
}

export function historyJson(view: HistoryView): string {
  return JSON.stringify(historyDocument(view), null, 2);
}

/** File name of a history export: statement id and the two versions. */
function historyFilename(view: HistoryView, extension: string): string {
  return `statement-${view.statement.id}-history-v${view.from.version}-v${view.to.version}.${extension}`;
}

/**
 * One export of a statement's history as a download (format: md, html, csv, json, pdf; `paper` for PDF, checked by
 * historyExportRequestSchema for every format: a bad one is answered 400 naming it).
 * When no PDF can be made (no Chromium, the queue full), a short page offers the HTML export instead.
 */
export async function renderHistoryExport(format: ExportFormat, view: HistoryView, params: URLSearchParams, htmlHref: string): Promise<Response> {
  const parsed = parseHistoryExportRequest(params);
  if (!parsed.ok) return badExportRequest(parsed.message);
  switch (format) {
    case "md":
      return download(historyMarkdown(view), "text/markdown; charset=utf-8", historyFilename(view, "md"));
    case "html":
      return download(historyHtml(view), "text/html; charset=utf-8", historyFilename(view, "html"));
    case "csv":
      return download(historyCsv(view), "text/csv; charset=utf-8", historyFilename(view, "csv"));
    case "json":
      return download(historyJson(view), "application/json; charset=utf-8", historyFilename(view, "json"));
    case "pdf": {
      const { paper } = parsed.request;
      try {
        return download(new Uint8Array(await htmlToPdf(historyHtml(view), paper)), "application/pdf", historyFilename(view, "pdf"));
      } catch (error) {
        if (!(error instanceof ChromiumMissingError || error instanceof PdfRefusedError)) throw error;
        return htmlOffer(error.message, htmlHref, 503, error instanceof PdfRefusedError ? error.retryAfterSeconds : null);
      }
    }
  }
}

import type { SourceChangeEntry } from "../data/source-feed";
import { sourceChangeView } from "../view/source-change";
import { escapeHtml, htmlDiff } from "./html";

/**
 * Atom 1.0 (RFC 4287) feeds of changes at source. Each entry is one change: its title names the statement and party,
 * its content (type="html") the edits by class (lib/compare/versions) and the diff with <ins>/<del>, its link the statement's history page.
 */

/** Escapes XML text and attribute values, dropping characters XML 1.0 does not allow. */
function xml(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

function diffHtml(entry: SourceChangeEntry): string {
  const view = sourceChangeView(entry.before, entry.after);
  const words = view.summary;
  const body = htmlDiff(view.parts);
  const source = entry.statement.sourceUrl && /^https?:\/\//i.test(entry.statement.sourceUrl) ? `<p>Source: <a href="${escapeHtml(entry.statement.sourceUrl)}">${escapeHtml(entry.statement.sourceUrl)}</a></p>` : "";
  return `<p>${escapeHtml(words)}; version ${entry.fromVersion} → ${entry.toVersion}.</p>${source}<div style="white-space: pre-wrap">${body}</div>`;
}

export interface AtomFeedInfo {
  /** Absolute URL of the feed itself (also its id). */
  selfUrl: string;
  /** Absolute URL of the page the feed is about. */
  pageUrl: string;
  title: string;
  /** Absolute origin for entry links, e.g. https://readout.example */
  origin: string;
  /** Used as <updated> when there are no entries. */
  now: Date;
}

export function renderSourceChangesAtom(entries: SourceChangeEntry[], info: AtomFeedInfo): string {
  const updated = (entries[0]?.detectedAt ?? info.now).toISOString();
  const items = entries.map((entry) => {
    const link = `${info.origin}/statements/${entry.statement.id}/history`;
    return `  <entry>
    <title>${xml(`Edited at source: ${entry.statement.title} (${entry.party})`)}</title>
    <id>${xml(`${info.origin}/statements/${entry.statement.id}#source-change-${entry.checkId}`)}</id>
    <updated>${entry.detectedAt.toISOString()}</updated>
    <link rel="alternate" type="text/html" href="${xml(link)}"/>
    <category term="${xml(entry.event.slug)}" label="${xml(entry.event.title)}"/>
    <summary>${xml(`${entry.party}'s “${entry.statement.title}” (${entry.event.title}) changed at its source: version ${entry.fromVersion} → ${entry.toVersion}.`)}</summary>
    <content type="html">${xml(diffHtml(entry))}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${xml(info.title)}</title>
  <id>${xml(info.selfUrl)}</id>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(info.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(info.pageUrl)}"/>
  <author><name>Readout</name></author>
  <generator>Readout</generator>
${items.join("\n")}
</feed>
`;
}

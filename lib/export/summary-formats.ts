import { exchangeKindLabel } from "../domain/kinds";
import type { ClaimLine, ExchangeSummary } from "../view/exchange-summary";
import { escapeHtml } from "./html";
import { escapeMarkdown } from "./markdown";

/** "#3" for a row id "r2": the row number the export's table shows. */
export function rowNumberOf(rowId: string): string {
  return `#${Number(rowId.slice(1)) + 1}`;
}

function heading(summary: ExchangeSummary): string {
  const kind = exchangeKindLabel(summary.kind).toLowerCase();
  const background =
    summary.backgroundCount > 0
      ? `, ${summary.backgroundCount} background ${summary.backgroundCount === 1 ? "sentence" : "sentences"} only in ${summary.backgroundSources.join(", ")}`
      : "";
  return `${summary.title} (${kind}: ${summary.claimCount} ${summary.claimCount === 1 ? "claim" : "claims"}${background})`;
}

/**
 * The aligned view's summary in Markdown: per exchange, per party, the claims only it said and those it left out,
 * each as its row number and short line (the rows below hold the whole text).
 */
export function summaryMarkdown(summaries: ExchangeSummary[]): string[] {
  const lines = (claims: ClaimLine[]) => (claims.length ? claims.map((c) => `${rowNumberOf(c.rowId)} ${escapeMarkdown(c.text)}`).join("; ") : "none");
  const out: string[] = [];
  for (const summary of summaries) {
    out.push(`**${escapeMarkdown(heading(summary))}**`, "");
    for (const party of summary.parties) {
      if (party.statementLabels.length === 0) {
        out.push(`- ${escapeMarkdown(party.label)}: published no statement about it here`);
        continue;
      }
      out.push(`- ${escapeMarkdown(party.label)} — only it said (${party.onlyIt.length}): ${lines(party.onlyIt)}`);
      out.push(`  - left out what another party said (${party.leftOut.length}): ${lines(party.leftOut)}`);
    }
    out.push("");
  }
  return out;
}

/** The same summary in HTML, with row numbers linking to the rows of the export's table. */
export function summaryHtml(summaries: ExchangeSummary[]): string {
  const h = escapeHtml;
  const lines = (claims: ClaimLine[]) =>
    claims.length ? claims.map((c) => `<a href="#${h(c.rowId)}">${rowNumberOf(c.rowId)}</a> ${h(c.text)}`).join("; ") : "none";
  return summaries
    .map((summary) => {
      const parties = summary.parties
        .map((party) =>
          party.statementLabels.length === 0
            ? `<li><strong>${h(party.label)}</strong>: published no statement about it here</li>`
            : `<li><strong>${h(party.label)}</strong> — only it said (${party.onlyIt.length}): ${lines(party.onlyIt)}<br>left out what another party said (${party.leftOut.length}): ${lines(party.leftOut)}</li>`,
        )
        .join("");
      return `<section class="summary" data-exchange="${h(summary.exchangeId)}"><h3>${h(heading(summary))}</h3><ul>${parties}</ul></section>`;
    })
    .join("\n");
}

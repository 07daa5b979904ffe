import { escapeHtml, htmlDiff } from "./html";
import { escapeMarkdown, markdownDiff } from "./markdown";
import type { QuoteExport, QuoteExportLine } from "./quote-export";

const percent = (similarity: number | null) => (similarity === null ? "" : `${Math.round(similarity * 100)}%`);

function countsLine(quotes: QuoteExport): string {
  return `${quotes.total} ${quotes.total === 1 ? "quotation" : "quotations"}: ${quotes.counts.map((c) => `${c.count} ${c.label}`).join(", ") || "none"}`;
}

function filterLine(quotes: QuoteExport): string {
  const chosen = quotes.counts.find((c) => c.verdict === quotes.verdict);
  return quotes.verdict ? `Showing the ${quotes.quotes.length} ${chosen?.label ?? quotes.verdict} only.` : "Showing every quotation.";
}

const speakerText = (line: QuoteExportLine) => (line.speaker ? `${line.speaker} (${line.speakerBasisLabel})` : "not named");

/** The Quote check view in Markdown: counts, then each quotation with speaker, statement, verdict and closest passage. */
export function quoteMarkdown(quotes: QuoteExport): string[] {
  const out = [`${escapeMarkdown(countsLine(quotes))}. ${filterLine(quotes)}`, ""];
  if (quotes.quotes.length === 0) return [...out, "No quotations found.", ""];
  quotes.quotes.forEach((line, i) => {
    out.push(`${i + 1}. **${escapeMarkdown(line.verdictLabel.toUpperCase())}** “${escapeMarkdown(line.quotation)}”`);
    out.push(`   - speaker: ${escapeMarkdown(speakerText(line))}`);
    out.push(`   - quoted in: ${escapeMarkdown(line.quotedIn)}`);
    out.push(
      line.closestPassage === null
        ? "   - closest passage: none found among these statements"
        : `   - closest passage (${escapeMarkdown(line.closestIn ?? "")}, ${percent(line.similarity)} similar): ${line.differences.length ? markdownDiff(line.differences) : escapeMarkdown(line.closestPassage)}`,
    );
  });
  return [...out, ""];
}

/** The Quote check view in HTML: a table, one quotation a row (class = verdict). */
export function quoteHtml(quotes: QuoteExport): string {
  const h = escapeHtml;
  const intro = `<p class="note">${h(countsLine(quotes))}. ${h(filterLine(quotes))}</p>`;
  if (quotes.quotes.length === 0) return `${intro}<p>No quotations found.</p>`;
  const rows = quotes.quotes
    .map((line, i) => {
      const closest =
        line.closestPassage === null
          ? `<span class="note">none found among these statements</span>`
          : `${line.differences.length ? htmlDiff(line.differences) : h(line.closestPassage)}<br><span class="note">${h(line.closestIn ?? "")}, ${percent(line.similarity)} similar</span>`;
      return `<tr class="quote" data-verdict="${line.verdict}"><td>${i + 1}</td><td>“${h(line.quotation)}”</td><td>${h(speakerText(line))}</td><td>${h(line.quotedIn)}</td><td><span class="badge ${line.verdict}">${h(line.verdictLabel)}</span></td><td>${closest}</td></tr>`;
    })
    .join("\n");
  return `${intro}<table class="quotes"><thead><tr><th>#</th><th>Quotation</th><th>Speaker</th><th>Quoted in</th><th>Verdict</th><th>Closest passage</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The Quote check view as CSV rows: one quotation a row, the closest passage and similarity beside it. */
export function quoteCsvRows(quotes: QuoteExport): string[][] {
  return [
    ["quotation", "speaker", "speaker_basis", "quoted_in", "verdict", "closest_passage", "closest_in", "similarity", "verbatim_in"],
    ...quotes.quotes.map((line) => [
      line.quotation,
      line.speaker ?? "",
      line.speakerBasisLabel ?? "",
      line.quotedIn,
      line.verdictLabel,
      line.closestPassage ?? "",
      line.closestIn ?? "",
      line.similarity === null ? "" : line.similarity.toFixed(2),
      line.verbatimIn.join("; "),
    ]),
  ];
}

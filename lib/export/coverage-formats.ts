import { COVERAGE_CELL_LABELS, type CoverageCellStatus, type CoverageExport } from "./coverage-export";
import { escapeHtml } from "./html";
import { escapeMarkdown } from "./markdown";

/**
 * The matrix marks: ✓ reported, ≈ said in other words, — not reported, ∅ other exchange, ≠ other language (not
 * compared), · not in this report (a
 * secondary source without the claim: quiet, not an omission). A legend says so.
 */
const MARKS: Record<CoverageCellStatus, string> = { reported: "✓", in_other_words: "≈", not_reported: "—", other_exchange: "∅", other_language: "≠", not_in_report: "·" };

export const COVERAGE_LEGEND = (Object.keys(MARKS) as CoverageCellStatus[]).map((status) => `${MARKS[status]} ${COVERAGE_CELL_LABELS[status]}`).join(" · ");

/** The Coverage view in Markdown: the filter, a legend, then one table per matrix (claims, then names). */
export function coverageMarkdown(coverage: CoverageExport): string[] {
  const out = [`**Filter:** ${escapeMarkdown(coverage.filterLabel)}. Legend: ${COVERAGE_LEGEND}.`, ""];
  for (const section of coverage.sections) {
    out.push(`## ${section.title} (${section.lines.length})`, "");
    if (section.lines.length === 0) {
      out.push("Nothing matches this filter.", "");
      continue;
    }
    out.push(`| ${section.kind === "claim" ? "# | claim" : "item"} | ${coverage.columns.map((c) => escapeMarkdown(c.label)).join(" | ")} |`);
    out.push(`|${section.kind === "claim" ? "---|---" : "---"}|${coverage.columns.map(() => ":---:").join("|")}|`);
    for (const line of section.lines) {
      const lead = section.kind === "claim" ? `${line.rowNumber} | ${escapeMarkdown(line.text)}` : escapeMarkdown(line.text);
      out.push(`| ${lead} | ${line.cells.map((status) => `${MARKS[status]} ${COVERAGE_CELL_LABELS[status]}`).join(" | ")} |`);
    }
    out.push("");
  }
  return out;
}

/** The Coverage view in HTML: one table per matrix, each cell's status as a mark and its words (class = status). */
export function coverageHtml(coverage: CoverageExport): string {
  const h = escapeHtml;
  const head = coverage.columns.map((c) => `<th scope="col">${h(c.label)}</th>`).join("");
  const tables = coverage.sections.map((section) => {
    const lead = section.kind === "claim" ? "<th>#</th><th>Claim</th>" : "<th>Item</th>";
    const body = section.lines.length
      ? section.lines
          .map((line) => {
            const first = section.kind === "claim" ? `<td>${line.rowNumber}</td><th scope="row">${h(line.text)}</th>` : `<th scope="row">${h(line.text)}</th>`;
            const cells = line.cells.map((status) => `<td class="cov ${status}" data-status="${status}">${MARKS[status]} ${COVERAGE_CELL_LABELS[status]}</td>`);
            return `<tr data-line="${h(line.id)}">${first}${cells.join("")}</tr>`;
          })
          .join("\n")
      : `<tr><td colspan="${coverage.columns.length + (section.kind === "claim" ? 2 : 1)}">Nothing matches this filter.</td></tr>`;
    return `<h2>${h(section.title)} (${section.lines.length})</h2><table class="coverage" data-kind="${section.kind}"><thead><tr>${lead}${head}</tr></thead><tbody>${body}</tbody></table>`;
  });
  return `<p class="note"><strong>Filter:</strong> ${h(coverage.filterLabel)}. Legend: ${h(COVERAGE_LEGEND)}.</p>\n${tables.join("\n")}`;
}

/** The Coverage view as CSV rows: kind, row number (claims), item, then one status word per statement. */
export function coverageCsvRows(coverage: CoverageExport): string[][] {
  const rows = [["kind", "row", "item", ...coverage.columns.map((c) => c.label)]];
  for (const section of coverage.sections) {
    for (const line of section.lines) {
      rows.push([section.kind, line.rowNumber === null ? "" : String(line.rowNumber), line.text, ...line.cells.map((status) => COVERAGE_CELL_LABELS[status])]);
    }
  }
  return rows;
}

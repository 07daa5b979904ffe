import type { ClaimLine, ExchangeSummary } from "./exchange-summary";

/**
 * Claim lines listed per party and list ("only it said", "left out") in the aligned view's summary; the counts
 * still cover every row. A 10 × 200 KB event has thousands of such lines per party, ~20 MB of HTML unbounded.
 */
export const SUMMARY_LINES_PER_LIST = 10;

/**
 * The summaries with each party's lists cut to `max` lines (`onlyItTotal` and `leftOutTotal` keep the full counts),
 * each line linking to its row with `rowHref` (which knows the row's page).
 */
export function boundedSummaries(summaries: ExchangeSummary[], rowHref: (rowId: string) => string, max = SUMMARY_LINES_PER_LIST): ExchangeSummary[] {
  const cut = (lines: ClaimLine[]) => lines.slice(0, max).map((line) => ({ ...line, href: rowHref(line.rowId) }));
  return summaries.map((summary) => ({
    ...summary,
    parties: summary.parties.map((party) => ({
      ...party,
      onlyIt: cut(party.onlyIt),
      leftOut: cut(party.leftOut),
      onlyItTotal: party.onlyItTotal ?? party.onlyIt.length,
      leftOutTotal: party.leftOutTotal ?? party.leftOut.length,
    })),
  }));
}

import { exchangeKindLabel } from "@/lib/domain/kinds";
import type { ClaimLine, ExchangeSummary as Summary } from "@/lib/view/exchange-summary";
import { PartyChip } from "../PartyChip";

function ClaimList({ lines, total = lines.length, empty, testId }: { lines: ClaimLine[]; total?: number; empty: string; testId: string }) {
  if (lines.length === 0) return <p className="text-slate-600">{empty}</p>;
  const more = total - lines.length;
  return (
    <ul className="list-disc space-y-0.5 pl-5" data-testid={testId}>
      {lines.map((line) => (
        <li key={line.rowId}>
          <a href={line.href ?? `#${line.rowId}`} className="summary-line">
            {line.text}
          </a>
        </li>
      ))}
      {more > 0 && <li className="list-none text-slate-600">… and {more} more (see the rows below and “Counts per statement”)</li>}
    </ul>
  );
}

/**
 * Per exchange: how many claims its statements hold and how much is background, then per party the claims only it
 * said and those it left out that another party of the exchange said, as short lines linking to their rows.
 */
export function ExchangeSummary({ summaries }: { summaries: Summary[] }) {
  return (
    <div className="space-y-4" data-testid="exchange-summary">
      {summaries.map((summary) => (
        <section key={summary.exchangeId} data-testid="exchange-summary-item" data-exchange={summary.exchangeId} aria-label={summary.title}>
          <h3 className="text-sm font-semibold text-slate-900">
            {summary.title}{" "}
            <span className="font-normal text-slate-600">
              ({exchangeKindLabel(summary.kind).toLowerCase()}: {summary.claimCount} {summary.claimCount === 1 ? "claim" : "claims"}
              {summary.backgroundCount > 0 && `, ${summary.backgroundCount} background ${summary.backgroundCount === 1 ? "sentence" : "sentences"} only in ${summary.backgroundSources.join(", ")}`})
            </span>
          </h3>
          <div className="mt-2 grid gap-3 md:grid-cols-2">
            {summary.parties.map((party) => (
              <div key={party.party} className="rounded border border-slate-200 p-3 text-sm" data-testid="party-summary" data-party={party.party}>
                <p>
                  <PartyChip name={party.name} label={party.label} color={party.color} />
                  {party.statementLabels.length === 0 && <span className="ml-2 text-slate-600">published no statement about this {exchangeKindLabel(summary.kind).toLowerCase()} here</span>}
                </p>
                {party.statementLabels.length > 0 && (
                  <>
                    <p className="mt-2 font-semibold text-slate-800">Only it said ({party.onlyItTotal ?? party.onlyIt.length})</p>
                    <ClaimList lines={party.onlyIt} total={party.onlyItTotal} empty="Nothing another party did not also say." testId="only-it-said" />
                    <p className="mt-2 font-semibold text-slate-800">Left out what another party said ({party.leftOutTotal ?? party.leftOut.length})</p>
                    <ClaimList lines={party.leftOut} total={party.leftOutTotal} empty="Nothing." testId="left-out" />
                  </>
                )}
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

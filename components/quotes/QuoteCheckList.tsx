import type { QuoteCheck, QuoteVerdict } from "@/lib/compare/types";
import type { ColumnLookup } from "@/lib/view/columns";
import { PartyChip } from "../PartyChip";
import { WordDiff } from "../WordDiff";
import { QuoteVerdictBadge } from "./QuoteVerdictBadge";

interface QuoteCheckListProps {
  quotes: QuoteCheck[];
  columns: ColumnLookup;
}

const VERDICT_ORDER: QuoteVerdict[] = ["altered", "not_found", "verbatim"];

function Chip({ id, columns }: { id: string; columns: ColumnLookup }) {
  const column = columns.get(id);
  return column ? <PartyChip name={column.partyName} label={column.label} color={column.color} /> : <span>{id}</span>;
}

/** Every quotation found in the statements, with its verdict and the source it was checked against. */
export function QuoteCheckList({ quotes, columns }: QuoteCheckListProps) {
  if (quotes.length === 0) {
    return <p className="rounded border border-dashed border-slate-300 p-6 text-slate-700">No quotations found in these statements.</p>;
  }
  const counts = VERDICT_ORDER.map((verdict) => [verdict, quotes.filter((q) => q.verdict === verdict).length] as const);
  return (
    <div className="space-y-4">
      <p className="flex flex-wrap items-center gap-3 text-sm text-slate-700" data-testid="quote-counts">
        {quotes.length} quotations:
        {counts.map(([verdict, count]) => (
          <span key={verdict} className="inline-flex items-center gap-1">
            <QuoteVerdictBadge verdict={verdict} /> {count}
          </span>
        ))}
      </p>
      <ol className="space-y-3">
        {quotes.map((quote) => (
          <li key={quote.id} id={quote.id} data-testid="quote-check" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <QuoteVerdictBadge verdict={quote.verdict} />
              <span className="text-slate-700">
                quoted in <Chip id={quote.statementId} columns={columns} />
              </span>
              {quote.unclosed && (
                <span data-testid="quote-unclosed" className="text-xs text-amber-800">
                  Quotation mark never closed: read to the end of the paragraph
                </span>
              )}
            </div>
            <div className="mt-3 grid gap-4 md:grid-cols-2">
              <figure>
                <figcaption className="text-xs font-semibold uppercase tracking-wide text-slate-600">Quotation</figcaption>
                <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 font-serif leading-relaxed">“{quote.text}”</blockquote>
              </figure>
              <figure>
                <figcaption className="text-xs font-semibold uppercase tracking-wide text-slate-600">
                  {quote.source ? (
                    <>
                      Source in <Chip id={quote.source.statementId} columns={columns} /> ({Math.round(quote.source.similarity * 100)}% similar)
                    </>
                  ) : (
                    "Source"
                  )}
                </figcaption>
                {quote.source ? (
                  <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 font-serif leading-relaxed">
                    {quote.verdict === "altered" ? <WordDiff parts={quote.source.parts} /> : quote.source.text}
                  </blockquote>
                ) : (
                  <p className="mt-1 text-sm italic text-slate-600">No other statement here contains these words or a close variant.</p>
                )}
              </figure>
            </div>
            {quote.verbatimIn.length > 1 && (
              <p className="mt-2 text-xs text-slate-600">
                Found word for word in {quote.verbatimIn.length} statements: {quote.verbatimIn.map((id) => columns.get(id)?.label ?? id).join(", ")}.
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

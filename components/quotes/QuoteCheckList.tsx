import type { QuoteCheck, QuoteVerdict } from "@/lib/compare/types";
import Link from "next/link";
import type { ColumnLookup } from "@/lib/view/columns";
import { QUOTE_VERDICT_ORDER } from "@/lib/view/quote-verdicts";
import { SPEAKER_BASIS_LABELS } from "@/lib/view/speaker-basis";
import { quotesInViewOrder } from "@/lib/view/quote-order";
import { PartyChip } from "../PartyChip";
import { WordDiff } from "../WordDiff";
import { QuoteVerdictBadge } from "./QuoteVerdictBadge";

interface QuoteCheckListProps {
  quotes: QuoteCheck[];
  columns: ColumnLookup;
  /** The verdict the list is filtered to (null: all). */
  verdict?: QuoteVerdict | null;
  /** The page's URL with the verdict filter set (null: all). */
  verdictHref?: (verdict: QuoteVerdict | null) => string;
}


function Chip({ id, columns }: { id: string; columns: ColumnLookup }) {
  const column = columns.get(id);
  return column ? <PartyChip name={column.partyName} label={column.label} color={column.color} /> : <span>{id}</span>;
}

/** Every quotation found in the statements, with its verdict and the source it was checked against. */
export function QuoteCheckList({ quotes: all, columns, verdict = null, verdictHref }: QuoteCheckListProps) {
  if (all.length === 0) {
    return (
      <p className="rounded border border-dashed border-slate-300 p-6 text-slate-700">
        No quotations of another statement found here (a statement’s quotation of its own speaker is its source, not a quotation).
      </p>
    );
  }
  const quotes = quotesInViewOrder(all, verdict);
  const counts = QUOTE_VERDICT_ORDER.map((v) => [v, all.filter((q) => q.verdict === v).length] as const).filter(([, count]) => count > 0);
  return (
    <div className="space-y-4">
      <nav aria-label="Filter quotations by verdict" className="flex flex-wrap items-center gap-3 text-sm text-slate-700" data-testid="quote-counts">
        {verdictHref ? (
          <Link href={verdictHref(null)} aria-current={verdict === null ? "page" : undefined} className={verdict === null ? "font-semibold underline" : "underline"}>
            All {all.length} quotations
          </Link>
        ) : (
          <span>{all.length} quotations:</span>
        )}
        {counts.map(([v, count]) =>
          verdictHref ? (
            <Link
              key={v}
              href={verdictHref(v)}
              aria-current={verdict === v ? "page" : undefined}
              data-testid="verdict-chip"
              className={`inline-flex items-center gap-1 rounded-full ${verdict === v ? "ring-2 ring-slate-800" : ""}`}
            >
              <QuoteVerdictBadge verdict={v} /> {count}
            </Link>
          ) : (
            <span key={v} className="inline-flex items-center gap-1">
              <QuoteVerdictBadge verdict={v} /> {count}
            </span>
          ),
        )}
      </nav>
      <ol className="space-y-3">
        {quotes.map((quote) => (
          <li key={quote.id} id={quote.id} data-testid="quote-check" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <QuoteVerdictBadge verdict={quote.verdict} />
              <span className="text-slate-700">
                quoted in <Chip id={quote.statementId} columns={columns} />
              </span>
              <span className="text-slate-700" data-testid="quote-speaker">
                {quote.speaker ? (
                  <>
                    speaker: <strong>{quote.speaker.name}</strong>{" "}
                    <span className="text-xs text-slate-600">({SPEAKER_BASIS_LABELS[quote.speaker.basis] ?? quote.speaker.basis})</span>
                  </>
                ) : (
                  "speaker: not named"
                )}
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
                  <p className="mt-1 text-sm italic text-slate-600">
                    {quote.verdict === "no_speaker_statement"
                      ? "This speaker has no statement in this event: a quotation of a third person, not a fabrication."
                      : quote.verdict === "not_found_in_speaker"
                        ? "Not in the speaker’s statements here, nor in any other statement."
                        : "No other statement here contains these words or a close variant."}
                  </p>
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

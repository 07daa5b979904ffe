import Link from "next/link";
import type { SearchHit } from "@/lib/data/search";
import { Highlighted } from "./Highlighted";
import { PartyChip } from "./PartyChip";

function hitHref(hit: SearchHit, query: string): string {
  const base = `/events/${hit.eventSlug}?q=${encodeURIComponent(query)}`;
  return hit.statementSlug ? `${base}#statement-${hit.statementSlug}` : base;
}

export function SearchResults({ hits, query }: { hits: SearchHit[]; query: string }) {
  return (
    <section aria-labelledby="results-heading" className="mt-6">
      <h2 id="results-heading" className="text-lg font-semibold">
        {hits.length === 0 ? `No matches for “${query}”` : `${hits.length} ${hits.length === 1 ? "match" : "matches"} for “${query}”`}
      </h2>
      <ol className="mt-3 space-y-3">
        {hits.map((hit) => (
          <li key={`${hit.eventSlug}/${hit.statementSlug ?? ""}`} data-testid="search-hit" className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={hitHref(hit, query)} className="font-semibold text-blue-800 underline underline-offset-2">
              {hit.statementTitle ?? hit.eventTitle}
            </Link>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
              {hit.partyName && hit.partyColor && <PartyChip name={hit.partyName} color={hit.partyColor} />}
              {hit.statementSlug ? <span>in {hit.eventTitle}</span> : <span>event</span>}
            </p>
            <p className="mt-2 font-serif text-sm leading-relaxed text-slate-800">
              <Highlighted text={hit.snippet} query={query} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

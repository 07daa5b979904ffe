import Link from "next/link";
import { DatabaseProblem } from "@/components/DatabaseProblem";
import { PartyChip } from "@/components/PartyChip";
import { SearchForm } from "@/components/SearchForm";
import { SearchResults } from "@/components/SearchResults";
import { databaseStatus } from "@/lib/data/database-status";
import { listEvents } from "@/lib/data/events";
import { search } from "@/lib/data/search";
import { formatDate, isoDay } from "@/lib/format";

export const dynamic = "force-dynamic";

interface HomePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function HomePage({ searchParams }: HomePageProps) {
  const status = await databaseStatus();
  if (!status.ok) return <DatabaseProblem status={status} />;
  const q = [(await searchParams).q].flat()[0]?.trim() ?? "";
  const [events, hits] = await Promise.all([q ? [] : listEvents(), q ? search(q) : []]);
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">Events</h1>
      <p className="mt-1 text-slate-700">Each event gathers the parties’ own accounts of it, newest first.</p>
      <div className="mt-4">
        <SearchForm query={q} />
      </div>
      {q ? (
        <SearchResults hits={hits} query={q} />
      ) : events.length === 0 ? (
        <p className="mt-6 rounded border border-dashed border-slate-300 p-6 text-slate-700">
          No events yet. Run <code>npm run db:seed</code> to load the sample data.
        </p>
      ) : (
        <ul className="mt-6 grid gap-4 md:grid-cols-2">
          {events.map((event) => (
            <li key={event.id} data-testid="event-card" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h2 className="font-serif text-xl font-semibold leading-snug">
                <Link href={`/events/${event.slug}`} className="text-slate-900 underline-offset-4 hover:underline">
                  {event.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                <time dateTime={isoDay(event.occurredOn)}>{formatDate(event.occurredOn)}</time>
                {" · "}
                {event.statementCount} {event.statementCount === 1 ? "statement" : "statements"}
              </p>
              {event.summary && <p className="mt-3 line-clamp-3 text-sm leading-relaxed text-slate-800">{event.summary}</p>}
              <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Parties">
                {event.parties.map((party) => (
                  <li key={party.id}>
                    <PartyChip name={party.name} label={party.shortName} color={party.color} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

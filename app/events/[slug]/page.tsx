import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DatabaseProblem } from "@/components/DatabaseProblem";
import { PairwiseDiff } from "@/components/PairwiseDiff";
import { StatementColumn } from "@/components/StatementColumn";
import { databaseStatus } from "@/lib/data/database-status";
import { getEvent } from "@/lib/data/events";
import { formatDate, isoDay } from "@/lib/format";
import { selectPair } from "@/lib/view/pair-selection";

interface EventPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const loadEvent = cache(getEvent);

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const status = await databaseStatus();
  if (!status.ok) return { title: "Database not ready" };
  const event = await loadEvent((await params).slug);
  return { title: event?.title ?? "Not found" };
}

export default async function EventPage({ params, searchParams }: EventPageProps) {
  const status = await databaseStatus();
  if (!status.ok) return <DatabaseProblem status={status} />;
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const event = await loadEvent(slug);
  if (!event) notFound();

  const statements = event.statements;
  const pair = selectPair(statements.map((s) => s.slug), query.a, query.b);

  return (
    <>
      <header className="max-w-4xl">
        <h1 className="font-serif text-3xl font-semibold leading-tight">{event.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          <time dateTime={isoDay(event.occurredOn)}>{formatDate(event.occurredOn)}</time> · {statements.length}{" "}
          {statements.length === 1 ? "statement" : "statements"}
        </p>
        {event.summary && <p className="mt-3 leading-relaxed text-slate-800">{event.summary}</p>}
      </header>

      <section aria-labelledby="statements-heading" className="mt-8">
        <h2 id="statements-heading" className="text-lg font-semibold">
          Statements side by side
        </h2>
        <div className="mt-3 overflow-x-auto pb-2">
          <div
            className="grid gap-4"
            style={{ gridTemplateColumns: `repeat(${statements.length}, minmax(17rem, 1fr))` }}
          >
            {statements.map((statement) => (
              <StatementColumn key={statement.id} statement={statement} />
            ))}
          </div>
        </div>
      </section>

      {pair && (
        <PairwiseDiff
          action={`/events/${event.slug}`}
          statements={statements}
          a={statements.find((s) => s.slug === pair.a)!}
          b={statements.find((s) => s.slug === pair.b)!}
          notice={pair.notice}
        />
      )}
    </>
  );
}

import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import Link from "next/link";
import { notFound } from "next/navigation";
import { deleteEventAction, deleteExchangeAction } from "@/app/editor/actions";
import { DeleteForm } from "@/components/editor/DeleteForm";
import { EventForm } from "@/components/editor/EventForm";
import { ExchangeForm } from "@/components/editor/ExchangeForm";
import { StatementForm } from "@/components/editor/StatementForm";
import { PartyChip } from "@/components/PartyChip";
import { requireEditor } from "@/lib/auth/require";
import { parseRecordId } from "@/lib/domain/record-id";
import { prisma } from "@/lib/db";
import { getEventById } from "@/lib/data/import";
import { listParties } from "@/lib/data/parties";
import { exchangeKindLabel } from "@/lib/domain/kinds";
import { formatDate, isoDay } from "@/lib/format";

export const metadata: Metadata = { title: "Edit event" };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; deleted?: string }>;
}

export default async function EditEventPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireEditor(`/editor/events/${id}`);
  // One address per record (lib/domain/record-id.ts): "08" or "1e1" name nothing.
  const recordId = parseRecordId(id);
  if (recordId === null) notFound();
  const [event, parties, query] = await Promise.all([getEventById(prisma, recordId), listParties(prisma), searchParams]);
  if (!event) notFound();
  return (
    <div className="max-w-4xl space-y-6">
      <BackLink href="/editor" label="Editor" />
      <header>
        <h1 className="font-serif text-3xl font-semibold">{event.title}</h1>
        <p className="mt-1 text-sm">
          <Link href={`/events/${event.slug}`} className="text-blue-800 underline">
            View the event page
          </Link>
        </p>
      </header>
      {(query.created || query.deleted) && (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-emerald-950">
          {query.created ? "Event created. Now add its statements." : "The statement was deleted."}
        </p>
      )}

      <section aria-labelledby="statements-heading" className="space-y-2">
        <h2 id="statements-heading" className="text-lg font-semibold">
          Statements ({event.statements.length})
        </h2>
        {event.statements.length === 0 ? (
          <p className="text-sm text-slate-700">No statements yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {event.statements.map((statement) => (
              <li key={statement.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
                <span className="space-x-2">
                  <PartyChip name={statement.party.name} label={statement.party.shortName} color={statement.party.color} />
                  <Link href={`/statements/${statement.id}`} className="font-semibold text-slate-900 underline-offset-4 hover:underline">
                    {statement.title}
                  </Link>
                  <span className="text-xs text-slate-600">v{statement.version}</span>
                </span>
                <span className="space-x-3 text-sm">
                  <Link href={`/editor/statements/${statement.id}/edit`} className="text-blue-800 underline">
                    Edit
                  </Link>
                  <Link href={`/statements/${statement.id}/history`} className="text-blue-800 underline">
                    History
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="add-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="add-heading" className="mb-1 text-lg font-semibold">
          Add a statement
        </h2>
        <p className="mb-3 text-sm">
          <Link href={`/editor/events/${event.id}/import-source`} className="text-blue-800 underline">
            Import it from a URL, a PDF or a Word file
          </Link>{" "}
          (keeps a snapshot of the source), or paste it below.
        </p>
        {parties.length === 0 ? (
          <p className="text-sm">
            Add a <Link href="/editor/parties" className="text-blue-800 underline">party</Link> first.
          </p>
        ) : (
          <StatementForm parties={parties} eventId={event.id} exchanges={event.exchanges.map((x) => ({ id: x.id, title: x.title }))} />
        )}
      </section>

      <section aria-labelledby="exchanges-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="exchanges-heading" className="text-lg font-semibold">
          Exchanges ({event.exchanges.length})
        </h2>
        <p className="text-sm text-slate-700">
          The calls, meetings or hearings the statements report. “Not reported by” is only said among statements of the same exchange.
        </p>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200" data-testid="editor-exchanges">
          {event.exchanges.map((exchange) => (
            <li key={exchange.id} className="space-y-2 p-3 text-sm">
              <p>
                <span className="font-semibold">{exchange.title}</span> · {exchangeKindLabel(exchange.kind)}
                {exchange.occurredOn ? ` · ${formatDate(exchange.occurredOn)}` : ""} · participants:{" "}
                {exchange.participants.map((p) => p.party.shortName).join(", ") || "none named"} · reported by{" "}
                {event.statements.filter((s) => s.exchanges.some((link) => link.exchangeId === exchange.id)).length} statement(s)
              </p>
              {event.exchanges.length > 1 && (
                <DeleteForm
                  action={deleteExchangeAction}
                  id={exchange.id}
                  what={`the exchange “${exchange.title}”`}
                  consequence="Statements that also report another exchange keep it; a statement that reports only this one must be moved first."
                />
              )}
            </li>
          ))}
        </ul>
        <h3 className="font-semibold">Add an exchange</h3>
        <ExchangeForm eventId={event.id} parties={parties} />
      </section>

      <section aria-labelledby="event-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="event-heading" className="mb-3 text-lg font-semibold">
          Event details
        </h2>
        <EventForm event={{ id: event.id, slug: event.slug, title: event.title, occurredOn: isoDay(event.occurredOn), summary: event.summary }} />
      </section>

      <DeleteForm
        action={deleteEventAction}
        id={event.id}
        what="this event"
        consequence={`Deletes the event with its ${event.statements.length} statement(s), their revision history and annotations. This cannot be undone.`}
      />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { requireEditor } from "@/lib/auth/require";
import { prisma } from "@/lib/db";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Editor" };

const button = "rounded bg-slate-900 px-3 py-2 text-sm font-semibold text-white hover:bg-slate-700 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700";

export default async function EditorHome({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const editor = await requireEditor("/editor");
  const { deleted } = await searchParams;
  const events = await prisma.event.findMany({
    orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
    include: { _count: { select: { statements: true } } },
  });
  return (
    <div className="max-w-4xl space-y-6">
      <header>
        <h1 className="font-serif text-3xl font-semibold">Editor</h1>
        <p className="mt-1 text-slate-700">Signed in as {editor.name} ({editor.email}).</p>
      </header>
      {deleted && (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-emerald-950">
          The {deleted === "event" ? "event" : "item"} was deleted.
        </p>
      )}
      <nav aria-label="Editor actions" className="flex flex-wrap gap-3">
        <Link href="/editor/events/new" className={button}>
          New event
        </Link>
        <Link href="/editor/import" className={button}>
          Import a bundle
        </Link>
        <Link href="/editor/parties" className={button}>
          Parties
        </Link>
      </nav>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading" className="text-lg font-semibold">
          Events
        </h2>
        <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {events.map((event) => (
            <li key={event.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
              <span>
                <Link href={`/editor/events/${event.id}`} className="font-semibold text-slate-900 underline-offset-4 hover:underline">
                  {event.title}
                </Link>
                <span className="ml-2 text-sm text-slate-600">
                  {formatDate(event.occurredOn)} · {event._count.statements} statement{event._count.statements === 1 ? "" : "s"}
                </span>
              </span>
              <Link href={`/events/${event.slug}`} className="text-sm text-blue-800 underline">
                View
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

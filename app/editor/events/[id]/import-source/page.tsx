import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/BackLink";
import { SourceImport } from "@/components/editor/SourceImport";
import { requireEditor } from "@/lib/auth/require";
import { parseRecordId } from "@/lib/domain/record-id";
import { prisma } from "@/lib/db";
import { getEventById } from "@/lib/data/import";
import { listParties } from "@/lib/data/parties";

export const metadata: Metadata = { title: "Import a statement from its source" };

interface Props {
  params: Promise<{ id: string }>;
}

export default async function ImportSourcePage({ params }: Props) {
  const { id } = await params;
  await requireEditor(`/editor/events/${id}/import-source`);
  // One address per record (lib/domain/record-id.ts): "08" or "1e1" name nothing.
  const recordId = parseRecordId(id);
  if (recordId === null) notFound();
  const [event, parties] = await Promise.all([getEventById(prisma, recordId), listParties(prisma)]);
  if (!event) notFound();
  return (
    <div className="max-w-5xl space-y-6">
      <BackLink href={`/editor/events/${event.id}`} label={event.title} />
      <header>
        <h1 className="font-serif text-3xl font-semibold">Import a statement from where it is published</h1>
        <p className="mt-1 text-sm text-slate-700">
          For <Link href={`/events/${event.slug}`} className="text-blue-800 underline">{event.title}</Link>. The page or file is kept as a snapshot
          with the statement, so the citation can be checked later.
        </p>
      </header>
      {parties.length === 0 ? (
        <p className="text-sm">
          Add a <Link href="/editor/parties" className="text-blue-800 underline">party</Link> first.
        </p>
      ) : (
        <SourceImport eventId={event.id} parties={parties} />
      )}
    </div>
  );
}

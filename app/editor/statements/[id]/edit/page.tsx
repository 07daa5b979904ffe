import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { deleteStatementAction } from "@/app/editor/actions";
import { DeleteForm } from "@/components/editor/DeleteForm";
import { StatementForm } from "@/components/editor/StatementForm";
import { requireEditor } from "@/lib/auth/require";
import { parseRecordId } from "@/lib/domain/record-id";
import { prisma } from "@/lib/db";
import { listParties } from "@/lib/data/parties";
import { getStatement } from "@/lib/data/statements";

export const metadata: Metadata = { title: "Edit statement" };

export default async function EditStatementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireEditor(`/editor/statements/${id}/edit`);
  // One address per record (lib/domain/record-id.ts): "08" or "1e1" name nothing.
  const recordId = parseRecordId(id);
  if (recordId === null) notFound();
  const [statement, parties] = await Promise.all([getStatement(prisma, recordId), listParties(prisma)]);
  if (!statement) notFound();
  const exchanges = await prisma.exchange.findMany({ where: { eventId: statement.eventId }, orderBy: { position: "asc" }, select: { id: true, title: true } });
  return (
    <div className="max-w-4xl space-y-6">
      <p className="space-x-3 text-sm">
        <Link href={`/editor/events/${statement.eventId}`} className="text-blue-800 underline">
          ← {statement.event.title}
        </Link>
        <Link href={`/statements/${statement.id}`} className="text-blue-800 underline">
          View statement
        </Link>
        <Link href={`/statements/${statement.id}/history`} className="text-blue-800 underline">
          History
        </Link>
      </p>
      <header>
        <h1 className="font-serif text-3xl font-semibold">Edit: {statement.title}</h1>
        <p className="mt-1 text-sm text-slate-700">
          {statement.party.name} · version {statement.version}. A change to the text keeps the previous text in the history.
        </p>
      </header>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <StatementForm
          parties={parties}
          exchanges={exchanges}
          statement={{
            ...statement,
            publishedOn: statement.publishedOn?.toISOString().slice(0, 10) ?? null,
            exchangeIds: statement.exchanges.map((link) => link.exchangeId),
          }}
        />
      </div>
      <DeleteForm
        action={deleteStatementAction}
        id={statement.id}
        what="this statement"
        consequence="Deletes the statement with its revision history and annotations. This cannot be undone."
      />
    </div>
  );
}

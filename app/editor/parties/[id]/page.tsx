import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { notFound } from "next/navigation";
import { deletePartyAction } from "@/app/editor/actions";
import { DeleteForm } from "@/components/editor/DeleteForm";
import { PartyForm } from "@/components/editor/PartyForm";
import { requireEditor } from "@/lib/auth/require";
import { parseRecordId } from "@/lib/domain/record-id";
import { prisma } from "@/lib/db";
import { getParty } from "@/lib/data/parties";

export const metadata: Metadata = { title: "Edit party" };

export default async function EditPartyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireEditor(`/editor/parties/${id}`);
  // One address per record (lib/domain/record-id.ts): "08" or "1e1" name nothing.
  const recordId = parseRecordId(id);
  if (recordId === null) notFound();
  const party = await getParty(prisma, recordId);
  if (!party) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href="/editor/parties" label="Parties" />
      <h1 className="font-serif text-3xl font-semibold">{party.name}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <PartyForm party={party} />
      </div>
      <DeleteForm
        action={deletePartyAction}
        id={party.id}
        what="this party"
        consequence={
          party._count.statements > 0
            ? `It still has ${party._count.statements} statement(s); delete or reassign them first, or the deletion is refused.`
            : "It has no statements. This cannot be undone."
        }
      />
    </div>
  );
}

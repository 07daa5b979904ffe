import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import Link from "next/link";
import { PartyForm } from "@/components/editor/PartyForm";
import { PartyChip } from "@/components/PartyChip";
import { requireEditor } from "@/lib/auth/require";
import { prisma } from "@/lib/db";
import { listParties } from "@/lib/data/parties";
import { partyKindLabel } from "@/lib/domain/kinds";

export const metadata: Metadata = { title: "Parties" };

export default async function PartiesPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  await requireEditor("/editor/parties");
  const [parties, { deleted }] = await Promise.all([listParties(prisma), searchParams]);
  return (
    <div className="max-w-4xl space-y-6">
      <BackLink href="/editor" label="Editor" />
      <h1 className="font-serif text-3xl font-semibold">Parties</h1>
      {deleted && (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-emerald-950">
          The party was deleted.
        </p>
      )}
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {parties.map((party) => (
          <li key={party.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
            <span className="space-x-2">
              <PartyChip name={party.name} color={party.color} />
              <span className="text-sm text-slate-600">
                {partyKindLabel(party.kind)} · {party._count.statements} statement{party._count.statements === 1 ? "" : "s"}
              </span>
            </span>
            <Link href={`/editor/parties/${party.id}`} className="text-sm text-blue-800 underline">
              Edit
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-party" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="new-party" className="mb-3 text-lg font-semibold">
          Add a party
        </h2>
        <PartyForm />
      </section>
    </div>
  );
}

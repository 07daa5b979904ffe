import type { StatementWithParty } from "@/lib/data/events";
import { PartyChip } from "./PartyChip";
import { ProvenanceList } from "./ProvenanceList";

/** One statement as a column: party, title, provenance, then the text paragraph by paragraph. */
export function StatementColumn({ statement }: { statement: StatementWithParty }) {
  const paragraphs = statement.body.split(/\n+/).filter((p) => p.trim());
  return (
    <article
      aria-labelledby={`statement-${statement.slug}-title`}
      data-testid="statement-column"
      data-statement={statement.slug}
      className="flex min-w-0 flex-col rounded-lg border border-slate-200 bg-white shadow-sm"
      style={{ borderTopColor: statement.party.color, borderTopWidth: 4 }}
    >
      <header className="space-y-2 border-b border-slate-200 p-4">
        <PartyChip name={statement.party.name} color={statement.party.color} />
        <h3 id={`statement-${statement.slug}-title`} className="font-serif text-lg font-semibold leading-snug text-slate-900">
          {statement.title}
        </h3>
        <ProvenanceList statement={statement} />
      </header>
      <div lang={statement.language} className="space-y-3 p-4 font-serif text-[0.95rem] leading-relaxed text-slate-900">
        {paragraphs.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
    </article>
  );
}

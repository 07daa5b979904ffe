import Link from "next/link";
import type { AnnotationView } from "@/lib/data/annotations";
import type { StatementWithParty } from "@/lib/data/events";
import { AnnotatedText } from "./annotations/AnnotatedText";
import { AnnotationList } from "./annotations/AnnotationList";
import { Highlighted } from "./Highlighted";
import { PartyChip } from "./PartyChip";
import { ProvenanceList } from "./ProvenanceList";

/** One statement as a column: party, title, provenance, then the text paragraph by paragraph. */
interface StatementColumnProps {
  statement: StatementWithParty;
  /** Search words to mark in the text (used when the statement has no annotations). */
  highlight?: string;
  annotations?: AnnotationView[];
}

export function StatementColumn({ statement, highlight, annotations = [] }: StatementColumnProps) {
  const paragraphs = statement.body.split(/\n+/).filter((p) => p.trim());
  return (
    <article
      id={`statement-${statement.slug}`}
      aria-labelledby={`statement-${statement.slug}-title`}
      data-testid="statement-column"
      data-statement={statement.slug}
      // relative: keeps the links' screen-reader text (absolutely positioned) inside the sideways-scrolling frame.
      className="relative flex min-w-0 scroll-mt-4 flex-col rounded-lg border border-slate-200 bg-white shadow-sm"
      style={{ borderTopColor: statement.party.color, borderTopWidth: 4 }}
    >
      <header className="space-y-2 border-b border-slate-200 p-4">
        <PartyChip name={statement.party.name} color={statement.party.color} />
        <h3 id={`statement-${statement.slug}-title`} className="font-serif text-lg font-semibold leading-snug text-slate-900">
          {statement.title}
        </h3>
        <ProvenanceList statement={statement} />
        <p className="no-print flex flex-wrap gap-x-3 text-sm">
          <Link href={`/statements/${statement.id}`} className="text-blue-800 underline">
            Statement page<span className="sr-only">: {statement.title}</span>
          </Link>
          <Link href={`/statements/${statement.id}/history`} className="text-blue-800 underline">
            Revision history (version {statement.version})<span className="sr-only">: {statement.title}</span>
          </Link>
        </p>
      </header>
      {annotations.length > 0 ? (
        // Annotations are anchored by offsets into the exact text, so it is shown as stored (pre-wrap), not re-flowed.
        <div className="space-y-4 p-4">
          <AnnotatedText text={statement.body} annotations={annotations} language={statement.language} className="font-serif text-[0.95rem] leading-relaxed text-slate-900" />
          <AnnotationList annotations={annotations} />
        </div>
      ) : (
        <div lang={statement.language} className="space-y-3 p-4 font-serif text-[0.95rem] leading-relaxed text-slate-900">
          {paragraphs.map((paragraph, i) => (
            <p key={i}>
              <Highlighted text={paragraph} query={highlight} />
            </p>
          ))}
        </div>
      )}
    </article>
  );
}

import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AnnotatedText } from "@/components/annotations/AnnotatedText";
import { AnnotationComposer } from "@/components/annotations/AnnotationComposer";
import { AnnotationList } from "@/components/annotations/AnnotationList";
import { AnnotationEditorControls } from "@/components/annotations/AnnotationEditorControls";
import { DatabaseProblem } from "@/components/DatabaseProblem";
import { PartyChip } from "@/components/PartyChip";
import { ProvenanceList } from "@/components/ProvenanceList";
import { SourcePanel } from "@/components/sources/SourcePanel";
import { optionalEditor } from "@/lib/auth/require";
import { prisma } from "@/lib/db";
import { listAnnotationsForStatement } from "@/lib/data/annotations";
import { databaseStatus } from "@/lib/data/database-status";
import { getSourceRecord } from "@/lib/data/snapshots";
import { getStatement } from "@/lib/data/statements";
import { parseStatementId } from "@/lib/domain/record-id";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; created?: string }>;
}

// generateMetadata and the page both need the statement: one query per request. An id written any other way than
// the canonical one (proxy.ts sends those to the not-found page first) is no statement.
const loadStatement = cache(async (id: string) => {
  const statementId = parseStatementId(id);
  return statementId === null ? null : getStatement(prisma, statementId);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!(await databaseStatus()).ok) return { title: "Database not ready" };
  const statement = await loadStatement((await params).id);
  return { title: statement ? `${statement.title} (${statement.party.shortName})` : "Not found" };
}

export default async function StatementPage({ params, searchParams }: Props) {
  const status = await databaseStatus();
  if (!status.ok) return <DatabaseProblem status={status} />;
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const statement = await loadStatement(id);
  if (!statement) notFound();
  const [annotations, editor, source] = await Promise.all([listAnnotationsForStatement(statement.id, prisma), optionalEditor(), getSourceRecord(prisma, statement.id)]);

  const text = (
    <div
      className="rounded-lg border border-slate-200 bg-white p-5 font-serif text-[1.05rem] leading-relaxed text-slate-900 shadow-sm"
      style={{ borderTopColor: statement.party.color, borderTopWidth: 4 }}
      data-testid="statement-text"
    >
      <AnnotatedText text={statement.body} annotations={annotations} language={statement.language} />
    </div>
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(18rem,1fr)]">
      <div className="space-y-4">
        <BackLink href={`/events/${statement.event.slug}`} label={statement.event.title} />
        <header className="space-y-2">
          <PartyChip name={statement.party.name} color={statement.party.color} />
          <h1 className="font-serif text-3xl font-semibold leading-tight">{statement.title}</h1>
          <ProvenanceList statement={statement} />
          <p className="flex flex-wrap gap-x-4 text-sm">
            <span className="text-slate-700">Version {statement.version}</span>
            {source.watch?.changedAtSourceAt && (
              <span className="rounded bg-amber-100 px-1.5 font-semibold text-amber-900" data-testid="edited-at-source-flag">
                Edited at source on {source.watch.changedAtSourceAt.toISOString().slice(0, 10)}
              </span>
            )}
            <Link href={`/statements/${statement.id}/history`} className="text-blue-800 underline">
              Revision history
            </Link>
            {editor && (
              <Link href={`/editor/statements/${statement.id}/edit`} className="text-blue-800 underline">
                Edit
              </Link>
            )}
          </p>
        </header>
        {(query.saved || query.created) && (
          <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-emerald-950">
            {query.created
              ? "Statement added."
              : query.saved === "text"
                ? "Saved. The previous text is kept in the revision history."
                : "Saved."}
          </p>
        )}
        {editor ? (
          <AnnotationComposer statementId={statement.id} version={statement.version} text={statement.body}>
            {text}
          </AnnotationComposer>
        ) : (
          text
        )}
      </div>
      <aside className="space-y-4">
        <SourcePanel statementId={statement.id} hasSourceUrl={Boolean(statement.sourceUrl)} record={source} language={statement.language} canEdit={Boolean(editor)} />
        <AnnotationList annotations={annotations} actions={editor ? (a) => <AnnotationEditorControls annotation={a} /> : undefined} />
      </aside>
    </div>
  );
}

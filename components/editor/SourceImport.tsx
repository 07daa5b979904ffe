"use client";

import { useActionState } from "react";
import { previewFileImportAction, previewUrlImportAction } from "@/app/editor/source-actions";
import { IDLE } from "@/lib/editorial/form-state";
import { Field, FormMessage, SubmitButton } from "./fields";
import { FileField } from "./FileField";
import { StatementForm } from "./StatementForm";

interface SourceImportProps {
  eventId: number;
  parties: { id: number; name: string }[];
}

/**
 * Import a statement from where it is published: a URL (fetched by the server) or a file. The extracted text and
 * metadata pre-fill the ordinary statement form, which the editor checks and saves; the source is kept as a snapshot.
 */
export function SourceImport({ eventId, parties }: SourceImportProps) {
  const [urlState, urlAction] = useActionState(previewUrlImportAction, IDLE);
  const [fileState, fileAction] = useActionState(previewFileImportAction, IDLE);
  // The newer successful preview wins; each preview carries its own snapshot id, which also re-mounts the form.
  const previews = [urlState, fileState].filter((s) => s.status === "success" && s.values?.snapshotId);
  const prefill = previews.sort((a, b) => Number(b.values!.snapshotId) - Number(a.values!.snapshotId))[0]?.values;
  return (
    <div className="space-y-6">
      <div className="grid gap-4 lg:grid-cols-2">
        <form action={urlAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label="Import from a URL">
          <h2 className="text-lg font-semibold">From a web address</h2>
          <FormMessage state={urlState} />
          <Field
            state={urlState}
            name="url"
            idPrefix="source-"
            label="Address of the readout"
            type="url"
            required
            placeholder="https://…"
            hint="http(s) only. The server fetches it (public addresses only, at most 5 MB, 15 s) and keeps a snapshot."
          />
          <SubmitButton>Fetch and pre-fill</SubmitButton>
        </form>
        <form action={fileAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label="Import from a file">
          <h2 className="text-lg font-semibold">From a file</h2>
          <FormMessage state={fileState} />
          <FileField
            state={fileState}
            id="source-file"
            label="PDF, Word .docx, HTML or text file (at most 5 MB)"
            accept=".pdf,.docx,.html,.htm,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/plain"
            required
          />
          <SubmitButton>Read and pre-fill</SubmitButton>
        </form>
      </div>
      {prefill && (
        <section aria-labelledby="prefilled-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="prefilled-statement">
          <h2 id="prefilled-heading" className="mb-1 text-lg font-semibold">
            Check the imported statement
          </h2>
          <p className="mb-3 text-sm text-slate-700">
            Every field was filled from the source: check the title, date, language and text against it, choose the party, then add the statement.
          </p>
          <StatementForm key={prefill.snapshotId} parties={parties} eventId={eventId} prefill={prefill} />
        </section>
      )}
    </div>
  );
}
